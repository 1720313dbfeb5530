"""Sloth and slo-generator: upstream's invalid inputs, window semantics, mixed repositories.

The invalid inputs are the mistakes of Sloth's own ``validate/bad`` fixtures
(``test/integration/prometheus/testdata/validate/bad``), which ``sloth validate`` rejects
without a line number: an objective of 101, an empty service, an empty SLI, an empty alert
name with alerts on, CRD spellings in a ``prometheus/v1`` file, and SLO IDs defined twice.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from slolint.config import Resolver
from slolint.engine import CheckOptions, check
from slolint.findings import Finding
from slolint.selection import Selection

Row = tuple[str, int, int, str, str]


def _lint(
    root: Path, files: dict[str, str], config: str | None = None, select: str | None = None
) -> list[Finding]:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    resolver = None
    if config is not None:
        (root / ".slolint.yaml").write_text(config, encoding="utf-8")
        resolver = Resolver(root, config=".slolint.yaml")
    selection = Selection.build([select]) if select else None
    result = check(
        CheckOptions(paths=["."], cwd=root, context=False, config=resolver, selection=selection)
    )
    assert result.errors == []
    return result.findings


def _rows(findings: list[Finding], *codes: str) -> list[Row]:
    return sorted(
        (f.file, f.position.line, f.position.column, f.code, f.message)
        for f in findings
        if f.code in codes
    )


QUERIES = """\
      events:
        error_query: sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total[{{.window}}]))
"""

BAD_OBJECTIVE = f"""\
version: "prometheus/v1"
service: "svc01"
slos:
  - name: "slo02"
    objective: 101
    sli:
{QUERIES}    alerting:
      page_alert: {{disable: true}}
      ticket_alert: {{disable: true}}
"""

BAD_K8S = """\
apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata: {name: svc, namespace: test-ns}
spec:
  service: ""
  slos:
    - name: "slo1"
      objective: 99.9
      sli:
        raw: {errorRatioQuery: "job:errors:ratio_rate[{{.window}}]"}
      alerting:
        name: ""
        pageAlert: {labels: {severity: page}}
"""

BAD_MULTI = """\
version: "prometheus/v1"
service: "svc02"
slos:
  - name: "slo1"
    objective: 99.99
    sli:
      raw:
        errorRatioQuery: job:errors:ratio_rate[{{.window}}]
    alerting: {name: myServiceAlert}
  - name: "slo02"
    objective: 95
    sli: {}
    alerting: {name: myServiceAlert}
