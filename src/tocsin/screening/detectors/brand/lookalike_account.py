"""Lookalike accounts: a handle or display name imitating a brand, an official account or a person.

Inbound posts only. The author's handle is compared with the brands' names and aliases, their
official handles and the people's names and handles; the display name with the brands and the
people. Readings: TR39 confusable skeletons (Cyrillic and Greek letters, dotless i, full-width
letters, "rn" for "m"), capital I for l, leetspeak, trailing numbers, separators, affixes
("_support", ".officiel", "service.client", "hq", "team", "care", "refunds", "giveaway"), and one
edit (insertion, deletion, transposition, repetition, replacement) for names of five letters or
more. Official accounts are never flagged; names that merely share letters ("lumiere" for
"lumio") are not lookalikes. Kinds: ``impersonation.handle`` (high), ``impersonation.executive``
(high for a handle, medium for a display name) and ``impersonation.display_name`` (medium); the
very name of a brand on an account that is not listed as official is medium (review).
"""

from __future__ import annotations

from collections.abc import Iterable

from ....brand.accounts import AccountChecker, AccountLookalike
from ....brand.reasons import describe
from ....models import Category, Finding, Severity
from ....profile import Profile
from ..base import Context, Detector


class LookalikeAccount(Detector):
    name = "lookalike_account"
    version = "1.0"
    categories = (Category.BRAND_HIJACKING,)
    directions = ("inbound",)
    description = "Accounts whose handle or display name imitates a brand or an executive."

    #: a lookalike scoring at least this is high severity, below it medium (review)
    HIGH_SCORE = 0.8

    EXPLANATIONS = {
        "en": (
            "The {field} “{value}” imitates {target}: {reasons} "
            "(score {score_value:.2f}). If it is not one of your accounts, check the case "
            "(`tocsin brand cases`), report it to the platform (`tocsin brand takedown`) and "
            "warn people not to answer it."
        ),
        "fr": (
            "Le {field} « {value} » imite {target} : {reasons} "
            "(score {score_value:.2f}). S'il ne s'agit pas d'un de vos comptes, vérifiez le "
            "dossier (`tocsin brand cases`), signalez-le à la plateforme "
            "(`tocsin brand takedown`) et prévenez qu'il ne faut pas lui répondre."
        ),
    }
    FIELDS = {
        "en": {"author": "account", "author_name": "display name"},
        "fr": {"author": "compte", "author_name": "nom affiché"},
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.checker = AccountChecker(profile)

    @property
    def enabled(self) -> bool:
        return bool(self.checker)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        post = ctx.post
        for found in self.checker.check(post.author, post.author_name, post.platform):
            yield self._finding(ctx, found)

    def _finding(self, ctx: Context, found: AccountLookalike) -> Finding:
        look = found.lookalike
        by_handle = found.field == "author"
        if found.is_person:
            kind = "impersonation.executive"
        else:
            kind = "impersonation.handle" if by_handle else "impersonation.display_name"
        strong = by_handle and look.score >= self.HIGH_SCORE
        lang = ctx.explain_lang
        handle = (ctx.post.author or "").strip().lstrip("@").lower()
        return self.finding(
            ctx,
            category=Category.BRAND_HIJACKING,
            kind=kind,
            severity=Severity.HIGH if strong else Severity.MEDIUM,
            span=None,
            excerpt=f"@{look.value.lstrip('@')}" if by_handle else look.value,
            rule=f"{kind.split('.', 1)[1]}.{look.techniques[0]}",
            matched=handle or look.value,
            score=look.score,
            field=self.FIELDS.get(lang, self.FIELDS["en"])[found.field],
            value=look.value,
            target=look.target.shown,
            reasons=describe(look.techniques, lang, affixes=look.affixes),
            score_value=look.score,
        )
