"""The whole rule catalog over the real upstream files, each file linted on its own.

Every file of ``../shared/corpus`` is checked alone (the way a repository holding just that
file would be), with every policy rule selected, the opt-in ones included. The findings of
the catalog (SLO2xx-SLO9xx; input and schema codes are test_corpus.py's) must be exactly
those listed in ``tests/corpus-findings.txt``, one per line with a one-line reason::

    path:line:col CODE -- why this finding is right about that upstream file

A new finding is either a rule firing wrongly or an upstream slip that needs a reason: the
list is the review. ``SLOLINT_UPDATE_CORPUS=1`` rewrites the list, keeping the reasons of
findings that stay and marking new ones ``REASON NEEDED`` (which fails this test).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from slolint.engine import CheckOptions, check
from slolint.selection import Selection

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED = Path(__file__).parent / "corpus-findings.txt"
CATALOG = re.compile(r"SLO[2-9][0-9]{2}\Z")
LINE = re.compile(r"(?P<key>\S+:\d+:\d+ SLO\d{3}) -- (?P<reason>.+)\Z")
PENDING = "REASON NEEDED"

pytestmark = pytest.mark.corpus


def _files() -> list[Path]:
    return sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".json"}
    )


def _found() -> list[str]:
    selection = Selection.build()
    keys = []
    for path in _files():
        name = path.relative_to(CORPUS).as_posix()
        result = check(CheckOptions(paths=[name], cwd=CORPUS, context=False, selection=selection))
        assert result.errors == [], name
        for f in result.findings:
            assert f.code != "SLO000", f"{name}: {f.message}"
            if CATALOG.match(f.code):
                keys.append(f"{f.file}:{f.position.line}:{f.position.column} {f.code}")
    return keys


def _expected() -> dict[str, str]:
    listed = {}
    for raw in EXPECTED.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        match = LINE.fullmatch(raw)
        assert match, f"corpus-findings.txt: cannot read {raw!r}"
        listed[match["key"]] = match["reason"]
    return listed


def test_the_catalog_finds_exactly_the_listed_upstream_findings() -> None:
    found = _found()
    listed = _expected()
    if os.environ.get("SLOLINT_UPDATE_CORPUS"):
        header = [line for line in EXPECTED.read_text().splitlines() if line.startswith("#")]
        rows = [f"{key} -- {listed.get(key, PENDING)}" for key in found]
        EXPECTED.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
        listed = _expected()
    assert sorted(found) == sorted(listed), "the findings differ from tests/corpus-findings.txt"
    assert len(found) == len(set(found))
    assert [key for key, reason in listed.items() if reason == PENDING] == []
