"""A team's own policies, declared in configuration: match objects, assert a JSON Schema.

A policy never runs user code: ``match`` picks objects by kind, format and labels, and
``assert`` is a JSON Schema (draft-07) fragment that jsonschema evaluates on the object's
*normalized view* (:func:`view_of`), the same small document for every format. Each schema
error becomes a finding at the field of the file the error points to, so a policy finding
is located like a built-in one, and the policy appears in ``slolint rules``.

The view (documented in the README, "Custom policies"):

==================  ===================================================================
``apiVersion``      as written; ``format`` is its group (``openslo``, ``slolint.dev``)
``kind``, ``name``  the object's kind and ``metadata.name``
``service``         the SLO's (or SLA's) service, when it has one
``labels``          ``{key: value}``; a label with several values is a list; absent when none
``annotations``     ``{key: value}``; absent when none
``document``        the object's mapping as written (``document.spec.description``)
``owner``           annotation ``slolint.dev/owner``, else label ``owner``, else ``team``;
                    an ErrorBudgetPolicy's ``spec.owner``; absent when there is none
``target``          the lowest objective target as a ratio (``0.999``); ``targetPercent``
                    the same in percent (``99.9``)
``objectives``      ``[{target, targetPercent, displayName}]``, in file order
``window``          ``{duration, rolling, calendar, seconds, days}``; a calendar window's
                    length is its shortest period (``1M`` = 28 days)
``budgetingMethod`` ``Occurrences``, ``Timeslices`` or ``RatioTimeslices``
``indicator``       ``{ref, name, kind}``
``aspirational``    true for SLOs annotated ``slolint.dev/aspirational: "true"``
``sla``             ``{covered, names}``: the SLAs this SLO backs
``errorBudgetPolicy`` ``{covered, names}``: the policies that hold this SLO, from the one
                    coverage relation SLO401 uses (:func:`slolint.rules.policy.policy_coverage`)
==================  ===================================================================

``match.kinds`` and ``match.formats`` are checked against what slolint lints, so a typo
(``Slo``) is a configuration error rather than a policy that silently matches nothing.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from slolint.config.files import ConfigError, ConfigFile
from slolint.config.policy_schema import PatternError, check_patterns, validator_for
from slolint.durations import shortest_seconds
from slolint.findings import JsonPath, Location, Origin, Severity, Violation, violation
from slolint.model import SLA, SLI, SLO, ErrorBudgetPolicy, Resource, Selector, Window
from slolint.quoting import shorten, shown
from slolint.recognize.format import load_formats
from slolint.registry import RULES, Rule
from slolint.workspace import Workspace

OWNER_ANNOTATION = "slolint.dev/owner"
OWNER_LABELS = ("owner", "team")
MAX_ERRORS_PER_OBJECT = 20
"""A policy reports at most this many schema errors per object."""
PLACEHOLDER = re.compile(r"\{([a-zA-Z]+)\}")
PLACEHOLDERS = frozenset({"code", "name", "kind", "service", "error", "value", "field"})


@dataclass(slots=True)
class Policy:
    """One ``policies:`` entry, ready to evaluate."""

    code: str
    name: str
    severity: Severity
    message: str
    summary: str
    description: str
    kinds: frozenset[str] | None
    formats: tuple[str, ...] | None
    selector: Selector | None
    assertion: dict[str, Any] | bool
    source: str
    governs: Callable[[str], bool] = field(default=lambda file: True)
    """Whether a file (as shown) is governed by the configuration that declares the policy."""
    entry: Rule | None = None
    """The policy as a rule of its configuration's rule set (code, name, documentation)."""
    _validator: Any = None

    def validator(self) -> Any:
        if self._validator is None:
            self._validator = validator_for(self.assertion)
        return self._validator

    def matches(self, resource: Resource) -> bool:
        if self.kinds is not None and resource.kind not in self.kinds:
            return False
        if self.formats is not None and not any(
            _format_matches(fmt, resource.api_version) for fmt in self.formats
        ):
            return False
        return self.selector is None or self.selector.matches(resource.labels)


