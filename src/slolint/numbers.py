"""Every number read from a file's text goes through here, with a bound on its length.

Python refuses to convert a decimal integer of more than 4,300 digits (``ValueError``, an
"internal error" if it escapes), and a huge integer that does convert makes every later
step pay for its size: multiplying a window's count by 86,400, printing it in a message.
The functions below answer None for text that is not a number of the expected shape or is
longer than the bound, and the caller turns that into a finding at the field, or keeps
the text as a string (the loader, as Go's YAML decoder does).
"""

from __future__ import annotations

import re

MAX_INT_DIGITS = 4300
"""Longest integer literal converted (Python's own limit for decimal strings); YAML keeps
longer ones as strings, as Go's decoder does with integers it cannot represent."""
MAX_FLOAT_CHARS = 1 << 16
"""Longest decimal fraction converted; no target or threshold needs more, and a longer one
is a string (a type finding) rather than work proportional to an attacker's choice."""

_DIGITS = {
    2: re.compile(r"[01]+\Z"),
    8: re.compile(r"[0-7]+\Z"),
    10: re.compile(r"[0-9]+\Z"),
    16: re.compile(r"[0-9a-fA-F]+\Z"),
}
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")


def read_int(text: str, *, base: int = 10, max_digits: int = MAX_INT_DIGITS) -> int | None:
    """The integer written as ``text`` (an optional sign, then digits of ``base``), or None
    when it is not one or has more than ``max_digits`` digits."""
    digits = text[1:] if text[:1] in ("-", "+") else text
    if not digits or len(digits) > max_digits or base not in _DIGITS:
        return None
    if _DIGITS[base].match(digits) is None:
        return None
    value = int(digits, base)
    return -value if text[:1] == "-" else value


def read_float(text: str, *, max_chars: int = MAX_FLOAT_CHARS, words: bool = False) -> float | None:
    """The number written as ``text`` in decimal (``12``, ``-0.5``, ``1e3``), or None when
    it is not one or is longer than ``max_chars``; a value beyond the float range is
    infinite, as Python and Go read it. With ``words``, also what Python's ``float``
    reads besides (``nan``, ``inf``, ``1_000``, blanks around), for annotations whose
    values are strings that users write by hand."""
    if len(text) > max_chars:
        return None
    if not words:
        return float(text) if _FLOAT.match(text) is not None else None
    try:
        return float(text)
    except ValueError:
        return None
