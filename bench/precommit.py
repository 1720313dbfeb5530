"""pre-commit at scale: one changed file in a repository of N SLO files, with the cache.

Generates a deterministic git repository of N OpenSLO SLO files (each with its SLI), one SLA
per 25 services and one error-budget policy per team, commits it, then times the command
line as pre-commit runs it (a fresh process each time, median of several runs):

* the whole repository, cold cache (every file parsed) and warm cache, with nothing edited
  since the last run and with one file edited before each run;
* one changed file with repository context, warm cache (hook ``slolint-changed``);
* the same file with ``--no-context`` and ``--no-cache`` (no cross-file rules, no cache);
* ``python -c pass``, the floor of any hook;
* the two hooks of ``.pre-commit-hooks.yaml`` through a real ``pre-commit run`` (as local
  hooks running this interpreter's slolint, so nothing is installed), next to the direct
  command they run: the difference is what pre-commit itself adds.

The changed file gets a 100 % target, so the run also locates one finding (SLO201). Every
timed run's output is compared with the same command under ``--no-cache``: a cache that
changed a result would fail the benchmark, not just slow it.

    python bench/precommit.py [--files 10000] [--repeat 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
TEAMS = 7
SERVICES_PER_SLA = 25

SLO = """\
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
      target: {target}
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

SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata:
  name: sla-{i}
spec:
  service: svc-{i}
  owner: legal
  backedBy:
    sloRefs: [svc-{i}-availability]
  objectives:
    - indicatorRef: svc-{i}-success
      targetPercent: 98
      timeWindow:
        - duration: 28d
          isRolling: true
  consequences:
    - {{belowPercent: 98, credit: "10%"}}
"""


def slo_text(i: int, target: str | None = None) -> str:
    return SLO.format(i=i, team=i % TEAMS, tier=i % 3, target=target or f"0.99{i % 10}")


def slo_path(repo: Path, i: int) -> Path:
    return repo / "slos" / f"team-{i % TEAMS}" / f"svc-{i:05}.yaml"


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z"}
    env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"]
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", *args],
        cwd=repo,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=600,
    )


def generate(repo: Path, count: int) -> None:
    """The repository: SLO files in team folders, SLAs and policies in their own folders."""
    for team in range(TEAMS):
        (repo / "slos" / f"team-{team}").mkdir(parents=True)
    (repo / "agreements").mkdir()
    (repo / "policies").mkdir()
    for i in range(count):
        slo_path(repo, i).write_text(slo_text(i))
    for i in range(0, count, SERVICES_PER_SLA):
        (repo / "agreements" / f"sla-{i:05}.yaml").write_text(SLA.format(i=i))
    for team in range(TEAMS):
        (repo / "policies" / f"ebp-{team}.yaml").write_text(POLICY.format(team=team))
    (repo / ".pre-commit-config.yaml").write_text(pre_commit_config(), encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "SLOs")


def published_hooks() -> list[dict[str, Any]]:
    from ruamel.yaml import YAML

    hooks: list[dict[str, Any]] = YAML(typ="safe").load(
        (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")
    )
    return hooks


def hook_command(hook_id: str) -> list[str]:
    """What a published hook runs, as this interpreter's command line."""
    entry = next(hook["entry"] for hook in published_hooks() if hook["id"] == hook_id)
    program, *args = entry.split()
    assert program == "slolint", entry
    return [sys.executable, "-m", "slolint", *args]


def pre_commit_config() -> str:
    """The published hooks as local ones that run this interpreter's slolint (JSON is YAML)."""
    hooks = published_hooks()
    for hook in hooks:
        program, _, rest = hook["entry"].partition(" ")
        assert program == "slolint", hook["entry"]
        hook["entry"] = f"{sys.executable} -m slolint {rest}"
        hook["language"] = "system"
        hook.pop("minimum_pre_commit_version", None)
    return json.dumps({"repos": [{"repo": "local", "hooks": hooks}]}, indent=2) + "\n"


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``pre-commit run``, with its own store inside the benchmark folder."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}
    env.pop("PRE_COMMIT", None)
    command = [str(PRE_COMMIT), "run", "--color", "never", *args]
    return subprocess.run(command, cwd=repo, capture_output=True, env=env, timeout=600)


def run_quietly(repo: Path, command: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, cwd=repo, capture_output=True, timeout=600, check=False)


def slolint(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "slolint", "check", "--color", "never", *args]
    return subprocess.run(command, cwd=repo, capture_output=True, timeout=600, check=False)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(
    repeat: int, func: Callable[[], object], before: Callable[[], object] | None = None
) -> Timing:
    """Median wall-clock and CPU seconds (user + system of the child processes);
    ``before`` runs untimed ahead of each run (an edit the run must see)."""
    walls, cpus = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        start, cpu = time.perf_counter(), _children_cpu()
        func()
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
    return Timing(statistics.median(walls), statistics.median(cpus))


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float

    def __sub__(self, other: Timing) -> Timing:
        return Timing(self.wall - other.wall, self.cpu - other.cpu)


