"""The ``json`` format: a versioned object, described by ``schemas/slolint-output.schema.json``.

An object rather than a bare array (ruff and Spectral print arrays) so that fields can be
added without breaking consumers; ``version`` changes only when a field changes meaning or
goes away. Positions are 1-based, as in every other format: Spectral's 0-based JSON next to
its 1-based text output is a trap this format avoids. Key order is fixed and nothing
depends on the environment, so two runs over the same tree print the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from slolint.findings import Finding, ObjectRef
from slolint.report import FormatOptions, Report, formatter
from slolint.report.summary import count, statistics

FORMAT_VERSION = 1
"""The ``version`` field; bumped only for incompatible changes."""

TOOL_NAME = "slolint"


def _object(obj: ObjectRef | None) -> dict[str, str] | None:
    if obj is None:
        return None
    return {"apiVersion": obj.api_version, "kind": obj.kind, "name": obj.name}


def finding_record(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object; field names follow ruff's ``json`` where they overlap."""
    position = finding.position
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.label,
        "message": finding.message,
        "file": finding.file,
        "location": {"line": position.line, "column": position.column},
        "end_location": {"line": position.end_line, "column": position.end_column},
        "json_path": finding.json_path,
        "document_index": finding.document,
        "object": _object(finding.obj),
        "related": [
            {
                "file": related.file,
                "location": {"line": related.position.line, "column": related.position.column},
                "end_location": {
                    "line": related.position.end_line,
                    "column": related.position.end_column,
                },
                "label": related.label,
            }
            for related in finding.related
        ],
        "reported_because": finding.reported_because,
    }


def report_record(report: Report) -> dict[str, Any]:
    """The whole report: version, tool, summary counts and findings in report order."""
    totals = count(report)
    return {
        "version": FORMAT_VERSION,
        "tool": {"name": TOOL_NAME, "version": report.tool_version},
        "summary": {
            "files": report.files,
            "documents": report.documents,
            "findings": totals.findings,
            "errors": totals.errors,
            "warnings": totals.warnings,
            "infos": totals.infos,
            "suppressed": report.suppressed,
            "baselined": report.baselined,
        },
        "findings": [finding_record(finding) for finding in report.findings],
    }


def statistics_record(report: Report) -> dict[str, Any]:
    """The report object with ``statistics`` (``[{code, name, count}]``, ruff's shape)
    in place of ``findings``, so that it validates against the same output schema."""
    record = report_record(report)
    del record["findings"]
    record["statistics"] = [
        {"code": row.code, "name": row.name, "count": row.count} for row in statistics(report)
    ]
    return record


def dump(value: object) -> str:
    """Indented UTF-8-friendly JSON with a trailing newline, as files on disk should end."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


@formatter("json")
def render_json(report: Report, options: FormatOptions) -> str:
    """The report object, with statistics instead of findings for ``--statistics``."""
    if options.statistics:
        return dump(statistics_record(report))
    return dump(report_record(report))
