"""The ``sarif`` format: SARIF 2.1.0 as GitHub code scanning accepts it.

Every row GitHub marks as required is filled (``reference/linters.md`` §1b, tested one by
one in ``tests/test_sarif.py``):

- ``tool.driver.rules`` lists *every enabled rule*, not only those that fired (Spectral and
  actionlint do the same), so code scanning can close an alert when its rule stops firing
  and show the rule's help next to it;
- each result has ``ruleId`` and ``ruleIndex``, a level, a message, a repository-relative
  ``artifactLocation.uri`` with ``uriBaseId`` and a full region (``endColumn`` exclusive);
- ``results`` is ``[]`` on a clean run (kube-linter #213: upload-sarif rejects a run
  without it);
- ``partialFingerprints`` hash the code, the file, the object and the JSON path but no line
  number, so an alert survives lines moving above it. ``primaryLocationLineHash`` is left
  out on purpose: upload-sarif computes it only when it is absent.

Cross-file verdicts list the places they depend on as ``relatedLocations`` and link to them
from the message (``[the SLA](1)``), which is how code scanning displays them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from slolint.docs_links import help_uri
from slolint.findings import Finding, Position, Severity
from slolint.report import FormatOptions, Report, RuleInfo, formatter
from slolint.report.markup import escape, safe_markdown

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/slolint/slolint"
SRCROOT = "%SRCROOT%"
CATEGORY = "slolint"
FINGERPRINT = "slolintFingerprint/v1"

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
PROBLEM_SEVERITY = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}

MAX_DESCRIPTION = 1024
"""GitHub's limit for ``shortDescription.text`` and ``fullDescription.text``."""

MAX_NAME = 255

_RST_LITERAL = re.compile(r"``(.+?)``")
_LINK_CHARS = re.compile(r"([\[\]])")


def _clip(text: str, limit: int = MAX_DESCRIPTION) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sentence(text: str) -> str:
    """``an SLO must …`` -> ``An SLO must ….``: descriptions are shown as prose."""
    text = text.strip()
    if not text:
        return text
    if not text.startswith("slolint"):
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def markdown_doc(doc: str) -> str:
    """Rule docs use reStructuredText literals (````x````); Markdown wants single backticks."""
    return _RST_LITERAL.sub(r"`\1`", doc)


def first_paragraph(doc: str) -> str:
    """The first paragraph of a doc, joined into one line (the SARIF full description)."""
    paragraph = doc.strip().split("\n\n", 1)[0]
    return " ".join(paragraph.split())


def descriptor(rule: RuleInfo) -> dict[str, Any]:
    """A ``reportingDescriptor`` with every property GitHub reads."""
    summary = sentence(rule.summary) or rule.name
    full = sentence(markdown_doc(first_paragraph(rule.doc))) or summary
    doc = rule.doc.strip()
    text = f"{rule.code} {rule.name}: {summary}\n\n{doc}" if doc else f"{rule.code}: {summary}"
    # a team policy writes summary and doc in the repository: escaped, never rendered raw
    markdown = f"**{rule.code} {escape(rule.name)}**: {escape(summary)}"
    if doc:
        markdown += f"\n\n{safe_markdown(doc)}"
    return {
        "id": rule.code,
        "name": _clip(rule.name, MAX_NAME),
        "shortDescription": {"text": _clip(summary)},
        "fullDescription": {"text": _clip(full)},
        "help": {"text": text, "markdown": markdown},
        "helpUri": help_uri(rule.code, rule.name)
        if rule.code.startswith("SLO")
        else f"{INFORMATION_URI}#rules",
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {
            "tags": ["slo", rule.code[:4]],
            "precision": "very-high",
            "problem.severity": PROBLEM_SEVERITY[rule.severity],
        },
    }


def _fallback_rule(finding: Finding) -> RuleInfo:
    """A descriptor for a code the report has no metadata for (a test or a plugin)."""
    return RuleInfo(finding.code, finding.name, finding.severity, finding.name, "")


def uri(path: str) -> str:
    """A repository-relative path as a URI reference: spaces, ``%`` and ``#`` are encoded."""
    return quote(path, safe="/")


def region(position: Position) -> dict[str, int]:
    return {
        "startLine": position.line,
        "startColumn": position.column,
        "endLine": position.end_line,
        "endColumn": position.end_column,
    }


def physical(path: str, position: Position) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": uri(path), "uriBaseId": SRCROOT},
        "region": region(position),
    }


def fingerprint_key(finding: Finding, path: str) -> str:
    """What identifies a finding across commits: never its line, so moved lines keep alerts."""
    kind, name = (finding.obj.kind, finding.obj.name) if finding.obj else ("", "")
    parts = (finding.code, path, kind, name, finding.json_path)
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _escape_link_text(text: str) -> str:
    return _LINK_CHARS.sub(r"\\\1", text)


