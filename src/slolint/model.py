"""The normalized model: every format adapter produces these frozen records.

Rules are written once against this model. It is the one place that knows units: a target
is always a ratio in ``Objective.target`` (the value *as written* and its unit are kept for
messages), and windows are in seconds. Every object keeps the :class:`Origin` it was read
from, and every field a rule may point at keeps a :class:`Location`, so any verdict can be
placed in the file without the rule ever seeing a line number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from slolint.durations import rolling_seconds, zone_text
from slolint.findings import Location, ObjectRef, Origin
from slolint.quoting import number, quoted
from slolint.records import field_repr

TargetUnit = Literal["ratio", "percent"]


def percent_to_ratio(percent: float) -> float:
    """``99.9`` -> ``0.999`` exactly as written (``99.9 / 100`` is ``0.9990000000000001``)."""
    return round(percent / 100, 12)


def to_float(value: int | float) -> float:
    """A YAML number as a float, never raising: an integer of 400 digits becomes infinite.

    ``float(10**400)`` raises ``OverflowError``; a target that large is out of range
    whatever its unit, and SLO201 says so instead of slolint failing on the document.
    """
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


ASPIRATIONAL = "slolint.dev/aspirational"
ASPIRATIONAL_VALUES = ("true", "false")
"""What ``slolint.dev/aspirational`` may say, compared without case and surrounding space."""
POLICY_ANNOTATION = "slolint.dev/error-budget-policy"
SLA_TARGET_ANNOTATION = "slolint.dev/sla-target"
SLA_WINDOW_ANNOTATION = "slolint.dev/sla-window"
POLICY_EXEMPT = "slolint.dev/policy-exempt"


@dataclass(frozen=True, slots=True, repr=False)
class Target:
    """An objective's target: the ratio rules compare, and how the user wrote it.

    ``written`` is the value as it appears in the file: a YAML number for ``target`` and
    ``targetPercent``, the annotation's text for ``slolint.dev/sla-target``. ``ratio`` may
    be NaN, infinite or outside (0, 1) for a broken file; :attr:`in_range` tells rules
    that compare targets whether the number means anything.
    """

    __repr__ = field_repr

    ratio: float
    written: int | float | str
    unit: TargetUnit
    location: Location

    @property
    def in_range(self) -> bool:
        """True for a usable target: finite and strictly between 0 and 100%."""
        return 0 < self.ratio < 1

    def as_written(self) -> str:
        """The value exactly as the file spells it, bounded: ``99.9``, ``.nan``, ``"99.5"``."""
        value = self.written
        if isinstance(value, str):
            return quoted(value)
        if isinstance(value, float) and not math.isfinite(value):
            return ".nan" if math.isnan(value) else ("-.inf" if value < 0 else ".inf")
        return number(value)

    def shown(self) -> str:
        """The value as written plus its percentage, for messages: ``1.0 (100%)``."""
        written = self.as_written()
        if self.unit == "percent" and not isinstance(self.written, str):
            return f"{written}%"
        if not math.isfinite(self.ratio) or abs(self.ratio) >= 1e6:
            return written  # no percentage of absurd length
        pct = f"{self.ratio * 100:.6f}".rstrip("0").rstrip(".")
        return f"{written} ({pct}%)"


@dataclass(frozen=True, slots=True, repr=False)
class Calendar:
    """Where a calendar window's periods start: a local wall-clock time in an IANA zone.

    ``start`` is ``calendar.startTime`` as (year, month, day, hour, minute, second), or None
    for the natural start of the unit; ``zone`` is ``calendar.timeZone``, ``UTC`` when not
    given. ``problem`` says why a start time that was written could not be read.
    """

    __repr__ = field_repr

    start: tuple[int, int, int, int, int, int] | None = None
    zone: str = "UTC"
    problem: str | None = None
    zone_location: Location | None = field(default=None, compare=False)
    """Where ``timeZone`` was written; None when the zone is the default UTC."""


@dataclass(frozen=True, slots=True, repr=False)
class Window:
    """An SLO or SLA time window: ``count`` units, rolling or cut into calendar periods.

    Units are OpenSLO's duration-shorthand postfixes (``m h d w M Q Y``). A rolling window is
    every interval of its length (go-sdk: ``M`` = 30 days, ``Q`` = 90, ``Y`` = 365); a
    calendar window is the sequence of real periods from its :class:`Calendar`, so a
    calendar month lasts 28 to 31 days (see :mod:`slolint.periods`). Equality ignores
    ``location``, so comparisons are cached once per distinct window, not per file.
    """

    __repr__ = field_repr

    duration: str
    count: int
    unit: str
    rolling: bool
    location: Location = field(compare=False)
    calendar: Calendar | None = None
    default: bool = False
    """True for the calendar month assumed when an SLA objective gives no window."""

    @property
    def seconds(self) -> int | None:
        """The length of a rolling window in seconds (None for a calendar window)."""
        return rolling_seconds(self.duration) if self.rolling else None

    def describe(self) -> str:
        """``28d rolling``, ``1M calendar from 2026-01-15 00:00 UTC``."""
        if self.rolling:
            return f"{self.duration} rolling"
        calendar = self.calendar or Calendar()
        zone = zone_text(calendar.zone)
        if self.default:
            return f"{self.duration} calendar in {zone} (the default)"
        if calendar.start is None:
            return f"{self.duration} calendar in {zone}"
        year, month, day, hour, minute, _second = calendar.start
        return (
            f"{self.duration} calendar from {year:04d}-{month:02d}-{day:02d} "
            f"{hour:02d}:{minute:02d} {zone}"
        )


@dataclass(frozen=True, slots=True, repr=False)
class Duration:
    """A duration as written (``5m``, ``1h``) and its length in **seconds**.

    ``seconds`` is None when the text is not duration-shorthand (``30 days``) and 0 for a
    zero length (``0m``); rolling ``M``/``Q``/``Y`` count 30/90/365 days, as go-sdk does.
    """

    __repr__ = field_repr

    written: str
    seconds: int | None
    location: Location


@dataclass(frozen=True, slots=True, repr=False)
class Query:
    """One metric source of an SLI (good, bad, total, raw or threshold), comparable.

    ``text`` is the source in a canonical form (the data source reference, the type and the
    query spec, whitespace inside strings collapsed), so that two sources that measure the
    same thing compare equal whatever their layout; ``location`` is where it was written.
    """

    __repr__ = field_repr

    text: str
    location: Location
    source_ref: NameRef | None = None
    """The data source it names (OpenSLO ``metricSourceRef``), where one is named."""


@dataclass(frozen=True, slots=True, repr=False)
class Metrics:
    """The metric sources of an SLI, whatever the format called them.

    A ratio SLI has ``good`` or ``bad`` over ``total`` (Sloth ``error_query``/``total_query``
    is ``bad``/``total``, slo-generator ``filter_good``/``filter_valid`` is ``good``/``total``),
    or a ``raw`` ratio with ``raw_type`` (``success`` or ``failure``); a threshold SLI has
    ``threshold``. Every field is None when the format did not write it.
    """

    __repr__ = field_repr

    good: Query | None = None
    bad: Query | None = None
    total: Query | None = None
    raw: Query | None = None
    raw_type: str | None = None
    threshold: Query | None = None
    location: Location | None = None
    """The metric block (``ratioMetric``, ``thresholdMetric``), for findings about it."""
    shape_checked: bool = False
    """True when the format's JSON Schema already checks the shape (good xor bad next to
    total, raw with rawType), so that SLO602 leaves it to the schema stage."""


@dataclass(frozen=True, slots=True, repr=False)
class Indicator:
    """What an SLO measures: a referenced SLI name, or an inline SLI with a kind."""

    __repr__ = field_repr

    ref: str | None
    name: str | None
    kind: Literal["ratio", "threshold"] | None
    location: Location
    metrics: Metrics | None = None
    """The metric sources of an inline SLI (None for a reference)."""

    @property
    def key(self) -> str | None:
        """The SLI name that decides comparability (ref or inline name)."""
        return self.ref or self.name


@dataclass(frozen=True, slots=True, repr=False)
class Objective:
    """One objective of an SLO; each has its own error budget.

    ``op``/``value`` are the threshold an SLI is compared with (``lt lte gt gte``, in the
    SLI's own unit); ``time_slice_target`` is a ratio (go-sdk: (0, 1]) and
    ``time_slice_window`` the length of one slice. Fields a format cannot express stay None.
    """

    __repr__ = field_repr

    index: int
    target: Target | None
    indicator: Indicator | None
    display_name: str | None
    location: Location
    op: str | None = None
    op_location: Location | None = None
    value: float | None = None
    value_location: Location | None = None
    time_slice_target: float | None = None
    time_slice_target_location: Location | None = None
    time_slice_window: Duration | None = None
    name: str | None = None
    """The objective's own ``name`` (unique within its SLO), not its display name."""


@dataclass(frozen=True, slots=True, repr=False)
class Selector:
    """A Kubernetes label selector over SLO labels (values may be lists, as OpenSLO allows)."""

    __repr__ = field_repr

    match_labels: tuple[tuple[str, str], ...]
    match_expressions: tuple[tuple[str, str, tuple[str, ...]], ...]
    location: Location

    def matches(self, labels: dict[str, tuple[str, ...]]) -> bool:
        for key, value in self.match_labels:
            if value not in labels.get(key, ()):
                return False
        for key, operator, values in self.match_expressions:
            present = labels.get(key)
            if operator == "Exists" and present is None:
                return False
            if operator == "DoesNotExist" and present is not None:
                return False
            if operator == "In" and not (present and set(present) & set(values)):
                return False
            if operator == "NotIn" and present and set(present) & set(values):
                return False
        return True


@dataclass(frozen=True, slots=True, repr=False)
class NameRef:
    """A reference to another object by name, and where it was written."""

    __repr__ = field_repr

    name: str
    location: Location
    via: str | None = None
    """How the format spells the reference, for messages (``spec.error_budget_policy``);
    None for the ``slolint.dev/error-budget-policy`` annotation."""


@dataclass(frozen=True, slots=True, repr=False)
class RefSet:
    """SLOs chosen by name and/or label selector (SLA ``backedBy``, policy ``scope``)."""

    __repr__ = field_repr

    slo_refs: tuple[NameRef, ...]
    selector: Selector | None
    exclude: tuple[str, ...] = ()
    """SLO names removed from the set (``exclude``)."""
    exclude_aspirational: bool = True
    """``excludeAspirational``: leave out SLOs annotated ``slolint.dev/aspirational: "true"``,
    even when named in ``sloRefs``; ``false`` keeps them in a policy's scope."""


@dataclass(frozen=True, slots=True, repr=False)
class AlertCondition:
    """A burn-rate (or other) alert condition, inline or a standalone ``AlertCondition``.

    ``kind`` is the condition kind as written (OpenSLO ``burnrate``); ``threshold`` is a
    burn rate (a multiple of the rate that spends the budget exactly over the SLO window,
    no unit); ``op`` fires the alert when ``burn rate <op> threshold``. ``lookback`` is the
    long window, ``short_window`` the short window of a multiwindow pair where the format
    has one (Sloth, policy triggers), ``alert_after`` how long the condition must hold.
    ``severity`` is as written (``page``, ``ticket``, ``critical``...).
    """

    __repr__ = field_repr

    kind: str | None
    op: str | None
    threshold: float | None
    lookback: Duration | None
    location: Location
    alert_after: Duration | None = None
    short_window: Duration | None = None
    severity: str | None = None
    op_location: Location | None = None
    threshold_location: Location | None = None
    resource: Resource | None = None
    """The standalone ``AlertCondition`` object; None for a condition written inline."""


@dataclass(frozen=True, slots=True, repr=False)
class AlertPolicy:
    """Alerting attached to SLOs: conditions (inline or by ``conditionRef``) and targets.

    A policy written inline in an SLO's ``alertPolicies`` has a resource too (its own
    metadata) but is not indexed by name. ``disabled`` is True when the format switches the
    alerts off (Sloth ``disable: true``).
    """

    __repr__ = field_repr

    resource: Resource
    conditions: tuple[AlertCondition, ...] = ()
    condition_refs: tuple[NameRef, ...] = ()
    target_refs: tuple[NameRef, ...] = ()
    disabled: bool = False

    @property
    def name(self) -> str:
        return self.resource.name


@dataclass(frozen=True, slots=True, repr=False)
class Resource:
    """Any recognized object; SLO, SLA and policy records embed one."""

    __repr__ = field_repr

    api_version: str
    kind: str
    name: str
    origin: Origin
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)
    name_path: tuple[str | int, ...] = ("metadata", "name")
    """Where the name is written: Sloth SLOs sit in a list (``slos[2].name``), and their
    name is ``<service>-<name>``, so the path says which field to point at."""
    unique: bool = True
    """False for names that are keys of one configuration file (slo-generator's backends,
    exporters and policies), which each environment's configuration repeats: they are not
    duplicates of each other."""
    document: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    """The object's mapping as written (shared with the loader's data, not copied); team
    policies assert on it beside the normalized view."""

    @property
    def ref(self) -> ObjectRef:
        return ObjectRef(self.api_version, self.kind, self.name)

    @property
    def location(self) -> Location:
        """Where to report problems about the object as a whole: its name."""
        return self.origin.at(*self.name_path)


