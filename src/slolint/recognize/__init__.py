"""Recognize stage: find the SLO objects in a document and normalize them.

Detection works on parsed data, never on raw text (DESIGN §4). A document may be a single
object, a list of objects (OpenSLO SDK style) or a Kubernetes ``List``. Unknown YAML is
skipped silently, because pre-commit hands every YAML file of a repository to slolint; near
misses (an OpenSLO kind under an unknown apiVersion) are reported.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from slolint.findings import ObjectRef, Origin, Violation, violation
from slolint.model import ModelObject
from slolint.recognize import openslo_v1, slolint_v1alpha1

Adapter = Callable[[str, dict[str, Any], Origin], tuple[list[ModelObject], list[Violation]]]

ADAPTERS: dict[str, tuple[tuple[str, ...], Adapter]] = {
    openslo_v1.API_VERSION: (openslo_v1.KINDS, openslo_v1.adapt),
    slolint_v1alpha1.API_VERSION: (slolint_v1alpha1.KINDS, slolint_v1alpha1.adapt),
}

NOT_YET_LINTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "openslo/v1alpha": ("OpenSLO v1alpha", ("SLO", "Service")),
    "openslo.com/v2alpha": ("OpenSLO v2alpha", openslo_v1.KINDS),
    "sloth.slok.dev/v1": ("Sloth", ("PrometheusServiceLevel", "AlertWindows")),
    "pyrra.dev/v1alpha1": ("Pyrra", ("ServiceLevelObjective",)),
    "sre.google.com/v2": ("slo-generator", ("ServiceLevelObjective",)),
}
"""Formats recognized (and their kinds) but not linted yet: reported once, as info."""

KNOWN_ALIASES = {
    "openslo/v1.0.0": "openslo/v1",
    "openslo/v0.1.0-beta": "openslo/v1alpha",
    "openslo/v2alpha": "openslo.com/v2alpha",
    "openslo/v2alpha1": "openslo.com/v2alpha",
    "openslo/v2": "openslo.com/v2alpha",
    "openslo.com/v1": "openslo/v1",
}

SLO_KINDS = frozenset(openslo_v1.KINDS + slolint_v1alpha1.KINDS)


@dataclass(slots=True)
class Recognized:
    """One object found in a document: its raw data for the schema, its model for rules."""

    api_version: str
    kind: str
    data: dict[str, Any]
    origin: Origin
    ref: ObjectRef
    objects: list[ModelObject] = field(default_factory=list)


def _candidates(data: Any) -> Iterator[tuple[tuple[int | str, ...], dict[str, Any]]]:
    """Objects inside a document: the document itself, list items, or List ``items``."""
    if isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, dict):
                yield (index,), item
    elif isinstance(data, dict):
        items = data.get("items")
        if data.get("kind") == "List" and isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    yield ("items", index), item
        else:
            yield (), data


def _suggest(value: str, choices: list[str]) -> str:
    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
    return f'; did you mean "{match[0]}"?' if match else ""


def _near_miss(api: object, kind: object, data: dict[str, Any], origin: Origin) -> Violation | None:
    """An SLO-looking document that no tool would accept, with a suggestion."""
    if not isinstance(kind, str):
        kind = None
    name = data.get("metadata", {}).get("name") if isinstance(data.get("metadata"), dict) else None
    ref = ObjectRef(str(api or ""), str(kind or ""), name if isinstance(name, str) else "")
    if isinstance(api, str):
        known_kinds = ADAPTERS[api][0] if api in ADAPTERS else NOT_YET_LINTED.get(api, ("", ()))[1]
        if known_kinds:
            kinds = list(known_kinds)
            shown = kind if isinstance(kind, str) else "(missing)"
            hint = _suggest(shown, kinds) or f"; expected one of {', '.join(kinds)}"
            where = origin.at("kind") if "kind" in data else origin.key()
            return violation(
                "SLO003", where, f'unknown kind "{shown}" for apiVersion {api}{hint}', obj=ref
            )
        lowered = api.lower()
        if lowered.startswith(("openslo", "slolint")):
            versions = sorted({*ADAPTERS, *NOT_YET_LINTED})
            suggestion = KNOWN_ALIASES.get(lowered)
            hint = f'; did you mean "{suggestion}"?' if suggestion else _suggest(api, versions)
            return violation(
                "SLO003", origin.at("apiVersion"), f'unknown apiVersion "{api}"{hint}', obj=ref
            )
        return None
    if api is None and kind in SLO_KINDS and ("spec" in data or "metadata" in data):
        expected = " or ".join(v for v, (kinds, _) in ADAPTERS.items() if kind in kinds)
        return violation(
            "SLO003",
            origin.at("kind"),
            f'kind "{kind}" without apiVersion; expected apiVersion {expected}',
            obj=ref,
        )
    return None


def _not_yet_linted(api: object, data: dict[str, Any], origin: Origin) -> Violation | None:
    if (
        isinstance(api, str)
        and api in NOT_YET_LINTED
        and data.get("kind") in NOT_YET_LINTED[api][1]
    ):
        fmt, path = NOT_YET_LINTED[api][0], ("apiVersion",)
    elif (
        api is None
        and isinstance(data.get("version"), str)
        and data["version"].startswith("prometheus/v")
    ):
        fmt, path = "Sloth", ("version",)
    else:
        return None
    return violation(
        "SLO004",
        origin.at(*path),
        f"{fmt} documents are recognized but not linted by this version of slolint",
    )


def recognize(file: str, document: int, data: Any) -> tuple[list[Recognized], list[Violation]]:
    """Every SLO object in one document, normalized, plus recognition findings."""
    found: list[Recognized] = []
    problems: list[Violation] = []
    for base, item in _candidates(data):
        origin = Origin(file, document, base)
        api, kind = item.get("apiVersion"), item.get("kind")
        adapter = ADAPTERS.get(api) if isinstance(api, str) else None
        if (
            adapter is not None
            and isinstance(api, str)
            and isinstance(kind, str)
            and kind in adapter[0]
        ):
            objects, violations = adapter[1](kind, item, origin)
            metadata = item.get("metadata")
            name = metadata.get("name") if isinstance(metadata, dict) else None
            ref = ObjectRef(api, kind, name if isinstance(name, str) else "")
            found.append(Recognized(api, kind, item, origin, ref, objects))
            problems.extend(violations)
            continue
        miss = _not_yet_linted(api, item, origin) or _near_miss(api, kind, item, origin)
        if miss is not None:
            problems.append(miss)
    return found, problems