"""


def test_sloth_validate_bad_inputs_raise_the_expected_codes(tmp_path: Path) -> None:
    findings = _lint(
        tmp_path,
        {"bad-ab.yaml": BAD_OBJECTIVE, "bad-k8s.yaml": BAD_K8S, "bad-multi.yaml": BAD_MULTI},
    )
    schema = _rows(findings, "SLO101", "SLO102", "SLO105", "SLO106", "SLO201")
    assert schema == [
        (
            "bad-ab.yaml",
            5,
            16,
            "SLO201",
            "objective 101 is out of range; use an objective above 0 and below 100",
        ),
        (
            "bad-k8s.yaml",
            5,
            12,
            "SLO105",
            "spec.service \"\" is not a Sloth name (letters, digits, '-', '_' and '.', starting "
            "and ending alphanumeric, at least 2 characters)",
        ),
        (
            "bad-k8s.yaml",
            12,
            15,
            "SLO106",
            "spec.slos[0].alerting.name is empty; expected a non-empty string",
        ),
        (
            "bad-multi.yaml",
            7,
            7,
            "SLO101",
            'missing required field "error_ratio_query" in slos[0].sli.raw',
        ),
        (
            "bad-multi.yaml",
            8,
            9,
            "SLO102",
            'unknown field "errorRatioQuery" in slos[0].sli.raw; "errorRatioQuery" is the CRD '
            'spelling; Sloth drops it silently in prometheus/v1 files; use "error_ratio_query"',
        ),
        ("bad-multi.yaml", 12, 10, "SLO106", "slos[1].sli is empty; expected exactly 1 field"),
    ]


DUPLICATES = f"""\
version: "prometheus/v1"
service: "svc01"
slos:
  - name: "slo1"
    objective: 99.9
    sli:
{QUERIES}    alerting: {{name: myServiceAlert}}
"""


def test_sloth_slo_ids_defined_twice_across_files_and_dialects(tmp_path: Path) -> None:
    crd = (
        "apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel\nmetadata: {name: svc01}\n"
        "spec:\n  service: svc01\n  slos:\n    - name: slo1\n      objective: 99.5\n"
        '      sli: {raw: {errorRatioQuery: "x[{{.window}}]"}}\n'
        "      alerting: {name: Svc01}\n"
    )
    findings = _lint(
        tmp_path, {"a/slos.yaml": DUPLICATES, "b/slos.yaml": DUPLICATES, "c.yaml": crd}
    )
    # every file names the same SLO ID, svc01-slo1, as SLO401 shows
    assert _rows(findings, "SLO401") == [
        (
            file,
            line,
            column,
            "SLO401",
            'SLO "svc01-slo1" is not covered by any error-budget policy; add it to a policy\'s '
            "scope (sloRefs or selector) or annotate it with slolint.dev/error-budget-policy; "
            "no ErrorBudgetPolicy was found",
        )
        for file, line, column in (
            ("a/slos.yaml", 4, 11),
            ("b/slos.yaml", 4, 11),
            ("c.yaml", 7, 13),
        )
    ]
    # one SLO ID across two prometheus/v1 files and a CRD: Sloth's own duplicate check;
    # whichever file the run meets first is the original, the other two are duplicates
    places = {"a/slos.yaml": (4, 11), "b/slos.yaml": (4, 11), "c.yaml": (7, 13)}
    rows = _rows(findings, "SLO801")
    originals = set(places) - {row[0] for row in rows}
    assert len(originals) == 1
    first = originals.pop()
    assert rows == [
        (
            file,
            *places[file],
            "SLO801",
            f'SLO "svc01-slo1" is defined twice; the first is at {first}:{places[first][0]}; '
            "rename one of them",
        )
        for file in sorted(set(places) - {first})
    ]


SLOTH_SLO = """\
version: prometheus/v1
service: checkout
slos:
  - name: requests-availability
    objective: 99.95
    sli: {raw: {error_ratio_query: "job:errors:ratio_rate[{{.window}}]"}}
    alerting: {name: CheckoutAvailability}
"""

SLA_28D = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata: {name: checkout-enterprise}
spec:
  service: checkout
  objectives:
    - targetPercent: 99.9
      budgetingMethod: Occurrences
      timeWindow: [{duration: 28d, isRolling: true}]
"""


def test_a_sloth_slo_is_compared_with_its_sla_over_the_configured_period(tmp_path: Path) -> None:
    """99.95% of requests per rolling 28 days bounds 99.9% per rolling 28 days; per rolling
    30 days (Sloth's default period) it bounds nothing per 28 days: bad requests can bunch
    in 28 of the 30 days."""
    files = {"checkout.yaml": SLOTH_SLO, "sla.yaml": SLA_28D}
    same = _lint(tmp_path / "same", files, config="rules:\n  SLO707: {slo-period: 28d}\n")
    assert _rows(same, "SLO301", "SLO303") == []
    default = _lint(tmp_path / "default", files)
    assert _rows(default, "SLO301", "SLO303") == [
        (
            "checkout.yaml",
            5,
            16,
            "SLO303",
            "SLO target 99.95% (Occurrences, 30d rolling) cannot be proven stricter than SLA "
            '"checkout-enterprise" target 99.9% (sla.yaml:7) per 28d rolling: bad requests can '
            "bunch inside one SLA period while every SLO window stays within budget; measure "
            "the SLO over periods that add up to the SLA's, or budget time (Timeslices)",
        )
    ]


SLOGEN_CONFIG = """\
backends: {prometheus: {url: "http://prometheus:9090"}}
error_budget_policies:
  default:
    steps:
      - {name: 1 hour, window: 3600, burn_rate_threshold: 9, alert: true}
      - {name: 7 days, window: 604800, burn_rate_threshold: 1, alert: false}
"""

SLOGEN_SLO = """\
apiVersion: sre.google.com/v2
kind: ServiceLevelObjective
metadata:
  name: checkout-availability
  labels: {service_name: checkout}
spec:
  description: Checkout requests
  backend: prometheus
  method: good_bad_ratio
  service_level_indicator: {filter_good: ok_total, filter_valid: requests_total}
  goal: 0.9995
"""


