"""Pyrra ``ServiceLevelObjective``: detection, schema, model, and the mission rules on it.

Figures come from Pyrra itself: ``Windows()`` in ``slo/rules.go`` documents its windows for a
28d SLO in comments (1h/5m, 6h/30m, 1d/2h, 4d/6h; for 2m, 15m, 1h, 3h), and
pyrra-dev/pyrra#1028 is a 12h window whose shortest burn-rate window became 0s.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slolint.config import Resolver
from slolint.engine import CheckOptions, check
from slolint.load import load_text
from slolint.model import SLO
from slolint.recognize import recognize
from slolint.recognize.pyrra import (
    MIN_WINDOW_MS,
    burn_rate_windows,
    duration_text,
    parse_duration_ms,
)
from slolint.selection import Selection


def slo_doc(
    name: str = "checkout-availability",
    target: str = '"99.9"',
    window: str = "4w",
    metadata: str = "",
    extra: str = "",
) -> str:
    return f"""\
apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: {name}
  namespace: shop{metadata}
spec:
  target: {target}
  window: {window}
  indicator:
    ratio:
      errors: {{metric: 'http_requests_total{{job="checkout",code=~"5.."}}'}}
      total: {{metric: 'http_requests_total{{job="checkout"}}'}}{extra}
"""


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


def the_slo(text: str) -> SLO:
    (item,) = recognize("slo.yaml", 0, load_text("slo.yaml", text).documents[0].data)[0]
    (slo,) = [obj for obj in item.objects if isinstance(obj, SLO)]
    return slo


# --- the model -------------------------------------------------------------------------


def test_target_is_a_percent_string_and_the_window_is_rolling() -> None:
    slo = the_slo(slo_doc(target='"99.95"', window="2w"))
    (objective,) = slo.objectives
    assert objective.target is not None
    assert (objective.target.ratio, objective.target.written, objective.target.unit) == (
        0.9995,
        "99.95",
        "percent",
    )
    assert objective.target.location.path == ("spec", "target")
    assert slo.window is not None
    assert (slo.window.duration, slo.window.rolling, slo.window.seconds) == ("2w", True, 1209600)
    assert slo.window.describe() == "2w rolling"


@pytest.mark.parametrize(
    ("written", "duration", "seconds"),
    [
        ("28d", "4w", 2419200),
        ("1h30m", "90m", 5400),
        ("1y", "365d", 31536000),
        ("1d12h", "36h", 129600),
    ],
)
def test_prometheus_windows_become_shorthand(written: str, duration: str, seconds: int) -> None:
    slo = the_slo(slo_doc(window=written))
    assert slo.window is not None
    assert (slo.window.duration, slo.window.seconds) == (duration, seconds)
    assert slo.window_written is not None
    assert (slo.window_written.written, slo.window_written.seconds) == (written, seconds)


def test_a_window_of_seconds_has_no_shorthand_window() -> None:
    slo = the_slo(slo_doc(window="90s"))
    assert slo.window is None
    assert slo.window_written is not None
    assert slo.window_written.seconds == 90


def test_labels_annotations_and_indicator_come_from_the_object() -> None:
    slo = the_slo(
        slo_doc(
            metadata="\n  labels: {team: checkout, pyrra.dev/tier: gold}"
            "\n  annotations: {slolint.dev/owner: checkout-team}"
        )
    )
    assert slo.resource.labels == {"team": ("checkout",), "pyrra.dev/tier": ("gold",)}
    assert slo.resource.annotations == {"slolint.dev/owner": "checkout-team"}
    assert slo.resource.ref.kind == "ServiceLevelObjective"
    assert slo.service is None
    assert slo.indicator is not None and slo.indicator.kind == "ratio"
    assert slo.indicator.metrics is not None
    assert slo.indicator.metrics.bad is not None and slo.indicator.metrics.total is not None
    assert slo.indicator.metrics.bad.text != slo.indicator.metrics.total.text


def test_generated_burn_rate_alerts_are_an_alert_policy() -> None:
    slo = the_slo(slo_doc(window="28d"))
    (policy,) = slo.alert_policies
    assert not policy.disabled
    rows = [
        (
            c.threshold,
            c.lookback and c.lookback.written,
            c.short_window and c.short_window.written,
            c.alert_after and c.alert_after.written,
            c.severity,
        )
        for c in policy.conditions
    ]
    assert rows == [
        (14.0, "1h", "5m", "2m", "critical"),
        (7.0, "6h", "30m", "15m", "critical"),
        (2.0, "1d", "2h", "1h", "warning"),
        (1.0, "4d", "6h", "3h", "warning"),
    ]


def test_alerts_switched_off_are_a_disabled_policy() -> None:
    slo = the_slo(slo_doc(extra="\n  alerting: {burnrates: false}"))
    assert [policy.disabled for policy in slo.alert_policies] == [True]
    slo = the_slo(slo_doc(extra="\n  alerting: {disabled: true, severities: {fastBurn: page}}"))
    assert [policy.disabled for policy in slo.alert_policies] == [True]


def test_burn_rate_windows_round_like_go() -> None:
    # 67h12m / 8064 is exactly 30s: Go's Round(time.Minute) rounds halves away from zero
    assert MIN_WINDOW_MS == 241_920_000
    assert burn_rate_windows(241_920_000)[0][2] == 60_000
    assert burn_rate_windows(241_919_999)[0][2] == 0
    # pyrra-dev/pyrra#1028: a 12h window
    assert [w[2] for w in burn_rate_windows(12 * 3_600_000)] == [0, 60_000, 120_000, 360_000]


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("2w", 1_209_600_000),
        ("1h30m", 5_400_000),
        ("0", 0),
        ("1y", 31_536_000_000),
        ("90s", 90_000),
        ("1m500ms", 60_500),
        ("", None),
        ("4t", None),
        ("1h1d", None),
        ("1.5h", None),
        ("-1h", None),
    ],
)
def test_prometheus_durations(text: str, ms: int | None) -> None:
    assert parse_duration_ms(text) == ms


def test_durations_are_written_as_prometheus_writes_them() -> None:
    assert [duration_text(ms) for ms in (0, 60_000, 5_400_000, 241_920_000, 1500)] == [
        "0s",
        "1m",
        "1h30m",
        "2d19h12m",
        "1s500ms",
    ]


# --- schema ----------------------------------------------------------------------------


def test_schema_findings(tmp_path: Path) -> None:
    files = {
        "a.yaml": slo_doc(target='"ninety-nine"', window="4t"),
        "b.yaml": slo_doc(target="99.9", extra="\n  windw: 2w"),
        "c.yaml": slo_doc().replace(
            "  indicator:\n", "  indicator:\n    bool_gauge: {metric: up}\n"
        ),
    }
    assert lint(tmp_path, files, "SLO1") == [
        'a.yaml:7:11: SLO105 spec.target "ninety-nine" is not a percentage written as a '
        'string, such as "99.9"',
        'a.yaml:8:11: SLO105 spec.window "4t" is not a Prometheus duration such as 4w, 28d '
        "or 1h30m (units y, w, d, h, m, s, ms, largest first)",
        "b.yaml:7:11: SLO103 expected a string at spec.target, found number 99.9",
        'b.yaml:13:3: SLO102 unknown field "windw" in spec; did you mean "window"?',
        "c.yaml:11:5: SLO107 bool_gauge and ratio are mutually exclusive in spec.indicator; "
        "set only one",
    ]


# --- mission rules ---------------------------------------------------------------------


def test_a_100_percent_target_fails_slo201(tmp_path: Path) -> None:
    assert lint(tmp_path, {"slo.yaml": slo_doc(target='"100"')}, "SLO201") == [
        'slo.yaml:7:11: SLO201 objective target "100" leaves no error budget; '
        "use a target below 100"
    ]


def test_a_short_window_is_slo708(tmp_path: Path) -> None:
    assert lint(tmp_path, {"slo.yaml": slo_doc(window="12h")}, "SLO708") == [
        'slo.yaml:8:11: SLO708 window "12h" makes Pyrra generate a burn-rate window of 0s '
        "(window / 8064, rounded to the minute), which Prometheus refuses; use a window of "
        "at least 2d19h12m"
    ]
    assert lint(tmp_path, {"slo.yaml": slo_doc(window="2d19h12m")}, "SLO708") == []


SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata: {{name: checkout-contract}}
spec:
  service: checkout
  backedBy: {backed}
  objectives:
    - targetPercent: 99.9
      timeWindow: [{window}]
"""


