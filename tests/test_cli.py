"""The command line as users run it: a subprocess, exit codes, outputs and golden files.

Golden files live in ``tests/golden/cli/``; rewrite them after an intended change with
``SLOLINT_UPDATE_GOLDEN=1 pytest tests/test_cli.py`` (that run fails where a file changed),
review the diff and run again. The tool version is replaced by ``<version>`` before the
comparison, so that a release does not rewrite the golden files.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from helpers import run_slolint
from slolint import __version__

ROOT = Path(__file__).resolve().parents[1]
REPO = ROOT / "tests" / "fixtures" / "cli" / "repo"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def slolint(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_slolint(*args, cwd=cwd, env=env)


def without_version(output: str) -> str:
    """JSON output with the tool version replaced, checked to be there exactly once."""
    version = f'"version": "{__version__}"'
    assert output.count(version) == 1, output[:200]
    return output.replace(version, '"version": "<version>"')


@pytest.mark.parametrize(
    ("fmt", "name"), [("text", "text.txt"), ("concise", "concise.txt"), ("json", "json.json")]
)
def test_output_formats_match_golden_files(
    fmt: str, name: str, golden: Callable[[str, str], None]
) -> None:
    done = slolint("check", "--output-format", fmt, "--no-context", ".")
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    output = without_version(done.stdout) if fmt == "json" else done.stdout
    assert __version__ not in output
    golden(f"cli/{name}", output)


def test_expected_findings_at_their_positions() -> None:
    done = slolint("check", "-f", "concise", ".")
    lines = {line.split(" [")[0] for line in done.stdout.splitlines()}
    assert {
        "broken.yaml:5:16: SLO001",
        "slos/checkout.yaml:18:22: SLO301",
        "slos/checkout.yaml:37:15: SLO201",
        "slos/search.yaml:6:38: SLO802",
        "slos/search.yaml:11:3: SLO102",
        "agreements/checkout.sla.yaml:15:7: SLO305",
    } <= lines
    assert "workflow.yaml" not in done.stdout


def test_json_output_validates_against_its_schema() -> None:
    done = slolint("check", "-f", "json", ".")
    report = json.loads(done.stdout)
    schema = json.loads((ROOT / "schemas" / "slolint-output.schema.json").read_text())
    Draft7Validator.check_schema(schema)
    assert list(Draft7Validator(schema).iter_errors(report)) == []
    assert report["tool"] == {"name": "slolint", "version": __version__}
    assert report["summary"]["errors"] == sum(f["severity"] == "error" for f in report["findings"])
    sla = next(f for f in report["findings"] if f["code"] == "SLO301")
    assert sla["json_path"] == "$.spec.objectives[0].targetPercent"
    assert sla["object"] == {
        "apiVersion": "openslo/v1",
        "kind": "SLO",
        "name": "checkout-availability",
    }
    assert "agreements/checkout.sla.yaml:9" in sla["message"]


def test_several_outputs_in_one_run(tmp_path: Path) -> None:
    shutil.copytree(REPO, tmp_path / "repo")
    done = slolint(
        "check", "-f", "concise", "-f", "json=reports/new/r.json", ".", cwd=tmp_path / "repo"
    )
    assert done.returncode == 1
    assert "SLO201" in done.stdout
    report = json.loads((tmp_path / "repo" / "reports" / "new" / "r.json").read_text())
    assert report["summary"]["findings"] == len(done.stdout.splitlines())


def test_exit_zero_on_a_clean_tree() -> None:
    # slis/ would report the SLA's dangling indicatorRef, whose closest name is in slis/
    done = slolint("check", "policies/")
    assert done.returncode == 0, done.stdout
    assert "no problems" in done.stdout


def test_fail_on_thresholds() -> None:
    warnings_only = ["check", "--select", "SLO305", "agreements/"]
    assert slolint(*warnings_only).returncode == 0
    assert slolint(*warnings_only, "--fail-on", "warning").returncode == 1
    assert slolint("check", "--fail-on", "never", ".").returncode == 0


def test_select_and_ignore_by_code_prefix_and_name() -> None:
    done = slolint(
        "check",
        "-f",
        "concise",
        "--select",
        "SLO2,slo-not-stricter-than-sla",
        "--ignore",
        "SLO201",
        ".",
    )
    codes = {line.split()[1] for line in done.stdout.splitlines()}
    assert codes == {"SLO001", "SLO301"}  # broken.yaml: a file not read is never hidden


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--bogus"], "slolint: error: unrecognized arguments: --bogus"),
        (["check", "nope/"], "slolint: error: path nope/ does not exist"),
        (["check", "--select", "SLO999", "."], "slolint: error: unknown rule selector 'SLO999'"),
        (["check", "-f", "xml", "."], "slolint: error: unknown output format 'xml'"),
        (
            ["check", "--jobs", "0", "."],
            "slolint: error: argument -j/--jobs: expected a number of at least 1",
        ),
        (["rule", "SLO999"], "slolint: error: unknown rule 'SLO999'"),
        ([], "usage: slolint"),
    ],
)
def test_usage_problems_exit_2_with_one_line(args: list[str], message: str) -> None:
    done = slolint(*args)
    assert done.returncode == 2
    assert done.stderr.startswith(message)
    assert "Traceback" not in done.stderr


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/self/mem")  # readable by nobody, root included
    else:
        target = tmp_path / "secret.yaml"
        target.write_text("a: 1\n")
        target.chmod(0)
    done = slolint("check", str(target))
    assert done.returncode == 2
    assert done.stderr.startswith(f"slolint: error: cannot read {target}")
    assert "Traceback" not in done.stderr


def test_unwritable_output_file_exits_2(tmp_path: Path) -> None:
    shutil.copytree(REPO, tmp_path / "repo")
    done = slolint("check", "-f", "json=slos/search.yaml/out.json", ".", cwd=tmp_path / "repo")
    assert done.returncode == 2
    assert done.stderr == "slolint: error: cannot write slos/search.yaml/out.json: File exists\n"


def test_a_report_outside_the_repository_is_refused(tmp_path: Path) -> None:
    done = slolint("check", "-f", f"json={tmp_path}/out.json", ".")
    assert done.returncode == 2
    assert done.stderr == (
        f"slolint: error: refusing to write a report to {tmp_path}/out.json: "
        f"it is outside the repository ({ROOT})\n"
    )
    assert not (tmp_path / "out.json").exists()


def test_statistics() -> None:
    done = slolint("check", "--statistics", ".")
    assert done.returncode == 1
    assert re.search(r"^\s*1 SLO201 target-not-below-100$", done.stdout, re.MULTILINE)


def on_a_terminal(*args: str, env: dict[str, str] | None = None) -> str:
    """Run slolint with its stdout on a pseudo-terminal, as in an interactive shell.

    Returns what it printed. Bounded: a run that prints nothing for 120 s is killed.
    """
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    environment.update(env or {})
    leader, follower = os.openpty()
    output = bytearray()
    with subprocess.Popen(
        [sys.executable, "-m", "slolint", *args],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=environment,
    ) as child:
        os.close(follower)
        try:
            while True:
                ready, _, _ = select.select([leader], [], [], 120)
                if not ready:
                    child.kill()
                    pytest.fail("slolint printed nothing on the terminal for 120 s")
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # EIO: slolint exited and closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            assert child.wait(timeout=120) == 1
        finally:
            os.close(leader)
    return output.decode("utf-8")


def test_color_auto_is_on_for_a_terminal_unless_no_color_is_set() -> None:
    terminal = on_a_terminal("check", ".")
    assert "SLO201" in terminal and ANSI.search(terminal)
    assert "SLO201" in on_a_terminal("check", ".", env={"NO_COLOR": "1"})
    assert not ANSI.search(on_a_terminal("check", ".", env={"NO_COLOR": "1"}))
    assert not ANSI.search(on_a_terminal("check", "--color", "auto", ".", env={"NO_COLOR": "x"}))
    assert not ANSI.search(on_a_terminal("check", "--color", "never", "."))
    # no-color.org: an empty NO_COLOR is not set
    assert ANSI.search(on_a_terminal("check", ".", env={"NO_COLOR": ""}))


def test_color_auto_is_off_without_a_terminal_and_always_overrides_no_color() -> None:
    piped = slolint("check", ".")
    assert "SLO201" in piped.stdout and not ANSI.search(piped.stdout)
    assert not ANSI.search(slolint("check", "--color", "auto", ".").stdout)
    assert ANSI.search(slolint("check", "--color", "always", ".").stdout)
    assert ANSI.search(slolint("check", "--color", "always", ".", env={"NO_COLOR": "1"}).stdout)
    assert not ANSI.search(slolint("check", "--color", "never", ".").stdout)


def test_json_output_is_byte_identical_across_hash_seeds_and_file_order(tmp_path: Path) -> None:
    """Two runs in separate processes, with different hash seeds, over two copies of the
    repository whose files were created in opposite orders (so directories list them in
    different orders), one run serial and one with two workers: the same bytes."""
    files = sorted(p for p in REPO.rglob("*") if p.is_file())
    outputs = []
    for copy, seed, jobs, order in (("a", "1", "1", files), ("b", "4242", "2", files[::-1])):
        root = tmp_path / copy
        for path in order:
            target = root / path.relative_to(REPO)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        done = slolint(
            "check", "-f", "json", "--jobs", jobs, ".", cwd=root, env={"PYTHONHASHSEED": seed}
        )
        assert done.returncode == 1, done.stderr
        outputs.append(done.stdout.encode("utf-8"))
    assert json.loads(outputs[0])["summary"]["findings"] > 5
    assert outputs[0] == outputs[1]


def test_rule_documentation_by_code_and_name() -> None:
    by_code = slolint("rule", "SLO201")
    assert by_code.returncode == 0
    assert by_code.stdout.startswith("SLO201 target-not-below-100\n" + "=" * 27 + "\n")
    assert "\nWhat it does\n------------\n" in by_code.stdout
    assert "\nExample\n-------\n" in by_code.stdout
    assert "\nUse instead\n-----------\n" in by_code.stdout
    assert "``" not in by_code.stdout and "```" not in by_code.stdout
    assert slolint("rule", "target-not-below-100").stdout == by_code.stdout


def test_rule_all_prints_every_rule_and_rule_needs_a_name() -> None:
    everything = slolint("rule", "--all")
    assert everything.returncode == 0
    codes = [line.split()[0] for line in slolint("rules").stdout.splitlines()]
    headings = [
        line.split()[0]
        for line, under in zip(
            everything.stdout.splitlines(), everything.stdout.splitlines()[1:], strict=False
        )
        if under.startswith("===")
    ]
    assert headings == codes
    nothing = slolint("rule")
    assert nothing.returncode == 2
    assert nothing.stderr.strip().endswith("name a rule (slolint rule SLO201) or give --all")


def test_rules_lists_every_rule() -> None:
    done = slolint("rules")
    assert done.returncode == 0
    codes = [line.split()[0] for line in done.stdout.splitlines()]
    assert codes == sorted(codes)
    assert {"SLO001", "SLO101", "SLO201", "SLO301", "SLO401", "SLO802"} <= set(codes)
    listing = json.loads(slolint("rules", "--output-format", "json").stdout)
    assert {
        "code": "SLO401",
        "name": "error-budget-policy-missing",
        "severity": "error",
    }.items() <= listing[[r["code"] for r in listing].index("SLO401")].items()


def test_version() -> None:
    done = slolint("--version")
    assert (done.returncode, done.stdout) == (0, f"slolint {__version__}\n")


def test_internal_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    script = (
        "import dataclasses, sys\n"
        "from slolint.registry import _CATALOG, RULES\n"
        "from slolint.rules import load_rules\n"
        "load_rules()\n"
        "def boom(ws): raise ZeroDivisionError('x')\n"
        "_CATALOG['SLO201'] = dataclasses.replace(RULES['SLO201'], check=boom)\n"
        "from slolint.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "check", "--no-cache", "-f", "concise", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert (
        "SLO000 [error] internal error while running rule SLO201 (target-not-below-100)"
        in done.stdout
    )
    assert "SLO301" in done.stdout  # the other rules ran
    assert "Traceback" not in done.stdout + done.stderr