def same_as_uncached(repo: Path, *args: str) -> None:
    """A cached run's output, byte for byte, is the uncached run's."""
    cached, uncached = slolint(repo, *args), slolint(repo, "--no-cache", *args)
    if (cached.stdout, cached.returncode) != (uncached.stdout, uncached.returncode):
        raise SystemExit(f"cached and uncached outputs differ for {args}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="slolint-bench-")) if args.keep is None else args.keep
    try:
        run(folder / "repo", args.files, args.repeat)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def run(repo: Path, count: int, repeat: int) -> None:
    repo.mkdir(parents=True)
    start = time.perf_counter()
    generate(repo, count)
    print(
        f"{count:,} SLO files (SLO + SLI), {len(range(0, count, SERVICES_PER_SLA)):,} SLAs, "
        f"{TEAMS} policies; generated and committed in {time.perf_counter() - start:.1f} s; "
        f"median of {repeat}"
    )
    changed = slo_path(repo, count // 2)
    shown = changed.relative_to(repo).as_posix()

    def clean() -> None:
        subprocess.run(
            [sys.executable, "-m", "slolint", "clean"], cwd=repo, check=True, capture_output=True
        )

    def cold() -> None:
        clean()
        slolint(repo, "--")

    whole_cold = timed(max(1, repeat // 2), cold) - timed(repeat, clean)
    slolint(repo, "--")
    whole_warm = timed(repeat, lambda: slolint(repo, "--"))
    edits = iter(range(1, 1_000_000))
    neighbour = slo_path(repo, count // 3)
    original = neighbour.read_bytes()

    def edit() -> None:
        neighbour.write_bytes(original + f"# edit {next(edits)}\n".encode())

    whole_edited = timed(repeat, lambda: slolint(repo, "--"), before=edit)
    neighbour.write_bytes(original)
    whole_uncached = timed(max(1, repeat // 2), lambda: slolint(repo, "--no-cache", "--"))
    hook_whole = hook_whole_direct = None
    if PRE_COMMIT.exists():
        ran = pre_commit(repo, "slolint")  # nothing staged: the hook runs as on a commit
        if ran.returncode != 0:
            raise SystemExit(f"pre-commit run slolint failed:\n{ran.stdout.decode()}")
        hook_whole = timed(repeat, lambda: pre_commit(repo, "slolint"))
        hook_whole_direct = timed(repeat, lambda: run_quietly(repo, hook_command("slolint")))
    changed.write_text(slo_text(count // 2, target="1.0"))  # SLO201 on the changed file
    slolint(repo, "--", shown)  # the edit itself is a cache miss once
    one_warm = timed(repeat, lambda: slolint(repo, "--", shown))
    one_uncached = timed(max(1, repeat // 2), lambda: slolint(repo, "--no-cache", "--", shown))
    no_context = timed(repeat, lambda: slolint(repo, "--no-cache", "--no-context", "--", shown))
    bare = timed(repeat, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
    same_as_uncached(repo, "--")
    same_as_uncached(repo, "--", shown)
    same_as_uncached(repo, "-f", "json", "--", shown)
    hook_one = hook_one_direct = None
    if PRE_COMMIT.exists():
        git(repo, "add", shown)  # as on a commit: the hook checks what is staged
        ran = pre_commit(repo, "slolint-changed")
        if b"SLO201" not in ran.stdout:
            raise SystemExit(
                f"pre-commit run slolint-changed missed SLO201:\n{ran.stdout.decode()}"
            )
        hook_one = timed(repeat, lambda: pre_commit(repo, "slolint-changed"))
        command = hook_command("slolint-changed")
        hook_one_direct = timed(repeat, lambda: run_quietly(repo, command))
    rows: list[tuple[str, Timing, Timing | None, str]] = [
        ("whole repository, no cache", whole_uncached, None, ""),
        ("whole repository, cold cache", whole_cold, whole_uncached, "x no cache"),
        ("whole repository, warm cache", whole_warm, whole_uncached, "x no cache"),
        ("whole repository, warm, 1 file edited", whole_edited, whole_uncached, "x no cache"),
        ("1 changed file + context, no cache", one_uncached, None, ""),
        ("1 changed file + context, warm cache", one_warm, no_context, "x --no-context"),
        ("1 changed file, --no-context", no_context, bare, "x python -c pass"),
        ("python -c pass", bare, None, ""),
    ]
    if hook_whole and hook_whole_direct and hook_one and hook_one_direct:
        rows += [
            ("hook slolint, direct (warm cache)", hook_whole_direct, None, ""),
            ("pre-commit run slolint", hook_whole, hook_whole_direct, "x direct"),
            ("hook slolint-changed, direct (1 staged)", hook_one_direct, None, ""),
            ("pre-commit run slolint-changed", hook_one, hook_one_direct, "x direct"),
        ]
    else:
        print("pre-commit not installed: pip install -e '.[test]' (pre-commit rows skipped)")
    print(f"{'run':<42} {'wall s':>7} {'cpu s':>7}  ratio (wall, cpu)")
    for name, timing, base, unit in rows:
        ratio = ""
        if base is not None:
            ratio = f"{timing.wall / base.wall:5.2f}, {timing.cpu / base.cpu:5.2f} {unit}"
        print(f"{name:<42} {timing.wall:7.3f} {timing.cpu:7.3f}  {ratio}")
    print("targets")
    for timing, edited in ((whole_warm, "nothing edited"), (whole_edited, "1 file edited")):
        for clock in ("wall", "cpu"):
            seconds = getattr(timing, clock)
            name = f"whole repository, warm cache, {edited}, seconds ({clock})"
            print(verdict(name, seconds, WARM_SECONDS))
    for clock in ("wall", "cpu"):
        ratio = getattr(one_warm, clock) / getattr(no_context, clock)
        print(verdict(f"1 changed file, warm / --no-context ({clock})", ratio, CHANGED_RATIO))


WARM_SECONDS = 0.5
CHANGED_RATIO = 2.0


def verdict(name: str, value: float, limit: float) -> str:
    return f"  {'met ' if value <= limit else 'MISS'}  {name}: {value:.2f} (target <= {limit:g})"


if __name__ == "__main__":
    main()
