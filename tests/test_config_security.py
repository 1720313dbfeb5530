"""Configuration from a pull request: visible, inherited, bounded, and unable to silence input codes.

Each test plays one attack a pull request could try through configuration files and asserts
what slolint does instead: the exit code, the whole line on stderr, the findings that remain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.test_config import BOTH, SLO, codes, slolint, write

BROKEN = "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: broken\n"
"""An SLO file with a syntax error: SLO001 at 3:24, the end of the file (the flow mapping
never closes)."""

POLICY = """\
policies:
  - code: ACME001
    name: tier-label
    message: "SLO {name} needs a tier label: {error}"
    match: {kinds: [SLO]}
    assert: {required: [labels], properties: {labels: {required: [team]}}}
"""
"""A root policy: every SLO needs a ``team`` label (the fixture SLO has only ``tier``)."""

ALWAYS_PASSES = """\
policies:
  - code: ACME001
    name: tier-label
    message: "never"
    assert: true
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root, {"slos/checkout.yaml": SLO.format(name="checkout", target="1.0")})
    return root


def syntax_error_line(done_stdout: str) -> list[str]:
    return [line for line in done_stdout.splitlines() if " SLO001 " in line]


# -- policies belong to the configuration that declares them ---------------------------------


def test_a_policy_of_the_same_code_elsewhere_does_not_unregister_the_roots(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": POLICY + "ignore: [SLO401]\n",
            "unrelated/.slolint.yaml": ALWAYS_PASSES,
            "unrelated/other.yaml": SLO.format(name="other", target="0.99"),
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert codes(done) == [
        "slos/checkout.yaml:6:5: ACME001",  # the root's policy still applies in slos/
        "slos/checkout.yaml:30:15: SLO201",
    ]
    assert done.stdout.splitlines()[0] == (
        "slos/checkout.yaml:6:5: ACME001 [error] SLO checkout needs a tier label: "
        "'team' is a required property (tier-label)"
    )


def test_a_nested_policy_applies_to_its_folder_only(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": "ignore: [SLO401, SLO201]\n",
            "team/.slolint.yaml": POLICY,
            "team/x.yaml": SLO.format(name="x", target="0.99"),
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert codes(done) == ["team/x.yaml:6:5: ACME001"]


def test_a_nested_policy_taking_the_roots_name_does_not_replace_it(repo: Path) -> None:
    renamed = ALWAYS_PASSES.replace("ACME001", "ACME002")
    write(
        repo,
        {".slolint.yaml": POLICY + "ignore: [SLO401, SLO201]\n", "slos/.slolint.yaml": renamed},
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert codes(done) == ["slos/checkout.yaml:6:5: ACME001"]
    assert done.returncode == 1


def test_rules_lists_the_policies_of_the_working_directorys_configuration(repo: Path) -> None:
    write(repo, {".slolint.yaml": POLICY, "unrelated/.slolint.yaml": ALWAYS_PASSES})
    root = slolint("rule", "ACME001", cwd=repo)
    assert root.returncode == 0, root.stderr
    assert root.stdout.startswith("ACME001 tier-label\n")
    assert '"required": ["labels"]' in root.stdout
    nested = slolint("rule", "ACME001", cwd=repo / "unrelated")
    assert "Assert (JSON Schema on the normalized view):\n\n    true\n" in nested.stdout


# -- nested configuration inherits ------------------------------------------------------------


def test_an_empty_nested_configuration_changes_nothing(repo: Path) -> None:
    write(repo, {".slolint.yaml": POLICY + "ignore: [SLO401]\n"})
    before = slolint("check", "-f", "concise", ".", cwd=repo)
    write(repo, {"slos/.slolint.yaml": ""})
    after = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (
        codes(before)
        == codes(after)
        == [
            "slos/checkout.yaml:6:5: ACME001",
            "slos/checkout.yaml:30:15: SLO201",
        ]
    )
    assert after.returncode == 1


def test_a_nested_file_overrides_key_by_key(repo: Path) -> None:
    write(
        repo,
        {
            ".slolint.yaml": "ignore: [SLO401]\nrules:\n  SLO201: {severity: warning}\n",
            "slos/.slolint.yaml": "fail-on: warning\n",
        },
    )
    done = slolint("check", "-f", "concise", "slos", cwd=repo)
    assert done.stdout.splitlines() == [
        "slos/checkout.yaml:30:15: SLO201 [warning] objective target 1.0 (100%) leaves no error "
        "budget; use a target below 1 (target-not-below-100)"
    ]
    done = slolint("check", "-f", "concise", ".", cwd=repo / "slos")
    assert done.returncode == 1, "slos/ fails on warnings; the root's ignore still applies"
    shown = slolint("config", "slos", cwd=repo).stdout.splitlines()
    assert shown[:2] == [
        "# configuration file: slos/.slolint.yaml",
        "# built on (inherited or extended): .slolint.yaml",
    ]
    rows = {line.split("  #")[0].strip(): line.split("  # ")[-1] for line in shown[2:-1]}
    assert rows['ignore: ["SLO401"]'] == ".slolint.yaml:1"
    assert rows['fail-on: "warning"'] == "slos/.slolint.yaml:1"


def test_rule_options_follow_the_configuration_of_each_file(repo: Path) -> None:
    from slolint.config import Resolver

    write(repo, {".slolint.yaml": "ignore: [SLO401]\n", "team/.slolint.yaml": "fail-on: info\n"})
    resolver = Resolver(repo, env={})
    plan = resolver.plan(["slos/checkout.yaml", "team/x.yaml"])
    assert plan.settings_for("team/x.yaml").fail_on == "info"
    assert plan.settings_for("slos/checkout.yaml").fail_on == "error"
    assert "SLO401" not in plan.settings_for("team/x.yaml").enabled()
    assert plan.options_for("SLO201", "team/x.yaml") == {}


# -- every effect is visible ------------------------------------------------------------------


@pytest.fixture
def excluding(repo: Path) -> Path:
    files = {f"slos/gen/s{i}.yaml": SLO.format(name=f"s{i}", target="1.0") for i in range(3)}
    files["slos/gen/.slolint.yaml"] = 'exclude: ["*"]\n'
    files["slos/.slolint.yaml"] = "ignore: [SLO401]\nrules:\n  SLO201: {severity: info}\n"
    files["slos/checkout.yaml"] = SLO.format(name="checkout", target="0.99")
    return write(repo, files)


def test_text_output_says_which_file_excluded_and_disabled_what(excluding: Path) -> None:
    done = slolint("check", ".", cwd=excluding)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "All checked: no problems in 2 files; 4 files excluded",
        "  configuration: slos/.slolint.yaml, slos/gen/.slolint.yaml",
        "  excluded: 4 files by slos/gen/.slolint.yaml:1",
        "  rules: slos/.slolint.yaml:1 disables SLO401; slos/.slolint.yaml:2 sets severity "
        "info for SLO201",
    ]


def test_markdown_and_sarif_carry_the_same_effects(excluding: Path) -> None:
    done = slolint(
        "check",
        "-f",
        "markdown=reports/summary.md",
        "-f",
        "sarif=reports/out.sarif",
        ".",
        cwd=excluding,
    )
    assert done.returncode == 0, done.stderr
    markdown = (excluding / "reports" / "summary.md").read_text(encoding="utf-8")
    assert "- excluded: 4 files by slos/gen/.slolint.yaml:1\n" in markdown
    assert "no problems in 2 files; 4 files excluded" in markdown
    log = json.loads((excluding / "reports" / "out.sarif").read_text(encoding="utf-8"))
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True
    assert [n["message"]["text"] for n in invocation["toolConfigurationNotifications"]] == [
        "configuration: slos/.slolint.yaml, slos/gen/.slolint.yaml",
        "excluded: 4 files by slos/gen/.slolint.yaml:1",
        "rules: slos/.slolint.yaml:1 disables SLO401; slos/.slolint.yaml:2 sets severity info "
        "for SLO201",
    ]
    assert invocation["properties"]["excludedFiles"] == {"slos/gen/.slolint.yaml:1": 4}
    assert invocation["properties"]["ruleChanges"] == [
        {"source": "slos/.slolint.yaml:1", "change": "disables", "rules": ["SLO401"]},
        {"source": "slos/.slolint.yaml:2", "change": "sets severity info for", "rules": ["SLO201"]},
    ]


def test_ignore_all_in_a_subfolder_pyproject_is_named(repo: Path) -> None:
    write(repo, {"slos/pyproject.toml": '[tool.slolint]\nignore = ["ALL"]\n'})
    done = slolint("check", ".", cwd=repo)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == "All checked: no problems in 1 file"
    assert lines[1] == "  configuration: slos/pyproject.toml"
    assert lines[2].startswith("  rules: slos/pyproject.toml:2 disables SLO002, SLO003, SLO004, ")


def test_suppressed_and_baselined_counts_reach_sarif(repo: Path, tmp_path: Path) -> None:
    path = repo / "slos" / "checkout.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "# slolint: file-ignore[SLO201] -- known\n",
        encoding="utf-8",
    )
    assert slolint("check", "--write-baseline", "b.json", ".", cwd=repo).returncode == 0
    write(repo, {".slolint.yaml": "baseline: b.json\n"})
    done = slolint("check", "-f", "sarif", ".", cwd=repo)
    properties = json.loads(done.stdout)["runs"][0]["invocations"][0]["properties"]
    assert (properties["suppressed"], properties["baselined"]) == (1, 1)


# -- input codes cannot be silenced -----------------------------------------------------------


@pytest.mark.parametrize("code", ["SLO000", "SLO001", "SLO006", "yaml-syntax-error"])
@pytest.mark.parametrize("level", ["info", "warning", "off"])
def test_input_codes_cannot_be_given_another_severity(repo: Path, code: str, level: str) -> None:
    write(repo, {".slolint.yaml": f"rules:\n  {code}:\n    severity: {level}\n"})
    done = slolint("check", ".", cwd=repo)
    actual = "SLO001" if code == "yaml-syntax-error" else code
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f".slolint.yaml:3:15: rules.{code}.severity: {actual} says a file was not fully "
        f'checked; its severity cannot be changed (found "{level}")\n'
    )


