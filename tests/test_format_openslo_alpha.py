"""OpenSLO v1alpha and v2alpha: go-sdk's rules as schema findings, the model, mission rules.

The invalid documents mirror what oslo reports for its own v1alpha and v2alpha test inputs
(``test/outputs/validate/v1alpha`` and ``v2alpha``): a name that is not a DNS label, an
objective under Timeslices without ``timeSliceTarget``, one without ``value`` (v1alpha), and
``op`` next to a ratio SLI (v2alpha).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slolint.engine import CheckOptions, check
from slolint.load import load_text
from slolint.model import SLO
from slolint.recognize import recognize
from slolint.recognize.openslo_v1alpha import shorthand
from slolint.selection import Selection


def lint(tmp_path: Path, files: dict[str, str], *codes: str) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    previous = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = check(
            CheckOptions(
                paths=sorted(files),
                selection=Selection.build(list(codes)),
                context=False,
                cwd=tmp_path,
            )
        )
    finally:
        os.chdir(previous)
    return [
        f"{f.file}:{f.position.line}:{f.position.column}: {f.code} {f.message}"
        for f in sorted(result.findings, key=lambda f: f.sort_key())
    ]


def slos_in(text: str) -> list[SLO]:
    slos = []
    for document in load_text("slo.yaml", text).documents:
        found, problems = recognize("slo.yaml", document.index, document.data)
        assert problems == []
        slos.extend(obj for item in found for obj in item.objects if isinstance(obj, SLO))
    return slos


V1ALPHA_RATIO = """\
apiVersion: openslo/v1alpha
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
spec:
  service: checkout
  budgetingMethod: Occurrences
  timeWindows:
    - count: 4
      unit: Week
      isRolling: true
  objectives:
    - displayName: good
      value: 1
      target: {target}
      ratioMetrics:
        good: {{source: prometheus, queryType: promql, query: 'sum(rate(ok_total[5m]))'}}
        total: {{source: prometheus, queryType: promql, query: 'sum(rate(all_total[5m]))'}}
"""

V1ALPHA_THRESHOLD = """\
apiVersion: openslo/v1alpha
kind: SLO
metadata: {name: checkout-latency}
spec:
  service: checkout
  budgetingMethod: Timeslices
  indicator:
    thresholdMetric: {source: prometheus, queryType: promql, query: 'latency_ms'}
  timeWindows:
    - count: 1
      unit: Month
      isRolling: false
      calendar: {startTime: "2024-05-01 00:00:00", timeZone: Europe/Warsaw}
  objectives:
    - {op: lt, value: 200, target: 0.99, timeSliceTarget: 0.95}
"""

V2ALPHA = """\
apiVersion: openslo.com/v2alpha
kind: SLO
metadata:
  name: checkout-availability
  labels: {{team: checkout}}
  annotations: {annotations}
spec:
  serviceRef: checkout
  sli:
    metadata: {{name: checkout-success}}
    spec:
      ratioMetric:
        counter: true
        good: {{dataSourceRef: prometheus, spec: {{query: 'sum(ok_total)'}}}}
        total: {{dataSourceRef: prometheus, spec: {{query: 'sum(all_total)'}}}}
  budgetingMethod: Occurrences
  timeWindow: [{{duration: 28d, isRolling: true}}]
  objectives:
    - target: {target}
