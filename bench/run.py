"""slolint against floors and peers, all measured in the same run on the same machine.

Every measurement is a whole process (interpreter start included), as a user or CI runs it.
Commands are interleaved (each round runs every command once) after one untimed warm-up
round, and each row shows the median wall time of the rounds, the median CPU time (user +
system, steadier than wall time on a busy machine) and the peak resident memory of the
process (``wait4`` in bench/measure.py, which starts each command). Ratios are taken against floors measured in the same rounds:

* read bytes (I/O floor), libyaml's C parser events (parse floor), ruamel.yaml's C-based
  safe load keeping every document (load floor);
* peers installed next to slolint (``pip install -e '.[bench]'``): check-jsonschema with
  slolint's own schemas, each file against its kind's schema (one run per kind), and
  yamllint with its default configuration.

Sections: a generated git repository of ``--files`` files (cold full lint with one and two
processes, the whole-repository hook with a warm cache with nothing edited since the last run
and with one file edited before each run, one edited file named with and without context); one valid file in a cold process; time per file at each of ``--scale`` repository
sizes; one file of each of ``--documents`` documents. The repository is deterministic
(bench/generate.py, fixed seed) and lint-clean: slolint must exit 0 on it, and the harness
stops with the findings if it does not.

Each target is printed as ``met`` or ``MISS`` at the end, against the ratio measured in this
run (CPU time as well as wall time: on a shared machine CPU time is the steadier clock; a
speed-up from ``--jobs`` exists only in wall time).

    python bench/run.py [--files 10000] [--repeat 3] [--single-repeat 9] [--repository-peers]
                        [--scale 1000,4000] [--documents 1000,10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import SCHEMA_OF_KIND, SINGLE, generate_repository, generate_stream

WARM_HOOK_SECONDS = 0.5
"""The whole-repository hook with a warm cache, at 10,000 files."""
CHANGED_OVER_NO_CONTEXT = 2.0
"""One changed file with repository context (warm) over the same file with ``--no-context``."""
ONE_FILE_OVER_YAMLLINT = 1.0
ONE_FILE_OVER_CHECK_JSONSCHEMA = 0.3
COLD_OVER_EVENT_FLOOR = 3.0
"""A cold full lint over libyaml's C event stream of the same files."""
JOBS_2_SPEEDUP = 1.7
"""``--jobs 1`` wall time over ``--jobs 2`` wall time, cold, at 10,000 files."""
MEMORY_OVER_LOAD_FLOOR = 2.0
"""Peak memory on one file of many documents over ruamel.yaml's C safe load keeping them."""

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
FLOORS = Path(__file__).resolve().with_name("floors.py")
MEASURE = Path(__file__).resolve().with_name("measure.py")
BIN = Path(sys.executable).parent
PYTHON = sys.executable


@dataclass
class Command:
    label: str
    runs: list[list[str]]
    """One or more processes whose times add up (check-jsonschema: one per kind)."""
    cwd: Path
    expect: int | None = 0
    """Required exit code; None for peers whose findings do not matter here."""
    missing: str | None = None
    """Why the command cannot run (a peer that is not installed)."""
    before: Callable[[], None] | None = None
    """Run untimed before every run of the command (an edit the run must see)."""


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_mb: float


@dataclass
class Row:
    command: Command
    samples: list[Sample] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss_mb(self) -> float:
        return max(s.rss_mb for s in self.samples)


class BenchError(Exception):
    """A command failed where it must not (slolint finding problems in a clean repository)."""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed tools run from cached bytecode
    env.pop("GITHUB_ACTIONS", None)
    return env


def run_once(command: Command) -> Sample:
    if command.before is not None:
        command.before()
    wall = cpu = rss = 0.0
    for argv in command.runs:
        with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryFile() as output:
            result = Path(scratch) / "result.json"
            subprocess.run(
                [PYTHON, str(MEASURE), str(result), "--", *argv],
                cwd=command.cwd,
                stdout=output,
                stderr=subprocess.STDOUT,
                env=_environment(),
                check=True,
            )
            measured = json.loads(result.read_text(encoding="utf-8"))
            wall += measured["wall"]
            cpu += measured["cpu"]
            rss = max(rss, measured["rss_kb"] / 1024)
            if command.expect is not None and measured["returncode"] != command.expect:
                output.seek(0)
                shown = output.read(2000).decode("utf-8", "replace")
                raise BenchError(
                    f"{command.label}: exit code {measured['returncode']}, expected "
                    f"{command.expect}\n$ {' '.join(argv)}\n{shown}"
                )
    return Sample(wall, cpu, rss)


