"""Copyright red flags: media "found on Google", Pinterest as a credit, "no copyright intended".

Rules in ``lexicons/compliance.toml`` (kind ``compliance.copyright``). The organisation's own
notice ("copyright © 2026 Lumio", "reproduction interdite sans autorisation") and invitations to
follow an account ("suivez-nous sur Pinterest") are left alone.
"""

from __future__ import annotations

from ....models import Category
from ...lexicon import LexiconDetector


class CopyrightFlags(LexiconDetector):
    name = "copyright_flags"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    directions = ("outbound",)
    description = "Media taken from the internet without a licence, and copyright disclaimers."
    LEXICON = "compliance"
    KINDS = ("compliance.copyright",)
