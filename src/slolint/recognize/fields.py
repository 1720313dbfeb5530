"""Defensive readers shared by the format adapters.

Adapters run on documents that may also fail their schema: a target written as a string, a
``timeWindow`` that is a mapping, labels that are a list. Schema findings report those; the
readers here simply return ``None`` (or an empty value) for anything of the wrong shape, so
an adapter never raises and rules only ever see well-typed values.
"""

from __future__ import annotations

import json
from typing import Any

from slolint.durations import (
    oversize_duration,
    parse_shorthand,
    parse_start_time,
    rolling_seconds,
)
from slolint.findings import (
    JsonPath,
    ObjectRef,
    Origin,
    Violation,
    format_json_path,
    violation,
)
from slolint.model import (
    Calendar,
    Duration,
    Metrics,
    NameRef,
    Query,
    RefSet,
    Resource,
    Selector,
    Target,
    Window,
    percent_to_ratio,
    to_float,
)
from slolint.quoting import shown

Data = dict[str, Any]


def as_map(value: object) -> Data:
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def as_number(value: object) -> float | None:
    """Numbers only: YAML booleans are ints in Python but never a target."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def as_bool(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def labels_of(metadata: Data) -> dict[str, tuple[str, ...]]:
    """OpenSLO labels map to a string or a list of strings; keep both as tuples."""
    labels: dict[str, tuple[str, ...]] = {}
    for key, value in as_map(metadata.get("labels")).items():
        if isinstance(value, str):
            labels[key] = (value,)
        elif isinstance(value, list):
            labels[key] = tuple(item for item in value if isinstance(item, str))
    return labels


def annotations_of(metadata: Data) -> dict[str, str]:
    return {k: v for k, v in as_map(metadata.get("annotations")).items() if isinstance(v, str)}


def resource_of(data: Data, api_version: str, kind: str, origin: Origin) -> Resource:
    metadata = as_map(data.get("metadata"))
    name = metadata.get("name")
    return Resource(
        api_version,
        kind,
        name if isinstance(name, str) else "",
        origin,
        labels_of(metadata),
        annotations_of(metadata),
        document=data,
    )


def target_of(objective: Data, origin: Origin, path: JsonPath) -> Target | None:
    """``target`` (ratio) or ``targetPercent`` (percent), normalized to a ratio.

    Any number is kept, even NaN, infinite or a 400-digit integer: SLO201 and SLO202
    report the ones that are out of range or written in the other unit.
    """
    ratio = as_number(objective.get("target"))
    if ratio is not None:
        return Target(to_float(ratio), ratio, "ratio", origin.at(*path, "target"))
    percent = as_number(objective.get("targetPercent"))
    if percent is not None:
        normalized = percent_to_ratio(to_float(percent))
        return Target(normalized, percent, "percent", origin.at(*path, "targetPercent"))
    return None


def window_of(windows: object, origin: Origin, path: JsonPath) -> Window | None:
    """The first entry of an OpenSLO ``timeWindow`` list (go-sdk allows exactly one).

    A calendar window (``isRolling`` false or absent) reads ``calendar.startTime`` and
    ``calendar.timeZone``; without them its periods start at the natural start of the unit
    in UTC (see :func:`slolint.periods.anchor`).
    """
    items = as_list(windows)
    if not items or not isinstance(items[0], dict):
        return None
    entry = items[0]
    duration = entry.get("duration")
    parsed = parse_shorthand(duration)
    if parsed is None or parsed[0] == 0 or not isinstance(duration, str):
        return None
    count, unit = parsed
    rolling = as_bool(entry.get("isRolling"), default=False)
    location = origin.at(*path, 0, "duration")
    if rolling:
        return Window(duration, count, unit, True, location)
    return Window(
        duration,
        count,
        unit,
        False,
        location,
        calendar_of(entry.get("calendar"), origin, (*path, 0, "calendar")),
    )


def oversize_window(
    windows: object, origin: Origin, path: JsonPath, ref: ObjectRef
) -> list[Violation]:
    """SLO106 when the duration :func:`window_of` reads has too many digits to be read
    (the window is then unknown, and rules about it stay silent: this says why)."""
    items = as_list(windows)
    entry = items[0] if items and isinstance(items[0], dict) else {}
    problem = oversize_duration(entry.get("duration"))
    if problem is None:
        return []
    where = (*path, 0, "duration")
    field_name = format_json_path(where).removeprefix("$").removeprefix(".")
    return [violation("SLO106", origin.at(*where), f"{field_name} {problem}", obj=ref)]


def calendar_of(value: object, origin: Origin | None = None, path: JsonPath = ()) -> Calendar:
    """``{startTime, timeZone}`` of a calendar window; a start time that cannot be read is
    kept as a problem, so that the SLA comparison says so instead of guessing."""
    calendar = as_map(value)
    zone = as_str(calendar.get("timeZone")) or "UTC"
    at = (
        origin.at(*path, "timeZone")
        if origin is not None and as_str(calendar.get("timeZone")) is not None
        else None
    )
    written = calendar.get("startTime")
    if written is None:
        return Calendar(None, zone, zone_location=at)
    start = parse_start_time(written)
    if start is None:
        return Calendar(
            None,
            zone,
            f"its calendar.startTime {shown(written)} is not in the form YYYY-MM-DD HH:MM:SS",
            zone_location=at,
        )
    return Calendar(start, zone, zone_location=at)


def sla_window_of(objective: Data, origin: Origin, path: JsonPath) -> Window | None:
    """An SLA objective's window; without ``timeWindow``, the calendar month in UTC.

    Contracts are billed per calendar month, and the annotation shorthand assumes the same
    (``slolint.dev/sla-window`` defaults to ``1M``), so both SLA spellings agree.
    """
    if "timeWindow" not in objective:
        return Window("1M", 1, "M", False, origin.at(*path), Calendar(), default=True)
    return window_of(objective.get("timeWindow"), origin, (*path, "timeWindow"))


def name_refs(values: object, origin: Origin, path: JsonPath) -> tuple[NameRef, ...]:
    return tuple(
        NameRef(item, origin.at(*path, index))
        for index, item in enumerate(as_list(values))
        if isinstance(item, str)
    )


def selector_of(value: object, origin: Origin, path: JsonPath) -> Selector | None:
    if not isinstance(value, dict):
        return None
    labels = tuple(
        (key, item)
        for key, item in as_map(value.get("matchLabels")).items()
        if isinstance(item, str)
    )
    expressions = []
    for expression in as_list(value.get("matchExpressions")):
        expression = as_map(expression)
        key, operator = as_str(expression.get("key")), as_str(expression.get("operator"))
        if key is None or operator is None:
            continue
        values = tuple(v for v in as_list(expression.get("values")) if isinstance(v, str))
        expressions.append((key, operator, values))
    return Selector(labels, tuple(expressions), origin.at(*path))


def ref_set_of(value: object, origin: Origin, path: JsonPath) -> RefSet | None:
    """SLA ``backedBy`` / policy ``scope``: sloRefs, selector, exclusions."""
    if not isinstance(value, dict):
        return None
    return RefSet(
        name_refs(value.get("sloRefs"), origin, (*path, "sloRefs")),
        selector_of(value.get("selector"), origin, (*path, "selector")),
        tuple(item for item in as_list(value.get("exclude")) if isinstance(item, str)),
        as_bool(value.get("excludeAspirational"), default=True),
    )


def duration_of(value: object, origin: Origin, path: JsonPath) -> Duration | None:
    """A duration-shorthand field (``5m``); None when absent or not a string.

    Text that is not shorthand is kept with ``seconds`` None, so that a rule can report
    it in the format's own words; go-sdk's rolling lengths are used for ``M``/``Q``/``Y``.
    """
    if not isinstance(value, str):
        return None
    return Duration(value, rolling_seconds(value), origin.at(*path))


MAX_QUERY_TEXT = 100_000
"""Characters of a canonical query kept for comparison (queries longer are cut)."""


def _canonical(value: object, depth: int = 0) -> object:
    """Strings with runs of whitespace collapsed, recursively (bounded by the YAML depth)."""
    if depth > 64:
        return None
    if isinstance(value, str):
        return " ".join(value.split())  # the same as collapsing r"\s+" runs and stripping
    if isinstance(value, dict):
        return {str(k): _canonical(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(v, depth + 1) for v in value]
    return value


_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, default=str)
"""One encoder for every query (``json.dumps`` with options builds one per call)."""


def query_of(value: object, origin: Origin, path: JsonPath) -> Query | None:
    """A metric source (a mapping or a query string) in canonical, comparable form."""
    if value is None or (not isinstance(value, (dict, str))):
        return None
    text = _CANONICAL_JSON.encode(_canonical(value))[:MAX_QUERY_TEXT]
    source = as_map(as_map(value).get("metricSource"))
    ref = as_str(source.get("metricSourceRef"))
    at = (*path, "metricSource", "metricSourceRef")
    return Query(text, origin.at(*path), NameRef(ref, origin.at(*at)) if ref else None)


def openslo_metrics(spec: Data, origin: Origin, path: JsonPath) -> Metrics | None:
    """``ratioMetric`` (good/bad/total or raw/rawType) or ``thresholdMetric`` of an SLI spec.

    OpenSLO's schemas check the shape of both, hence ``shape_checked``.
    """
    ratio = spec.get("ratioMetric")
    if isinstance(ratio, dict):
        at = (*path, "ratioMetric")
        return Metrics(
            good=query_of(ratio.get("good"), origin, (*at, "good")),
            bad=query_of(ratio.get("bad"), origin, (*at, "bad")),
            total=query_of(ratio.get("total"), origin, (*at, "total")),
            raw=query_of(ratio.get("raw"), origin, (*at, "raw")),
            raw_type=as_str(ratio.get("rawType")),
            location=origin.key(*at),
            shape_checked=True,
        )
    threshold = spec.get("thresholdMetric")
    if isinstance(threshold, dict):
        at = (*path, "thresholdMetric")
        return Metrics(
            threshold=query_of(threshold, origin, at),
            location=origin.key(*at),
            shape_checked=True,
        )
    return None
