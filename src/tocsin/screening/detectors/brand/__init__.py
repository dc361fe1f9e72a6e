"""Brand hijacking: lookalike accounts and domains, counterfeit and fake-support offers.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one per
module. The matching itself lives in :mod:`tocsin.brand` (skeletons, keys, domains), shared with
the domain watch and the impersonation cases.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .brand_offers import BrandOffers
from .lookalike_account import LookalikeAccount
from .lookalike_domain import LookalikeDomain


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [LookalikeAccount, LookalikeDomain, BrandOffers]
