"""Locate stage: JSON paths become ``line:col`` spans, in this one place only.

Rules and the schema stage point at data (a path, and whether they mean the key or the
value); this module looks the path up in the position table the loader built. When a path
has no entry (a missing field), the nearest existing ancestor is used, so every finding
lands inside the file.

It is also the last place every message passes before it is printed, so it holds the
backstops of output size: each message is cut to :data:`MAX_MESSAGE` characters, each file
reports at most :data:`MAX_FINDINGS_PER_FILE` findings (and one more saying how many were
left out), and file names that are not valid UTF-8 are shown with their bytes escaped.
"""

from __future__ import annotations

from slolint.findings import (
    Finding,
    Location,
    ObjectRef,
    Position,
    RelatedPosition,
    Severity,
    Violation,
    format_json_path,
)
from slolint.load import Document, LoadProblem, SourceFile, Span
from slolint.quoting import shorten

MAX_MESSAGE = 1000
"""Characters of a message; quoting already bounds each value, this bounds their sum."""

MAX_FINDINGS_PER_FILE = 1000
"""Findings reported per file; the rest are counted in one last finding."""


def shown_name(name: str) -> str:
    """A file name that can be printed and written as UTF-8.

    Names that are not valid UTF-8 reach Python with their bytes smuggled as lone
    surrogates; printing them raises, and JSON would carry invalid text. The bytes are
    shown as ``\\xff`` escapes instead.
    """
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("ascii")


def _span_for(document: Document, location: Location) -> Span:
    """The value's span (or its key's), else the key or value of the deepest ancestor."""
    path = location.full_path
    positions = document.positions
    depth = -1
    node = 0
    for depth, node in enumerate(positions.walk(path)):  # noqa: B007
        pass
    if depth < 0:
        return document.start
    key_span = positions.key_spans.get(node)
    if depth == len(path) and not location.on_key:
        return positions.spans[node]
    return key_span if key_span is not None else positions.spans[node]


def _position(span: Span, source: SourceFile | None) -> Position:
    line, column, end_line, end_column = span
    if source is not None:
        line, column = source.clamp(line, column)
        end_line, end_column = source.clamp(end_line, end_column)
    if (end_line, end_column) <= (line, column):
        end_line, end_column = line, column + 1
    return Position(line + 1, column + 1, end_line + 1, end_column + 1)


class Locator:
    """Resolves locations against the loaded files of one run."""

    def __init__(self, files: dict[str, SourceFile]) -> None:
        self._files = files
        self._documents: dict[str, dict[int, Document]] = {}

    def _document(self, file: str, index: int) -> Document | None:
        if file not in self._documents:
            source = self._files.get(file)
            docs = source.documents if source is not None else []
            self._documents[file] = {document.index: document for document in docs}
        return self._documents[file].get(index)

    def position(self, location: Location) -> Position:
        document = self._document(location.origin.file, location.origin.document)
        if document is None:
            return Position(1, 1, 1, 2)
        return _position(_span_for(document, location), self._files.get(location.origin.file))

    def describe(self, location: Location) -> str:
        """``file:line`` for a location named inside a message."""
        return f"{location.origin.file}:{self.position(location).line}"

    def related(self, item: Violation) -> tuple[RelatedPosition, ...]:
        return tuple(
            RelatedPosition(
                shown_name(entry.location.origin.file), self.position(entry.location), entry.label
            )
            for entry in item.related
        )

    def finding(self, item: Violation, name: str, severity: Severity) -> Finding:
        position = self.position(item.location)
        message = "".join(
            part if isinstance(part, str) else self.describe(part) for part in item.message
        )
        return Finding(
            code=item.code,
            name=name,
            severity=severity,
            message=shorten(message, MAX_MESSAGE),
            file=shown_name(item.location.origin.file),
            position=position,
            json_path=format_json_path(item.location.full_path),
            document=item.location.origin.document,
            obj=item.obj,
            source_line=self._source_line(item.location.origin.file, position.line),
            related=self.related(item),
        )

    def load_finding(
        self, file: str, problem: LoadProblem, name: str, severity: Severity
    ) -> Finding:
        position = _position(problem.span, self._files.get(file))
        return Finding(
            code=problem.code,
            name=name,
            severity=severity,
            message=shorten(problem.message, MAX_MESSAGE),
            file=shown_name(file),
            position=position,
            source_line=self._source_line(file, position.line),
        )

    def internal_error(self, file: str, message: str, obj: ObjectRef | None = None) -> Finding:
        return Finding(
            "SLO000",
            "internal-error",
            Severity.ERROR,
            shorten(message, MAX_MESSAGE),
            shown_name(file),
            Position(1, 1, 1, 2),
            obj=obj,
        )

    def _source_line(self, file: str, line: int) -> str | None:
        source = self._files.get(file)
        return source.line(line) if source is not None else None


def cap_per_file(findings: list[Finding]) -> list[Finding]:
    """Keep the first :data:`MAX_FINDINGS_PER_FILE` findings of each file (``findings`` is
    sorted by file); the others become one SLO006 finding that counts them.

    The summary takes the highest severity among the findings it hides, so the exit code
    is the one the whole list would give.
    """
    kept: list[Finding] = []
    hidden: list[Finding] = []

    def summarize() -> None:
        if not hidden:
            return
        first = hidden[0]
        kept.append(
            Finding(
                "SLO006",
                "resource-limit-exceeded",
                max(finding.severity for finding in hidden),
                f"{len(hidden):,} more findings in this file are not shown "
                f"(at most {MAX_FINDINGS_PER_FILE:,} are reported per file)",
                first.file,
                first.position,
                source_line=first.source_line,
            )
        )
        hidden.clear()

    file = None
    shown = 0
    for finding in findings:
        if finding.file != file:
            summarize()
            file, shown = finding.file, 0
        if shown < MAX_FINDINGS_PER_FILE:
            kept.append(finding)
            shown += 1
        else:
            hidden.append(finding)
    summarize()
    return kept
