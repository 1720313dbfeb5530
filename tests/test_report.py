"""The report stage: every formatter against golden files, plus the rules of its layout.

The golden files in ``tests/golden/report/`` are compared byte for byte. After an intended
change to a format, rewrite them with

    SLOLINT_UPDATE_GOLDEN=1 pytest tests/test_report.py

(the tests whose golden file changed fail in that run), review the diff, and run again
without the variable: the diff *is* the change users will see. The sample findings use
real codes with their registered names and severities, and a tool version no release has.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from slolint.findings import Finding, ObjectRef, Position, Severity
from slolint.report import FORMATTERS, MAX_FINDINGS, FormatOptions, Report, cap_findings
from slolint.report.registry import load_formatters
from slolint.report.text import cell_width, render_text
from slolint.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schemas" / "slolint-output.schema.json"
ANSI = re.compile(r"\x1b\[")

CHECKOUT = "slos/checkout.yaml"
SEARCH = "slos/search.yaml"
CHECKOUT_SLO = ObjectRef("openslo/v1", "SLO", "checkout-availability")
CHECKOUT_SLA = ObjectRef("slolint.dev/v1alpha1", "SLA", "checkout-enterprise")
SEARCH_SLO = ObjectRef("openslo/v1", "SLO", "search-latency")
TAB_LINE = "  budgetingMethod:\tOccurences  # per request"
WIDE_LINE = '  labels: {チーム: 検索, "Zoë": x}'
TOOL_VERSION = "0.0.0+golden"
"""A version that no release has, so the golden files show they do not depend on it."""

RULES = load_rules()
RULE_NAMES = {code: rule.name for code, rule in RULES.items()}


def at(line: int, column: int, end_line: int | None = None, end_column: int = 0) -> Position:
    """A span on one line by default; ``end_column`` 0 means one character wide."""
    return Position(line, column, end_line or line, end_column or column + 1)


def column_of(text: str, needle: str) -> tuple[int, int]:
    """1-based start and end columns of ``needle`` in ``text``."""
    start = text.index(needle) + 1
    return start, start + len(needle)


def made(code: str, message: str, file: str, position: Position, **fields: Any) -> Finding:
    """A finding of a registered rule, with its registered name and default severity."""
    rule = RULES[code]
    severity = fields.pop("severity", rule.severity)
    return Finding(code, rule.name, severity, message, file, position, **fields)


def sample_findings() -> tuple[Finding, ...]:
    """Two files, all severities, a multi-line span, a missing snippet, a tab, wide text.

    Codes, names and severities are the registry's; the messages have the shape each rule
    or stage really writes (copied from runs over similar files, then edited by hand).
    """
    tab = column_of(TAB_LINE, "Occurences")
    team = column_of(WIDE_LINE, "チーム")
    zoe = column_of(WIDE_LINE, '"Zoë"')
    return (
        made(
            "SLO201",
            "objective target 1.0 (100%) leaves no error budget; use a target below 1",
            CHECKOUT,
            at(12, 15, 12, 18),
            json_path="$.spec.objectives[0].target",
            document=0,
            obj=CHECKOUT_SLO,
            source_line="      target: 1.0",
        ),
        made(
            "SLO303",
            "SLO target 1.0 (100%) (Occurrences, 28d rolling) cannot be proven stricter than "
            "the SLA target 99.5% of its annotation (slos/checkout.yaml:6) over 1M calendar: "
            "request-based budgets over different windows have no sound bound; use the SLA's "
            "window or a time-based budgeting method",
            CHECKOUT,
            at(12, 15, 12, 18),
            json_path="$.spec.objectives[0].target",
            document=0,
            obj=CHECKOUT_SLO,
            source_line="      target: 1.0",
        ),
        made(
            "SLO104",
            'invalid budgetingMethod "Occurences"; expected one of "Occurrences", "Timeslices", '
            '"RatioTimeslices"; did you mean "Occurrences"?',
            CHECKOUT,
            at(14, tab[0], 14, tab[1]),
            json_path="$.spec.budgetingMethod",
            document=0,
            obj=CHECKOUT_SLO,
            source_line=TAB_LINE,
        ),
        made(
            "SLO305",
            'SLA "checkout-enterprise" objective 1 measures indicator "checkout-latency" but '
            'its SLOs measure "checkout-success"; different indicators are not compared',
            CHECKOUT,
            at(24, 7, 27, 1),
            json_path="$.spec.objectives[1]",
            document=1,
            obj=CHECKOUT_SLA,
            source_line="    - indicatorRef: checkout-latency",
        ),
        made(
            "SLO000",
            "internal error while running rule SLO401 (error-budget-policy-missing): "
            "KeyError: 'spec'; rerun with --debug for the traceback",
            SEARCH,
            at(1, 1),
        ),
        made(
            "SLO105",
            "key \"チーム\" in metadata.labels is not a label key (letters, digits, '-', '_' "
            "and '.', starting and ending alphanumeric, at most 63 characters)",
            SEARCH,
            at(5, team[0], 5, team[1]),
            json_path="$.metadata.labels.チーム",
            document=0,
            obj=SEARCH_SLO,
            source_line=WIDE_LINE,
        ),
        made(
            "SLO105",
            "key \"Zoë\" in metadata.labels is not a label key (letters, digits, '-', '_' "
            "and '.', starting and ending alphanumeric, at most 63 characters)",
            SEARCH,
            at(5, zoe[0], 5, zoe[1]),
            json_path="$.metadata.labels.Zoë",
            document=0,
            obj=SEARCH_SLO,
            source_line=WIDE_LINE,
        ),
        made(
            "SLO004",
            "Pyrra documents are recognized but not linted by this version of slolint",
            SEARCH,
            at(16, 13, 16, 31),
            json_path="$.apiVersion",
            document=1,
            source_line="apiVersion: pyrra.dev/v1alpha1",
        ),
    )


def sample_report(findings: tuple[Finding, ...] | None = None, files: int = 3) -> Report:
    chosen = sample_findings() if findings is None else findings
    return Report(chosen, files, 3, TOOL_VERSION, RULE_NAMES)


def render(name: str, report: Report, **options: bool) -> str:
    return "".join(load_formatters()[name](report, FormatOptions(**options)))


def finding(severity: Severity, file: str = CHECKOUT, line: int = 1) -> Finding:
    """An SLO201 finding at a severity the configuration may have chosen."""
    return made("SLO201", "m", file, at(line, 1), severity=severity)


@pytest.mark.parametrize(
    ("fmt", "options", "name"),
    [
        ("text", {}, "text.txt"),
        ("text", {"color": True}, "text-color.txt"),
        ("concise", {}, "concise.txt"),
        ("json", {}, "json.json"),
        ("text", {"statistics": True}, "statistics-text.txt"),
        ("concise", {"statistics": True}, "statistics.txt"),
        ("json", {"statistics": True}, "statistics.json"),
    ],
)
def test_formats_match_golden_files(
    fmt: str, options: dict[str, bool], name: str, golden: Callable[[str, str], None]
) -> None:
    golden(f"report/{name}", render(fmt, sample_report(), **options))


def test_golden_update_mode_rewrites_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, golden: Callable[[str, str], None]
) -> None:
    """A run that rewrites a golden file must not pass by comparing output with itself."""
    helpers = sys.modules[golden.__module__]
    monkeypatch.setattr(helpers, "ROOT", tmp_path)
    monkeypatch.setattr(helpers, "GOLDEN", tmp_path / "golden")
    path = tmp_path / "golden" / "x.txt"
    path.parent.mkdir()
    path.write_text("old\n")
    with pytest.raises(pytest.fail.Exception, match="output differs"):
        golden("x.txt", "new\n")
    assert path.read_text() == "old\n"
    monkeypatch.setenv("SLOLINT_UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match=r"rewrote golden/x\.txt"):
        golden("x.txt", "new\n")
    assert path.read_text() == "new\n"
    golden("x.txt", "new\n")  # an unchanged file is a real comparison, and passes
    with pytest.raises(pytest.fail.Exception, match=r"rewrote golden/y\.txt"):
        golden("y.txt", "created\n")


def test_sample_findings_agree_with_the_registry() -> None:
    """The golden files show real codes with their registered names and severities."""
    for item in sample_findings():
        rule = RULES[item.code]
        assert (item.name, item.severity) == (rule.name, rule.severity), item.code
    assert {s for s in Severity} == {item.severity for item in sample_findings()}


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
        "slos/search.yaml:1:1: SLO000 [error] internal error while running rule SLO401 "
        "(error-budget-policy-missing): KeyError: 'spec'; rerun with --debug for the traceback "
        "(internal-error)\n\n"
    ) in text
    assert text.endswith("\nFound 8 problems (5 errors, 2 warnings, 1 info) in 2 files\n")


def caret_cells(block: str) -> tuple[str, int, int]:
    """The displayed source line, and the first cell and cell count of the carets under it."""
    source, carets = block.splitlines()[2:4]
    shown = source.split(" | ", 1)[1]
    marks = carets.split(" | ", 1)[1]
    return shown, cell_width(marks[: marks.index("^")]), marks.count("^")


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        (TAB_LINE, "Occurences"),
        (WIDE_LINE, "チーム"),
        (WIDE_LINE, '"Zoë"'),
        ("\tkey:\t\tvalue", "value"),
        ("  name: cafe\u0301 # ok", "# ok"),
    ],
)
def test_carets_sit_under_the_span(line: str, needle: str) -> None:
    start, end = column_of(line, needle)
    block = render_text(
        sample_report((made("SLO201", "m", CHECKOUT, at(3, start, 3, end), source_line=line),)),
        FormatOptions(),
    )
    shown, first, width = caret_cells(block)
    expanded = line.expandtabs(4)
    assert shown == expanded
    prefix = expanded[: expanded.index(needle)]
    assert (first, width) == (cell_width(prefix), cell_width(needle))


def caret_line_for(line: str, needle: str) -> tuple[str, str]:
    """The source line and caret line (after the gutter) printed for ``needle`` in ``line``."""
    start, end = column_of(line, needle)
    item = Finding(
        "SLO201", "n", Severity.ERROR, "m", CHECKOUT, at(3, start, 3, end), source_line=line
    )
    source, carets = render_text(sample_report((item,)), FormatOptions()).splitlines()[2:4]
    return source.split(" | ", 1)[1], carets.split(" | ", 1)[1]


@pytest.mark.parametrize(
    ("line", "cells_before"),
    [
        # 20 cells of ASCII, 9 CJK characters of 2 cells each, then ", target: " (10 cells)
        ("    - {displayName: 検索チームの可用性, target: 1.0}", 20 + 9 * 2 + 10),
        # Thai: the vowel sign U+0E37 and tone mark U+0E48 are nonspacing marks (0 cells),
        # the first with combining class 0, so the word takes 2 cells
        ("  - {name: ชื่อ, target: 1.0}", 11 + 2 + 10),
        # Hangul syllables are wide; a decomposed medial vowel (U+1161) takes no cell
        ("  - {name: 검색 \u1100\u1161, target: 1.0}", 11 + 4 + 1 + 2 + 10),
    ],
)
def test_carets_under_a_value_after_wide_or_zero_width_text(line: str, cells_before: int) -> None:
    shown, carets = caret_line_for(line, "1.0")
    assert shown == line
    assert carets == " " * cells_before + "^^^"


def test_a_long_line_of_wide_characters_is_cut_by_display_width() -> None:
    """150 CJK characters are 300 cells: the window is 200 cells, not 200 characters.

    Before the value: 40 cells of context (", target: " and 15 CJK characters); after it
    the line ends ("}"), so the window is filled backwards up to 200 cells:
    200 - 10 - 3 - 1 = 186 cells = 93 CJK characters.
    """
    line = "    - {displayName: " + "検" * 150 + ", target: 1.0}"
    shown, carets = caret_line_for(line, "1.0")
    assert shown == "…" + "検" * 93 + ", target: 1.0}"
    assert carets == " " * (1 + 93 * 2 + 10) + "^^^"


def test_multi_line_span_is_underlined_to_the_end_of_its_first_line() -> None:
    (spanning,) = [item for item in sample_findings() if item.code == "SLO305"]
    block = render_text(sample_report((spanning,)), FormatOptions())
    carets = "^" * len("indicatorRef: checkout-latency")
    assert f"24 |     - indicatorRef: checkout-latency\n   |       {carets}\n" in block


@pytest.mark.parametrize("column", [1, 30])
def test_a_position_at_or_past_the_end_of_the_line_gets_one_caret(column: int) -> None:
    line = "" if column == 1 else "  spec:"
    item = made("SLO101", "m", CHECKOUT, at(2, column, 2, column), source_line=line)
    block = render_text(sample_report((item,)), FormatOptions())
    carets = block.splitlines()[3]
    assert carets == "  | " + " " * (column - 1) + "^"
    assert block.splitlines()[2] == ("2 |" if not line else "2 | " + line)


def test_long_lines_are_cut_around_the_span() -> None:
    line = "  query: " + "a" * 300 + "TARGET" + "b" * 300
    start, end = column_of(line, "TARGET")
    item = made("SLO301", "m", CHECKOUT, at(7, start, 7, end), source_line=line)
    shown, first, width = caret_cells(render_text(sample_report((item,)), FormatOptions()))
    assert shown.startswith("…a") and shown.endswith("b…")
    assert len(shown) <= 202
    assert shown[first : first + width] == "TARGET"


def test_long_span_is_clipped_to_the_window() -> None:
    line = "x" * 500
    item = made("SLO301", "m", CHECKOUT, at(7, 1, 9, 1), source_line=line)
    shown, first, width = caret_cells(render_text(sample_report((item,)), FormatOptions()))
    assert shown == "x" * 200 + "…"
    assert (first, width) == (0, 200)


def test_control_characters_cannot_break_lines_or_reach_the_terminal() -> None:
    item = made("SLO201", 'bad "a\nb\x1b[31m"', "we\nird.yaml", at(1, 3), source_line="a:\x1b[2J\r")
    report = sample_report((item,))
    concise = render("concise", report)
    assert concise == 'we␊ird.yaml:1:3: SLO201 [error] bad "a␊b␛[31m" (target-not-below-100)\n'
    text = render("text", report)
    assert "\x1b" not in text and "\r" not in text
    assert "1 | a:␛[2J␍\n" in text


def test_clean_run_summary() -> None:
    assert render("text", sample_report(())) == "All checked: no problems in 3 files\n"
    assert render("text", sample_report((), files=1)) == "All checked: no problems in 1 file\n"
    assert render("concise", sample_report(())) == ""
    assert render("text", sample_report(()), statistics=True) == (
        "All checked: no problems in 3 files\n"
    )


@pytest.mark.parametrize(
    ("files", "documents", "unchecked", "summary"),
    [
        (2, 0, 0, "Checked 2 files: no SLO documents found"),
        (1, 0, 0, "Checked 1 file: no SLO documents found"),
        (0, 0, 0, "Nothing checked: no YAML or JSON files found"),
        (0, 0, 1, "Nothing checked: 1 path could not be read"),
        (3, 2, 2, "No problems in 3 files, but 2 paths could not be read"),
    ],
)
def test_a_clean_summary_never_claims_more_than_was_checked(
    files: int, documents: int, unchecked: int, summary: str
) -> None:
    report = Report((), files, documents, "0.1.0", RULE_NAMES, unchecked=unchecked)
    assert render("text", report) == summary + "\n"
    assert "All checked" not in render("text", report)


def test_findings_summary_mentions_unreadable_paths() -> None:
    report = Report((finding(Severity.ERROR),), 1, 1, "0.1.0", RULE_NAMES, unchecked=1)
    assert render("text", report).endswith(
        "\nFound 1 problem (1 error) in 1 file; 1 path could not be read\n"
    )


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
    (invalid,) = [item for item in sample_findings() if item.code == "SLO104"]
    table = render("concise", sample_report((*many, invalid)), statistics=True)
    assert table == "1234 SLO201 target-not-below-100\n   1 SLO104 invalid-value\n"


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
        "documents": 3,
        "findings": 8,
        "errors": 5,
        "warnings": 2,
        "infos": 1,
        "suppressed": 0,
        "baselined": 0,
    }
    assert [f["document_index"] for f in report["findings"]] == [0, 0, 0, 1, None, 0, 0, 1]
    objects = [f["object"] is not None for f in report["findings"]]
    assert objects == [True, True, True, True, False, True, True, False]
    assert report["tool"] == {"name": "slolint", "version": TOOL_VERSION}


def test_json_statistics_validate_against_the_output_schema() -> None:
    record = json.loads(render("json", sample_report(), statistics=True))
    assert schema_errors(record) == []
    assert "findings" not in record
    assert record["summary"]["findings"] == sum(row["count"] for row in record["statistics"])
    assert schema_errors([{"code": "SLO201", "name": "x", "count": 1}]) != []


def test_the_output_schema_accepts_added_fields() -> None:
    """Format version 1 promises only that removals and changes bump it."""
    report = copy.deepcopy(json_report())
    report["url"] = "https://slolint.dev"
    report["summary"]["unreadable"] = 0
    report["findings"][0]["fix"] = {"replacement": "0.999"}
    report["findings"][0]["location"]["offset"] = 12
    assert schema_errors(report) == []


def test_json_ignores_color_and_ends_with_a_newline() -> None:
    """Colour is for terminals; a JSON consumer gets the same bytes either way.

    (That a run gives the same bytes whatever the hash seed and the order files were
    created in is tested end to end in test_cli.py.)"""
    plain = render("json", sample_report())
    assert plain == render("json", sample_report(), color=True)
    assert plain.endswith("}\n") and not plain.endswith("\n\n")


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
        _set(("findings", 0, "code"), "SLO2010"),
        _set(("findings", 0, "severity"), "fatal"),
        _set(("findings", 0, "object"), {"kind": "SLO", "name": "x"}),
        _set(("findings", 0, "document_index"), -1),
        _set(("summary", "errors"), -1),
        _set(("version",), 2),
        _drop(("findings", 0, "json_path")),
        _drop(("summary", "infos")),
        _drop(("findings",)),
    ],
    ids=[
        "column-0",
        "fractional-line",
        "foreign-code",
        "unknown-severity",
        "object-without-apiVersion",
        "negative-document",
        "negative-count",
        "future-version",
        "missing-json-path",
        "missing-infos",
        "neither-findings-nor-statistics",
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


def test_the_cap_keeps_the_most_severe_findings_in_report_order() -> None:
    findings = [
        finding(Severity.INFO, line=1),
        finding(Severity.ERROR, line=2),
        finding(Severity.WARNING, line=3),
        finding(Severity.INFO, line=4),
        finding(Severity.ERROR, line=5),
    ]
    shown, omitted = cap_findings(findings, 3)
    assert [f.position.line for f in shown] == [2, 3, 5]
    assert omitted == 2
    assert cap_findings(findings, 5) == (tuple(findings), 0)
    assert MAX_FINDINGS == 10_000


def test_the_summary_counts_what_the_cap_left_out() -> None:
    report = dataclasses.replace(sample_report(), omitted=12_345, limit=10_000)
    assert render("text", report).endswith(
        "Found 8 problems (5 errors, 2 warnings, 1 info) in 2 files; "
        "12,345 more not shown (at most 10,000 findings are reported)\n"
    )
