"""The CI formats for people and CI systems: ``github`` annotations, ``markdown``, ``junit``.

Golden files live in ``tests/golden/report/`` (regenerate with ``SLOLINT_UPDATE_GOLDEN=1``
and review the diff). The other tests pin what the golden files cannot show on their own:
escaping against workflow-command injection, repository-relative paths from any working
directory, the automatic choice of ``github`` on a runner, and several outputs in one run.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from slolint import cli
from slolint.findings import Finding, ObjectRef, Position, RelatedPosition, Severity
from slolint.registry import RULES
from slolint.report import FormatOptions, Report, RuleInfo
from slolint.report.github import escape_data, escape_property
from slolint.report.markdown import MAX_ROWS
from slolint.report.registry import load_formatters, repository_root, rule_infos
from slolint.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "report"
EXAMPLES = ROOT / "examples"
REPO = "/work/repo"
SLO = ObjectRef("openslo/v1", "SLO", "checkout-availability")


def at(line: int, column: int, end_column: int) -> Position:
    return Position(line, column, line, end_column)


def ci_findings() -> tuple[Finding, ...]:
    """Three severities, two files, a related location and a value with markup in it."""
    return (
        Finding(
            "SLO301",
            "slo-not-stricter-than-sla",
            Severity.ERROR,
            'SLO target 99.9% is not stricter than SLA "gold" target 99.9% (agreements/gold.sla.yaml:7)',
            "slos/checkout.yaml",
            at(12, 22, 26),
            "$.spec.objectives[0].targetPercent",
            0,
            SLO,
            related=(RelatedPosition("agreements/gold.sla.yaml", at(7, 22, 26), "the SLA"),),
        ),
        Finding(
            "SLO201",
            "target-not-below-100",
            Severity.WARNING,
            "objective target 1.0 (100%) leaves no error budget; use a target below 1",
            "slos/checkout.yaml",
            at(20, 15, 18),
            "$.spec.objectives[1].target",
            0,
            SLO,
        ),
        Finding(
            "SLO802",
            "dangling-reference",
            Severity.INFO,
            'indicatorRef names SLI "a|b <img src=x> @team [x](y)", which does not exist',
            "slos/search.yaml",
            at(9, 18, 40),
            "$.spec.indicatorRef",
            0,
            ObjectRef("openslo/v1", "SLO", "search"),
        ),
    )


CI_RULES = (
    RuleInfo("SLO201", "target-not-below-100", Severity.ERROR, "targets stay below 100%", "Doc."),
    RuleInfo("SLO301", "slo-not-stricter-than-sla", Severity.ERROR, "an SLO beats its SLA", "D."),
    RuleInfo("SLO802", "dangling-reference", Severity.ERROR, "references resolve", "Doc ``x``."),
)


def ci_report(findings: tuple[Finding, ...] | None = None, cwd: str = REPO) -> Report:
    chosen = ci_findings() if findings is None else findings
    names = {rule.code: rule.name for rule in CI_RULES}
    return Report(chosen, 4, 5, "0.1.0", names, CI_RULES, REPO, cwd)


def render(name: str, report: Report, **options: bool) -> str:
    return "".join(load_formatters()[name](report, FormatOptions(**options)))


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("SLOLINT_UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize(
    ("fmt", "golden"),
    [("github", "github.txt"), ("markdown", "markdown.md"), ("junit", "junit.xml")],
)
def test_ci_formats_match_golden_files(fmt: str, golden: str) -> None:
    assert_golden(golden, render(fmt, ci_report()))


# --- github -------------------------------------------------------------------------------


def test_github_annotation_shape() -> None:
    lines = render("github", ci_report()).splitlines()
    assert lines == [
        "::group::slos/checkout.yaml",
        "::error file=slos/checkout.yaml,line=12,col=22,endLine=12,endColumn=26,"
        "title=SLO301 slo-not-stricter-than-sla::slos/checkout.yaml:12:22: SLO301 SLO target "
        '99.9%25 is not stricter than SLA "gold" target 99.9%25 (agreements/gold.sla.yaml:7)',
        "::warning file=slos/checkout.yaml,line=20,col=15,endLine=20,endColumn=18,"
        "title=SLO201 target-not-below-100::slos/checkout.yaml:20:15: SLO201 objective target "
        "1.0 (100%25) leaves no error budget; use a target below 1",
        "::endgroup::",
        "::group::slos/search.yaml",
        "::notice file=slos/search.yaml,line=9,col=18,endLine=9,endColumn=40,"
        "title=SLO802 dangling-reference::slos/search.yaml:9:18: SLO802 indicatorRef names SLI "
        '"a|b <img src=x> @team [x](y)", which does not exist',
        "::endgroup::",
        "Found 3 problems (1 error, 1 warning, 1 info) in 2 files",
    ]


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("k: v, w", "k: v, w", "k%3A v%2C w"),
        ("%0A", "%250A", "%250A"),
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
        ("esc\x1b[2J", "esc␛[2J", "esc␛[2J"),
    ],
)
def test_escaping_matches_the_actions_toolkit(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_hostile_names_cannot_inject_workflow_commands() -> None:
    evil = Finding(
        "SLO802",
        "dangling-reference",
        Severity.ERROR,
        'name "x\n::set-output name=a::b\r\n::add-mask::y" is bad',
        "slos/we,ird:\n::error file=z::.yaml",
        at(1, 1, 2),
    )
    out = render("github", ci_report((evil,)))
    lines = out.splitlines()
    assert len(lines) == 4  # group, one annotation, endgroup, summary
    command = lines[1]
    assert command.startswith(
        "::error file=slos/we%2Cird%3A%0A%3A%3Aerror file=z%3A%3A.yaml,line=1,"
    )
    properties, message = command[2:].split("::", 1)
    assert "::" not in properties
    assert message == (
        "slos/we,ird:%0A::error file=z::.yaml:1:1: SLO802 "
        'name "x%0A::set-output name=a::b%0D%0A::add-mask::y" is bad'
    )
    assert lines[0] == "::group::slos/we,ird:%0A::error file=z::.yaml"


def test_paths_are_relative_to_the_repository_root_from_any_directory() -> None:
    report = ci_report(cwd=f"{REPO}/team/sub")
    assert report.repository_path("slos/a.yaml") == "team/sub/slos/a.yaml"
    assert report.repository_path("../../other/b.yaml") == "other/b.yaml"
    assert report.repository_path("/elsewhere/c.yaml") == "/elsewhere/c.yaml"
    assert report.repository_path(f"{REPO}/d.yaml") == "d.yaml"
    out = render("github", report)
    assert "::error file=team/sub/slos/checkout.yaml,line=12," in out
    assert "::team/sub/slos/checkout.yaml:12:22: SLO301 " in out
    assert Report((), 0, 0, "0").repository_path("x/y.yaml") == "x/y.yaml"


def test_symlinked_working_directory_resolves_into_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "slos").mkdir(parents=True)
    (tmp_path / "link").symlink_to(repo / "slos")
    report = Report((), 0, 0, "0", root=str(repo), cwd=str(tmp_path / "link"))
    assert report.repository_path("a.yaml") == "slos/a.yaml"


def test_repository_root_prefers_github_workspace(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    sub = tmp_path / "repo" / "a" / "b"
    sub.mkdir(parents=True)
    assert repository_root(sub, {}) == (tmp_path / "repo").resolve()
    assert repository_root(sub, {"GITHUB_WORKSPACE": str(tmp_path)}) == tmp_path
    assert repository_root(sub, {"GITHUB_WORKSPACE": ""}) == (tmp_path / "repo").resolve()
    bare = tmp_path / "bare"
    bare.mkdir()
    assert repository_root(bare, {}) == bare.resolve()


def test_rule_infos_cover_enabled_and_reported_codes() -> None:
    rules = load_rules()
    infos = rule_infos(rules, {"SLO301", "SLO201"}, ["SLO000", "SLO201", "NOPE1"])
    assert [info.code for info in infos] == ["SLO000", "SLO201", "SLO301"]
    assert infos[1].name == RULES["SLO201"].name and infos[1].doc == RULES["SLO201"].doc


# --- markdown -----------------------------------------------------------------------------


def test_markdown_groups_by_file_with_counts_per_rule() -> None:
    text = render("markdown", ci_report())
    assert text.startswith("## slolint\n\nFound 3 problems (1 error, 1 warning, 1 info)")
    assert "| `SLO201` | target-not-below-100 | 1 |\n" in text
    assert text.index("### slos/checkout.yaml (2 findings)") < text.index(
        "### slos/search.yaml (1 finding)"
    )
    assert "| 12:22 | error | `SLO301` slo-not-stricter-than-sla |" in text


def test_markdown_escapes_markup_html_and_mentions() -> None:
    row = next(
        line for line in render("markdown", ci_report()).splitlines() if line.startswith("| 9:18 ")
    )
    message = row.split(" | ", 4)[-1]
    assert message == (
        'indicatorRef names SLI "a\\|b &lt;img src=x&gt; &#64;\u200bteam \\[x\\](y)", '
        "which does not exist |"
    )
    assert len(re.findall(r"(?<!\\)\|", row)) == 5  # the | in the value opens no cell


def test_markdown_is_bounded() -> None:
    base = ci_findings()[1]
    many = tuple(
        Finding(
            base.code,
            base.name,
            base.severity,
            base.message,
            base.file,
            at(n, 1, 2),
            base.json_path,
        )
        for n in range(1, MAX_ROWS + 6)
    )
    text = render("markdown", ci_report(many))
    assert text.count("| warning |") == MAX_ROWS
    assert text.endswith("… and 5 more findings not listed here.\n")


def test_markdown_clean_and_statistics() -> None:
    assert (
        render("markdown", ci_report(())) == "## slolint\n\nAll checked: no problems in 4 files.\n"
    )
    stats = render("markdown", ci_report(), statistics=True)
    assert "| `SLO802` | dangling-reference | 1 |" in stats and "###" not in stats


# --- junit --------------------------------------------------------------------------------


def test_junit_one_suite_per_file_one_failure_per_finding() -> None:
    root = ET.fromstring(render("junit", ci_report()))
    assert root.tag == "testsuites" and root.get("failures") == "3"
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("failures")) for s in suites] == [
        ("slos/checkout.yaml", "2"),
        ("slos/search.yaml", "1"),
    ]
    case = suites[0].find("testcase")
    assert case is not None
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "SLO301"
    assert failure.text is not None
    assert failure.text.startswith("slos/checkout.yaml:12:22: SLO301 [error] SLO target")


def test_junit_survives_control_characters_and_clean_runs() -> None:
    evil = Finding("SLO201", "n", Severity.ERROR, "a\x00b\x1b\ufffe", "x\x07.yaml", at(1, 1, 2))
    root = ET.fromstring(render("junit", ci_report((evil,))))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "a␀b␛\ufffd"
    clean = ET.fromstring(render("junit", ci_report(())))
    assert clean.get("tests") == "1" and clean.get("failures") == "0"
    assert clean.find("testsuite/testcase") is not None


# --- the CLI on a runner ------------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``examples/`` copied to ``<workspace>/team``, cwd there, ``GITHUB_WORKSPACE`` set."""
    shutil.copytree(EXAMPLES, tmp_path / "team")
    monkeypatch.chdir(tmp_path / "team")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


