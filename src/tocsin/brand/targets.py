"""What impersonators imitate, from the profile: brands, official accounts and domains, people.

Every name is folded to its keys (:mod:`tocsin.brand.keys`) once per profile, so that checking a
post costs dictionary look-ups, not a comparison with each brand.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..profile import Profile
from .domains import registrable_label
from .keys import fold, simple

#: shortest key compared letter by letter (one edit away); shorter names must match exactly
MIN_EDIT_LENGTH = 5
#: shortest key compared at all ("HQ", "AB" would match everything)
MIN_LENGTH = 3


class TargetKind(StrEnum):
    BRAND = "brand"  # a brand's name or alias
    HANDLE = "handle"  # an official account
    DOMAIN = "domain"  # an official domain's label ("lumio" of lumio.com)
    PERSON = "person"  # an executive's name or account


@dataclass(frozen=True, slots=True)
class Target:
    kind: TargetKind
    label: str  # as the profile writes it: "Lumio", "@lumio_fr", "lumio.com", "Claire Dubois"
    owner: str  # the brand's or the person's name
    key: str
    plain: str  # lower case, separators removed, no skeleton: tells "same name" from lookalikes

    @property
    def shown(self) -> str:
        """How explanations name it: "Lumio", "@lumio_fr (Lumio)"."""
        return self.label if self.label == self.owner else f"{self.label} ({self.owner})"

    @property
    def is_person(self) -> bool:
        return self.kind is TargetKind.PERSON


def plain(text: str) -> str:
    """Lower case without accents, separators or a leading '@', letters kept as typed."""
    return simple(text.lstrip("@#"))


def _target(kind: TargetKind, label: str, owner: str) -> Target | None:
    text = label.strip().lstrip("@#")
    if kind is TargetKind.HANDLE:
        text = text.split("@", 1)[0]  # mastodon: the local part
    key = fold(text)
    if len(key) < MIN_LENGTH:
        return None
    return Target(kind=kind, label=label, owner=owner, key=key, plain=plain(text))


def profile_targets(profile: Profile) -> list[Target]:
    """Every name of the profile an impersonator may imitate."""
    out: list[Target | None] = []
    for brand in profile.brands:
        out.append(_target(TargetKind.BRAND, brand.name, brand.name))
        out += [_target(TargetKind.BRAND, alias, brand.name) for alias in brand.aliases]
        for handles in brand.handles.values():
            out += [_target(TargetKind.HANDLE, f"@{h}", brand.name) for h in handles]
        for domain in brand.domains:
            label = registrable_label(domain)
            if len(fold(label)) >= MIN_LENGTH:
                out.append(Target(TargetKind.DOMAIN, domain, brand.name, fold(label), plain(label)))
    for person in profile.people:
        out.append(_target(TargetKind.PERSON, person.name, person.name))
        for handles in person.handles.values():
            out += [_target(TargetKind.PERSON, f"@{h}", person.name) for h in handles]
    unique: dict[tuple[str, str, str], Target] = {}
    for t in out:
        if t is not None:
            unique.setdefault((t.kind.value, t.key, t.owner), t)
    return list(unique.values())


def official_handles(profile: Profile) -> dict[str, frozenset[str]]:
    """Official accounts (brands' and people's) per platform, lower case without '@'."""
    out: dict[str, set[str]] = {}
    owners: list[dict[str, list[str]]] = [b.handles for b in profile.brands]
    owners += [p.handles for p in profile.people]
    for per_platform in owners:
        for platform, handles in per_platform.items():
            out.setdefault(platform, set()).update(h.lower() for h in handles)
    return {p: frozenset(h) for p, h in out.items()}