def message_text(finding: Finding) -> str:
    """The message, with brackets escaped (SARIF reads ``[text](id)`` as a link), then links
    to the related locations so that code scanning shows where they are."""
    text = _escape_link_text(finding.message)
    if finding.related:
        links = ", ".join(
            f"[{_escape_link_text(related.label)}]({number})"
            for number, related in enumerate(finding.related, start=1)
        )
        text += f" (see {links})"
    return text


def result(
    finding: Finding, report: Report, index: int, occurrence: int, fingerprint: str
) -> dict[str, Any]:
    path = report.repository_path(finding.file)
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVEL[finding.severity],
        "message": {"text": message_text(finding)},
        "locations": [
            {
                "physicalLocation": physical(path, finding.position),
                "logicalLocations": [{"fullyQualifiedName": finding.json_path, "kind": "property"}],
            }
        ],
        "partialFingerprints": {FINGERPRINT: f"{fingerprint}:{occurrence}"},
    }
    if finding.related:
        entry["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": physical(
                    report.repository_path(related.file), related.position
                ),
                "message": {"text": related.label},
            }
            for number, related in enumerate(finding.related, start=1)
        ]
    if finding.obj is not None:
        entry["properties"] = {
            "object": {
                "apiVersion": finding.obj.api_version,
                "kind": finding.obj.kind,
                "name": finding.obj.name,
            },
            "documentIndex": finding.document,
        }
    return entry


def _results(report: Report, index: dict[str, int]) -> Iterator[dict[str, Any]]:
    seen: Counter[str] = Counter()
    for finding in report.findings:
        key = fingerprint_key(finding, report.repository_path(finding.file))
        seen[key] += 1
        yield result(finding, report, index[finding.code], seen[key], key)


_RESULTS = "@@slolint-results@@"
"""Stands for the results in the log's frame; a string no JSON of the frame can contain."""

_RESULT_INDENT = " " * 8
"""The depth of one result in ``json.dumps(log, indent=2)``: log, runs, run, results."""


def _frame(report: Report) -> tuple[dict[str, Any], dict[str, int]]:
    """The log without its results, and each rule's index in ``tool.driver.rules``."""
    rules = list(report.rules)
    index = {rule.code: number for number, rule in enumerate(rules)}
    for finding in report.findings:
        if finding.code not in index:
            index[finding.code] = len(rules)
            rules.append(_fallback_rule(finding))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "slolint",
                "semanticVersion": report.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [descriptor(rule) for rule in rules],
            }
        },
        "automationDetails": {"id": f"{CATEGORY}/"},
        "columnKind": "unicodeCodePoints",
        "results": _RESULTS,
    }
    effects = report.effects.lines()
    if effects:
        run["invocations"] = [_invocation(report)]
    if report.root is not None:
        root = report.root.replace("\\", "/").rstrip("/")
        run["originalUriBaseIds"] = {
            SRCROOT: {"uri": "file://" + quote(root if root.startswith("/") else "/" + root) + "/"}
        }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, index


def sarif_pieces(report: Report) -> Iterator[str]:
    """The SARIF log as ``json.dumps(log, indent=2)`` would print it, one result at a time.

    The frame (tool, rules, base URIs) is dumped once around a placeholder for the results;
    each result is dumped on its own and indented to its depth, so neither the whole log nor
    its text is ever in memory, whatever the number of findings.
    """
    frame, index = _frame(report)
    head, tail = dump(frame).split(json.dumps(_RESULTS), 1)
    yield head
    first = True
    for entry in _results(report, index):
        text = json.dumps(entry, indent=2, ensure_ascii=False).replace("\n", "\n" + _RESULT_INDENT)
        yield ("[\n" if first else ",\n") + _RESULT_INDENT + text
        first = False
    yield "[]" if first else "\n" + _RESULT_INDENT[:-2] + "]"
    yield tail


def dump(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def _invocation(report: Report) -> dict[str, Any]:
    """What configuration changed in the run: notifications people read, figures tools read."""
    effects = report.effects
    return {
        "executionSuccessful": True,
        "toolConfigurationNotifications": [
            {"level": "note", "message": {"text": line}} for line in effects.lines()
        ],
        "properties": {
            "configurationFiles": list(effects.config_files),
            "excludedFiles": {source: count for source, count in effects.excluded},
            "ruleChanges": [
                {"source": c.source, "change": c.change, "rules": list(c.codes)}
                for c in effects.rule_changes
            ],
            "suppressed": effects.suppressed,
            "baselined": effects.baselined,
        },
    }


@formatter("sarif")
def render_sarif(report: Report, options: FormatOptions) -> Iterator[str]:
    """The SARIF log, in pieces; ``--statistics`` does not change it (statistics are for people)."""
    del options
    return sarif_pieces(report)
