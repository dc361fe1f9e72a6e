"""Financial disclosure: forward-looking statements, results, M&A, dividends, quiet periods.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .financial_disclosure import FinancialDisclosure, HintedOutcome
from .quiet_period_mentions import QuietPeriodMentions
from .stock_talk import StockTalk


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [FinancialDisclosure, HintedOutcome, StockTalk, QuietPeriodMentions]