@pytest.mark.parametrize(
    ("config", "args"),
    [
        ("ignore: [SLO001]\n", ()),
        ("select: [SLO2]\n", ()),
        ('per-file-ignores:\n  "slos/*.yaml": [ALL]\n', ()),
        ("", ("--ignore", "SLO0")),
        ("", ("--select", "SLO201")),
    ],
)
def test_a_syntax_error_is_reported_whatever_the_selection(
    repo: Path, config: str, args: tuple[str, ...]
) -> None:
    write(repo, {".slolint.yaml": config, "slos/broken.yaml": BROKEN})
    done = slolint("check", "-f", "concise", *args, ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert [line.split(" [")[0] for line in syntax_error_line(done.stdout)] == [
        "slos/broken.yaml:3:24: SLO001"
    ]


def test_suppression_comments_and_annotations_do_not_hide_a_syntax_error(repo: Path) -> None:
    annotated = (
        "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: x\n  annotations:\n"
        '    slolint.dev/ignore: "SLO001 -- hidden"\n---\n'
    )
    text = "# slolint: file-ignore[SLO001, SLO0, ALL] -- hidden\n" + annotated + BROKEN
    write(repo, {"slos/broken.yaml": text})
    done = slolint("check", "-f", "concise", "--show-suppressed", ".", cwd=repo)
    assert done.returncode == 1
    assert [line.split(" [")[0] for line in syntax_error_line(done.stdout)] == [
        "slos/broken.yaml:11:24: SLO001"
    ]
    assert "SLO001" not in done.stderr


def test_the_baseline_neither_records_nor_hides_a_syntax_error(repo: Path) -> None:
    from slolint.baseline import key_of
    from slolint.config import Resolver
    from slolint.engine import CheckOptions, check

    write(repo, {"slos/broken.yaml": BROKEN})
    first = check(CheckOptions(paths=["."], cwd=repo, config=Resolver(repo, env={})))
    broken = [f for f in first.findings if f.code == "SLO001"]
    assert [(f.file, f.position.line) for f in broken] == [("slos/broken.yaml", 3)]
    assert slolint("check", "--write-baseline", "b.json", ".", cwd=repo).returncode == 0
    written = json.loads((repo / "b.json").read_text(encoding="utf-8"))["entries"]
    assert "SLO001" not in {entry["code"] for entry in written}
    key = key_of(broken[0], repo, repo)
    entry = dict(zip(("file", "code", "kind", "name", "json_path"), key, strict=True))
    (repo / "b.json").write_text(
        json.dumps({"version": 1, "entries": [*written, {**entry, "count": 1}]}), encoding="utf-8"
    )
    write(repo, {".slolint.yaml": "baseline: b.json\n"})
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.returncode == 1
    assert [line.split(" [")[0] for line in syntax_error_line(done.stdout)] == [
        "slos/broken.yaml:3:24: SLO001"
    ]


def test_an_over_limit_file_stays_an_error_whatever_the_configuration(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import slolint.load
    from slolint.config import Resolver
    from slolint.engine import CheckOptions, check
    from slolint.findings import Severity

    monkeypatch.setattr(slolint.load, "MAX_FILE_BYTES", 100)
    write(
        repo,
        {
            ".slolint.yaml": 'ignore: [SLO0]\nper-file-ignores:\n  "**": [SLO006]\n',
            "slos/.slolint.yaml": "select: [SLO2]\n",
        },
    )
    monkeypatch.chdir(repo)
    result = check(CheckOptions(paths=["."], cwd=repo, config=Resolver(repo, env={})))
    big = [(f.file, f.code, f.severity) for f in result.findings if f.code == "SLO006"]
    assert big == [("slos/checkout.yaml", "SLO006", Severity.ERROR)]


# -- paths stay inside the repository ---------------------------------------------------------


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.yaml"
    path.write_text("select: [TOPSECRET]\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "baseline",
            "../secret.yaml",
            'baseline: "../secret.yaml" leads outside the repository; use a path inside it',
        ),
        (
            "extends",
            "../secret.yaml",
            'extends: "../secret.yaml" leads outside the repository; use a path inside it',
        ),
        (
            "context-root",
            "../",
            'context-root: "../" leads outside the repository; use a path inside it',
        ),
        (
            "baseline",
            "{secret}",
            'baseline: "{secret}" is an absolute path; use a path relative to the configuration '
            "file, inside the repository",
        ),
        (
            "extends",
            "/proc/self/environ",
            'extends: "/proc/self/environ" is an absolute path; use a path relative to the '
            "configuration file, inside the repository",
        ),
        (
            "context-root",
            "/",
            'context-root: "/" is an absolute path; use a path relative to the configuration '
            "file, inside the repository",
        ),
    ],
)
def test_configuration_paths_that_leave_the_repository_are_refused(
    repo: Path, secret: Path, key: str, value: str, message: str
) -> None:
    value = value.format(secret=secret)
    write(repo, {".slolint.yaml": f"{key}: {json.dumps(value)}\n"})
    done = slolint("check", ".", cwd=repo)
    expected = message.format(root=repo.as_posix(), secret=secret)
    column = len(key) + 3
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f".slolint.yaml:1:{column}: {expected}\n"
    assert "TOPSECRET" not in done.stderr


