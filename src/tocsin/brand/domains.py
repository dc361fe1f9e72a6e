"""Domain names: registrable part and suffix (offline Public Suffix List), IDN decoding.

tldextract ships a snapshot of the Public Suffix List; it is built here with no URL to fetch and no
cache directory, so it never touches the network or the disk. It is imported on first use (it
loads ``requests``, a fifth of a second, and builds its tries, a tenth): a run whose posts hold no
foreign domain never pays it, nor one whose hosts are all ``label.tld`` or ``www.label.tld`` with
a plain top-level label, which are read from the snapshot's rules directly (see
:func:`_top_level_rules`).
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tldextract


@cache
def _extractor() -> tldextract.TLDExtract:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@dataclass(frozen=True, slots=True)
class DomainParts:
    host: str  # Unicode, lower case
    subdomain: str
    label: str  # the registrable label: "lumio" of www.lumio.co.uk
    suffix: str  # the public suffix: "co.uk"

    @property
    def registered(self) -> str:
        return f"{self.label}.{self.suffix}" if self.label and self.suffix else self.host


def to_unicode(host: str) -> str:
    """``host`` with its ``xn--`` labels decoded (a label that does not decode is kept)."""
    host = host.lower().rstrip(".")
    if "xn--" not in host:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)


def to_ascii(host: str) -> str:
    """``host`` in its ASCII (punycode) form, as registrars and DNS know it."""
    if host.isascii():
        return host
    labels = []
    for label in host.split("."):
        if not label.isascii():
            with contextlib.suppress(UnicodeError):
                label = "xn--" + label.encode("punycode").decode("ascii")
        labels.append(label)
    return ".".join(labels)


def registrable_label(domain: str) -> str:
    """The registrable label of an official domain ("lumio" of lumio.com or lumio.co.uk)."""
    labels = domain.lower().rstrip(".").split(".")
    if len(labels) == 2:  # the common case, without loading the suffix list
        return to_unicode(labels[0])
    return registered_parts(domain).label


#: a rule of the suffix list, as tldextract reads it (``suffix_list.PUBLIC_SUFFIX_RE``)
_SUFFIX_RULE = re.compile(r"^[.*!]*\w\S*", re.UNICODE | re.MULTILINE)
_PRIVATE_PART = "// ===BEGIN PRIVATE DOMAINS==="
#: a top-level label tldextract would take as it is: ASCII letters, digits and hyphens, lower
#: case, not punycode (no URL syntax to strip, no dot to split on, nothing to decode)
_PLAIN_LABEL = re.compile(r"(?!xn--)[a-z0-9\-]+")


@cache
def _top_level_rules() -> tuple[frozenset[str], frozenset[str]] | None:
    """The ICANN rules of tldextract's bundled suffix list made of one label, and the labels
    under which a rule ``*.label`` or ``example.label`` (or one below it) exists, read without
    importing tldextract; None when the snapshot is not where it should be.

    ``example.<label>`` has the public suffix ``label`` exactly when ``label`` is such a rule
    and neither a wildcard nor an ``example`` rule sits under it (tldextract's
    ``suffix_index``): those few labels are left to tldextract.
    """
    spec = importlib.util.find_spec("tldextract")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        try:
            with open(f"{folder}/.tld_set_snapshot", encoding="utf-8") as snapshot:
                text = snapshot.read()
        except OSError:
            continue
        public = text.partition(_PRIVATE_PART)[0]
        rules: list[str] = _SUFFIX_RULE.findall(public)
        single = frozenset(r for r in rules if "." not in r)
        unsure = frozenset(
            labels[-1]
            for labels in (r.split(".") for r in rules)
            if len(labels) > 1 and labels[-2] in ("*", "example")
        )
        return single, unsure
    return None


@cache
def _is_top_level_suffix(label: str) -> bool:
    """True when ``label`` alone ("com", "fr") is a public suffix (asked once per label)."""
    known = _top_level_rules() if _PLAIN_LABEL.fullmatch(label) else None
    if known is not None and label not in known[1]:
        return label in known[0]
    return _extractor().extract_str(f"example.{label}").suffix == label


@lru_cache(maxsize=4096)
def registered_parts(host: str) -> DomainParts:
    """Split ``host`` (ASCII or Unicode) by the Public Suffix List."""
    unicode_host = to_unicode(host)
    labels = unicode_host.split(".")
    # label.tld and www.label.tld: only the suffix needs checking (the common case)
    simple_shape = len(labels) == 2 or (len(labels) == 3 and labels[0] == "www")
    if simple_shape and all(labels) and _is_top_level_suffix(labels[-1]):
        sub = "www" if len(labels) == 3 else ""
        return DomainParts(unicode_host, sub, labels[-2], labels[-1])
    parts = _extractor().extract_str(unicode_host)
    return DomainParts(
        host=unicode_host, subdomain=parts.subdomain, label=parts.domain, suffix=parts.suffix
    )
