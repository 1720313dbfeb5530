"""The ``slolint.dev/*`` annotation shorthand on SLOs, expanded into model objects.

Teams that cannot add files write the SLA target and the policy name on the SLO itself
(DESIGN §6). Expanding them here into an implicit :class:`SLA` and into policy references
means the SLA and policy rules need no special cases for the shorthand.
"""

from __future__ import annotations

from slolint.durations import calendar_lengths
from slolint.findings import Violation, violation
from slolint.model import (
    ASPIRATIONAL,
    ASPIRATIONAL_VALUES,
    POLICY_ANNOTATION,
    SLA,
    SLA_TARGET_ANNOTATION,
    SLA_WINDOW_ANNOTATION,
    SLO,
    NameRef,
    RefSet,
    Resource,
    SLAObjective,
    Target,
    Window,
    percent_to_ratio,
)
from slolint.quoting import quoted

DEFAULT_SLA_WINDOW = "1M"
"""SLAs are billed per calendar month unless the annotation says otherwise."""


def _annotation(resource: Resource, key: str) -> tuple[str | None, tuple[str | int, ...]]:
    return resource.annotations.get(key), ("metadata", "annotations", key)


def policy_refs_of(resource: Resource) -> tuple[NameRef, ...]:
    """``slolint.dev/error-budget-policy: <name>`` as a reference to a policy."""
    value, path = _annotation(resource, POLICY_ANNOTATION)
    if value is None or not value.strip():
        return ()
    return (NameRef(value.strip(), resource.origin.at(*path)),)


def aspirational_problems(resource: Resource) -> list[Violation]:
    """``slolint.dev/aspirational`` must say ``"true"`` or ``"false"`` (SLO104 otherwise).

    Any other word (``"yes"``, ``"1"``) would silently mean "not aspirational", and the SLO
    would then need a policy and could back an SLA against its author's intent.
    """
    value, path = _annotation(resource, ASPIRATIONAL)
    if value is None or value.strip().lower() in ASPIRATIONAL_VALUES:
        return []
    allowed = ", ".join(f'"{word}"' for word in ASPIRATIONAL_VALUES)
    return [
        violation(
            "SLO104",
            resource.origin.at(*path),
            f"invalid annotation {ASPIRATIONAL} {quoted(value)}; expected one of {allowed}",
            obj=resource.ref,
        )
    ]


def _parse_target(text: str, resource: Resource, path: tuple[str | int, ...]) -> Target | None:
    """``"99.5"``, ``"99.5%"`` (percent) or ``"0.995"`` (ratio): values above 1 are percents.

    Python's ``float`` also reads ``"nan"``, ``"inf"`` and ``"1e999"``; those are kept as
    targets (NaN or infinite) so that SLO201 reports them as out of range.
    """
    raw = text.strip()
    is_percent = raw.endswith("%")
    try:
        number = float(raw.rstrip("%").strip())
    except ValueError:
        return None
    if is_percent or number > 1:
        return Target(percent_to_ratio(number), text, "percent", resource.origin.at(*path))
    return Target(number, text, "ratio", resource.origin.at(*path))


def sla_from_annotations(slo: SLO) -> tuple[SLA | None, list[Violation]]:
    """An implicit SLA backed by exactly this SLO, from ``slolint.dev/sla-target``."""
    resource = slo.resource
    text, path = _annotation(resource, SLA_TARGET_ANNOTATION)
    if text is None:
        return None, []
    problems: list[Violation] = []
    target = _parse_target(text, resource, path)
    if target is None:
        problems.append(
            violation(
                "SLO105",
                resource.origin.at(*path),
                f"annotation {SLA_TARGET_ANNOTATION} {quoted(text)} is not a number; "
                'expected a percentage such as "99.5" or a ratio such as "0.995"',
                obj=resource.ref,
            )
        )
    window_text, window_path = _annotation(resource, SLA_WINDOW_ANNOTATION)
    duration = window_text.strip() if window_text is not None else DEFAULT_SLA_WINDOW
    lengths = calendar_lengths(duration)
    window_location = resource.origin.at(*(window_path if window_text is not None else path))
    window = (
        Window(duration, lengths, False, window_location) if lengths and 0 not in lengths else None
    )
    if window is None:
        problems.append(
            violation(
                "SLO105",
                window_location,
                f"annotation {SLA_WINDOW_ANNOTATION} {quoted(duration)} is not duration-shorthand; "
                'expected a number followed by m, h, d, w, M, Q or Y, such as "1M"',
                obj=resource.ref,
            )
        )
    if target is None:
        return None, problems
    sla_resource = Resource(
        "slolint.dev/v1alpha1",
        "SLA",
        f"{slo.name}-sla-annotation",
        resource.origin,
        resource.labels,
    )
    objective = SLAObjective(0, target, None, window, None, target.location)
    backed_by = RefSet((NameRef(slo.name, target.location),), None)
    return SLA(sla_resource, slo.service, backed_by, (objective,), implicit=True), problems
