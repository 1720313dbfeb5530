"""SARIF output: valid SARIF 2.1.0, and everything GitHub code scanning requires of it.

Every SARIF log built here is validated against the official SARIF 2.1.0 JSON Schema (the
copy in ``tests/schemas/``, see its README for source and license). GitHub's own rules go
further than the schema ("required" there means present *and* non-empty); they are listed
in :data:`GITHUB_REQUIREMENTS` and checked one by one, on a report with findings, on a clean
report and on the CLI's output for ``examples/``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from slolint import cli
from slolint.findings import Finding, Position, Severity
from slolint.registry import RULES
from slolint.report import FormatOptions, Report, RuleInfo
from slolint.report.markup import safe_markdown
from slolint.report.registry import load_formatters
from slolint.report.sarif import FINGERPRINT
from slolint.rules import load_rules
from test_github import ci_findings, ci_report

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
EXAMPLES = ROOT / "examples"

Sarif = dict[str, Any]


def sarif(report: Report) -> Sarif:
    loaded: Sarif = json.loads("".join(load_formatters()["sarif"](report, FormatOptions())))
    return loaded


def schema_errors(log: Sarif) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return [
        f"{list(e.absolute_path)}: {e.message}" for e in Draft4Validator(schema).iter_errors(log)
    ]


def _run(log: Sarif) -> Sarif:
    run: Sarif = log["runs"][0]
    return run


def _rules(log: Sarif) -> list[Sarif]:
    rules: list[Sarif] = _run(log)["tool"]["driver"]["rules"]
    return rules


def _locations(log: Sarif) -> list[Sarif]:
    return [loc["physicalLocation"] for r in _run(log)["results"] for loc in r["locations"]]


def _non_empty(value: object) -> bool:
    return isinstance(value, (str, list, dict)) and len(value) > 0


GITHUB_REQUIREMENTS: dict[str, Callable[[Sarif], bool]] = {
    # sarifLog
    "$schema is set": lambda log: _non_empty(log.get("$schema")),
    "version is 2.1.0": lambda log: log.get("version") == "2.1.0",
    "exactly one run (one tool per run)": lambda log: len(log["runs"]) == 1,
    # run
    "results is an array, even when empty": lambda log: isinstance(_run(log)["results"], list),
    "automationDetails.id is category/": lambda log: (
        _run(log)["automationDetails"]["id"] == "slolint/"
    ),
    # toolComponent
    "tool.driver.name": lambda log: _run(log)["tool"]["driver"]["name"] == "slolint",
    "tool.driver.rules is non-empty": lambda log: _non_empty(_rules(log)),
    # reportingDescriptor
    "rule id": lambda log: all(_non_empty(rule["id"]) for rule in _rules(log)),
    "rule ids are unique": lambda log: len({r["id"] for r in _rules(log)}) == len(_rules(log)),
    "rule name at most 255 characters": lambda log: all(
        0 < len(rule["name"]) <= 255 for rule in _rules(log)
    ),
    "shortDescription.text, at most 1024 characters": lambda log: all(
        0 < len(rule["shortDescription"]["text"]) <= 1024 for rule in _rules(log)
    ),
    "fullDescription.text, at most 1024 characters": lambda log: all(
        0 < len(rule["fullDescription"]["text"]) <= 1024 for rule in _rules(log)
    ),
    "help.text": lambda log: all(_non_empty(rule["help"]["text"]) for rule in _rules(log)),
    "help.markdown": lambda log: all(_non_empty(rule["help"]["markdown"]) for rule in _rules(log)),
    "defaultConfiguration.level is note, warning or error": lambda log: all(
        rule["defaultConfiguration"]["level"] in {"note", "warning", "error"}
        for rule in _rules(log)
    ),
    "properties.precision and problem.severity": lambda log: all(
        rule["properties"]["precision"] in {"very-high", "high", "medium", "low"}
        and rule["properties"]["problem.severity"] in {"error", "warning", "recommendation"}
        for rule in _rules(log)
    ),
    # result
    "ruleId and ruleIndex point at the same rule": lambda log: all(
        _rules(log)[r["ruleIndex"]]["id"] == r["ruleId"] for r in _run(log)["results"]
    ),
    "level is note, warning or error": lambda log: all(
        r["level"] in {"note", "warning", "error"} for r in _run(log)["results"]
    ),
    "message.text": lambda log: all(_non_empty(r["message"]["text"]) for r in _run(log)["results"]),
    "one to ten locations": lambda log: all(
        1 <= len(r["locations"]) <= 10 for r in _run(log)["results"]
    ),
    "partialFingerprints, without primaryLocationLineHash": lambda log: all(
        _non_empty(r["partialFingerprints"].get(FINGERPRINT))
        and "primaryLocationLineHash" not in r["partialFingerprints"]
        for r in _run(log)["results"]
    ),
    # physicalLocation
    "artifactLocation.uri is repository-relative with uriBaseId": lambda log: all(
        _non_empty(loc["artifactLocation"]["uri"])
        and not loc["artifactLocation"]["uri"].startswith(("/", "file:", ".."))
        and loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        for loc in _locations(log)
    ),
    "region has 1-based start and end, endColumn after the start": lambda log: all(
        loc["region"]["startLine"] >= 1
        and loc["region"]["startColumn"] >= 1
        and loc["region"]["endLine"] >= loc["region"]["startLine"]
        and (
            loc["region"]["endLine"] > loc["region"]["startLine"]
            or loc["region"]["endColumn"] > loc["region"]["startColumn"]
        )
        for loc in _locations(log)
    ),
}


@pytest.fixture(scope="module")
def examples_log(tmp_path_factory: pytest.TempPathFactory) -> Sarif:
    """The CLI's SARIF for ``examples/``, run from a subfolder of a simulated checkout."""
    workspace = tmp_path_factory.mktemp("workspace")
    shutil.copytree(EXAMPLES, workspace / "examples")
    target = workspace / "out.sarif"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workspace / "examples")
        patch.setenv("GITHUB_WORKSPACE", str(workspace))
        assert cli.main(["check", "-f", f"sarif={target}", "."]) == 1
    log: Sarif = json.loads(target.read_text(encoding="utf-8"))
    return log


