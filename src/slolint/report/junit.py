"""The ``junit`` format: JUnit XML for CI systems that show test reports (GitLab, Jenkins).

One ``testsuite`` per file with findings and one failing ``testcase`` per finding, the
shape ruff and Spectral print. A clean run is one passing test case, so a CI system that
treats "no tests" as an error still sees a result. XML 1.0 cannot carry most control
characters even escaped, so text from files goes through :func:`printable` first.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from slolint.findings import Finding
from slolint.report import FormatOptions, Report, formatter
from slolint.report.concise import printable
from slolint.report.summary import summary_line

_NOT_XML = {0xFFFE: "\ufffd", 0xFFFF: "\ufffd"}


def xml_text(text: str) -> str:
    """Text XML 1.0 accepts: control characters shown as pictures, non-characters replaced."""
    return printable(text).translate(_NOT_XML)


def _testcase(suite: ET.Element, finding: Finding, path: str) -> None:
    position = finding.position
    where = f"{path}:{position.line}:{position.column}"
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "name": xml_text(f"{finding.code} {finding.name} at {position.line}:{position.column}"),
            "classname": xml_text(path),
            "file": xml_text(path),
            "line": str(position.line),
        },
    )
    failure = ET.SubElement(
        case, "failure", {"message": xml_text(finding.message), "type": finding.code}
    )
    failure.text = xml_text(
        f"{where}: {finding.code} [{finding.severity.label}] {finding.message} ({finding.name})"
    )


@formatter("junit")
def render_junit(report: Report, options: FormatOptions) -> str:
    """A ``testsuites`` document; ``--statistics`` does not change it."""
    del options
    total = len(report.findings)
    root = ET.Element(
        "testsuites",
        {"name": "slolint", "tests": str(max(total, 1)), "failures": str(total), "errors": "0"},
    )
    located = sorted(
        ((report.repository_path(finding.file), finding) for finding in report.findings),
        key=lambda pair: (pair[0], pair[1].sort_key()),
    )
    for path, group in groupby(located, key=lambda pair: pair[0]):
        findings = [finding for _, finding in group]
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": xml_text(path),
                "tests": str(len(findings)),
                "failures": str(len(findings)),
                "errors": "0",
                "skipped": "0",
            },
        )
        for finding in findings:
            _testcase(suite, finding, path)
    if not total:
        suite = ET.SubElement(
            root,
            "testsuite",
            {"name": "slolint", "tests": "1", "failures": "0", "errors": "0", "skipped": "0"},
        )
        ET.SubElement(suite, "testcase", {"name": summary_line(report), "classname": "slolint"})
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
