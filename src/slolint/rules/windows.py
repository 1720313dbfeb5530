"""SLO5xx: the SLO's time window, its time zone and its time slices.

Formats whose JSON Schema already checks a property (``SLO.schema_checks``) leave it to the
schema stage, so that one mistake gives one finding; the rules here catch the same mistakes
in formats whose schemas cannot, and everything no schema can express (a slice as long as
the window, a time zone that does not exist).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from slolint.durations import describe_seconds
from slolint.findings import Severity, Violation, violation
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.rules.budget_size import window_seconds
from slolint.workspace import Workspace

TIME_SLICED = frozenset({"Timeslices", "RatioTimeslices"})
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]{1,64}(/[A-Za-z0-9_+\-]{1,64}){0,3}\Z")


@lru_cache(maxsize=512)
def known_zone(name: str) -> bool:
    """True for an IANA zone of the bundled ``tzdata`` package (never the host's database)."""
    if not _ZONE_NAME.match(name):
        return False
    from importlib.resources import files

    try:
        return files("tzdata.zoneinfo").joinpath(*name.split("/")).is_file()
    except (ModuleNotFoundError, OSError, ValueError):
        return False


@rule(
    "SLO501",
    "time-window-invalid",
    Severity.ERROR,
    "the SLO window's duration is not duration-shorthand",
)
def time_window_invalid(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a window duration that is not OpenSLO's duration-shorthand: a positive integer
    followed by one of ``m h d w M Q Y`` (``28d``, ``4w``, ``1M``).

    ## Why is this bad?
    "A positive integer number followed by a case-sensitive single-character postfix"
    (OpenSLO specification); ``30 days`` or ``1mo`` parse in no tool, and without a window
    the error budget cannot be computed.
    """
    for slo in workspace.slos:
        written = slo.window_written
        if written is None or written.seconds is not None or "duration" in slo.schema_checks:
            continue
        yield violation(
            "SLO501",
            written.location,
            f"window duration {quoted(written.written)} is not duration-shorthand; "
            "write a number and one of m, h, d, w, M, Q, Y, such as 28d",
            obj=slo.resource.ref,
        )


@rule(
    "SLO502",
    "time-window-missing",
    Severity.ERROR,
    "an SLO has no time window",
)
def time_window_missing(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLO without a time window.

    ## Why is this bad?
    Without a window the error budget ``(1 - target) * window`` is undefined, so no budget,
    burn-rate or SLA rule can judge the SLO. OpenSLO's reference SDK rejects an empty
    ``timeWindow`` although its README calls it optional.
    """
    for slo in workspace.slos:
        if slo.window is not None or slo.window_written is not None:
            continue
        if "window-required" in slo.schema_checks:
            continue
        if slo.period_option is not None or slo.period_from_policy:
            continue  # the format keeps the period elsewhere (Sloth's setting, a policy's steps)
        yield violation(
            "SLO502",
            slo.resource.location,
            f"SLO {quoted(slo.name)} has no time window; add one, such as 28d rolling",
            obj=slo.resource.ref,
        )


@rule(
    "SLO503",
    "rolling-window-in-calendar-units",
    Severity.WARNING,
    "a rolling window is written in months, quarters or years",
)
def rolling_window_in_calendar_units(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a rolling window written as ``M``, ``Q`` or ``Y``.

    ## Why is this bad?
    A rolling month has no fixed length: OpenSLO "does not put requirements on how (or
    whether) to implement each postfix", go-sdk counts 30 days, other tools 28 or 31. Write
    the length in days or weeks; a whole number of weeks "always contains the same number
    of weekends" (The Site Reliability Workbook, ch. 2).
    """
    days = {"M": 30, "Q": 90, "Y": 365}
    for slo in workspace.slos:
        window = slo.window
        if window is None or not window.rolling or window.unit not in days:
            continue
        yield violation(
            "SLO503",
            window.location,
            f"rolling window {window.duration} has no fixed length (go-sdk reads "
            f"{window.count * days[window.unit]}d); write it in days or weeks, such as 28d",
            obj=slo.resource.ref,
        )


@rule(
    "SLO504",
    "timeslice-config-invalid",
    Severity.ERROR,
    "time-slice settings are missing, out of range, or as long as the window",
)
def timeslice_config_invalid(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    For ``Timeslices`` and ``RatioTimeslices`` objectives: a ``timeSliceWindow`` at least
    as long as the SLO window; and, where the format's schema does not check it, a
    ``timeSliceTarget`` outside (0, 1]. Missing slice fields are the schema's (SLO101):
    which fields a version requires differs (OpenSLO v1alpha has no ``timeSliceWindow``).

    ## Why is this bad?
    A slice as long as the window makes the SLO one yes-or-no verdict per window; a
    ``timeSliceTarget`` of 95 is a percentage in a ratio field. go-sdk requires
    ``timeSliceTarget`` in (0, 1] and ``timeSliceWindow`` for time-sliced budgets.
    """
    for slo in workspace.slos:
        if slo.budgeting_method not in TIME_SLICED:
            continue
        window = window_seconds(slo)
        schema = "time-slices" in slo.schema_checks
        for objective in slo.objectives:
            slice_window = objective.time_slice_window
            if (
                slice_window is not None
                and slice_window.seconds
                and window
                and slice_window.seconds >= window
            ):
                yield violation(
                    "SLO504",
                    slice_window.location,
                    f"timeSliceWindow {slice_window.written} is not shorter than the "
                    f"{slo.window.duration if slo.window else describe_seconds(window)} SLO "
                    "window; use slices of minutes, such as 1m or 5m",
                    obj=slo.resource.ref,
                )
            if slo.budgeting_method != "Timeslices" or schema:
                continue
            value = objective.time_slice_target
            if value is not None and not 0 < value <= 1:
                hint = "; it looks like a percentage" if 1 < value <= 100 else ""
                yield violation(
                    "SLO504",
                    objective.time_slice_target_location or objective.location,
                    f"timeSliceTarget {value:g} is outside (0, 1]{hint}",
                    obj=slo.resource.ref,
                )


@rule(
    "SLO505",
    "time-window-zero",
    Severity.ERROR,
    "a window or time slice has zero length",
)
def time_window_zero(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a window duration or ``timeSliceWindow`` of zero (``0d``, ``0m``), which go-sdk's
    parser accepts.

    ## Why is this bad?
    A zero-length window has no error budget and no burn rate: every computation divides by
    zero.
    """
    for slo in workspace.slos:
        written = slo.window_written
        if written is not None and written.seconds == 0:
            yield violation(
                "SLO505",
                written.location,
                f"window duration {written.written} has zero length; use a window such as 28d",
                obj=slo.resource.ref,
            )
        for objective in slo.objectives:
            slice_window = objective.time_slice_window
            if slice_window is not None and slice_window.seconds == 0:
                yield violation(
                    "SLO505",
                    slice_window.location,
                    f"timeSliceWindow {slice_window.written} has zero length; "
                    "use slices such as 1m",
                    obj=slo.resource.ref,
                )


@rule(
    "SLO506",
    "time-zone-invalid",
    Severity.ERROR,
    "a calendar window's time zone is not an IANA time zone",
)
def time_zone_invalid(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a calendar window whose ``timeZone`` is not in the IANA time-zone database
    (slolint reads the ``tzdata`` package it ships with, never the host's database, so the
    verdict is the same on every machine).

    ## Why is this bad?
    The zone decides where each calendar period starts; a zone that does not exist
    (``Europe/Paris2``, ``CEST``, ``EST5``) is read differently by each tool, or rejected.
    """
    for slo in workspace.slos:
        window = slo.window
        calendar = window.calendar if window is not None else None
        if calendar is None or calendar.zone_location is None or known_zone(calendar.zone):
            continue
        yield violation(
            "SLO506",
            calendar.zone_location,
            f"timeZone {quoted(calendar.zone)} is not an IANA time zone; use a name such as "
            "UTC or Europe/Berlin",
            obj=slo.resource.ref,
        )
