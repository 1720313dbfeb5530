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
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from slolint.findings import Finding, format_json_path
from slolint.load import Document, SourceFile, Span
from slolint.recognize import objects_in

ANNOTATION = "slolint.dev/ignore"
MARKER = "slolint"
DIRECTIVE = re.compile(r"#\s*slolint\s*:\s*(?P<body>.*)$")
FORM = re.compile(
    r"(?P<kind>file-ignore|ignore)\b\s*(?:\[(?P<codes>[^\]]*)\]\s*)?(?:--\s*(?P<reason>.*))?$"
)
r"""Each run of blanks can be taken one way only (two adjacent ``\s*`` would split a long run
in quadratically many ways before failing)."""
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
    document: int | None = None
    """An annotation's document index; with ``scope`` it names the one object it covers."""
    scope: str | None = None
    """An annotation's object, as the JSON path findings carry (``$``, ``$[2]``)."""

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
    """Spans of scalars (values and keys), found with one walk over the data and its
    position table together (a lookup by path per value would walk from the root each
    time). An alias's own text is ``*name``, and the text it stands for is the anchor's,
    walked where it is written, so aliases are not followed."""
    positions = document.positions
    if not positions.spans:
        return
    children, redirect, spans = positions.children, positions.redirect, positions.spans
    stack: list[tuple[int, Any]] = [(0, document.data)]
    while stack:
        node, value = stack.pop()
        if node in redirect:
            continue
        if isinstance(value, dict):
            items: Iterable[tuple[str | int, Any]] = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            yield spans[node]
            continue
        for part, item in items:
            child = children.get((node, part))
            if child is not None:
                stack.append((child, item))
    for node in range(len(positions)):
        key = positions.key_span(node)
        if key is not None:
            yield key


class _Strings:
    """Answers "is this position inside a scalar?" for a file's documents.

    Built once per file: single-line scalars by line, multi-line ones sorted by start with
    the furthest end reached so far, so one question costs a bisection, not a pass over
    every multi-line scalar (a thousand directives times a file of block scalars).
    """

    def __init__(self, documents: list[Document]) -> None:
        self.single: dict[int, list[tuple[int, int]]] = {}
        multi: list[tuple[int, int, int, int]] = []
        for document in documents:
            for span in _scalar_spans(document):
                if span[0] == span[2]:
                    self.single.setdefault(span[0], []).append((span[1], span[3]))
                else:
                    multi.append(span)
        multi.sort()
        self.starts = [(span[0], span[1]) for span in multi]
        self.reach: list[tuple[int, int]] = []
        furthest = (-1, -1)
        for span in multi:
            furthest = max(furthest, (span[2], span[3]))
            self.reach.append(furthest)
        self.probes = 0
        """Comparisons made by :meth:`inside`, for the tests that bound them."""

    def inside(self, line: int, column: int) -> bool:
        """0-based position strictly inside a scalar (after its first character)."""
        for start, end in self.single.get(line, ()):
            self.probes += 1
            if start < column < end:
                return True
        # spans starting before the position: inside one iff the furthest of their ends
        # lies after it
        before = bisect.bisect_left(self.starts, (line, column))
        self.probes += len(self.starts).bit_length() + 1  # a bisection, then one comparison
        return before > 0 and self.reach[before - 1] > (line, column)


# -- what an own-line comment covers --------------------------------------------------------


class _Nodes:
    """Start and end lines of every key-value pair and sequence item, sorted by start."""

    def __init__(self, documents: list[Document]) -> None:
        nodes: list[tuple[int, int, int]] = []
        for document in documents:
            positions = document.positions
            if not positions.spans:
                continue
            spans = positions.spans
            for node in range(len(positions)):
                key = positions.key_span(node)
                if key is not None:
                    nodes.append((key[0], key[1], max(key[2], spans[node][2])))
            items = [0]  # the document itself, then every sequence item
            items.extend(
                child for (_, part), child in positions.children.items() if isinstance(part, int)
            )
            for node in items:
                span = spans[node]
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
                document=document.index,
                scope=format_json_path(base),
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


# -- matching findings -------------------------------------------------------------------------

_OBJECT = re.compile(r"\$(?:\[\d+\]|\.items\[\d+\])")
"""The object part of a finding's JSON path: ``$[2]`` or ``$.items[2]`` (else ``$``)."""


Candidate = tuple[int, str, Directive]
"""(order of the directive in the file, the selector that names the code, the directive)."""


