"""Build plain Python data and a position table from libyaml's event stream, in one walk.

Why events and not ``compose``: the C composer recurses once per nesting level (a hostile
file with 20,000 nested ``[`` would exhaust the C stack), keeps a node tree alive that the
cyclic GC re-walks, and resolves scalars with YAML 1.1 rules. Walking the C parser's events
with an explicit stack gives plain values, positions, duplicate-key detection, alias bounds,
merge keys and YAML 1.2 scalars at the cost of a single pass.

Positions are 0-based ``(line, column, end_line, end_column)`` tuples as libyaml reports
them (columns count code points); the locate stage turns them into 1-based spans. They are
kept in a :class:`Positions` table keyed by ``(parent node, key)``, so memory grows with the
number of nodes, not with nodes times depth, and an alias costs one entry however large the
value it repeats.

Every budget is checked where it is spent, and the first one exceeded stops the file: the
parser is not driven any further (libyaml's work per token grows with the flow depth, so
"keep going after the limit" is itself the attack), the document being read is dropped and
an SLO006 problem points at the event that crossed the limit.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, overload

from ruamel.yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from slolint.findings import JsonPath
from slolint.numbers import read_float, read_int
from slolint.quoting import quoted, shorten, shown

Span = tuple[int, int, int, int]

MAX_DEPTH = 128
"""Deepest nesting accepted, counting the levels aliases bring; real SLO documents stay below
15, and recursive code downstream (jsonschema, the adapters) recurses once per level."""

MAX_ALIAS_NODES = 100_000
"""Nodes that aliases may add to one file: a 'billion laughs' file needs far more."""

MAX_ALIAS_NODES_PER_RUN = 1_000_000
"""Nodes that aliases may add to all the files one process loads in a run."""

MAX_ALIAS_CHARS = 10_000_000
"""Characters of text that aliases may repeat in one file: one 1 MB name aliased into 1,500
objects is a single node per alias but 1.5 GB for every stage that reads names."""

MAX_ALIAS_CHARS_PER_RUN = 100_000_000
"""Characters of text that aliases may repeat in all the files one process loads in a run."""

MAX_NODES = 1_000_000
"""Nodes (scalars, mappings, sequences, keys, after alias expansion) in one file."""

MAX_DOCUMENTS = 100_000
"""Documents in one file; three million empty documents fit in 21 MB."""

_CORE_TAG = "tag:yaml.org,2002:"
_MERGE_TAG = _CORE_TAG + "merge"
_TAG_NAMES = {
    "str",
    "int",
    "float",
    "bool",
    "null",
    "map",
    "seq",
    "timestamp",
    "binary",
    "omap",
    "merge",
}

_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})

_NUMBER_START = frozenset("0123456789-+.")
"""The characters a YAML 1.2 core-schema number (or .inf, .nan) can start with."""

_UNSEEN = object()
_MEMO_CHARS = 64
"""Plain scalars up to this long are remembered for the run (keys, kinds, enumerations)."""
_MEMO_ENTRIES = 50_000
"""At most this many: past it, values are resolved every time (names are mostly distinct)."""

_COMPLEX_KEY_CHARS = 80
"""A mapping or list used as a key is named by a bounded rendering of this many characters."""


class LimitReached(Exception):
    """A budget was exceeded; the problem is recorded and the rest of the file is skipped."""


_run_alias_nodes = 0
_run_alias_chars = 0
_run_plain: dict[str, Any] = {}
"""Plain scalars resolved in this run, text -> value (bounded by :data:`_MEMO_ENTRIES` and
:data:`_MEMO_CHARS`): every file repeats the same keys and kinds, which are then resolved
once and share one string object across every file of the run."""


def reset_run_budget() -> None:
    """Start a new run: the per-run alias budgets count from zero again, and the table of
    resolved scalars starts empty."""
    global _run_alias_nodes, _run_alias_chars
    _run_alias_nodes = 0
    _run_alias_chars = 0
    _run_plain.clear()


def resolve_plain(text: str) -> Any:
    """Resolve an untagged plain scalar with the YAML 1.2 core schema.

    ``yes``/``on`` stay strings, as do timestamps: ``startTime: 2020-01-21 12:30:00`` must
    reach the schema as the string the Go tools see.
    """
    if not text:
        return None
    first = text[0]  # one look at the first character picks the few candidates
    if first in "~nN":
        return None if text in _NULLS else text
    if first in "tTfF":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return text
    if first in _NUMBER_START:
        if _INT.match(text):
            integer = read_int(text)
            return text if integer is None else integer
        if _FLOAT.match(text):
            number = read_float(text)
            return text if number is None else number
        if _OCT.match(text) or _HEX.match(text):
            integer = read_int(text[2:], base=8 if text[1] == "o" else 16)
            return text if integer is None else integer
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
    if name in ("str", "timestamp", "binary", "merge"):
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


class Positions:
    """Where each value and key of one document came from, in one compact array.

    Nodes are numbered in document order. Each node's value span, the span of the key
    that introduced it (mapping values only) and its parent are nine 32-bit integers in one
    flat array (one array per document, not three: a file of 10,000 small documents pays
    each array's header 10,000 times), and each node records its key (``None`` for a list
    item, whose index is its rank among its siblings). A table of tuples cost about 200
    bytes per node, most of a linted file's memory; this costs about 45, and nothing per
    node is a Python object.

    ``children`` maps ``(parent, key or index)`` to a node. Only the locate and suppression
    stages ask for it, and only for files with something to report, so it is built on first
    use (one pass over the nodes) and kept up to date after that. An alias is a node of its
    own (its span is the ``*name`` text) whose children are looked up under the anchored
    node (``redirect``), so ``b.p`` of ``b: *x`` points into the anchor, where the text is;
    a merge key adds edges from the merging mapping to the merged nodes (``_extra``).
    """

    __slots__ = (
        "_children",
        "_extra",
        "_keys",
        "_ranks",
        "_table",
        "redirect",
    )

    def __init__(self) -> None:
        self._table: list[int] | array[int] = []
        """Nine numbers per node: its value span, its key's span (-1s without a key) and
        its parent. A list while the document is read (extending a list costs a sixth of
        extending an array), packed into one 32-bit array by :meth:`pack` when it is
        complete."""
        self._keys: list[str | None] = []
        self._extra: dict[tuple[int, str | int], int] | None = None
        self._children: dict[tuple[int, str | int], int] | None = None
        self._ranks: dict[int, int] | None = None
        """Items counted so far per list, once ``children`` is built."""
        self.redirect: dict[int, int] = _NO_REDIRECTS
        """Alias node -> anchored node; one shared empty mapping until the first alias (a
        file of 10,000 documents would otherwise hold 10,000 empty dictionaries)."""

    def __len__(self) -> int:
        return len(self._keys)

    def pack(self) -> None:
        """Store the finished document's numbers compactly: 4 bytes each instead of 8."""
        table = self._table
        if type(table) is list:
            packed = array("i")
            packed.fromlist(table)
            self._table = packed

    def add(
        self, span: Span, parent: int = -1, key: str | None = None, key_span: Span | None = None
    ) -> int:
        """Number a new node under ``parent`` (a mapping's ``key``, or a list's next item)."""
        node = len(self._keys)
        table = self._table
        table.extend(span)
        table.extend(key_span or _NO_SPAN)
        table.append(parent)
        self._keys.append(key)
        children = self._children
        if children is not None and parent >= 0:
            children[(parent, key if key is not None else self._rank(parent))] = node
        return node

    def _rank(self, parent: int) -> int:
        """The index the next item of list ``parent`` gets (only once ``children`` is built)."""
        ranks = self._ranks
        if ranks is None:
            ranks = self._ranks = {}
        rank = ranks[parent] = ranks.get(parent, -1) + 1
        return rank

    def add_redirect(self, node: int, anchored: int) -> None:
        """Alias ``node`` repeats the value of ``anchored``: its children are looked up there."""
        if self.redirect is _NO_REDIRECTS:
            self.redirect = {}
        self.redirect[node] = anchored

    def link(self, parent: int, key: str | int, node: int) -> None:
        """An extra edge ``parent[key] -> node`` (a merged key), over any existing one."""
        if self._extra is None:
            self._extra = {}
        self._extra[(parent, key)] = node
        if self._children is not None:
            self._children[(parent, key)] = node

    def span(self, node: int) -> Span:
        spans = self._table
        i = _ROW * node
        return (spans[i], spans[i + 1], spans[i + 2], spans[i + 3])

    def key_span(self, node: int) -> Span | None:
        spans = self._table
        i = _ROW * node + 4
        if i >= len(spans) or spans[i] < 0:
            return None
        return (spans[i], spans[i + 1], spans[i + 2], spans[i + 3])

    @property
    def spans(self) -> _NodeSpans:
        """``spans[node]``: a node's value span."""
        return _NodeSpans(self)

    @property
    def key_spans(self) -> _NodeKeySpans:
        """``key_spans.get(node)``: the span of the key that introduced a node, if any."""
        return _NodeKeySpans(self)

    @property
    def children(self) -> dict[tuple[int, str | int], int]:
        """``(parent, key or index) -> node``, built on first use."""
        children = self._children
        if children is None:
            children = {}
            ranks: dict[int, int] = {}
            keys = self._keys
            for node, parent in enumerate(self._table[_ROW - 1 :: _ROW]):
                if parent < 0:
                    continue
                key = keys[node]
                if key is None:
                    rank = ranks[parent] = ranks.get(parent, -1) + 1
                    children[(parent, rank)] = node
                else:
                    children[(parent, key)] = node
            if self._extra is not None:
                children.update(self._extra)
            self._children = children
            self._ranks = ranks
        return children

    def walk(self, path: JsonPath) -> Iterator[int]:
        """The nodes along ``path`` from the root, as far as they exist."""
        if not self._keys:
            return
        node = 0
        yield node
        children, redirect = self.children, self.redirect
        for part in path:
            child = children.get((redirect.get(node, node), part))
            if child is None:
                return
            node = child
            yield node

    def node(self, path: JsonPath) -> int | None:
        """The node at ``path``, or None when the document has no such value."""
        found = None
        for depth, node in enumerate(self.walk(path)):
            if depth == len(path):
                found = node
        return found


