"""The ``text`` format, for people: each finding with its source line and a caret underline.

::

    slos/checkout.yaml:12:15: SLO201 [error] objective target 1.0 … (target-not-below-100)
       |
    12 |       target: 1.0
       |               ^^^

A finding on a file that was not named, reported because it depends on one that was
(pre-commit), ends with one more line: ``= reported because agreements/api.sla.yaml changed``.
The header is the concise line, so what a person reads is what an editor would parse.
The snippet is laid out in terminal cells rather than characters: tabs are expanded, East
Asian wide characters count twice and nonspacing marks not at all, so the carets stay under
the text they mark. Lines wider than a terminal are cut around the span, by cells too.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from slolint.findings import Finding, Position, Severity
from slolint.report import FormatOptions, Report, formatter
from slolint.report.concise import location, printable
from slolint.report.summary import effect_lines, statistics, statistics_table, summary_line

TAB_SIZE = 4
"""Tabs expand to this many columns, both in the source line and under it."""

MAX_LINE = 200
"""Source lines wider than this many terminal cells are cut around the span."""

CONTEXT = 40
"""Terminal cells kept before the span when a long line is cut."""

ELLIPSIS = "…"

BOLD, DIM, RED, YELLOW, BLUE = "1", "2", "31", "33", "34"

SEVERITY_COLOR = {Severity.ERROR: RED, Severity.WARNING: YELLOW, Severity.INFO: BLUE}


def paint(text: str, style: str, color: bool) -> str:
    """Wrap ``text`` in an ANSI style when color is on; plain text otherwise."""
    if not color or not text:
        return text
    return f"\x1b[{style}m{text}\x1b[0m"


ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})
"""Nonspacing and enclosing marks and format characters take no cell of their own.

Checking the category rather than ``unicodedata.combining`` matters: Thai vowel signs and
the emoji variation selector are nonspacing marks with combining class 0.
"""


def char_width(char: str) -> int:
    """Terminal cells one character occupies: 0, 1 or 2 (East Asian wide and full-width)."""
    if unicodedata.category(char) in ZERO_WIDTH_CATEGORIES or "\u1160" <= char <= "\u11ff":
        return 0  # marks, format characters, Hangul medial vowels and final consonants
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cell_width(text: str) -> int:
    """Terminal cells ``text`` occupies: wide characters take two, combining marks none."""
    return sum(char_width(char) for char in text)


def _expanded_index(raw: str, column: int) -> int:
    """Index into the tab-expanded line of the 1-based ``column`` (which may be past the end)."""
    prefix = raw[: column - 1]
    return len(prefix.expandtabs(TAB_SIZE)) + max(0, column - 1 - len(raw))


def caret_span(raw: str, finding: Finding) -> tuple[int, int]:
    """Start and end of the underline as indexes into the tab-expanded line.

    A span that continues on later lines is underlined to the end of its first line; every
    span gets at least one caret, so a position at the end of a line stays visible.
    """
    position = finding.position
    start = _expanded_index(raw, position.column)
    if position.end_line == position.line:
        end = _expanded_index(raw, position.end_column)
    else:
        end = len(raw.expandtabs(TAB_SIZE))
    return start, max(end, start + 1)


def cut(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut a long line to a window around the span; return it and the span shifted into it.

    The window is measured in terminal cells, not characters: 200 characters of CJK text
    are 400 cells, which a terminal wraps, and a wrapped line no longer lines up with the
    carets under it. Some context (``CONTEXT`` cells) is kept before the span because the
    key that owns a value is usually just to its left; ``…`` marks each side where text
    was dropped.
    """
    widths = [char_width(char) for char in line]
    if sum(widths) <= MAX_LINE:
        return line, start, end
    low, used = min(start, len(line)), 0
    while low > 0 and used + widths[low - 1] <= CONTEXT:
        low -= 1
        used += widths[low]
    high, used = low, 0
    while high < len(line) and used + widths[high] <= MAX_LINE:
        used += widths[high]
        high += 1
    while low > 0 and used + widths[low - 1] <= MAX_LINE:
        low -= 1  # the span sits near the end: fill the window with more context
        used += widths[low]
    head = ELLIPSIS if low > 0 else ""
    tail = ELLIPSIS if high < len(line) else ""
    shift = len(head) - low
    new_start = start + shift
    new_end = min(end, high) + shift
    return head + line[low:high] + tail, new_start, max(new_end, new_start + 1)


