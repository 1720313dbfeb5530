"""SLO7xx: alerting on SLOs, and burn-rate conditions that fit the SLO they watch.

A burn-rate condition reaches an SLO through its alert policies (inline, or by
``alertPolicyRef``, each with inline conditions or ``conditionRef``s) or through an
error-budget policy trigger on ``burnRate``. The name indexes are built once per run, and
each (condition, SLO) pair is judged once, so the cost is linear in the references.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from slolint.budget import (
    DAY,
    STANDARD_ALERTS,
    consumed_at_alert,
    describe_percent,
    describe_rate,
    describe_share,
    expected_thresholds,
    max_burn_rate,
    usable_length,
)
from slolint.durations import describe_seconds, rolling_seconds
from slolint.findings import Location, ObjectRef, Related, Severity, Violation, violation
from slolint.model import SLO, AlertCondition, AlertPolicy, Duration, ErrorBudgetPolicy, Objective
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.rules.targets import Verdict, burn_rate_ceilings, classify
from slolint.workspace import Workspace

BURN_RATE = "burnrate"
ALERTING_ACTIONS = frozenset({"page", "ticket", "notify"})
STANDARD_WINDOW = 30 * DAY
"""The SLO window the Workbook's 14.4 / 6 / 3 / 1 were computed for."""


@dataclass(frozen=True, slots=True)
class Burn:
    """A burn-rate condition as the rules see it, wherever it was written."""

    threshold: float
    lookback: Duration | None
    short_window: Duration | None
    location: Location
    """Where the threshold is written."""
    what: str
    """``burn-rate condition "fast"`` / ``trigger "fast-burn"``, for messages."""
    key: int
    """Identity of the written condition, so that each (condition, SLO) is judged once."""
    trigger: bool = False
    """An error-budget policy trigger (SLO406 reports its unreachable burn rates)."""
    pages: bool | None = None
    """True for a paging alert, False for a ticket, None when the format does not say."""


def _indexes(workspace: Workspace) -> tuple[dict[str, AlertPolicy], dict[str, AlertCondition]]:
    def compute() -> tuple[dict[str, AlertPolicy], dict[str, AlertCondition]]:
        policies: dict[str, AlertPolicy] = {}
        for policy in workspace.alert_policies:
            policies.setdefault(policy.name, policy)
        conditions: dict[str, AlertCondition] = {}
        for condition in workspace.alert_conditions:
            if condition.resource is not None:
                conditions.setdefault(condition.resource.name, condition)
        return policies, conditions

    return workspace.memo("alert-indexes", compute)


def policies_of(slo: SLO, workspace: Workspace) -> list[AlertPolicy]:
    """The alert policies an SLO names or holds inline (dangling names are SLO802's)."""
    return _policies_of(slo, _indexes(workspace)[0])


def _policies_of(slo: SLO, by_name: dict[str, AlertPolicy]) -> list[AlertPolicy]:
    found = list(slo.alert_policies)
    found += [by_name[ref.name] for ref in slo.alert_policy_refs if ref.name in by_name]
    return found


def conditions_of(policy: AlertPolicy, workspace: Workspace) -> list[AlertCondition]:
    _, by_name = _indexes(workspace)
    found = list(policy.conditions)
    found += [by_name[ref.name] for ref in policy.condition_refs if ref.name in by_name]
    return found


def _condition_name(condition: AlertCondition) -> str:
    if condition.resource is not None:
        return f"burn-rate condition {quoted(condition.resource.name)}"
    return "burn-rate condition"


class _Sources(NamedTuple):
    """Where the burn-rate conditions of SLOs come from, looked up once per run."""

    alert_policies: dict[str, AlertPolicy]
    budget_policies: dict[int, list[ErrorBudgetPolicy]]
    made: dict[int, tuple[Burn, ...]]
    """``id(policy)`` -> its burn-rate conditions, read once per policy, not per SLO."""


def _sources(workspace: Workspace) -> _Sources:
    def compute() -> _Sources:
        return _Sources(_indexes(workspace)[0], _budget_policies(workspace), {})

    return workspace.memo("burn-rate-sources", compute)


def burns(slo: SLO, workspace: Workspace) -> list[Burn]:
    """Every burn-rate condition that watches an SLO, from alert and budget policies."""
    return _burns(slo, _sources(workspace), workspace)