_NO_SPAN = (-1, -1, -1, -1)
_ROW = 9
"""Numbers per node in :attr:`Positions._table`."""
_NO_REDIRECTS: dict[int, int] = {}
"""Shared by every document without aliases; never written (see ``add_redirect``)."""


class _NodeSpans:
    """``positions.spans[node]`` and ``len(positions.spans)``."""

    __slots__ = ("_positions",)

    def __init__(self, positions: Positions) -> None:
        self._positions = positions

    def __getitem__(self, node: int) -> Span:
        return self._positions.span(node)

    def __len__(self) -> int:
        return len(self._positions)


class _NodeKeySpans:
    """``positions.key_spans.get(node)``."""

    __slots__ = ("_positions",)

    def __init__(self, positions: Positions) -> None:
        self._positions = positions

    def get(self, node: int, default: Span | None = None) -> Span | None:
        span = self._positions.key_span(node)
        return default if span is None else span


class _SpanView:
    """``document.spans[path]`` / ``document.key_spans[path]`` over a :class:`Positions`."""

    __slots__ = ("_keys", "_positions")

    def __init__(self, positions: Positions, keys: bool) -> None:
        self._positions = positions
        self._keys = keys

    @overload
    def get(self, path: JsonPath) -> Span | None: ...

    @overload
    def get(self, path: JsonPath, default: Span) -> Span: ...

    def get(self, path: JsonPath, default: Span | None = None) -> Span | None:
        node = self._positions.node(path)
        if node is None:
            return default
        if self._keys:
            return self._positions.key_spans.get(node, default)
        return self._positions.spans[node]

    def __getitem__(self, path: JsonPath) -> Span:
        span = self.get(path)
        if span is None:
            raise KeyError(path)
        return span

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self.get(path) is not None

    def items(self) -> Iterator[tuple[JsonPath, Span]]:
        """Every ``(path, span)`` of the document, each node once: aliases are not expanded.

        Parents are numbered before their children, so one pass in node order builds
        every path from its parent's (n log n for the sort, linear after it).
        """
        positions = self._positions
        if not len(positions):
            return
        paths: dict[int, JsonPath] = {0: ()}
        for (parent, part), child in sorted(positions.children.items(), key=lambda kv: kv[1]):
            base = paths.get(parent)
            if base is not None:
                paths[child] = (*base, part)
        for node, path in paths.items():
            span = positions.key_spans.get(node) if self._keys else positions.spans[node]
            if span is not None:
                yield path, span

    def values(self) -> Iterator[Span]:
        """Every span of the document, each node once."""
        for _path, span in self.items():
            yield span


