"""How values read from a file appear inside messages: quoted, escaped and always short.

Everything a finding quotes comes from a file that may be hostile: a 1 MB name aliased into
a thousand SLOs, a target with 5,000 digits, a newline that would fake a second finding in
a CI log. Rules and stages quote through these functions only, so that the size of any
message is bounded whatever the input (the formatters escape control characters again at
the very end, for the file names they print).
"""

from __future__ import annotations

import math
from typing import Any

MAX_SHOWN = 60
"""Values longer than this many characters are shortened in messages."""

ELLIPSIS = "..."

_DIGITS_PER_BIT = math.log10(2)

_ESCAPES = {
    **{code: f"\\u{code:04x}" for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))},
    **{code: f"\\u{code:04x}" for code in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029)},
    **{code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    ord("\\"): "\\\\",
    ord('"'): '\\"',
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
}
"""Control characters, line separators and bidirectional controls, written as escapes: a
quoted value can neither break a line of output nor reorder it on screen."""


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
    finding over two records for an editor, fake a workflow command (``::stop-commands::``)
    at the start of a CI log line, or an escape sequence, which a terminal would execute.
    Replacing one character by one keeps the columns of a source line intact. Every line
    slolint prints that holds text from the repository, on stdout or stderr, goes through
    this function (or :func:`quoted`) last.
    """
    return text.translate(_VISIBLE)


WORKFLOW_COMMAND_GUARD = "\u200b"
"""Put before a line that would start with ``::`` (after spaces): GitHub Actions reads such a
log line as a workflow command (``::stop-commands::``, ``::error``), and a zero-width space,
which it does not trim, makes it plain text."""


def printable_lines(text: str) -> str:
    """:func:`printable` for a text of several lines (a policy's description): each line
    escaped, the breaks kept, and no line can start a workflow command."""
    lines = []
    for line in text.split("\n"):
        shown = printable(line)
        if shown.lstrip().startswith("::"):
            shown = WORKFLOW_COMMAND_GUARD + shown
        lines.append(shown)
    return "\n".join(lines)


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` cut to ``limit`` characters, the cut marked with ``...``."""
    return text if len(text) <= limit else text[: max(0, limit - len(ELLIPSIS))] + ELLIPSIS


def quoted(text: str, limit: int = MAX_SHOWN) -> str:
    """A string value as shown in messages: double-quoted, escaped and shortened."""
    return '"' + shorten(text, limit).translate(_ESCAPES) + '"'


def number(value: int | float) -> str:
    """A number as written, bounded: Python refuses ``str()`` of integers above 4,300 digits."""
    if isinstance(value, int) and value.bit_length() > 128:
        digits = int(abs(value).bit_length() * _DIGITS_PER_BIT) + 1
        return f"{'-' if value < 0 else ''}(a number of about {digits:,} digits)"
    return shorten(repr(value))


def shown(value: Any) -> str:
    """A value as written in YAML terms: ``"99.9"``, ``99.9``, ``true``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, dict):
        return "(a mapping)"
    if isinstance(value, list):
        return "(a list)"
    if isinstance(value, (int, float)):
        return number(value)
    return shorten(repr(value))
