"""Pyrra ``pyrra.dev/v1alpha1`` ``ServiceLevelObjective``.

The target is a percentage written as a string (``target: "99.9"``: kubebuilder has no
floats) and the window a Prometheus duration (``2w``, ``28d``, ``1h30m``), always rolling.
Labels and annotations come from ``metadata``, so ``slolint.dev/*`` annotations and label
selectors work as on OpenSLO. Pyrra has no service field: an SLA names the SLOs it is backed
by (``backedBy.sloRefs`` or a selector).

Pyrra derives its multiwindow burn-rate alerts from the SLO window (``slo/rules.go``,
``Windows``): four long/short pairs, each a fixed fraction of the window rounded to the
minute. They become an alert policy of the model, so alerting rules judge them like any
other. The shortest window is ``window / 8064`` (5m for 28d); below 67h12m it rounds to
``0s`` and Prometheus refuses the generated rules (pyrra-dev/pyrra#1028): SLO708.
"""

from __future__ import annotations

import re

from slolint.findings import JsonPath, Location, ObjectRef, Origin, Severity, Violation, violation
from slolint.model import (
    SLO,
    AlertCondition,
    AlertPolicy,
    Duration,
    Indicator,
    Metrics,
    ModelObject,
    Objective,
    Query,
    Resource,
    Target,
    Window,
    percent_to_ratio,
)
from slolint.numbers import read_float, read_int
from slolint.quoting import quoted, shown
from slolint.recognize.fields import Data, as_bool, as_map, as_str, query_of, resource_of
from slolint.recognize.format import FormatSpec, by_api_version
from slolint.registry import define

API_VERSION = "pyrra.dev/v1alpha1"
KIND = "ServiceLevelObjective"

_DURATION = re.compile(
    r"(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?"
    r"(?:([0-9]+)ms)?\Z"
)
_UNIT_MS = (365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1)
_PERCENT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\Z")
MAX_DIGITS = 30
"""Longer numbers in a duration are nonsense (and Go's parser overflows on them)."""

NS_PER_MS = 1_000_000
MINUTE_NS = 60_000_000_000

BURN_RATE_WINDOWS = (
    # (for, long, short) as divisors of the SLO window, factor, severity key, default
    ((20160, 672, 8064), 14.0, "fastBurn", "critical"),
    ((2688, 112, 1344), 7.0, "mediumBurn", "critical"),
    ((672, 28, 336), 2.0, "slowBurn", "warning"),
    ((224, 7, 112), 1.0, "longTermBurn", "warning"),
)
"""Pyrra's ``Windows()``: for a 28d window, 1h/5m x14, 6h/30m x7, 1d/2h x2 and 4d/6h x1."""

SHORTEST_DIVISOR = 8064
MIN_WINDOW_MS = 30_000 * SHORTEST_DIVISOR
"""The shortest SLO window whose shortest burn-rate window does not round to 0s: 67h12m."""

define(
    "SLO708",
    "burn-rate-window-zero",
    Severity.ERROR,
    "a format generates a burn-rate window of zero length from the SLO window",
    """
    ## What it does
    Checks that the SLO window is long enough for the format to derive every burn-rate
    window from it. Pyrra's shortest is ``window / 8064``, rounded to the minute (5m for
    28d): a window under 67h12m rounds it to ``0s``.

    ## Why is this bad?
    Prometheus refuses the generated recording and alerting rules
    (``duration must be greater than 0``), so the SLO has no alerts at all
    (pyrra-dev/pyrra#1028, a 12h window).
    """,
)


def parse_duration_ms(text: object) -> int | None:
    """A Prometheus duration (``model.ParseDuration``) in milliseconds; None if invalid."""
    if not isinstance(text, str) or not text or len(text) > 4 * MAX_DIGITS:
        return None
    if text == "0":
        return 0
    match = _DURATION.match(text)
    if match is None:
        return None
    return sum(
        (read_int(part) or 0) * size
        for part, size in zip(match.groups(), _UNIT_MS, strict=True)
        if part
    )


