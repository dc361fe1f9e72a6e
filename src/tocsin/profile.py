"""The organisation profile (``tocsin.toml``): its models and its loader.

The loader refuses an invalid file with every problem at once, each with its key, its line and
what is expected (:class:`tocsin.errors.ProfileError`).
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import Problem, ProfileError
from .listening.sources import SourceSpec
from .models import Severity

_LANG = re.compile(r"^[a-z]{2}$")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organisation(_Section):
    name: str = Field(min_length=1, description="Legal or usual name of the organisation.")
    languages: list[str] = Field(
        default_factory=lambda: ["fr", "en"],
        min_length=1,
        description="ISO 639-1 codes; the first is the language of explanations.",
    )
    timezone: str = Field(default="UTC", description="IANA time zone, e.g. Europe/Paris.")
    phones: list[str] = Field(
        default_factory=list, description="Published phone numbers: not a leak when posted."
    )
    addresses: list[str] = Field(
        default_factory=list,
        description="Published postal addresses (head office, shops): not a leak when posted.",
    )
    registration_numbers: list[str] = Field(
        default_factory=list,
        description="The organisation's own SIREN, SIRET or VAT numbers: public, not a leak.",
    )

    @field_validator("languages")
    @classmethod
    def _codes(cls, value: list[str]) -> list[str]:
        out = []
        for code in value:
            low = code.strip().lower()
            if not _LANG.match(low):
                raise ValueError(f"{code!r} is not a two-letter ISO 639-1 language code")
            out.append(low)
        return out

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"{value!r} is not a known IANA time zone (e.g. 'Europe/Paris')"
            ) from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _strip_handle(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


class _Named(_Section):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    handles: dict[str, list[str]] = Field(
        default_factory=dict, description="Accounts per platform, without '@'."
    )

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        out = []
        for domain in value:
            d = domain.strip().lower().rstrip(".")
            if "://" in d or "/" in d or "." not in d or " " in d:
                raise ValueError(f"{domain!r} is not a domain name (expected e.g. 'example.com')")
            out.append(d)
        return out

    @field_validator("handles")
    @classmethod
    def _handles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k.lower(): [_strip_handle(h) for h in v if h.strip()] for k, v in value.items()}


class Brand(_Named):
    pass


class Competitor(_Named):
    pass


class Confidential(_Section):
    terms: list[str] = Field(
        default_factory=list, description="Code names and unreleased products."
    )
    ignore: list[str] = Field(
        default_factory=list,
        description=(
            "Phrases where a term is an ordinary word, not the code name: a match inside one "
            "of them is not reported (e.g. \"Côte d'Opale\", \"bague en opale\")."
        ),
    )

    @field_validator("terms")
    @classmethod
    def _terms(cls, value: list[str]) -> list[str]:
        for term in value:
            if not term.strip():
                raise ValueError("a confidential term cannot be empty")
        return value


class Person(_Section):
    name: str = Field(min_length=1)
    role: str = ""
    handles: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("handles")
    @classmethod
    def _handles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k.lower(): [_strip_handle(h) for h in v if h.strip()] for k, v in value.items()}


class QuietPeriod(_Section):
    start: date
    end: date
    reason: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> QuietPeriod:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


#: default decision points of the text models (a finding at or above); see docs/models.md.
#: ``risk``: the learned risk layer, every category (chosen by cross-validation, docs/quality.md:
#: the lowest threshold at which rules OR layer stay 95 % precise; raise it to trade recall)
MODEL_THRESHOLDS = {
    "toxicity": 0.75,
    "hate": 0.75,
    "offensive": 0.75,
    "spam": 0.75,
    "risk": 0.65,
}
#: the post-level categories of the learned risk layer, in the order of the model's outputs
RISK_CATEGORIES = (
    "data_leak",
    "compliance",
    "reputation",
    "financial_disclosure",
    "human_resources",
    "personal_security",
    "competition",
)
#: optional thresholds of one category of the learned risk layer (``risk`` when unset)
RISK_THRESHOLDS = frozenset(f"risk_{c}" for c in RISK_CATEGORIES)
#: default thresholds of the categories whose own threshold differs from ``risk``, chosen by the
#: shipped weights' leave-one-file-out cross-validation (``tocsin ml train-risk --profile``: the
#: combination that finds the most risky posts within the shared threshold's bounds;
#: docs/models.md, "Per-category thresholds"); a policy that sets ``risk`` itself drops them
#: (its own ``risk_<category>`` stay)
RISK_CATEGORY_DEFAULTS = {
    "risk_data_leak": 0.75,
    "risk_compliance": 0.6,
    "risk_financial_disclosure": 0.6,
    "risk_human_resources": 0.5,
    "risk_personal_security": 0.55,
}


class Policy(_Section):
    """How findings become a decision; see docs/policy.md."""

    block_at: Severity = Field(
        default=Severity.HIGH, description="Lowest severity that blocks a post."
    )
    review_at: Severity = Field(
        default=Severity.MEDIUM, description="Lowest severity that sends a post to review."
    )
    severity: dict[str, Severity] = Field(
        default_factory=dict,
        description="Severity per kind: an exact kind ('pii.email') or a family ('pii.*').",
    )
    disabled: list[str] = Field(
        default_factory=list, description="Kinds, families ('pii.*') or detector names turned off."
    )
    allow: list[str] = Field(
        default_factory=list,
        description="Values never reported, compared case-insensitively (an address, a term).",
    )
    thresholds: dict[str, float] = Field(
        default_factory=lambda: {**MODEL_THRESHOLDS, **RISK_CATEGORY_DEFAULTS},
        description=(
            "Probability (0..1) at or above which a text model's score becomes a finding: "
            "'toxicity', 'hate', 'offensive', 'spam', 'risk' (the learned risk layer, every "
            "category) and 'risk_<category>' (one category) (docs/models.md)."
        ),
    )

    @field_validator("thresholds")
    @classmethod
    def _model_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(MODEL_THRESHOLDS) - RISK_THRESHOLDS)
        if unknown:
            raise ValueError(
                f"unknown threshold(s) {', '.join(unknown)}: expected "
                f"{', '.join(MODEL_THRESHOLDS)} or risk_<category>"
            )
        for key, number in value.items():
            if not 0.0 <= number <= 1.0:
                raise ValueError(f"threshold {key} must be between 0 and 1, not {number}")
        defaults = {} if "risk" in value else RISK_CATEGORY_DEFAULTS
        return {**MODEL_THRESHOLDS, **defaults, **value}

    @model_validator(mode="after")
    def _thresholds(self) -> Policy:
        if self.review_at.rank > self.block_at.rank:
            raise ValueError(
                f"review_at ({self.review_at}) must not be above block_at ({self.block_at})"
            )
        return self

    def severity_for(self, kind: str, default: Severity) -> Severity:
        if kind in self.severity:
            return self.severity[kind]
        family = kind.split(".", 1)[0] + ".*"
        return self.severity.get(family, default)

    def is_disabled(self, kind: str, detector: str) -> bool:
        if not self.disabled:
            return False
        family = kind.split(".", 1)[0] + ".*"
        return kind in self.disabled or family in self.disabled or detector in self.disabled


class Profile(_Section):
    """The whole ``tocsin.toml``."""

    organisation: Organisation
    brands: list[Brand] = Field(default_factory=list)
    competitors: list[Competitor] = Field(default_factory=list)
    confidential: Confidential = Field(default_factory=Confidential)
    people: list[Person] = Field(default_factory=list)
    quiet_periods: list[QuietPeriod] = Field(default_factory=list)
    policy: Policy = Field(default_factory=Policy)
    sources: list[SourceSpec] = Field(
        default_factory=list, description="Listening sources (see docs/listening.md)."
    )

    def competitor_terms(self) -> list[tuple[str, str]]:
        """Every way a competitor is named (name, aliases, domains, handles), with its name."""
        return [
            (term, c.name)
            for c in self.competitors
            for term in (
                c.name,
                *c.aliases,
                *c.domains,
                *(h for handles in c.handles.values() for h in handles),
            )
        ]

    def competitor_names(self) -> list[str]:
        """The competitors' names and aliases (not their domains or handles), blanks left out."""
        return [n for c in self.competitors for n in (c.name, *c.aliases) if n.strip()]

    @property
    def official_domains(self) -> list[str]:
        return [d for b in self.brands for d in b.domains]

    def quiet_period_at(self, moment: datetime) -> QuietPeriod | None:
        """The quiet period covering ``moment`` (read in the organisation's zone), if any."""
        day = moment.astimezone(self.organisation.zone).date()
        for period in self.quiet_periods:
            if period.contains(day):
                return period
        return None

    @property
    def language(self) -> str:
        """The organisation's first language: the language of explanations."""
        return self.organisation.languages[0]

    @classmethod
    def anonymous(cls) -> Profile:
        """The profile used without a tocsin.toml: organisation-independent detectors only."""
        return cls(organisation=Organisation(name="(no profile)", languages=["en", "fr"]))