"""


# --- the model -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "unit", "expected"),
    [
        (4, "Week", "4w"),
        (30, "Day", "30d"),
        (1, "Month", "1M"),
        (1, "Quarter", "1Q"),
        (86400, "Second", "1d"),
        (5400, "Second", "90m"),
        (90, "Second", None),  # not whole minutes: no shorthand
        (0, "Day", None),
        (True, "Day", None),
        (2, "Fortnight", None),
    ],
)
def test_v1alpha_windows_in_shorthand(count: object, unit: object, expected: str | None) -> None:
    assert shorthand(count, unit) == expected


def test_v1alpha_ratio_slo_in_the_model() -> None:
    (slo,) = slos_in(V1ALPHA_RATIO.format(target=0.999))
    assert (slo.name, slo.service, slo.budgeting_method) == (
        "checkout-availability",
        "checkout",
        "Occurrences",
    )
    assert slo.window is not None
    assert (slo.window.describe(), slo.window.seconds) == ("4w rolling", 2419200)
    (objective,) = slo.objectives
    assert objective.target is not None
    assert (objective.target.ratio, objective.target.unit) == (0.999, "ratio")
    assert objective.indicator is not None and objective.indicator.kind == "ratio"
    assert (objective.value, objective.display_name) == (1.0, "good")
    assert slo.indicator is None
    assert slo.alerting_known is False


def test_v1alpha_threshold_slo_has_a_calendar_window() -> None:
    (slo,) = slos_in(V1ALPHA_THRESHOLD)
    assert slo.window is not None
    assert slo.window.describe() == "1M calendar from 2024-05-01 00:00 Europe/Warsaw"
    assert slo.indicator is not None and slo.indicator.kind == "threshold"
    (objective,) = slo.objectives
    assert (objective.op, objective.value, objective.time_slice_target) == ("lt", 200.0, 0.95)


def test_v2alpha_reads_sli_and_service_ref() -> None:
    (slo,) = slos_in(V2ALPHA.format(annotations="{}", target=0.999))
    assert slo.resource.api_version == "openslo.com/v2alpha"
    assert slo.service == "checkout"
    assert slo.service_location is not None
    assert slo.service_location.path == ("spec", "serviceRef")
    assert slo.indicator is not None
    assert (slo.indicator.name, slo.indicator.kind) == ("checkout-success", "ratio")
    assert slo.indicator.location.path == ("spec", "sli")
    assert slo.resource.labels == {"team": ("checkout",)}


def test_v2alpha_draft_service_and_sli_ref() -> None:
    text = (
        V2ALPHA.format(annotations="{}", target=0.999)
        .replace("serviceRef: checkout", "service: checkout")
        .split("  sli:\n")[0]
        + "  sliRef: checkout-success\n  budgetingMethod: Occurrences\n"
        + "  timeWindow: [{duration: 28d, isRolling: true}]\n  objectives: [{target: 0.99}]\n"
    )
    (slo,) = slos_in(text)
    assert slo.service == "checkout"
    assert slo.indicator is not None
    assert (slo.indicator.ref, slo.indicator.location.path) == (
        "checkout-success",
        ("spec", "sliRef"),
    )


# --- go-sdk's rules, as oslo reports them on its own test inputs ------------------------


V1ALPHA_INVALID = """\
- apiVersion: openslo/v1alpha
  kind: Service
  metadata:
    name: my-rad service
  spec:
    description: a service whose name has a space
---
apiVersion: openslo/v1alpha
kind: SLO
metadata:
  name: ratio
spec:
  budgetingMethod: Timeslices
  service: my-test-service
  objectives:
    - target: 0.98
      ratioMetrics:
        good: {source: prometheus, queryType: promql, query: 'sum(ok)'}
        total: {source: prometheus, queryType: promql, query: 'sum(all)'}
  timeWindows:
    - {count: 28, isRolling: true, unit: Day}
---
apiVersion: openslo/v1alpha
kind: SLO
metadata:
  name: both-indicators
spec:
  budgetingMethod: Occurrences
  service: checkout
  indicator:
    thresholdMetric: {source: prometheus, queryType: promql, query: 'latency'}
  objectives:
    - {value: 1, target: 0.99, op: gt, ratioMetrics: {good: {source: p, queryType: q, query: a}, total: {source: p, queryType: q, query: b}}}
  timeWindows:
    - {count: 28, unit: Days, isRolling: true}
"""


def test_v1alpha_invalid_inputs(tmp_path: Path) -> None:
    assert lint(tmp_path, {"v1alpha.yaml": V1ALPHA_INVALID}, "SLO1") == [
        'v1alpha.yaml:4:11: SLO105 metadata.name "my-rad service" is not an RFC 1123 label '
        "(lowercase letters, digits and '-', starting and ending alphanumeric, at most 63 "
        "characters)",
        'v1alpha.yaml:16:7: SLO101 missing required field "timeSliceTarget" in '
        "spec.objectives[0] when budgetingMethod is Timeslices",
        'v1alpha.yaml:16:7: SLO101 missing required field "value" in spec.objectives[0]',
        'v1alpha.yaml:33:32: SLO107 field "op" is not allowed in spec.objectives[0] when '
        "ratioMetrics is set",
        'v1alpha.yaml:33:40: SLO107 field "ratioMetrics" is not allowed in spec.objectives[0] '
        "when spec.indicator is set (only one of indicator and objectives[*].ratioMetrics)",
        'v1alpha.yaml:35:25: SLO104 invalid unit "Days"; expected one of "Second", "Day", '
        '"Week", "Month", "Quarter"; did you mean "Day"?',
    ]


V2ALPHA_INVALID = """\
- apiVersion: openslo.com/v2alpha
  kind: SLO
  metadata:
    name: web-availability
  spec:
    serviceRef: web
    sli:
      metadata: {name: web-successful-requests-ratio}
      spec:
        ratioMetric:
          counter: true
          good: {dataSourceRef: my-prometheus, spec: {query: 'sum(ok)'}}
          total: {dataSourceRef: my-prometheus, spec: {query: 'sum(all)'}}
    timeWindow:
      - duration: 1M
        isRolling: false
        calendar: {startTime: "2022-01-01 12:00:00", timeZone: America/New_York}
    budgetingMethod: Timeslices
    objectives:
      - {displayName: Good, op: gt, target: 0.995, timeSliceTarget: 0.95, timeSliceWindow: 1m}
