"""Custom policies: the README's tier-1 example, the normalized view, and invalid policies."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from tests.test_suppress import HEAD

from helpers import run_slolint
from slolint.config import Resolver
from slolint.engine import CheckOptions, check
from slolint.policies import view_of
from slolint.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = re.compile(r"<!-- tier-1 policy example[^>]*-->\n```yaml\n(.*?)```", re.DOTALL)


def readme_example() -> str:
    match = EXAMPLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match, "README.md lost the tier-1 policy example"
    return match.group(1)


def slo(name: str, labels: str, target: str, duration: str) -> str:
    """HEAD with ``labels:`` and ``labels`` after the name, a window and one objective."""
    text = HEAD.format(name=name).replace(
        f"  name: {name}\n", f"  name: {name}\n  labels:\n{labels}"
    )
    text = text.replace("duration: 28d", f"duration: {duration}")
    return text + f"  objectives:\n    - target: {target}\n"


def slolint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_slolint(*args, cwd=cwd)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    slos = tmp_path / "slos"
    slos.mkdir()
    files = {
        # compliant: 99.95% over 28 days, owner from the team label
        "checkout.yaml": slo("checkout", '    tier: "1"\n    team: checkout\n', "0.9995", "28d"),
        # three violations: no owner, a 7-day window, 99.5%
        "payments.yaml": slo("payments", '    tier: "1"\n', "0.995", "7d"),
        # not tier 1: not matched
        "search.yaml": slo("search", '    tier: "2"\n    env: prod\n', "0.99", "7d"),
        # 1M calendar: its shortest period is 28 days, enough; owner from the annotation
        "ledger.yaml": slo(
            "ledger",
            '    tier: "1"\n  annotations:\n    slolint.dev/owner: ledger-team\n',
            "0.999",
            "1M\n      calendar: {startTime: '2024-01-01 00:00:00', timeZone: UTC}",
        ).replace("      isRolling: true\n", ""),
    }
    for name, text in files.items():
        (slos / name).write_text(text, encoding="utf-8")
    (tmp_path / ".slolint.yaml").write_text(
        readme_example() + "ignore: [SLO401]\n", encoding="utf-8"
    )
    return tmp_path


def test_readme_tier_1_example_reports_each_violation_at_its_field(repo: Path) -> None:
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "slos/payments.yaml:4:9: ACME001 [error] tier-1 SLO payments: 'owner' is a required "
        "property (tier-1-slo-standard)",
        # the window item is on line 25 of HEAD, 27 below the two label lines; "7d" at column 17
        "slos/payments.yaml:27:17: ACME001 [error] tier-1 SLO payments: 7 is less than the "
        "minimum of 28 (tier-1-slo-standard)",
        "slos/payments.yaml:30:15: ACME001 [error] tier-1 SLO payments: 0.995 is less than the "
        "minimum of 0.999 (tier-1-slo-standard)",
    ]


def test_readme_example_output_block_matches(repo: Path) -> None:
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in done.stdout.splitlines():
        assert line in readme


def test_policy_findings_fit_the_json_output_schema(repo: Path) -> None:
    import json

    import jsonschema

    done = slolint("check", "-f", "json", ".", cwd=repo)
    report = json.loads(done.stdout)
    assert {finding["code"] for finding in report["findings"]} == {"ACME001"}
    schema = json.loads((ROOT / "schemas" / "slolint-output.schema.json").read_text())
    jsonschema.validate(report, schema)


def test_policy_appears_in_rules_and_rule(repo: Path) -> None:
    listing = slolint("rules", cwd=repo)
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[0].split() == [
        "ACME001",
        "tier-1-slo-standard",
        "error",
        "tier-1",
        "SLOs",
        "target",
        "at",
        "least",
        "99.9%",
        "over",
        "28",
        "days",
        "or",
        "more",
        "and",
        "name",
        "an",
        "owner",
    ]
    explained = slolint("rule", "tier-1-slo-standard", cwd=repo)
    assert explained.stdout.startswith("# ACME001 tier-1-slo-standard\n")
    assert "Declared in .slolint.yaml." in explained.stdout
    assert "ACME001" not in slolint("rules", "--isolated", cwd=repo).stdout


def test_policies_are_selected_ignored_and_suppressed_like_rules(repo: Path) -> None:
    done = slolint("check", "-f", "concise", "--ignore", "ACME001", ".", cwd=repo)
    assert (done.returncode, done.stdout) == (0, "")
    path = repo / "slos" / "payments.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "# slolint: file-ignore[ACME] -- migrating\n",
        encoding="utf-8",
    )
    assert slolint("check", "-f", "concise", ".", cwd=repo).stdout == ""


def test_a_nested_configuration_inherits_the_policy(repo: Path) -> None:
    (repo / "slos" / ".slolint.yaml").write_text("ignore: [SLO401]\n", encoding="utf-8")
    done = slolint("check", "-f", "concise", ".", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert [line.split(" ")[1] for line in done.stdout.splitlines()] == ["ACME001"] * 3


def test_normalized_view_of_an_slo(repo: Path) -> None:
    result = check(
        CheckOptions(
            paths=["slos/ledger.yaml"], context=False, cwd=repo, config=Resolver(repo, env={})
        )
    )
    assert result.errors == []
    from slolint.load import load_text
    from slolint.recognize import recognize

    text = (repo / "slos" / "ledger.yaml").read_text(encoding="utf-8")
    document = load_text("slos/ledger.yaml", text).documents[0]
    found, _ = recognize("slos/ledger.yaml", 0, document.data)
    workspace = Workspace.build(found[0].objects)
    view = view_of(workspace.slos[0], workspace)
    assert view == {
        "apiVersion": "openslo/v1",
        "format": "openslo",
        "kind": "SLO",
        "name": "ledger",
        "service": "checkout",
        "labels": {"tier": "1"},
        "annotations": {"slolint.dev/owner": "ledger-team"},
        "owner": "ledger-team",
        "objectives": [{"target": 0.999, "targetPercent": 99.9}],
        "target": 0.999,
        "targetPercent": 99.9,
        "window": {
            "duration": "1M",
            "rolling": False,
            "calendar": True,
            "seconds": 28 * 86400,
            "days": 28,
        },
        "budgetingMethod": "Occurrences",
        "indicator": {"name": "checkout-success", "kind": "ratio"},
        "aspirational": False,
        "sla": {"covered": False, "names": []},
        "errorBudgetPolicy": {"covered": False, "names": []},
    }


POLICY = """\
policies:
  - code: {code}
    name: team-rule
    message: "{message}"
    assert: {assertion}
