"""Unrealistic promises: absolute claims no product or service can keep ("never fails").

Rules ``unrealistic_promises.*`` of ``lexicons/reputation.toml``. A legal warranty ("garantie
2 ans") or a percentage of something else ("100 % coton") is not a promise of perfection and
is not listed. Outbound only: a customer praising a product is not the organisation promising.
"""

from __future__ import annotations

from ....models import Category
from .rules import ReputationRules


class UnrealisticPromises(ReputationRules):
    name = "unrealistic_promises"
    version = "1.0"
    categories = (Category.REPUTATION,)
    directions = ("outbound",)
    description = "Absolute promises ('never fails', '100 % garanti', 'zéro défaut')."
