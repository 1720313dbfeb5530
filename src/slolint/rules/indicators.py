"""SLO6xx: what an SLI measures, and how an objective compares it.

An objective's SLI is its own inline indicator, the SLO's, or the SLI object a reference
names (resolved through an index built once per run). Formats whose schema checks a shape
already (``Metrics.shape_checked``, ``SLO.schema_checks``) leave it to the schema stage.
"""

from __future__ import annotations

from collections.abc import Iterator

from slolint.findings import Related, Severity, Violation, violation
from slolint.model import SLI, SLO, Indicator, Metrics, Objective, Query, Resource
from slolint.quoting import quoted
from slolint.registry import rule
from slolint.workspace import Workspace


def sli_index(workspace: Workspace) -> dict[str, SLI]:
    """The first SLI of each name (SLO801 reports the others), once per run."""

    def compute() -> dict[str, SLI]:
        index: dict[str, SLI] = {}
        for sli in workspace.slis:
            index.setdefault(sli.resource.name, sli)
        return index

    return workspace.memo("sli-index", compute)


def resolved(
    slo: SLO, objective: Objective, index: dict[str, SLI]
) -> tuple[Indicator | None, str | None, SLI | None]:
    """The objective's indicator, its kind (inline or via the referenced SLI) and that SLI."""
    indicator = slo.indicator_for(objective)
    if indicator is None:
        return None, None, None
    if indicator.ref is not None:
        sli = index.get(indicator.ref)
        return indicator, (sli.kind if sli is not None else None), sli
    return indicator, indicator.kind, None


def _by_kind(workspace: Workspace) -> dict[str, list[tuple[SLO, Objective, Indicator, SLI | None]]]:
    """Every objective with an indicator, by the kind it resolves to (``threshold``,
    ``ratio``), in workspace order, resolved once per run for SLO603 and SLO604."""

    def compute() -> dict[str, list[tuple[SLO, Objective, Indicator, SLI | None]]]:
        index = sli_index(workspace)
        found: dict[str, list[tuple[SLO, Objective, Indicator, SLI | None]]] = {}
        for slo in workspace.slos:
            for objective in slo.objectives:
                indicator, kind, sli = resolved(slo, objective, index)
                if indicator is not None and kind is not None:
                    found.setdefault(kind, []).append((slo, objective, indicator, sli))
        return found

    return workspace.memo("objectives-by-indicator-kind", compute)


def _metrics(workspace: Workspace) -> Iterator[tuple[Metrics, Resource]]:
    """Every SLI's metrics (standalone or inline in an SLO), with the object that holds them."""
    for sli in workspace.slis:
        if sli.metrics is not None:
            yield sli.metrics, sli.resource
    for slo in workspace.slos:
        if slo.indicator is not None and slo.indicator.metrics is not None:
            yield slo.indicator.metrics, slo.resource
        for objective in slo.objectives:
            if objective.indicator is not None and objective.indicator.metrics is not None:
                yield objective.indicator.metrics, slo.resource


def _written(query: Query, role: str) -> str:
    """The field as the format names it (Sloth ``error_query``), else the role (``good``)."""
    last = query.location.path[-1] if query.location.path else role
    return last if isinstance(last, str) else role


def _sli_words(indicator: Indicator, kind: str = "threshold") -> str:
    """``threshold SLI "name"``, or ``inline SLI`` for an indicator without a name."""
    if indicator.key:
        return (
            f"{kind} SLI {quoted(indicator.key)}"
            if kind == "threshold"
            else f"SLI {quoted(indicator.key)}"
        )
    return "inline threshold SLI" if kind == "threshold" else "inline SLI"