@dataclass(slots=True)
class Document:
    """One YAML document: plain data plus where each value and key came from."""

    index: int
    data: Any
    positions: Positions
    start: Span

    @property
    def spans(self) -> _SpanView:
        """Value spans by JSON path."""
        return _SpanView(self.positions, keys=False)

    @property
    def key_spans(self) -> _SpanView:
        """Spans of the keys that introduce values, by the value's JSON path."""
        return _SpanView(self.positions, keys=True)


class _Frame:
    """One open mapping or list. A plain class: one is made per collection of every file,
    and a dataclass would cost every process its code generation at import time."""

    __slots__ = (
        "anchor",
        "container",
        "first_char",
        "first_node",
        "height",
        "is_key",
        "is_map",
        "key",
        "key_span",
        "last_end",
        "merge",
        "merge_node",
        "merging",
        "node",
        "start",
    )

    def __init__(
        self,
        container: Any,
        node: int,
        start: tuple[int, int],
        is_map: bool,
        is_key: bool,
        anchor: str | None,
        first_node: int,
        first_char: int,
    ) -> None:
        self.container = container
        self.node = node
        """This collection's node, or -1 inside a complex key (no positions are kept there)."""
        self.start = start
        self.is_map = is_map
        self.is_key = is_key
        """True for a collection used as (or inside) a mapping key."""
        self.key: str | None = None
        self.key_span: Span | None = None
        self.last_end: Span | None = None
        """The span of the last node read in it; the collection ends where that node ends."""
        self.anchor = anchor
        self.first_node = first_node
        self.first_char = first_char
        self.height = 1
        """Nesting levels of this collection including itself, aliases expanded."""
        self.merging = False
        """The pending key is a merge key ``<<``: its value is merged, not stored."""
        self.merge_node = -1
        self.merge: tuple[Any, int, Span] | None = None


