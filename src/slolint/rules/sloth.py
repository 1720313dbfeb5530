"""Checks only Sloth users need: window variables in queries, and alert-window catalogs.

Sloth turns each SLO into Prometheus recording and alerting rules. Two things it needs are
not visible in one SLO's fields: every query is a template whose ``{{.window}}`` Sloth fills
with each alert window, and the SLO period (a CLI setting, not a field) must have a catalog
of alert windows. ``sloth validate`` finds both only when it runs on the right machine with
the right flags; here they are findings with a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from slolint.findings import Related, Severity, Violation, violation
from slolint.model import SLO, Query
from slolint.quoting import quoted
from slolint.recognize import sloth
from slolint.registry import rule
from slolint.workspace import Workspace

WINDOW_VARIABLE = re.compile(r"\{\{ *\.window *\}\}")
"""Sloth's own check (``pkg/common/validation``): ``{{ *\\.window *}}``."""

PERIOD_CODE, PERIOD_OPTION = sloth.PERIOD_OPTION


def sloth_slos(workspace: Workspace) -> Iterator[SLO]:
    for slo in workspace.slos:
        if slo.resource.api_version in (sloth.RAW_VERSION, sloth.API_VERSION):
            yield slo


def _queries(slo: SLO) -> Iterator[Query]:
    metrics = slo.indicator.metrics if slo.indicator is not None else None
    if metrics is None:
        return
    for query in (metrics.bad, metrics.total, metrics.raw):
        if query is not None:
            yield query


@rule(
    "SLO605",
    "query-without-window",
    Severity.ERROR,
    "a Sloth query does not contain the {{.window}} variable",
)
def query_without_window(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags a Sloth SLI query (``error_query``, ``total_query``, ``error_ratio_query``, and
    their camelCase spellings in the CRD) that does not contain ``{{.window}}``.

    ## Why is this bad?
    Sloth generates one recording rule per alert window (5m, 30m, 1h, 2h, 6h, 1d, 3d and
    the SLO period) from the same query by filling in ``{{.window}}``; a query with a fixed
    range (``[5m]``) measures the same 5 minutes in every one of them, so the burn-rate
    alerts compare nothing. Sloth rejects it ("template must contain the {{ .window }}
    variable"), without saying where.
    """
    for slo in sloth_slos(workspace):
        for query in _queries(slo):
            if WINDOW_VARIABLE.search(query.text):
                continue
            field = query.location.path[-1]
            yield violation(
                "SLO605",
                query.location,
                f"{field} of Sloth SLO {quoted(slo.name)} does not contain {{{{.window}}}}; "
                "Sloth fills in each alert window there, as in rate(...[{{.window}}])",
                obj=slo.resource.ref,
            )


@rule(
    "SLO707",
    "sloth-period-without-alert-windows",
    Severity.ERROR,
    "the Sloth SLO period has no alert-window catalog",
    depends_on=("AlertWindows",),
    options={
        "properties": {
            PERIOD_OPTION: {
                "type": "string",
                "pattern": "^[0-9]+[mhdw]$",
                "default": sloth.DEFAULT_PERIOD,
                "description": "The SLO period Sloth is run with (--default-slo-period); "
                "also the window of every Sloth SLO in SLA comparisons",
            }
        }
    },
)
def sloth_period_without_alert_windows(workspace: Workspace) -> Iterator[Violation]:
    """
    ## What it does
    Flags each Sloth SLO whose SLO period has no alert-window catalog: neither one built
    into Sloth (``28d``, ``30d``) nor an ``AlertWindows`` document (``sloth.slok.dev/v1``)
    in the repository whose ``spec.sloPeriod`` is that period.

    ## Why is this bad?
    Sloth files carry no window: the SLO period is a setting of the Sloth CLI
    (``--default-slo-period``, 30 days by default), and Sloth generates alerts for a period
    only from a catalog of alert windows for it (``--slo-period-windows-path``). Without
    one, ``sloth generate`` fails: "the 7d SLO period time window is not supported".

    ## Options
    ``slo-period`` (a duration such as ``28d``, default ``30d``): the period Sloth is run
    with, also written ``formats: {sloth: {default-period: 28d}}``. It is the window slolint
    gives Sloth SLOs in SLA comparisons (SLO301), budget sizes and team policies, and is
    read for each SLO's file (``rules: {SLO707: {slo-period: 7d}}``).
    """
    catalogs = {item.period: item for item in workspace.alert_windows if item.period is not None}
    for slo in sloth_slos(workspace):
        period = workspace.rule_options(PERIOD_CODE, slo.resource.origin.file).get(
            PERIOD_OPTION, sloth.DEFAULT_PERIOD
        )
        if period in sloth.BUILTIN_PERIODS or period in catalogs:
            continue
        shown = ", ".join(sorted({*sloth.BUILTIN_PERIODS, *catalogs}))
        nearest = sorted(catalogs.values(), key=lambda item: item.period or "")[:1]
        related = tuple(
            Related(item.period_location, "an AlertWindows catalog") for item in nearest
        )
        yield violation(
            "SLO707",
            slo.resource.location,
            f"Sloth SLO {quoted(slo.name)} has the SLO period {period} "
            f"(option {PERIOD_OPTION} of {PERIOD_CODE}), which has no alert-window catalog "
            f"(known: {shown}); add an AlertWindows document with sloPeriod: {period}",
            obj=slo.resource.ref,
            related=related,
        )