def _burns(slo: SLO, sources: _Sources, workspace: Workspace) -> list[Burn]:
    made = sources.made
    found: list[Burn] = []
    if slo.alert_policies or slo.alert_policy_refs:
        for policy in _policies_of(slo, sources.alert_policies):
            written = made.get(id(policy))
            if written is None:
                written = made[id(policy)] = _alert_burns(policy, workspace)
            found += written
    for budget_policy in sources.budget_policies.get(id(slo), ()):
        written = made.get(id(budget_policy))
        if written is None:
            written = made[id(budget_policy)] = _trigger_burns(budget_policy)
        found += written
    return found


def _alert_burns(policy: AlertPolicy, workspace: Workspace) -> tuple[Burn, ...]:
    return tuple(
        Burn(
            condition.threshold,
            condition.lookback,
            condition.short_window,
            condition.threshold_location or condition.location,
            _condition_name(condition),
            id(condition),
            pages=_pages(condition.severity),
        )
        for condition in conditions_of(policy, workspace)
        if condition.kind == BURN_RATE and condition.threshold is not None
    )


def _trigger_burns(budget_policy: ErrorBudgetPolicy) -> tuple[Burn, ...]:
    return tuple(
        Burn(
            trigger.burn_rate,
            trigger.window,
            trigger.short_window,
            trigger.burn_rate_location or trigger.location,
            f"trigger {quoted(trigger.name or '')}",
            id(trigger),
            trigger=True,
            pages=any(a.type == "page" for a in trigger.actions)
            or (False if any(a.type == "ticket" for a in trigger.actions) else None),
        )
        for trigger in budget_policy.triggers
        if trigger.burn_rate is not None
    )


PAGING = frozenset({"page", "critical", "high", "sev1", "p1"})
"""Severity words that page someone; every other written severity files a ticket."""


def _pages(severity: str | None) -> bool | None:
    return None if severity is None else severity.strip().lower() in PAGING


def _budget_policies(workspace: Workspace) -> dict[int, list[ErrorBudgetPolicy]]:
    """Error-budget policies with burn-rate triggers, per SLO in their scope (by id)."""

    def compute() -> dict[int, list[ErrorBudgetPolicy]]:
        index: dict[int, list[ErrorBudgetPolicy]] = {}
        for policy in workspace.policies:
            if policy.scope is None or not any(t.burn_rate for t in policy.triggers):
                continue
            for slo in workspace.select(policy.scope, keep_aspirational=True):
                index.setdefault(id(slo), []).append(policy)
        return index

    return workspace.memo("budget-policies-by-slo", compute)


def window_seconds(slo: SLO) -> int | None:
    """The SLO window burn rates are relative to: its nominal length (a month is 30 days,
    as go-sdk and Sloth count it), unlike the budget-size rules' shortest period."""
    return usable_length(rolling_seconds(slo.window.duration)) if slo.window else None


def _usable(objective: Objective) -> bool:
    return objective.target is not None and classify(objective.target) is Verdict.FINE


def _alerting_policies(workspace: Workspace) -> list[ErrorBudgetPolicy]:
    return [
        p
        for p in workspace.policies
        if p.scope is not None
        and any(a.type in ALERTING_ACTIONS for t in p.triggers for a in t.actions)
    ]


def _alerted(workspace: Workspace) -> set[int]:
    """ids of SLOs in scope of a budget policy whose triggers page, ticket or notify."""

    def compute() -> set[int]:
        ids: set[int] = set()
        for policy in _alerting_policies(workspace):
            assert policy.scope is not None
            ids.update(id(s) for s in workspace.select(policy.scope, keep_aspirational=True))
        return ids

    return workspace.memo("alerted-slos", compute)


