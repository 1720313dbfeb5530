"""The ``markdown`` format: a report for ``$GITHUB_STEP_SUMMARY`` and pull-request comments.

GitHub renders at most 10 error and 10 warning annotations per step, so the job summary
is where the whole list lives: a count per rule, then one table per file. Every value from
a file is escaped for GitHub-flavoured Markdown *and* HTML (a summary renders both), so a
name cannot open a link, an image, a table cell or a tag. The output is bounded: past
:data:`MAX_ROWS` findings the rest are counted, not listed (a summary holds at most 1 MiB).
"""

from __future__ import annotations

from itertools import groupby

from slolint.findings import Finding
from slolint.report import FormatOptions, Report, formatter
from slolint.report.markup import escape
from slolint.report.summary import effect_lines, plural, statistics, summary_line

__all__ = ["MAX_BYTES", "MAX_ROWS", "escape", "render_markdown"]

MAX_ROWS = 1000
"""Findings listed in full at most; past them the rest are counted."""

MAX_BYTES = 1_000_000
"""GitHub drops a job summary of more than 1 MiB (1,048,576 bytes) whole: the report stops
listing findings before this many UTF-8 bytes, leaving room for the line that counts the rest."""


def _row(finding: Finding) -> str:
    position = finding.position
    return (
        f"| {position.line}:{position.column} | {finding.severity.label} "
        f"| `{finding.code}` {finding.name} | {escape(finding.message)} |"
    )


def _rule_table(report: Report) -> list[str]:
    rows = statistics(report)
    lines = ["| rule | name | findings |", "| --- | --- | ---: |"]
    lines.extend(f"| `{row.code}` | {row.name} | {row.count} |" for row in rows)
    return lines


def _size(lines: list[str]) -> int:
    return sum(len(line.encode("utf-8", "surrogatepass")) + 1 for line in lines)


@formatter("markdown")
def render_markdown(report: Report, options: FormatOptions) -> str:
    """Title and summary, findings per rule, then a table per file (``--statistics``: no files).

    Bounded twice: at most :data:`MAX_ROWS` findings, and never more than :data:`MAX_BYTES`
    (a message may be 1,000 characters, which escaping can make several times longer).
    """
    lines = ["## slolint", "", f"{escape(summary_line(report))}.", ""]
    effects = effect_lines(report)
    if effects:
        lines.extend([*(f"- {escape(line)}" for line in effects), ""])
    if not report.findings:
        return "\n".join(lines)
    lines.extend([*_rule_table(report), ""])
    if options.statistics:
        return "\n".join(lines)
    located = sorted(
        ((report.repository_path(finding.file), finding) for finding in report.findings),
        key=lambda pair: (pair[0], pair[1].sort_key()),
    )
    size = _size(lines)
    listed = 0
    for path, group in groupby(located[:MAX_ROWS], key=lambda pair: pair[0]):
        findings = [finding for _, finding in group]
        table = [
            f"### {escape(path)} ({plural(len(findings), 'finding')})",
            "",
            "| line | severity | rule | message |",
            "| ---: | --- | --- | --- |",
        ]
        rows = 0
        budget = MAX_BYTES - size - _size(table) - 200  # 200: the closing count line
        for finding in findings:
            row = _row(finding)
            cost = len(row.encode("utf-8", "surrogatepass")) + 1
            if cost > budget:
                break
            table.append(row)
            budget -= cost
            rows += 1
        if rows == 0:
            break
        lines.extend([*table, ""])
        size += _size(table) + 1
        listed += rows
        if rows < len(findings):
            break
    rest = len(located) - listed + report.omitted
    if rest:
        lines.extend([f"… and {plural(rest, 'more finding')} not listed here.", ""])
    return "\n".join(lines)
