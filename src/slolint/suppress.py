"""Inline suppressions: ``# slolint: ignore[...]`` comments and the ``slolint.dev/ignore`` annotation.

Forms (codes, prefixes and names are accepted; a reason follows ``--``):

* trailing ``value  # slolint: ignore[SLO201] -- reason``: findings on that line;
* on a line of its own: the YAML node that starts next, with its whole subtree (a key and
  its value, or a sequence item), so the directive survives reformatting inside the node;
* ``# slolint: file-ignore[SLO9]`` anywhere: the whole file;
* ``metadata.annotations["slolint.dev/ignore"]: "SLO201, SLO5 -- reason"``: the object,
  for files written by generators that drop comments.

libyaml's event stream carries no comments, so comments are found again in the text, and
only in files that contain ``slolint`` at all (the fast path pays one substring search).
A ``#`` counts as a comment when it starts a line or follows a blank and lies inside no
scalar: the loader's spans of quoted and block scalars tell where strings are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from slolint.findings import JsonPath
from slolint.load import Document, SourceFile, Span
from slolint.recognize import objects_in

ANNOTATION = "slolint.dev/ignore"
MARKER = "slolint"
DIRECTIVE = re.compile(r"#\s*slolint\s*:\s*(?P<body>.*)$")
FORM = re.compile(
    r"(?P<kind>file-ignore|ignore)\b\s*(?:\[(?P<codes>[^\]]*)\])?\s*(?:--\s*(?P<reason>.*))?$"
)
FOLLOWING_COMMENT = re.compile(r"\s#\s")
MAX_DIRECTIVES = 1000
"""Directives read per file; a hostile file cannot make the filter quadratic."""

Kind = Literal["line", "node", "file", "annotation"]


@dataclass(slots=True)
class Directive:
    """One suppression and what it covers; 1-based lines, inclusive."""

    kind: Kind
    selectors: tuple[str, ...]
    reason: str | None
    line: int
    column: int
    end_column: int
    first: int
    last: int
    problem: str | None = None
    """Why the directive is malformed (a bare ``ignore``, an unknown form), else None."""
    used: set[str] = field(default_factory=set)

    def covers(self, line: int) -> bool:
        return self.first <= line <= self.last

    def describe(self) -> str:
        if self.kind == "annotation":
            return f"annotation {ANNOTATION} on line {self.line}"
        what = {"line": "trailing comment", "node": "comment", "file": "file-ignore comment"}
        return f"{what[self.kind]} on line {self.line}"


def split_selectors(text: str) -> tuple[str, ...]:
    return tuple(part for part in re.split(r"[\s,]+", text.strip()) if part)


def _clean_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    reason = reason.strip()
    return reason or None


# -- where strings are ---------------------------------------------------------------------


def _scalar_spans(document: Document) -> Iterator[Span]:
    """Spans of scalars (values and keys), found with one walk over the data."""
    stack: list[tuple[JsonPath, Any]] = [((), document.data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, key), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
        elif path in document.spans:
            yield document.spans[path]
    yield from document.key_spans.values()


class _Strings:
    """Answers "is this position inside a scalar?" for a file's documents."""

    def __init__(self, documents: list[Document]) -> None:
        self.single: dict[int, list[tuple[int, int]]] = {}
        self.multi: list[Span] = []
        for document in documents:
            for span in _scalar_spans(document):
                if span[0] == span[2]:
                    self.single.setdefault(span[0], []).append((span[1], span[3]))
                else:
                    self.multi.append(span)

    def inside(self, line: int, column: int) -> bool:
        """0-based position strictly inside a scalar (after its first character)."""
        for start, end in self.single.get(line, ()):
            if start < column < end:
                return True
        return any((s[0], s[1]) < (line, column) < (s[2], s[3]) for s in self.multi)


# -- what an own-line comment covers --------------------------------------------------------


class _Nodes:
    """Start and end lines of every key-value pair and sequence item, sorted by start."""

    def __init__(self, documents: list[Document]) -> None:
        nodes: list[tuple[int, int, int]] = []
        for document in documents:
            for path, span in document.key_spans.items():
                value = document.spans.get(path, span)
                nodes.append((span[0], span[1], max(span[2], value[2])))
            for path, span in document.spans.items():
                if not path or isinstance(path[-1], int):
                    nodes.append((span[0], span[1], span[2]))
        nodes.sort(key=lambda node: (node[0], node[1], -node[2]))
        self.nodes = nodes
        self.starts = [(node[0], node[1]) for node in nodes]

    def after(self, line: int) -> tuple[int, int] | None:
        """0-based (first, last) lines of the first node starting below ``line``."""
        index = bisect.bisect_left(self.starts, (line + 1, 0))
        if index == len(self.nodes):
            return None
        start, _, end = self.nodes[index]
        return start, end


