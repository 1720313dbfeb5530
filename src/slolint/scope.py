"""Which findings a run reports: those of the named files, and those that depend on them.

When files are named (pre-commit names the files of a commit), the rest of the repository
is read as context and cross-file rules run over everything. A finding is then reported when

1. its own file was named;
2. a file it depends on was named: one of its ``related`` locations (the SLA an SLO is
   compared with, the policy whose scope decides coverage, the object a reference should
   resolve to), so that raising an SLA fails the commit although the SLO it breaks is
   untouched; or
3. its verdict rests on the absence of something (``depends_on``, declared by the rule at
   registration and narrowed by a violation: "no policy covers this SLO" depends on every
   ErrorBudgetPolicy, "no SLI of that name" on every SLI) and a named file holds an
   object of such a kind, since that object may have been the one that stopped covering
   or naming it. A removed reference leaves no location behind, so related locations alone
   could not catch it.

Cases 2 and 3 say which named file the finding came from (``reported_because``). A
deleted file is never named; the repository-wide hook covers deletions (README).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from slolint.findings import Violation
from slolint.recognize import Recognized


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a finding is reported: ``because`` is None when its own file was named."""

    because: str | None = None


@dataclass(frozen=True, slots=True)
class ReportScope:
    named: frozenset[str]
    """Display paths of the files named on the command line (or found in a named folder)."""
    kinds: dict[str, str]
    """Kind -> the first named file (in path order) holding an object of that kind."""

    @classmethod
    def build(cls, named: Iterable[str], recognized: Iterable[Recognized]) -> ReportScope:
        files = frozenset(named)
        kinds: dict[str, str] = {}
        for item in recognized:
            file = item.origin.file
            if file in files and (item.kind not in kinds or file < kinds[item.kind]):
                kinds[item.kind] = file
        return cls(files, kinds)


def report_reason(
    item: Violation, depends_on: tuple[str, ...], scope: ReportScope
) -> Reason | None:
    """Whether ``item`` is reported in a run that named ``scope.named``; None if it is not.

    ``depends_on`` is what the item's rule declared; the item may narrow it.
    """
    if item.location.origin.file in scope.named:
        return Reason()
    for related in item.related:
        if related.location.origin.file in scope.named:
            return Reason(related.location.origin.file)
    for kind in depends_on if item.depends_on is None else item.depends_on:
        if kind in scope.kinds:
            return Reason(scope.kinds[kind])
    return None