@dataclass(frozen=True, slots=True, repr=False)
class SLO:
    __repr__ = field_repr
    resource: Resource
    service: str | None
    indicator: Indicator | None
    objectives: tuple[Objective, ...]
    window: Window | None
    budgeting_method: str | None
    policy_refs: tuple[NameRef, ...] = ()
    alert_policy_refs: tuple[NameRef, ...] = ()
    alert_policies: tuple[AlertPolicy, ...] = ()
    """Alert policies written inline in the SLO (referenced ones are ``alert_policy_refs``)."""
    service_location: Location | None = None
    budgeting_method_location: Location | None = None
    description: str | None = None
    alerting_known: bool = True
    """False for formats whose alerting slolint cannot see (no SLO701 without alerting)."""
    window_written: Duration | None = None
    """The window's duration as written, even when unreadable (``30 days``) or zero
    (``window`` is None then); ``seconds`` uses go-sdk's rolling lengths."""
    schema_checks: frozenset[str] = frozenset()
    """What the format's JSON Schema already enforces, so that rules leave it to the schema
    stage (one mistake, one finding): ``duration`` (shorthand form), ``window-required``,
    ``time-slices`` (timeSliceTarget range and required slice fields), ``threshold-op``
    (op/value of an inline threshold SLI), ``ratio-op`` (no op/value with an inline ratio
    SLI), ``names`` (RFC 1123 object names)."""
    period_option: tuple[str, str] | None = None
    """For formats whose files carry no window (Sloth): the ``(rule code, option)`` whose
    value is the SLO period, read per file through the configuration
    (:meth:`slolint.workspace.Workspace.slo_window`); ``window`` is then None."""
    refs: tuple[tuple[str, NameRef], ...] = ()
    """Other references the format makes, with the kind each must name (slo-generator:
    ``("Backend", spec.backend)``, ``("Exporter", spec.exporters[i])``)."""
    period_from_policy: bool = False
    """True when the SLO's period is that of the policy it names (slo-generator: the steps
    of its ``error_budget_policy``); ``window`` is then None."""

    @property
    def name(self) -> str:
        return self.resource.name

    @property
    def aspirational(self) -> bool:
        return self.resource.annotations.get(ASPIRATIONAL, "").strip().lower() == "true"

    @property
    def policy_exempt(self) -> bool:
        return bool(self.resource.annotations.get(POLICY_EXEMPT, "").strip())

    def indicator_for(self, objective: Objective) -> Indicator | None:
        """Composite SLOs carry the indicator per objective; others at spec level."""
        return objective.indicator or self.indicator