# -- scanning --------------------------------------------------------------------------------


def _parse(body: str) -> tuple[str, tuple[str, ...], str | None, str | None]:
    """(kind, selectors, reason, problem) of the text after ``# slolint:``.

    The directive ends at a further comment (``  # ...``), so other tools' comments may
    follow it on the same line.
    """
    body = FOLLOWING_COMMENT.split(body, 1)[0]
    form = FORM.match(body.strip())
    if form is None:
        shown = body.strip().split(" ", 1)[0][:40] or "(nothing)"
        return (
            "ignore",
            (),
            None,
            f"unknown directive {shown!r}; expected ignore[CODES] or file-ignore[CODES]",
        )
    codes = split_selectors(form.group("codes") or "")
    problem = None
    if not codes:
        problem = f"'{form.group('kind')}' needs the codes it suppresses, e.g. {form.group('kind')}[SLO201]"
    return form.group("kind"), codes, _clean_reason(form.group("reason")), problem


class _Scanner:
    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self._strings: _Strings | None = None
        self._nodes: _Nodes | None = None
        self.last_line = source.text.count("\n") + 1

    def is_comment(self, line: int, column: int, text: str) -> bool:
        if column > 0 and not text[column - 1].isspace():
            return False
        if self._strings is None:
            self._strings = _Strings(self.source.documents)
        return not self._strings.inside(line, column)

    def node_after(self, line: int) -> tuple[int, int] | None:
        if self._nodes is None:
            self._nodes = _Nodes(self.source.documents)
        return self._nodes.after(line)

    def directives(self) -> Iterator[Directive]:
        count = 0
        for number, text in enumerate(self.source.text.splitlines()):
            if MARKER not in text:
                continue
            for match in DIRECTIVE.finditer(text):
                if self.is_comment(number, match.start(), text):
                    yield self._directive(number, match.start(), text, match.group("body"))
                    count += 1
                    break
            if count >= MAX_DIRECTIVES:
                return

    def _directive(self, number: int, column: int, text: str, body: str) -> Directive:
        kind, selectors, reason, problem = _parse(body)
        own_line = not text[:column].strip()
        line = number + 1
        end = len(text.rstrip()) + 1
        if kind == "file-ignore":
            return Directive(
                "file", selectors, reason, line, column + 1, end, 1, self.last_line, problem
            )
        if not own_line:
            return Directive("line", selectors, reason, line, column + 1, end, line, line, problem)
        node = self.node_after(number)
        first, last = (node[0] + 1, node[1] + 1) if node is not None else (0, -1)
        return Directive("node", selectors, reason, line, column + 1, end, first, last, problem)


def _annotation_directives(source: SourceFile) -> Iterator[Directive]:
    for document in source.documents:
        for base, item in objects_in(document.data):
            metadata = item.get("metadata")
            annotations = metadata.get("annotations") if isinstance(metadata, dict) else None
            if not isinstance(annotations, dict) or ANNOTATION not in annotations:
                continue
            value = annotations[ANNOTATION]
            where = document.spans.get((*base, "metadata", "annotations", ANNOTATION))
            span = document.spans.get(base, document.start)
            if where is None:
                continue
            codes, dashes, why = value.partition("--") if isinstance(value, str) else ("", "", "")
            selectors = split_selectors(codes)
            reason = _clean_reason(why) if dashes else None
            problem = None
            if not selectors:
                problem = f'annotation {ANNOTATION} needs the codes it suppresses, e.g. "SLO201 -- reason"'
            yield Directive(
                "annotation",
                selectors,
                reason,
                where[0] + 1,
                where[1] + 1,
                where[3] + 1 if where[2] == where[0] else where[1] + 2,
                span[0] + 1,
                span[2] + 1,
                problem,
            )


_HINT = re.compile(r"#\s*slolint\s*:")


def may_hold_suppressions(text: str) -> bool:
    """A quick superset test: a ``# slolint:`` comment or the ignore annotation may be
    there (``slolint.dev/...`` annotations alone do not count)."""
    return ANNOTATION in text or _HINT.search(text) is not None


def scan(source: SourceFile) -> list[Directive]:
    """Every suppression of a file; [] at the cost of one search when there is none.

    A file whose results came from the cache answers from its record, without being read.
    """
    if source.suppression_hint is False:
        return []
    if not may_hold_suppressions(source.text):
        return []
    found = list(_Scanner(source).directives())
    if ANNOTATION in source.text:
        found.extend(_annotation_directives(source))
    return found
