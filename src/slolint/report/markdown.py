"""The ``markdown`` format: a report for ``$GITHUB_STEP_SUMMARY`` and pull-request comments.

GitHub renders at most 10 error and 10 warning annotations per step, so the job summary
is where the whole list lives: a count per rule, then one table per file. Every value from
a file is escaped for GitHub-flavoured Markdown *and* HTML (a summary renders both), so a
name cannot open a link, an image, a table cell or a tag. The output is bounded: past
:data:`MAX_ROWS` findings the rest are counted, not listed (a summary holds at most 1 MiB).
"""

from __future__ import annotations

import re
from itertools import groupby

from slolint.findings import Finding
from slolint.report import FormatOptions, Report, formatter
from slolint.report.concise import printable
from slolint.report.summary import effect_lines, plural, statistics, summary_line

MAX_ROWS = 1000
"""Findings listed in full; about 500 bytes each keeps the summary well under 1 MiB."""

_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;"}


def escape(text: str) -> str:
    """Text that renders literally inside a table cell: no markup, no HTML, no mentions."""
    visible = printable(text)
    marked = _SPECIAL.sub(r"\\\1", visible)
    return "".join(_HTML.get(char, char) for char in marked)


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


@formatter("markdown")
def render_markdown(report: Report, options: FormatOptions) -> str:
    """Title and summary, findings per rule, then a table per file (``--statistics``: no files)."""
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
    listed = located[:MAX_ROWS]
    for path, group in groupby(listed, key=lambda pair: pair[0]):
        findings = [finding for _, finding in group]
        lines.append(f"### {escape(path)} ({plural(len(findings), 'finding')})")
        lines.extend(["", "| line | severity | rule | message |", "| ---: | --- | --- | --- |"])
        lines.extend(_row(finding) for finding in findings)
        lines.append("")
    if len(located) > len(listed):
        rest = len(located) - len(listed)
        lines.extend([f"… and {plural(rest, 'more finding')} not listed here.", ""])
    return "\n".join(lines)
