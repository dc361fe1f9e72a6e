"""The plug-in manager: built-in detectors load through the same hook as third-party ones."""

from __future__ import annotations

import importlib
from collections.abc import Collection
from functools import lru_cache

import pluggy

from . import hookspecs
from .errors import PluginError
from .screening.detectors.base import Detector

#: the built-in plug-ins, one per detector family (each package lists its detectors)
DEFAULT_PLUGINS: tuple[str, ...] = tuple(
    f"tocsin.screening.detectors.{family}"
    for family in (
        "confidential",
        "pii",
        "secrets",
        "financial",
        "compliance",
        "reputation",
        "human_resources",
        "personal_security",
        "competition",
        "brand",
    )
)


#: the detectors of each built-in family, in the order its ``register_detectors`` lists them.
#: The engine imports only the families holding a detector the profile leaves on (importing all of
#: them costs a tenth of a second at the start of every ``tocsin check``);
#: tests/screening/test_engine_loading.py keeps this list equal to what the families register.
BUILTIN_DETECTORS: dict[str, tuple[str, ...]] = {
    "tocsin.screening.detectors.confidential": (
        "confidential_terms", "confidentiality_markers", "unreleased_teaser",
    ),
    "tocsin.screening.detectors.pii": (
        "email_address", "phone_number", "iban", "payment_card", "fr_nir", "fr_siren",
        "passport", "id_card", "postal_address", "person_with_contact",
    ),
    "tocsin.screening.detectors.secrets": (
        "keys_and_tokens", "password", "high_entropy", "internal_host", "shared_document",
        "code_request",
    ),
    "tocsin.screening.detectors.financial": (
        "financial_disclosure", "hinted_outcome", "stock_talk", "quiet_period_mentions",
    ),
    "tocsin.screening.detectors.compliance": (
        "guaranteed_returns", "health_claims", "job_discrimination", "special_category_data",
        "copyright_flags", "fake_reviews",
    ),
    "tocsin.screening.detectors.reputation": (
        "profanity", "insults", "unrealistic_promises", "internal_chatter", "complaints",
        "reputation_shapes",
    ),
    "tocsin.screening.detectors.human_resources": (
        "layoffs", "salaries", "employee_health", "poaching",
    ),
    "tocsin.screening.detectors.personal_security": (
        "whereabouts", "travel", "home_address", "family", "hotel_stay",
    ),
    "tocsin.screening.detectors.competition": ("competitor_disparagement",),
    "tocsin.screening.detectors.brand": ("lookalike_account", "lookalike_domain", "brand_offers"),
}  # fmt: skip


def _manager(families: tuple[str, ...]) -> pluggy.PluginManager:
    pm = pluggy.PluginManager("tocsin")
    pm.add_hookspecs(hookspecs)
    for name in families:
        pm.register(importlib.import_module(name), name=name)
    try:
        pm.load_setuptools_entrypoints("tocsin")
    except Exception as exc:  # a broken third-party plug-in must say so, not crash with a traceback
        raise PluginError(f"A Tocsin plug-in could not be loaded: {exc}") from exc
    return pm


@lru_cache(maxsize=1)
def plugin_manager() -> pluggy.PluginManager:
    """Every built-in family, then the plug-ins of the ``tocsin`` entry-point group."""
    return _manager(DEFAULT_PLUGINS)


@lru_cache(maxsize=4)
def _partial_manager(families: tuple[str, ...]) -> pluggy.PluginManager:
    return _manager(families)


def detector_classes(skip: Collection[str] = ()) -> list[type[Detector]]:
    """Every registered detector class, built-ins first, in a stable order.

    ``skip``: names of detectors not wanted (a profile's ``[policy] disabled``); they are left out,
    and a built-in family all of whose detectors are skipped is not even imported.
    """
    unwanted = set(skip)
    families = tuple(
        name
        for name in DEFAULT_PLUGINS
        if not (name in BUILTIN_DETECTORS and unwanted.issuperset(BUILTIN_DETECTORS[name]))
    )
    if families == DEFAULT_PLUGINS or plugin_manager.cache_info().currsize:
        pm, left_out = plugin_manager(), frozenset[str]()
    else:
        pm = _partial_manager(families)
        left_out = frozenset(
            n for family in DEFAULT_PLUGINS if family not in families
            for n in BUILTIN_DETECTORS[family]
        )
    seen: dict[str, type[Detector]] = {}
    for batch in reversed(pm.hook.register_detectors()):
        for cls in batch or []:
            if not (isinstance(cls, type) and issubclass(cls, Detector)):
                raise PluginError(f"A plug-in registered {cls!r}, which is not a Detector class.")
            if (cls.name in seen and seen[cls.name] is not cls) or cls.name in left_out:
                raise PluginError(f"Two plug-ins register a detector named {cls.name!r}.")
            seen[cls.name] = cls
    return [cls for name, cls in seen.items() if name not in unwanted]