def duration_text(ms: int) -> str:
    """Milliseconds as Prometheus writes them: ``5m``, ``1h30m``, ``2d19h12m``, ``0s``."""
    if ms == 0:
        return "0s"
    parts = []
    for size, unit in zip(_UNIT_MS, ("y", "w", "d", "h", "m", "s", "ms"), strict=True):
        if ms >= size:
            parts.append(f"{ms // size}{unit}")
            ms %= size
    return "".join(parts)


def shorthand(ms: int) -> tuple[str, int, str] | None:
    """A window of whole minutes in duration-shorthand: ``(duration, count, unit)``."""
    if ms <= 0 or ms % 60_000:
        return None
    for size, unit in ((7 * 86_400_000, "w"), (86_400_000, "d"), (3_600_000, "h"), (60_000, "m")):
        if ms % size == 0:
            return f"{ms // size}{unit}", ms // size, unit
    return None  # unreachable: every whole minute has a unit


def round_minute(ns: int) -> int:
    """Go's ``Duration.Round(time.Minute)`` for a positive duration: halves round up."""
    remainder = ns % MINUTE_NS
    return ns - remainder if remainder + remainder < MINUTE_NS else ns + MINUTE_NS - remainder


def burn_rate_windows(window_ms: int) -> list[tuple[int, int, int, float, str, str]]:
    """Pyrra's four windows for an SLO window: (for, long, short) in ms, factor, severity."""
    window_ns = window_ms * NS_PER_MS
    found = []
    for divisors, factor, key, default in BURN_RATE_WINDOWS:
        # Go divides a Duration by an integer with truncation, then rounds to the minute
        for_ms, long_ms, short_ms = (
            round_minute(window_ns // divisor) // NS_PER_MS for divisor in divisors
        )
        found.append((for_ms, long_ms, short_ms, factor, key, default))
    return found


def _target(spec: Data, origin: Origin) -> Target | None:
    """``"99.9"`` as a percentage; text that is not a number is the schema's finding."""
    text = spec.get("target")
    if not isinstance(text, str) or _PERCENT.match(text.strip()) is None:
        return None
    value = read_float(text.strip())
    if value is None:
        return None
    return Target(percent_to_ratio(value), text, "percent", origin.at("spec", "target"))


def _indicator(spec: Data, origin: Origin) -> Indicator | None:
    """ratio (errors over total), latency (success over total), latencyNative, bool_gauge."""
    indicator = as_map(spec.get("indicator"))
    path: JsonPath = ("spec", "indicator")
    for key in ("ratio", "latency", "latencyNative", "bool_gauge"):
        block = indicator.get(key)
        if not isinstance(block, dict):
            continue
        at = (*path, key)

        def metric(name: str, block: Data = block, at: JsonPath = at) -> Query | None:
            return query_of(as_map(block.get(name)).get("metric"), origin, (*at, name, "metric"))

        location = origin.key(*at)
        if key == "ratio":
            metrics = Metrics(bad=metric("errors"), total=metric("total"), location=location)
        elif key == "latency":
            metrics = Metrics(good=metric("success"), total=metric("total"), location=location)
        elif key == "latencyNative":
            metrics = Metrics(total=metric("total"), location=location)
        else:
            raw = query_of(block.get("metric"), origin, (*at, "metric"))
            metrics = Metrics(raw=raw, raw_type="success", location=location)
        return Indicator(None, None, "ratio", origin.at(*at), metrics)
    return None


def _alerting(
    resource: Resource, spec: Data, window_ms: int | None, location: Location
) -> tuple[AlertPolicy, ...]:
    """The burn-rate alerts Pyrra generates, as one alert policy of the SLO."""
    if window_ms is None or window_ms <= 0:
        return ()
    alerting = as_map(spec.get("alerting"))
    severities = as_map(alerting.get("severities"))
    disabled = as_bool(alerting.get("disabled"), False) or not as_bool(
        alerting.get("burnrates"), True
    )
    conditions = []
    for for_ms, long_ms, short_ms, factor, key, default in burn_rate_windows(window_ms):
        conditions.append(
            AlertCondition(
                kind="burnrate",
                op="gt",
                threshold=factor,
                lookback=Duration(duration_text(long_ms), long_ms // 1000, location),
                location=location,
                alert_after=Duration(duration_text(for_ms), for_ms // 1000, location),
                # a zero short window is SLO708's finding, not a badly sized pair
                short_window=(
                    Duration(duration_text(short_ms), short_ms // 1000, location)
                    if short_ms
                    else None
                ),
                severity=as_str(severities.get(key)) or default,
            )
        )
    policy = Resource(
        API_VERSION,
        "AlertPolicy",
        f"{resource.name}-burn-rates",
        Origin(resource.origin.file, resource.origin.document, (*resource.origin.base, "spec")),
    )
    return (AlertPolicy(policy, tuple(conditions), disabled=disabled),)


def _zero_window(
    window_ms: int | None, written: str, location: Location, ref: ObjectRef
) -> list[Violation]:
    if window_ms is None or not 0 < window_ms < MIN_WINDOW_MS:
        return []
    shortest = duration_text(round_minute(window_ms * NS_PER_MS // SHORTEST_DIVISOR) // NS_PER_MS)
    return [
        violation(
            "SLO708",
            location,
            f"window {quoted(written)} makes Pyrra generate a burn-rate window of {shortest} "
            f"(window / {SHORTEST_DIVISOR}, rounded to the minute), which Prometheus refuses; "
            f"use a window of at least {duration_text(MIN_WINDOW_MS)}",
            obj=ref,
        )
    ]


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """One Pyrra SLO: a single objective, a rolling window, its generated alerts."""
    resource = resource_of(data, API_VERSION, kind, origin)
    spec = as_map(data.get("spec"))
    text = spec.get("window")
    window_ms = parse_duration_ms(text)
    location = origin.at("spec", "window")
    window = written = None
    if isinstance(text, str) and window_ms is not None:
        written = Duration(text, window_ms // 1000, location)
        parsed = shorthand(window_ms)
        if parsed is not None:
            window = Window(parsed[0], parsed[1], parsed[2], True, location)
    target = _target(spec, origin)
    indicator = _indicator(spec, origin)
    objective = Objective(0, target, None, None, origin.at("spec"))
    slo = SLO(
        resource,
        None,
        indicator,
        (objective,),
        window,
        None,
        alert_policies=_alerting(resource, spec, window_ms, location),
        description=as_str(spec.get("description")),
        window_written=written,
    )
    problems = _zero_window(window_ms, str(text), location, resource.ref)
    too_long = isinstance(text, str) and window_ms is None and len(text) > 4 * MAX_DIGITS
    if too_long and _DURATION.match(str(text)) is not None:  # a duration, too long to be one
        message = (
            f"spec.window {shown(text)} has {len(str(text))} characters; expected a duration "
            f"of at most {4 * MAX_DIGITS}, such as 28d"
        )
        problems.append(violation("SLO106", location, message, obj=resource.ref))
    return [slo], problems


FORMATS = (
    FormatSpec(
        name="pyrra",
        title="Pyrra",
        api_versions=(API_VERSION,),
        kinds=(KIND,),
        detect=by_api_version((API_VERSION,), (KIND,)),
        adapt=adapt,
        schemas={(API_VERSION, KIND): "pyrra-v1alpha1/servicelevelobjective.schema.json"},
        sniff_markers=("pyrra.dev",),
        annotations=True,
        aliases={"pyrra.dev/v1": API_VERSION, "pyrra.dev/v1alpha": API_VERSION},
        suggested=False,
    ),
)
