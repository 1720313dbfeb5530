"""SLO3xx: the relation between SLOs and the SLAs they back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from slolint.compare import Verdict, compare
from slolint.findings import MessagePart, Severity, Violation, violation
from slolint.model import SLA, SLO, Objective, SLAObjective, Target
from slolint.registry import rule
from slolint.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Pair:
    """An SLO objective matched to the SLA objective it backs (same indicator)."""

    sla: SLA
    sla_objective: SLAObjective
    sla_target: Target
    slo: SLO
    objective: Objective
    target: Target


def backing_slos(sla: SLA, workspace: Workspace) -> list[SLO]:
    """``backedBy`` when given, else the SLOs of the SLA's service; never aspirational ones."""
    if sla.backed_by is not None:
        candidates = workspace.select(sla.backed_by)
    elif sla.service:
        candidates = [slo for slo in workspace.slos if slo.service == sla.service]
    else:
        candidates = []
    return [slo for slo in candidates if not slo.aspirational]


def _indicator_key(slo: SLO, objective: Objective) -> str | None:
    indicator = slo.indicator_for(objective)
    return indicator.key if indicator is not None else None


def match(workspace: Workspace) -> Iterator[tuple[SLA, SLAObjective, list[Pair], set[str]]]:
    """Each SLA objective with its comparable pairs and the indicators it was not compared to."""
    for sla in workspace.slas:
        slos = backing_slos(sla, workspace)
        for sla_objective in sla.objectives:
            if sla_objective.target is None or not sla_objective.target.in_range:
                continue  # SLO201 reports targets that are no percentage at all
            pairs: list[Pair] = []
            others: set[str] = set()
            for slo in slos:
                for objective in slo.objectives:
                    if objective.target is None or not objective.target.in_range:
                        continue
                    key = _indicator_key(slo, objective)
                    wanted = sla_objective.indicator_ref
                    if wanted is not None and key != wanted:
                        others.add(key or "an inline indicator")
                        continue
                    pairs.append(
                        Pair(
                            sla,
                            sla_objective,
                            sla_objective.target,
                            slo,
                            objective,
                            objective.target,
                        )
                    )
            yield sla, sla_objective, pairs, others


def _sla_label(pair: Pair) -> tuple[MessagePart, ...]:
    """``SLA "name" target 99.9% (file:line)``, or the annotation for the shorthand."""
    shown = f"{pair.sla_target.ratio * 100:.6f}".rstrip("0").rstrip(".") + "%"
    if pair.sla.implicit:
        return (f"the SLA target {shown} of its annotation (", pair.sla_target.location, ")")
    return (f'SLA "{pair.sla.name}" target {shown} (', pair.sla_target.location, ")")


def _percent(ratio: float) -> str:
    return f"{ratio * 100:.4f}".rstrip("0").rstrip(".") + "%"


@rule(
    "SLO301",
    "slo-not-stricter-than-sla",
    Severity.ERROR,
    "an SLO must be strictly stricter than the SLA it backs",
)
def slo_not_stricter_than_sla(workspace: Workspace) -> Iterator[Violation]:
    """
    Each SLA objective is compared with the SLO objectives that back it, and every one of
    them must be strictly stricter: "Using a tighter internal SLO than the SLO advertised to
    users gives you room to respond to chronic problems before they become visible
    externally" (Site Reliability Engineering, ch. 4). Equal targets fail: the SLA is
    breached the moment the SLO is.

    Backing SLOs are those named or selected by the SLA's ``spec.backedBy``; without it, the
    SLOs of the same ``spec.service``. Only objectives on the same indicator are compared
    (the SLA objective's ``indicatorRef`` against the SLO's); aspirational SLOs never back
    an SLA. The ``slolint.dev/sla-target`` annotation is an SLA backed by its own SLO.

    When the windows differ the comparison stays sound: for time-based budgets
    (``Timeslices``, ``RatioTimeslices``) slolint computes the worst-case target the SLO
    guarantees over any SLA period (a rolling 28d SLO covers a 31-day month with two
    windows), so a 90d SLO at 99.95% guarantees only 99.85% for one calendar month. For
    request-based budgets (``Occurrences``) no such bound exists; SLO303 says so.

    The finding points at the SLO target and names the SLA's file and line.

    Fail:

        # SLA: targetPercent 99.9 per calendar month
        # SLO on the same indicator and window:
        objectives:
          - targetPercent: 99.9
    """
    for _sla, _objective, pairs, _others in match(workspace):
        for pair in pairs:
            result = compare(
                pair.target.ratio,
                pair.slo.window,
                pair.slo.budgeting_method,
                pair.sla_target.ratio,
                pair.sla_objective.window,
            )
            if result.verdict is not Verdict.NOT_STRICTER:
                continue
            sla_label = _sla_label(pair)
            if result.guaranteed is None:
                message: tuple[MessagePart, ...] = (
                    f"SLO target {pair.target.shown()} is not stricter than ",
                    *sla_label,
                    "; raise the SLO target above the SLA",
                )
            else:
                slo_window = pair.slo.window.describe() if pair.slo.window else "its window"
                sla_window = pair.sla_objective.window
                period = sla_window.describe() if sla_window else "SLA"
                message = (
                    f"SLO target {pair.target.shown()} over {slo_window} guarantees only "
                    f"{_percent(result.guaranteed)} in a {period} period, not stricter than ",
                    *sla_label,
                )
            yield violation("SLO301", pair.target.location, *message, obj=pair.slo.resource.ref)