def test_a_symlink_that_leads_out_is_refused_like_the_path_it_resolves_to(
    repo: Path, secret: Path
) -> None:
    os.symlink(secret, repo / "base.yaml")
    write(repo, {".slolint.yaml": "extends: base.yaml\n"})
    done = slolint("check", ".", cwd=repo)
    assert done.returncode == 2
    assert done.stderr == (
        '.slolint.yaml:1:10: extends: "base.yaml" leads outside the repository; use a path '
        "inside it\n"
    )


def test_an_extends_inside_the_repository_is_read(repo: Path) -> None:
    write(
        repo,
        {
            "config/base.yaml": "ignore: [SLO401]\n",
            "slos/.slolint.yaml": "extends: ../config/base.yaml\n",
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert codes(done) == [BOTH[1]]


def test_a_baseline_naming_a_linted_file_is_refused(repo: Path) -> None:
    write(repo, {".slolint.yaml": "baseline: slos/checkout.yaml\n"})
    done = slolint("check", ".", cwd=repo)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines() == [
        'slolint: error: "slos/checkout.yaml": the baseline is not valid '
        "JSON; rewrite it with --write-baseline"
    ]


def test_a_json_slo_shaped_as_a_baseline_is_refused(repo: Path) -> None:
    document = {
        "version": 1,
        "entries": [],
        "apiVersion": "openslo/v1",
        "kind": "SLO",
        "metadata": {"name": "x"},
    }
    write(repo, {"slos/x.json": json.dumps(document), ".slolint.yaml": "baseline: slos/x.json\n"})
    done = slolint("check", ".", cwd=repo)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        'slolint: error: "slos/x.json": not a slolint baseline (version 1 '
        "with entries); rewrite it with --write-baseline"
    ]


def test_a_missing_baseline_is_empty_with_a_note(repo: Path) -> None:
    write(repo, {".slolint.yaml": "baseline: .slolint-baseline.json\n"})
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert (done.returncode, codes(done)) == (1, BOTH)
    assert done.stderr == (
        'slolint: note: baseline ".slolint-baseline.json" does not exist yet, so it hides '
        "nothing; write it with 'slolint check --write-baseline \".slolint-baseline.json\"'\n"
    )


# -- discovery stops at the root --------------------------------------------------------------


def test_outside_git_discovery_stops_at_the_current_directory(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    write(
        shared,
        {
            ".slolint.yaml": "ignore: [ALL]\n",
            "project/slos/checkout.yaml": SLO.format(name="checkout", target="1.0"),
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=shared / "project")
    assert (done.returncode, codes(done)) == (1, BOTH)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shared.chmod(0o1777)  # a folder everyone may write, as /tmp is
    named = slolint("check", "-f", "concise", str(shared / "project"), cwd=elsewhere)
    assert named.returncode == 1, "the walk never enters a folder everyone may write"
    shared.chmod(0o755)
    trusted = slolint("check", "-f", "concise", str(shared / "project"), cwd=elsewhere)
    assert (trusted.returncode, trusted.stdout) == (0, ""), "a private parent marks the project"


def test_outside_git_a_configuration_in_the_linted_folder_applies(tmp_path: Path) -> None:
    project = write(
        tmp_path / "project",
        {
            ".slolint.yaml": "ignore: [SLO401]\n",
            "slos/checkout.yaml": SLO.format(name="checkout", target="1.0"),
        },
    )
    done = slolint("check", "-f", "concise", ".", cwd=project)
    assert codes(done) == [BOTH[1]]
    named = slolint("check", "-f", "concise", "slos", cwd=project)
    assert codes(named) == [BOTH[1]], "a named subfolder still reads the root's configuration"


# -- the bounded reader -----------------------------------------------------------------------


def fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
@pytest.mark.parametrize(
    ("name", "config", "message"),
    [
        (
            ".slolint.yaml",
            None,
            'cannot read configuration ".slolint.yaml": a named pipe (FIFO), not a regular file; '
            "only files are read",
        ),
        (
            "slos/.slolint.yaml",
            None,
            'cannot read configuration "slos/.slolint.yaml": a named pipe (FIFO), not a regular '
            "file; only files are read",
        ),
        (
            "base.yaml",
            "extends: base.yaml\n",
            'cannot read configuration "base.yaml": a named pipe (FIFO), not a regular file; '
            "only files are read",
        ),
        (
            "b.json",
            "baseline: b.json\n",
            'slolint: error: cannot read baseline "b.json": a named pipe (FIFO), not a '
            "regular file; only files are read",
        ),
    ],
)
def test_a_fifo_among_the_configuration_inputs_is_one_line_and_exit_2(
    repo: Path, name: str, config: str | None, message: str
) -> None:
    if config is not None:
        write(repo, {".slolint.yaml": config})
    fifo(repo / name)
    done = slolint("check", ".", cwd=repo)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == message.format(repo=repo.as_posix()) + "\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            ".slolint.yaml",
            ".slolint.yaml: the configuration file is a link that leads outside the repository",
        ),
        (
            "pyproject.toml",
            "pyproject.toml: the configuration file is a link that leads outside the repository",
        ),
        (
            "b.json",
            '.slolint.yaml:1:11: baseline: "b.json" leads outside the repository; use '
            "a path inside it",
        ),
    ],
)
def test_a_link_to_dev_zero_is_refused_before_it_is_read(
    repo: Path, name: str, message: str
) -> None:
    if name == "b.json":
        write(repo, {".slolint.yaml": "baseline: b.json\n"})
    os.symlink("/dev/zero", repo / name)
    done = slolint("check", ".", cwd=repo)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", message + "\n")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_every_configuration_reader_is_the_bounded_one() -> None:
    from slolint.baseline import Baseline, BaselineError
    from slolint.config import ConfigError
    from slolint.config.files import read_config

    device = "a character device, not a regular file; only files are read"
    with pytest.raises(ConfigError, match=f'^cannot read configuration "/dev/zero": {device}$'):
        read_config(Path("/dev/zero"))
    with pytest.raises(BaselineError, match=f'^cannot read baseline "/dev/zero": {device}$'):
        Baseline.read(Path("/dev/zero"))