def _format_matches(fmt: str, api_version: str) -> bool:
    """``match.formats`` names a format (``pyrra``), its apiVersion or its API group."""
    return fmt in load_formats().policy_names_of(api_version)


def _remote_ref(schema: Any) -> str | None:
    """The first ``$ref`` that leaves the fragment; refused so that nothing is fetched."""
    stack = [schema]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


_NO_LOCATION = Location(Origin("<configuration>", 0))


def _selector(table: dict[str, Any] | None) -> Selector | None:
    if not table:
        return None
    labels = tuple((str(k), str(v)) for k, v in (table.get("matchLabels") or {}).items())
    expressions = tuple(
        (str(e["key"]), str(e["operator"]), tuple(str(v) for v in e.get("values") or ()))
        for e in table.get("matchExpressions") or ()
    )
    return Selector(labels, expressions, _NO_LOCATION)


def policies_from_config(data: dict[str, Any], config: ConfigFile) -> list[Policy]:
    """The validated policies of one configuration file (the schema already checked shapes)."""
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import SchemaError

    policies: list[Policy] = []
    codes: set[str] = set()
    for index, entry in enumerate(data.get("policies") or ()):
        where = ("policies", index)
        code, name = entry["code"], entry["name"]
        if code in codes:
            raise config.error((*where, "code"), f"policies: code {code} is declared twice")
        codes.add(code)
        for existing in RULES.values():  # the catalog: built-in and plugin rules
            if existing.code == code or existing.name == name:
                clash = "code" if existing.code == code else "name"
                raise config.error(
                    (*where, clash),
                    f"policies: {clash} {entry[clash]!r} is already used by rule {existing.code}",
                )
        assertion = entry["assert"]
        try:
            Draft7Validator.check_schema(assertion)
        except SchemaError as exc:
            path = (*where, "assert", *exc.absolute_path)
            raise config.error(
                path, f"policies[{index}].assert: {shorten(exc.message, 200)}"
            ) from exc
        try:
            check_patterns(assertion)
        except PatternError as exc:
            raise config.error(
                (*where, "assert", *exc.path),
                f"policies[{index}].assert: pattern {shorten(repr(exc.pattern))} needs a "
                f"backtracking engine ({shorten(exc.reason, 120)}); patterns run on RE2, "
                "without lookaround or backreferences",
                on_key=exc.on_key,
            ) from exc
        remote = _remote_ref(assertion)
        if remote is not None:
            raise config.error(
                (*where, "assert"),
                f"policies[{index}].assert: $ref {shorten(repr(remote))} leaves the policy; "
                "only local references (#/...) are allowed",
            )
        unknown = sorted(set(PLACEHOLDER.findall(entry["message"])) - PLACEHOLDERS)
        if unknown:
            raise config.error(
                (*where, "message"),
                f"policies[{index}].message: unknown placeholder {{{unknown[0]}}}; expected "
                + ", ".join(f"{{{p}}}" for p in sorted(PLACEHOLDERS)),
            )
        match = entry.get("match") or {}
        _check_match(match, index, where, config)
        policy = Policy(
            code=code,
            name=name,
            severity=Severity.parse(entry.get("severity", "error")),
            message=entry["message"],
            summary=entry.get("summary") or f"team policy {name}",
            description=entry.get("description", ""),
            kinds=frozenset(match["kinds"]) if "kinds" in match else None,
            formats=tuple(match["formats"]) if "formats" in match else None,
            selector=_selector(match.get("labels")),
            assertion=assertion,
            source=config.shown(),
        )
        policy.entry = _entry(policy, entry.get("url"))
        policies.append(policy)
    return policies


def known_kinds() -> tuple[str, ...]:
    """Kinds a policy can match: those of the formats slolint lints, sorted."""
    linted = (spec for spec in load_formats().formats if spec.status == "linted")
    return tuple(sorted({kind for spec in linted for kind in spec.kinds}))


def known_formats() -> tuple[str, ...]:
    """Names ``match.formats`` accepts: each linted format's name, apiVersions, API groups
    and the groups' first words (``pyrra``, ``openslo/v1``, ``slolint.dev``), as
    :func:`_format_matches` compares them."""
    linted = (spec for spec in load_formats().formats if spec.status == "linted")
    return tuple(sorted({name for spec in linted for name in spec.policy_names}))


