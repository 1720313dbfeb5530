"""What the command line writes, and where: escaped text, report paths, caps and small UX.

Names and values from the repository reach stderr too (notes, configuration errors,
``--show-suppressed``) and stdout outside the formatters (``slolint rule`` on a team policy):
a name holding a newline and ``::stop-commands::`` would end slolint's line and start a
workflow command in a GitHub Actions log, and an ESC would reach the terminal. Each such
case is run here with a hostile name; control characters must show as their pictures (``␊``
for a newline, ``␛`` for ESC) and no line may start a workflow command.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from helpers import run_slolint
from slolint import cli
from slolint import report as report_package

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

HOSTILE = "x\n::stop-commands::tok\x1b[31m"
SHOWN = "x\u240a::stop-commands::tok\u241b[31m"
"""``HOSTILE`` as slolint prints it: the newline and the ESC as Unicode control pictures."""

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout
spec:
  service: checkout
  indicatorRef: checkout-ok
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 1.0  # slolint: ignore[SLO201] -- known
"""


def no_workflow_command(text: str) -> bool:
    return not any(line.lstrip().startswith("::") for line in text.splitlines())


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    return root


# --- stderr and stdout quote the repository escaped -----------------------------------------


def test_a_skipped_link_with_a_hostile_name_is_one_escaped_line(repo: Path) -> None:
    (repo / "slo.yaml").write_text(SLO, encoding="utf-8")
    outside = repo.parent / "outside.yaml"
    outside.write_text(SLO, encoding="utf-8")
    (repo / f"{HOSTILE}.yaml").symlink_to(outside)
    done = run_slolint("check", "-f", "concise", ".", cwd=repo)
    assert "\x1b" not in done.stderr and no_workflow_command(done.stderr)
    assert done.stderr.splitlines() == [
        f"slolint: note: skipped symbolic link {SHOWN}.yaml: it points outside {repo}"
    ]


def test_show_suppressed_escapes_file_names(repo: Path) -> None:
    (repo / f"{HOSTILE}.yaml").write_text(SLO, encoding="utf-8")
    done = run_slolint("check", "--show-suppressed", "--select", "SLO2", ".", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"suppressed: {SHOWN}.yaml:13:15: SLO201 objective target 1.0 (100%) leaves no error "
        "budget; use a target below 1 (by trailing comment on line 13 -- known)"
    ]


def test_a_configuration_error_quoting_the_file_is_one_escaped_line(repo: Path) -> None:
    (repo / ".slolint.yaml").write_text(
        f'select: ["{HOSTILE.encode("unicode_escape").decode()}"]\n', encoding="utf-8"
    )
    done = run_slolint("check", ".", cwd=repo)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "\x1b" not in done.stderr and no_workflow_command(done.stderr)


def test_rule_text_from_a_team_policy_is_escaped(repo: Path) -> None:
    (repo / ".slolint.yaml").write_text(
        "policies:\n"
        "  - code: ACME1001\n"
        "    name: team-rule\n"
        '    summary: "sum \\e[31m red"\n'
        '    description: "one\\n::stop-commands::tok\\n  ::error::x \\e]8;;http://x\\e\\\\ y"\n'
        "    message: m\n"
        "    assert: {}\n",
        encoding="utf-8",
    )
    done = run_slolint("rule", "ACME1001", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and no_workflow_command(done.stdout)
    assert done.stdout.startswith(
        "ACME1001 team-rule\n==================\n\nSum \u241b[31m red. Default severity: error.\n\n"
        "What it does\n------------\n"
        "one\n\u200b::stop-commands::tok\n\u200b  ::error::x \u241b]8;;http://x\u241b\\ y\n"
    )
    listing = run_slolint("rules", cwd=repo)
    assert "ACME1001  team-rule" in listing.stdout
    assert listing.stdout.splitlines()[0].endswith("  sum \u241b[31m red")


def test_a_usage_error_escapes_the_argument(tmp_path: Path) -> None:
    done = run_slolint("check", f"--{HOSTILE}", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        f"slolint: error: unrecognized arguments: --{SHOWN} (see 'slolint --help')\n"
    )


# --- reports stay inside the repository -----------------------------------------------------


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES, root)
    (root / ".git").mkdir()
    return root


