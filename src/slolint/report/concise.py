"""The ``concise`` format: one ``path:line:col: CODE [severity] message (name)`` line per finding.

This is the shape of yamllint's ``parsable`` and ruff's ``concise`` output, which editors'
problem matchers and ``grep`` already understand, so it prints nothing else: no snippet
and no summary line that a matcher would have to skip. The text format uses the same line
as the header of each finding, which is why :func:`printable` and :func:`location` live here.
"""

from __future__ import annotations

from slolint.findings import Finding
from slolint.report import FormatOptions, Report, formatter
from slolint.report.summary import statistics, statistics_table

_BIDI_CONTROLS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""Marks, embeddings, overrides and isolates: U+202E can make a line read backwards."""

_VISIBLE = {
    **{code: chr(0x2400 + code) for code in range(0x20)},
    0x7F: "\u2421",
    **dict.fromkeys(range(0x80, 0xA0), "\ufffd"),
    0x2028: "\u2424",
    0x2029: "\u2424",
    **dict.fromkeys(_BIDI_CONTROLS, "\ufffd"),
}
"""C0 controls become their Unicode control pictures (``␊``, ``␛``); C1 controls, and the
bidirectional controls, ``�``; the line and paragraph separators U+2028 and U+2029 (which
editors and some CI logs break lines at) ``␤``."""


def printable(text: str) -> str:
    """Replace each control character with one visible character.

    A file name or a quoted user value may contain a newline, which would split one
    finding over two records for an editor, or an escape sequence, which a terminal would
    execute. Replacing one character by one keeps the columns of a source line intact.
    """
    return text.translate(_VISIBLE)


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