def measure(commands: list[Command], repeat: int) -> list[Row]:
    """One warm-up round (writes bytecode caches, fills the page cache), then interleaved."""
    rows = [Row(command) for command in commands if command.missing is None]
    for row in rows:
        run_once(row.command)
    for _ in range(repeat):
        for row in rows:
            row.samples.append(run_once(row.command))
    return rows


def _tool(name: str) -> Path | None:
    path = BIN / name
    return path if path.exists() else None


def slolint(*args: str) -> list[str]:
    return [PYTHON, "-m", "slolint", *args]


def check_jsonschema(files_by_kind: dict[str, list[Path]], cwd: Path, label: str) -> Command:
    tool = _tool("check-jsonschema")
    runs = []
    for kind, files in sorted(files_by_kind.items()):
        schema = SCHEMAS / SCHEMA_OF_KIND[kind]
        names = [str(path.relative_to(cwd)) for path in files]
        runs.append([str(tool), "--base-uri", schema.as_uri(), "--schemafile", str(schema), *names])
    missing = None if tool else "not installed: pip install -e '.[bench]'"
    return Command(label, runs, cwd, 0, missing)


def yamllint(paths: list[str], cwd: Path, label: str) -> Command:
    tool = _tool("yamllint")
    missing = None if tool else "not installed: pip install -e '.[bench]'"
    return Command(label, [[str(tool), "-f", "parsable", *paths]], cwd, None, missing)


def floor(mode: str, files: Iterable[Path], folder: Path, label: str) -> Command:
    listing = folder / f".bench-{mode}.txt"
    listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
    return Command(label, [[PYTHON, str(FLOORS), mode, str(listing)]], folder)


# --- printing ------------------------------------------------------------------------------


def table(title: str, rows: list[Row], base: Row | None, missing: list[Command]) -> None:
    print(f"\n{title}")
    head = f"  {'command':<44} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}"
    print(head + (f"  {'x ' + base.command.label.split(' (')[0]:>18}" if base else ""))
    for row in rows:
        line = f"  {row.command.label:<44} {row.wall:8.3f} {row.cpu:8.3f} {row.rss_mb:8.1f}"
        if base is not None:
            line += f"  {row.wall / base.wall:>9.2f} wall {row.cpu / base.cpu:5.2f} cpu"
        print(line)
    for command in missing:
        print(f"  {command.label:<44} {command.missing}")


def verdict(name: str, value: float, limit: float, at_most: bool = True) -> str:
    ok = value <= limit if at_most else value >= limit
    relation = "<=" if at_most else ">="
    return f"  {'met ' if ok else 'MISS'}  {name}: {value:.2f} (target {relation} {limit:g})"


def by_label(rows: list[Row], label: str) -> Row | None:
    return next((row for row in rows if row.command.label == label), None)


# --- sections ------------------------------------------------------------------------------


def git(root: Path, *args: str) -> None:
    """A fixed identity and date: the same files give the same commit on every run."""
    env = {**_environment(), "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z"}
    env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"]
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", *args],
        cwd=root,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=600,
    )