@dataclass(frozen=True, slots=True, repr=False)
class SLI:
    __repr__ = field_repr
    resource: Resource
    kind: Literal["ratio", "threshold"] | None
    metrics: Metrics | None = None


@dataclass(frozen=True, slots=True, repr=False)
class Consequence:
    """One tier of an SLA's ``consequences``: below ``below`` (a target), ``credit`` is due."""

    __repr__ = field_repr

    below: Target | None
    credit: str | None
    location: Location


@dataclass(frozen=True, slots=True, repr=False)
class SLAObjective:
    __repr__ = field_repr
    index: int
    target: Target | None
    indicator_ref: str | None
    window: Window | None
    budgeting_method: str | None
    location: Location
    indicator_location: Location | None = None
    """Where ``indicatorRef`` is written, for SLO802 when it names no indicator."""


@dataclass(frozen=True, slots=True, repr=False)
class SLA:
    __repr__ = field_repr
    resource: Resource
    service: str | None
    backed_by: RefSet | None
    objectives: tuple[SLAObjective, ...]
    implicit: bool = False
    """True for an SLA expanded from an SLO's ``slolint.dev/sla-target`` annotation."""
    annotated: SLO | None = None
    """For an implicit SLA, the very SLO that carries the annotation and alone backs it.

    Backing it by name would also pick up namesakes in other files (names are unique per
    kind only within one project), comparing one SLO with another SLO's annotation.
    """
    consequences: tuple[Consequence, ...] | None = None
    """``spec.consequences``; None when not written (an implicit SLA has none to write)."""
    revisit_date: str | None = None
    """``revisitDate`` as written (``YYYY-MM-DD``)."""
    revisit_location: Location | None = None

    @property
    def name(self) -> str:
        return self.resource.name


