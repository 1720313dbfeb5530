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
   ErrorBudgetPolicy, "no SLI of that name" on every SLI) and a named file could be the
   missing object. Inside git, that is a named (or deleted) file that held, in ``HEAD`` or
   in the index, an object of such a kind which it no longer holds as it was (``lost``),
   with the missing name when the verdict has one (``Violation.missing``): a rename, a
   deletion, a narrowed selector. An unchanged file cannot be the missing object, so
   naming one SLO file never reports every absence verdict of the repository. Outside git
   there is no old version: a named file holding an object of such a kind is enough
   (``kinds``). A removed reference leaves no location behind, so related locations alone
   could not catch it.

Cases 2 and 3 say which named file the finding came from (``reported_because``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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
    """Kind -> the first named file (in path order) holding an object of that kind, among
    the files that have no old version to compare with (outside git)."""
    lost: dict[str, dict[str, str]] = field(default_factory=dict)
    """Kind -> name -> the named or deleted file that held that object and lost it."""

    @classmethod
    def build(
        cls,
        named: Iterable[str],
        recognized: Iterable[Recognized],
        versioned: Iterable[str] = (),
        lost: dict[str, dict[str, str]] | None = None,
    ) -> ReportScope:
        """``versioned`` files have an old version: they count through ``lost`` only."""
        files = frozenset(named)
        skip = frozenset(versioned)
        kinds: dict[str, str] = {}
        for item in recognized:
            file = item.origin.file
            known = kinds.get(item.kind)
            if file in files and file not in skip and (known is None or file < known):
                kinds[item.kind] = file
        return cls(files, kinds, lost or {})


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
        names = scope.lost.get(kind)
        if not names:
            continue
        if item.missing is None:
            return Reason(min(names.values()))
        if item.missing in names:
            return Reason(names[item.missing])
    return None
