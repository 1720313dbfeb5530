"""A deterministic SLO repository for benchmarks: every kind slolint reads, lint-clean.

One document per file (check-jsonschema reads one document per file), in the folders a team
would use: SLOs and SLIs per service, Services, explicit SLAs and SLA annotations, and per
team an ErrorBudgetPolicy, a DataSource and an alerting triple. The same ``files`` and
``seed`` always give the same bytes, so runs on different days compare.

    python bench/generate.py OUT_DIR [--files 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-{i}-availability
  displayName: Service {i} availability
  labels:
    team: team-{team}
    tier: "{tier}"
    service: svc-{i}
{annotations}spec:
  description: Availability of service {i} measured at the load balancer
  service: svc-{i}
  indicatorRef: svc-{i}-success
  budgetingMethod: {method}
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - displayName: good
      target: {ratio}
{slices}    - displayName: great
      targetPercent: {percent}
{slices}{alerting}"""

SLI = """\
apiVersion: openslo/v1
kind: SLI
metadata:
  name: svc-{i}-success
  displayName: Service {i} request success
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        metricSourceRef: prometheus-team-{team}
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{{job="svc-{i}",code!~"5.."}}[{minutes}m]))
    total:
      metricSource:
        metricSourceRef: prometheus-team-{team}
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{{job="svc-{i}"}}[{minutes}m]))
"""

SERVICE = """\
apiVersion: openslo/v1
kind: Service
metadata:
  name: svc-{i}
  displayName: Service {i}
  labels:
    team: team-{team}
spec:
  description: Service number {i} of team {team}
"""

SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata:
  name: svc-{i}-customers
spec:
  description: What customers of service {i} are promised
  service: svc-{i}
  owner: team-{team}-pm
  backedBy:
    sloRefs: [svc-{i}-availability]
  objectives:
    - name: availability
      indicatorRef: svc-{i}-success
      targetPercent: 99
      budgetingMethod: Occurrences
      timeWindow:
        - duration: 28d
          isRolling: true
  consequences:
    - {{belowPercent: 99, credit: "10%"}}
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata:
  name: ebp-team-{team}
spec:
  owner: team-{team}-pm
  approvers: [vp-engineering]
  scope:
    selector:
      matchLabels: {{team: team-{team}}}
  triggers:
    - name: exhausted
      when: {{budgetConsumed: 1.0}}
      actions: [{{type: releaseFreeze, actor: team-{team}, until: withinSlo}}]
    - name: fast-burn
      when: {{burnRate: 13.44, window: 1h, shortWindow: 5m}}
      actions: [{{type: page, actor: team-{team}-oncall}}]
  escalation: {{path: [sre-lead, director-engineering]}}
"""

DATASOURCE = """\
apiVersion: openslo/v1
kind: DataSource
metadata:
  name: prometheus-team-{team}
spec:
  description: Prometheus of team {team}
  type: Prometheus
  connectionDetails:
    url: http://prometheus.team-{team}.internal:9090
"""

TARGET = """\
apiVersion: openslo/v1
kind: AlertNotificationTarget
metadata:
  name: team-{team}-oncall
spec:
  description: On-call rotation of team {team}
  target: pagerduty
"""

CONDITION = """\
apiVersion: openslo/v1
kind: AlertCondition
metadata:
  name: team-{team}-burn-rate-1h
spec:
  severity: page
  condition:
    kind: burnrate
    op: gte
    threshold: 13.44
    lookbackWindow: 1h
    alertAfter: 5m
"""

ALERT_POLICY = """\
apiVersion: openslo/v1
kind: AlertPolicy
metadata:
  name: team-{team}-fast-burn
spec:
  description: Page team {team} when an SLO burns its budget fast
  alertWhenBreaching: true
  conditions:
    - conditionRef: team-{team}-burn-rate-1h
  notificationTargets:
    - targetRef: team-{team}-oncall
"""

SINGLE = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
  labels:
    team: checkout
  annotations:
    slolint.dev/policy-exempt: tracked while the service is in beta
spec:
  description: Share of checkout requests answered without a server error
  service: checkout
  indicator:
    metadata:
      name: checkout-request-success
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{job="checkout",code!~"5.."}[5m]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{job="checkout"}[5m]))
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - displayName: good
      target: 0.999
"""
"""One self-contained valid SLO file: what a pre-commit hook sees for one changed file."""

STREAM_SLO = """\
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: stream-{i}
  labels: {{team: stream}}
spec:
  service: stream
  indicatorRef: stream-success
  budgetingMethod: Occurrences
  timeWindow: [{{duration: 28d, isRolling: true}}]
  objectives: [{{target: 0.99{digit}}}]
"""

