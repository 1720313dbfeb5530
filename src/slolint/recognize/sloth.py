"""Adapter for Sloth: ``version: prometheus/v1`` files and ``sloth.slok.dev/v1`` kinds.

Sloth writes one SLO group per document: a service and its ``slos`` list, in snake_case
keys for ``prometheus/v1`` and camelCase under ``spec`` for the ``PrometheusServiceLevel``
CRD. Every item of ``slos`` becomes one :class:`SLO` named as Sloth names it,
``<service>-<name>`` (its SLO ID), so messages and ``sloRefs`` use the name Sloth users see.

Sloth files carry no window: the period is a setting of the Sloth CLI
(``--default-slo-period``, 30 days by default). The SLO records which rule option holds
it (:data:`PERIOD_OPTION`, also written ``formats.sloth.default-period``), and the
workspace reads that option for the SLO's file. The objective is a percentage over
requests (``Occurrences``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from slolint.durations import rolling_seconds
from slolint.findings import JsonPath, Origin, Violation, violation
from slolint.model import (
    SLO,
    AlertCondition,
    AlertPolicy,
    AlertWindows,
    Indicator,
    Metrics,
    ModelObject,
    Objective,
    Query,
    Resource,
    Target,
    percent_to_ratio,
    to_float,
)
from slolint.quoting import quoted
from slolint.recognize.fields import (
    MAX_QUERY_TEXT,
    Data,
    annotations_of,
    as_list,
    as_map,
    as_number,
    as_str,
    duration_of,
)
from slolint.recognize.format import Detected, FormatSpec, by_api_version

RAW_VERSION = "prometheus/v1"
"""The value of ``version`` in Sloth's own format (there is no apiVersion and no kind)."""
RAW_PREFIX = "prometheus/v"
"""A ``version`` starting so is meant for Sloth: another value is an unknown version."""
API_VERSION = "sloth.slok.dev/v1"
KINDS = ("PrometheusServiceLevel", "AlertWindows")
SLO_KIND = "SLO"
"""The kind of the SLO objects of either dialect (a Sloth SLO is an item of ``slos``)."""

PERIOD_OPTION = ("SLO707", "slo-period")
"""The rule option that holds the Sloth SLO period (default ``30d``, as Sloth's CLI)."""
DEFAULT_PERIOD = "30d"
BUILTIN_PERIODS = ("28d", "30d")
"""SLO periods with an alert-window catalog built into Sloth (``google-28d/30d.yaml``)."""

Dialect = Literal["raw", "crd"]

KEYS: dict[str, tuple[str, str]] = {
    "error_query": ("errorQuery", "error_query"),
    "total_query": ("totalQuery", "total_query"),
    "error_ratio_query": ("errorRatioQuery", "error_ratio_query"),
    "page_alert": ("pageAlert", "page_alert"),
    "ticket_alert": ("ticketAlert", "ticket_alert"),
}
"""Each field as (CRD camelCase, prometheus/v1 snake_case)."""


def key(dialect: Dialect, snake: str) -> str:
    """The spelling of a field in a dialect: ``key("crd", "error_query") == "errorQuery"``."""
    return KEYS[snake][0 if dialect == "crd" else 1]


def slo_id(service: str | None, name: str | None) -> str:
    """Sloth's SLO ID: ``<service>-<name>`` (``pkg/prometheus/api/v1``)."""
    return f"{service or ''}-{name or ''}"


def _labels(*maps: object) -> dict[str, tuple[str, ...]]:
    """Prometheus labels, later maps over earlier ones, as Sloth merges SLO over service."""
    labels: dict[str, tuple[str, ...]] = {}
    for value in maps:
        for name, item in as_map(value).items():
            if isinstance(item, str):
                labels[name] = (item,)
    return labels


def _query(holder: Data, field: str, origin: Origin, path: JsonPath) -> Query | None:
    text = holder.get(field)
    if not isinstance(text, str):
        return None
    return Query(" ".join(text[:MAX_QUERY_TEXT].split()), origin.at(*path, field))


