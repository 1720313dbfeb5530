"""SLO3xx beyond the fixtures: related locations, the SLO index, and docs that match the tool."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import slolint.compare
import slolint.rules.sla as sla_rules
from slolint.compare import Verdict, compare
from slolint.engine import CheckOptions, check
from slolint.findings import Finding, Origin
from slolint.model import SLA, SLO, RefSet, Resource, Selector, SLAObjective, Target, Window
from slolint.recognize.fields import window_of
from slolint.registry import lookup
from slolint.rules.sla import _percent, candidate_slos, match
from slolint.selection import Selection
from slolint.workspace import Workspace

ROOT = Path(__file__).parent.parent
FIXTURES = Path("tests/fixtures/rules")


def _lint(path: Path, code: str) -> list[Finding]:
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        result = check(
            CheckOptions(paths=[str(path)], selection=Selection.build([code]), context=False)
        )
    finally:
        os.chdir(previous)
    return [finding for finding in result.findings if finding.code == code]


@pytest.mark.parametrize(
    ("code", "case", "sla_line"),
    [
        ("SLO301", "SLO301/fail/misaligned-months.yaml", 14),
        ("SLO303", "SLO303/fail/timeslices-vs-occurrences.yaml", 11),
    ],
)
def test_findings_relate_the_sla_objective_target(code: str, case: str, sla_line: int) -> None:
    (finding,) = _lint(FIXTURES / case, code)
    (related,) = finding.related
    assert (related.file, related.position.line, related.label) == (
        (FIXTURES / case).as_posix(),
        sla_line,
        "the SLA objective",
    )


def test_slo305_relates_the_aspirational_slos() -> None:
    case = FIXTURES / "SLO305/fail/aspirational-only.yaml"
    (finding,) = _lint(case, "SLO305")
    assert [(r.file, r.position.line, r.label) for r in finding.related] == [
        (case.as_posix(), 15, "an aspirational SLO")
    ]


def _slo(index: int, name: str, service: str, **labels: tuple[str, ...]) -> SLO:
    resource = Resource("openslo/v1", "SLO", name, Origin(f"{index}.yaml", 0), dict(labels))
    return SLO(resource, service, None, (), None, "Occurrences")


def test_sla_candidates_keep_aspirational_slos_for_the_message() -> None:
    """backedBy selects through the workspace's index; aspirational SLOs come along so
    that SLO305 can say they were the only ones, while policy scopes leave them out."""
    aspirational = _slo(1, "b", "checkout", tier=("gold",))
    aspirational = SLO(
        Resource(
            "openslo/v1",
            "SLO",
            "b",
            aspirational.resource.origin,
            {"tier": ("gold",)},
            {"slolint.dev/aspirational": "true"},
        ),
        "checkout",
        None,
        (),
        None,
        "Occurrences",
    )
    slos = [_slo(0, "a", "checkout", tier=("gold",)), aspirational, _slo(2, "c", "search")]
    workspace = Workspace.build(slos)
    origin = Origin("sla.yaml", 0)
    refs = RefSet((), Selector((("tier", "gold"),), (), origin.at()))
    sla = SLA(Resource("slolint.dev/v1alpha1", "SLA", "s", origin), "checkout", refs, ())
    assert [slo.name for slo in candidate_slos(sla, workspace)] == ["a", "b"]
    assert [slo.name for slo in workspace.select(refs)] == ["a"]
    by_service = SLA(Resource("slolint.dev/v1alpha1", "SLA", "t", origin), "search", None, ())
    assert [slo.name for slo in candidate_slos(by_service, workspace)] == ["c"]


def test_matching_is_one_pass_over_services(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 3000
    origin = Origin("x.yaml", 0)
    window = window_of([{"duration": "28d", "isRolling": True}], origin, ())
    objects: list[SLO | SLA] = []
    for number in range(count):
        percent = (99.95, 99.96, 99.97)[number % 3]  # three distinct questions in all
        objective = sla_rules.Objective(
            0, Target(percent / 100, percent, "percent", origin.at()), None, None, origin.at()
        )
        slo = _slo(number, f"slo-{number}", f"service-{number}")
        objects.append(SLO(slo.resource, slo.service, None, (objective,), window, "Occurrences"))
        target = Target(0.999, 99.9, "percent", origin.at())
        resource = Resource("slolint.dev/v1alpha1", "SLA", f"sla-{number}", origin)
        objects.append(
            SLA(
                resource,
                f"service-{number}",
                None,
                (SLAObjective(0, target, None, window, None, origin.at()),),
            )
        )
    calls = []

    def counting(*args: object) -> object:
        calls.append(args)
        return compare(*args)

    # the rules import the comparison when a workspace holds an SLA, so patch it at its source
    monkeypatch.setattr(slolint.compare, "compare", counting)
    matches = match(Workspace.build(objects))
    assert len(matches) == count
    assert all(len(found.pairs) == 1 for found in matches)
    # each distinct (targets, windows, methods) question is computed once per run
    assert sorted(args[0] for args in calls) == [99.95 / 100, 99.96 / 100, 99.97 / 100]
    assert [found.pairs[0].result.verdict for found in matches[:3]] == [Verdict.STRICTER] * 3


def test_rule_docs_state_the_figures_the_tool_computes() -> None:
    doc = lookup("SLO301")[0].doc
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    origin = Origin("x.yaml", 0)

    def window(duration: str, rolling: bool, start: str | None = None) -> Window:
        entry: dict[str, object] = {"duration": duration, "isRolling": rolling}
        if start:
            entry["calendar"] = {"startTime": start, "timeZone": "UTC"}
        parsed = window_of([entry], origin, ())
        assert parsed is not None
        return parsed

    month = window("1M", False, "2026-01-01 00:00:00")
    figures = {
        "99.8393%": compare(0.9995, window("90d", True), "Timeslices", 0.999, month),
        "99.9034%": compare(0.9995, window("28d", True), "Timeslices", 0.999, month),
        "99.8946%": compare(
            0.9995,
            window("1M", False, "2026-01-01 00:00:00"),
            "Timeslices",
            0.999,
            window("1M", False, "2026-01-15 00:00:00"),
        ),
    }
    for shown, result in figures.items():
        assert result.guaranteed is not None
        assert _percent(result.guaranteed) == shown
        assert shown in doc
        assert shown in readme
    assert "99.85%" not in doc
