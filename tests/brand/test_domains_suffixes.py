"""Top-level suffixes read from tldextract's snapshot give tldextract's own answers."""

from __future__ import annotations

import pytest

from tocsin.brand import domains


def _tldextract_says(label: str) -> bool:
    return bool(domains._extractor().extract_str(f"example.{label}").suffix == label)


def test_snapshot_rules_are_read() -> None:
    rules = domains._top_level_rules()
    assert rules is not None
    single, unsure = rules
    assert {"com", "fr", "uk", "de"} <= single
    assert "ck" in unsure  # "*.ck": example.ck is a public suffix itself


@pytest.mark.parametrize(
    "label",
    ["com", "fr", "uk", "de", "io", "ck", "bd", "er", "jp", "zz", "lumio", "co", "a-b", "123",
     "xn--p1ai", "xn--zz", "рф", "Com", "-"],
)
def test_same_answer_as_tldextract(label: str) -> None:
    domains._is_top_level_suffix.cache_clear()
    assert domains._is_top_level_suffix(label) is _tldextract_says(label)


def test_every_top_level_label_of_the_list() -> None:
    """Every label of the list's single-label and wildcard rules, and their neighbours."""
    rules = domains._top_level_rules()
    assert rules is not None
    labels = {*rules[0], *rules[1]}
    labels |= {label + "x" for label in list(labels)[:300]}
    for label in sorted(labels):
        domains._is_top_level_suffix.cache_clear()
        assert domains._is_top_level_suffix(label) is _tldextract_says(label), label
    domains._is_top_level_suffix.cache_clear()


def test_registered_parts_without_tldextract_for_simple_hosts() -> None:
    domains.registered_parts.cache_clear()
    domains._is_top_level_suffix.cache_clear()
    assert domains.registered_parts("www.gmx.de") == domains.DomainParts(
        "www.gmx.de", "www", "gmx", "de"
    )
    assert domains.registered_parts("shop.lumio.co.uk").suffix == "co.uk"
    domains.registered_parts.cache_clear()