@rule(
    "SLO303",
    "sla-window-not-comparable",
    Severity.WARNING,
    "an SLO and its SLA use windows that cannot be compared soundly",
)
def sla_window_not_comparable(workspace: Workspace) -> Iterator[Violation]:
    """
    The SLO's target is nominally above the SLA's, but the two use different windows and the
    SLO budgets occurrences (requests), so no bound says that meeting the SLO meets the SLA.

    With request-based budgets, bad requests can concentrate inside one SLA period while
    every SLO window stays within budget (traffic outside the period dilutes them). Fix it by
    measuring the SLO over the SLA's window, or by budgeting time (``Timeslices`` or
    ``RatioTimeslices``), for which slolint computes a sound worst-case bound (SLO301).

    Fail:

        # SLO: Occurrences over 28d rolling, 99.95%
        # SLA: 99.9% per calendar month (1M)
    """
    for _sla, _objective, pairs, _others in match(workspace):
        for pair in pairs:
            result = compare(
                pair.target.ratio,
                pair.slo.window,
                pair.slo.budgeting_method,
                pair.sla_target.ratio,
                pair.sla_objective.window,
            )
            if result.verdict is not Verdict.UNVERIFIABLE:
                continue
            slo_window = pair.slo.window.describe() if pair.slo.window else "?"
            sla_window = pair.sla_objective.window.describe() if pair.sla_objective.window else "?"
            method = pair.slo.budgeting_method or "Occurrences"
            yield violation(
                "SLO303",
                pair.target.location,
                f"SLO target {pair.target.shown()} ({method}, {slo_window}) cannot be proven "
                f"stricter than ",
                *_sla_label(pair),
                f" over {sla_window}: request-based budgets over different windows have no "
                "sound bound; use the SLA's window or a time-based budgeting method",
                obj=pair.slo.resource.ref,
            )


@rule(
    "SLO305",
    "sla-without-backing-slo",
    Severity.WARNING,
    "an SLA objective is backed by no SLO on the same indicator",
)
def sla_without_backing_slo(workspace: Workspace) -> Iterator[Violation]:
    """
    An SLA objective that no SLO backs leaves nothing to be made stricter: nobody is warned
    before the contract is breached. The message distinguishes an SLA whose service has no
    SLO at all from one whose SLOs measure other indicators; SLOs on different indicators
    are never compared, since a request-success SLO says nothing about a latency promise.

    Services without an SLA are normal; this rule only runs for SLAs that exist.

    Fail:

        kind: SLA
        spec:
          service: payments
          objectives:
            - indicatorRef: payments-availability   # no SLO measures this indicator
              targetPercent: 99.9
    """
    for sla, objective, pairs, others in match(workspace):
        if pairs or sla.implicit:
            continue
        wanted = objective.indicator_ref
        if others:
            listed = ", ".join(f'"{name}"' for name in sorted(others))
            reason = (
                f'measures indicator "{wanted}" but its SLOs measure {listed}; '
                "different indicators are not compared"
            )
        elif sla.backed_by is not None:
            reason = "is backed by no SLO: spec.backedBy selects none"
        else:
            reason = f'is backed by no SLO: no SLO has service "{sla.service}"'
        yield violation(
            "SLO305",
            objective.location,
            f'SLA "{sla.name}" objective {objective.index} {reason}',
            obj=sla.resource.ref,
        )