def _did_you_mean(value: str, choices: tuple[str, ...]) -> str:
    """A close choice, case-insensitively first (``Slo`` is ``SLO``), else by spelling."""
    folded = {choice.casefold(): choice for choice in choices}
    if value.casefold() in folded:
        return f'; did you mean "{folded[value.casefold()]}"?'
    close = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.6)
    return f'; did you mean "{folded[close[0]]}"?' if close else ""


def _check_match(
    match: dict[str, Any], index: int, where: tuple[str | int, ...], config: ConfigFile
) -> None:
    """Refuse a kind or format no object can have: such a policy would match nothing, and
    a team would believe its rule holds."""
    for key, choices, what in (
        ("kinds", known_kinds(), "kind"),
        ("formats", known_formats(), "format"),
    ):
        for position, value in enumerate(match.get(key) or ()):
            if value in choices:
                continue
            raise config.error(
                (*where, "match", key, position),
                f"policies[{index}].match.{key}: unknown {what} {shorten(repr(value))}"
                + (_did_you_mean(value, choices) or "; expected one of " + ", ".join(choices)),
            )


def _entry(policy: Policy, url: str | None) -> Rule:
    """The rule a policy is listed and explained as; it runs through :func:`policy_rule`."""
    doc = policy.description or f"Declared in {policy.source}."
    if url:
        doc += f"\n\nMore: {url}"
    match_doc = "\n\nAssert (JSON Schema on the normalized view):\n\n    " + shorten(
        json.dumps(policy.assertion, sort_keys=True), 400
    )
    return Rule(policy.code, policy.name, policy.severity, policy.summary, doc + match_doc)


# -- the normalized view -----------------------------------------------------------------

View = dict[str, Any]
Places = dict[JsonPath, Location]


def _labels(resource: Resource) -> dict[str, Any]:
    return {k: (v[0] if len(v) == 1 else list(v)) for k, v in resource.labels.items()}


def _owner(resource: Resource) -> tuple[str, JsonPath] | None:
    value = resource.annotations.get(OWNER_ANNOTATION)
    if value and value.strip():
        return value.strip(), ("metadata", "annotations", OWNER_ANNOTATION)
    for key in OWNER_LABELS:
        values = resource.labels.get(key)
        if values and values[0].strip():
            return values[0].strip(), ("metadata", "labels", key)
    return None


def _base_view(resource: Resource) -> tuple[View, Places]:
    origin = resource.origin
    view: View = {
        "apiVersion": resource.api_version,
        "format": resource.api_version.split("/", 1)[0],
        "kind": resource.kind,
        "name": resource.name,
    }
    places: Places = {
        (): resource.location,
        ("apiVersion",): origin.at("apiVersion"),
        ("format",): origin.at("apiVersion"),
        ("kind",): origin.at("kind"),
        ("name",): resource.location,
    }
    if resource.labels:
        view["labels"] = _labels(resource)
        places[("labels",)] = origin.at("metadata", "labels")
        for key in resource.labels:
            places[("labels", key)] = origin.at("metadata", "labels", key)
    if resource.annotations:
        view["annotations"] = dict(resource.annotations)
        places[("annotations",)] = origin.at("metadata", "annotations")
        for key in resource.annotations:
            places[("annotations", key)] = origin.at("metadata", "annotations", key)
    if resource.document is not None:
        view["document"] = resource.document
    owner = _owner(resource)
    if owner is not None:
        view["owner"] = owner[0]
        places[("owner",)] = origin.at(*owner[1])
    return view, places


def _window(view: View, places: Places, window: Any) -> None:
    if window is None:
        return
    seconds = shortest_seconds(window.duration, window.rolling) or 0
    view["window"] = {
        "duration": window.duration,
        "rolling": window.rolling,
        "calendar": not window.rolling,
        "seconds": seconds,
        "days": seconds // 86400 if seconds % 86400 == 0 else seconds / 86400,
    }
    places[("window",)] = window.location


