"""SLO3xx: the relation between SLOs and the SLAs they back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from slolint.findings import MessagePart, Related, Severity, Violation, violation
from slolint.model import SLA, SLO, Objective, SLAObjective, Target, Window
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.workspace import Workspace

if TYPE_CHECKING:
    from fractions import Fraction

    from slolint.compare import Comparison

# The exact comparison (slolint.compare, slolint.periods, fractions) is imported only when
# the workspace holds an SLA objective: most runs have none and need not pay for it.


class Pair(NamedTuple):
    """An SLO objective matched to the SLA objective it backs (same indicator), compared.

    A named tuple, immutable and cheap to build: a run makes one per compared pair.
    """

    sla: SLA
    sla_objective: SLAObjective
    sla_target: Target
    slo: SLO
    objective: Objective
    target: Target
    result: Comparison
    slo_window: Window | None = None
    """The SLO's window as compared: its own, or the period its format sets elsewhere
    (Sloth's configured period, slo-generator's policy steps)."""


@dataclass(slots=True)
class Match:
    """One SLA objective, the SLO objectives that back it, and what was left out."""

    sla: SLA
    objective: SLAObjective
    pairs: list[Pair] = field(default_factory=list)
    others: set[str] = field(default_factory=set)
    """Indicators of backing SLOs that differ from the SLA objective's."""
    aspirational: list[SLO] = field(default_factory=list)
    """Aspirational SLOs that would have backed the SLA: they never do."""
    unusable: list[Objective] = field(default_factory=list)
    """Objectives of backing SLOs set aside because their target is no ratio below 1."""
    unusable_slos: list[SLO] = field(default_factory=list)


def candidate_slos(sla: SLA, workspace: Workspace) -> list[SLO]:
    """The SLOs an SLA is compared with, aspirational ones included (callers filter them).

    The annotation SLA is its own SLO's; otherwise ``backedBy`` when given, else the SLOs
    of the SLA's service.
    """
    if sla.annotated is not None:
        return [sla.annotated]
    if sla.backed_by is not None:
        return workspace.select(sla.backed_by, keep_aspirational=True)
    if sla.service:
        return workspace.slos_of_service(sla.service)
    return []


def _indicator_key(slo: SLO, objective: Objective) -> str | None:
    indicator = slo.indicator_for(objective)
    return indicator.key if indicator is not None else None


def match(workspace: Workspace) -> list[Match]:
    """Each SLA objective with its compared pairs (computed once per workspace)."""
    return workspace.memo("sla-match", lambda: _match(workspace))


def _match(workspace: Workspace) -> list[Match]:
    if not workspace.slas:
        return []
    from slolint.periods import reset_budget

    reset_budget()
    known: dict[_Question, Comparison] = {}
    matches = []
    for sla in workspace.slas:
        candidates = candidate_slos(sla, workspace)
        backing = [slo for slo in candidates if not slo.aspirational]
        aspirational = [slo for slo in candidates if slo.aspirational]
        for sla_objective in sla.objectives:
            if sla_objective.target is None or not sla_objective.target.in_range:
                continue  # SLO201 reports targets that are no percentage at all
            found = Match(sla, sla_objective, aspirational=aspirational)
            for slo in backing:
                slo_window = workspace.slo_window(slo)
                for objective in slo.objectives:
                    if objective.target is None or not objective.target.in_range:
                        if objective.target is not None:
                            found.unusable.append(objective)
                            found.unusable_slos.append(slo)
                        continue
                    key = _indicator_key(slo, objective)
                    wanted = sla_objective.indicator_ref
                    if wanted is not None and key != wanted:
                        found.others.add(key or "an inline indicator")
                        continue
                    question = (
                        objective.target.ratio,
                        slo_window,
                        slo.budgeting_method,
                        sla_objective.target.ratio,
                        sla_objective.window,
                        sla_objective.budgeting_method,
                    )
                    result = _compare_once(known, question)
                    found.pairs.append(
                        Pair(
                            sla,
                            sla_objective,
                            sla_objective.target,
                            slo,
                            objective,
                            objective.target,
                            result,
                            slo_window,
                        )
                    )
            matches.append(found)
    return matches


_Question = tuple[float, Window | None, str | None, float, Window | None, str | None]