def _near_span(raw: str, finding: Finding) -> tuple[str, Finding]:
    """A very long line cut near the span before any other work, with columns shifted.

    Thirty thousand findings on one 1 MB line must not process the whole line each.
    """
    if len(raw) <= 4 * MAX_LINE:
        return raw, finding
    position = finding.position
    low = max(0, position.column - 1 - 2 * CONTEXT)
    high = position.column - 1 + 2 * MAX_LINE
    head = ELLIPSIS if low > 0 else ""
    tail = ELLIPSIS if high < len(raw) else ""
    window = head + raw[low:high] + tail
    shift = len(head) - low
    end_line, end_column = position.end_line, position.end_column
    if end_line == position.line:
        end_column = min(end_column + shift, len(window) + 1)
    moved = Position(position.line, position.column + shift, end_line, end_column)
    return window, dataclasses.replace(finding, position=moved)


def snippet(finding: Finding, color: bool) -> list[str]:
    """The gutter, source line and caret lines under a finding; none without a source line."""
    if finding.source_line is None:
        return []
    raw, finding = _near_span(finding.source_line, finding)
    start, end = caret_span(raw, finding)
    shown, start, end = cut(printable(raw.expandtabs(TAB_SIZE)), start, end)
    padded = shown.ljust(end)
    offset = cell_width(padded[:start])
    carets = "^" * max(1, cell_width(padded[start:end]))
    number = str(finding.position.line)
    gutter = paint(" " * len(number) + " |", DIM, color)
    source = paint(f"{number} |", DIM, color) + (f" {shown}" if shown else "")
    underline = paint(carets, SEVERITY_COLOR[finding.severity], color)
    return [gutter, source, f"{gutter} {' ' * offset}{underline}"]


def header(finding: Finding, color: bool) -> str:
    """``path:line:col: CODE [severity] message (name)``, styled when color is on."""
    severity = paint(finding.severity.label, SEVERITY_COLOR[finding.severity], color)
    return (
        f"{paint(location(finding) + ':', BOLD, color)} {finding.code} [{severity}] "
        f"{printable(finding.message)} ({finding.name})"
    )


def because_line(finding: Finding, color: bool) -> list[str]:
    """``= reported because FILE changed`` under a finding whose own file was not named."""
    if finding.reported_because is None:
        return []
    indent = " " * (len(str(finding.position.line)) + 1 if finding.source_line is not None else 2)
    return [
        f"{indent}{paint('=', DIM, color)} reported because "
        f"{printable(finding.reported_because)} changed"
    ]


def render_finding(finding: Finding, color: bool) -> str:
    """One finding as a block of lines ending in a newline."""
    lines = [header(finding, color), *snippet(finding, color), *because_line(finding, color)]
    return "".join(f"{line}\n" for line in lines)


@formatter("text")
def render_text(report: Report, options: FormatOptions) -> str:
    """Every finding with its snippet, a blank line between them, then the summary line."""
    if options.statistics:  # the table, then the verdict: a clean run still says so
        table = statistics_table(statistics(report), lambda code: paint(code, BOLD, options.color))
        return table + summary_line(report) + "\n"
    blocks = [render_finding(finding, options.color) for finding in report.findings]
    effects = "".join(f"  {line}\n" for line in effect_lines(report))
    return "".join(f"{block}\n" for block in blocks) + summary_line(report) + "\n" + effects