@pytest.mark.parametrize(
    "backed", ["{sloRefs: [checkout-availability]}", "{selector: {matchLabels: {team: checkout}}}"]
)
def test_an_sla_backed_by_a_pyrra_slo_is_compared(tmp_path: Path, backed: str) -> None:
    files = {
        "slo.yaml": slo_doc(target='"99.5"', metadata="\n  labels: {team: checkout}"),
        "sla.yaml": SLA.format(backed=backed, window="{duration: 28d, isRolling: true}"),
    }
    assert lint(tmp_path, files, "SLO301") == [
        'slo.yaml:8:11: SLO301 SLO target "99.5" (99.5%) is not stricter than SLA '
        '"checkout-contract" target 99.9% (sla.yaml:8); raise the SLO target above the SLA'
    ]


def test_pyrra_windows_are_rolling_in_the_sla_comparison(tmp_path: Path) -> None:
    """A rolling 4w SLO of 99.95% does not bound a calendar-month SLA: some months hold
    more than 28 days, so it is not comparable (SLO303), while a rolling 28d SLA is."""
    files = {
        "slo.yaml": slo_doc(target='"99.95"'),
        "sla.yaml": SLA.format(
            backed="{sloRefs: [checkout-availability]}",
            window='{duration: 1M, isRolling: false, calendar: {startTime: "2024-01-01 00:00:00", timeZone: UTC}}',
        ),
    }
    found = lint(tmp_path, files, "SLO301", "SLO303")
    assert [line.split(" ")[1] for line in found] == ["SLO303"]
    assert "4w rolling" in found[0]
    files["sla.yaml"] = SLA.format(
        backed="{sloRefs: [checkout-availability]}", window="{duration: 28d, isRolling: true}"
    )
    assert lint(tmp_path, files, "SLO301", "SLO303") == []


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


