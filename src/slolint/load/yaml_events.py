"""Build plain Python data and a position table from libyaml's event stream, in one walk.

Why events and not ``compose``: the C composer recurses once per nesting level (a hostile
file with 20,000 nested ``[`` would exhaust the C stack), keeps a node tree alive that the
cyclic GC re-walks, and resolves scalars with YAML 1.1 rules. Walking the C parser's events
with an explicit stack gives plain values, positions, duplicate-key detection, alias bounds
and YAML 1.2 scalars at the cost of a single pass.

Positions are 0-based ``(line, column, end_line, end_column)`` tuples as libyaml reports
them (columns count code points); the locate stage turns them into 1-based spans.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from slolint.findings import JsonPath

Span = tuple[int, int, int, int]

MAX_DEPTH = 128
"""Deepest nesting accepted; real SLO documents stay below 15 and jsonschema recurses per level."""

MAX_ALIAS_NODES = 100_000
"""Nodes that aliases may add to one document; a 'billion laughs' file needs far more."""

_CORE_TAG = "tag:yaml.org,2002:"
_TAG_NAMES = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary", "omap"}

_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})


def resolve_plain(text: str) -> Any:
    """Resolve an untagged plain scalar with the YAML 1.2 core schema.

    ``yes``/``on`` stay strings, as do timestamps: ``startTime: 2020-01-21 12:30:00`` must
    reach the schema as the string the Go tools see.
    """
    if text in _NULLS:
        return None
    first = text[0]
    if first in "tTfF":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return text
    if first.isdigit() or first in "-+.":
        if _INT.match(text):
            return int(text)
        if _FLOAT.match(text):
            return float(text)
        if _OCT.match(text):
            return int(text[2:], 8)
        if _HEX.match(text):
            return int(text[2:], 16)
        if _INF.match(text):
            return -math.inf if first == "-" else math.inf
        if _NAN.match(text):
            return math.nan
    return text


def _resolve_tagged(tag: str, text: str) -> tuple[Any, bool]:
    """Resolve a scalar with an explicit core tag; returns (value, tag_was_understood)."""
    name = tag[len(_CORE_TAG) :] if tag.startswith(_CORE_TAG) else None
    if name is None or name not in _TAG_NAMES:
        return text, False
    if name in ("str", "timestamp", "binary"):
        return text, True
    value = resolve_plain(text)
    fits = {
        "int": type(value) is int,
        "float": type(value) in (int, float),
        "bool": type(value) is bool,
        "null": value is None,
    }
    if fits.get(name, False):
        return (float(value) if name == "float" else value), True
    return text, True


@dataclass(slots=True)
class LoadProblem:
    """A problem found while reading a file; it already has a position."""

    code: str
    message: str
    span: Span
    document: int | None = None
    """The document it belongs to; None when it concerns the file (syntax, encoding)."""


@dataclass(slots=True)
class Document:
    """One YAML document: plain data plus where each value and key came from."""

    index: int
    data: Any
    spans: dict[JsonPath, Span]
    key_spans: dict[JsonPath, Span]
    start: Span


@dataclass(slots=True)
class _Frame:
    container: Any
    path: JsonPath
    start: tuple[int, int]
    is_map: bool
    is_key: bool = False
    key: str | None = None
    key_span: Span | None = None
    last_end: tuple[int, int] | None = None
    anchor: str | None = None
    first_span_index: int = 0
    first_key_index: int = 0


@dataclass(slots=True)
class _Anchor:
    value: Any
    spans: list[tuple[JsonPath, Span]]
    key_spans: list[tuple[JsonPath, Span]]
    nodes: int


@dataclass(slots=True)
class _DocState:
    index: int
    start: Span
    spans: list[tuple[JsonPath, Span]] = field(default_factory=list)
    key_spans: list[tuple[JsonPath, Span]] = field(default_factory=list)
    anchors: dict[str, _Anchor] = field(default_factory=dict)
    alias_nodes: int = 0
    root: Any = None
    broken: bool = False


def _mark(mark: Any) -> tuple[int, int]:
    return (mark.line, mark.column)


def _span(event: Any) -> Span:
    return (
        event.start_mark.line,
        event.start_mark.column,
        event.end_mark.line,
        event.end_mark.column,
    )


def _key_text(value: Any) -> str:
    """JSON keys are strings; YAML allows ``1:``, ``true:`` and ``null:`` keys."""
    if isinstance(value, str):
        return value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class EventBuilder:
    """Consumes parser events and produces :class:`Document` objects and problems."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.problems: list[LoadProblem] = []
        self._doc: _DocState | None = None
        self._stack: list[_Frame] = []
        self._skip_depth = 0
        self._count = 0

    # -- public entry ------------------------------------------------------------------

    def feed(self, event: Any) -> None:
        """Handle one event; dispatch on the class name keeps the hot loop cheap."""
        name = type(event).__name__
        if self._skip_depth and name != "DocumentEndEvent":
            self._skip(name)
            return
        if name == "ScalarEvent":
            self._scalar(event)
        elif name == "MappingStartEvent" or name == "SequenceStartEvent":
            self._start(event, name == "MappingStartEvent")
        elif name == "MappingEndEvent" or name == "SequenceEndEvent":
            self._end(event)
        elif name == "AliasEvent":
            self._alias(event)
        elif name == "DocumentStartEvent":
            self._doc = _DocState(self._count, _span(event))
            self._count += 1
        elif name == "DocumentEndEvent":
            self._finish_document()

    # -- events ------------------------------------------------------------------------

    def _child_path(self) -> JsonPath | None:
        if not self._stack:
            return ()
        frame = self._stack[-1]
        if frame.is_key:
            return None
        if frame.is_map:
            if frame.key is None:
                return None  # this child is a key
            return (*frame.path, frame.key)
        return (*frame.path, len(frame.container))

    def _scalar(self, event: Any) -> None:
        tag = event.tag
        text = event.value
        if tag is None or tag == "!":
            plain = event.implicit[0] and not event.style
            value = resolve_plain(text) if plain else text
        else:
            value, known = _resolve_tagged(tag, text)
            if not known:
                self._unsupported_tag(tag, event)
        span = _span(event)
        if event.anchor is not None and self._doc is not None:
            self._doc.anchors[event.anchor] = _Anchor(value, [], [], 1)
        self._emit(value, span)

    def _start(self, event: Any, is_map: bool) -> None:
        doc = self._doc
        if doc is None:
            return
        tag = event.tag
        if (
            tag is not None
            and tag != "!"
            and not (tag.startswith(_CORE_TAG) and tag[18:] in _TAG_NAMES)
        ):
            self._unsupported_tag(tag, event)
        if len(self._stack) >= MAX_DEPTH:
            self._problem(
                "SLO006",
                f"nesting is deeper than {MAX_DEPTH} levels; the document is not linted",
                _span(event),
            )
            doc.broken = True
            self._skip_depth = len(self._stack) + 1
            self._stack.clear()
            return
        parent_is_key = bool(self._stack) and self._stack[-1].is_map and self._stack[-1].key is None
        path = self._child_path()
        frame = _Frame(
            {} if is_map else [],
            path if path is not None else (),
            _mark(event.start_mark),
            is_map,
            is_key=parent_is_key or (bool(self._stack) and self._stack[-1].is_key),
            anchor=event.anchor,
            first_span_index=len(doc.spans),
            first_key_index=len(doc.key_spans),
        )
        self._stack.append(frame)

    def _end(self, event: Any) -> None:
        if not self._stack:
            return
        frame = self._stack.pop()
        end = frame.last_end or _mark(event.end_mark)
        span = (frame.start[0], frame.start[1], end[0], end[1])
        doc = self._doc
        if frame.anchor is not None and doc is not None:
            prefix = len(frame.path)
            nodes = len(doc.spans) - frame.first_span_index + 1
            doc.anchors[frame.anchor] = _Anchor(
                frame.container,
                [(p[prefix:], s) for p, s in doc.spans[frame.first_span_index :]],
                [(p[prefix:], s) for p, s in doc.key_spans[frame.first_key_index :]],
                nodes,
            )
        self._emit(frame.container, span)

    def _alias(self, event: Any) -> None:
        doc = self._doc
        if doc is None:
            return
        anchor = doc.anchors.get(event.anchor)
        span = _span(event)
        if anchor is None:  # libyaml reports undefined aliases itself; be defensive
            self._problem("SLO001", f"found undefined alias {event.anchor!r}", span)
            self._emit(None, span)
            return
        doc.alias_nodes += anchor.nodes
        if doc.alias_nodes > MAX_ALIAS_NODES:
            self._problem(
                "SLO006",
                f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes (a 'billion laughs' "
                "pattern?); the document is not linted",
                span,
            )
            doc.broken = True
            self._skip_depth = len(self._stack)
            self._stack.clear()
            return
        path = self._child_path()
        if path is not None:
            doc.spans.extend((path + rel, s) for rel, s in anchor.spans)
            doc.key_spans.extend((path + rel, s) for rel, s in anchor.key_spans)
        self._emit(anchor.value, span)

    def _skip(self, name: str) -> None:
        """Discard the rest of a broken document without building anything."""
        if name in ("MappingStartEvent", "SequenceStartEvent"):
            self._skip_depth += 1
        elif name in ("MappingEndEvent", "SequenceEndEvent"):
            self._skip_depth -= 1

    # -- plumbing ----------------------------------------------------------------------

    def _emit(self, value: Any, span: Span) -> None:
        doc = self._doc
        if doc is None:
            return
        if not self._stack:
            doc.root = value
            doc.spans.append(((), span))
            return
        frame = self._stack[-1]
        frame.last_end = (span[2], span[3])
        if frame.is_key:
            # inside a complex (non-scalar) mapping key: keep the structure, skip positions
            if frame.is_map:
                if frame.key is None:
                    frame.key = _key_text(value)
                else:
                    frame.container[frame.key] = value
                    frame.key = None
            else:
                frame.container.append(value)
            return
        if frame.is_map:
            if frame.key is None:
                key = _key_text(value) if not isinstance(value, (dict, list)) else repr(value)
                path = (*frame.path, key)
                if key in frame.container:
                    self._problem("SLO002", self._duplicate_message(key, path), span)
                frame.key = key
                frame.key_span = span
                doc.key_spans.append((path, span))
            else:
                path = (*frame.path, frame.key)
                frame.container[frame.key] = value
                doc.spans.append((path, span))
                frame.key = None
        else:
            doc.spans.append(((*frame.path, len(frame.container)), span))
            frame.container.append(value)

    def _duplicate_message(self, key: str, path: JsonPath) -> str:
        doc = self._doc
        first_line = None
        if doc is not None:
            for p, s in doc.key_spans:
                if p == path:
                    first_line = s[0] + 1
                    break
        where = f" (first defined on line {first_line})" if first_line else ""
        return f"duplicate key {key!r} in mapping{where}; the last value wins"

    def _unsupported_tag(self, tag: str, event: Any) -> None:
        shown = "!!" + tag[len(_CORE_TAG) :] if tag.startswith(_CORE_TAG) else tag
        self._problem(
            "SLO005",
            f"unsupported YAML tag {shown!r}; the value is read as plain data and never constructed",
            _span(event),
        )

    def _problem(self, code: str, message: str, span: Span) -> None:
        document = self._doc.index if self._doc is not None else None
        self.problems.append(LoadProblem(code, message, span, document))

    def _finish_document(self) -> None:
        doc = self._doc
        self._doc = None
        self._stack.clear()
        self._skip_depth = 0
        if doc is None or doc.broken:
            return
        self.documents.append(
            Document(doc.index, doc.root, dict(doc.spans), dict(doc.key_spans), doc.start)
        )
