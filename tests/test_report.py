"""The report stage: every formatter against golden files, plus the rules of its layout.

The golden files in ``tests/golden/report/`` are compared byte for byte. After an intended
change to a format, regenerate them with

    SLOLINT_UPDATE_GOLDEN=1 pytest tests/test_report.py

and review the diff before committing: the diff *is* the change users will see.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from slolint.findings import Finding, ObjectRef, Position, Severity
from slolint.report import FORMATTERS, FormatOptions, Report
from slolint.report.registry import load_formatters
from slolint.report.text import cell_width, render_text

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "report"
SCHEMA = ROOT / "schemas" / "slolint-output.schema.json"
ANSI = re.compile(r"\x1b\[")

CHECKOUT = "slos/checkout.yaml"
SEARCH = "slos/search.yaml"
CHECKOUT_SLO = ObjectRef("openslo/v1", "SLO", "checkout-availability")
SEARCH_SLO = ObjectRef("openslo/v1", "SLO", "search-latency")
TAB_LINE = "  budgetingMethod:\tOccurrences  # per request"
WIDE_LINE = '  labels: {team: 検索チーム, owner: "Zoë"}'


def at(line: int, column: int, end_line: int | None = None, end_column: int = 0) -> Position:
    """A span on one line by default; ``end_column`` 0 means one character wide."""
    return Position(line, column, end_line or line, end_column or column + 1)


def column_of(text: str, needle: str) -> tuple[int, int]:
    """1-based start and end columns of ``needle`` in ``text``."""
    start = text.index(needle) + 1
    return start, start + len(needle)


def sample_findings() -> tuple[Finding, ...]:
    """Two files, all severities, a multi-line span, a missing snippet, a tab, wide text."""
    tab = column_of(TAB_LINE, "Occurrences")
    team = column_of(WIDE_LINE, "検索チーム")
    owner = column_of(WIDE_LINE, '"Zoë"')
    return (
        Finding(
            "SLO303",
            "ratio-metric-mixed-sources",
            Severity.INFO,
            'ratio metric reads "good" and "total" from different data sources',
            CHECKOUT,
            at(8, 7, 11, 1),
            "$.spec.indicator.spec.ratioMetric",
            0,
            CHECKOUT_SLO,
            "      ratioMetric:",
        ),
        Finding(
            "SLO201",
            "target-not-below-100",
            Severity.ERROR,
            "objective target 1.0 (100%) leaves no error budget; use a target below 1",
            CHECKOUT,
            at(12, 15, 12, 18),
            "$.spec.objectives[0].target",
            0,
            CHECKOUT_SLO,
            "      target: 1.0",
        ),
        Finding(
            "SLO203",
            "budgeting-method-mismatch",
            Severity.WARNING,
            'budgeting method "Occurrences" does not fit a threshold on latency',
            CHECKOUT,
            at(14, tab[0], 14, tab[1]),
            "$.spec.budgetingMethod",
            0,
            CHECKOUT_SLO,
            TAB_LINE,
        ),
        Finding(
            "SLO000",
            "internal-error",
            Severity.ERROR,
            "rule SLO902 failed: KeyError: 'spec'",
            SEARCH,
            at(1, 1),
        ),
        Finding(
            "SLO502",
            "owner-label-format",
            Severity.WARNING,
            'label "team" must be a DNS label; found "検索チーム"',
            SEARCH,
            at(5, team[0], 5, team[1]),
            "$.metadata.labels.team",
            1,
            SEARCH_SLO,
            WIDE_LINE,
        ),
        Finding(
            "SLO502",
            "owner-label-format",
            Severity.WARNING,
            'label "owner" must be a DNS label; found "Zoë"',
            SEARCH,
            at(5, owner[0], 5, owner[1]),
            "$.metadata.labels.owner",
            1,
            SEARCH_SLO,
            WIDE_LINE,
        ),
    )


RULE_NAMES = {
    "SLO000": "internal-error",
    "SLO201": "target-not-below-100",
    "SLO203": "budgeting-method-mismatch",
    "SLO303": "ratio-metric-mixed-sources",
    "SLO502": "owner-label-format",
    "SLO901": "dangling-reference",
}


def sample_report(findings: tuple[Finding, ...] | None = None, files: int = 3) -> Report:
    chosen = sample_findings() if findings is None else findings
    return Report(chosen, files, 2, "0.1.0", RULE_NAMES)


def render(name: str, report: Report, **options: bool) -> str:
    return load_formatters()[name](report, FormatOptions(**options))


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("SLOLINT_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == path.read_bytes()


def finding(severity: Severity, file: str = CHECKOUT, line: int = 1) -> Finding:
    return Finding("SLO201", "target-not-below-100", severity, "m", file, at(line, 1))


@pytest.mark.parametrize(
    ("fmt", "options", "golden"),
    [
        ("text", {}, "text.txt"),
        ("text", {"color": True}, "text-color.txt"),
        ("concise", {}, "concise.txt"),
        ("json", {}, "json.json"),
        ("text", {"statistics": True}, "statistics.txt"),
        ("concise", {"statistics": True}, "statistics.txt"),
        ("json", {"statistics": True}, "statistics.json"),
    ],
)
def test_formats_match_golden_files(fmt: str, options: dict[str, bool], golden: str) -> None:
    assert_golden(golden, render(fmt, sample_report(), **options))


def test_registry_holds_every_builtin_format() -> None:
    formats = load_formatters()
    assert formats is FORMATTERS
    assert {"text", "concise", "json"} <= set(formats)


def test_text_snippet_layout() -> None:
    text = render("text", sample_report())
    assert (
        "slos/checkout.yaml:12:15: SLO201 [error] objective target 1.0 (100%) leaves no error "
        "budget; use a target below 1 (target-not-below-100)\n"
        "   |\n"
        "12 |       target: 1.0\n"
        "   |               ^^^\n\n"
    ) in text
    assert (
        "slos/search.yaml:1:1: SLO000 [error] rule SLO902 failed: KeyError: 'spec' (internal-error)\n\n"
        in text
    )
    assert text.endswith("\nFound 6 problems (2 errors, 3 warnings, 1 info) in 2 files\n")


def caret_cells(block: str) -> tuple[str, int, int]:
    """The displayed source line, and the first cell and cell count of the carets under it."""
    source, carets = block.splitlines()[2:4]
    shown = source.split(" | ", 1)[1]
    marks = carets.split(" | ", 1)[1]
    return shown, cell_width(marks[: marks.index("^")]), marks.count("^")


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        (TAB_LINE, "Occurrences"),
        (WIDE_LINE, "検索チーム"),
        (WIDE_LINE, '"Zoë"'),
        ("\tkey:\t\tvalue", "value"),
        ("  name: cafe\u0301 # ok", "# ok"),
    ],
)
def test_carets_sit_under_the_span(line: str, needle: str) -> None:
    start, end = column_of(line, needle)
    block = render_text(
        sample_report(
            (
                Finding(
                    "SLO201",
                    "n",
                    Severity.ERROR,
                    "m",
                    CHECKOUT,
                    at(3, start, 3, end),
                    source_line=line,
                ),
            )
        ),
        FormatOptions(),
    )
    shown, first, width = caret_cells(block)
    expanded = line.expandtabs(4)
    assert shown == expanded
    prefix = expanded[: expanded.index(needle)]
    assert (first, width) == (cell_width(prefix), cell_width(needle))


def test_multi_line_span_is_underlined_to_the_end_of_its_first_line() -> None:
    block = render_text(sample_report(sample_findings()[:1]), FormatOptions())
    assert "8 |       ratioMetric:\n  |       ^^^^^^^^^^^^\n" in block


@pytest.mark.parametrize("column", [1, 30])
def test_a_position_at_or_past_the_end_of_the_line_gets_one_caret(column: int) -> None:
    line = "" if column == 1 else "  spec:"
    item = Finding(
        "SLO101", "n", Severity.ERROR, "m", CHECKOUT, at(2, column, 2, column), source_line=line
    )
    block = render_text(sample_report((item,)), FormatOptions())
    carets = block.splitlines()[3]
    assert carets == "  | " + " " * (column - 1) + "^"
    assert block.splitlines()[2] == ("2 |" if not line else "2 | " + line)


def test_long_lines_are_cut_around_the_span() -> None:
    line = "  query: " + "a" * 300 + "TARGET" + "b" * 300
    start, end = column_of(line, "TARGET")
    item = Finding(
        "SLO301", "n", Severity.WARNING, "m", CHECKOUT, at(7, start, 7, end), source_line=line
    )
    shown, first, width = caret_cells(render_text(sample_report((item,)), FormatOptions()))
    assert shown.startswith("…a") and shown.endswith("b…")
    assert len(shown) <= 202
    assert shown[first : first + width] == "TARGET"


def test_long_span_is_clipped_to_the_window() -> None:
    line = "x" * 500
    item = Finding("SLO301", "n", Severity.WARNING, "m", CHECKOUT, at(7, 1, 9, 1), source_line=line)
    shown, first, width = caret_cells(render_text(sample_report((item,)), FormatOptions()))
    assert shown == "x" * 200 + "…"
    assert (first, width) == (0, 200)


def test_control_characters_cannot_break_lines_or_reach_the_terminal() -> None:
    item = Finding(
        "SLO201",
        "n",
        Severity.ERROR,
        'bad "a\nb\x1b[31m"',
        "we\nird.yaml",
        at(1, 3),
        source_line="a:\x1b[2J\r",
    )
    report = sample_report((item,))
    concise = render("concise", report)
    assert concise == 'we␊ird.yaml:1:3: SLO201 [error] bad "a␊b␛[31m" (n)\n'
    text = render("text", report)
    assert "\x1b" not in text and "\r" not in text
    assert "1 | a:␛[2J␍\n" in text


def test_clean_run_summary() -> None:
    assert render("text", sample_report(())) == "All checked: no problems in 3 files\n"
    assert render("text", sample_report((), files=1)) == "All checked: no problems in 1 file\n"
    assert render("concise", sample_report(())) == ""
    assert render("text", sample_report(()), statistics=True) == ""


@pytest.mark.parametrize(
    ("findings", "summary"),
    [
        ([finding(Severity.ERROR)], "Found 1 problem (1 error) in 1 file"),
        ([finding(Severity.WARNING)], "Found 1 problem (1 warning) in 1 file"),
        (
            [finding(Severity.INFO), finding(Severity.INFO, line=2)],
            "Found 2 problems (2 infos) in 1 file",
        ),
        (
            [
                finding(Severity.ERROR),
                finding(Severity.WARNING, SEARCH),
                finding(Severity.WARNING, SEARCH, 2),
            ],
            "Found 3 problems (1 error, 2 warnings) in 2 files",
        ),
        (
            [
                finding(Severity.ERROR),
                finding(Severity.WARNING),
                finding(Severity.WARNING, line=2),
                finding(Severity.INFO),
            ],
            "Found 4 problems (1 error, 2 warnings, 1 info) in 1 file",
        ),
    ],
)
def test_summary_pluralization(findings: list[Finding], summary: str) -> None:
    assert render("text", sample_report(tuple(findings))).endswith(f"\n\n{summary}\n")


def test_statistics_counts_are_right_aligned() -> None:
    many = tuple(finding(Severity.ERROR, line=n) for n in range(1, 1235))
    table = render("concise", sample_report((*many, sample_findings()[2])), statistics=True)
    assert table == "1234 SLO201 target-not-below-100\n   1 SLO203 budgeting-method-mismatch\n"


@pytest.mark.parametrize("fmt", ["text", "concise", "json"])
@pytest.mark.parametrize("statistics", [False, True])
def test_no_ansi_escape_without_color(fmt: str, statistics: bool) -> None:
    assert not ANSI.search(render(fmt, sample_report(), statistics=statistics))


def test_text_uses_ansi_only_when_asked() -> None:
    colored = render("text", sample_report(), color=True)
    assert "\x1b[31merror\x1b[0m" in colored and "\x1b[34minfo\x1b[0m" in colored
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == render("text", sample_report())


def json_report() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(render("json", sample_report()))
    return loaded


def schema_errors(instance: object) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return [error.message for error in Draft7Validator(schema).iter_errors(instance)]


def test_json_output_validates_against_its_schema() -> None:
    report = json_report()
    assert schema_errors(report) == []
    assert report["summary"] == {
        "files": 3,
        "documents": 2,
        "findings": 6,
        "errors": 2,
        "warnings": 3,
        "infos": 1,
        "suppressed": 0,
        "baselined": 0,
    }
    assert [f["document_index"] for f in report["findings"]] == [0, 0, 0, None, 1, 1]
    assert report["findings"][3]["object"] is None


def test_json_is_deterministic() -> None:
    assert render("json", sample_report()) == render("json", sample_report(), color=True)
    assert render("json", sample_report()).endswith("}\n")


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(report: dict[str, Any]) -> None:
        node: Any = report
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return mutate


def _drop(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(report: dict[str, Any]) -> None:
        node: Any = report
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return mutate


@pytest.mark.parametrize(
    "mutate",
    [
        _set(("findings", 0, "location", "column"), 0),
        _set(("findings", 0, "end_location", "line"), 1.5),
        _set(("findings", 0, "code"), "E501"),
        _set(("findings", 0, "severity"), "fatal"),
        _set(("findings", 0, "url"), "https://slolint.dev"),
        _set(("findings", 0, "object"), {"kind": "SLO", "name": "x"}),
        _set(("findings", 0, "document_index"), -1),
        _set(("summary", "errors"), -1),
        _set(("version",), 2),
        _drop(("findings", 0, "json_path")),
        _drop(("summary", "infos")),
    ],
    ids=[
        "column-0",
        "fractional-line",
        "foreign-code",
        "unknown-severity",
        "extra-field",
        "object-without-apiVersion",
        "negative-document",
        "negative-count",
        "future-version",
        "missing-json-path",
        "missing-infos",
    ],
)
def test_schema_rejects_invalid_output(mutate: Callable[[dict[str, Any]], None]) -> None:
    report = copy.deepcopy(json_report())
    mutate(report)
    assert schema_errors(report) != []


def test_text_headers_are_the_concise_lines() -> None:
    text = render("text", sample_report())
    headers = [line for line in text.splitlines() if line.startswith("slos/")]
    assert headers == render("concise", sample_report()).splitlines()