def repository_section(
    root: Path, files: int, repeat: int, peers: bool, verdicts: list[str]
) -> None:
    repo = generate_repository(root, files)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "SLOs")
    paths = repo.files
    one = repo.by_kind["SLO"][len(repo.by_kind["SLO"]) // 2].relative_to(root).as_posix()
    editor = Editor(root / one)
    kinds = ", ".join(f"{len(v)} {k}" for k, v in sorted(repo.by_kind.items()))
    commands = [
        Command("python -c pass (interpreter start)", [[PYTHON, "-c", "pass"]], root),
        floor("read", paths, root, "read bytes (I/O floor)"),
        floor("events", paths, root, "libyaml C events (parse floor)"),
        floor("ruamel", paths, root, "ruamel.yaml C safe load (load floor)"),
        Command("check --no-cache --jobs 1 (cold)", [slolint("check", *COLD, "1", ".")], root),
        Command("check --no-cache --jobs 2 (cold)", [slolint("check", *COLD, "2", ".")], root),
        Command(
            "hook: check -- (warm cache, FILE edited)",
            [slolint("check", "--")],
            root,
            before=editor,
        ),
        # right after the run above: nothing is edited in between
        Command("hook: check -- (warm cache, nothing edited)", [slolint("check", "--")], root),
        Command(
            "changed: check -- FILE (warm, FILE edited)",
            [slolint("check", "--", one)],
            root,
            before=editor,
        ),
        Command(
            "check --no-context --no-cache -- FILE",
            [slolint("check", "--no-context", "--no-cache", "--", one)],
            root,
            expect=None,  # without context its references dangle
        ),
    ]
    if peers:
        commands.append(check_jsonschema(dict(repo.by_kind), root, "check-jsonschema"))
        commands.append(yamllint(["."], root, "yamllint (default config)"))
    rows = measure(commands, repeat)
    table(
        f"Repository: {files} files ({kinds}); median of {repeat}",
        rows,
        by_label(rows, "libyaml C events (parse floor)"),
        [c for c in commands if c.missing],
    )
    events = by_label(rows, "libyaml C events (parse floor)")
    serial = by_label(rows, "check --no-cache --jobs 1 (cold)")
    double = by_label(rows, "check --no-cache --jobs 2 (cold)")
    hook = by_label(rows, "hook: check -- (warm cache, FILE edited)")
    unchanged = by_label(rows, "hook: check -- (warm cache, nothing edited)")
    changed = by_label(rows, "changed: check -- FILE (warm, FILE edited)")
    alone = by_label(rows, "check --no-context --no-cache -- FILE")
    assert events and serial and double and hook and unchanged and changed and alone
    for row, edited in ((hook, "1 file edited"), (unchanged, "nothing edited")):
        for clock in ("wall", "cpu"):
            verdicts.append(
                verdict(
                    f"whole-repository hook, warm cache, {edited}, {files} files, "
                    f"seconds ({clock})",
                    getattr(row, clock),
                    WARM_HOOK_SECONDS,
                )
            )
    for clock in ("wall", "cpu"):
        verdicts.append(
            verdict(
                f"1 changed file + context (warm) / --no-context ({clock})",
                getattr(changed, clock) / getattr(alone, clock),
                CHANGED_OVER_NO_CONTEXT,
            )
        )
    for clock in ("wall", "cpu"):
        verdicts.append(
            verdict(
                f"cold full lint, {files} files / libyaml event floor ({clock})",
                getattr(serial, clock) / getattr(events, clock),
                COLD_OVER_EVENT_FLOOR,
            )
        )
    verdicts.append(
        verdict(
            f"--jobs 2 speed-up, {files} files cold (wall; --jobs 1 / --jobs 2)",
            serial.wall / double.wall,
            JOBS_2_SPEEDUP,
            at_most=False,
        )
    )


COLD = ("--no-cache", "--jobs")


class Editor:
    """Edits one file before each run, as a developer does between two commits.

    A comment line at the end counts the edits: the bytes change (the cache misses that
    file, as it would after a real edit), the findings do not.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.original = path.read_bytes()
        self.edits = 0

    def __call__(self) -> None:
        self.edits += 1
        self.path.write_bytes(self.original + f"# edit {self.edits}\n".encode())


def single_section(root: Path, repeat: int, verdicts: list[str]) -> None:
    """Start-up dominates here, so this section takes more rounds (``--single-repeat``)."""
    root.mkdir()
    (root / "one.yaml").write_text(SINGLE, encoding="utf-8")
    commands = [
        Command("python -c pass (interpreter start)", [[PYTHON, "-c", "pass"]], root),
        Command("slolint --version", [slolint("--version")], root),
        Command("slolint check one.yaml", [slolint("check", "one.yaml")], root),
        yamllint(["one.yaml"], root, "yamllint one.yaml"),
        check_jsonschema({"SLO": [root / "one.yaml"]}, root, "check-jsonschema one.yaml"),
    ]
    rows = measure(commands, repeat)
    table(
        f"One valid file, cold process; median of {repeat}",
        rows,
        by_label(rows, "yamllint one.yaml"),
        [c for c in commands if c.missing],
    )
    mine = by_label(rows, "slolint check one.yaml")
    assert mine is not None
    for label, limit in (
        ("yamllint one.yaml", ONE_FILE_OVER_YAMLLINT),
        ("check-jsonschema one.yaml", ONE_FILE_OVER_CHECK_JSONSCHEMA),
    ):
        peer = by_label(rows, label)
        if peer is not None:
            for clock in ("wall", "cpu"):
                ratio = getattr(mine, clock) / getattr(peer, clock)
                verdicts.append(verdict(f"one valid file / {label} ({clock})", ratio, limit))


def scale_section(root: Path, sizes: list[int], repeat: int, verdicts: list[str]) -> None:
    print(f"\nTime per file by repository size; median of {repeat}")
    print(f"  {'files':>7} {'slolint s':>10} {'ms/file':>8} {'cpu ms/file':>12} {'x floor':>8}")
    per_file = []
    for size in sizes:
        folder = root / f"scale-{size}"
        repo = generate_repository(folder, size)
        rows = measure(
            [
                floor("ruamel", repo.files, folder, "floor"),
                Command("slolint", [slolint("check", "--jobs", "1", ".")], folder),
            ],
            repeat,
        )
        base, mine = rows
        per_file.append((mine.wall / size, mine.cpu / size))
        print(
            f"  {size:>7} {mine.wall:10.3f} {1000 * mine.wall / size:8.3f} "
            f"{1000 * mine.cpu / size:12.3f} {mine.wall / base.wall:8.2f}"
        )
    if len(per_file) > 1:
        for index, clock in enumerate(("wall", "cpu")):
            ratio = per_file[-1][index] / per_file[0][index]
            verdicts.append(
                verdict(f"time per file, largest / smallest repository ({clock})", ratio, 1.2)
            )


def documents_section(root: Path, counts: list[int], repeat: int, verdicts: list[str]) -> None:
    print(f"\nOne file of N documents; median of {repeat}")
    print(
        f"  {'documents':>9} {'floor s':>8} {'slolint s':>10} {'us/doc':>7} "
        f"{'floor MB':>9} {'slolint MB':>11} {'x floor mem':>11}"
    )
    per_doc, memory = [], []
    root.mkdir()
    for count in counts:
        path = root / f"stream-{count}.yaml"
        generate_stream(path, count)
        rows = measure(
            [
                floor("ruamel", [path], root, "floor"),
                Command("slolint", [slolint("check", "--no-context", path.name)], root),
            ],
            repeat,
        )
        base, mine = rows
        per_doc.append((mine.wall / count, mine.cpu / count))
        memory.append(mine.rss_mb / base.rss_mb)
        print(
            f"  {count:>9} {base.wall:8.3f} {mine.wall:10.3f} {1e6 * mine.wall / count:7.1f} "
            f"{base.rss_mb:9.1f} {mine.rss_mb:11.1f} {mine.rss_mb / base.rss_mb:11.2f}"
        )
        path.unlink()
    name = f"peak memory, one file of {counts[-1]} documents / ruamel safe load"
    verdicts.append(verdict(name, memory[-1], MEMORY_OVER_LOAD_FLOOR))
    if len(per_doc) > 1:
        for index, clock in enumerate(("wall", "cpu")):
            ratio = per_doc[-1][index] / per_doc[0][index]
            verdicts.append(
                verdict(f"time per document, largest / smallest file ({clock})", ratio, 1.2)
            )


def _sizes(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument(
        "--repository-peers",
        action="store_true",
        help="also time check-jsonschema and yamllint on the whole repository (minutes)",
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--single-repeat", type=int, default=9)
    parser.add_argument("--scale", type=_sizes, default=[1000, 4000], metavar="N,N,...")
    parser.add_argument("--documents", type=_sizes, default=[1000, 10000], metavar="N,N,...")
    args = parser.parse_args(argv)
    print(f"slolint benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    verdicts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="slolint-bench-") as tmp:
        root = Path(tmp)
        try:
            repository_section(
                root / "repo", args.files, args.repeat, args.repository_peers, verdicts
            )
            single_section(root / "single", args.single_repeat, verdicts)
            if args.scale:
                scale_section(root, args.scale, args.repeat, verdicts)
            if args.documents:
                documents_section(root / "documents", args.documents, args.repeat, verdicts)
        except BenchError as exc:
            print(f"\nbench: {exc}", file=sys.stderr)
            return 1
    print("\nTargets")
    print("\n".join(verdicts))
    missed = sum(line.lstrip().startswith("MISS") for line in verdicts)
    print(f"\n{missed} of {len(verdicts)} targets missed" if missed else "\nevery target met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