def test_a_configuration_file_linked_from_outside_is_not_read(repo: Path, secret: Path) -> None:
    os.symlink(secret, repo / "slos" / ".slolint.yaml")
    done = slolint("check", ".", cwd=repo)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "slos/.slolint.yaml: the configuration file is a link that leads outside the repository\n"
    )


def test_a_deeply_nested_pyproject_is_one_line_and_exit_2(repo: Path) -> None:
    depth = 100_000
    write(repo, {"pyproject.toml": "[tool.slolint]\nselect = " + "[" * depth + "]" * depth + "\n"})
    done = slolint("check", ".", cwd=repo)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "pyproject.toml:1:1: the TOML nests tables or arrays too deeply to be read\n"
    )


# -- command line -----------------------------------------------------------------------------


def test_config_with_isolated_is_refused(repo: Path) -> None:
    write(repo, {"x.yaml": "ignore: [ALL]\n"})
    done = slolint("check", "--config", "x.yaml", "--isolated", ".", cwd=repo)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "--config and --isolated contradict each other; --isolated reads no configuration file\n"
    )


def test_rule_options_are_those_of_the_configuration_governing_each_file(tmp_path: Path) -> None:
    from tests.test_plugins import PLUGIN, install
    from tests.test_plugins import slolint as with_site

    site = tmp_path / "site"
    site.mkdir()
    source = (
        PLUGIN.replace(
            '"SLO names start with the service name")',
            '"SLO names start with the service name",\n'
            '       options={"properties": {"separator": {"type": "string", "default": "?"}}})',
        )
        .replace(
            "            yield violation(",
            '            options = workspace.rule_options("ACME101", item.resource.origin.file)\n'
            '            separator = options["separator"]\n'
            "            yield violation(",
        )
        .replace('{item.service}",', '{item.service}{separator}",')
    )
    install(site, "acme_slo_rules", source, "acme_slo_rules")
    repo = write(
        tmp_path / "repo",
        {
            ".git/HEAD": "",
            ".slolint.yaml": "rules:\n  ACME101: {separator: '-'}\n",
            "team/.slolint.yaml": "rules:\n  ACME101: {separator: '+'}\n",
            "plain/.slolint.yaml": "",
            "a.yaml": SLO.format(name="a", target="0.99"),
            "team/b.yaml": SLO.format(name="b", target="0.99"),
            "plain/c.yaml": SLO.format(name="c", target="0.99"),
        },
    )
    done = with_site("check", "-f", "concise", "--select", "ACME101", ".", cwd=repo, site=site)
    assert done.returncode == 0, done.stderr  # warnings only
    assert [line.split(" ACME101 [warning] ")[1] for line in done.stdout.splitlines()] == [
        "SLO name does not start with its service checkout- (slo-name-prefix)",
        "SLO name does not start with its service checkout- (slo-name-prefix)",
        "SLO name does not start with its service checkout+ (slo-name-prefix)",
    ]
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == [
        "a.yaml",
        "plain/c.yaml",
        "team/b.yaml",
    ]


