"""SLO9xx: who owns an SLO, and when it is due for review."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from slolint.findings import Location, ObjectRef, Severity, Violation, violation
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.workspace import Workspace

OWNER_KEYS = ["owner", "team", "slolint.dev/owner"]
RATIONALE_ANNOTATION = "slolint.dev/rationale"
BASIS_ANNOTATION = "slolint.dev/target-basis"
TARGET_BASES = ("observed", "experimental", "ad-hoc", "contractual")
REVISIT_ANNOTATION = "slolint.dev/revisit-date"
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")


@rule(
    "SLO901",
    "slo-missing-owner",
    Severity.WARNING,
    "an SLO names no owner, in a label or an annotation",
    options={
        "type": "object",
        "properties": {
            "owner-keys": {
                "type": "array",
                "items": {"type": "string"},
                "default": OWNER_KEYS,
                "description": "label or annotation keys that name an owner",
            }
        },
        "additionalProperties": False,
    },
    depends_on=("Service",),
)
def slo_missing_owner(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLO that has none of the ``owner-keys`` (``owner``, ``team``,
    ``slolint.dev/owner``) as a label or an annotation, and whose ``Service`` object has
    none either.

    ## Why is this bad?
    An SLO "needs to be owned by someone in the organization who is empowered to make
    tradeoffs between feature velocity and reliability" (The Site Reliability Workbook,
    ch. 2). Without an owner, nobody answers the page, and nobody revises the target.

    ## Options
    ``owner-keys`` (list of strings, default ``[owner, team, slolint.dev/owner]``).
    """
    services = {r.name: r for r in workspace.resources if r.kind == "Service" and r.name}
    for slo in workspace.slos:
        options = workspace.rule_options("SLO901", slo.resource.origin.file)
        keys = [k for k in options.get("owner-keys", OWNER_KEYS) if isinstance(k, str)]
        holders = [slo.resource]
        service = services.get(slo.service or "")
        if service is not None:
            holders.append(service)
        if any(k in h.labels or k in h.annotations for h in holders for k in keys):
            continue
        yield violation(
            "SLO901",
            slo.resource.location,
            f"SLO {quoted(slo.name)} names no owner; add a label or an annotation "
            f"{', '.join(quoted(key) for key in keys)}",
            obj=slo.resource.ref,
        )


@rule(
    "SLO902",
    "slo-missing-rationale",
    Severity.INFO,
    "an SLO says neither why its target was chosen nor what the target is based on",
)
def slo_missing_rationale(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an SLO that has neither a ``description`` nor a ``slolint.dev/rationale``
    annotation, and an SLO without a ``slolint.dev/target-basis`` annotation saying what
    its target rests on: ``observed``, ``experimental``, ``ad-hoc`` or ``contractual``.
    Opt-in: the ``strict`` preset or ``extend-select: [SLO902]`` enables it.

    ## Why is this bad?
    SLO documentation should record "the rationale behind the numbers, and whether they
    were derived from experimental or observational data. Even if the SLOs are totally ad
    hoc, this fact should be documented so that future engineers reading the document
    don't make bad decisions based upon ad hoc data" (The Site Reliability Workbook,
    ch. 2). The basis of a target decides how far a later review may move it.
    """
    for slo in workspace.slos:
        annotations = slo.resource.annotations
        missing = []
        if (
            not (slo.description or "").strip()
            and not annotations.get(RATIONALE_ANNOTATION, "").strip()
        ):
            missing.append(f"no description and no {RATIONALE_ANNOTATION} annotation")
        basis = annotations.get(BASIS_ANNOTATION)
        if basis is None:
            missing.append(f"no {BASIS_ANNOTATION} annotation")
        elif basis.strip() not in TARGET_BASES:
            location = slo.resource.origin.at("metadata", "annotations", BASIS_ANNOTATION)
            yield violation(
                "SLO902",
                location,
                f"{BASIS_ANNOTATION} {quoted(basis)} of SLO {quoted(slo.name)} is none of "
                f"{', '.join(TARGET_BASES)}",
                obj=slo.resource.ref,
            )
        if missing:
            yield violation(
                "SLO902",
                slo.resource.location,
                f"SLO {quoted(slo.name)} has {' and '.join(missing)}; say why the target "
                f"was chosen and whether it is {', '.join(TARGET_BASES[:-1])} or "
                f"{TARGET_BASES[-1]}",
                obj=slo.resource.ref,
            )


def _date(text: str) -> dt.date | None:
    match = _DATE.match(text.strip())
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def today(option: object) -> dt.date:
    """The ``today`` option (``YYYY-MM-DD``, so that tests pin the clock), else the UTC date."""
    if isinstance(option, str):
        pinned = _date(option)
        if pinned is not None:
            return pinned
    return dt.datetime.now(dt.UTC).date()


def _revisits(workspace: Workspace) -> Iterator[tuple[str, Location, str, ObjectRef]]:
    for slo in workspace.slos:
        written = slo.resource.annotations.get(REVISIT_ANNOTATION)
        if written is not None:
            location = slo.resource.origin.at("metadata", "annotations", REVISIT_ANNOTATION)
            yield written, location, f"SLO {quoted(slo.name)}", slo.resource.ref
    for policy in workspace.policies:
        if policy.revisit_date is not None and policy.revisit_location is not None:
            what = f"error-budget policy {quoted(policy.name)}"
            yield policy.revisit_date, policy.revisit_location, what, policy.resource.ref
    for sla in workspace.slas:
        if sla.revisit_date is not None and sla.revisit_location is not None:
            what = f"SLA {quoted(sla.name)}"
            yield sla.revisit_date, sla.revisit_location, what, sla.resource.ref


@rule(
    "SLO903",
    "revisit-date-passed",
    Severity.WARNING,
    "an SLO or a policy was due for review before today",
    options={
        "type": "object",
        "properties": {
            "today": {
                "type": ["string", "null"],
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "default": None,
                "description": "the date to compare with (YYYY-MM-DD); default: today in UTC",
            }
        },
        "additionalProperties": False,
    },
)
def revisit_date_passed(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a revisit date that has passed: the SLO annotation
    ``slolint.dev/revisit-date`` and the ``revisitDate`` of an error-budget policy or an SLA,
    all ``YYYY-MM-DD``. A date that cannot be read is flagged too.

    ## Why is this bad?
    The SLO document and its policy must record "the date when it should next be reviewed"
    (The Site Reliability Workbook, ch. 2); "when starting out, you should probably review
    the SLO frequently—perhaps every month". A passed date means the targets are no longer
    anyone's decision.

    ## Options
    ``today`` (``YYYY-MM-DD``, default the current date in UTC): pins the clock, for
    reproducible runs.
    """
    for written, location, what, ref in _revisits(workspace):
        now = today(workspace.rule_options("SLO903", location.origin.file).get("today"))
        date = _date(written)
        if date is None:
            yield violation(
                "SLO903",
                location,
                f"revisit date {quoted(written)} of {what} is not a date; write YYYY-MM-DD",
                obj=ref,
            )
        elif date < now:
            yield violation(
                "SLO903",
                location,
                f"{what} was due for review on {date.isoformat()}; review it and set a new "
                "revisit date",
                obj=ref,
            )
