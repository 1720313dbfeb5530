"""SLO sets (SLA ``backedBy``, policy ``scope``): names, selectors, exclusions and
``excludeAspirational``, read from documents the way the engine reads them."""

from __future__ import annotations

import pytest

from slolint.load import load_text
from slolint.model import ErrorBudgetPolicy
from slolint.recognize import recognize
from slolint.workspace import Workspace

SLOS = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  labels: {service: checkout}
spec: {service: checkout, indicatorRef: ok, budgetingMethod: Occurrences}
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability-next
  labels: {service: checkout}
  annotations: {slolint.dev/aspirational: "true"}
spec: {service: checkout, indicatorRef: ok, budgetingMethod: Occurrences}
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-legacy
  labels: {service: checkout}
spec: {service: checkout, indicatorRef: ok, budgetingMethod: Occurrences}
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata: {name: checkout-ebp}
spec:
  owner: pm
  scope:
    selector: {matchLabels: {service: checkout}}
    exclude: [checkout-legacy]
{extra}
  triggers: [{name: t, when: {budgetConsumed: 1.0}, actions: [{type: notify}]}]
"""


def workspace(text: str) -> Workspace:
    objects = []
    for document in load_text("t.yaml", text).documents:
        found, problems = recognize("t.yaml", document.index, document.data)
        assert problems == []
        for item in found:
            objects.extend(item.objects)
    return Workspace.build(objects)


def scope_names(extra: str) -> list[str]:
    space = workspace(SLOS + "---\n" + POLICY.replace("{extra}", extra))
    (policy,) = space.policies
    assert isinstance(policy, ErrorBudgetPolicy) and policy.scope is not None
    return sorted(slo.name for slo in space.select(policy.scope))


@pytest.mark.parametrize("extra", ["", "    excludeAspirational: true"])
def test_aspirational_slos_are_left_out_by_default(extra: str) -> None:
    assert scope_names(extra) == ["checkout-availability"]


def test_exclude_aspirational_false_keeps_them() -> None:
    assert scope_names("    excludeAspirational: false") == [
        "checkout-availability",
        "checkout-availability-next",
    ]


def test_a_named_aspirational_slo_is_still_left_out() -> None:
    extra = "    sloRefs: [checkout-availability-next]"
    assert scope_names(extra) == ["checkout-availability"]