def test_a_slo_generator_slo_is_compared_over_its_policys_longest_step(tmp_path: Path) -> None:
    """A policy whose longest step is 7 days makes the SLO's window 7d rolling: 99.95% of
    requests in every 7 days bounds every 28 days (four whole weeks) to 99.95% as well. With
    5-day steps the 28 days are no whole number of windows, and nothing is proven."""
    files = {"config.yaml": SLOGEN_CONFIG, "slo.yaml": SLOGEN_SLO, "sla.yaml": SLA_28D}
    assert _rows(_lint(tmp_path / "week", files), "SLO301", "SLO303") == []
    files["config.yaml"] = SLOGEN_CONFIG.replace("7 days, window: 604800", "5 days, window: 432000")
    assert [
        (f.code, f.message.split(" cannot")[0])
        for f in _lint(tmp_path / "five", files)
        if f.code in ("SLO301", "SLO303")
    ] == [("SLO303", "SLO target 0.9995 (99.95%) (Occurrences, 5d rolling)")]


ANNOTATED_CRD = """\
apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata:
  name: payments
  annotations:
    slolint.dev/sla-target: "99.95"
    slolint.dev/sla-window: "rolling 30d"
spec:
  service: payments
  slos:
    - name: requests-availability
      objective: 99.9
      sli: {raw: {errorRatioQuery: "job:errors:ratio_rate[{{.window}}]"}}
      alerting: {name: PaymentsAvailability}
"""


def test_slolint_annotations_on_a_sloth_crd_make_an_sla_for_its_slos(tmp_path: Path) -> None:
    findings = _lint(tmp_path, {"payments.yaml": ANNOTATED_CRD})
    assert _rows(findings, "SLO301") == [
        (
            "payments.yaml",
            12,
            18,
            "SLO301",
            "SLO target 99.9% is not stricter than the SLA target 99.95% of its annotation "
            "(payments.yaml:6); raise the SLO target above the SLA",
        )
    ]


MIXED_POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata: {name: everything}
spec:
  owner: sre-lead
  scope:
    sloRefs: [checkout-requests-availability, checkout-availability, search-availability]
  triggers:
    - name: budget-exhausted
      when: {budgetConsumed: 1.0}
      actions: [{type: releaseFreeze, actor: sre-team, until: withinSlo}]
"""

OPENSLO_SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata: {name: search-availability}
spec:
  service: search
  budgetingMethod: Occurrences
  timeWindow: [{duration: 28d, isRolling: true}]
  indicator:
    metadata: {name: search-success}
    spec:
      ratioMetric:
        counter: true
        good: {metricSource: {type: Prometheus, spec: {query: ok_total}}}
        total: {metricSource: {type: Prometheus, spec: {query: requests_total}}}
  objectives: [{target: 1}]
"""


def test_one_run_lints_sloth_slo_generator_and_openslo_together(tmp_path: Path) -> None:
    """One policy names an SLO of each format by the name its format gives it."""
    findings = _lint(
        tmp_path,
        {
            "sloth.yaml": SLOTH_SLO,
            "slogen/config.yaml": SLOGEN_CONFIG.replace("default:", "other:"),
            "slogen/slo.yaml": SLOGEN_SLO.replace("0.9995", "1"),
            "openslo.yaml": OPENSLO_SLO,
            "policy.yaml": MIXED_POLICY,
        },
    )
    assert _rows(findings, "SLO401") == []
    assert _rows(findings, "SLO201") == [
        (
            "openslo.yaml",
            15,
            25,
            "SLO201",
            "objective target 1 (100%) leaves no error budget; use a target below 1",
        ),
        (
            "slogen/slo.yaml",
            11,
            9,
            "SLO201",
            "objective goal 1 (100%) leaves no error budget; use a goal below 1",
        ),
    ]
    # the slo-generator SLO's own policy (default) is missing, though a policy covers it
    assert _rows(findings, "SLO802") == [
        (
            "slogen/slo.yaml",
            6,
            1,
            "SLO802",
            'spec.error_budget_policy (default) names ErrorBudgetPolicy "default", which does '
            "not exist",
        )
    ]