LOGS: dict[str, Callable[[], Sarif]] = {
    "findings": lambda: sarif(ci_report()),
    "clean": lambda: sarif(ci_report(())),
}


@pytest.mark.parametrize("which", ["findings", "clean", "examples"])
def test_sarif_validates_against_the_sarif_schema(which: str, examples_log: Sarif) -> None:
    log = examples_log if which == "examples" else LOGS[which]()
    assert schema_errors(log) == []


@pytest.mark.parametrize("requirement", sorted(GITHUB_REQUIREMENTS))
@pytest.mark.parametrize("which", ["findings", "clean", "examples"])
def test_github_code_scanning_requirement(
    which: str, requirement: str, examples_log: Sarif
) -> None:
    log = examples_log if which == "examples" else LOGS[which]()
    assert GITHUB_REQUIREMENTS[requirement](log)


def test_a_broken_log_is_caught() -> None:
    """The checks above can fail: an emptied description and a bad level are rejected."""
    log = sarif(ci_report())
    _rules(log)[0]["fullDescription"]["text"] = ""
    _run(log)["results"][0]["level"] = "fatal"
    assert not GITHUB_REQUIREMENTS["fullDescription.text, at most 1024 characters"](log)
    assert schema_errors(log) != []


def test_sarif_matches_its_golden_file() -> None:
    text = "".join(load_formatters()["sarif"](ci_report(), FormatOptions()))
    path = ROOT / "tests" / "golden" / "report" / "sarif.json"
    if os.environ.get("SLOLINT_UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == path.read_bytes()


def test_clean_run_has_an_empty_results_array() -> None:
    assert _run(sarif(ci_report(())))["results"] == []


def test_every_enabled_rule_is_listed(examples_log: Sarif) -> None:
    load_rules()
    opt_in = {"SLO011", "SLO012"}  # unused and reasonless suppressions: only when selected
    builtin = {code for code in RULES if code.startswith("SLO")}  # other tests add policies
    assert [rule["id"] for rule in _rules(examples_log)] == sorted(builtin - opt_in)
    fired = {r["ruleId"] for r in _run(examples_log)["results"]}
    assert fired == {"SLO101", "SLO102", "SLO201", "SLO301", "SLO401", "SLO802"}
    slo201 = next(rule for rule in _rules(examples_log) if rule["id"] == "SLO201")
    assert slo201["name"] == "target-not-below-100"
    assert slo201["defaultConfiguration"]["level"] == "error"
    assert slo201["help"]["markdown"].endswith(safe_markdown(RULES["SLO201"].doc.strip()))
    assert "``" not in slo201["help"]["markdown"]


def test_selection_limits_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path / "examples")
    assert cli.main(["check", "--select", "SLO2", "-f", "sarif=out/x.sarif", "."]) == 1
    log = json.loads((tmp_path / "examples" / "out" / "x.sarif").read_text(encoding="utf-8"))
    ids = [rule["id"] for rule in _rules(log)]
    assert ids and all(code.startswith("SLO2") for code in ids)
    assert [r["ruleId"] for r in _run(log)["results"]] == ["SLO201"]


def test_examples_results_are_repository_relative(examples_log: Sarif) -> None:
    first = _run(examples_log)["results"][0]
    assert first["ruleId"] == "SLO401"
    assert first["message"]["text"].startswith('SLO "payments-webhook-delivery" is not covered')
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {
            "uri": "examples/slos/payments-webhooks.yaml",
            "uriBaseId": "%SRCROOT%",
        },
        "region": {"startLine": 6, "startColumn": 9, "endLine": 6, "endColumn": 34},
    }
    base = _run(examples_log)["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file:///") and base.endswith("/")


def test_levels_follow_severities() -> None:
    levels = [r["level"] for r in _run(sarif(ci_report()))["results"]]
    assert levels == ["error", "warning", "note"]


