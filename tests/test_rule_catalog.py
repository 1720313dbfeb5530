"""Catalog rules on model objects built directly, and the options and clock they read.

Some checks fire only for formats whose JSON Schema does not already catch the mistake
(``SLO.schema_checks``, ``Metrics.shape_checked``): OpenSLO's schemas check durations,
windows, ratio shapes and names, so no OpenSLO file reaches these rules. The adapters of
other formats leave those facts out, and these tests build such objects the way they do.
Messages are written by hand.
"""

from __future__ import annotations

from typing import Any

from slolint.findings import Origin, Violation
from slolint.model import (
    SLI,
    SLO,
    Duration,
    Metrics,
    Objective,
    Query,
    Resource,
    Target,
)
from slolint.rules import load_rules
from slolint.workspace import Workspace

ORIGIN = Origin("slos.yaml", 0)


def _slo(name: str = "checkout", **fields: Any) -> SLO:
    target = Target(0.999, 0.999, "ratio", ORIGIN.at("objective", "target"))
    objective = Objective(0, target, None, None, ORIGIN.at("objective"))
    values: dict[str, Any] = {
        "resource": Resource("example/v1", "SLO", name, ORIGIN),
        "service": "checkout",
        "indicator": None,
        "objectives": (objective,),
        "window": None,
        "budgeting_method": "Occurrences",
    }
    values.update(fields)
    return SLO(**values)


def _run(code: str, *objects: Any, options: dict[str, Any] | None = None) -> list[str]:
    workspace = Workspace.build(objects)
    if options is not None:
        workspace.options_for = lambda _code, _file: dict(options)
    check = load_rules()[code].check
    assert check is not None
    return [_text(v) for v in check(workspace)]


def _text(found: Violation) -> str:
    path = ".".join(str(part) for part in found.location.path)
    return f"{path}: " + "".join(str(part) for part in found.message)


def test_slo501_names_a_duration_that_is_not_shorthand() -> None:
    written = Duration("30 days", None, ORIGIN.at("window", "duration"))
    assert _run("SLO501", _slo(window_written=written)) == [
        'window.duration: window duration "30 days" is not duration-shorthand; '
        "write a number and one of m, h, d, w, M, Q, Y, such as 28d"
    ]
    checked = _slo(window_written=written, schema_checks=frozenset({"duration"}))
    assert _run("SLO501", checked) == []


def test_slo502_reports_an_slo_without_window_unless_its_schema_does() -> None:
    assert _run("SLO502", _slo()) == [
        'metadata.name: SLO "checkout" has no time window; add one, such as 28d rolling'
    ]
    assert _run("SLO502", _slo(schema_checks=frozenset({"window-required"}))) == []


def _query(text: str, where: str) -> Query:
    return Query(text, ORIGIN.at("spec", where))


def test_slo602_reports_good_and_bad_together_and_raw_without_raw_type() -> None:
    both = Metrics(
        good=_query("a", "good"),
        bad=_query("b", "bad"),
        total=_query("c", "total"),
        location=ORIGIN.at("spec"),
    )
    raw = Metrics(raw=_query("r", "raw"), location=ORIGIN.at("spec"))
    sli = SLI(Resource("example/v1", "SLI", "ratio", ORIGIN), "ratio", both)
    raw_sli = SLI(Resource("example/v1", "SLI", "raw", ORIGIN), "ratio", raw)
    assert _run("SLO602", sli, raw_sli) == [
        "spec.bad: good and bad are both set; keep one of them next to total",
        "spec: raw needs rawType success or failure, found missing",
    ]
    checked = Metrics(good=both.good, bad=both.bad, total=both.total, shape_checked=True)
    assert _run("SLO602", SLI(sli.resource, "ratio", checked)) == []


def test_slo803_reports_names_that_are_not_rfc_1123_labels() -> None:
    assert _run("SLO803", _slo("Checkout_Availability")) == [
        'metadata.name: SLO name "Checkout_Availability" is not an RFC 1123 label (lowercase '
        "letters, digits and '-', at most 63 characters); use \"checkout-availability\""
    ]
    assert _run("SLO803", _slo("checkout-availability")) == []
    assert _run("SLO803", _slo("Bad_Name", schema_checks=frozenset({"names"}))) == []


