"""Guaranteed-return and risk-free investment claims ("rendement garanti", "double your money").

Rules in ``lexicons/compliance.toml`` (kind ``compliance.guaranteed_return``). A product warranty
("garantie 2 ans") or a risk-free trial ("essayez sans risque, satisfait ou remboursé") is not an
investment claim: "sans risque" and "risk-free" count only next to investment words.
"""

from __future__ import annotations

from ....models import Category
from ...lexicon import LexiconDetector


class GuaranteedReturns(LexiconDetector):
    name = "guaranteed_returns"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    directions = ("outbound",)
    description = "Guaranteed returns and risk-free investment claims (misleading promotion)."
    LEXICON = "compliance"
    KINDS = ("compliance.guaranteed_return",)