def test_related_locations_and_links() -> None:
    result = _run(sarif(ci_report()))["results"][0]
    assert result["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "agreements/gold.sla.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 7, "startColumn": 22, "endLine": 7, "endColumn": 26},
            },
            "message": {"text": "the SLA"},
        }
    ]
    assert result["message"]["text"].endswith("(agreements/gold.sla.yaml:7) (see [the SLA](1))")


def test_brackets_from_files_cannot_forge_links() -> None:
    text = _run(sarif(ci_report()))["results"][2]["message"]["text"]
    assert "\\[x\\](y)" in text


def _moved(finding: Finding, lines: int) -> Finding:
    p = finding.position
    position = Position(p.line + lines, p.column, p.end_line + lines, p.end_column)
    return Finding(
        finding.code,
        finding.name,
        finding.severity,
        finding.message,
        finding.file,
        position,
        finding.json_path,
        finding.document,
        finding.obj,
    )


def _fingerprints(findings: tuple[Finding, ...]) -> list[str]:
    return [
        r["partialFingerprints"][FINGERPRINT] for r in _run(sarif(ci_report(findings)))["results"]
    ]


def test_fingerprints_survive_moved_lines_and_tell_findings_apart() -> None:
    findings = ci_findings()
    before = _fingerprints(findings)
    after = _fingerprints(tuple(_moved(f, 40) for f in findings))
    assert before == after
    assert len(set(before)) == len(before)
    assert all(value.endswith(":1") for value in before)
    twice = _fingerprints((findings[1], _moved(findings[1], 3)))
    assert twice[0].split(":")[0] == twice[1].split(":")[0]
    assert [value.split(":")[1] for value in twice] == ["1", "2"]


def test_fingerprints_use_the_repository_path_not_the_working_directory() -> None:
    from_root = _fingerprints(ci_findings())
    moved = tuple(
        Finding(
            f.code,
            f.name,
            f.severity,
            f.message,
            f"../{f.file}",
            f.position,
            f.json_path,
            f.document,
            f.obj,
        )
        for f in ci_findings()
    )
    report = Report(moved, 1, 1, "0.1.0", {}, (), "/work/repo", "/work/repo/sub")
    assert [
        r["partialFingerprints"][FINGERPRINT] for r in _run(sarif(report))["results"]
    ] == from_root


def test_unknown_codes_get_a_descriptor() -> None:
    stray = Finding("ACME001", "team-label", Severity.WARNING, "m", "a.yaml", Position(1, 1, 1, 2))
    log = sarif(Report((stray,), 1, 1, "0.1.0"))
    assert schema_errors(log) == []
    assert all(check(log) for check in GITHUB_REQUIREMENTS.values())
    assert _rules(log)[0]["id"] == "ACME001"


def test_uris_are_percent_encoded() -> None:
    odd = Finding("SLO201", "n", Severity.ERROR, "m", "my slos/100%#1.yaml", Position(1, 1, 1, 2))
    log = sarif(
        Report((odd,), 1, 1, "0.1.0", {}, (RuleInfo("SLO201", "n", Severity.ERROR, "s", "d"),))
    )
    assert _locations(log)[0]["artifactLocation"]["uri"] == "my%20slos/100%25%231.yaml"
    assert schema_errors(log) == []


def test_sarif_is_written_one_result_at_a_time() -> None:
    """The log comes in pieces, one per result between the frame's two halves, and the
    pieces are exactly ``json.dumps(log, indent=2)``: streaming changes no byte."""
    base = ci_findings()[1]
    many = tuple(
        Finding(base.code, base.name, base.severity, f"m{n}", base.file, Position(n, 1, n, 2))
        for n in range(1, 501)
    )
    pieces = list(load_formatters()["sarif"](ci_report(many), FormatOptions()))
    assert len(pieces) == 500 + 3  # head, 500 results, the closing bracket, the tail
    text = "".join(pieces)
    log = json.loads(text)
    assert text == json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    assert [r["message"]["text"] for r in _run(log)["results"]] == [f"m{n}" for n in range(1, 501)]
    assert schema_errors(log) == []


def test_help_markdown_of_a_team_policy_is_escaped() -> None:
    """A policy's summary and description come from the repository: no image, link, tag,
    mention or autolink reaches code scanning's rendering of ``help.markdown``."""
    rule = RuleInfo(
        "ACME1",
        "team-rule",
        Severity.ERROR,
        "![x](https://evil.example/p.png) @org/team",
        "Click [here](javascript:alert(1)) or <img src=x>, see www.evil.example.\n\n"
        "Keep ``slolint.dev/ignore`` literal.\n\nMore: https://evil.example/@team",
    )
    report = dataclasses.replace(ci_report(()), rules=(rule,))
    (descriptor,) = sarif(report)["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["help"]["markdown"] == (
        "**ACME1 team-rule**: \\!\\[x\\](https:\u200b//evil.example/p.png) &#64;\u200borg/team.\n\n"
        "Click \\[here\\](javascript:alert(1)) or &lt;img src=x&gt;, see w\u200bww.evil.example.\n\n"
        "Keep `slolint.dev/ignore` literal.\n\n"
        "More: https:\u200b//evil.example/&#64;\u200bteam"
    )