def _compare_once(known: dict[_Question, Comparison], question: _Question) -> Comparison:
    """:func:`slolint.compare.compare` once per distinct question in a run.

    Thousands of SLOs share a handful of targets, windows and methods, and the answer
    depends on nothing else (windows compare equal whatever their location). Answers that
    hit a limit are not kept: asking again spends the run's budget again, as before.
    """
    found = known.get(question)
    if found is None:
        from slolint.compare import Why, compare

        found = compare(*question)
        if found.why is not Why.LIMIT:
            known[question] = found
    return found


def _sla_label(pair: Pair) -> tuple[MessagePart, ...]:
    """``SLA "name" target 99.9% (file:line)``, or the annotation for the shorthand."""
    from slolint.compare import exact

    shown = _percent(exact(pair.sla_target.ratio))
    if pair.sla.implicit:
        return (f"the SLA target {shown} of its annotation (", pair.sla_target.location, ")")
    return (f"SLA {quoted(pair.sla.name)} target {shown} (", pair.sla_target.location, ")")


def _related(pair: Pair) -> tuple[Related, ...]:
    return (Related(pair.sla_target.location, "the SLA objective"),)


def _decimal(value: Fraction, digits: int) -> str:
    """``value`` rounded half up to ``digits`` decimals, trailing zeros dropped."""
    from fractions import Fraction

    scaled = (value * 10**digits + Fraction(1, 2)).__floor__()
    sign = "-" if scaled < 0 else ""
    whole, part = divmod(abs(scaled), 10**digits)
    text = f"{whole}.{part:0{digits}d}".rstrip("0").rstrip(".") if digits else str(whole)
    return sign + text


def _percent(ratio: Fraction, unlike: Fraction | None = None) -> str:
    """A ratio as a percentage with 4 decimals, more if needed to tell it from ``unlike``."""
    from fractions import Fraction

    for digits in range(4, 13):
        text = _decimal(ratio * 100, digits)
        if unlike is None or ratio == unlike or Fraction(text) != unlike * 100:
            break
    return text + "%"


def _method(method: str | None) -> str:
    from slolint.compare import TIME_BASED_METHODS

    if method is None:
        return "no budgetingMethod"
    return method if method in TIME_BASED_METHODS or method == "Occurrences" else quoted(method)


def _measure(method: str | None) -> str:
    from slolint.compare import TIME_BASED_METHODS

    return "bad time" if method in TIME_BASED_METHODS else "bad requests"