def test_a_configuration_path_with_a_newline_stays_on_one_line(repo: Path) -> None:
    folder = "team\n::error::forged"
    write(
        repo,
        {
            f"{folder}/.slolint.yaml": 'exclude: ["x.yaml"]\n',
            f"{folder}/x.yaml": SLO.format(name="x", target="1.0"),
        },
    )
    done = slolint("check", "-f", "github", ".", cwd=repo)
    assert not any(line.startswith("::error::forged") for line in done.stdout.splitlines())
    assert "team\\n::error::forged/.slolint.yaml:1" in done.stdout
    write(repo, {f"{folder}/.slolint.yaml": "selct: []\n"})
    broken = slolint("check", ".", cwd=repo)
    assert (broken.returncode, broken.stderr) == (
        2,
        "team\\n::error::forged/.slolint.yaml:1:1: unknown key 'selct'; did you mean \"select\"?\n",
    )


def test_an_internal_error_is_reported_whatever_the_configuration(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from slolint import registry
    from slolint.config import Resolver
    from slolint.engine import CheckOptions, check
    from slolint.rules import load_rules

    load_rules()

    def explode(workspace: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setitem(
        registry._CATALOG, "SLO202", dataclasses.replace(registry.RULES["SLO202"], check=explode)
    )
    path = repo / "slos" / "checkout.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "# slolint: file-ignore[SLO000, ALL] -- hidden\n",
        encoding="utf-8",
    )
    write(
        repo,
        {
            ".slolint.yaml": 'ignore: [SLO0]\nper-file-ignores:\n  "**": [SLO000]\n'
            "baseline: b.json\n",
            "b.json": json.dumps(
                {
                    "version": 1,
                    "entries": [
                        {
                            "file": "slos/checkout.yaml",
                            "code": "SLO000",
                            "kind": "",
                            "name": "",
                            "json_path": "$",
                            "count": 9,
                        }
                    ],
                }
            ),
        },
    )
    monkeypatch.chdir(repo)
    result = check(CheckOptions(paths=["."], cwd=repo, config=Resolver(repo, env={})))
    assert [(f.file, f.code, f.severity.label) for f in result.findings] == [
        ("slos/checkout.yaml", "SLO000", "error")
    ]
    assert result.findings[0].message.startswith(
        "internal error while running rule SLO202 (target-unit-confusion): RuntimeError: boom"
    )