@dataclass(slots=True)
class Coverage:
    """Which SLAs and policies hold each SLO (by ``id``), computed once per run."""

    slas: dict[int, list[str]]
    policies: dict[int, tuple[str, ...]]

    @classmethod
    def build(cls, workspace: Workspace) -> Coverage:
        from slolint.rules.policy import policy_coverage
        from slolint.rules.sla import candidate_slos

        slas: dict[int, list[str]] = {}
        for sla in workspace.slas:
            backing = [slo for slo in candidate_slos(sla, workspace) if not slo.aspirational]
            for slo in backing:
                slas.setdefault(id(slo), []).append(sla.name)
        return cls(slas, policy_coverage(workspace))


def _slo_view(slo: SLO, coverage: Coverage, window: Window | None) -> tuple[View, Places]:
    """``window`` is the SLO's window as the workspace gives it (Sloth's configured period,
    slo-generator's policy steps)."""
    view, places = _base_view(slo.resource)
    origin = slo.resource.origin
    if slo.service is not None:
        view["service"] = slo.service
        places[("service",)] = origin.at("spec", "service")
    objectives = []
    lowest: tuple[float, Location] | None = None
    for i, objective in enumerate(slo.objectives):
        item: dict[str, Any] = {}
        places[("objectives", i)] = objective.location
        if objective.display_name is not None:
            item["displayName"] = objective.display_name
        if objective.target is not None:
            ratio = objective.target.ratio
            item["target"] = ratio
            item["targetPercent"] = round(ratio * 100, 10)
            places[("objectives", i, "target")] = objective.target.location
            places[("objectives", i, "targetPercent")] = objective.target.location
            if lowest is None or ratio < lowest[0]:
                lowest = (ratio, objective.target.location)
        objectives.append(item)
    if objectives:
        view["objectives"] = objectives
    if lowest is not None:
        view["target"] = lowest[0]
        view["targetPercent"] = round(lowest[0] * 100, 10)
        places[("target",)] = places[("targetPercent",)] = lowest[1]
    _window(view, places, window)
    if slo.budgeting_method is not None:
        view["budgetingMethod"] = slo.budgeting_method
        places[("budgetingMethod",)] = origin.at("spec", "budgetingMethod")
    if slo.indicator is not None:
        view["indicator"] = {
            key: value
            for key, value in (
                ("ref", slo.indicator.ref),
                ("name", slo.indicator.name),
                ("kind", slo.indicator.kind),
            )
            if value is not None
        }
        places[("indicator",)] = slo.indicator.location
    view["aspirational"] = slo.aspirational
    sla_names = coverage.slas.get(id(slo), [])
    policy_names = coverage.policies.get(id(slo), ())
    view["sla"] = {"covered": bool(sla_names), "names": sorted(set(sla_names))}
    view["errorBudgetPolicy"] = {"covered": bool(policy_names), "names": list(policy_names)}
    return view, places


def _sla_view(sla: SLA) -> tuple[View, Places]:
    view, places = _base_view(sla.resource)
    if sla.service is not None:
        view["service"] = sla.service
        places[("service",)] = sla.resource.origin.at("spec", "service")
    objectives = []
    lowest: tuple[float, Location] | None = None
    for i, objective in enumerate(sla.objectives):
        item: dict[str, Any] = {}
        places[("objectives", i)] = objective.location
        if objective.target is not None:
            item["target"] = objective.target.ratio
            item["targetPercent"] = round(objective.target.ratio * 100, 10)
            places[("objectives", i, "target")] = objective.target.location
            if lowest is None or objective.target.ratio < lowest[0]:
                lowest = (objective.target.ratio, objective.target.location)
        objectives.append(item)
    if objectives:
        view["objectives"] = objectives
    if lowest is not None:
        view["target"] = lowest[0]
        view["targetPercent"] = round(lowest[0] * 100, 10)
        places[("target",)] = places[("targetPercent",)] = lowest[1]
    return view, places