- apiVersion: openslo.com/v2alpha
  kind: Service
  metadata:
    name: example service
    displayName: Example
"""


def test_v2alpha_invalid_inputs(tmp_path: Path) -> None:
    assert lint(tmp_path, {"v2alpha.yaml": V2ALPHA_INVALID}, "SLO1") == [
        'v2alpha.yaml:15:19: SLO105 spec.timeWindow[0].duration "1M" is not duration-shorthand '
        "such as 28d (a number followed by m, h, d or w; v2alpha has no M, Q or Y)",
        'v2alpha.yaml:20:29: SLO107 field "op" is not allowed in spec.objectives[0] when the '
        "inline sli is a ratioMetric",
        'v2alpha.yaml:24:11: SLO105 metadata.name "example service" is not an RFC 1123 label '
        "(lowercase letters, digits and '-', starting and ending alphanumeric, at most 63 "
        "characters)",
        'v2alpha.yaml:25:5: SLO102 unknown field "displayName" in metadata; expected one of '
        "name, labels, annotations",
    ]


def test_v2alpha_kind_names_are_checked_like_v1(tmp_path: Path) -> None:
    text = "apiVersion: openslo.com/v2alpha\nkind: SLOs\nmetadata: {name: x}\nspec: {}\n"
    assert lint(tmp_path, {"a.yaml": text}, "SLO003") == [
        'a.yaml:2:7: SLO003 unknown kind "SLOs" for apiVersion openslo.com/v2alpha; '
        'did you mean "SLO"?'
    ]
    text = "apiVersion: openslo/v2alpha\nkind: SLO\nmetadata: {name: x}\nspec: {}\n"
    assert lint(tmp_path, {"a.yaml": text}, "SLO003") == [
        'a.yaml:1:13: SLO003 unknown apiVersion "openslo/v2alpha"; '
        'did you mean "openslo.com/v2alpha"?'
    ]


# --- mission rules ---------------------------------------------------------------------


SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata: {name: checkout-contract}
spec:
  service: checkout
  objectives:
    - targetPercent: 99.9
      timeWindow: [{duration: 28d, isRolling: true}]
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata: {{name: checkout-ebp}}
spec:
  owner: checkout-product-manager
  scope: {scope}
  triggers:
    - name: budget-exhausted
      when: {{budgetConsumed: 1.0}}
      actions: [{{type: releaseFreeze, actor: checkout-team}}]
"""


def test_targets_of_1_fail_slo201(tmp_path: Path) -> None:
    files = {
        "v1alpha.yaml": V1ALPHA_RATIO.format(target=1),
        "v2alpha.yaml": V2ALPHA.format(annotations="{}", target=1.0),
    }
    assert lint(tmp_path, files, "SLO201") == [
        "v1alpha.yaml:16:15: SLO201 objective target 1 (100%) leaves no error budget; "
        "use a target below 1",
        "v2alpha.yaml:19:15: SLO201 objective target 1.0 (100%) leaves no error budget; "
        "use a target below 1",
    ]


def test_an_sla_of_the_same_service_is_compared(tmp_path: Path) -> None:
    """No backedBy: the SLA is backed by the SLOs of its service, in both versions."""
    files = {
        "v1alpha.yaml": V1ALPHA_RATIO.format(target=0.995),
        "v2alpha.yaml": V2ALPHA.format(annotations="{}", target=0.999),
        "sla.yaml": SLA,
    }
    assert lint(tmp_path, files, "SLO301") == [
        "v1alpha.yaml:16:15: SLO301 SLO target 0.995 (99.5%) is not stricter than SLA "
        '"checkout-contract" target 99.9% (sla.yaml:7); raise the SLO target above the SLA',
        "v2alpha.yaml:19:15: SLO301 SLO target 0.999 (99.9%) is not stricter than SLA "
        '"checkout-contract" target 99.9% (sla.yaml:7); raise the SLO target above the SLA',
    ]


