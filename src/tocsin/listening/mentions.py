"""Mention matching: is a post about the organisation or addressed to it, and through which terms?

A post is kept when it names a brand, an alias, a hashtag, an official handle or domain, an
executive or a competitor — case- and accent-insensitive, whole words only, in French and English
alike (one Aho-Corasick automaton: :class:`~tocsin.screening.matching.PhraseMatcher`) — or when it
is addressed to an official account (a reply or a mention the platform reports in the post's
``mentions`` / ``in_reply_to`` fields). The terms found are stored with the post.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ..models import Post
from ..profile import Profile
from ..screening.matching import PhraseMatcher
from ..screening.normalize import normalize


class MentionKind(StrEnum):
    BRAND = "brand"
    ALIAS = "alias"
    HASHTAG = "hashtag"
    HANDLE = "handle"
    DOMAIN = "domain"
    PERSON = "person"
    COMPETITOR = "competitor"
    ADDRESSED = "addressed"


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """A term a post matched: its kind, the term as written in the profile, whom it names."""

    kind: MentionKind
    term: str
    owner: str


def _handle(value: str) -> str:
    return value.strip().removeprefix("@").casefold()


def _written(text: str, start: int, end: int, sign: str) -> bool:
    """Whether the match is written as a hashtag or handle (``sign`` just before it, and for a
    handle not continued by ``_``), or as a domain (``.``: with its dots, not ``lumio_fr``)."""
    if sign == ".":
        return "." in text[start:end]
    if not (text[start : start + 1] == sign or (start > 0 and text[start - 1] == sign)):
        return False
    return sign != "@" or text[end : end + 1] != "_"


class MentionMatcher:
    """The organisation's terms, compiled once; :meth:`find` lists what a post matched."""

    def __init__(self, profile: Profile) -> None:
        # each term with the sign that must precede it in the text ('#', '@') or none
        terms: list[tuple[str, tuple[Mention, str]]] = []
        official: dict[str, set[str]] = {}
        for brand in profile.brands:
            terms.append((brand.name, (Mention(MentionKind.BRAND, brand.name, brand.name), "")))
            for alias in brand.aliases:
                sign = alias[0] if alias[:1] in ("#", "@") else ""
                kind = MentionKind.HASHTAG if sign == "#" else MentionKind.ALIAS
                terms.append((alias, (Mention(kind, alias, brand.name), sign)))
            for domain in brand.domains:
                terms.append((domain, (Mention(MentionKind.DOMAIN, domain, brand.name), ".")))
            for platform, handles in brand.handles.items():
                for handle in handles:
                    official.setdefault(platform, set()).add(_handle(handle))
                    mention = Mention(MentionKind.HANDLE, "@" + handle, brand.name)
                    terms.append((handle, (mention, "@")))
        for person in profile.people:
            terms.append((person.name, (Mention(MentionKind.PERSON, person.name, person.name), "")))
            for handles in person.handles.values():
                for handle in handles:
                    mention = Mention(MentionKind.PERSON, "@" + handle, person.name)
                    terms.append((handle, (mention, "@")))
        for term, competitor in profile.competitor_terms():
            sign = term[0] if term[:1] in ("#", "@") else ""
            terms.append((term, (Mention(MentionKind.COMPETITOR, term, competitor), sign)))
        self._matcher: PhraseMatcher[tuple[Mention, str]] = PhraseMatcher(terms)
        self._official = official
        self._everywhere = {h for handles in official.values() for h in handles}

    def __bool__(self) -> bool:
        return bool(self._matcher) or bool(self._everywhere)

    def find(self, post: Post) -> list[Mention]:
        """Every distinct term ``post`` matched, sorted; empty when it does not concern us."""
        text = post.text
        found = {
            mention
            for match in self._matcher.find(normalize(text))
            for mention, sign in (match.payload,)
            if not sign or _written(text, match.start, match.end, sign)
        }
        found.update(self._addressed(post))
        return sorted(found)

    def _addressed(self, post: Post) -> Iterable[Mention]:
        extra = post.model_extra or {}
        targets: list[str] = []
        mentions = extra.get("mentions")
        if isinstance(mentions, list):
            targets.extend(m for m in mentions if isinstance(m, str))
        reply = extra.get("in_reply_to")
        if isinstance(reply, str):
            targets.append(reply)
        if not targets:
            return
        platform = (post.platform or "").casefold()
        official = self._official.get(platform, set()) if platform else self._everywhere
        for target in targets:
            handle = _handle(target)
            if handle in official:
                yield Mention(MentionKind.ADDRESSED, handle, "official account")