def _policy_view(policy: ErrorBudgetPolicy) -> tuple[View, Places]:
    view, places = _base_view(policy.resource)
    if policy.owner:
        view["owner"] = policy.owner
        places[("owner",)] = policy.resource.origin.at("spec", "owner")
    return view, places


def views(workspace: Workspace) -> list[tuple[Resource, View, Places]]:
    """Every object of the workspace with its view, built once per workspace."""
    return workspace.memo("policy-views", lambda: list(_views(workspace)))


def _views(workspace: Workspace) -> Iterator[tuple[Resource, View, Places]]:
    """Every object of the workspace with its normalized view and the places of its fields."""
    coverage = Coverage.build(workspace)
    special: set[int] = set()
    for slo in workspace.slos:
        special.add(id(slo.resource))
        yield (slo.resource, *_slo_view(slo, coverage, workspace.slo_window(slo)))
    for sla in workspace.slas:
        if not sla.implicit:
            special.add(id(sla.resource))
            yield (sla.resource, *_sla_view(sla))
    for policy in workspace.policies:
        special.add(id(policy.resource))
        yield (policy.resource, *_policy_view(policy))
    for sli in workspace.slis:
        special.add(id(sli.resource))
        view, places = _base_view(sli.resource)
        if sli.kind is not None:
            view["indicator"] = {"kind": sli.kind}
        yield sli.resource, view, places
    for resource in workspace.resources:
        if id(resource) not in special:
            yield (resource, *_base_view(resource))


def view_of(obj: SLO | SLA | ErrorBudgetPolicy | SLI | Resource, workspace: Workspace) -> View:
    """The normalized view of one object, as ``assert`` sees it (for docs and tests)."""
    resource = obj if isinstance(obj, Resource) else obj.resource
    for candidate, view, _ in views(workspace):
        if candidate is resource:
            return view
    raise KeyError(resource.name)


def _place(resource: Resource, places: Places, path: JsonPath) -> Location:
    """Where a schema error at ``path`` of the view is reported.

    ``document.<path>`` is the object as written, so it is located at that path of the file;
    the other fields at the field they were computed from, else their nearest ancestor's.
    """
    if path[:1] == ("document",):
        return resource.origin.at(*path[1:]) if len(path) > 1 else resource.location
    probe = path
    while probe:
        if probe in places:
            return places[probe]
        probe = probe[:-1]
    return places[()]


def _render(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _sort_key(error: Any) -> tuple[str, str]:
    return (".".join(str(p) for p in error.absolute_path), error.message)


def evaluate(policy: Policy, workspace: Workspace) -> Iterator[Violation]:
    """Violations of one policy over the objects of files its configuration governs."""
    validator = policy.validator()
    for resource, view, places in views(workspace):
        if not policy.governs(resource.origin.file) or not policy.matches(resource):
            continue
        errors = sorted(validator.iter_errors(view), key=_sort_key)[:MAX_ERRORS_PER_OBJECT]
        for error in errors:
            path: JsonPath = tuple(error.absolute_path)
            if error.validator == "required" and isinstance(error.instance, dict):
                missing = [k for k in error.validator_value if k not in error.instance]
                field_name = ".".join(str(p) for p in (*path, *missing[:1]))
            else:
                field_name = ".".join(str(p) for p in path) or "object"
            values = {
                "code": policy.code,
                "name": shorten(resource.name),
                "kind": resource.kind,
                "service": shorten(str(view.get("service", ""))),
                "error": shorten(error.message, 200),
                "value": shown(error.instance),
                "field": shorten(field_name),
            }
            yield violation(
                policy.code,
                _place(resource, places, path),
                _render(policy.message, values),
                obj=resource.ref,
            )


def policy_rule(policy: Policy) -> Rule:
    """The policy as a rule the engine runs with the built-in ones."""

    def check(workspace: Workspace) -> Iterator[Violation]:
        return evaluate(policy, workspace)

    doc = policy.entry.doc if policy.entry is not None else ""
    return Rule(policy.code, policy.name, policy.severity, policy.summary, doc, check)


__all__ = ["ConfigError", "Policy", "evaluate", "policies_from_config", "policy_rule", "view_of"]