def _indicator(sli: Data, dialect: Dialect, origin: Origin, path: JsonPath) -> Indicator:
    """An inline ratio SLI: ``events`` is bad (errors) over total, ``raw`` a failure ratio;
    a ``plugin`` SLI has no query slolint can read."""
    events, raw = sli.get("events"), sli.get("raw")
    metrics = None
    if isinstance(events, dict):
        where = (*path, "events")
        metrics = Metrics(
            bad=_query(events, key(dialect, "error_query"), origin, where),
            total=_query(events, key(dialect, "total_query"), origin, where),
            location=origin.at(*where),
            shape_checked=True,
        )
    elif isinstance(raw, dict):
        where = (*path, "raw")
        metrics = Metrics(
            raw=_query(raw, key(dialect, "error_ratio_query"), origin, where),
            raw_type="failure",
            location=origin.at(*where),
            shape_checked=True,
        )
    kind: Literal["ratio"] | None = "ratio" if metrics is not None else None
    return Indicator(None, None, kind, origin.at(*path), metrics)


def _alerting(
    item: Data, dialect: Dialect, api: str, origin: Origin, path: JsonPath
) -> tuple[AlertPolicy, ...]:
    """Sloth's page and ticket alerts, each a policy that ``disable: true`` switches off.

    Their burn-rate windows come from the alert-window catalog of the SLO period, not from
    the file, so the policies carry no conditions.
    """
    alerting = item.get("alerting")
    if not isinstance(alerting, dict):
        return ()
    name = as_str(alerting.get("name")) or ""
    policies = []
    for snake in ("page_alert", "ticket_alert"):
        field = key(dialect, snake)
        alert = as_map(alerting.get(field))
        resource = Resource(api, "AlertPolicy", name, origin, name_path=(*path, "alerting", field))
        disabled = alert.get("disable") is True
        policies.append(AlertPolicy(resource, disabled=disabled))
    return tuple(policies)


def _target(item: Data, origin: Origin, path: JsonPath) -> Target | None:
    percent = as_number(item.get("objective"))
    if percent is None:
        return None
    ratio = percent_to_ratio(to_float(percent))
    return Target(ratio, percent, "percent", origin.at(*path, "objective"))


def _slos(
    data: Data, spec: Data, dialect: Dialect, origin: Origin, base: JsonPath, metadata: Data
) -> list[SLO]:
    service = as_str(spec.get("service"))
    api = API_VERSION if dialect == "crd" else RAW_VERSION
    annotations = annotations_of(metadata)
    found = []
    for index, item in enumerate(as_list(spec.get("slos"))):
        if not isinstance(item, dict):
            continue
        path = (*base, "slos", index)
        name = as_str(item.get("name"))
        resource = Resource(
            api,
            SLO_KIND,
            slo_id(service, name),
            origin,
            _labels(metadata.get("labels"), spec.get("labels"), item.get("labels")),
            annotations,
            name_path=(*path, "name") if "name" in item else path,
        )
        objective = Objective(0, _target(item, origin, path), None, None, origin.at(*path))
        found.append(
            SLO(
                resource,
                service,
                _indicator(as_map(item.get("sli")), dialect, origin, (*path, "sli")),
                (objective,),
                None,
                "Occurrences",
                alert_policies=_alerting(item, dialect, api, origin, path),
                # Sloth's names (``^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$``) and SLI shapes
                # are its schema's; its IDs are label values, not RFC 1123 labels
                schema_checks=frozenset({"names"}),
                description=as_str(item.get("description")),
                period_option=PERIOD_OPTION,
            )
        )
    return found