class _Anchor:
    __slots__ = ("chars", "height", "node", "nodes", "value")

    def __init__(self, value: Any, node: int, nodes: int, height: int, chars: int) -> None:
        self.value = value
        self.node = node
        self.nodes = nodes
        self.height = height
        self.chars = chars


class _DocState:
    __slots__ = ("anchors", "index", "positions", "root", "start")

    def __init__(self, index: int, start: Span) -> None:
        self.index = index
        self.start = start
        self.positions = Positions()
        self.anchors: dict[str, _Anchor] = {}
        self.root: Any = None


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
    if isinstance(value, (dict, list)):
        return _complex_key(value)
    if isinstance(value, int) and value.bit_length() > 128:
        return shorten(hex(value))
    return str(value)


def _complex_key(value: Any, limit: int = _COMPLEX_KEY_CHARS) -> str:
    """A bounded rendering of a mapping or list used as a key, like ``{a: [1, 2]}``.

    ``repr`` would render the whole value, which aliases can make exponentially large;
    this stops after ``limit`` characters whatever the value holds.
    """
    out: list[str] = []
    size = 0
    stack: list[Any] = [value]
    while stack and size <= limit:
        item = stack.pop()
        if isinstance(item, _Text):
            piece = item.text
        elif isinstance(item, dict):
            parts: list[Any] = [_Text("{")]
            for index, (key, child) in enumerate(item.items()):
                if index:
                    parts.append(_Text(", "))
                parts += [_Text(f"{key}: "), child]
                if index > limit:
                    break
            parts.append(_Text("}"))
            stack.extend(reversed(parts))
            continue
        elif isinstance(item, list):
            parts = [_Text("[")]
            for index, child in enumerate(item[: limit + 1]):
                if index:
                    parts.append(_Text(", "))
                parts.append(child)
            parts.append(_Text("]"))
            stack.extend(reversed(parts))
            continue
        else:
            piece = _key_text(item)
        out.append(piece[: limit + 1])
        size += len(out[-1])
    return shorten("".join(out), limit)


class _Text:
    """A piece of literal text in :func:`_complex_key`'s output (not a value to render)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list with items that are not mappings"
    return shown(value)


def _no_positions(_value: Any) -> None:
    """Stands for a positions array's method until the first document starts."""


