"""Report stage: findings become text for people, editors and machines.

Formatters know nothing of rules or of the pipeline. Each one is a function from a
:class:`Report` to a string, registered by name in :data:`FORMATTERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from slolint.findings import Finding


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a formatter may print: sorted findings and what the run covered."""

    findings: tuple[Finding, ...]
    files: int
    """Files that were read (not counting files only used as cross-file context)."""
    documents: int
    """Recognized SLO documents among them."""
    tool_version: str
    rule_names: dict[str, str] = field(default_factory=dict)
    """code -> kebab-case name, for every rule that can appear (statistics, docs)."""
    suppressed: int = 0
    """Findings hidden by inline suppressions (``--show-suppressed`` lists them)."""
    baselined: int = 0
    """Findings hidden because the baseline lists them."""


@dataclass(frozen=True, slots=True)
class FormatOptions:
    color: bool = False
    statistics: bool = False
    """Print a per-code count table instead of the findings (ruff's ``--statistics``)."""


Formatter = Callable[[Report, FormatOptions], str]

FORMATTERS: dict[str, Formatter] = {}


def formatter(name: str) -> Callable[[Formatter], Formatter]:
    """Register a formatter under the name users pass to ``--output-format``."""

    def register(func: Formatter) -> Formatter:
        FORMATTERS[name] = func
        return func

    return register