def adapt_raw(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """A ``prometheus/v1`` document: one SLO per item of ``slos``; another ``version``
    is one Sloth does not read."""
    version = data.get("version")
    if version != RAW_VERSION:
        return [], [
            violation(
                "SLO003",
                origin.at("version"),
                f"unknown Sloth version {quoted(str(version))}; expected {RAW_VERSION}",
            )
        ]
    return list(_slos(data, data, "raw", origin, (), {})), []


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """A Sloth object: the SLOs of a ``prometheus/v1`` document or a
    ``PrometheusServiceLevel``, or the period of an ``AlertWindows`` catalog."""
    if "apiVersion" not in data:
        return adapt_raw(data, origin)
    metadata = as_map(data.get("metadata"))
    name = as_str(metadata.get("name")) or ""
    spec = as_map(data.get("spec"))
    if kind == "AlertWindows":
        resource = Resource(API_VERSION, kind, name, origin)
        period = as_str(spec.get("sloPeriod"))
        catalog: list[ModelObject] = [
            AlertWindows(resource, period, origin.at("spec", "sloPeriod"))
        ]
        return catalog + list(_catalog_conditions(spec, origin, period)), []
    document = Resource(API_VERSION, kind, name, origin, annotations=annotations_of(metadata))
    return [document, *_slos(data, spec, "crd", origin, ("spec",), metadata)], []


def _catalog_conditions(spec: Data, origin: Origin, period: str | None) -> Iterator[AlertCondition]:
    """The four multiwindow alerts of a catalog (page and ticket, quick and slow), as burn
    rate conditions: ``errorBudgetPercent`` of the budget spent within ``longWindow`` is a
    burn rate of ``percent / 100 * period / longWindow``, the alert firing above it.

    They belong to no SLO (a catalog serves every SLO of its period), so only the rules on
    the windows themselves (SLO705) see them.
    """
    period_seconds = rolling_seconds(period)
    for severity in ("page", "ticket"):
        for speed in ("quick", "slow"):
            path = ("spec", severity, speed)
            alert = as_map(as_map(spec.get(severity)).get(speed))
            if not alert:
                continue
            long = duration_of(alert.get("longWindow"), origin, (*path, "longWindow"))
            short = duration_of(alert.get("shortWindow"), origin, (*path, "shortWindow"))
            percent = as_number(alert.get("errorBudgetPercent"))
            threshold = None
            if percent is not None and period_seconds and long is not None and long.seconds:
                threshold = to_float(percent) / 100 * period_seconds / long.seconds
            name = f"{period or ''} {severity} {speed}".strip()
            resource = Resource(
                API_VERSION, "AlertWindows", name, origin, name_path=path, unique=False
            )
            yield AlertCondition(
                "burnrate",
                "gt",
                threshold,
                long,
                origin.at(*path),
                short_window=short,
                severity=severity,
                threshold_location=origin.at(*path, "errorBudgetPercent"),
                resource=resource,
            )


_crd = by_api_version((API_VERSION,), KINDS)


def detect(data: Data) -> Detected | None:
    """The CRD kinds by apiVersion; Sloth's own format by a top-level ``version`` that
    starts with ``prometheus/v`` (an unknown version is then reported, not skipped)."""
    version = data.get("version")
    if "apiVersion" not in data and isinstance(version, str) and version.startswith(RAW_PREFIX):
        # an unknown version keeps its own name, so no prometheus/v1 schema judges it
        return Detected(version, "PrometheusServiceLevel", ("version",))
    return _crd(data)


FORMATS = (
    FormatSpec(
        name="sloth",
        title="Sloth",
        api_versions=(API_VERSION, RAW_VERSION),
        kinds=KINDS,
        detect=detect,
        adapt=adapt,
        schemas={
            (RAW_VERSION, "PrometheusServiceLevel"): "sloth-v1/sloth.schema.json",
            (API_VERSION, "PrometheusServiceLevel"): "sloth-v1/prometheusservicelevel.schema.json",
            (API_VERSION, "AlertWindows"): "sloth-v1/alertwindows.schema.json",
        },
        sniff_markers=("sloth.slok.dev", "prometheus/v"),
        annotations=True,
    ),
)
