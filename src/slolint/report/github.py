"""The ``github`` format: workflow commands that GitHub Actions turns into annotations.

::

    ::group::slos/search.yaml
    ::error file=slos/search.yaml,line=21,col=15,endLine=21,endColumn=18,title=SLO201 target-not-below-100::slos/search.yaml:21:15: SLO201 objective target …
    ::endgroup::
    Found 1 problem (1 error) in 1 file

Paths are relative to the repository root, because GitHub matches them against the
checkout whatever directory slolint ran in. The log view shows ``::error`` as ``Error:
<message>`` and hides the properties (yamllint #357), so the message repeats
``path:line:col: CODE``. Everything that comes from a file is escaped exactly as
``@actions/core`` escapes it, so a name holding a newline or ``::`` cannot end the command
and start another one; other control characters become visible pictures.
"""

from __future__ import annotations

from itertools import groupby

from slolint.findings import Finding, Severity
from slolint.report import FormatOptions, Report, formatter
from slolint.report.concise import printable
from slolint.report.summary import effect_lines, statistics, statistics_table, summary_line

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message, as ``escapeData`` in @actions/core: ``%``, CR and LF."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(escaped)


def escape_property(text: str) -> str:
    """A command property, as ``escapeProperty`` in @actions/core: data plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, path: str) -> str:
    """One ``::error file=…::message`` line, without its newline."""
    position = finding.position
    properties = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in (
            ("file", path),
            ("line", position.line),
            ("col", position.column),
            ("endLine", position.end_line),
            ("endColumn", position.end_column),
            ("title", f"{finding.code} {finding.name}"),
        )
    )
    message = f"{path}:{position.line}:{position.column}: {finding.code} {finding.message}"
    return f"::{COMMAND[finding.severity]} {properties}::{escape_data(message)}"


@formatter("github")
def render_github(report: Report, options: FormatOptions) -> str:
    """A ``::group::`` of annotations per file, then the summary line (or the statistics)."""
    if options.statistics:
        return statistics_table(statistics(report)) + summary_line(report) + "\n"
    located = sorted(
        ((report.repository_path(finding.file), finding) for finding in report.findings),
        key=lambda pair: (pair[0], pair[1].sort_key()),
    )
    lines: list[str] = []
    for path, group in groupby(located, key=lambda pair: pair[0]):
        lines.append(f"::group::{escape_data(path)}")
        lines.extend(annotation(finding, path) for _, finding in group)
        lines.append("::endgroup::")
    lines.append(summary_line(report))
    lines.extend(f"  {escape_data(line)}" for line in effect_lines(report))
    return "".join(f"{line}\n" for line in lines)