def test_slo903_compares_with_the_pinned_date() -> None:
    slo = _slo(
        resource=Resource(
            "example/v1",
            "SLO",
            "checkout",
            ORIGIN,
            annotations={"slolint.dev/revisit-date": "2026-03-01"},
        )
    )
    assert _run("SLO903", slo, options={"today": "2026-02-28"}) == []
    assert _run("SLO903", slo, options={"today": "2026-03-01"}) == []
    assert _run("SLO903", slo, options={"today": "2026-03-02"}) == [
        'metadata.annotations.slolint.dev/revisit-date: SLO "checkout" was due for review '
        "on 2026-03-01; review it and set a new revisit date"
    ]


def test_slo205_reads_the_evaluation_interval_of_the_file() -> None:
    """99.95% over 28d: 0.0005 * 2,419,200 s = 1209.6 s = 20.2 min."""
    from slolint.model import Window

    window = Window("28d", 28, "d", True, ORIGIN.at("window"))
    target = Target(0.9995, 99.95, "percent", ORIGIN.at("objective", "targetPercent"))
    objective = Objective(0, target, None, None, ORIGIN.at("objective"))
    slo = _slo(window=window, objectives=(objective,))
    assert _run("SLO205", slo) == []
    assert _run("SLO205", slo, options={"evaluation-interval": 1800}) == [
        "objective.targetPercent: error budget of 20.2 min per 28d window (target 99.95%) "
        "is shorter than the 30 min evaluation interval"
    ]


def test_absurd_lengths_are_skipped_not_crashed_on(tmp_path: Any) -> None:
    """A 400-digit window or lookback does not convert to a float: rules skip it."""
    from slolint.engine import CheckOptions, check

    huge = "9" * 400
    (tmp_path / "slo.yaml").write_text(
        "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: checkout}\nspec:\n"
        "  service: checkout\n  indicatorRef: checkout-success\n  budgetingMethod: Timeslices\n"
        f"  timeWindow: [{{duration: {huge}d, isRolling: true}}]\n"
        f"  objectives: [{{target: 0.99999, timeSliceTarget: 0.9, timeSliceWindow: {huge}m}}]\n"
        "  alertPolicies: [{alertPolicyRef: burn}]\n---\n"
        "apiVersion: openslo/v1\nkind: AlertPolicy\nmetadata: {name: burn}\nspec:\n"
        "  conditions: [{conditionRef: fast}]\n---\n"
        "apiVersion: openslo/v1\nkind: AlertCondition\nmetadata: {name: fast}\nspec:\n"
        "  severity: page\n"
        f"  condition: {{kind: burnrate, op: gte, threshold: 14.4, lookbackWindow: {huge}h}}\n"
        "---\napiVersion: slolint.dev/v1alpha1\nkind: ErrorBudgetPolicy\nmetadata: {name: p}\n"
        "spec:\n  owner: pm\n  scope: {sloRefs: [checkout]}\n  triggers:\n"
        f"    - {{name: t, when: {{burnRate: 2, window: {huge}h, shortWindow: 5m}},"
        " actions: [{type: page, actor: oncall}]}\n",
        encoding="utf-8",
    )
    result = check(CheckOptions(paths=["slo.yaml"], cwd=tmp_path, context=False))
    assert result.errors == []
    assert [f.message for f in result.findings if f.code == "SLO000"] == []
    catalog = {f.code for f in result.findings if f.code[3] in "2345679"}
    assert catalog <= {"SLO401", "SLO403"}, catalog  # no budget or burn-rate arithmetic


def test_rule_options_come_from_the_configuration(
    tmp_path: Any, monkeypatch: Any, capsys: Any
) -> None:
    """99.95% over 28d is 20.2 min of full outage: clean at the default 60 s interval,
    shorter than the 30 min interval the configuration sets. (Per-folder values reach the
    rules through ``Workspace.options_for`` once the engine sets it per file.)"""
    from slolint.cli import main

    (tmp_path / "slo.yaml").write_text(
        "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: batch}\nspec:\n"
        "  service: checkout\n  indicatorRef: checkout-success\n  budgetingMethod: Occurrences\n"
        "  timeWindow: [{duration: 28d, isRolling: true}]\n  objectives: [{target: 0.9995}]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    command = ["check", "--no-cache", "-f", "concise", "--select", "SLO205", "."]
    assert main(command) == 0
    capsys.readouterr()
    (tmp_path / ".slolint.yaml").write_text(
        "rules:\n  SLO205: {evaluation-interval: 1800}\n", encoding="utf-8"
    )
    assert main(command) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "slo.yaml:9:25: SLO205 [error] error budget of 20.2 min per 28d window (target 99.95%) "
        "is shorter than the 30 min evaluation interval (error-budget-below-resolution)"
    )