@rule(
    "SLO601",
    "ratio-good-equals-total",
    Severity.ERROR,
    "a ratio SLI divides a query by itself",
)
def ratio_good_equals_total(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a ratio SLI whose ``good`` (or ``bad``) source is the same as its ``total``: same
    data source, type and query, once whitespace is collapsed. Sloth's ``error_query`` and
    ``total_query`` and slo-generator's ``filter_good`` and ``filter_valid`` are the same
    pair once adapted.

    ## Why is this bad?
    The SLI is then always 1 (good) or always 0 (bad): the SLO is met or missed forever,
    whatever the service does. Sloth rejects it ("both error and total queries can't be the
    same").
    """
    for metrics, owner in _metrics(workspace):
        total = metrics.total
        if total is None:
            continue
        for name, part in (("good", metrics.good), ("bad", metrics.bad)):
            if part is not None and part.text == total.text:
                always = "1" if name == "good" else "0"
                field, total_field = _written(part, name), _written(total, "total")
                yield violation(
                    "SLO601",
                    total.location,
                    f"{field} and {total_field} are the same query, so the SLI is always "
                    f"{always}; count only the {name} events in {field}",
                    obj=owner.ref,
                    related=(Related(part.location, f"the {name} query"),),
                )


@rule(
    "SLO602",
    "ratio-metric-malformed",
    Severity.ERROR,
    "a ratio SLI sets good and bad together, or raw without rawType",
)
def ratio_metric_malformed(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    In a ratio SLI (where the format's schema does not check it already): ``good`` and
    ``bad`` together; ``good`` or ``bad`` without ``total``; ``raw`` combined with
    ``good``, ``bad`` or ``total``; ``raw`` without ``rawType``.

    ## Why is this bad?
    "If good is defined then bad must not be set"; "rawType … required when using raw"
    (OpenSLO specification). Each tool picks a different one of the two sources, so the
    same file measures different things in different tools.
    """
    for metrics, owner in _metrics(workspace):
        if metrics.shape_checked:
            continue
        where = metrics.location
        if metrics.good is not None and metrics.bad is not None:
            yield violation(
                "SLO602",
                metrics.bad.location,
                "good and bad are both set; keep one of them next to total",
                obj=owner.ref,
            )
        if (metrics.good or metrics.bad) and metrics.total is None and metrics.raw is None:
            part = metrics.good or metrics.bad
            assert part is not None
            yield violation(
                "SLO602", part.location, "a ratio with good or bad needs total", obj=owner.ref
            )
        if metrics.raw is not None:
            if metrics.good or metrics.bad or metrics.total:
                yield violation(
                    "SLO602",
                    metrics.raw.location,
                    "raw is combined with good, bad or total; use raw alone or a ratio",
                    obj=owner.ref,
                )
            if metrics.raw_type not in ("success", "failure"):
                shown = quoted(metrics.raw_type) if metrics.raw_type else "missing"
                yield violation(
                    "SLO602",
                    where or metrics.raw.location,
                    f"raw needs rawType success or failure, found {shown}",
                    obj=owner.ref,
                )


@rule(
    "SLO603",
    "threshold-missing-operator",
    Severity.ERROR,
    "an objective on a threshold SLI has no op or no value",
    depends_on=("SLI",),
)
def threshold_missing_operator(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags an objective whose SLI is a threshold metric (inline or referenced) without
    ``op`` or ``value``, or with an ``op`` other than ``lt``, ``lte``, ``gt``, ``gte``.

    ## Why is this bad?
    Without ``op`` a good event is undefined: is 300 ms an upper or a lower bound? "The
    natural structure for SLOs is thus SLI ≤ target, or lower bound ≤ SLI ≤ upper bound"
    (Site Reliability Engineering, ch. 4). go-sdk requires both fields for threshold SLIs.
    """
    for slo, objective, indicator, _ in _by_kind(workspace).get("threshold", ()):
        if indicator.ref is None and "threshold-op" in slo.schema_checks:
            continue
        missing = [
            name
            for name, value in (("op", objective.op), ("value", objective.value))
            if value is None
        ]
        if missing:
            yield violation(
                "SLO603",
                objective.location,
                f"objective {objective.index} on {_sli_words(indicator)} "
                f"has no {' and no '.join(missing)}; "
                "add op (lt, lte, gt or gte) and value",
                obj=slo.resource.ref,
            )
        elif objective.op not in ("lt", "lte", "gt", "gte"):
            yield violation(
                "SLO603",
                objective.op_location or objective.location,
                f"op {quoted(objective.op or '')} is not one of lt, lte, gt, gte",
                obj=slo.resource.ref,
            )


@rule(
    "SLO604",
    "operator-on-ratio-objective",
    Severity.ERROR,
    "an objective on a ratio SLI sets op or value, which are ignored",
    depends_on=("SLI",),
)
def operator_on_ratio_objective(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags ``op`` (and the ``value`` next to it) on an objective whose SLI (inline or
    referenced) is a ratio metric. A ``value`` alone is left alone: OpenSLO v1alpha requires
    it on every objective.

    ## Why is this bad?
    A ratio SLI is compared with the target alone; go-sdk forbids ``op`` and ``value`` on
    it, and tools that accept them ignore them silently, so the reader believes a threshold
    applies that nothing enforces. The specification's own ``ratio-timeslices.yaml``
    example has this slip.
    """
    for slo, objective, indicator, sli in _by_kind(workspace).get("ratio", ()):
        if indicator.ref is None and "ratio-op" in slo.schema_checks:
            continue
        if objective.op_location is None:
            continue  # a bare value is OpenSLO v1alpha's required field, not a threshold
        for name, location in (
            ("op", objective.op_location),
            ("value", objective.value_location),
        ):
            if location is None:
                continue
            related = (Related(sli.resource.location, "the ratio SLI"),) if sli else ()
            yield violation(
                "SLO604",
                location,
                f"objective {objective.index} sets {name} but its "
                f"{_sli_words(indicator, 'ratio')} is a ratio metric; remove {name}",
                obj=slo.resource.ref,
                related=related,
            )