ANNOTATION = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),")


def test_github_is_chosen_on_a_runner(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert cli.main(["check", "."]) == 1
    out = capsys.readouterr().out
    found = [ANNOTATION.match(line) for line in out.splitlines()]
    files = {match.group(2) for match in found if match}
    assert files == {
        "team/slos/payments-webhooks.yaml",
        "team/slos/payments.yaml",
        "team/slos/search.yaml",
    }
    assert (
        "::error file=team/slos/search.yaml,line=21,col=15,endLine=21,endColumn=18,title=SLO201 target-not-below-100::team/slos/search.yaml:21:15: SLO201 objective target 1.0 (100%25)"
        in out
    )
    assert out.endswith("Found 7 problems (7 errors) in 3 files\n  configuration: .slolint.yaml\n")
    assert cli.main(["check", "-f", "concise", "."]) == 1
    assert capsys.readouterr().out.startswith("slos/payments-webhooks.yaml:6:9: SLO401 [error]")


@pytest.mark.parametrize("value", ["false", "1", ""])
def test_text_stays_the_default_elsewhere(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", value)
    cli.main(["check", "."])
    out = capsys.readouterr().out
    assert "::error" not in out and "\n   |\n" in out


def test_several_outputs_in_one_run(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        [
            "check",
            "-f",
            "github",
            "-f",
            "sarif=out.sarif",
            "-f",
            "markdown=summary.md",
            "-f",
            "junit=junit.xml",
            ".",
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out.count("\n::error ") + captured.out.startswith("::error ") == 7
    assert captured.err == ""
    assert Path("summary.md").read_text(encoding="utf-8").count("| error |") == 7
    assert Path("out.sarif").read_text(encoding="utf-8").count('"ruleId"') == 7
    assert ET.parse("junit.xml").getroot().get("failures") == "7"


def test_markdown_stays_under_the_job_summary_limit() -> None:
    """1,000 messages of 1,000 ``<`` each escape to 4 MB: the summary is cut near 1 MB and
    says how many findings it does not list (counted here from the rows it kept)."""
    base = ci_findings()[1]
    many = tuple(
        dataclasses.replace(base, message="<" * 1000, position=at(n, 1, 2))
        for n in range(1, MAX_ROWS + 1)
    )
    text = render("markdown", ci_report(many))
    size = len(text.encode("utf-8"))
    assert 900_000 < size <= 1_000_000 < 1_048_576
    listed = text.count("| warning |")
    head = (
        "## slolint\n\nFound 1000 problems (1000 warnings) in 1 file.\n\n"
        "| rule | name | findings |\n| --- | --- | ---: |\n"
        "| `SLO201` | target-not-below-100 | 1000 |\n\n"
        "### slos/checkout.yaml (1000 findings)\n\n"
        "| line | severity | rule | message |\n| ---: | --- | --- | --- |\n"
    )
    budget = 1_000_000 - len(head) - 200  # 200 bytes kept for the closing line
    # a row: "| N:1 | warning | `SLO201` target-not-below-100 | " + 4,000 + " |\n"
    rows, used = 0, 0
    for n in range(1, MAX_ROWS + 1):
        cost = 2 + len(f"{n}:1") + 13 + 29 + 3 + 4000 + 3
        if used + cost > budget:
            break
        rows, used = rows + 1, used + cost
    assert listed == rows == 246
    assert text.endswith(f"… and {MAX_ROWS - listed} more findings not listed here.\n")


def test_markdown_counts_findings_past_the_run_cap() -> None:
    report = dataclasses.replace(ci_report(), omitted=40)
    text = render("markdown", report)
    assert "in 2 files; 40 more not shown (at most 10,000 findings are reported)." in text
    assert text.endswith("… and 40 more findings not listed here.\n")


def test_markdown_links_nothing_from_a_file() -> None:
    hostile = (
        "see https://evil.example/x and www.evil.example, ![i](javascript:alert(1)) "
        "<a href=x>y</a> @org/team"
    )
    finding = dataclasses.replace(ci_findings()[1], message=hostile)
    row = next(
        line for line in render("markdown", ci_report((finding,))).splitlines() if "| 20:15" in line
    )
    assert row.split(" | ", 4)[-1] == (
        "see https:\u200b//evil.example/x and w\u200bww.evil.example, "
        "\\!\\[i\\](javascript:alert(1)) &lt;a href=x&gt;y&lt;/a&gt; &#64;\u200borg/team |"
    )
