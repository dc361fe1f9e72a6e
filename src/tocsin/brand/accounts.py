"""Is the author of a post a lookalike of a brand, an official account or an executive?

:class:`AccountChecker` is built once per profile. For a post's author (handle) and display name
it returns the :class:`AccountLookalike` findings: never for an official account (compared
case-insensitively without '@', on the post's platform, or on every platform when the post has
none); the handle is compared with brands, official handles and people, the display name with
brands and people (exact readings only: display names are free text, and a typo in one proves
little). A Mastodon-style ``name@server`` handle is compared by its name, and an
official name on another server is a lookalike (``other-instance``); a Bluesky handle is compared
without ``.bsky.social``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..profile import Profile
from .keys import ACCOUNT_AFFIXES
from .lookalikes import Lookalike, NameIndex
from .targets import Target, TargetKind, official_handles, profile_targets

#: the default domain of Bluesky handles, left out when comparing names
BLUESKY_SUFFIX = ".bsky.social"


@dataclass(frozen=True, slots=True)
class AccountLookalike:
    field: str  # "author" or "author_name"
    lookalike: Lookalike

    @property
    def target(self) -> Target:
        return self.lookalike.target

    @property
    def is_person(self) -> bool:
        return self.lookalike.target.is_person


class AccountChecker:
    def __init__(self, profile: Profile, targets: list[Target] | None = None) -> None:
        targets = targets if targets is not None else profile_targets(profile)
        self.official = official_handles(profile)
        self._all_official = frozenset(h for hs in self.official.values() for h in hs)
        self._official_names = frozenset(h.split("@", 1)[0] for h in self._all_official)
        self.handles = NameIndex(targets, ACCOUNT_AFFIXES)
        names = [t for t in targets if t.kind in (TargetKind.BRAND, TargetKind.PERSON)]
        self.names = NameIndex(names, ACCOUNT_AFFIXES)
        self._cache: dict[tuple[str, str, str], list[AccountLookalike]] = {}

    def __bool__(self) -> bool:
        return bool(self.handles)

    def is_official(self, author: str, platform: str | None) -> bool:
        handle = author.strip().lstrip("@").lower()
        if platform:
            return handle in self.official.get(platform.strip().lower(), frozenset())
        return handle in self._all_official

    def check(
        self, author: str | None, author_name: str | None, platform: str | None
    ) -> list[AccountLookalike]:
        """The lookalikes among a post's author and display name (cached per account)."""
        if not author and not author_name:
            return []
        key = (author or "", author_name or "", (platform or "").lower())
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = self._check(author, author_name, platform)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def _check(
        self, author: str | None, author_name: str | None, platform: str | None
    ) -> list[AccountLookalike]:
        if author and self.is_official(author, platform):
            return []
        found: list[AccountLookalike] = []
        if author:
            handle = author.strip().lstrip("@")
            name, _, server = handle.partition("@")
            name = name.removesuffix(BLUESKY_SUFFIX)  # lumio-support.bsky.social
            match = self.handles.match(name) if name else None
            if match is not None:
                if server and name.lower() in self._official_names:
                    techniques = ("other-instance",)
                    match = Lookalike(handle, match.target, techniques, match.affixes)
                found.append(AccountLookalike("author", match))
        if author_name:
            match = self.names.match(author_name, edits=False)
            if match is not None:
                found.append(AccountLookalike("author_name", match))
        return found