@rule(
    "SLO701",
    "slo-without-alerting",
    Severity.WARNING,
    "no alerting watches the SLO",
    depends_on=("AlertPolicy", "ErrorBudgetPolicy"),
)
def slo_without_alerting(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLO that no alert policy watches (no ``alertPolicies``, or all of them
    disabled) and that no error-budget policy trigger with a ``page``, ``ticket`` or
    ``notify`` action covers. Aspirational SLOs are left alone.

    ## Why is this bad?
    "To defend your SLO you will need to set up monitoring and alerting … so that engineers
    receive timely notifications of threats to the error budget before those threats become
    deficits" (The Site Reliability Workbook, ch. 2). An SLO nobody is told about is a
    report, not an objective.
    """
    alerted = _alerted(workspace)
    for slo in workspace.slos:
        if not slo.alerting_known or slo.aspirational or id(slo) in alerted:
            continue
        policies = policies_of(slo, workspace)
        if any(not policy.disabled for policy in policies):
            continue
        if slo.alert_policy_refs and not policies:
            continue  # dangling references are SLO802's
        disabled = " (its alerts are disabled)" if policies else ""
        yield violation(
            "SLO701",
            slo.resource.location,
            f"SLO {quoted(slo.name)} has no alerting{disabled}; add an alert policy with "
            "burn-rate conditions, or a budget-policy trigger that pages",
            obj=slo.resource.ref,
        )


def _pairs(workspace: Workspace) -> list[tuple[SLO, Burn, int | None]]:
    """Each (SLO, burn-rate condition) pair once, in workspace order, with the SLO's
    :func:`window_seconds` (once per run: SLO702, SLO703 and SLO704 judge the same pairs)."""

    def compute() -> list[tuple[SLO, Burn, int | None]]:
        pairs = []
        seconds: dict[str, int | None] = {}  # per window as written: few distinct ones
        sources = _sources(workspace)
        for slo in workspace.slos:
            found = _burns(slo, sources, workspace)
            if not found:
                continue
            written = slo.window.duration if slo.window is not None else None
            if written is None:
                window = None
            elif written in seconds:
                window = seconds[written]
            else:
                window = seconds[written] = window_seconds(slo)
            seen: set[int] = set()
            for burn in found:
                if burn.key not in seen:
                    seen.add(burn.key)
                    pairs.append((slo, burn, window))
        return pairs

    return workspace.memo("burn-rate-pairs", compute)


@rule(
    "SLO702",
    "burn-rate-unreachable",
    Severity.ERROR,
    "a burn-rate threshold is above the largest burn rate the SLO's target allows",
)
def burn_rate_unreachable(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a burn-rate threshold above ``1 / (1 - target)``, the burn rate of a complete
    outage, for an objective of an SLO the condition watches. Error-budget policy triggers
    are SLO406's.

    ## Why is this bad?
    "Consider a service that has a 90% availability target … a 100% outage consumes only
    1.4% of the budget in that hour, this alert could never fire" (The Site Reliability
    Workbook, ch. 5). The alert is dead code: the worst outage pages nobody.
    """
    ceilings = burn_rate_ceilings(workspace)
    for slo, burn, _ in _pairs(workspace):
        if burn.trigger:
            continue  # SLO406 reports a policy trigger that can never fire
        if burn.threshold <= ceilings[id(slo)] + 1e-9:
            continue  # reachable for every objective
        for objective in slo.objectives:
            if not _usable(objective):
                continue
            assert objective.target is not None
            highest = max_burn_rate(objective.target.ratio)
            if burn.threshold > highest + 1e-9:
                yield violation(
                    "SLO702",
                    burn.location,
                    f"{burn.what} threshold {describe_rate(burn.threshold)} can never be reached by SLO "
                    f"{quoted(slo.name)} (target {describe_percent(objective.target.ratio)}): a "
                    f"full outage burns at {describe_rate(highest)}; use a threshold of at most "
                    f"{describe_rate(highest)}",
                    obj=slo.resource.ref,
                    related=(Related(objective.target.location, "the SLO's target"),),
                )
                break


_STANDARD = tuple(
    (index, alert.window, rate)
    for index, (alert, rate) in enumerate(
        zip(STANDARD_ALERTS, expected_thresholds(STANDARD_WINDOW), strict=True)
    )
)
"""Each of the Workbook's 30-day alerts: its index, long window and burn rate."""


def _standard_index(threshold: float, lookback: int) -> int | None:
    """Which of the Workbook's 30-day alerts a (threshold, window) pair copies, if any."""
    for index, window, rate in _STANDARD:
        if window == lookback and abs(threshold - rate) < 1e-9:
            return index
    return None


@rule(
    "SLO703",
    "burn-rate-mis-sized",
    Severity.WARNING,
    "a burn-rate threshold is sized for another SLO window, or fires too early or too late",
    options={
        "type": "object",
        "properties": {
            "page-min-consumed": {
                "type": "number",
                "minimum": 0,
                "default": 0.005,
                "description": "the least share of the budget a page may fire at",
            },
            "page-max-consumed": {
                "type": "number",
                "minimum": 0,
                "default": 0.10,
                "description": "the largest share of the budget a page may wait for",
            },
            "ticket-max-consumed": {
                "type": "number",
                "minimum": 0,
                "default": 0.25,
                "description": "the largest share of the budget a ticket may wait for",
            },
        },
        "additionalProperties": False,
    },
)
def burn_rate_mis_sized(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a burn-rate condition that copies one of the Workbook's 30-day thresholds (14.4
    over 1h, 6 over 6h, 3 over 1d, 1 over 3d) onto an SLO whose window is not 30 days, and
    a threshold below 1. The message gives the threshold that spends the same share of the
    budget in the SLO's own window. Otherwise it compares the share of the budget spent
    when the alert fires, ``threshold * lookback / window``, with bands: a page (severity
    ``page``, ``critical``, ``high``, ``sev1``, ``p1``) between 0.5% and 10%, a ticket at
    most 25%.

    ## Why is this bad?
    A burn rate is relative to the SLO's window: 14.4 over 1h spends 2% of a 30-day budget
    but 8.57% of a 7-day one, and 6 over 6h spends 21.4% of it before paging (Kibana issue
    170830). For 28 days the numbers are 13.44 / 5.6 / 2.8 / 0.933. A threshold below 1
    fires while the service is on track to meet its SLO. The bands are slolint's defaults,
    anchored on the Workbook's starting numbers (2% in 1h and 5% in 6h for pages, 10% in 3d
    for tickets).

    ## Options
    ``page-min-consumed`` (0.005), ``page-max-consumed`` (0.10), ``ticket-max-consumed``
    (0.25): shares of the budget.
    """
    # the bands per options object, kept with it so that its id stays its own: few per run
    bands: dict[int, tuple[Mapping[str, object], tuple[float, float, float]]] = {}
    for slo, burn, window in _pairs(workspace):
        lookback = usable_length(burn.lookback.seconds if burn.lookback is not None else None)
        if window is None or not lookback:
            continue
        if burn.threshold < 1:
            consumed = consumed_at_alert(burn.threshold, lookback, window)
            yield violation(
                "SLO703",
                burn.location,
                f"{burn.what} threshold {describe_rate(burn.threshold)} is below 1: it fires while SLO "
                f"{quoted(slo.name)} is on track to keep its budget (it has used "
                f"{describe_share(consumed)} of it); use a threshold of at least 1",
                obj=slo.resource.ref,
            )
            continue
        index = _standard_index(burn.threshold, lookback)
        if index is None or window == STANDARD_WINDOW:
            if burn.pages is None:
                continue
            options = workspace.rule_options("SLO703", slo.resource.origin.file)
            known = bands.get(id(options))
            if known is None:
                known = bands[id(options)] = (options, _bands(options))
            found = _out_of_band(slo, burn, lookback, window, known[1])
            if found is not None:
                yield found
            continue
        alert = STANDARD_ALERTS[index]
        expected = expected_thresholds(window)[index]
        consumed = consumed_at_alert(burn.threshold, lookback, window)
        assert slo.window is not None
        yield violation(
            "SLO703",
            burn.location,
            f"{burn.what} threshold {describe_rate(burn.threshold)} over {describe_seconds(lookback)} "
            f"is sized for a 30d window; for the {slo.window.duration} window of SLO "
            f"{quoted(slo.name)} it fires after {describe_share(consumed)} of the budget, and "
            f"{describe_share(alert.consumed)} in {describe_seconds(alert.window)} is a "
            f"threshold of {describe_rate(expected)}",
            obj=slo.resource.ref,
        )


def _bands(options: Mapping[str, object]) -> tuple[float, float, float]:
    """The shares of the budget the options allow: least and largest for a page, largest
    for a ticket (read once per options object: the plan shares one per folder)."""
    return (
        _share(options.get("page-min-consumed"), 0.005),
        _share(options.get("page-max-consumed"), 0.10),
        _share(options.get("ticket-max-consumed"), 0.25),
    )


def _out_of_band(
    slo: SLO, burn: Burn, lookback: int, window: int, band: tuple[float, float, float]
) -> Violation | None:
    """A page that fires too early or too late, or a ticket that fires too late."""
    consumed = consumed_at_alert(burn.threshold, lookback, window)
    page_low, page_high, ticket_high = band
    if burn.pages:
        low, high, kind = page_low, page_high, "page"
    else:
        low, high, kind = 0.0, ticket_high, "ticket"
    if low - 1e-12 <= consumed <= high + 1e-12:
        return None
    when = "only after" if consumed > high else "already at"
    limit = describe_share(high if consumed > high else low)
    return violation(
        "SLO703",
        burn.location,
        f"{burn.what} ({kind}) threshold {describe_rate(burn.threshold)} over "
        f"{describe_seconds(lookback)} fires {when} {describe_share(consumed)} of the budget of "
        f"SLO {quoted(slo.name)}; size a {kind} to fire "
        + (f"by {limit}" if consumed > high else f"at {limit} or more"),
        obj=slo.resource.ref,
    )


def _share(value: object, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    return float(value)


@rule(
    "SLO704",
    "alert-window-out-of-range",
    Severity.ERROR,
    "a burn-rate lookback window is longer than the SLO window",
)
def alert_window_out_of_range(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a burn-rate condition whose lookback (long) window is longer than the window of
    an SLO it watches.

    ## Why is this bad?
    A burn rate is defined against the budget of the SLO's own window (The Site Reliability
    Workbook, ch. 5); a longer lookback counts errors from outside any SLO period, and the
    alert fires on budget that has already been renewed.
    """
    for slo, burn, window in _pairs(workspace):
        lookback = burn.lookback
        if window is None or lookback is None or lookback.seconds is None:
            continue
        if lookback.seconds > window:
            assert slo.window is not None
            yield violation(
                "SLO704",
                lookback.location,
                f"{burn.what} looks back {lookback.written}, longer than the "
                f"{slo.window.duration} window of SLO {quoted(slo.name)}; use a lookback "
                "within the SLO window",
                obj=slo.resource.ref,
            )