STREAM_HEAD = """\
apiVersion: openslo/v1
kind: SLI
metadata:
  name: stream-success
spec:
  ratioMetric:
    counter: true
    good: {metricSource: {type: Prometheus, spec: {query: sum(good)}}}
    total: {metricSource: {type: Prometheus, spec: {query: sum(total)}}}
---
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata:
  name: stream-ebp
spec:
  owner: stream-pm
  scope: {selector: {matchLabels: {team: stream}}}
  triggers:
    - name: exhausted
      when: {budgetConsumed: 1.0}
      actions: [{type: releaseFreeze, actor: stream-team}]
"""

SCHEMA_OF_KIND = {
    "SLO": "openslo-v1/slo.schema.json",
    "SLI": "openslo-v1/sli.schema.json",
    "Service": "openslo-v1/service.schema.json",
    "DataSource": "openslo-v1/datasource.schema.json",
    "AlertNotificationTarget": "openslo-v1/alertnotificationtarget.schema.json",
    "AlertCondition": "openslo-v1/alertcondition.schema.json",
    "AlertPolicy": "openslo-v1/alertpolicy.schema.json",
    "SLA": "slolint-v1alpha1/sla.schema.json",
    "ErrorBudgetPolicy": "slolint-v1alpha1/errorbudgetpolicy.schema.json",
}
"""The schema below ``schemas/`` that each generated kind conforms to."""


@dataclass
class Repository:
    root: Path
    by_kind: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))

    @property
    def files(self) -> list[Path]:
        return sorted(path for paths in self.by_kind.values() for path in paths)

    def write(self, kind: str, relative: str, text: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.by_kind[kind].append(path)


def _teams(files: int) -> int:
    return max(1, min(50, files // 200))


def generate_repository(root: Path, files: int, seed: int = 7) -> Repository:
    """Exactly ``files`` files (at least 6) under ``root``; about half SLOs, half SLIs."""
    rng = random.Random(seed)
    repo = Repository(root)
    teams = _teams(files)
    team_files = [
        ("ErrorBudgetPolicy", "policies/team-{team}.ebp.yaml", POLICY),
        ("DataSource", "datasources/team-{team}.yaml", DATASOURCE),
        ("AlertNotificationTarget", "alerting/team-{team}-oncall.yaml", TARGET),
        ("AlertCondition", "alerting/team-{team}-condition.yaml", CONDITION),
        ("AlertPolicy", "alerting/team-{team}-policy.yaml", ALERT_POLICY),
    ]
    written = 0
    for team in range(teams):
        for kind, relative, template in team_files:
            if written < files:
                repo.write(kind, relative.format(team=team), template.format(team=team))
                written += 1
    i = 0
    while written < files:
        team = i % teams
        digit = rng.randrange(1, 10)
        # At most 99.95% over 28 days: 20 minutes of budget, enough for a human to act on
        # (SLO206) and four 5-minute slices (SLO205), with at most four nines (SLO203).
        # At least 99.5%: half the budget of the 99% SLAs at most (SLO302).
        tight = 1 + digit % 5
        method, ratio, percent, slices, annotations = (
            "Occurrences",
            f"0.99{5 + digit % 5}",
            f"99.9{tight}",
            "",
            "",
        )
        if i % 5 == 3:  # an SLA annotation: 99% per calendar month, time-based budget
            method, ratio, percent = "RatioTimeslices", "0.999", f"99.9{tight}"
            slices = "      timeSliceWindow: 5m\n"
            annotations = '  annotations:\n    slolint.dev/sla-target: "99"\n'
        alerting = (
            f"  alertPolicies:\n    - alertPolicyRef: team-{team}-fast-burn\n" if i % 3 == 0 else ""
        )
        values = {
            "i": i,
            "team": team,
            "tier": rng.randrange(3),
            "method": method,
            "ratio": ratio,
            "percent": percent,
            "slices": slices,
            "minutes": rng.choice((1, 5, 10)),
            "annotations": annotations,
            "alerting": alerting,
        }
        units = [
            ("SLO", f"slos/svc-{i:05}.yaml", SLO),
            ("SLI", f"slis/svc-{i:05}.yaml", SLI),
        ]
        units.append(("Service", f"services/svc-{i:05}.yaml", SERVICE))
        if i % 10 == 7:
            units.append(("SLA", f"agreements/svc-{i:05}.sla.yaml", SLA))
        for kind, relative, template in units:
            if written < files and (kind != "SLO" or files - written >= 3):
                repo.write(kind, relative, template.format(**values))
                written += 1
        i += 1
    return repo


def generate_stream(path: Path, documents: int, seed: int = 7) -> None:
    """One file of ``documents`` documents: an SLI, a policy and SLOs using both."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(STREAM_HEAD)
        for i in range(max(0, documents - 2)):
            out.write(STREAM_SLO.format(i=i, digit=rng.randrange(10)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    repo = generate_repository(args.out, args.files, args.seed)
    counts = ", ".join(f"{len(paths)} {kind}" for kind, paths in sorted(repo.by_kind.items()))
    print(f"{len(repo.files)} files in {args.out}: {counts}")


if __name__ == "__main__":
    main()
