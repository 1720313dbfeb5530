"""Adapter for google/slo-generator: v2 SLOs, the shared configuration, and v1 files.

An slo-generator SLO (``sre.google.com/v2`` ``ServiceLevelObjective``) names three things
kept in a shared configuration file elsewhere in the repository: its ``backend``, its
``exporters`` and its ``error_budget_policy`` (``default`` when omitted). slo-generator
resolves them only when it runs, and exits 0 when one is missing; here they become
references that SLO802 resolves across files, and the policy reference is what covers
the SLO for SLO401.

The SLO has no window: each step of its error-budget policy measures the SLI over its
own ``window`` (in seconds). The longest step is the compliance period, so a policy's
period is its longest step, and an SLO's window is the period of the policy it names
(:meth:`slolint.workspace.Workspace.slo_window`). ``goal`` is a ratio over requests.

Version 1 (up to slo-generator 1.5) has flat SLO files (``service_name``,
``feature_name``, ``slo_name``, ``slo_target``, an inline ``backend``) and policy files
that are YAML lists of steps; ``error_budget_policy.yaml`` is the policy ``default``, and
``error_budget_policy_<x>.yaml`` is ``<x>``, as slo-generator's migrator names them.
"""

from __future__ import annotations

import posixpath

from slolint.findings import JsonPath, Origin, Violation
from slolint.model import (
    SLO,
    Duration,
    ErrorBudgetPolicy,
    Indicator,
    Metrics,
    ModelObject,
    NameRef,
    Objective,
    PolicyAction,
    Query,
    Resource,
    Target,
    Trigger,
    Window,
    to_float,
)
from slolint.quoting import number
from slolint.recognize.fields import (
    MAX_QUERY_TEXT,
    Data,
    annotations_of,
    as_list,
    as_map,
    as_number,
    as_str,
)
from slolint.recognize.format import Detected, FormatSpec

API_VERSION = "sre.google.com/v2"
KINDS = ("ServiceLevelObjective",)
CONFIG_KIND = "Config"
"""slolint's kind for the shared configuration, which has no apiVersion and no kind."""
V1_VERSION = "sre.google.com/v1"
"""slolint's apiVersion for v1 files, which have none (slo-generator's migrator calls the
layout ``v1``)."""
V1_SLO_KIND = "ServiceLevelObjective"
V1_POLICY_KIND = "ErrorBudgetPolicyStep"
DEFAULT_POLICY = "default"
MAX_STEP_SECONDS = 100 * 366 * 86400
"""Longer steps are no period slolint compares (SLA comparisons stop at 100 years too)."""

CONFIG_KEYS = frozenset({"backends", "exporters", "error_budget_policies", "default_exporters"})
"""Top-level keys of a shared configuration (``samples/config.yaml``)."""
V1_SLO_KEYS = ("service_name", "feature_name", "slo_name")
V1_STEP_KEYS = frozenset(
    {
        "error_budget_policy_step_name",
        "measurement_window_seconds",
        "alerting_burn_rate_threshold",
        "urgent_notification",
    }
)


def is_config(data: Data) -> bool:
    """A shared configuration: no apiVersion or kind, and ``error_budget_policies``, or
    only configuration keys with ``backends`` or ``default_exporters`` (an exporters file).

    An application's own YAML may well have a ``backends`` mapping; only with nothing but
    slo-generator's keys beside it is it taken for a configuration."""
    if "apiVersion" in data or "kind" in data:
        return False
    if isinstance(data.get("error_budget_policies"), dict):
        return True
    return bool({"backends", "default_exporters"} & set(data)) and set(data) <= CONFIG_KEYS


def is_v1_slo(data: Data) -> bool:
    """A v1 SLO file: ``slo_name`` and ``service_name`` with a ``backend`` (a v1 report
    repeats the names and the target, but has no backend)."""
    return (
        "apiVersion" not in data
        and "kind" not in data
        and "slo_name" in data
        and "service_name" in data
        and "backend" in data
    )


