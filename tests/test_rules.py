"""Every rule against its fixtures: ``tests/fixtures/rules/<CODE>/{pass,fail}/<case>``.

A case is a YAML or JSON file, or a directory of files (for cross-file rules).

* A *pass* case gives no finding of its code, with the rule alone and with every rule on.
* A *fail* case has a sibling ``<case>.expected`` (``ratio-100.yaml`` -> ``ratio-100.expected``,
  folder ``typos`` -> ``typos.expected``) holding the whole findings, one per line, as
  ``FILE:LINE:COL: CODE message`` with FILE relative to the case folder (for a file case,
  its own name). The findings must be exactly those, with the rule alone and, for that
  code, with every rule enabled, so that no rule silently depends on another.
  Each expected finding is also marked on its line in the YAML with
  ``# expect: CODE:COLUMN`` so that a reader of the fixture sees what fails where; the
  markers and the ``.expected`` file must agree.

Every registered code, the input (SLO0xx) and schema (SLO1xx) stages included, has pass
and fail cases; the few that no file can produce are listed in ``WITHOUT_FIXTURES`` with the
tests that cover them instead.

Messages in ``.expected`` files are written by hand: figures in them are computed
independently of slolint (see the comments in the fixtures), never pasted from its output.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from slolint.config import Resolver
from slolint.engine import CheckOptions, check
from slolint.findings import Finding
from slolint.rules import load_rules
from slolint.selection import Selection

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "rules"
EXAMPLES = ROOT / "src" / "slolint" / "rules" / "examples"
"""The documented examples (``<CODE>/fail/example*`` and the fix, ``<CODE>/pass/example*``)
are fixtures too: the rule documentation shows them, so they are held to the same test."""
ROOTS = (FIXTURES, EXAMPLES)
MARKER = re.compile(r"#\s*expect:\s*(.+)$")
EXPECTATION = re.compile(r"(SLO\d{3}):(\d+)")
EXPECTED_LINE = re.compile(r"(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>\w+) (?P<msg>.*)")
EXPECTED_SUFFIX = ".expected"

Row = tuple[str, int, int, str, str]
"""(file relative to the case, line, column, code, message)."""


def _case_name(case: Path) -> str:
    return case.stem if case.is_file() else case.name


def _rule_dirs() -> list[Path]:
    return sorted((d for root in ROOTS for d in root.iterdir() if d.is_dir()), key=str)


def _cases(kind: str) -> list[pytest.param]:
    cases = []
    for rule_dir in _rule_dirs():
        folder = rule_dir / kind
        if not folder.is_dir():
            continue
        for case in sorted(folder.iterdir()):
            if case.suffix == EXPECTED_SUFFIX:
                continue
            where = "doc-" if rule_dir.parent == EXAMPLES else ""
            cases.append(
                pytest.param(rule_dir.name, case, id=f"{rule_dir.name}-{kind}-{where}{case.name}")
            )
    return cases


def _files(case: Path) -> list[Path]:
    return sorted(p for p in case.rglob("*") if p.is_file()) if case.is_dir() else [case]


def _relative(case: Path, path: Path) -> str:
    return path.name if case.is_file() else path.relative_to(case).as_posix()


def _expected_file(case: Path) -> Path:
    return case.parent / f"{_case_name(case)}{EXPECTED_SUFFIX}"


def _expected(case: Path) -> list[Row]:
    rows = []
    text = _expected_file(case).read_text(encoding="utf-8")
    for raw in text.splitlines():
        if not raw.strip():
            continue
        match = EXPECTED_LINE.fullmatch(raw)
        assert match, f"{_expected_file(case)}: cannot read line {raw!r}"
        rows.append(
            (
                match["file"],
                int(match["line"]),
                int(match["col"]),
                match["code"],
                match["msg"],
            )
        )
    return sorted(rows)


def _markers(case: Path) -> list[tuple[str, int, int, str]]:
    marked = []
    for path in _files(case):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            marker = MARKER.search(line)
            if marker:
                for code, column in EXPECTATION.findall(marker.group(1)):
                    marked.append((_relative(case, path), number, int(column), code))
    return sorted(marked)


def _lint(case: Path, selection: Selection) -> list[Finding]:
    # a case folder may bring its own configuration (rule options such as SLO707's period)
    own = case / ".slolint.yaml"
    config = (
        Resolver(ROOT, config=str(own.relative_to(ROOT)), selection=selection)
        if own.is_file()
        else None
    )
    options = CheckOptions(
        paths=[str(case.relative_to(ROOT))],
        selection=selection,
        context=False,
        cwd=ROOT,
        config=config,
    )
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        result = check(options)
    finally:
        os.chdir(previous)
    assert result.errors == []
    return result.findings


def _rows(case: Path, findings: list[Finding], code: str) -> list[Row]:
    base = case.relative_to(ROOT).as_posix()
    rows = []
    for finding in findings:
        if finding.code != code:
            continue
        file = finding.file if case.is_dir() else Path(finding.file).name
        if case.is_dir():
            assert file.startswith(base + "/"), file
            file = file[len(base) + 1 :]
        rows.append((file, finding.position.line, finding.position.column, code, finding.message))
    return sorted(rows)


def _internal_errors(findings: list[Finding]) -> list[str]:
    return [f"{f.file}: {f.message}" for f in findings if f.code == "SLO000"]


@pytest.mark.parametrize(("code", "case"), _cases("pass"))
def test_pass_fixture_gives_no_finding(code: str, case: Path) -> None:
    assert _lint(case, Selection.build([code])) == []
    everything = _lint(case, Selection.build())
    assert _internal_errors(everything) == []
    assert _rows(case, everything, code) == []


@pytest.mark.parametrize(("code", "case"), _cases("fail"))
def test_fail_fixture_gives_exactly_the_expected_findings(code: str, case: Path) -> None:
    assert _expected_file(case).is_file(), f"{case} needs {_expected_file(case).name}"
    expected = _expected(case)
    assert expected, f"{_expected_file(case)} lists no finding"
    assert {row[3] for row in expected} == {code}, "a fixture expects findings of its own code"
    alone = _lint(case, Selection.build([code]))
    assert _rows(case, alone, code) == expected
    assert len(alone) == len(expected)


@pytest.mark.parametrize(("code", "case"), _cases("fail"))
def test_fail_fixture_is_the_same_with_every_rule_enabled(code: str, case: Path) -> None:
    everything = _lint(case, Selection.build())
    assert _internal_errors(everything) == []
    assert _rows(case, everything, code) == _expected(case)


@pytest.mark.parametrize(("code", "case"), _cases("fail"))
def test_fail_fixture_markers_agree_with_expected(code: str, case: Path) -> None:
    assert _markers(case) == [row[:4] for row in _expected(case)]


def _fixture_codes(kind: str) -> Iterator[str]:
    for rule_dir in _rule_dirs():
        folder = rule_dir / kind
        if folder.is_dir() and any(p.suffix != EXPECTED_SUFFIX for p in folder.iterdir()):
            yield rule_dir.name


WITHOUT_FIXTURES = {
    # No valid input produces it: it reports a bug inside slolint. Tests inject a failing
    # rule or a dying worker instead: test_engine.py
    # (test_a_raising_rule_is_reported_with_its_file_and_the_run_goes_on,
    # test_a_dying_worker_is_reported_and_never_hangs) and test_cli.py
    # (test_internal_errors_exit_2_without_traceback).
    "SLO000": "internal-error",
    # The fallback for schema keywords outside the SLO101-SLO107 families. No shipped schema
    # uses such a keyword where it can fail, so no document can produce it;
    # test_validate.py::test_every_keyword_that_can_fail_in_the_schemas_has_its_own_code
    # fails when that changes, and ..._fall_back_to_slo100 pins its message.
    "SLO100": "schema-violation",
    # Fire only for formats whose JSON Schema does not catch the mistake itself; OpenSLO's
    # schemas do (SLO105, SLO101, SLO107), so no file of a linted format reaches them yet.
    # test_rule_catalog.py builds the model objects other adapters produce:
    # test_slo501_..., test_slo502_..., test_slo602_..., test_slo803_...
    "SLO501": "time-window-invalid",
    "SLO502": "time-window-missing",
    "SLO602": "ratio-metric-malformed",
    "SLO803": "invalid-name",
}
"""Registered codes that cannot have fixtures, with the tests that cover them instead."""


@pytest.mark.parametrize("code", sorted(set(load_rules()) - set(WITHOUT_FIXTURES)))
def test_every_registered_code_has_pass_and_fail_fixtures(code: str) -> None:
    """Every code any stage or rule can report, SLO0xx and SLO1xx included: a code that no
    fixture produces is a code whose wording and position nothing checks."""
    missing = [kind for kind in ("pass", "fail") if code not in set(_fixture_codes(kind))]
    assert missing == [], f"tests/fixtures/rules/{code}/ needs {' and '.join(missing)} cases"


def test_codes_without_fixtures_are_registered_and_really_have_none() -> None:
    rules = load_rules()
    assert {code: rules[code].name for code in WITHOUT_FIXTURES if code in rules} == (
        WITHOUT_FIXTURES
    )
    assert not (set(WITHOUT_FIXTURES) & (set(_fixture_codes("pass")) | set(_fixture_codes("fail"))))


def test_fixture_folders_name_registered_codes() -> None:
    assert sorted(set(p.name for p in _rule_dirs()) - set(load_rules())) == []
