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
    assert explained.stdout.startswith("ACME001 tier-1-slo-standard\n" + "=" * 27 + "\n")
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
    assert view.pop("document") == document.data
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


def workspace_of(*texts: str) -> Workspace:
    """The workspace of documents given as text, one file each."""
    from slolint.load import load_text
    from slolint.recognize import recognize

    objects = []
    for number, text in enumerate(texts):
        name = f"f{number}.yaml"
        for document in load_text(name, text).documents:
            found, _ = recognize(name, document.index, document.data)
            for item in found:
                objects.extend(item.objects)
    return Workspace.build(objects)


def policy_config(match: str, assertion: str, message: str = "{name}: {error}") -> str:
    return (
        "ignore: [SLO401]\npolicies:\n"
        f"  - {{code: ACME7, name: team-rule, message: '{message}', match: {match},\n"
        f"     assert: {assertion}}}\n"
    )


def test_a_policy_asserts_on_the_document_as_written(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    described = HEAD.format(name="described").replace(
        "  service: checkout\n", "  service: checkout\n  description: the checkout flow\n"
    )
    (tmp_path / "bare.yaml").write_text(HEAD.format(name="bare"), encoding="utf-8")
    (tmp_path / "described.yaml").write_text(described, encoding="utf-8")
    (tmp_path / ".slolint.yaml").write_text(
        policy_config(
            "{kinds: [SLO]}",
            "{properties: {document: {properties: {spec: {required: [description]}}}}}",
        ),
        encoding="utf-8",
    )
    done = slolint("check", "-f", "concise", "--select", "ACME7", ".", cwd=tmp_path)
    # the schema error is on document.spec: reported at the value of spec, line 6 column 3
    assert (done.returncode, done.stdout.splitlines()) == (
        1,
        ["bare.yaml:6:3: ACME7 [error] bare: 'description' is a required property (team-rule)"],
    )


def test_absent_labels_annotations_and_objectives_are_left_out_of_the_view() -> None:
    workspace = workspace_of(HEAD.format(name="plain"))
    view = view_of(workspace.slos[0], workspace)
    assert "labels" not in view
    assert "annotations" not in view
    assert "objectives" not in view  # HEAD has none: `required: [objectives]` can say so
    assert "target" not in view
    labelled = workspace_of(
        HEAD.format(name="labelled").replace(
            "  name: labelled\n", "  name: labelled\n  labels: {tier: '1'}\n"
        )
    )
    view = view_of(labelled.slos[0], labelled)
    assert view["labels"] == {"tier": "1"}
    assert "annotations" not in view


@pytest.mark.parametrize(
    ("match", "expected"),
    [
        (
            "{kinds: [Slo]}",
            ".slolint.yaml:3:80: policies[0].match.kinds: unknown kind 'Slo'; "
            'did you mean "SLO"?',
        ),
        (
            "{kinds: [SLO, ErrorBudgetPolicies]}",
            ".slolint.yaml:3:85: policies[0].match.kinds: unknown kind 'ErrorBudgetPolicies'; "
            'did you mean "ErrorBudgetPolicy"?',
        ),
        (
            "{formats: [OpenSLO]}",
            ".slolint.yaml:3:82: policies[0].match.formats: unknown format 'OpenSLO'; "
            'did you mean "openslo"?',
        ),
        (
            "{formats: [nobl9]}",
            ".slolint.yaml:3:82: policies[0].match.formats: unknown format 'nobl9'; expected "
            "one of openslo, openslo-v1, openslo-v1alpha, openslo-v2alpha, openslo.com, "
            "openslo.com/v2alpha, openslo/v1, openslo/v1alpha, prometheus, prometheus/v1, "
            "pyrra, pyrra.dev, pyrra.dev/v1alpha1, slo-generator, slolint, slolint.dev, "
            "slolint.dev/v1alpha1, sloth, sloth.slok.dev, sloth.slok.dev/v1, sre, "
            "sre.google.com, sre.google.com/v2",
        ),
    ],
)
def test_unknown_kinds_and_formats_are_configuration_errors(
    tmp_path: Path, match: str, expected: str
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(policy_config(match, "{}"), encoding="utf-8")
    done = slolint("check", ".", cwd=tmp_path)
    assert (done.returncode, done.stderr.splitlines()) == (2, [expected])


EBP = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata: {{name: {name}}}
spec:
  owner: someone
  scope: {scope}
  triggers: [{{name: t, when: {{budgetConsumed: 1.0}}, actions: [{{type: releaseFreeze}}]}}]
"""


def test_one_coverage_relation_for_slo401_and_the_view() -> None:
    """Selector, sloRefs and the annotation each cover; SLO401 and the view agree."""
    by_label = HEAD.format(name="by-label").replace(
        "  name: by-label\n", "  name: by-label\n  labels: {team: pay}\n"
    )
    by_annotation = HEAD.format(name="by-annotation").replace(
        "  name: by-annotation\n",
        "  name: by-annotation\n  annotations: {slolint.dev/error-budget-policy: via-annotation}\n",
    )
    dangling = HEAD.format(name="dangling").replace(
        "  name: dangling\n",
        "  name: dangling\n  annotations: {slolint.dev/error-budget-policy: nowhere}\n",
    )
    workspace = workspace_of(
        by_label,
        HEAD.format(name="by-ref"),
        by_annotation,
        dangling,
        HEAD.format(name="uncovered"),
        EBP.format(name="via-selector", scope="{selector: {matchLabels: {team: pay}}}"),
        EBP.format(name="via-refs", scope="{sloRefs: [by-ref, by-label]}"),
        EBP.format(name="via-annotation", scope="{sloRefs: [nothing-here]}"),
    )
    names = {slo.name: view_of(slo, workspace)["errorBudgetPolicy"] for slo in workspace.slos}
    assert names == {
        "by-label": {"covered": True, "names": ["via-refs", "via-selector"]},
        "by-ref": {"covered": True, "names": ["via-refs"]},
        "by-annotation": {"covered": True, "names": ["via-annotation"]},
        "dangling": {"covered": False, "names": []},
        "uncovered": {"covered": False, "names": []},
    }
    from slolint.rules.policy import error_budget_policy_missing

    reported = sorted(
        violation.location.origin.file for violation in error_budget_policy_missing(workspace)
    )
    assert reported == ["f3.yaml", "f4.yaml"]


def test_policy_patterns_run_in_linear_time(tmp_path: Path) -> None:
    """``^(a+)+$`` backtracks for minutes in Python's re on 46 characters then a "b"; on
    RE2 the name is simply reported as not matching."""
    (tmp_path / ".git").mkdir()
    name = "a" * 46 + "b"
    (tmp_path / "slo.yaml").write_text(HEAD.format(name=name), encoding="utf-8")
    (tmp_path / ".slolint.yaml").write_text(
        policy_config(
            "{kinds: [SLO]}",
            "{properties: {name: {pattern: '^(a+)+$'}, "
            "labels: {patternProperties: {'^(a+)+$': {}}, additionalProperties: false}}}",
        ),
        encoding="utf-8",
    )
    done = slolint("check", "-f", "concise", "--select", "ACME7", ".", cwd=tmp_path)
    assert (done.returncode, done.stdout.splitlines()) == (
        1,
        [f"slo.yaml:4:9: ACME7 [error] {name}: '{name}' does not match '^(a+)+$' (team-rule)"],
    )


def test_pattern_properties_and_additional_properties_use_the_same_engine() -> None:
    from slolint.config.policy_schema import validator_for

    validator = validator_for(
        {"patternProperties": {"^x-[a-z]+$": {"type": "string"}}, "additionalProperties": False}
    )
    errors = sorted(e.message for e in validator.iter_errors({"x-ok": 1, "y": "v", "z": "v"}))
    assert errors == [
        "'y', 'z' do not match any of the regexes: '^x-[a-z]+$'",
        "1 is not of type 'string'",
    ]
    closed = validator_for({"properties": {"a": {}}, "additionalProperties": False})
    assert [e.message for e in closed.iter_errors({"a": 1, "b": 2})] == [
        "Additional properties are not allowed ('b' was unexpected)"
    ]


@pytest.mark.parametrize(
    ("assertion", "column", "pattern", "reason"),
    [
        (
            "{properties: {name: {pattern: '(?<=a)b'}}}",
            43,
            "'(?<=a)b'",
            "invalid perl operator: (?<=",
        ),
        (
            "{properties: {name: {pattern: '(a)\\1'}}}",
            43,
            "'(a)\\\\1'",
            "invalid escape sequence: \\1",
        ),
        (
            "{properties: {labels: {patternProperties: {'(?=x)': {}}}}}",
            56,
            "'(?=x)'",
            "invalid perl operator: (?=",
        ),
    ],
)
def test_patterns_re2_cannot_run_are_refused_at_their_line(
    tmp_path: Path, assertion: str, column: int, pattern: str, reason: str
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(
        "ignore: [SLO401]\npolicies:\n"
        "  - code: ACME7\n    name: team-rule\n    message: m\n"
        f"    assert: {assertion}\n",
        encoding="utf-8",
    )
    done = slolint("check", ".", cwd=tmp_path)
    assert (done.returncode, done.stderr.splitlines()) == (
        2,
        [
            f".slolint.yaml:6:{column}: policies[0].assert: pattern {pattern} needs a "
            f"backtracking engine ({reason}); patterns run on RE2, without lookaround or "
            "backreferences"
        ],
    )


def test_a_property_named_pattern_is_not_taken_for_a_regex() -> None:
    from slolint.config.policy_schema import patterns_in

    schema = {
        "properties": {"pattern": {"const": {"pattern": "(?<=x)"}}, "n": {"pattern": "^a"}},
        "items": [{"pattern": "b$"}],
        "patternProperties": {"^c": {"not": {"pattern": "d"}}},
    }
    assert sorted(patterns_in(schema)) == [
        (("items", 0, "pattern"), "b$", False),
        (("patternProperties", "^c"), "^c", True),
        (("patternProperties", "^c", "not", "pattern"), "d", False),
        (("properties", "n", "pattern"), "^a", False),
    ]


DESCRIPTION_EXAMPLE = re.compile(
    r"<!-- description policy example[^>]*-->\n```yaml\n(.*?)```", re.DOTALL
)


def test_readme_description_example_asserts_on_the_document(tmp_path: Path) -> None:
    match = DESCRIPTION_EXAMPLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match, "README.md lost the description policy example"
    (tmp_path / ".git").mkdir()
    (tmp_path / ".slolint.yaml").write_text(match.group(1), encoding="utf-8")
    described = HEAD.format(name="described").replace(
        "  service: checkout\n", "  service: checkout\n  description: the checkout flow\n"
    )
    (tmp_path / "bare.yaml").write_text(HEAD.format(name="bare"), encoding="utf-8")
    (tmp_path / "described.yaml").write_text(described, encoding="utf-8")
    done = slolint("check", "-f", "concise", "--select", "ACME002", ".", cwd=tmp_path)
    assert (done.returncode, done.stdout.splitlines()) == (
        1,
        [
            "bare.yaml:6:3: ACME002 [error] SLO bare: 'description' is a required property "
            "(slo-has-description)"
        ],
    )


def test_the_readme_lists_the_kinds_and_formats_a_policy_can_match() -> None:
    from slolint.policies import known_formats, known_kinds

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`kinds` are those slolint lints (" in readme
    listed = readme.split("`kinds` are those slolint lints (", 1)[1].split(")", 1)[0]
    assert sorted(listed.replace("`", "").split(", ")) == sorted(known_kinds())
    formats = readme.split("`formats` are a linted format's name", 1)[1].split(". ", 1)[0]
    examples = formats.split("`")[1::2]
    assert examples == ["openslo-v1", "pyrra", "openslo/v1", "pyrra.dev", "openslo", "slolint"]
    assert set(examples) <= set(known_formats())