def is_v1_step(data: Data) -> bool:
    """One step of a v1 error-budget-policy file (a YAML list of such steps); a v1 report
    repeats step fields beside the SLO's names, and is not one."""
    return (
        "apiVersion" not in data
        and "slo_name" not in data
        and len(V1_STEP_KEYS.intersection(data)) >= 2
    )


def duration_of(seconds: object) -> str | None:
    """A step ``window`` in seconds as duration-shorthand: ``2419200`` -> ``28d``."""
    value = as_number(seconds)
    if value is None or not 0 < value <= MAX_STEP_SECONDS or value != int(value):
        return None  # NaN, infinite and absurd lengths too: the schema reports the value
    whole = int(value)
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if whole % size == 0:
            if unit == "w":
                return f"{whole // 86400}d"  # a step of 7 days reads as days, as written
            return f"{whole // size}{unit}"
    return None


def _window(seconds: object, origin: Origin, path: tuple[str | int, ...]) -> Window | None:
    duration = duration_of(seconds)
    if duration is None:
        return None
    count, unit = int(duration[:-1]), duration[-1]
    return Window(duration, count, unit, True, origin.at(*path))


STEP_FIELDS = {
    "v2": ("name", "burn_rate_threshold", "window", "alert"),
    "v1": (
        "error_budget_policy_step_name",
        "alerting_burn_rate_threshold",
        "measurement_window_seconds",
        "urgent_notification",
    ),
}
"""A step's name, burn-rate threshold, window (seconds) and alert flag, per version."""


def _trigger(step: Data, origin: Origin, path: JsonPath, version: str) -> Trigger:
    """One step as a policy trigger (domain-rules §5.4): the burn rate over the step's
    window; ``alert: true`` (v1 ``urgent_notification``) is a page. The messages are free
    text, so no restrictive action (a release freeze) is inferred from them."""
    name_key, rate_key, window_key, alert_key = STEP_FIELDS[version]
    seconds = as_number(step.get(window_key))
    window = None
    if seconds is not None and seconds == seconds:  # not NaN
        whole = (
            int(seconds) if abs(seconds) <= MAX_STEP_SECONDS and seconds == int(seconds) else None
        )
        window = Duration(number(seconds), whole, origin.at(*path, window_key))
    rate = as_number(step.get(rate_key))
    actions: tuple[PolicyAction, ...] = ()
    if step.get(alert_key) is True:
        actions = (PolicyAction("page", None, (), False, origin.at(*path, alert_key)),)
    return Trigger(
        as_str(step.get(name_key)),
        None,
        to_float(rate) if rate is not None else None,
        window,
        None,
        actions,
        origin.at(*path),
        burn_rate_location=origin.at(*path, rate_key) if rate is not None else None,
    )


def _longest(windows: list[Window | None]) -> Window | None:
    best: Window | None = None
    for window in windows:
        if window is not None and (best is None or (window.seconds or 0) > (best.seconds or 0)):
            best = window
    return best


def _query(holder: Data, field: str, origin: Origin, path: JsonPath) -> Query | None:
    text = holder.get(field)
    if not isinstance(text, str):
        return None
    return Query(" ".join(text[:MAX_QUERY_TEXT].split()), origin.at(*path, field))


def _indicator(sli: Data, origin: Origin, base: JsonPath) -> Indicator:
    """The SLI's filters as good or bad over valid events (``good_bad_ratio``); other
    methods (``distribution_cut``, ``query_sli``...) are backend queries slolint keeps
    no parts of."""
    field = "service_level_indicator" if base == ("spec",) else "measurement"
    path = (*base, field)
    metrics = Metrics(
        good=_query(sli, "filter_good", origin, path),
        bad=_query(sli, "filter_bad", origin, path),
        total=_query(sli, "filter_valid", origin, path),
        location=origin.at(*path),
        # filter_good with filter_bad is a shape of its own (total = good + bad), which the
        # backend checks when it runs: not OpenSLO's, so SLO602 does not apply
        shape_checked=True,
    )
    return Indicator(None, None, "ratio", origin.at(*path), metrics)