def test_without_a_policy_a_pyrra_slo_is_slo401(tmp_path: Path) -> None:
    assert lint(tmp_path, {"slo.yaml": slo_doc()}, "SLO401") == [
        'slo.yaml:4:9: SLO401 SLO "checkout-availability" is not covered by any '
        "error-budget policy; add it to a policy's scope (sloRefs or selector) or annotate "
        "it with slolint.dev/error-budget-policy; no ErrorBudgetPolicy was found"
    ]


@pytest.mark.parametrize(
    "scope", ["{sloRefs: [checkout-availability]}", "{selector: {matchLabels: {team: checkout}}}"]
)
def test_a_policy_selecting_a_pyrra_slo_covers_it(tmp_path: Path, scope: str) -> None:
    files = {
        "slo.yaml": slo_doc(metadata="\n  labels: {team: checkout}"),
        "policy.yaml": POLICY.format(scope=scope),
    }
    assert lint(tmp_path, files, "SLO401") == []


def test_annotations_name_the_policy_and_the_sla(tmp_path: Path) -> None:
    annotations = (
        "\n  annotations:"
        "\n    slolint.dev/error-budget-policy: checkout-ebp"
        '\n    slolint.dev/sla-target: "99.9"'
        "\n    slolint.dev/sla-window: 28d"
    )
    files = {
        "slo.yaml": slo_doc(target='"99.5"', metadata=annotations),
        "policy.yaml": POLICY.format(scope="{sloRefs: [other]}"),
    }
    assert lint(tmp_path, files, "SLO301", "SLO401") == [
        'slo.yaml:11:11: SLO301 SLO target "99.5" (99.5%) is not stricter than the SLA '
        "target 99.9% of its annotation (slo.yaml:8); raise the SLO target above the SLA"
    ]


def test_team_policies_match_pyrra_by_format_name(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    config = """\
policies:
  - code: ACME001
    name: pyrra-team-label
    message: "{kind} {name} has no team label"
    match: {formats: [pyrra]}
    assert: {required: [labels], properties: {labels: {required: [team]}}}
"""
    files = {
        ".slolint.yaml": config,
        "slo.yaml": slo_doc(),
        "labelled.yaml": slo_doc(name="labelled", metadata="\n  labels: {team: checkout}"),
        "openslo.yaml": OPENSLO_V1,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check(
        CheckOptions(
            paths=["slo.yaml", "labelled.yaml", "openslo.yaml"],
            context=False,
            cwd=tmp_path,
            config=Resolver(tmp_path, env={}),
        )
    )
    assert result.errors == []
    assert [(f.file, f.code, f.message) for f in result.findings if f.code == "ACME001"] == [
        ("slo.yaml", "ACME001", "ServiceLevelObjective checkout-availability has no team label")
    ]


OPENSLO_V1 = """\
apiVersion: openslo/v1
kind: SLO
metadata: {name: unlabelled}
spec:
  service: checkout
  indicatorRef: checkout-success
  budgetingMethod: Occurrences
  timeWindow: [{duration: 28d, isRolling: true}]
  objectives: [{target: 0.999}]
"""


def test_slo_refs_resolve_to_pyrra_slos(tmp_path: Path) -> None:
    """sloRefs name SLOs of every format, whatever the format calls its kind."""
    files = {
        "slo.yaml": slo_doc(),
        "policy.yaml": POLICY.format(scope="{sloRefs: [checkout-availability, checkout-typo]}"),
    }
    assert lint(tmp_path, files, "SLO802") == [
        'policy.yaml:6:44: SLO802 scope.sloRefs names SLO "checkout-typo", which does not '
        'exist; did you mean "checkout-availability"?'
    ]


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ('"1e999"', 'objective target "1e999" is out of range; use a target above 0 and below 100'),
        ('"0"', 'objective target "0" tolerates every failure; use a target above 0'),
        ('"-5"', 'objective target "-5" is out of range; use a target above 0 and below 100'),
    ],
)
def test_absurd_targets_are_slo201(tmp_path: Path, target: str, message: str) -> None:
    assert lint(tmp_path, {"slo.yaml": slo_doc(target=target)}, "SLO201") == [
        f"slo.yaml:7:11: SLO201 {message}"
    ]