@rule(
    "SLO301",
    "slo-not-stricter-than-sla",
    Severity.ERROR,
    "an SLO must be strictly stricter than the SLA it backs",
)
def slo_not_stricter_than_sla(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Each SLA objective is compared with the SLO objectives that back it, and every one of
    them must be strictly stricter. Equal targets fail: the SLA is breached the moment the
    SLO is.

    Backing SLOs are those named or selected by the SLA's ``spec.backedBy``; without it, the
    SLOs of the same ``spec.service``. Only objectives on the same indicator are compared
    (the SLA objective's ``indicatorRef`` against the SLO's); aspirational SLOs never back
    an SLA. The ``slolint.dev/sla-target`` annotation is an SLA backed by its own SLO. An
    SLA objective without ``timeWindow`` is a calendar month in UTC (as the annotation's
    default), and without ``budgetingMethod`` it is measured like its SLO.

    The comparison is exact, on the real periods of both windows (``calendar.startTime``
    and ``calendar.timeZone``, from the bundled tz database):

    * when every SLA period is made of whole SLO periods (aligned calendars, a ``1M`` SLO in
      a ``1Q`` SLA, a rolling ``7d`` SLO and a calendar ``1w`` SLA) the targets compare
      directly, for every budgeting method;
    * otherwise, for time-based budgets (``Timeslices``, ``RatioTimeslices``), slolint
      computes the most bad time the worst SLA period can hold while the SLO is met, and
      the guaranteed target that leaves. A rolling 90d SLO at 99.95% allows 64.8 bad
      minutes in a 28-day February: 99.8393%. A rolling 28d one at 99.95% allows two
      bursts of 20.16 minutes in a 29-day February: 99.9034%, above a 99.9% SLA. A ``1M``
      SLO at 99.95% from the 1st against a ``1M`` SLA from the 15th guarantees 99.8946%
      (a February-to-March straddle); so does an SLA month in America/Los_Angeles against
      SLO months in UTC.

    Request-based budgets (``Occurrences``) over other windows, or an SLO and SLA that
    budget different things, are SLO303.

    The finding points at the SLO target and relates the SLA objective's target, so that
    changing only the SLA file still reports it.

    ## Why is this bad?
    "Using a tighter internal SLO than the SLO advertised to users gives you room to respond
    to chronic problems before they become visible externally" (Site Reliability
    Engineering, ch. 4). An SLO that is not stricter warns nobody before credits are owed.
    """
    matches = match(workspace)
    if not matches:
        return
    from fractions import Fraction

    from slolint.compare import Verdict, exact

    for found in matches:
        for pair in found.pairs:
            result = pair.result
            if result.verdict is not Verdict.NOT_STRICTER:
                continue
            sla_label = _sla_label(pair)
            sla_window = pair.sla_objective.window
            if result.guaranteed is None or sla_window is None or pair.slo_window is None:
                message: tuple[MessagePart, ...] = (
                    f"SLO target {pair.target.shown()} is not stricter than ",
                    *sla_label,
                    "; raise the SLO target above the SLA",
                )
            else:
                assert result.bad_seconds is not None and result.period_seconds is not None
                sla_ratio = exact(pair.sla_target.ratio)
                message = (
                    f"SLO target {pair.target.shown()} per {pair.slo_window.describe()} "
                    f"guarantees only {_percent(result.guaranteed, sla_ratio)} in "
                    f"{result.worst_period} (up to {_decimal(result.bad_seconds / 60, 2)} of "
                    f"its {_decimal(Fraction(result.period_seconds, 60), 2)} minutes bad), "
                    "not stricter than ",
                    *sla_label,
                    f" per {sla_window.describe()}",
                )
            yield violation(
                "SLO301",
                pair.target.location,
                *message,
                obj=pair.slo.resource.ref,
                related=_related(pair),
            )


@rule(
    "SLO303",
    "sla-window-not-comparable",
    Severity.WARNING,
    "an SLO and its SLA cannot be compared soundly",
)
def sla_window_not_comparable(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    The SLO's target is above the SLA's, but nothing proves that meeting the SLO meets the
    SLA:

    * **different measures**: one budgets time (``Timeslices``, ``RatioTimeslices``), the
      other requests (``Occurrences``); bad requests say nothing about bad time slices;
    * **different time budgets**: ``Timeslices`` against ``RatioTimeslices``. The first
      counts a slice wholly bad when it falls below ``timeSliceTarget`` and not at all
      otherwise, the second counts every slice by its bad fraction: with every slice 99.5%
      good, a Timeslices SLO of 99.95% (``timeSliceTarget: 0.99``) is met in full while a
      RatioTimeslices SLA of 99.9% is breached;
    * **requests over other periods**: both budget requests (``Occurrences``) and the SLA
      periods are not made of whole SLO periods. Bad requests can bunch inside one SLA
      period while every SLO window stays within budget (traffic outside the period dilutes
      them), so no bound exists without a traffic model. A rolling 7d SLO with a calendar
      ``1w`` SLA, or a ``1M`` calendar SLO inside an aligned ``1Q`` SLA, is fine;
    * **windows slolint will not enumerate**: longer than 100 years, a calendar it cannot
      read (an unknown ``timeZone``, an unreadable ``startTime``), or more periods than
      its bounds allow (calendar days are compared by their structure instead: every
      month, quarter, year or week of a zone is whole calendar days of that zone).

    ## Why is this bad?
    A higher target over other periods or another measure proves nothing: bad requests can
    bunch inside one SLA month while every rolling SLO window stays within budget.

    Fix it by measuring the SLO over periods that add up to the SLA's, by budgeting the
    same way as the SLA, or by budgeting time, for which SLO301 computes the exact bound.
    """
    matches = match(workspace)
    if not matches:
        return
    from slolint.compare import Verdict, Why

    for found in matches:
        for pair in found.pairs:
            result = pair.result
            if result.verdict is not Verdict.UNVERIFIABLE:
                continue
            slo_window = pair.slo_window.describe() if pair.slo_window else "no timeWindow"
            sla_window = pair.sla_objective.window
            sla_text = sla_window.describe() if sla_window else "no timeWindow"
            slo_method, sla_method = pair.slo.budgeting_method, pair.sla_objective.budgeting_method
            shown = pair.target.shown()
            message: tuple[MessagePart, ...]
            if result.why is Why.MEASURE:
                message = (
                    f"SLO target {shown} budgets {_method(slo_method)} ({_measure(slo_method)}) "
                    "but ",
                    *_sla_label(pair),
                    f" budgets {_method(sla_method)} ({_measure(sla_method)}): meeting one "
                    "says nothing about the other; budget both the same way",
                )
            elif result.why is Why.SLICES:
                message = (
                    f"SLO target {shown} budgets {_method(slo_method)} but ",
                    *_sla_label(pair),
                    f" budgets {_method(sla_method)}: Timeslices counts a slice wholly bad "
                    "below its timeSliceTarget, RatioTimeslices counts each slice by its bad "
                    "fraction, so neither bounds the other; budget both the same way",
                )
            elif result.why is Why.REQUESTS:
                message = (
                    f"SLO target {shown} ({_method(slo_method)}, {slo_window}) cannot be "
                    "proven stricter than ",
                    *_sla_label(pair),
                    f" per {sla_text}: bad requests can bunch inside one SLA period while "
                    "every SLO window stays within budget; measure the SLO over periods that "
                    "add up to the SLA's, or budget time (Timeslices)",
                )
            else:
                message = (
                    f"SLO target {shown} per {slo_window} cannot be compared with ",
                    *_sla_label(pair),
                    f" per {sla_text}: {result.reason}",
                )
            yield violation(
                "SLO303",
                pair.target.location,
                *message,
                obj=pair.slo.resource.ref,
                related=_related(pair),
            )


