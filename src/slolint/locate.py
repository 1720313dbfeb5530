"""Locate stage: JSON paths become ``line:col`` spans, in this one place only.

Rules and the schema stage point at data (a path, and whether they mean the key or the
value); this module looks the path up in the position table the loader built. When a path
has no entry (a missing field), the nearest existing ancestor is used, so every finding
lands inside the file.
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


def _span_for(document: Document, location: Location) -> Span:
    path = location.full_path
    if location.on_key and path in document.key_spans:
        return document.key_spans[path]
    while path:
        if path in document.spans:
            return document.spans[path]
        path = path[:-1]
        if path in document.key_spans:
            return document.key_spans[path]
    return document.spans.get((), document.start)


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
            RelatedPosition(entry.location.origin.file, self.position(entry.location), entry.label)
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
            message=message,
            file=item.location.origin.file,
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
            message=problem.message,
            file=file,
            position=position,
            source_line=self._source_line(file, position.line),
        )

    def internal_error(self, file: str, message: str, obj: ObjectRef | None = None) -> Finding:
        return Finding(
            "SLO000", "internal-error", Severity.ERROR, message, file, Position(1, 1, 1, 2), obj=obj
        )

    def _source_line(self, file: str, line: int) -> str | None:
        source = self._files.get(file)
        return source.line(line) if source is not None else None