TEAM_POLICY = """\
rules:
  SLO707: {slo-period: 7d}
policies:
  - code: ACME001
    name: four-weeks-or-more
    summary: SLOs are measured over 28 days or more
    message: "SLO {name}: {error}"
    match:
      kinds: [SLO, ServiceLevelObjective]
      formats: [sloth, slo-generator]
    assert:
      properties:
        window: {properties: {days: {minimum: 28}}}
"""


def test_team_policies_see_the_window_each_format_gives_its_slos(tmp_path: Path) -> None:
    """Sloth's period comes from the configuration (7d here), slo-generator's from the
    longest step of the SLO's policy (7 days, written as 604800 seconds)."""
    findings = _lint(
        tmp_path,
        {"sloth.yaml": SLOTH_SLO, "config.yaml": SLOGEN_CONFIG, "slo.yaml": SLOGEN_SLO},
        config=TEAM_POLICY,
    )
    assert _rows(findings, "ACME001") == [
        (
            "config.yaml",
            6,
            32,
            "ACME001",
            "SLO checkout-availability: 7 is less than the minimum of 28",
        ),
        (
            "sloth.yaml",
            4,
            11,
            "ACME001",
            "SLO checkout-requests-availability: 7 is less than the minimum of 28",
        ),
    ]


README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_block(heading: str) -> str:
    """The first YAML block after a bold paragraph heading of the README."""
    text = README.read_text(encoding="utf-8")
    after = text[text.index(heading) :]
    start = after.index("```yaml\n") + len("```yaml\n")
    return after[start : after.index("```\n", start)]


def test_the_readme_examples_lint_as_pasted(tmp_path: Path) -> None:
    sloth_example = _readme_block("**Sloth.**")
    slo, config = _readme_block("**slo-generator.**").split("\n---\n")
    findings = _lint(
        tmp_path,
        {"sloth.yaml": sloth_example, "slos/checkout.yaml": slo, "config.yaml": config},
    )
    # the Sloth SLO has no policy (the README's policies section shows how to add one)
    assert [(f.file, f.code, f.message.split(";")[0]) for f in findings] == [
        (
            "sloth.yaml",
            "SLO401",
            'SLO "checkout-requests-availability" is not covered by any error-budget policy',
        )
    ]


V1_POLICY = """\
- error_budget_policy_step_name: 1 hour
  measurement_window_seconds: 3600
  alerting_burn_rate_threshold: 9
- error_budget_policy_step_name: 28 days
  measurement_window_seconds: 2419200
  alerting_burn_rate_threshold: 1
"""


def test_configurations_per_environment_repeat_names_without_being_duplicates(
    tmp_path: Path,
) -> None:
    """slo-generator's backends, exporters and policies are keys of one configuration, and
    each environment's configuration repeats them; a v1 policy file lists one policy's
    steps. Sloth's long SLO IDs and slo-generator's good/bad filters are their formats'."""
    long_name = "requests-availability-of-the-checkout-api-behind-the-edge-proxy"
    findings = _lint(
        tmp_path,
        {
            "prod/config.yaml": SLOGEN_CONFIG,
            "staging/config.yaml": SLOGEN_CONFIG,
            "error_budget_policy.yaml": V1_POLICY,
            "slo.yaml": SLOGEN_SLO.replace("filter_valid: requests_total", "filter_bad: bad_total"),
            "sloth.yaml": SLOTH_SLO.replace("requests-availability", long_name),
        },
    )
    assert _rows(findings, "SLO801", "SLO602", "SLO803") == []


def test_sloth_page_and_ticket_alerts_are_the_slos_alerting(tmp_path: Path) -> None:
    """Both alerts disabled (upstream's examples/no-alerts.yml) leave the SLO without
    alerting; one of them on is alerting."""
    both_off = SLOTH_SLO.replace(
        "alerting: {name: CheckoutAvailability}",
        "alerting: {page_alert: {disable: true}, ticket_alert: {disable: true}}",
    )
    ticket_on = SLOTH_SLO.replace(
        "alerting: {name: CheckoutAvailability}",
        "alerting: {name: CheckoutAvailability, page_alert: {disable: true}}",
    )
    files = {"off.yaml": both_off, "on.yaml": ticket_on.replace("checkout", "search")}
    findings = _lint(tmp_path, files, select="SLO701")  # a warning that is not on by default
    assert _rows(findings, "SLO701") == [
        (
            "off.yaml",
            4,
            11,
            "SLO701",
            'SLO "checkout-requests-availability" has no alerting (its alerts are disabled); add '
            "an alert policy with burn-rate conditions, or a budget-policy trigger that pages",
        )
    ]