def _labels(values: Data) -> dict[str, tuple[str, ...]]:
    return {k: (v,) for k, v in values.items() if isinstance(v, str)}


def adapt_slo(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """A v2 ``ServiceLevelObjective``: goal, references, policy."""
    metadata = as_map(data.get("metadata"))
    spec = as_map(data.get("spec"))
    labels = _labels(as_map(metadata.get("labels")))
    name = as_str(metadata.get("name")) or ""
    resource = Resource(
        API_VERSION, "ServiceLevelObjective", name, origin, labels, annotations_of(metadata)
    )
    goal = as_number(spec.get("goal"))
    target = (
        Target(to_float(goal), goal, "ratio", origin.at("spec", "goal"))
        if goal is not None
        else None
    )
    policy = spec.get("error_budget_policy")
    if isinstance(policy, str):
        policy_ref = NameRef(
            policy, origin.at("spec", "error_budget_policy"), "spec.error_budget_policy"
        )
    else:
        policy_ref = NameRef(
            DEFAULT_POLICY, origin.key("spec"), "spec.error_budget_policy (default)"
        )
    refs: list[tuple[str, NameRef]] = []
    backend = as_str(spec.get("backend"))
    if backend is not None:
        refs.append(("Backend", NameRef(backend, origin.at("spec", "backend"), "spec.backend")))
    for index, exporter in enumerate(as_list(spec.get("exporters"))):
        if isinstance(exporter, str):
            where = origin.at("spec", "exporters", index)
            refs.append(("Exporter", NameRef(exporter, where, "spec.exporters")))
    service = labels.get("service_name", (None,))[0]
    sli = _indicator(as_map(spec.get("service_level_indicator")), origin, ("spec",))
    slo = SLO(
        resource,
        service,
        sli,
        (Objective(0, target, None, None, origin.at("spec")),),
        None,
        "Occurrences",
        (policy_ref,),
        description=as_str(spec.get("description")),
        alerting_known=False,
        schema_checks=frozenset({"names"}),  # any name; slo-generator asks only uniqueness
        refs=tuple(refs),
        period_from_policy=True,
    )
    return [slo], []


def adapt_config(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """A shared configuration: its backends, exporters and error-budget policies."""
    objects: list[ModelObject] = [Resource(API_VERSION, CONFIG_KIND, "", origin)]
    for kind, section in (("Backend", "backends"), ("Exporter", "exporters")):
        for name in as_map(data.get(section)):
            if isinstance(name, str):
                objects.append(
                    Resource(
                        API_VERSION, kind, name, origin, unique=False, name_path=(section, name)
                    )
                )
    for name, policy in as_map(data.get("error_budget_policies")).items():
        if not isinstance(name, str):
            continue
        steps = as_list(as_map(policy).get("steps"))
        windows = [
            _window(
                as_map(step).get("window"),
                origin,
                ("error_budget_policies", name, "steps", i, "window"),
            )
            for i, step in enumerate(steps)
        ]
        resource = Resource(
            API_VERSION,
            "ErrorBudgetPolicy",
            name,
            origin,
            unique=False,
            name_path=("error_budget_policies", name),
        )
        triggers = tuple(
            _trigger(step, origin, ("error_budget_policies", name, "steps", i), "v2")
            for i, step in enumerate(steps)
            if isinstance(step, dict)
        )
        objects.append(
            ErrorBudgetPolicy(resource, None, None, triggers=triggers, period=_longest(windows))
        )
    return objects, []


def v1_policy_name(file: str) -> str:
    """``error_budget_policy.yaml`` -> ``default``; ``error_budget_policy_ssm.yaml`` -> ``ssm``."""
    stem = posixpath.basename(file.replace("\\", "/")).rsplit(".", 1)[0]
    if stem == "error_budget_policy":
        return DEFAULT_POLICY
    prefix = "error_budget_policy_"
    return stem[len(prefix) :] if stem.startswith(prefix) else stem


def adapt_v1_step(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """One step of a v1 policy file: the policy named after the file, with that step's
    window (the workspace keeps the longest step of each policy name)."""
    name = v1_policy_name(origin.file)
    resource = Resource(
        V1_VERSION,
        "ErrorBudgetPolicy",
        name,
        origin,
        unique=False,
        name_path=("error_budget_policy_step_name",),
    )
    window = _window(
        data.get("measurement_window_seconds"), origin, ("measurement_window_seconds",)
    )
    trigger = _trigger(data, origin, (), "v1")
    return [ErrorBudgetPolicy(resource, None, None, triggers=(trigger,), period=window)], []


def adapt_v1_slo(data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """A v1 flat SLO: named ``{service_name}-{feature_name}-{slo_name}`` as the migrator
    names it, covered by the v1 policy ``default`` (``error_budget_policy.yaml``)."""
    parts = [as_str(data.get(key)) or "" for key in V1_SLO_KEYS]
    labels = _labels({key: data.get(key) for key in V1_SLO_KEYS})
    resource = Resource(
        V1_VERSION, V1_SLO_KIND, "-".join(parts), origin, labels, name_path=("slo_name",)
    )
    goal = as_number(data.get("slo_target"))
    target = (
        Target(to_float(goal), goal, "ratio", origin.at("slo_target")) if goal is not None else None
    )
    policy = NameRef(
        DEFAULT_POLICY, origin.key("slo_name"), "default policy (error_budget_policy.yaml)"
    )
    slo = SLO(
        resource,
        parts[0] or None,
        _indicator(as_map(as_map(data.get("backend")).get("measurement")), origin, ("backend",)),
        (Objective(0, target, None, None, origin.at()),),
        None,
        "Occurrences",
        (policy,),
        description=as_str(data.get("slo_description")),
        alerting_known=False,
        period_from_policy=True,
    )
    return [slo], []


def detect(data: Data) -> Detected | None:
    """v2 SLOs by apiVersion and kind; the configuration and v1 files by their keys."""
    if data.get("apiVersion") == API_VERSION and data.get("kind") in KINDS:
        return Detected(API_VERSION, "ServiceLevelObjective")
    if is_config(data):
        return Detected(API_VERSION, CONFIG_KIND, ())
    if is_v1_slo(data):
        return Detected(V1_VERSION, V1_SLO_KIND, ("slo_name",))
    if is_v1_step(data):
        return Detected(V1_VERSION, V1_POLICY_KIND, ())
    return None


def adapt(kind: str, data: Data, origin: Origin) -> tuple[list[ModelObject], list[Violation]]:
    """Dispatch on what :func:`detect` found."""
    if kind == CONFIG_KIND:
        return adapt_config(data, origin)
    if kind == V1_POLICY_KIND:
        return adapt_v1_step(data, origin)
    if "apiVersion" not in data:
        return adapt_v1_slo(data, origin)
    return adapt_slo(data, origin)


FORMATS = (
    FormatSpec(
        name="slo-generator",
        title="slo-generator",
        api_versions=(API_VERSION,),
        kinds=KINDS,
        detect=detect,
        adapt=adapt,
        schemas={
            (API_VERSION, "ServiceLevelObjective"): "slo-generator-v2/slo.schema.json",
            (API_VERSION, CONFIG_KIND): "slo-generator-v2/slo-generator-config.schema.json",
            (V1_VERSION, V1_SLO_KIND): "slo-generator-v1/slo.schema.json",
            (V1_VERSION, V1_POLICY_KIND): "slo-generator-v1/error-budget-policy-step.schema.json",
        },
        sniff_markers=(
            "sre.google.com",
            "error_budget_polic",
            "slo_name",
            "default_exporters",
            "backends",
        ),
        annotations=True,
    ),
)