@dataclass(slots=True)
class _Sweep:
    """Line intervals per code, met in line order: a heap of the open ones, earliest
    directive on top; an interval is pushed once and popped once."""

    entries: dict[str, list[tuple[int, int, int, str, Directive]]] = field(default_factory=dict)
    opened: dict[str, int] = field(default_factory=dict)
    heaps: dict[str, list[tuple[int, int, str, Directive]]] = field(default_factory=dict)
    steps: int = 0

    def add(self, code: str, order: int, selector: str, directive: Directive) -> None:
        entry = (directive.first, directive.last, order, selector, directive)
        self.entries.setdefault(code, []).append(entry)

    def seal(self) -> None:
        for entries in self.entries.values():
            entries.sort(key=lambda entry: (entry[0], entry[2]))

    def first_at(self, code: str, line: int) -> Candidate | None:
        """The earliest directive naming ``code`` whose lines hold ``line``; calls come
        with non-decreasing ``line``."""
        entries = self.entries.get(code)
        if not entries:
            return None
        heap = self.heaps.setdefault(code, [])
        position = self.opened.get(code, 0)
        while position < len(entries) and entries[position][0] <= line:
            _, last, order, selector, directive = entries[position]
            heapq.heappush(heap, (order, last, selector, directive))
            position += 1
            self.steps += 1
        self.opened[code] = position
        while heap and heap[0][1] < line:  # later calls have later lines: never needed again
            heapq.heappop(heap)
            self.steps += 1
        self.steps += 1
        if not heap:
            return None
        order, _, selector, directive = heap[0]
        return order, selector, directive


@dataclass(slots=True)
class Matcher:
    """Which directive hides each finding, in O((findings + directive codes) log) steps.

    Comments cover lines: per code, the intervals of the directives naming it are swept
    in line order (:class:`_Sweep`), so a finding meets only the intervals open at its
    line. An annotation covers its own object (document and JSON path), not the lines it
    shares with another object of a flow-style list: it is looked up by that object. A
    finding without an object (a loader finding) falls back to the object's lines. The
    first directive in file order that covers a finding and names its code hides it.
    """

    directives: list[Directive]
    codes_of: Callable[[str], frozenset[str]]
    steps: int = 0
    """Codes indexed, entries pushed, popped and looked up, for the tests that bound the
    work."""

    def match(
        self, findings: list[Finding], unsuppressible: frozenset[str]
    ) -> list[Directive | None]:
        """The directive hiding each finding (None: shown), in the order of ``findings``."""
        comments, annotations = _Sweep(), _Sweep()
        objects: dict[tuple[int, str, str], Candidate] = {}
        for order, directive in enumerate(self.directives):
            if directive.problem is not None:
                continue
            named: set[str] = set()  # a code named twice counts for its first selector
            for selector in directive.selectors:
                for code in self.codes_of(selector) - named:
                    named.add(code)
                    self.steps += 1
                    if directive.kind != "annotation":
                        comments.add(code, order, selector, directive)
                        continue
                    annotations.add(code, order, selector, directive)
                    document = directive.document if directive.document is not None else -1
                    objects.setdefault(
                        (document, directive.scope or "$", code), (order, selector, directive)
                    )
        comments.seal()
        annotations.seal()
        result: list[Directive | None] = [None] * len(findings)
        for index in sorted(range(len(findings)), key=lambda i: findings[i].position.line):
            finding = findings[index]
            if finding.code in unsuppressible:
                continue
            line = finding.position.line
            candidates = [comments.first_at(finding.code, line)]
            if finding.document is None:
                candidates.append(annotations.first_at(finding.code, line))
            elif objects:
                candidates.append(self._by_object(finding, objects))
            found = [candidate for candidate in candidates if candidate is not None]
            if found:
                _, selector, directive = min(found, key=lambda candidate: candidate[0])
                directive.used.add(selector)
                result[index] = directive
        self.steps += comments.steps + annotations.steps
        return result

    def _by_object(
        self, finding: Finding, objects: dict[tuple[int, str, str], Candidate]
    ) -> Candidate | None:
        assert finding.document is not None
        self.steps += 1
        found = _OBJECT.match(finding.json_path)
        if found is not None:
            item = objects.get((finding.document, found.group(0), finding.code))
            if item is not None:
                return item
        return objects.get((finding.document, "$", finding.code))
