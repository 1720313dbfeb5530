"""Report stage: findings become text for people, editors and machines.

Formatters know nothing of rules or of the pipeline. Each one is a function from a
:class:`Report` to its text, registered by name in :data:`FORMATTERS`: a string, or the
text in pieces (SARIF) so that a large report is never whole in memory.

A run reports at most :data:`MAX_FINDINGS` findings; the summary line says how many more
there were, and the exit code is decided on all of them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from slolint.effects import Effects
from slolint.findings import Finding, Severity
from slolint.records import field_repr

MAX_FINDINGS = 10_000
"""Findings reported per run, in every format: 250 files of 24 KB once gave 250,000 findings,
and their SARIF needed more than 2 GB. Errors are kept first, then warnings, then infos."""

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def cap_findings(
    findings: Sequence[Finding], limit: int | None = None
) -> tuple[tuple[Finding, ...], int]:
    """At most ``limit`` (:data:`MAX_FINDINGS`) findings, the most severe ones, in their
    order; and how many were left. One sort of the indexes: n log n whatever the mix."""
    if limit is None:
        limit = MAX_FINDINGS
    if len(findings) <= limit:
        return tuple(findings), 0
    order = sorted(range(len(findings)), key=lambda i: (_RANK[findings[i].severity], i))
    kept = sorted(order[:limit])
    return tuple(findings[i] for i in kept), len(findings) - limit


@dataclass(frozen=True, slots=True, repr=False)
class RuleInfo:
    """What a report knows about a rule: enough for SARIF's ``tool.driver.rules``.

    Formatters never import the rule registry; the CLI copies the metadata of every
    enabled rule (and of any other code that appears in the findings) into the report.
    """

    __repr__ = field_repr

    code: str
    name: str
    severity: Severity
    """The default severity, after configuration."""
    summary: str
    doc: str
    """The rule's documentation: reStructuredText-flavoured Markdown, as ``slolint rule`` prints."""


@dataclass(frozen=True, slots=True, repr=False)
class Report:
    """Everything a formatter may print: sorted findings and what the run covered."""

    __repr__ = field_repr

    findings: tuple[Finding, ...]
    files: int
    """Files that were read (not counting files only used as cross-file context)."""
    documents: int
    """Recognized SLO documents among them."""
    tool_version: str
    rule_names: dict[str, str] = field(default_factory=dict)
    """code -> kebab-case name, for every rule that can appear (statistics, docs)."""
    rules: tuple[RuleInfo, ...] = ()
    """The enabled rules, in code order (SARIF lists every one of them)."""
    root: str | None = None
    """Absolute repository root; CI formats print paths relative to it. None: as given."""
    cwd: str | None = None
    """Absolute directory that ``Finding.file`` is relative to (the working directory)."""
    unchecked: int = 0
    """Paths named on the command line that could not be read (reported on stderr)."""
    suppressed: int = 0
    """Findings hidden by inline suppressions (``--show-suppressed`` lists them)."""
    baselined: int = 0
    """Findings hidden because the baseline lists them."""
    omitted: int = 0
    """Findings found but not reported: past :data:`MAX_FINDINGS` (the summary says so)."""
    limit: int = MAX_FINDINGS
    """The cap that ``omitted`` went past, for the summary line."""
    effects: Effects = field(default_factory=Effects)
    """What configuration changed in this run (files in effect, exclusions, rules)."""

    def repository_path(self, file: str) -> str:
        """``file`` relative to the repository root, POSIX-style, whatever the working directory.

        GitHub matches annotation paths and SARIF URIs against the checkout, so a run from a
        subdirectory must still print ``slos/a.yaml`` as ``team/slos/a.yaml``. The path is
        compared lexically first and then with symbolic links resolved (GitHub asks for
        resolved paths); a file outside the repository keeps its absolute path.
        """
        if self.root is None:
            return file
        absolute = os.path.normpath(os.path.join(self.cwd or os.getcwd(), file))
        for root, path in (
            (os.path.normpath(self.root), absolute),
            (os.path.realpath(self.root), os.path.realpath(absolute)),
        ):
            if path == root or path.startswith(root.rstrip(os.sep) + os.sep):
                return os.path.relpath(path, root).replace(os.sep, "/")
        return absolute.replace(os.sep, "/")


@dataclass(frozen=True, slots=True, repr=False)
class FormatOptions:
    __repr__ = field_repr
    color: bool = False
    statistics: bool = False
    """Print a per-code count table instead of the findings (ruff's ``--statistics``)."""


Formatter = Callable[[Report, FormatOptions], str | Iterable[str]]
"""A string, or the pieces of one (written one after the other, never joined)."""

FORMATTERS: dict[str, Formatter] = {}


def formatter(name: str) -> Callable[[Formatter], Formatter]:
    """Register a formatter under the name users pass to ``--output-format``."""

    def register(func: Formatter) -> Formatter:
        FORMATTERS[name] = func
        return func

    return register
