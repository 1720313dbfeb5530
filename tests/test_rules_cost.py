"""What the rules share is computed once per run: complexity guards that count operations.

Every rule reads the same targets, the same policy scopes and the same burn-rate conditions;
each of these is computed once per run whichever rules are enabled, and each rule still
runs alone (a rule never depends on another having run).
"""

from __future__ import annotations

from collections import Counter

import pytest
from tests.test_workspace import model

from slolint.model import SLA, SLO, ErrorBudgetPolicy, ModelObject, RefSet, Target
from slolint.rules import alerting, budget_policy, load_rules, targets
from slolint.workspace import Workspace

SLOS = 200
"""SLOs of :func:`tests.test_workspace.model`: one objective each; 50 policies with a
burn-rate trigger each; an SLA per tenth SLO and an annotation SLA per fifth."""


def _run_every_rule(objects: list[ModelObject]) -> int:
    workspace = Workspace.build(objects)
    rules = [rule.check for rule in load_rules().values() if rule.check is not None]
    return sum(len(list(check(workspace))) for check in rules)


def test_every_target_is_classified_once_for_all_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    objects = model(SLOS)
    classified: Counter[int] = Counter()
    classify = targets.classify

    def counting(target: Target) -> targets.Verdict:
        classified[id(target)] += 1
        return classify(target)

    for module in (targets, alerting, budget_policy):
        monkeypatch.setattr(module, "classify", counting)
    assert _run_every_rule(objects) == 0
    slo_targets = [o.target for x in objects if isinstance(x, SLO) for o in x.objectives]
    sla_targets = [o.target for x in objects if isinstance(x, SLA) for o in x.objectives]
    assert len(slo_targets) == SLOS
    assert len(sla_targets) == SLOS // 10 + SLOS // 5
    assert sorted(classified) == sorted(id(t) for t in [*slo_targets, *sla_targets])
    assert set(classified.values()) == {1}


def test_each_scope_is_selected_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    objects = model(SLOS)
    selected: list[int] = []
    select = Workspace._select

    def counting(self: Workspace, refs: RefSet) -> list[SLO]:
        selected.append(id(refs))
        return select(self, refs)

    monkeypatch.setattr(Workspace, "_select", counting)
    assert _run_every_rule(objects) == 0
    policies = [x for x in objects if isinstance(x, ErrorBudgetPolicy)]
    assert len(policies) == 50
    # each policy's scope and each SLA's backedBy once, whichever rules ask
    assert len(selected) == len(set(selected)) == len(policies) + SLOS // 10


def test_burn_rate_conditions_are_read_once_per_policy_not_per_slo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    objects = model(SLOS)
    read: list[str] = []
    trigger_burns = alerting._trigger_burns

    def counting(policy: ErrorBudgetPolicy) -> tuple[alerting.Burn, ...]:
        read.append(policy.name)
        return trigger_burns(policy)

    monkeypatch.setattr(alerting, "_trigger_burns", counting)
    assert _run_every_rule(objects) == 0
    # 50 policies, 4 SLOs in the scope of each (team labels, tiers 1 and 2), 3 rules on burns
    assert sorted(read) == sorted(f"ebp-{team}" for team in range(50))
