"""Findings as Language Server Protocol diagnostics.

slolint's positions are 1-based and count characters; the protocol's are 0-based and, by
default, count UTF-16 code units. Columns are converted on the line's text where the text is
known (a file outside ASCII would otherwise put every marker after an emoji one place off).
"""

from __future__ import annotations

from collections.abc import Callable

from lsprotocol import types

from slolint.findings import Finding, Position, Severity
from slolint.report.concise import printable
from slolint.report.sarif import INFORMATION_URI

SOURCE = "slolint"
RULE_DOCS = f"{INFORMATION_URI}#rules"
"""Where each code's documentation link points (the one SARIF's ``helpUri`` uses)."""

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

LineText = Callable[[str, int], str | None]
"""The text of a 0-based line of a file (an absolute path), or None when unknown."""


def utf16_column(line: str | None, column: int) -> int:
    """A 0-based character column as UTF-16 code units on ``line``."""
    if line is None:
        return column
    prefix = line[:column]
    return column + sum(1 for char in prefix if ord(char) > 0xFFFF)


def to_range(path: str, position: Position, line_text: LineText) -> types.Range:
    start_line, end_line = max(position.line - 1, 0), max(position.end_line - 1, 0)
    start = utf16_column(line_text(path, start_line), max(position.column - 1, 0))
    end = utf16_column(line_text(path, end_line), max(position.end_column - 1, 0))
    return types.Range(types.Position(start_line, start), types.Position(end_line, end))


def to_diagnostic(
    finding: Finding,
    path_of: Callable[[str], str],
    uri_of: Callable[[str], str],
    line_text: LineText,
) -> types.Diagnostic:
    """One finding: its span, severity, code with a link, message and related places."""
    related = [
        types.DiagnosticRelatedInformation(
            types.Location(
                uri_of(path_of(item.file)),
                to_range(path_of(item.file), item.position, line_text),
            ),
            f"{item.label} ({printable(item.file)}:{item.position.line})",
        )
        for item in finding.related
    ]
    message = printable(finding.message)  # the code is shown beside it, linked to its docs
    if finding.reported_because:
        message += f"; reported because {printable(finding.reported_because)} changed"
    return types.Diagnostic(
        range=to_range(path_of(finding.file), finding.position, line_text),
        message=message,
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Error),
        code=finding.code,
        code_description=types.CodeDescription(href=RULE_DOCS),
        source=SOURCE,
        related_information=related or None,
    )