def test_a_named_slo_generator_file_resolves_against_the_configuration_as_context(
    tmp_path: Path,
) -> None:
    """pre-commit names only the changed SLO; the shared configuration elsewhere in the
    repository is read as context because its keys mark it as slo-generator's."""
    git = shutil.which("git")
    if git is None:
        pytest.skip("needs git: the repository's files are what git would track")
    subprocess.run([git, "init", "-q", str(tmp_path)], check=True, capture_output=True)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.yaml").write_text(SLOGEN_CONFIG, encoding="utf-8")
    (tmp_path / "slos").mkdir()
    (tmp_path / "slos" / "slo.yaml").write_text(SLOGEN_SLO, encoding="utf-8")

    def lint(context: bool) -> list[Row]:
        options = CheckOptions(paths=["slos/slo.yaml"], cwd=tmp_path, context=context)
        return _rows(check(options).findings, "SLO802", "SLO401")

    assert lint(context=True) == []
    assert [row[:4] for row in lint(context=False)] == [
        ("slos/slo.yaml", 4, 9, "SLO401"),
        ("slos/slo.yaml", 6, 1, "SLO802"),
        ("slos/slo.yaml", 8, 12, "SLO802"),
    ]


def test_a_low_sloth_objective_can_never_page(tmp_path: Path) -> None:
    """slok/sloth#341: with objective 90 over Sloth's 30 days, a full outage burns the
    budget 1 / (1 - 0.9) = 10 times too fast, below the 0.02 * 720 h / 1 h = 14.4 of the
    fast page alert; in one hour it consumes 1 / (0.1 * 720) = 1.39% of the budget, not 2%."""
    low = SLOTH_SLO.replace("objective: 99.95", "objective: 90")
    findings = _lint(tmp_path, {"wifi.yaml": low}, select="SLO207")
    assert _rows(findings, "SLO207") == [
        (
            "wifi.yaml",
            5,
            16,
            "SLO207",
            "target 90% allows a burn rate of at most 10, below the 14.4 of a 1h page alert "
            "for a 30d window; a full outage consumes only 1.39% of the budget in 1h",
        )
    ]


def test_an_unknown_sloth_version_is_one_finding_not_a_sloth_document(tmp_path: Path) -> None:
    """No prometheus/v1 schema and no SLO for prometheus/v999: Sloth would not read it."""
    v999 = SLOTH_SLO.replace("prometheus/v1", "prometheus/v999")
    findings = _lint(tmp_path, {"v999.yaml": v999}, select="ALL")
    assert [(f.position.line, f.position.column, f.code, f.message) for f in findings] == [
        (1, 10, "SLO003", 'unknown Sloth version "prometheus/v999"; expected prometheus/v1')
    ]


def test_the_configurations_sloth_default_period_is_the_period(tmp_path: Path) -> None:
    """``formats.sloth.default-period`` (the configuration's own key for it) sets the same
    option as ``rules.SLO707.slo-period``; here 7d, which has no catalog."""
    findings = _lint(
        tmp_path, {"sloth.yaml": SLOTH_SLO}, config="formats:\n  sloth: {default-period: 7d}\n"
    )
    assert [f.message for f in findings if f.code == "SLO707"] == [
        'Sloth SLO "checkout-requests-availability" has the SLO period 7d (option slo-period '
        "of SLO707), which has no alert-window catalog (known: 28d, 30d); add an AlertWindows "
        "document with sloPeriod: 7d"
    ]


def test_sloth_labels_are_prometheus_labels(tmp_path: Path) -> None:
    """Sloth's validation: a label is not __name__ and its value is not empty."""
    labelled = SLOTH_SLO.replace(
        "service: checkout\n", 'service: checkout\nlabels: {__name__: x, team: ""}\n'
    )
    findings = _lint(tmp_path, {"sloth.yaml": labelled}, select="SLO1")
    assert _rows(findings, "SLO105", "SLO106") == [
        (
            "sloth.yaml",
            3,
            10,
            "SLO105",
            'key "__name__" in labels is not a Prometheus label name other than __name__',
        ),
        ("sloth.yaml", 3, 29, "SLO106", "labels.team is empty; expected a non-empty string"),
    ]