SHORT_LOW, SHORT_HIGH = 1 / 24, 1 / 6


@rule(
    "SLO705",
    "multiwindow-short-window",
    Severity.WARNING,
    "a multiwindow alert's short window is far from 1/12 of its long window",
)
def multiwindow_short_window(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Where a long and a short window are written together (policy triggers with
    ``shortWindow``, Sloth alert windows), flags a short window not shorter than the long
    one, or outside 1/24 to 1/6 of it.

    ## Why is this bad?
    "A good guideline is to make the short window 1/12 the duration of the long window"
    (The Site Reliability Workbook, ch. 5: 1h/5m, 6h/30m, 3d/6h). A short window too long
    keeps the alert firing long after the problem is fixed; one too short makes it flap.
    """
    seen: set[int] = set()
    items: list[tuple[Duration, Duration, str, ObjectRef | None]] = []
    for policy in workspace.policies:
        for trigger in policy.triggers:
            if trigger.window and trigger.short_window:
                items.append(
                    (
                        trigger.window,
                        trigger.short_window,
                        f"trigger {quoted(trigger.name or '')}",
                        policy.resource.ref,
                    )
                )
    for condition in [*workspace.alert_conditions, *_inline_conditions(workspace)]:
        if condition.lookback and condition.short_window and id(condition) not in seen:
            seen.add(id(condition))
            items.append(
                (
                    condition.lookback,
                    condition.short_window,
                    _condition_name(condition),
                    condition.resource.ref if condition.resource else None,
                )
            )
    for long, short, what, ref in items:
        long_seconds, short_seconds = usable_length(long.seconds), usable_length(short.seconds)
        if long_seconds is None or short_seconds is None:
            continue
        ratio = short_seconds / long_seconds
        if ratio >= 1 or not SHORT_LOW - 1e-9 <= ratio <= SHORT_HIGH + 1e-9:
            suggested = describe_seconds(max(60, round(long_seconds / 12 / 60) * 60))
            yield violation(
                "SLO705",
                short.location,
                f"{what} has short window {short.written} for long window {long.written} "
                f"(1/{describe_rate(1 / ratio) if ratio else 'inf'}); use about 1/12 of it, "
                f"{suggested}",
                obj=ref,
            )


def _inline_conditions(workspace: Workspace) -> Iterator[AlertCondition]:
    for policy in workspace.alert_policies:
        yield from policy.conditions
    for slo in workspace.slos:
        for policy in slo.alert_policies:
            yield from policy.conditions


@rule(
    "SLO706",
    "burn-rate-operator-inverted",
    Severity.ERROR,
    "a burn-rate condition fires when the burn rate is low",
)
def burn_rate_operator_inverted(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a ``burnrate`` condition with ``op: lt`` or ``op: lte``.

    ## Why is this bad?
    Such an alert fires while the service is healthy and stays silent during an outage.
    The OpenSLO README's own example pairs "SLO burn rate … exceeds 2" with
    ``op: lte, threshold: 2``; Nobl9 rejects anything but ``gte`` for burn rates.
    """
    for condition in [*workspace.alert_conditions, *_inline_conditions(workspace)]:
        if condition.kind != BURN_RATE or condition.op not in ("lt", "lte"):
            continue
        yield violation(
            "SLO706",
            condition.op_location or condition.location,
            f"{_condition_name(condition)} fires when the burn rate is {condition.op} "
            f"{describe_rate(condition.threshold) if condition.threshold is not None else 'the threshold'}, "
            "that is while the service is healthy; use op gte",
            obj=condition.resource.ref if condition.resource else None,
        )