class EventBuilder:
    """Consumes parser events and produces :class:`Document` objects and problems.

    Budgets are per file (one builder reads one file) and, for alias expansion, per run.
    """

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.problems: list[LoadProblem] = []
        self._doc: _DocState | None = None
        self._stack: list[_Frame] = []
        self._count = 0
        self._nodes = 0
        self._chars = 0
        self._alias_nodes = 0
        self._alias_chars = 0
        self._plain = _run_plain

    # -- public entry ------------------------------------------------------------------

    def feed(self, event: Any) -> None:
        """Handle one event (the stream's own start and end events are ignored).

        Raises :class:`LimitReached` after recording the problem when a budget is exceeded.
        """
        handler = _HANDLERS.get(type(event))
        if handler is not None:
            handler(self, event)

    def consume(self, parser: Any) -> None:
        """Handle every event of ``parser`` up to the end of its stream.

        The hot loop of loading. The common events (an untagged, unanchored scalar, a
        collection opening or closing under a mapping key or in a list) are handled here
        with locals, at about a third of the cost of a handler call; everything else (tags,
        anchors, aliases, merge keys, complex keys, documents, limits) goes to the
        handlers, which do the same for the common events too. The node and character
        counters live in locals here and are handed back to the handlers around each call.
        """
        get_event = parser.get_event
        handlers = _HANDLERS
        stack = self._stack
        plain = self._plain
        frame_of = _Frame
        doc: _DocState | None = None
        positions: Any = None
        table_extend = table_append = keys_append = _no_positions
        keys: Any = None
        nodes = self._nodes
        chars = self._chars
        # The document being read has no ``children`` table yet (the inlined code does not
        # keep one up to date); False also until the first document starts.
        children_free = False
        while True:
            event = get_event()
            kind = type(event)
            if stack and nodes < MAX_NODES and children_free:
                frame = stack[-1]
                if kind is ScalarEvent:
                    text = event.value
                    if (
                        event.ctag is None
                        and event.anchor is None
                        and not frame.is_key
                        and text != "<<"
                    ):
                        if event.implicit[0] and not event.style:
                            if len(text) > _MEMO_CHARS:  # never remembered: no lookup
                                value = resolve_plain(text)
                            else:
                                value = plain.get(text, _UNSEEN)
                                if value is _UNSEEN:
                                    value = resolve_plain(text)
                                    if len(plain) < _MEMO_ENTRIES:
                                        plain[text] = value
                        else:
                            value = text
                        start = event.start_mark
                        end = event.end_mark
                        span = (start.line, start.column, end.line, end.column)
                        key = frame.key
                        if frame.is_map:
                            if key is None:
                                if type(value) is str:
                                    nodes += 1
                                    chars += len(text)
                                    frame.last_end = span
                                    frame.key = value
                                    frame.key_span = span
                                    if value in frame.container:
                                        self._problem(
                                            "SLO002",
                                            self._duplicate_message(frame, value, span),
                                            span,
                                        )
                                        children_free = positions._children is None
                                    continue
                            elif not frame.merging:
                                nodes += 1
                                chars += len(text)
                                table_extend(span)
                                table_extend(frame.key_span)
                                table_append(frame.node)
                                keys_append(key)
                                frame.last_end = span
                                frame.container[key] = value
                                frame.key = None
                                continue
                        else:
                            nodes += 1
                            chars += len(text)
                            table_extend(span)
                            table_extend(_NO_SPAN)
                            table_append(frame.node)
                            keys_append(None)
                            frame.last_end = span
                            frame.container.append(value)
                            continue
                elif kind is MappingStartEvent or kind is SequenceStartEvent:
                    if (
                        event.ctag is None
                        and event.anchor is None
                        and not frame.is_key
                        and len(stack) < MAX_DEPTH
                    ):
                        key = frame.key
                        if not frame.is_map or (key is not None and not frame.merging):
                            start = event.start_mark
                            end = event.end_mark
                            line = start.line
                            column = start.column
                            node = len(keys)
                            table_extend((line, column, end.line, end.column))
                            if key is None:
                                table_extend(_NO_SPAN)
                            else:
                                table_extend(frame.key_span)
                            table_append(frame.node)
                            keys_append(key)
                            is_map = kind is MappingStartEvent
                            stack.append(
                                frame_of(
                                    {} if is_map else [],
                                    node,
                                    (line, column),
                                    is_map,
                                    False,
                                    None,
                                    nodes,
                                    chars,
                                )
                            )
                            nodes += 1
                            continue
                elif (
                    (kind is MappingEndEvent or kind is SequenceEndEvent)
                    and frame.merge is None
                    and frame.anchor is None
                    and len(stack) > 1
                ):
                    parent = stack[-2]
                    key = parent.key
                    if not parent.is_key and (
                        not parent.is_map or (key is not None and not parent.merging)
                    ):
                        stack.pop()
                        last = frame.last_end
                        if last is None:
                            mark = event.end_mark
                            end_line = mark.line
                            end_column = mark.column
                        else:
                            end_line = last[2]
                            end_column = last[3]
                        spans = positions._table
                        i = _ROW * frame.node
                        spans[i + 2] = end_line
                        spans[i + 3] = end_column
                        if parent.height <= frame.height:
                            parent.height = frame.height + 1
                        parent.last_end = (*frame.start, end_line, end_column)
                        if key is None:
                            parent.container.append(frame.container)
                        else:
                            parent.container[key] = frame.container
                            parent.key = None
                        continue
            handler = handlers.get(kind)
            if handler is not None:
                self._nodes = nodes
                self._chars = chars
                handler(self, event)
                nodes = self._nodes
                chars = self._chars
                if doc is not self._doc:
                    doc = self._doc
                    if doc is not None:
                        positions = doc.positions
                        table_extend = positions._table.extend
                        table_append = positions._table.append
                        keys = positions._keys
                        keys_append = keys.append
                children_free = doc is not None and doc.positions._children is None
            elif kind is StreamEndEvent or event is None:
                return

    def _start_document(self, event: Any) -> None:
        self._doc = _DocState(self._count, _span(event))
        self._count += 1
        if self._count > MAX_DOCUMENTS:
            self._limit(
                f"the file has more than {MAX_DOCUMENTS:,} documents; "
                "this one and the rest of the file are not linted",
                _span(event),
            )

    def _start_mapping(self, event: Any) -> None:
        self._start(event, True)

    def _start_sequence(self, event: Any) -> None:
        self._start(event, False)

    def _end_document(self, event: Any) -> None:
        self._finish_document()

    # -- events ------------------------------------------------------------------------

    def _expects_value(self) -> bool:
        """Whether the next node is a value (it gets positions) rather than a key."""
        if not self._stack:
            return True
        frame = self._stack[-1]
        return not frame.is_key and (not frame.is_map or frame.key is not None)

    def _new_node(self, span: Span) -> int:
        """Number the next value node and link it to its parent; -1 inside complex keys."""
        doc = self._doc
        assert doc is not None
        positions = doc.positions
        stack = self._stack
        if not stack:
            return positions.add(span)
        frame = stack[-1]
        if frame.node < 0:
            return -1
        if not frame.is_map:
            return positions.add(span, frame.node)
        if frame.merging:
            node = positions.add(span)
            frame.merge_node = node
            return node
        return positions.add(span, frame.node, frame.key, frame.key_span)

    def _count_nodes(self, count: int, span: Span) -> None:
        self._nodes += count
        if self._nodes > MAX_NODES:
            self._limit(
                f"the file has more than {MAX_NODES:,} YAML nodes (counting what aliases "
                "repeat); this document and the rest of the file are not linted",
                span,
            )

    def _scalar(self, event: Any) -> None:
        doc = self._doc
        if doc is None:
            return
        tag = event.tag
        text = event.value
        merge = False
        if tag is None or tag == "!":
            if event.implicit[0] and not event.style:
                value = self._plain.get(text, _UNSEEN)
                if value is _UNSEEN:
                    value = resolve_plain(text)
                    if len(text) <= _MEMO_CHARS and len(self._plain) < _MEMO_ENTRIES:
                        self._plain[text] = value
                merge = text == "<<"
            else:
                value = text
        else:
            value, known = _resolve_tagged(tag, text)
            if not known:
                self._unsupported_tag(tag, event)
            merge = tag == _MERGE_TAG
        start, end = event.start_mark, event.end_mark
        span = (start.line, start.column, end.line, end.column)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            self._count_nodes(0, span)
        self._chars += len(text)
        stack = self._stack
        if stack:
            frame = stack[-1]
            key = frame.key
            if frame.is_map and key is not None and not frame.is_key and not frame.merging:
                # The common case, inlined: a value under a key of a mapping.
                node = -1
                parent = frame.node
                if parent >= 0:
                    positions = doc.positions
                    node = len(positions._keys)
                    table = positions._table
                    table.extend(span)
                    table.extend(frame.key_span or _NO_SPAN)
                    table.append(parent)
                    positions._keys.append(key)
                    if positions._children is not None:
                        positions._children[(parent, key)] = node
                if event.anchor is not None:
                    doc.anchors[event.anchor] = _Anchor(value, node, 1, 0, len(text))
                frame.last_end = span
                frame.container[key] = value
                frame.key = None
                return
            if (
                key is None
                and frame.is_map
                and not frame.is_key
                and not merge
                and type(value) is str
                and event.anchor is None
            ):
                # The other common case, inlined: a string key of a mapping.
                frame.last_end = span
                frame.key = value
                frame.key_span = span
                if value in frame.container:
                    self._problem("SLO002", self._duplicate_message(frame, value, span), span)
                return
        if stack and (stack[-1].is_key or (stack[-1].is_map and stack[-1].key is None)):
            node = -1  # a mapping key, or inside a complex key: no value position
        else:
            node = self._new_node(span)
        if event.anchor is not None:
            doc.anchors[event.anchor] = _Anchor(value, node, 1, 0, len(text))
        self._put(value, span, merge)

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
        stack = self._stack
        start, end = event.start_mark, event.end_mark
        span = (start.line, start.column, end.line, end.column)
        if len(stack) >= MAX_DEPTH:
            self._limit(self._depth_message(), span)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            self._count_nodes(0, span)
        first = self._nodes - 1
        if not stack:
            node = doc.positions.add(span)
            is_key = False
        else:
            parent = stack[-1]
            if parent.is_key or (parent.is_map and parent.key is None):
                node = -1
                is_key = True
            else:
                node = self._new_node(span)
                is_key = False
        stack.append(
            _Frame(
                {} if is_map else [],
                node,
                (start.line, start.column),
                is_map,
                is_key,
                event.anchor,
                first,
                self._chars,
            )
        )

    def _end(self, event: Any) -> None:
        stack = self._stack
        if not stack:
            return
        frame = stack.pop()
        last = frame.last_end
        end = (last[2], last[3]) if last is not None else _mark(event.end_mark)
        span = (frame.start[0], frame.start[1], end[0], end[1])
        doc = self._doc
        assert doc is not None
        node = frame.node
        if node >= 0:
            spans = doc.positions._table
            i = _ROW * node + 2
            spans[i] = end[0]
            spans[i + 1] = end[1]
        if frame.merge is not None:
            self._merge(frame, frame.merge)
        if frame.anchor is not None:
            doc.anchors[frame.anchor] = _Anchor(
                frame.container,
                frame.node,
                self._nodes - frame.first_node,
                frame.height,
                self._chars - frame.first_char,
            )
        if stack:
            parent = stack[-1]
            if parent.height <= frame.height:
                parent.height = frame.height + 1
            key = parent.key
            if parent.is_map and key is not None and not parent.merging:
                # The common case, inlined: a collection under a key of a mapping.
                parent.last_end = span
                parent.container[key] = frame.container
                parent.key = None
                return
        self._put(frame.container, span)

    def _alias(self, event: Any) -> None:
        global _run_alias_nodes, _run_alias_chars
        doc = self._doc
        if doc is None:
            return
        anchor = doc.anchors.get(event.anchor)
        span = _span(event)
        if anchor is None:  # libyaml reports undefined aliases itself; be defensive
            self._problem("SLO001", f"found undefined alias {quoted(event.anchor)}", span)
            self._put(None, span)
            return
        self._alias_nodes += anchor.nodes
        _run_alias_nodes += anchor.nodes
        if self._alias_nodes > MAX_ALIAS_NODES:
            self._limit(
                f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes in this file "
                "(a 'billion laughs' pattern?); this document and the rest of the file "
                "are not linted",
                span,
            )
        if _run_alias_nodes > MAX_ALIAS_NODES_PER_RUN:
            self._limit(
                f"aliases expand to more than {MAX_ALIAS_NODES_PER_RUN:,} nodes in this run; "
                "this document and the rest of the file are not linted",
                span,
            )
        self._alias_chars += anchor.chars
        _run_alias_chars += anchor.chars
        if self._alias_chars > MAX_ALIAS_CHARS:
            self._limit(
                f"aliases repeat more than {MAX_ALIAS_CHARS:,} characters of text in this "
                "file; this document and the rest of the file are not linted",
                span,
            )
        if _run_alias_chars > MAX_ALIAS_CHARS_PER_RUN:
            self._limit(
                f"aliases repeat more than {MAX_ALIAS_CHARS_PER_RUN:,} characters of text in "
                "this run; this document and the rest of the file are not linted",
                span,
            )
        self._count_nodes(anchor.nodes, span)
        self._chars += anchor.chars
        stack = self._stack
        if len(stack) + anchor.height > MAX_DEPTH:
            self._limit(self._depth_message(), span)
        if stack and stack[-1].height <= anchor.height:
            stack[-1].height = anchor.height + 1
        if self._expects_value():
            node = self._new_node(span)
            if node >= 0 and anchor.node >= 0:
                doc.positions.add_redirect(node, anchor.node)
        self._put(anchor.value, span)

    # -- plumbing ----------------------------------------------------------------------

    def _put(self, value: Any, span: Span, merge: bool = False) -> None:
        """Store a finished node in the collection being built (or as the root)."""
        doc = self._doc
        assert doc is not None
        stack = self._stack
        if not stack:
            doc.root = value
            return
        frame = stack[-1]
        frame.last_end = span
        if not frame.is_map:
            frame.container.append(value)
        elif frame.key is None:
            self._take_key(frame, value, span, merge)
        elif frame.merging:
            frame.merge = (value, frame.merge_node, span)
            frame.merging = False
            frame.key = None
        else:
            frame.container[frame.key] = value
            frame.key = None

    def _take_key(self, frame: _Frame, value: Any, span: Span, merge: bool) -> None:
        key = _key_text(value)
        frame.key = key
        frame.key_span = span
        if frame.is_key:
            return
        if merge:
            if frame.merge is not None:
                self._problem("SLO002", self._duplicate_message(frame, key, span), span)
            frame.merging = True
            frame.merge_node = -1
        elif key in frame.container:
            self._problem("SLO002", self._duplicate_message(frame, key, span), span)

    def _merge(self, frame: _Frame, merge: tuple[Any, int, Span]) -> None:
        """Resolve ``<<`` as Go's yaml.v3 decoder does.

        Keys written in the mapping win over merged ones; with a list of mappings the
        earlier mapping wins. The merged value is a mapping, an alias to one, or a list of
        those; anything else is an error for Go, and for slolint.
        """
        value, node, span = merge
        doc = self._doc
        assert doc is not None
        positions = doc.positions
        if isinstance(value, dict):
            sources = [(value, node)]
        elif isinstance(value, list) and all(isinstance(item, dict) for item in value):
            base = positions.redirect.get(node, node)
            sources = [
                (item, positions.children.get((base, index), -1) if base >= 0 else -1)
                for index, item in enumerate(value)
            ]
        else:
            self._problem(
                "SLO001",
                "merge key << needs a mapping or a list of mappings as its value, "
                f"found {_kind_of(value)}; Go's YAML decoder rejects the document",
                span,
            )
            return
        container = frame.container
        children = positions.children
        for source, source_node in sources:
            source_node = positions.redirect.get(source_node, source_node)
            for key, item in source.items():
                if key in container:
                    continue
                container[key] = item
                if source_node >= 0 and frame.node >= 0:
                    child = children.get((source_node, key))
                    if child is not None:
                        positions.link(frame.node, key, child)

    def _duplicate_message(self, frame: _Frame, key: str, span: Span) -> str:
        doc = self._doc
        first_line = None
        if doc is not None and frame.node >= 0:
            first = doc.positions.children.get((frame.node, key))
            first_span = doc.positions.key_spans.get(first) if first is not None else None
            if first_span is not None:
                first_line = first_span[0] + 1
        where = f" (first defined on line {first_line})" if first_line else ""
        return f"duplicate key {quoted(key)} in mapping{where}; the last value wins"

    def _depth_message(self) -> str:
        return (
            f"nesting is deeper than {MAX_DEPTH} levels (counting aliases); "
            "this document and the rest of the file are not linted"
        )

    def _unsupported_tag(self, tag: str, event: Any) -> None:
        shown = "!!" + tag[len(_CORE_TAG) :] if tag.startswith(_CORE_TAG) else tag
        self._problem(
            "SLO005",
            f"unsupported YAML tag {quoted(shown)}; the value is read as plain data and "
            "never constructed",
            _span(event),
        )

    def _problem(self, code: str, message: str, span: Span) -> None:
        document = self._doc.index if self._doc is not None else None
        self.problems.append(LoadProblem(code, message, span, document))

    def _limit(self, message: str, span: Span) -> None:
        """Record an SLO006 problem, drop the document being read and stop the file."""
        self._problem("SLO006", message, span)
        self._doc = None
        self._stack.clear()
        raise LimitReached(message)

    def _finish_document(self) -> None:
        doc = self._doc
        self._doc = None
        self._stack.clear()
        if doc is None:
            return
        doc.positions.pack()
        self.documents.append(Document(doc.index, doc.root, doc.positions, doc.start))


_HANDLERS: dict[type, Any] = {
    ScalarEvent: EventBuilder._scalar,
    MappingStartEvent: EventBuilder._start_mapping,
    MappingEndEvent: EventBuilder._end,
    SequenceStartEvent: EventBuilder._start_sequence,
    SequenceEndEvent: EventBuilder._end,
    AliasEvent: EventBuilder._alias,
    DocumentStartEvent: EventBuilder._start_document,
    DocumentEndEvent: EventBuilder._end_document,
}
"""The handler of each event type, shared by every builder (one dict, not one per file)."""


__all__ = [
    "MAX_ALIAS_CHARS",
    "MAX_ALIAS_CHARS_PER_RUN",
    "MAX_ALIAS_NODES",
    "MAX_ALIAS_NODES_PER_RUN",
    "MAX_DEPTH",
    "MAX_DOCUMENTS",
    "MAX_NODES",
    "Document",
    "EventBuilder",
    "LimitReached",
    "LoadProblem",
    "Positions",
    "Span",
    "reset_run_budget",
    "resolve_plain",
]
