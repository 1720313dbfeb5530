"""Shared test plumbing: the upstream corpus marker and golden-file comparison.

* Tests that read the real upstream files in ``../shared/corpus`` carry
  ``@pytest.mark.corpus`` (or a module-level ``pytestmark``). When that folder is absent,
  as in a fresh clone of the project alone, they are skipped with a reason that says what
  is missing, instead of failing on a missing file or being collected with an empty
  parameter list.
* ``golden`` compares output with a file under ``tests/golden/`` byte for byte. With
  ``SLOLINT_UPDATE_GOLDEN=1`` a differing golden file is rewritten and the test *fails*,
  so a run that rewrites files never passes by comparing output with itself; review the
  diff and run again without the variable.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import AMBIENT

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
"""The upstream SLO files, read in place next to the project (never copied into it)."""

CORPUS_MISSING = (
    f"needs the upstream corpus at {CORPUS}, which is absent "
    "(a clone of the project alone has no ../shared/corpus beside it)"
)

GOLDEN = ROOT / "tests" / "golden"
UPDATE_GOLDEN = "SLOLINT_UPDATE_GOLDEN"

Golden = Callable[[str, str], None]
"""``golden("cli/text.txt", output)``: compare ``output`` with a golden file."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip corpus tests when the corpus is absent.

    The skip is put first among an item's skip marks, so that a test parametrized over
    corpus files (an empty list without the corpus) is skipped for this reason and not
    for pytest's "got empty parameter set".
    """
    if CORPUS.is_dir():
        return
    skip = pytest.mark.skip(reason=CORPUS_MISSING)
    for item in items:
        if item.get_closest_marker("corpus") is not None:
            item.add_marker(skip, append=False)


def compare_golden(name: str, text: str) -> None:
    """Compare ``text`` with ``tests/golden/<name>``; in update mode rewrite it and fail."""
    path = GOLDEN / name
    expected = path.read_bytes() if path.is_file() else None
    actual = text.encode("utf-8")
    if expected == actual:
        return
    if os.environ.get(UPDATE_GOLDEN):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)
        pytest.fail(
            f"rewrote {path.relative_to(ROOT)}; review `git diff` and rerun without "
            f"{UPDATE_GOLDEN}",
            pytrace=False,
        )
    if expected is None:
        pytest.fail(f"{path.relative_to(ROOT)} does not exist; create it with {UPDATE_GOLDEN}=1")
    diff = difflib.unified_diff(
        expected.decode("utf-8", errors="replace").splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile=f"{name} (golden)",
        tofile=f"{name} (output)",
    )
    pytest.fail("output differs from the golden file:\n" + "".join(diff), pytrace=False)


@pytest.fixture
def golden() -> Golden:
    return compare_golden


@pytest.fixture(autouse=True)
def _without_ambient_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test as on a developer's machine, whatever CI exports."""
    for name in AMBIENT:
        monkeypatch.delenv(name, raising=False)