@rule(
    "SLO305",
    "sla-without-backing-slo",
    Severity.WARNING,
    "an SLA objective is backed by no SLO on the same indicator",
    depends_on=("SLO",),
)
def sla_without_backing_slo(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLA objective that no SLO backs. The message distinguishes an SLA whose service has no
    SLO at all, one whose SLOs are all aspirational (tracked without consequences, so they
    never back an SLA), and one whose SLOs measure other indicators; SLOs on different
    indicators are never compared, since a request-success SLO says nothing about a latency
    promise.

    Services without an SLA are normal; this rule only runs for SLAs that exist.

    ## Why is this bad?
    An SLA objective that no SLO backs leaves nothing to be made stricter: nobody is warned
    before the contract is breached.
    """
    for found in match(workspace):
        sla, objective = found.sla, found.objective
        if found.pairs or sla.implicit:
            continue
        wanted = objective.indicator_ref
        related: tuple[Related, ...] = ()
        if found.others:
            listed = _names(sorted(found.others))
            reason = (
                f"measures indicator {quoted(wanted or '')} but its SLOs measure {listed}; "
                "different indicators are not compared"
            )
        elif found.aspirational:
            names = _names([slo.name for slo in found.aspirational])
            chosen = (
                "the SLOs spec.backedBy selects"
                if sla.backed_by is not None
                else f"the SLOs of service {quoted(sla.service or '')}"
            )
            reason = (
                f"is backed by no SLO: {chosen} ({names}) are all aspirational, "
                "and aspirational SLOs never back an SLA"
            )
            related = tuple(
                Related(slo.resource.location, "an aspirational SLO")
                for slo in found.aspirational[:_LISTED]
            )
        elif found.unusable:
            first, slo = found.unusable[0], found.unusable_slos[0]
            assert first.target is not None
            reason = (
                f"is backed by no SLO it can be compared with: SLO {quoted(slo.name)} has "
                f"target {first.target.shown()}, not strictly between 0 and 100% (SLO201)"
            )
            related = tuple(
                Related(objective.target.location, "an SLO target set aside")
                for objective in found.unusable[:_LISTED]
                if objective.target is not None
            )
        elif sla.backed_by is not None:
            reason = "is backed by no SLO: spec.backedBy selects none"
        else:
            reason = f"is backed by no SLO: no SLO has service {quoted(sla.service or '')}"
        yield violation(
            "SLO305",
            objective.location,
            f"SLA {quoted(sla.name)} objective {objective.index} {reason}",
            obj=sla.resource.ref,
            related=related,
        )


_LISTED = 5


def _names(names: list[str]) -> str:
    """At most five quoted names, then how many more."""
    shown = ", ".join(quoted(name) for name in names[:_LISTED])
    extra = len(names) - _LISTED
    return f"{shown} and {extra} more" if extra > 0 else shown
