"""Configuration: discovery order, precedence, keys, validation messages and exclusion.

Every case runs the CLI as a subprocess in a temporary repository and asserts exit codes,
whole stderr lines and the findings that remain.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import run_slolint

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: {name}
  labels:
    tier: "1"
spec:
  service: checkout
  budgetingMethod: Occurrences
  indicator:
    metadata:
      name: checkout-success
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(good)
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(total)
  timeWindow:
    - duration: 7d
      isRolling: true
  objectives:
    - target: {target}
"""
"""An SLO whose only findings are SLO401 at 4:9 (no policy) and, for target 1.0, SLO201 at 30:15."""

HELM_TEMPLATE = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: {{ .Values.name }}
spec:
{{- if .Values.objectives }}
  objectives: {{ toYaml .Values.objectives | nindent 4 }}
{{- end }}
"""
"""A Helm template: not valid YAML until rendered, so linting it would report SLO001."""


def slolint(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_slolint(*args, cwd=cwd, env=env, stdin=stdin)


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def codes(done: subprocess.CompletedProcess[str]) -> list[str]:
    """``file:line:col: CODE`` of each concise line, in output order."""
    return [line.split(" [")[0] for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)  # a repository root stops the upward walk
    write(root, {"slos/checkout.yaml": SLO.format(name="checkout", target="1.0")})
    return root


BOTH = ["slos/checkout.yaml:4:9: SLO401", "slos/checkout.yaml:30:15: SLO201"]


def test_no_configuration_uses_the_recommended_preset(repo: Path) -> None:
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert codes(done) == BOTH


def test_slolint_yaml_in_the_root_is_found_from_a_subfolder(repo: Path) -> None:
    write(repo, {".slolint.yaml": "ignore: [SLO401]\n"})
    done = slolint("check", "-f", "concise", "checkout.yaml", cwd=repo / "slos")
    assert codes(done) == ["checkout.yaml:30:15: SLO201"]


def test_yaml_is_preferred_to_yml_and_to_pyproject(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": "ignore: [SLO401]\n",
            ".slolint.yml": "ignore: [SLO201]\n",
            "pyproject.toml": '[tool.slolint]\nignore = ["SLO2", "SLO4"]\n',
        },
    )
    assert codes(slolint("check", "-f", "concise", ".", cwd=repo)) == [BOTH[1]]
    (repo / ".slolint.yaml").unlink()
    assert codes(slolint("check", "-f", "concise", ".", cwd=repo)) == [BOTH[0]]
    (repo / ".slolint.yml").unlink()
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (done.returncode, codes(done)) == (0, [])


def test_pyproject_without_tool_slolint_is_skipped(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": "ignore: [SLO401]\n",
            "slos/pyproject.toml": '[project]\nname = "x"\ndependencies = ["slolint"]\n',
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert codes(done) == [BOTH[1]]


def test_the_closest_configuration_governs_each_file(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": "ignore: [SLO401]\n",
            "team/.slolint.yaml": "extend-select: [SLO401]\nignore: [SLO201]\n",
            "team/payments.yaml": SLO.format(name="payments", target="1.0"),
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert codes(done) == ["slos/checkout.yaml:30:15: SLO201", "team/payments.yaml:4:9: SLO401"]


def test_the_walk_stops_at_the_repository_root(repo: Path) -> None:
    write(repo.parent, {".slolint.yaml": "ignore: [ALL]\n"})
    assert codes(slolint("check", "-f", "concise", ".", cwd=repo)) == BOTH


def test_config_flag_beats_environment_beats_discovery(repo: Path, tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "found/.slolint.yaml": "",
            "flag.yaml": "ignore: [SLO201]\n",
            "env.yaml": "ignore: [SLO401]\n",
        },
    )
    write(repo, {".slolint.yaml": "ignore: [ALL]\n"})
    env = {"SLOLINT_CONFIG": str(tmp_path / "env.yaml")}
    done = slolint(
        "check", "-f", "concise", "--config", str(tmp_path / "flag.yaml"), ".", cwd=repo, env=env
    )
    assert codes(done) == [BOTH[0]]
    done = slolint("check", "-f", "concise", ".", cwd=repo, env=env)
    assert codes(done) == [BOTH[1]]
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (done.returncode, codes(done)) == (0, [])


def test_isolated_ignores_configuration_files(repo: Path) -> None:
    write(repo, {".slolint.yaml": "ignore: [ALL]\n"})
    done = slolint(
        "check", "-f", "concise", "--isolated", ".", cwd=repo, env={"SLOLINT_CONFIG": "x"}
    )
    assert codes(done) == BOTH


def test_command_line_overrides_the_file(repo: Path) -> None:
    write(repo, {".slolint.yaml": "select: [SLO4]\nfail-on: never\n"})
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (done.returncode, codes(done)) == (0, [BOTH[0]])
    done = slolint(
        "check", "-f", "concise", "--select", "SLO2", "--fail-on", "error", ".", cwd=repo
    )
    assert (done.returncode, codes(done)) == (1, [BOTH[1]])


def test_extends_a_preset_and_a_file_relative_to_the_configuration(repo: Path) -> None:
    write(
        repo,
        {
            "config/base.yaml": "extends: minimal\nignore: [SLO401]\n",
            ".slolint.yaml": "extends: config/base.yaml\nextend-select: [SLO011]\n",
            "slos/checkout.yaml": SLO.format(name="checkout", target="0.99")
            + "# slolint: ignore[SLO201] -- nothing to hide\n",
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert codes(done) == ["slos/checkout.yaml:31:1: SLO011"]


def test_per_file_ignores_are_relative_to_the_configuration_folder(repo: Path) -> None:
    write(
        repo,
        {
            "config/.slolint.yaml": 'per-file-ignores:\n  "../slos/*.yaml": [SLO2]\n',
        },
    )
    done = slolint("check", "-f", "concise", "--config", "config/.slolint.yaml", ".", cwd=repo)
    assert codes(done) == [BOTH[0]]
    write(repo, {".slolint.yaml": 'per-file-ignores:\n  "slos/**": [target-not-below-100]\n'})
    assert codes(slolint("check", "-f", "concise", ".", cwd=repo)) == [BOTH[0]]


def test_rule_severity_from_configuration_then_the_rule_default(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": "rules:\n  SLO201: {severity: warning}\n  error-budget-policy-missing:\n    severity: 'off'\n"
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.stdout.splitlines() == [
        "slos/checkout.yaml:30:15: SLO201 [warning] objective target 1.0 (100%) leaves no error "
        "budget; use a target below 1 (target-not-below-100)"
    ]
    assert done.returncode == 0, "fail-on error: a warning does not fail"
    write(repo, {".slolint.yaml": "fail-on: warning\nrules:\n  SLO201: {severity: warning}\n"})
    assert slolint("check", "-f", "concise", ".", cwd=repo).returncode == 1


def test_pyproject_configuration(repo: Path) -> None:
    write(
        repo,
        {
            "pyproject.toml": '[tool.slolint]\nfail-on = "never"\n\n[tool.slolint.rules.SLO401]\nseverity = "off"\n'
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (done.returncode, codes(done)) == (0, [BOTH[1]])


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            ".slolint.yaml",
            "selct: [SLO2]\n",
            ".slolint.yaml:1:1: unknown key 'selct'; did you mean \"select\"?",
        ),
        (
            ".slolint.yaml",
            "ignore:\n  - SLO401\n  - SLO999\n",
            ".slolint.yaml:3:5: ignore: unknown rule selector 'SLO999'; see 'slolint rules'",
        ),
        (
            ".slolint.yaml",
            "rules:\n  SLO201: null\n",
            ".slolint.yaml:2:11: rules.SLO201: expected object, found null",
        ),
        (
            ".slolint.yaml",
            "fail-on: sometimes\n",
            ".slolint.yaml:1:10: fail-on: 'sometimes' is not one of error, warning, info, never",
        ),
        (
            ".slolint.yaml",
            "select: SLO2\n",
            ".slolint.yaml:1:9: select: expected array, found string",
        ),
        (
            ".slolint.yaml",
            "rules:\n  SLO201:\n    severity: loud\n",
            ".slolint.yaml:3:15: rules.SLO201.severity: 'loud' is not one of error, warning, info, off",
        ),
        (
            ".slolint.yaml",
            "rules:\n  no-such-rule: {severity: info}\n",
            ".slolint.yaml:2:3: rules: unknown rule 'no-such-rule'; expected a rule code or name (see 'slolint rules')",
        ),
        (
            ".slolint.yaml",
            "rules:\n  SLO201: {max-target: 99}\n",
            ".slolint.yaml:2:12: rules.SLO201: rule SLO201 has no option 'max-target' (options: none)",
        ),
        (
            ".slolint.yaml",
            "select: [SLO2\n",
            ".slolint.yaml:1:14: syntax error: did not find expected ',' or ']' while parsing a flow sequence",
        ),
        (
            ".slolint.yaml",
            "extends: nowhere.yaml\n",
            '.slolint.yaml:1:10: extends "nowhere.yaml": no such file and not a preset (recommended, strict, minimal)',
        ),
        (
            ".slolint.yaml",
            "- select\n",
            ".slolint.yaml:1:1: a configuration file must be a mapping of keys to values",
        ),
        (
            "pyproject.toml",
            '[tool.slolint]\nfail-on = "loud"\n',
            "pyproject.toml:2:1: fail-on: 'loud' is not one of error, warning, info, never",
        ),
        ("pyproject.toml", "[tool.slolint]\nselect = [\n", "pyproject.toml:3:1: invalid value"),
    ],
)
def test_invalid_configuration_is_one_located_line_and_exit_2(
    repo: Path, name: str, text: str, message: str
) -> None:
    write(repo, {name: text})
    done = slolint("check", ".", cwd=repo)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [message]
    assert done.stdout == ""


def test_missing_config_flag_file_exits_2(repo: Path) -> None:
    done = slolint("check", "--config", "missing.yaml", ".", cwd=repo)
    assert (done.returncode, done.stderr) == (
        2,
        'configuration file "missing.yaml" does not exist\n',
    )


def test_extends_cycle_is_reported(repo: Path) -> None:
    write(
        repo, {".slolint.yaml": "extends: other.yaml\n", "other.yaml": "extends: .slolint.yaml\n"}
    )
    done = slolint("check", ".", cwd=repo)
    assert done.returncode == 2
    assert done.stderr == 'other.yaml:1:10: extends ".slolint.yaml" forms a cycle\n'


def test_show_settings_prints_values_and_their_sources(repo: Path) -> None:
    write(repo, {".slolint.yaml": "extends: strict\nignore: [SLO401]\n"})
    done = slolint("config", cwd=repo)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "# configuration file: .slolint.yaml"
    assert any(
        line.startswith('ignore: ["SLO401"]') and line.endswith("# .slolint.yaml:2")
        for line in lines
    )
    assert any(
        line.startswith('fail-on: "warning"') and line.endswith("# preset strict") for line in lines
    )
    assert "SLO401" not in lines[-1] and "SLO011" in lines[-1]
    again = slolint("check", "--show-settings", "--fail-on", "info", cwd=repo)
    assert any(
        line.startswith('fail-on: "info"') and line.endswith("# --fail-on")
        for line in again.stdout.splitlines()
    )


# -- exclusion: a Helm chart and an ignored folder --------------------------------------------


@pytest.fixture
def chart_repo(repo: Path) -> Path:
    """A real git repository: git alone decides what ``.gitignore`` ignores."""
    shutil.rmtree(repo / ".git")
    subprocess.run(["git", "init", "-q", str(repo)], check=True, capture_output=True)
    return write(
        repo,
        {
            "charts/checkout/Chart.yaml": "apiVersion: v2\nname: checkout\nversion: 0.1.0\n",
            "charts/checkout/templates/slo.yaml": HELM_TEMPLATE,
            "build/slo.yaml": SLO.format(name="generated", target="1.0"),
            ".gitignore": "build/\n",
            ".slolint.yaml": "exclude: [charts/]\nignore: [SLO401]\n",
        },
    )


def test_excluded_helm_chart_is_skipped_when_walking_and_with_force_exclude(
    chart_repo: Path,
) -> None:
    done = slolint("check", "-f", "concise", ".", cwd=chart_repo)
    assert codes(done) == ["slos/checkout.yaml:30:15: SLO201"]
    files = ("charts/checkout/templates/slo.yaml", "charts/checkout/Chart.yaml")
    named = slolint("check", "-f", "concise", "--force-exclude", *files, cwd=chart_repo)
    assert (named.returncode, named.stdout) == (0, "")
    assert named.stderr == (
        "slolint: note: skipped charts/checkout/templates/slo.yaml: the configuration's "
        "exclude matches it\n"
        "slolint: note: skipped charts/checkout/Chart.yaml: the configuration's exclude "
        "matches it\n"
    )
    # named without --force-exclude, a file is linted whatever the configuration excludes
    linted = slolint("check", "-f", "concise", files[0], cwd=chart_repo)
    assert [c.split(" ")[-1] for c in codes(linted)] == ["SLO001"]


def test_helm_template_is_a_syntax_error_without_the_exclusion(chart_repo: Path) -> None:
    done = slolint(
        "check", "-f", "concise", "--isolated", "charts/checkout/templates/slo.yaml", cwd=chart_repo
    )
    assert done.returncode == 1
    assert [c.split(":")[0] + " " + c.split(" ")[-1] for c in codes(done)] == [
        "charts/checkout/templates/slo.yaml SLO001"
    ]


def test_gitignored_folder_is_skipped_when_walking_unless_named(chart_repo: Path) -> None:
    assert "build/" not in slolint("check", "-f", "concise", ".", cwd=chart_repo).stdout
    named = slolint("check", "-f", "concise", "build/slo.yaml", cwd=chart_repo)
    assert codes(named) == ["build/slo.yaml:30:15: SLO201"]
    forced = slolint("check", "--force-exclude", "build/slo.yaml", cwd=chart_repo)
    assert (forced.returncode, forced.stdout.splitlines()[0]) == (
        0,
        "Nothing checked: no YAML or JSON files found; 2 files excluded",  # the chart's files
    )
    assert forced.stderr == "slolint: note: skipped build/slo.yaml: git ignores it\n"
    write(
        chart_repo,
        {".slolint.yaml": "exclude: [charts/]\nignore: [SLO401]\nrespect-gitignore: false\n"},
    )
    walked = slolint("check", "-f", "concise", ".", cwd=chart_repo)
    assert codes(walked) == ["build/slo.yaml:30:15: SLO201", "slos/checkout.yaml:30:15: SLO201"]


def test_include_narrows_directory_walks_only(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": 'include: ["slos/"]\nignore: [SLO401]\n',
            "other/payments.yaml": SLO.format(name="payments", target="1.0"),
        },
    )
    assert codes(slolint("check", "-f", "concise", ".", cwd=repo)) == [BOTH[1]]
    named = slolint("check", "-f", "concise", "other/payments.yaml", cwd=repo)
    assert codes(named) == ["other/payments.yaml:30:15: SLO201"]


# -- standard input -----------------------------------------------------------------------------


def test_stdin_is_linted_under_its_stdin_filename_and_configuration(repo: Path) -> None:
    write(repo, {"team/.slolint.yaml": "ignore: [SLO401]\n"})
    text = SLO.format(name="edited", target="1.0")
    done = slolint(
        "check", "-f", "concise", "-", "--stdin-filename", "team/new.yaml", cwd=repo, stdin=text
    )
    assert done.returncode == 1, done.stderr
    assert codes(done) == ["team/new.yaml:30:15: SLO201"]
    plain = slolint("check", "-f", "concise", "-", cwd=repo, stdin=text)
    assert codes(plain) == ["-:4:9: SLO401", "-:30:15: SLO201"]


def test_stdin_filename_matching_an_exclusion_is_skipped_with_force_exclude(
    chart_repo: Path,
) -> None:
    args = ("check", "-", "--stdin-filename", "charts/checkout/templates/slo.yaml")
    done = slolint(*args, "--force-exclude", cwd=chart_repo, stdin=HELM_TEMPLATE)
    assert (done.returncode, done.stdout.splitlines()) == (
        0,
        [
            "Nothing checked: no YAML or JSON files found; 2 files excluded",
            "  configuration: .slolint.yaml",
            "  excluded: 2 files by .slolint.yaml:1",  # the chart's two files
            "  rules: .slolint.yaml:2 disables SLO401",
        ],
    )
    linted = slolint(*args, "-f", "concise", cwd=chart_repo, stdin=HELM_TEMPLATE)
    assert linted.returncode == 1


def test_stdin_filename_without_dash_is_a_usage_error(repo: Path) -> None:
    done = slolint("check", "--stdin-filename", "x.yaml", ".", cwd=repo)
    assert done.returncode == 2
    assert (
        done.stderr == "slolint: error: --stdin-filename needs the path '-' (read standard input)\n"
    )


EBP = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata:
  name: checkout-ebp
spec:
  owner: checkout-product-manager
  scope:
    sloRefs: [checkout]
  triggers:
    - name: budget-exhausted
      when: {budgetConsumed: 1.0}
      actions:
        - {type: releaseFreeze, actor: checkout-team, until: withinSlo}
"""


def test_context_root_limits_what_named_files_see(repo: Path) -> None:
    write(repo, {"policies/checkout.ebp.yaml": EBP})
    done = slolint("check", "-f", "concise", "slos/checkout.yaml", cwd=repo)
    assert codes(done) == [BOTH[1]], "the policy in another folder is read as context"
    write(repo, {".slolint.yaml": "context-root: slos\n"})
    done = slolint("check", "-f", "concise", "slos/checkout.yaml", cwd=repo)
    assert codes(done) == BOTH
