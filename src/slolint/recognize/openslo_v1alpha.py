"""OpenSLO ``openslo/v1alpha`` (go-sdk semantics): ``SLO`` and ``Service``.

The oldest OpenSLO version, and the only one Sloth reads. Its window is ``timeWindows``
(plural) with a ``unit`` and a ``count`` instead of duration-shorthand; the model gets the
same window in shorthand (``count: 4, unit: Week`` is ``4w``), rolling or calendar as
``isRolling`` says. Objectives carry ``target`` (a ratio) and ``value``; a ratio SLO puts
``ratioMetrics`` (good over total) on each objective, a threshold SLO has one
``indicator.thresholdMetric`` at spec level. Metadata has a name and a display name only:
no labels and no annotations, so policies select v1alpha SLOs by name.
"""

from __future__ import annotations

from slolint.durations import rolling_seconds
from slolint.findings import JsonPath, Origin, Violation
from slolint.model import (
    SLO,
    Calendar,
    Duration,
    Indicator,
    Metrics,
    ModelObject,
    Objective,
    Window,
    to_float,
)
from slolint.recognize.fields import (
    Data,
    as_bool,
    as_list,
    as_map,
    as_number,
    as_str,
    calendar_of,
    query_of,
    resource_of,
    target_of,
)
from slolint.recognize.format import FormatSpec, by_api_version

API_VERSION = "openslo/v1alpha"
KINDS = ("SLO", "Service")

UNITS = {"Minute": "m", "Hour": "h", "Day": "d", "Week": "w", "Month": "M", "Quarter": "Q"}
"""v1alpha window units as duration-shorthand postfixes (go-sdk accepts Second, Day, Week,
Month and Quarter; Minute and Hour are from the old README and read the same way)."""

SECONDS = ((604800, "w"), (86400, "d"), (3600, "h"), (60, "m"))


def shorthand(count: object, unit: object) -> str | None:
    """``count`` and ``unit`` as duration-shorthand: ``(4, "Week")`` is ``4w``.

    ``Second`` counts become the largest whole unit (``86400`` seconds is ``1d``); a count
    of seconds that is not whole minutes has no shorthand, and neither has anything that is
    not a positive integer with a known unit (the schema reports those).
    """
    if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
        return None
    if unit == "Second":
        for size, symbol in SECONDS:
            if count % size == 0:
                return f"{count // size}{symbol}"
        return None
    postfix = UNITS.get(unit) if isinstance(unit, str) else None
    return f"{count}{postfix}" if postfix else None


def window_of(spec: Data, origin: Origin) -> tuple[Window | None, Duration | None]:
    """The first ``timeWindows`` entry as a model window, and its length as written."""
    entry = as_map(next(iter(as_list(spec.get("timeWindows"))), None))
    path: JsonPath = ("spec", "timeWindows", 0)
    duration = shorthand(entry.get("count"), entry.get("unit"))
    if duration is None:
        return None, None
    at = "unit" if "unit" in entry else "count"
    location = origin.at(*path, at)
    written = Duration(duration, rolling_seconds(duration), location)
    count, postfix = int(duration[:-1]), duration[-1]
    if as_bool(entry.get("isRolling"), default=False):
        return Window(duration, count, postfix, True, location), written
    calendar: Calendar = calendar_of(entry.get("calendar"), origin, (*path, "calendar"))
    return Window(duration, count, postfix, False, location, calendar), written


def _source(value: object, origin: Origin, path: JsonPath) -> Indicator | None:
    """A threshold indicator (``indicator.thresholdMetric``) at spec level."""
    metric = as_map(value).get("thresholdMetric")
    if not isinstance(metric, dict):
        return None
    at = (*path, "thresholdMetric")
    metrics = Metrics(threshold=query_of(metric, origin, at), location=origin.key(*at))
    return Indicator(None, None, "threshold", origin.at(*path), metrics)


def _ratio(item: Data, origin: Origin, path: JsonPath) -> Indicator | None:
    """An objective's ``ratioMetrics``: good over total."""
    ratio = item.get("ratioMetrics")
    if not isinstance(ratio, dict):
        return None
    at = (*path, "ratioMetrics")
    metrics = Metrics(
        good=query_of(ratio.get("good"), origin, (*at, "good")),
        total=query_of(ratio.get("total"), origin, (*at, "total")),
        location=origin.key(*at),
    )
    return Indicator(None, None, "ratio", origin.at(*at), metrics)


def _objective(index: int, item: Data, origin: Origin) -> Objective:
    path: JsonPath = ("spec", "objectives", index)
    value = as_number(item.get("value"))
    slice_target = as_number(item.get("timeSliceTarget"))
    return Objective(
        index,
        target_of(item, origin, path),
        _ratio(item, origin, path),
        as_str(item.get("displayName")),
        origin.at(*path),
        op=as_str(item.get("op")),
        op_location=origin.at(*path, "op") if "op" in item else None,
        value=to_float(value) if value is not None else None,
        value_location=origin.at(*path, "value") if "value" in item else None,
        time_slice_target=to_float(slice_target) if slice_target is not None else None,
        time_slice_target_location=origin.at(*path, "timeSliceTarget"),
    )


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """One ``openslo/v1alpha`` object in the model; a Service stays a plain resource."""
    resource = resource_of(data, API_VERSION, kind, origin)
    if kind != "SLO":
        return [resource], []
    spec = as_map(data.get("spec"))
    window, written = window_of(spec, origin)
    objectives = tuple(
        _objective(index, item, origin)
        for index, item in enumerate(as_list(spec.get("objectives")))
        if isinstance(item, dict)
    )
    slo = SLO(
        resource,
        as_str(spec.get("service")),
        _source(spec.get("indicator"), origin, ("spec", "indicator")),
        objectives,
        window,
        as_str(spec.get("budgetingMethod")),
        service_location=origin.at("spec", "service"),
        budgeting_method_location=origin.at("spec", "budgetingMethod"),
        description=as_str(spec.get("description")),
        alerting_known=False,  # v1alpha has no alerting fields
        window_written=written,
    )
    return [slo], []


FORMATS = (
    FormatSpec(
        name="openslo-v1alpha",
        title="OpenSLO v1alpha",
        api_versions=(API_VERSION,),
        kinds=KINDS,
        detect=by_api_version((API_VERSION,), KINDS),
        adapt=adapt,
        schemas={
            (API_VERSION, "SLO"): "openslo-v1alpha/slo.schema.json",
            (API_VERSION, "Service"): "openslo-v1alpha/service.schema.json",
        },
        sniff_markers=("openslo",),
        aliases={"openslo/v0.1.0-beta": API_VERSION},
        suggested=False,
    ),
)
