"""Throughput of slolint against floors measured in the same run, on the same machine.

Absolute seconds depend on the machine; ratios to floors do not (much). The floors are
reading the bytes (I/O), and libyaml's C parser producing events (the parse floor: nothing
can load YAML with positions faster). The measured stages are slolint's loader (data plus
position table), the whole pipeline in-process (serial and with a worker pool), and a
one-file command-line run against bare interpreter start-up (what a pre-commit hook pays).

    python bench/run.py [--files 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _ruamel_yaml import CParser

from slolint.engine import CheckOptions, check
from slolint.load import load_file

TEMPLATE = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: svc-{i}-availability
  displayName: Service {i} availability
  labels:
    team: team-{team}
    tier: "{tier}"
  annotations:
    slolint.dev/error-budget-policy: ebp-{team}
spec:
  description: Availability of service {i} measured at the load balancer
  service: svc-{i}
  indicatorRef: svc-{i}-success
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - displayName: good
      target: 0.99{digit}
    - displayName: great
      targetPercent: 99.9{digit}
---
apiVersion: openslo/v1
kind: SLI
metadata:
  name: svc-{i}-success
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{{job="svc-{i}",code!~"5.."}}[5m]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{{job="svc-{i}"}}[5m]))
"""

POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata:
  name: ebp-{team}
spec:
  owner: team-{team}-pm
  scope:
    selector:
      matchLabels: {{team: team-{team}}}
  triggers:
    - name: exhausted
      when: {{budgetConsumed: 1.0}}
      actions: [{{type: releaseFreeze, actor: team-{team}}}]
"""


def generate(folder: Path, count: int) -> list[Path]:
    files = []
    for i in range(count):
        path = folder / f"slo-{i:05}.yaml"
        path.write_text(TEMPLATE.format(i=i, team=i % 7, tier=i % 3, digit=i % 10))
        files.append(path)
    for team in range(7):
        (folder / f"policy-{team}.yaml").write_text(POLICY.format(team=team))
    return files


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def read_all(files: list[Path]) -> None:
    for path in files:
        path.read_bytes()


def parse_events(files: list[Path]) -> None:
    for path in files:
        parser = CParser(path.read_bytes().decode())
        while type(parser.get_event()).__name__ != "StreamEndEvent":
            pass
        parser.dispose()


def load_all(files: list[Path]) -> None:
    for path in files:
        load_file(str(path), path.read_bytes())


def run_check(folder: Path, jobs: int) -> None:
    result = check(CheckOptions(paths=["."], cwd=folder, context=False, jobs=jobs))
    assert result.errors == [] and result.findings == [], result.findings[:3]


def startup(folder: Path, repeat: int) -> tuple[float, float]:
    one = folder / "slo-00000.yaml"

    def bare() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True)

    def lint_one() -> None:
        subprocess.run(
            [sys.executable, "-m", "slolint", "check", "--no-context", str(one)],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    return best_of(repeat, bare), best_of(repeat, lint_one)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = generate(folder, args.files)
        lines = statistics.mean(len(p.read_text().splitlines()) for p in files[:50])
        print(
            f"{args.files} OpenSLO files of {lines:.0f} lines (SLO + SLI), 7 policies; best of {args.repeat}"
        )
        read = best_of(args.repeat, lambda: read_all(files))
        parse = best_of(args.repeat, lambda: parse_events(files))
        load = best_of(args.repeat, lambda: load_all(files))
        serial = best_of(args.repeat, lambda: run_check(folder, 1))
        pooled = best_of(args.repeat, lambda: run_check(folder, 2))
        bare, one_file = startup(folder, max(3, args.repeat))
    rows = [
        ("read bytes (I/O floor)", read, read / read),
        ("libyaml C events (parse floor)", parse, parse / read),
        ("slolint load: data + positions", load, load / parse),
        ("slolint check, 1 process", serial, serial / parse),
        ("slolint check, --jobs 2", pooled, pooled / parse),
    ]
    print(f"{'stage':<34} {'seconds':>8}  ratio")
    for name, seconds, ratio in rows:
        base = "x read" if "floor" in name else "x parse floor"
        print(f"{name:<34} {seconds:8.3f}  {ratio:5.2f} {base}")
    print(f"{'python -c pass':<34} {bare:8.3f}")
    print(
        f"{'slolint check one file (CLI)':<34} {one_file:8.3f}  {one_file / bare:5.2f} x bare start-up"
    )


if __name__ == "__main__":
    main()