def test_policies_cover_by_name_label_and_annotation(tmp_path: Path) -> None:
    files = {
        "v1alpha.yaml": V1ALPHA_RATIO.format(target=0.999),
        "v2alpha.yaml": V2ALPHA.format(annotations="{}", target=0.999),
    }
    uncovered = lint(tmp_path, files, "SLO401")
    assert [line.split(": SLO401 ")[0] for line in uncovered] == [
        "v1alpha.yaml:4:9",
        "v2alpha.yaml:4:9",
    ]
    files["policy.yaml"] = POLICY.format(scope="{sloRefs: [checkout-availability]}")
    assert lint(tmp_path, files, "SLO401") == []
    files["policy.yaml"] = POLICY.format(scope="{selector: {matchLabels: {team: checkout}}}")
    assert [line.split(": SLO401 ")[0] for line in lint(tmp_path, files, "SLO401")] == [
        "v1alpha.yaml:4:9"  # v1alpha has no labels
    ]
    files["v2alpha.yaml"] = V2ALPHA.format(
        annotations="{slolint.dev/error-budget-policy: checkout-ebp}", target=0.999
    )
    files["policy.yaml"] = POLICY.format(scope="{sloRefs: [checkout-availability]}")
    assert lint(tmp_path, files, "SLO401", "SLO802") == []


def test_the_sla_annotation_on_v2alpha(tmp_path: Path) -> None:
    annotations = '{slolint.dev/sla-target: "99.95", slolint.dev/sla-window: 28d}'
    files = {"v2alpha.yaml": V2ALPHA.format(annotations=annotations, target=0.999)}
    assert lint(tmp_path, files, "SLO301") == [
        "v2alpha.yaml:19:15: SLO301 SLO target 0.999 (99.9%) is not stricter than the SLA "
        "target 99.95% of its annotation (v2alpha.yaml:6); raise the SLO target above the SLA"
    ]


def test_every_format_in_one_run(tmp_path: Path) -> None:
    """v1, v1alpha, v2alpha, Pyrra and slolint's kinds together: one SLA over the service's
    OpenSLO SLOs, one policy scope naming an SLO of each format."""
    pyrra = (
        "apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\n"
        "metadata: {name: checkout-pyrra, labels: {team: checkout}}\n"
        'spec: {target: "100", window: 4w, indicator: {ratio: {errors: {metric: e}, '
        "total: {metric: t}}}}\n"
    )
    v1 = (
        "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: checkout-v1}\n"
        "spec: {service: checkout, indicatorRef: checkout-success, budgetingMethod: "
        "Occurrences, timeWindow: [{duration: 28d, isRolling: true}], "
        "objectives: [{target: 0.9995}]}\n"
    )
    files = {
        "v1alpha.yaml": V1ALPHA_RATIO.format(target=0.995).replace(
            "checkout-availability", "checkout-v1alpha"
        ),
        "v2alpha.yaml": V2ALPHA.format(annotations="{}", target=0.9995),
        "pyrra.yaml": pyrra,
        "v1.yaml": v1,
        "sla.yaml": SLA,
        "policy.yaml": POLICY.format(
            scope="{sloRefs: [checkout-v1alpha, checkout-availability, checkout-v1]}"
        ),
    }
    assert lint(tmp_path, files, "SLO201", "SLO301", "SLO401") == [
        'pyrra.yaml:3:18: SLO401 SLO "checkout-pyrra" is not covered by any error-budget '
        "policy; add it to a policy's scope (sloRefs or selector) or annotate it with "
        "slolint.dev/error-budget-policy",
        'pyrra.yaml:4:16: SLO201 objective target "100" leaves no error budget; '
        "use a target below 100",
        "v1alpha.yaml:16:15: SLO301 SLO target 0.995 (99.5%) is not stricter than SLA "
        '"checkout-contract" target 99.9% (sla.yaml:7); raise the SLO target above the SLA',
    ]


def test_the_window_key_of_the_other_version_is_a_near_miss(tmp_path: Path) -> None:
    v1alpha = V1ALPHA_RATIO.format(target=0.999).replace("timeWindows:", "timeWindow:")
    assert lint(tmp_path, {"v1alpha.yaml": v1alpha}, "SLO102") == [
        'v1alpha.yaml:9:3: SLO102 unknown field "timeWindow" in spec; did you mean "timeWindows"?'
    ]
