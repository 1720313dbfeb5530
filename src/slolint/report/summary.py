"""Numbers about a report that several formats print: severity counts and per-code statistics.

Kept apart from the formatters so the text summary, the JSON ``summary`` object and the
``--statistics`` tables cannot disagree about what they count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from slolint.findings import Severity
from slolint.records import field_repr
from slolint.report import Report

COUNT_WIDTH = 3
"""Minimum width of the count column, so small tables read as ``  3 SLO201 …`` (ruff style)."""


@dataclass(frozen=True, slots=True, repr=False)
class Counts:
    """How many findings of each severity a report holds, and in how many files."""

    __repr__ = field_repr

    findings: int
    errors: int
    warnings: int
    infos: int
    files: int
    """Files with at least one finding (not ``Report.files``, the files that were read)."""


@dataclass(frozen=True, slots=True, repr=False)
class CodeCount:
    """One row of the ``--statistics`` table."""

    __repr__ = field_repr

    code: str
    name: str
    count: int


def count(report: Report) -> Counts:
    """Tally the findings of a report by severity and by file."""
    by_severity = Counter(finding.severity for finding in report.findings)
    return Counts(
        findings=len(report.findings),
        errors=by_severity[Severity.ERROR],
        warnings=by_severity[Severity.WARNING],
        infos=by_severity[Severity.INFO],
        files=len({finding.file for finding in report.findings}),
    )


def plural(number: int, noun: str) -> str:
    """``1 error``, ``2 errors``: every noun slolint counts takes a plain ``s``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def summary_line(report: Report) -> str:
    """``Found 3 problems (2 errors, 1 warning) in 2 files``, or what a clean run covered.

    Only non-zero severities are listed, so a run with errors alone does not end with a
    distracting ``0 warnings, 0 infos``. "All checked" is said only when it is true: not
    when a named path could not be read, and not when no SLO document was found at all
    (pre-commit hands slolint every YAML file, so silence must not pass for a clean result).
    """
    totals = count(report)
    unchecked = f"{plural(report.unchecked, 'path')} could not be read" if report.unchecked else ""
    hidden = [
        f"{number} {what}"
        for number, what in (
            (report.suppressed, "suppressed"),
            (report.baselined, "hidden by the baseline"),
        )
        if number
    ]
    if report.omitted:
        hidden.insert(
            0,
            f"{report.omitted:,} more not shown (at most {report.limit:,} findings are reported)",
        )
    if report.effects.excluded_files:
        hidden.append(f"{plural(report.effects.excluded_files, 'file')} excluded")
    tail = f"; {', '.join(hidden)}" if hidden else ""
    if totals.findings == 0:
        if report.unchecked:
            if report.files == 0:
                return f"Nothing checked: {unchecked}"
            return f"No problems in {plural(report.files, 'file')}{tail}, but {unchecked}"
        if report.files == 0:
            return f"Nothing checked: no YAML or JSON files found{tail}"
        if report.documents == 0:
            return f"Checked {plural(report.files, 'file')}: no SLO documents found{tail}"
        return f"All checked: no problems in {plural(report.files, 'file')}{tail}"
    parts = [
        plural(number, noun)
        for number, noun in (
            (totals.errors, "error"),
            (totals.warnings, "warning"),
            (totals.infos, "info"),
        )
        if number
    ]
    found = (
        f"Found {plural(totals.findings, 'problem')} ({', '.join(parts)})"
        f" in {plural(totals.files, 'file')}{tail}"
    )
    return f"{found}; {unchecked}" if unchecked else found


def effect_lines(report: Report) -> list[str]:
    """What configuration changed, one line per kind (files, exclusions, rules, hidden)."""
    return report.effects.lines(hidden_counts=False)


def statistics(report: Report) -> list[CodeCount]:
    """Findings per code, most frequent first, then by code for a stable order."""
    by_code = Counter(finding.code for finding in report.findings)
    names = {finding.code: finding.name for finding in report.findings}
    names.update((code, name) for code, name in report.rule_names.items() if code in by_code)
    rows = [CodeCount(code, names[code], number) for code, number in by_code.items()]
    return sorted(rows, key=lambda row: (-row.count, row.code))


def _unstyled(text: str) -> str:
    return text


def statistics_table(rows: list[CodeCount], style_code: Callable[[str], str] = _unstyled) -> str:
    """Right-aligned counts, then code and name: ``  3 SLO201 target-not-below-100``.

    Codes are padded to a common width so that names line up even when codes of different
    lengths appear; ``style_code`` lets the text format color the code without the padding.
    """
    if not rows:
        return ""
    count_width = max(COUNT_WIDTH, *(len(str(row.count)) for row in rows))
    code_width = max(len(row.code) for row in rows)
    lines = [
        f"{row.count:>{count_width}} {style_code(row.code)}"
        f"{' ' * (code_width - len(row.code))} {row.name}"
        for row in rows
    ]
    return "\n".join(lines) + "\n"
