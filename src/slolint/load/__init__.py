"""Load stage: a file's bytes become documents (plain data + positions) and load problems.

Nothing raises out of :func:`load_file`: undecodable bytes, syntax errors, duplicate keys,
unsupported tags and resource limits all become problems with a position, so a broken file
is reported like any other finding.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from _ruamel_yaml import CParser
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from slolint.load.yaml_events import (
    Document,
    EventBuilder,
    LimitReached,
    LoadProblem,
    Span,
    reset_run_budget,
)

__all__ = [
    "Document",
    "LoadProblem",
    "SourceFile",
    "Span",
    "decode",
    "load_file",
    "load_text",
    "reset_run_budget",
]

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files above this size are reported, not parsed: SLO repositories hold kilobyte files."""

_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
)
"""A JSON-style escaped surrogate pair (``"\\ud83d\\ude00"``), which libyaml refuses."""

_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""The characters libyaml counts as line breaks, so snippet lines match reported lines."""


@dataclass(slots=True)
class SourceFile:
    """A loaded file: its display path, text, documents and the problems found reading it."""

    path: str
    text: str
    documents: list[Document] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    _lines: list[str] | None = None
    suppression_hint: bool | None = field(default=None, compare=False)
    """Whether the file may hold suppressions, when known without its text: a file whose
    results come from the cache is read again only when this is True."""

    def clamp(self, line: int, column: int) -> tuple[int, int]:
        """A 0-based position moved inside the text: libyaml may point one line past the end."""
        if self._lines is None:
            self._lines = _LINE_BREAK.split(self.text)
        last = len(self._lines) - 1
        if line > last:
            return last, len(self._lines[last])
        return line, min(column, len(self._lines[line]))

    def line(self, number: int) -> str | None:
        """The 1-based source line, for snippets under a finding."""
        if self._lines is None:
            self._lines = _LINE_BREAK.split(self.text)
        if 1 <= number <= len(self._lines):
            return self._lines[number - 1]
        return None


_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)


_NOT_PLAIN_UTF8_START = frozenset((b"\0", b"\xef", b"\xfe", b"\xff"))
"""First bytes that may open a BOM or a UTF-16/32 null-byte pattern."""


def _detect_encoding(data: bytes) -> tuple[str, int]:
    """Encoding and BOM length, following YAML 1.2 §5.2 (BOM, else the null-byte pattern)."""
    if data[:1] not in _NOT_PLAIN_UTF8_START and data[1:2] != b"\0":
        return "utf-8", 0  # neither a BOM nor a null byte where UTF-16/32 puts one
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    head = data[:4]
    if len(head) >= 4 and head[:3] == b"\0\0\0":
        return "utf-32-be", 0
    if len(head) >= 4 and head[1:4] == b"\0\0\0":
        return "utf-32-le", 0
    if len(head) >= 2 and head[0] == 0:
        return "utf-16-be", 0
    if len(head) >= 2 and head[1] == 0:
        return "utf-16-le", 0
    return "utf-8", 0


def _position_of(text: str, offset: int) -> Span:
    """0-based (line, column) span of one character at ``offset`` in ``text``."""
    before = text[:offset]
    breaks = list(_LINE_BREAK.finditer(before))
    line = len(breaks)
    column = offset - (breaks[-1].end() if breaks else 0)
    return (line, column, line, column + 1)


def _within_text(text: str, line: int, column: int) -> Span:
    """The parser's 0-based mark as a span, moved back onto the last line when it lies past it.

    At the end of a file that ends with a line break, the parser marks the empty line after
    it, a line no editor shows: the finding goes to the end of the last real line instead.
    """
    if column == 0 and line > 0 and text.endswith(("\n", "\r")):
        last = _LINE_BREAK.split(text)
        if line >= len(last) - 1:
            line = len(last) - 2
            column = len(last[line])
    return (line, column, line, column + 1)


def decode(data: bytes) -> tuple[str | None, LoadProblem | None]:
    """Decode bytes as YAML allows (UTF-8/16/32 with or without BOM)."""
    encoding, bom = _detect_encoding(data)
    try:
        return data[bom:].decode(encoding), None
    except UnicodeDecodeError as exc:
        prefix = data[bom : bom + exc.start].decode(encoding, errors="replace")
        bad = data[bom + exc.start : bom + min(exc.end, exc.start + 4)].hex(" ")
        message = (
            f"file is not valid {encoding.upper()}: bytes {bad} at offset {bom + exc.start} "
            f"cannot be decoded ({exc.reason}); save the file as UTF-8"
        )
        return None, LoadProblem("SLO001", message, _position_of(prefix, len(prefix)))


def _syntax_problem(text: str, exc: Exception) -> LoadProblem:
    """Turn a parser exception into an SLO001 problem at the parser's position."""
    if isinstance(exc, MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        span = _within_text(text, mark.line, mark.column)
        return LoadProblem("SLO001", f"syntax error: {problem}{context}".rstrip("."), span)
    position = getattr(exc, "position", None)
    character = getattr(exc, "character", None)
    if isinstance(position, int):
        span = _position_of(text, min(position, len(text)))
        code = ord(character) if isinstance(character, str) and character else character
        what = f"#x{code:04x}" if isinstance(code, int) else "?"
        if code == 0:
            reason = "the file contains a NUL byte (binary data?)"
        else:
            reason = f"unacceptable character {what}: control characters are not allowed"
        return LoadProblem("SLO001", f"syntax error: {reason}", span)
    return LoadProblem("SLO001", f"syntax error: {str(exc).splitlines()[0]}", (0, 0, 0, 1))


def _combine_pairs(match: re.Match[str]) -> str:
    high, low = int(match.group(2), 16), int(match.group(3), 16)
    code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    return f"{match.group(1)}\\U{code:08X}"


def _parse(text: str) -> EventBuilder:
    """Feed every event of ``text`` to a new builder; errors and limits end the stream."""
    builder = EventBuilder()
    parser = CParser(text)
    try:
        builder.consume(parser)
    except LimitReached:
        pass  # the builder recorded the SLO006 problem; nothing after it is read
    except (YAMLError, ValueError, RecursionError, MemoryError) as exc:
        builder.problems.append(_syntax_problem(text, exc))
    finally:
        parser.dispose()
    return builder


def load_text(path: str, text: str) -> SourceFile:
    """Parse ``text`` into documents; keep the documents that completed before an error.

    JSON writes characters outside the Basic Multilingual Plane as escaped surrogate pairs,
    which libyaml rejects; when that is the error, the pairs are rewritten as the YAML
    escape of the same character (``\\U0001F600``) and the text is parsed again. Columns
    after such a pair on its line then count two characters fewer.
    """
    source = SourceFile(path, text)
    builder = _parse(text)
    if builder.problems and any(
        "invalid Unicode character escape" in p.message for p in builder.problems
    ):
        combined = _SURROGATE_PAIR.sub(_combine_pairs, text)
        if combined != text:
            builder = _parse(combined)
    source.documents = builder.documents
    source.problems = builder.problems
    return source


def _too_large(path: str, size: int) -> SourceFile:
    source = SourceFile(path, "")
    source.problems.append(
        LoadProblem(
            "SLO006",
            f"file is {size:,} bytes, above the limit of {MAX_FILE_BYTES:,}; not linted",
            (0, 0, 0, 1),
        )
    )
    return source


def load_file(path: str, data: bytes, size: int | None = None) -> SourceFile:
    """Load one file's bytes; every failure becomes a problem on the returned file.

    ``size`` is the file's size when the reader stopped before the end (see
    :mod:`slolint.read`): only the first ``MAX_FILE_BYTES + 1`` bytes are ever read.
    """
    if len(data) > MAX_FILE_BYTES or (size is not None and size > MAX_FILE_BYTES):
        return _too_large(path, max(len(data), size or 0))
    text, problem = decode(data)
    if text is None:
        # keep a readable copy so the snippet under the finding shows the damaged line
        encoding, bom = _detect_encoding(data)
        source = SourceFile(path, data[bom:].decode(encoding, errors="replace"))
        if problem is not None:
            source.problems.append(problem)
        return source
    return load_text(path, text)
