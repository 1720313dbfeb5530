"""The ``slolint.dev/*`` annotation shorthand on SLOs, expanded into model objects.

Teams that cannot add files write the SLA target and the policy name on the SLO itself
(DESIGN §6). Expanding them here into an implicit :class:`SLA` and into policy references
means the SLA and policy rules need no special cases for the shorthand.
"""

from __future__ import annotations

from slolint.durations import oversize_duration, parse_shorthand
from slolint.findings import Location, Violation, violation
from slolint.model import (
    ASPIRATIONAL,
    ASPIRATIONAL_VALUES,
    POLICY_ANNOTATION,
    SLA,
    SLA_TARGET_ANNOTATION,
    SLA_WINDOW_ANNOTATION,
    SLO,
    Calendar,
    NameRef,
    RefSet,
    Resource,
    SLAObjective,
    Target,
    Window,
    percent_to_ratio,
)
from slolint.numbers import read_float
from slolint.quoting import quoted, shown

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
    number = read_float(raw.rstrip("%").strip(), words=True)
    if number is None:
        return None
    if is_percent or number > 1:
        return Target(percent_to_ratio(number), text, "percent", resource.origin.at(*path))
    return Target(number, text, "ratio", resource.origin.at(*path))


def sla_window_of_annotation(text: str, location: Location, zone: str = "UTC") -> Window | None:
    """``slolint.dev/sla-window``: ``"1M"``, ``"28d"``, ``"rolling 30d"``, ``"calendar 1w"``.

    Without a leading ``rolling`` or ``calendar``, weeks, months, quarters and years are
    calendar periods starting at the unit's natural start (Monday, the 1st, January,
    April, July and October), the way contracts are billed; minutes, hours and days are
    rolling (``"28d"`` is any 28 consecutive days). Calendar periods are cut in ``zone``:
    the SLO's own ``calendar.timeZone`` when it has one, else UTC.
    """
    words = text.split()
    mode = words[0].lower() if len(words) == 2 else None
    if mode not in (None, "rolling", "calendar") or not 1 <= len(words) <= 2:
        return None
    duration = words[-1]
    parsed = parse_shorthand(duration)
    if parsed is None or parsed[0] == 0:
        return None
    count, unit = parsed
    rolling = mode == "rolling" if mode is not None else unit in ("m", "h", "d")
    if rolling:
        return Window(duration, count, unit, True, location)
    return Window(duration, count, unit, False, location, Calendar(None, zone))


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
    window_location = resource.origin.at(*(window_path if window_text is not None else path))
    zone = slo.window.calendar.zone if slo.window and slo.window.calendar else "UTC"
    window = sla_window_of_annotation(duration, window_location, zone)
    too_long = oversize_duration(duration.split()[-1]) if duration.split() else None
    if window is None and too_long is not None:
        problems.append(
            violation(
                "SLO106",
                window_location,
                f"annotation {SLA_WINDOW_ANNOTATION} {too_long}",
                obj=resource.ref,
            )
        )
    elif window is None:
        problems.append(
            violation(
                "SLO105",
                window_location,
                f"annotation {SLA_WINDOW_ANNOTATION} {shown(window_text)} is not "
                "duration-shorthand; expected a number followed by m, h, d, w, M, Q or Y, "
                'such as "1M", optionally after "rolling" or "calendar"',
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
    return (
        SLA(sla_resource, slo.service, backed_by, (objective,), implicit=True, annotated=slo),
        problems,
    )
