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
from typing import Literal

from slolint.durations import rolling_seconds, zone_text
from slolint.findings import Location, ObjectRef, Origin
from slolint.quoting import number, quoted

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


@dataclass(frozen=True, slots=True)
class Target:
    """An objective's target: the ratio rules compare, and how the user wrote it.

    ``written`` is the value as it appears in the file: a YAML number for ``target`` and
    ``targetPercent``, the annotation's text for ``slolint.dev/sla-target``. ``ratio`` may
    be NaN, infinite or outside (0, 1) for a broken file; :attr:`in_range` tells rules
    that compare targets whether the number means anything.
    """

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


@dataclass(frozen=True, slots=True)
class Calendar:
    """Where a calendar window's periods start: a local wall-clock time in an IANA zone.

    ``start`` is ``calendar.startTime`` as (year, month, day, hour, minute, second), or None
    for the natural start of the unit; ``zone`` is ``calendar.timeZone``, ``UTC`` when not
    given. ``problem`` says why a start time that was written could not be read.
    """

    start: tuple[int, int, int, int, int, int] | None = None
    zone: str = "UTC"
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Window:
    """An SLO or SLA time window: ``count`` units, rolling or cut into calendar periods.

    Units are OpenSLO's duration-shorthand postfixes (``m h d w M Q Y``). A rolling window is
    every interval of its length (go-sdk: ``M`` = 30 days, ``Q`` = 90, ``Y`` = 365); a
    calendar window is the sequence of real periods from its :class:`Calendar`, so a
    calendar month lasts 28 to 31 days (see :mod:`slolint.periods`). Equality ignores
    ``location``, so comparisons are cached once per distinct window, not per file.
    """

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


@dataclass(frozen=True, slots=True)
class Indicator:
    """What an SLO measures: a referenced SLI name, or an inline SLI with a kind."""

    ref: str | None
    name: str | None
    kind: Literal["ratio", "threshold"] | None
    location: Location

    @property
    def key(self) -> str | None:
        """The SLI name that decides comparability (ref or inline name)."""
        return self.ref or self.name


@dataclass(frozen=True, slots=True)
class Objective:
    index: int
    target: Target | None
    indicator: Indicator | None
    display_name: str | None
    location: Location


@dataclass(frozen=True, slots=True)
class Selector:
    """A Kubernetes label selector over SLO labels (values may be lists, as OpenSLO allows)."""

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


@dataclass(frozen=True, slots=True)
class NameRef:
    """A reference to another object by name, and where it was written."""

    name: str
    location: Location


@dataclass(frozen=True, slots=True)
class RefSet:
    """SLOs chosen by name and/or label selector (SLA ``backedBy``, policy ``scope``)."""

    slo_refs: tuple[NameRef, ...]
    selector: Selector | None
    exclude: tuple[str, ...] = ()
    """SLO names removed from the set (``exclude``)."""
    exclude_aspirational: bool = True
    """``excludeAspirational``: leave out SLOs annotated ``slolint.dev/aspirational: "true"``,
    even when named in ``sloRefs``; ``false`` keeps them in a policy's scope."""


@dataclass(frozen=True, slots=True)
class Resource:
    """Any recognized object; SLO, SLA and policy records embed one."""

    api_version: str
    kind: str
    name: str
    origin: Origin
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> ObjectRef:
        return ObjectRef(self.api_version, self.kind, self.name)

    @property
    def location(self) -> Location:
        """Where to report problems about the object as a whole: its name."""
        return self.origin.at("metadata", "name")


@dataclass(frozen=True, slots=True)
class SLO:
    resource: Resource
    service: str | None
    indicator: Indicator | None
    objectives: tuple[Objective, ...]
    window: Window | None
    budgeting_method: str | None
    policy_refs: tuple[NameRef, ...] = ()
    alert_policy_refs: tuple[NameRef, ...] = ()

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


@dataclass(frozen=True, slots=True)
class SLI:
    resource: Resource
    kind: Literal["ratio", "threshold"] | None


@dataclass(frozen=True, slots=True)
class SLAObjective:
    index: int
    target: Target | None
    indicator_ref: str | None
    window: Window | None
    budgeting_method: str | None
    location: Location
    indicator_location: Location | None = None
    """Where ``indicatorRef`` is written, for SLO802 when it names no indicator."""


@dataclass(frozen=True, slots=True)
class SLA:
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

    @property
    def name(self) -> str:
        return self.resource.name


@dataclass(frozen=True, slots=True)
class ErrorBudgetPolicy:
    resource: Resource
    scope: RefSet | None
    owner: str | None

    @property
    def name(self) -> str:
        return self.resource.name


ModelObject = SLO | SLI | SLA | ErrorBudgetPolicy | Resource
