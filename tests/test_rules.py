"""Every rule against its fixtures: ``tests/fixtures/rules/<CODE>/{pass,fail}/<case>``.

A case is a YAML file or a directory of files (for cross-file rules). It is linted with only
that rule selected. A *pass* case must give no finding. In a *fail* case each expected
finding is marked on its line with ``# expect: CODE:COLUMN`` (several separated by commas),
and the findings must be exactly those, at those lines and columns.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from slolint.engine import CheckOptions, check
from slolint.rules import load_rules
from slolint.selection import Selection

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
MARKER = re.compile(r"#\s*expect:\s*(.+)$")
EXPECTATION = re.compile(r"(SLO\d{3}):(\d+)")


def _cases(kind: str) -> list[pytest.param]:
    cases = []
    for rule_dir in sorted(FIXTURES.iterdir()):
        folder = rule_dir / kind
        if folder.is_dir():
            for case in sorted(folder.iterdir()):
                cases.append(
                    pytest.param(rule_dir.name, case, id=f"{rule_dir.name}-{kind}-{case.name}")
                )
    return cases


def _files(case: Path) -> list[Path]:
    return sorted(p for p in case.rglob("*") if p.is_file()) if case.is_dir() else [case]


def _expected(case: Path) -> set[tuple[str, int, int, str]]:
    expected = set()
    for path in _files(case):
        shown = path.relative_to(FIXTURES.parent.parent.parent).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            marker = MARKER.search(line)
            if marker:
                for code, column in EXPECTATION.findall(marker.group(1)):
                    expected.add((shown, number, int(column), code))
    return expected


def _lint(code: str, case: Path) -> set[tuple[str, int, int, str]]:
    root = FIXTURES.parent.parent.parent
    options = CheckOptions(
        paths=[str(case.relative_to(root))],
        selection=Selection.build([code]),
        context=False,
        cwd=root,
    )
    import os

    previous = Path.cwd()
    os.chdir(root)
    try:
        result = check(options)
    finally:
        os.chdir(previous)
    assert result.errors == []
    return {(f.file, f.position.line, f.position.column, f.code) for f in result.findings}


@pytest.mark.parametrize(("code", "case"), _cases("pass"))
def test_pass_fixture_gives_no_finding(code: str, case: Path) -> None:
    assert _lint(code, case) == set()


@pytest.mark.parametrize(("code", "case"), _cases("fail"))
def test_fail_fixture_gives_exactly_the_marked_findings(code: str, case: Path) -> None:
    expected = _expected(case)
    assert expected, f"{case} has no '# expect: {code}:COLUMN' marker"
    assert _lint(code, case) == expected


def test_every_check_has_pass_and_fail_fixtures() -> None:
    missing = [
        code
        for code, rule in load_rules().items()
        if rule.check is not None
        and not ((FIXTURES / code / "pass").is_dir() and (FIXTURES / code / "fail").is_dir())
    ]
    assert missing == []
