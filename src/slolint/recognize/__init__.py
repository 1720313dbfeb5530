"""Recognize stage: find the SLO objects in a document and normalize them.

Detection works on parsed data, never on raw text (DESIGN §4). A document may be a single
object, a list of objects (OpenSLO SDK style) or a Kubernetes ``List``. Unknown YAML is
skipped silently, because pre-commit hands every YAML file of a repository to slolint; near
misses (an OpenSLO kind under an unknown apiVersion) are reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from slolint.findings import ObjectRef, Origin, Violation, violation
from slolint.model import SLO, ModelObject
from slolint.quoting import quoted
from slolint.recognize.annotations import (
    aspirational_problems,
    policy_refs_of,
    sla_from_annotations,
)
from slolint.recognize.format import FormatSet, FormatSpec, load_formats

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
    import difflib  # suggestions are for broken documents: a clean run never loads it

    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
    return f'; did you mean "{match[0]}"?' if match else ""


def _unknown_kind(
    formats: FormatSet, api: str, kind: object, data: dict[str, Any], origin: Origin
) -> Violation:
    known_kinds = formats.by_api_version[api].kinds
    shown = kind if isinstance(kind, str) else "(missing)"
    elsewhere = formats.versions_for(shown) if isinstance(kind, str) else []
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
    formats: FormatSet, api: str, kind: object, data: dict[str, Any], origin: Origin
) -> Violation | None:
    """An apiVersion no tool accepts on a document that is clearly meant for one."""
    import difflib

    lowered = api.lower()
    versions = list(formats.typo_candidates)
    suggestion = formats.aliases.get(lowered)
    close = difflib.get_close_matches(lowered, versions, n=1, cutoff=TYPO_CUTOFF)
    if not (formats.typo_prefixes and lowered.startswith(formats.typo_prefixes)) and not close:
        # Not a known format's group: only a group-less apiVersion (``foo``, ``v1``) on a
        # document shaped like a known kind is a mistake; other vendors' groups are theirs.
        if "/" in api or not isinstance(kind, str) or not formats.shaped(kind, data):
            return None
        expected = " or ".join(formats.versions_for(kind))
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


def _near_miss(
    formats: FormatSet, api: object, kind: object, data: dict[str, Any], origin: Origin
) -> Violation | None:
    """An SLO-looking document that no tool would accept, with a suggestion."""
    if isinstance(api, str):
        if api in formats.owned:
            return _unknown_kind(formats, api, kind, data, origin)
        if api in formats.by_api_version:
            return None  # another kind of a vendor's API group
        return _unknown_api_version(formats, api, kind, data, origin)
    if (
        api is None
        and isinstance(kind, str)  # a list or a mapping is unhashable
        and kind in formats.suggested_kinds
        and ("spec" in data or "metadata" in data)
    ):
        expected = " or ".join(formats.versions_for(kind))
        return violation(
            "SLO003",
            origin.at("kind"),
            f'kind "{kind}" without apiVersion; expected apiVersion {expected}',
            obj=_ref(api, kind, data),
        )
    return None


def _not_linted(spec: FormatSpec, origin: Origin, at: tuple[str | int, ...]) -> Violation:
    return violation(
        "SLO004",
        origin.at(*at),
        f"{spec.title} documents are recognized but not linted by this version of slolint",
    )


def with_annotations(objects: list[ModelObject]) -> tuple[list[ModelObject], list[Violation]]:
    """The ``slolint.dev/*`` shorthand applied to every SLO of a format with annotations:
    its policy reference, its implicit SLA and the check of ``slolint.dev/aspirational``."""
    expanded: list[ModelObject] = []
    problems: list[Violation] = []
    for obj in objects:
        if not isinstance(obj, SLO):
            expanded.append(obj)
            continue
        refs = policy_refs_of(obj.resource)
        slo = replace(obj, policy_refs=obj.policy_refs + refs) if refs else obj
        expanded.append(slo)
        sla, found = sla_from_annotations(slo)
        problems.extend(found)
        problems.extend(aspirational_problems(slo.resource))
        if sla is not None:
            expanded.append(sla)
    return expanded, problems


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


def recognize(
    file: str, document: int, data: Any, formats: FormatSet | None = None
) -> tuple[list[Recognized], list[Violation]]:
    """Every SLO object in one document, normalized, plus recognition findings.

    ``formats`` defaults to the formats of this process (:func:`load_formats`).
    """
    formats = load_formats() if formats is None else formats
    found: list[Recognized] = []
    problems: list[Violation] = []
    for base, item in objects_in(data):
        origin = Origin(file, document, base)
        claimed = formats.detect(item)
        if claimed is None:
            miss = _near_miss(formats, item.get("apiVersion"), item.get("kind"), item, origin)
            if miss is not None:
                problems.append(miss)
            continue
        spec, (api, kind, at) = claimed
        if spec.adapt is None:
            if spec.status == "not-linted":
                problems.append(_not_linted(spec, origin, at))
            continue
        objects, violations = spec.adapt(kind, item, origin)
        if spec.annotations:
            objects, shorthand = with_annotations(objects)
            violations = violations + shorthand
        metadata = item.get("metadata")
        name = metadata.get("name") if isinstance(metadata, dict) else None
        ref = ObjectRef(api, kind, name if isinstance(name, str) else "")
        found.append(Recognized(api, kind, item, origin, ref, objects))
        problems.extend(violations)
    return found, problems
