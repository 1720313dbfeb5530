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
from slolint.quoting import quoted
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

TYPO_CUTOFF = 0.85
"""How close an apiVersion with an API group must be to a known one to count as a typo.

Other vendors' SLO formats (Nobl9's ``n9/v1alpha`` is 0.72 from ``openslo/v1alpha``) are
their own formats and stay silent; ``opensl0/v1`` (0.9) is a typo.
"""


@dataclass(slots=True)
class Recognized:
    """One object found in a document: its raw data for the schema, its model for rules."""

    api_version: str
    kind: str
    data: dict[str, Any]
    origin: Origin
    ref: ObjectRef
    objects: list[ModelObject] = field(default_factory=list)


def objects_in(data: Any) -> Iterator[tuple[tuple[int | str, ...], dict[str, Any]]]:
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


def _openslo_shaped(kind: object, data: dict[str, Any]) -> bool:
    """A document of an OpenSLO or slolint kind with a spec, under a group-less apiVersion.

    Only ``Service`` clashes with a Kubernetes core kind: a Kubernetes ``Service``
    (``apiVersion: v1``) has ``ports`` and ``selector``, while OpenSLO's has no field of its
    own beyond ``description``, so it counts only with a spec holding nothing else. No other
    SLO kind exists in Kubernetes' group-less API, so any spec mapping makes it one, however
    few fields it has.
    """
    spec = data.get("spec")
    if not isinstance(kind, str) or kind not in SLO_KINDS or not isinstance(spec, dict):
        return False
    if kind == "Service":
        return bool(spec) and set(spec) <= {"description"}
    return True


def _versions_for(kind: str) -> list[str]:
    """The apiVersions under which ``kind`` is linted: ``SLA`` -> ``slolint.dev/v1alpha1``."""
    return [version for version, (kinds, _) in ADAPTERS.items() if kind in kinds]


def _unknown_kind(api: str, kind: object, data: dict[str, Any], origin: Origin) -> Violation:
    known_kinds = ADAPTERS[api][0] if api in ADAPTERS else NOT_YET_LINTED[api][1]
    shown = kind if isinstance(kind, str) else "(missing)"
    elsewhere = _versions_for(shown) if isinstance(kind, str) else []
    if elsewhere:
        hint = f"; {shown} is a kind of apiVersion {' or '.join(elsewhere)}"
    else:
        kinds = list(known_kinds)
        hint = _suggest(shown, kinds) or f"; expected one of {', '.join(kinds)}"
    where = origin.at("kind") if "kind" in data else origin.key()
    return violation(
        "SLO003",
        where,
        f"unknown kind {quoted(shown)} for apiVersion {api}{hint}",
        obj=_ref(api, kind, data),
    )


def _ref(api: object, kind: object, data: dict[str, Any]) -> ObjectRef:
    metadata = data.get("metadata")
    name = metadata.get("name") if isinstance(metadata, dict) else None
    return ObjectRef(
        api if isinstance(api, str) else "",
        kind if isinstance(kind, str) else "",
        name if isinstance(name, str) else "",
    )


def _unknown_api_version(
    api: str, kind: object, data: dict[str, Any], origin: Origin
) -> Violation | None:
    """An apiVersion no tool accepts on a document that is clearly meant for one."""
    lowered = api.lower()
    versions = sorted({*ADAPTERS, *NOT_YET_LINTED})
    suggestion = KNOWN_ALIASES.get(lowered)
    close = difflib.get_close_matches(lowered, versions, n=1, cutoff=TYPO_CUTOFF)
    if not lowered.startswith(("openslo", "slolint")) and not close:
        # Not an OpenSLO-like group: only a group-less apiVersion (``foo``, ``v1``) on an
        # OpenSLO-shaped document is a mistake; other vendors' groups are their formats.
        if "/" in api or not _openslo_shaped(kind, data):
            return None
        assert isinstance(kind, str)
        expected = " or ".join(_versions_for(kind))
        return violation(
            "SLO003",
            origin.at("apiVersion"),
            f"unknown apiVersion {quoted(api)} for kind {kind}; expected {expected}",
            obj=_ref(api, kind, data),
        )
    if suggestion is None and close:
        suggestion = close[0]
    hint = f'; did you mean "{suggestion}"?' if suggestion else _suggest(api, versions)
    return violation(
        "SLO003",
        origin.at("apiVersion"),
        f"unknown apiVersion {quoted(api)}{hint}",
        obj=_ref(api, kind, data),
    )


def _near_miss(api: object, kind: object, data: dict[str, Any], origin: Origin) -> Violation | None:
    """An SLO-looking document that no tool would accept, with a suggestion."""
    if isinstance(api, str):
        if api in ADAPTERS or api in NOT_YET_LINTED:
            return _unknown_kind(api, kind, data, origin)
        return _unknown_api_version(api, kind, data, origin)
    if (
        api is None
        and isinstance(kind, str)  # a list or a mapping is unhashable
        and kind in SLO_KINDS
        and ("spec" in data or "metadata" in data)
    ):
        expected = " or ".join(_versions_for(kind))
        return violation(
            "SLO003",
            origin.at("kind"),
            f'kind "{kind}" without apiVersion; expected apiVersion {expected}',
            obj=_ref(api, kind, data),
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


def once_per_file(problems: list[Violation]) -> list[Violation]:
    """Recognition findings of one file, with SLO004 kept once per format (its first place).

    Recognition runs per document, but "Sloth documents are not linted" is news once per
    file: a file of 40 Pyrra objects should not print the same line 40 times.
    """
    seen: set[str] = set()
    kept = []
    for problem in problems:
        if problem.code == "SLO004":
            text = "".join(part for part in problem.message if isinstance(part, str))
            if text in seen:
                continue
            seen.add(text)
        kept.append(problem)
    return kept


def recognize(file: str, document: int, data: Any) -> tuple[list[Recognized], list[Violation]]:
    """Every SLO object in one document, normalized, plus recognition findings."""
    found: list[Recognized] = []
    problems: list[Violation] = []
    for base, item in objects_in(data):
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