@dataclass(frozen=True, slots=True, repr=False)
class PolicyAction:
    """What a trigger makes someone do: ``type`` (releaseFreeze, changeHalt, page...).

    ``exceptions`` are the changes a freeze still lets through; ``until`` is True when an
    exit condition is written (``withinSlo``, ``budgetRecovered``).
    """

    __repr__ = field_repr

    type: str | None
    actor: str | None
    exceptions: tuple[str, ...]
    until: bool
    location: Location


RESTRICTIVE_ACTIONS = frozenset({"releaseFreeze", "changeHalt", "reliabilityFocus"})
FREEZE_ACTIONS = frozenset({"releaseFreeze", "changeHalt"})


@dataclass(frozen=True, slots=True, repr=False)
class Trigger:
    """When a policy acts: budget consumed (a ratio of the budget, 1 = all of it), or a
    burn rate over ``window`` (with an optional ``short_window``)."""

    __repr__ = field_repr

    name: str | None
    budget_consumed: float | None
    burn_rate: float | None
    window: Duration | None
    short_window: Duration | None
    actions: tuple[PolicyAction, ...]
    location: Location
    budget_consumed_location: Location | None = None
    burn_rate_location: Location | None = None


@dataclass(frozen=True, slots=True, repr=False)
class ErrorBudgetPolicy:
    __repr__ = field_repr
    resource: Resource
    scope: RefSet | None
    owner: str | None
    approvers: tuple[str, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    escalation: tuple[str, ...] = ()
    """``escalation.path``: who to turn to, in order."""
    dispute_resolver: str | None = None
    revisit_date: str | None = None
    """``revisitDate`` as written (``YYYY-MM-DD``)."""
    revisit_location: Location | None = None
    detailed: bool = False
    """True when the format writes triggers, approvers and escalation (slolint's own kind);
    False for policies adapted from formats that have no such fields (no SLO402-SLO405)."""
    period: Window | None = None
    """The compliance period a policy gives the SLOs that name it when their format has no
    window of its own (slo-generator: the longest step ``window``)."""

    @property
    def name(self) -> str:
        return self.resource.name


@dataclass(frozen=True, slots=True, repr=False)
class AlertWindows:
    """A catalog of burn-rate alert windows for one SLO period (Sloth ``AlertWindows``).

    Sloth generates alerts only for SLO periods that have such a catalog: its built-in
    ``28d`` and ``30d`` ones, or one of these in the repository.
    """

    __repr__ = field_repr

    resource: Resource
    period: str | None
    period_location: Location


ModelObject = (
    SLO | SLI | SLA | ErrorBudgetPolicy | AlertPolicy | AlertCondition | AlertWindows | Resource
)