@pytest.mark.parametrize("option", ["-f", "--write-baseline"])
def test_a_report_through_a_folder_link_that_leaves_is_refused(
    examples: Path, tmp_path: Path, option: str
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (examples / "reports").symlink_to(outside)
    value = "json=reports/x.json" if option == "-f" else "reports/x.json"
    done = run_slolint("check", option, value, ".", cwd=examples)
    assert done.returncode == 2
    assert done.stderr == (
        "slolint: error: refusing to write a report to reports/x.json: it is outside the "
        f"repository ({examples})\n"
    )
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("target", ["../x.json", "slos/../../x.json", "/tmp/../x.json"])
def test_a_report_path_that_climbs_out_is_refused(examples: Path, target: str) -> None:
    done = run_slolint("check", "-f", f"json={target}", ".", cwd=examples)
    assert done.returncode == 2
    assert done.stderr.startswith(f"slolint: error: refusing to write a report to {target}: ")
    assert not (examples.parent / "x.json").exists()


def test_a_link_inside_the_repository_is_followed_to_its_folder(examples: Path) -> None:
    (examples / "out").mkdir()
    (examples / "reports").symlink_to(examples / "out")
    done = run_slolint("check", "-f", "json=reports/deeper/x.json", ".", cwd=examples)
    assert done.returncode == 1, done.stderr
    assert (
        json.loads((examples / "out" / "deeper" / "x.json").read_text())["summary"]["errors"] == 7
    )


def test_the_baseline_goes_into_a_new_folder(examples: Path) -> None:
    done = run_slolint("check", "--write-baseline", "ci/new/b.json", ".", cwd=examples)
    assert done.returncode == 0, done.stderr
    assert len(json.loads((examples / "ci" / "new" / "b.json").read_text())["entries"]) == 7


def test_a_report_to_a_file_alone_still_prints_the_verdict_on_stderr(examples: Path) -> None:
    both = run_slolint("check", "-f", "json=one.json", "-f", "concise", ".", cwd=examples)
    assert both.stderr == "" and len(both.stdout.splitlines()) == 7
    done = run_slolint("check", "-f", "json=two.json", ".", cwd=examples)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "Found 7 problems (7 errors) in 3 files\n"


# --- the number of findings is capped ---------------------------------------------------------


def test_findings_past_the_cap_are_counted_and_still_fail(
    examples: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(examples)
    monkeypatch.setattr(report_package, "MAX_FINDINGS", 3)
    for key in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(key, raising=False)
    assert cli.main(["check", "-f", "concise", "-f", "sarif=x.sarif", "--color=never", "."]) == 1
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 3
    assert cli.main(["check", "--color=never", "."]) == 1
    assert capsys.readouterr().out.endswith(
        "Found 3 problems (3 errors) in 2 files; 4 more not shown "
        "(at most 3 findings are reported)\n  configuration: .slolint.yaml\n"
    )
    log = json.loads((examples / "x.sarif").read_text(encoding="utf-8"))
    assert len(log["runs"][0]["results"]) == 3


# --- small things the command line says ------------------------------------------------------


def test_statistics_as_json_on_a_clean_tree(examples: Path) -> None:
    done = run_slolint("check", "--statistics", "-f", "json", "services", cwd=examples)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["statistics"] == [] and "findings" not in record
    assert record["summary"]["findings"] == 0
    text = run_slolint("check", "--statistics", "services", cwd=examples)
    assert text.stdout == "All checked: no problems in 3 files\n"


def test_statistics_as_json_count_per_rule(examples: Path) -> None:
    done = run_slolint("check", "--statistics", "-f", "json", ".", cwd=examples)
    assert done.returncode == 1
    assert {row["code"]: row["count"] for row in json.loads(done.stdout)["statistics"]} == {
        "SLO401": 2,
        "SLO301": 1,
        "SLO802": 1,
        "SLO201": 1,
        "SLO101": 1,
        "SLO102": 1,
    }


def test_clean_says_what_it_removed(examples: Path, tmp_path: Path) -> None:
    nothing = run_slolint("clean", cwd=examples)
    assert (nothing.returncode, nothing.stderr) == (
        0,
        "slolint: no cache to remove at .slolint_cache\n",
    )
    assert run_slolint("check", ".", cwd=examples).returncode == 1
    files = sum(len(names) for _, _, names in os.walk(examples / ".slolint_cache"))
    assert files >= 2
    done = run_slolint("clean", cwd=examples)
    assert done.stderr == f"slolint: removed the cache .slolint_cache ({files} files)\n"
    assert not (examples / ".slolint_cache").exists()
    outside = run_slolint("clean", cwd=tmp_path)
    assert outside.stderr == (
        "slolint: no cache to remove: not inside a git repository, and neither --cache-dir "
        "nor SLOLINT_CACHE_DIR names one\n"
    )


@pytest.mark.parametrize(
    ("env", "colored"),
    [
        ({"FORCE_COLOR": "1"}, True),
        ({"FORCE_COLOR": "1", "TERM": "dumb"}, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ({"FORCE_COLOR": ""}, False),
        ({}, False),
    ],
)
def test_force_color(examples: Path, env: dict[str, str], colored: bool) -> None:
    done = run_slolint("check", "slos/search.yaml", cwd=examples, env=env)
    assert done.returncode == 1
    assert ("\x1b[31m" in done.stdout) is colored


def test_rules_columns_line_up_with_longer_codes(repo: Path) -> None:
    (repo / ".slolint.yaml").write_text(
        "policies:\n  - {code: ACME1001, name: team-rule, message: m, assert: {}}\n",
        encoding="utf-8",
    )
    done = run_slolint("rules", cwd=repo)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    starts = {line.index(line.split()[1], len(line.split()[0])) for line in lines}
    assert starts == {10}  # an 8-character code, then two spaces
    assert lines[0].startswith("ACME1001  team-rule  ")
    assert any(line.startswith("SLO201    target-not-below-100  ") for line in lines)


def test_check_help_describes_paths_and_the_default_selection() -> None:
    parser = cli._build_parser()
    check = parser._subparsers._group_actions[0].choices["check"]  # type: ignore[union-attr]
    text = " ".join(check.format_help().split())
    assert (
        "PATH files and folders whose findings are reported ('-': standard input); "
        "default: every file of the project (inside git: what git tracks or would track)"
    ) in text
    assert "default: all" not in text
    assert "every rule that is not opt-in" in text


def test_the_effective_configuration_is_printed_escaped(repo: Path) -> None:
    (repo / ".slolint.yaml").write_text(
        'exclude: ["a\\e[2J\\n::stop-commands::tok/"]\n', encoding="utf-8"
    )
    for args in (("config",), ("check", "--show-settings")):
        done = run_slolint(*args, cwd=repo)
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout and no_workflow_command(done.stdout)
        assert "::stop-commands::tok/" in done.stdout