# ---------------------------------------------------------------------------------------------
# Loading


def load_profile(path: str | Path) -> Profile:
    """Read, parse and validate a profile; raise :class:`ProfileError` listing every problem."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ProfileError(str(p), [Problem("", "file not found")]) from None
    except IsADirectoryError:
        raise ProfileError(str(p), [Problem("", "is a directory, expected a TOML file")]) from None
    except OSError as exc:
        raise ProfileError(str(p), [Problem("", f"cannot be read ({exc.strerror})")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ProfileError(str(p), [Problem("", "is not valid UTF-8 text", line)]) from None
    return parse_profile(text, str(p))


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


def parse_profile(text: str, source: str = "tocsin.toml") -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = _TOML_AT.search(msg)
        line = int(m.group(1)) if m else None
        msg = _TOML_AT.sub("", msg)
        raise ProfileError(source, [Problem("", f"TOML syntax error: {msg}", line)]) from None
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        lines = _key_lines(text)
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            problems.append(Problem(_dotted(loc), _describe(err), _line_of(lines, loc)))
        raise ProfileError(source, problems) from None


def _describe(err: Any) -> str:
    kind = err.get("type", "")
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "is not a known key (check the spelling; see `tocsin init` for the full shape)"
    msg = str(err.get("msg", "is invalid"))
    msg = msg.removeprefix("Value error, ")
    return msg


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=""")


def _split_key(key: str) -> list[str]:
    if key[:1] in "\"'":
        return [key[1:-1]]
    return [k.strip() for k in key.split(".")]


def _key_lines(text: str) -> dict[tuple[Any, ...], int]:
    """Map each table and key path (array-of-tables with their index) to its line number."""
    where: dict[tuple[Any, ...], int] = {}
    counts: dict[tuple[Any, ...], int] = {}
    current: tuple[Any, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        h = _HEADER.match(line)
        if h and "=" not in line.split("#", 1)[0].split("]")[0]:
            parts = _split_key(h.group(2))
            path: tuple[Any, ...] = ()
            for part in parts[:-1]:
                path += (part,)
                if path in counts:
                    path += (counts[path] - 1,)
            path += (parts[-1],)
            if h.group(1) == "[[":
                counts[path] = counts.get(path, 0) + 1
                path += (counts[path] - 1,)
            current = path
            where.setdefault(path, number)
            continue
        k = _KEY.match(line)
        if k:
            where.setdefault(current + tuple(_split_key(k.group(1))), number)
    return where


def _line_of(lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int | None:
    for n in range(len(loc), 0, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None