"""


@pytest.mark.parametrize(
    ("code", "message", "assertion", "expected"),
    [
        (
            "SLO999",
            "m",
            "{}",
            ".slolint.yaml:2:11: policies.0.code: 'SLO999' is not a valid policy code; codes "
            "are letters then digits and must not start with SLO; names are kebab-case",
        ),
        (
            "ACME1",
            "m",
            "{type: 12}",
            ".slolint.yaml:5:20: policies[0].assert: 12 is not valid under any of the given schemas",
        ),
        (
            "ACME1",
            "m",
            "{$ref: 'https://example.com/s.json'}",
            ".slolint.yaml:5:13: policies[0].assert: $ref 'https://example.com/s.json' leaves the "
            "policy; only local references (#/...) are allowed",
        ),
        (
            "ACME1",
            "{owner} is missing",
            "{}",
            ".slolint.yaml:4:14: policies[0].message: unknown placeholder {owner}; expected "
            "{code}, {error}, {field}, {kind}, {name}, {service}, {value}",
        ),
    ],
)
def test_invalid_policies_exit_2_with_a_located_message(
    tmp_path: Path, code: str, message: str, assertion: str, expected: str
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(
        POLICY.format(code=code, message=message, assertion=assertion), encoding="utf-8"
    )
    done = slolint("check", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [expected]


def test_policy_code_clash_with_a_builtin_name(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(
        "policies:\n  - {code: ACME1, name: duplicate-key, message: m, assert: {}}\n",
        encoding="utf-8",
    )
    done = slolint("check", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        ".slolint.yaml:2:25: policies: name 'duplicate-key' is already used by rule SLO002\n"
    )
