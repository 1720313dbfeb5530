"""The ``concise`` format: one ``path:line:col: CODE [severity] message (name)`` line per finding.

This is the shape of yamllint's ``parsable`` and ruff's ``concise`` output, which editors'
problem matchers and ``grep`` already understand, so it prints nothing else: no snippet
and no summary line that a matcher would have to skip. The text format uses the same line
as the header of each finding, which is why :func:`location` lives here (and
:func:`slolint.quoting.printable` is importable from here, as the formatters always did).
"""

from __future__ import annotations

from slolint.findings import Finding
from slolint.quoting import printable
from slolint.report import FormatOptions, Report, formatter
from slolint.report.summary import statistics, statistics_table

__all__ = ["concise_line", "location", "printable", "render_concise"]


def location(finding: Finding) -> str:
    """``path:line:col``, the part editors turn into a link."""
    return f"{printable(finding.file)}:{finding.position.line}:{finding.position.column}"


def concise_line(finding: Finding) -> str:
    """The finding as one line, without a trailing newline."""
    return (
        f"{location(finding)}: {finding.code} [{finding.severity.label}] "
        f"{printable(finding.message)} ({finding.name})"
    )


@formatter("concise")
def render_concise(report: Report, options: FormatOptions) -> str:
    """One line per finding, or the statistics table; never colored (its readers are tools)."""
    if options.statistics:
        return statistics_table(statistics(report))
    return "".join(f"{concise_line(finding)}\n" for finding in report.findings)
