"""Domain names: registrable part and suffix (offline Public Suffix List), IDN decoding.

tldextract ships a snapshot of the Public Suffix List; it is built here with no URL to fetch and no
cache directory, so it never touches the network or the disk. It is imported on first use (it
loads ``requests``, a fifth of a second): a run whose posts hold no foreign domain never pays it.
"""

from __future__ import annotations

import contextlib
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


@cache
def _is_top_level_suffix(label: str) -> bool:
    """True when ``label`` alone ("com", "fr") is a public suffix (asked once per label)."""
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
