"""Sloth and slo-generator over the real upstream files in ``../shared/corpus``.

Counts are written down from the corpus (``formats.md`` §7 gives the same numbers: 23 Sloth
SLOs in 11 ``prometheus/v1`` and 7 ``PrometheusServiceLevel`` documents, 4 ``AlertWindows``,
44 v2 SLOs, 27 v1 SLO samples): a change in recognition fails a count.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

import jsonschema
import pytest

from slolint.engine import CheckOptions, CheckResult, check
from slolint.load import load_file
from slolint.model import SLO, AlertCondition, AlertWindows, ErrorBudgetPolicy, Resource
from slolint.recognize import recognize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = ("sloth", "slo-generator", "slo-generator-v1")

pytestmark = pytest.mark.corpus


def _files() -> list[Path]:
    return sorted(
        p
        for folder in FOLDERS
        for p in (CORPUS / folder).rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".yml", ".json"}
    )


@pytest.fixture(scope="module")
def run() -> CheckResult:
    return check(CheckOptions(paths=[str(CORPUS / f) for f in FOLDERS], cwd=CORPUS, context=False))


def _recognized() -> tuple[collections.Counter[tuple[str, str]], collections.Counter[str]]:
    documents: collections.Counter[tuple[str, str]] = collections.Counter()
    objects: collections.Counter[str] = collections.Counter()
    for path in _files():
        for document in load_file(str(path), path.read_bytes()).documents:
            found, _ = recognize(str(path), document.index, document.data)
            for item in found:
                documents[(item.api_version, item.kind)] += 1
                for obj in item.objects:
                    resource = obj if isinstance(obj, Resource) else obj.resource
                    objects[f"{type(obj).__name__} {resource.api_version} {resource.kind}"] += 1
    return documents, objects


def test_sloth_and_slo_generator_objects_are_counted_per_format_and_kind() -> None:
    documents, objects = _recognized()
    sloth_and_slogen = {
        key: count
        for key, count in documents.items()
        if key[0] in ("prometheus/v1", "sloth.slok.dev/v1") or key[0].startswith("sre.google.com/")
    }
    assert sloth_and_slogen == {
        ("prometheus/v1", "PrometheusServiceLevel"): 11,
        ("sloth.slok.dev/v1", "PrometheusServiceLevel"): 7,
        ("sloth.slok.dev/v1", "AlertWindows"): 4,
        ("sre.google.com/v2", "ServiceLevelObjective"): 44,
        # samples/config.yaml, config_export.yaml, samples/test/config*.yaml and three
        # unit-test fixtures (config.yaml, ci_config.yaml, dummy_config.json)
        ("sre.google.com/v2", "Config"): 7,
        # 27 samples of v1.5.1 and tests/unit/fixtures/slo_config_v1.yaml at HEAD
        ("sre.google.com/v1", "ServiceLevelObjective"): 28,
        # error_budget_policy.yaml (4 steps) and error_budget_policy_ssm.yaml (2 steps)
        ("sre.google.com/v1", "ErrorBudgetPolicyStep"): 6,
    }
    assert {
        key: n
        for key, n in objects.items()
        if " sre." in key or " sloth" in key or " prometheus/" in key
    } == {
        "Resource sloth.slok.dev/v1 PrometheusServiceLevel": 7,
        "Resource sre.google.com/v2 Config": 7,
        "SLO prometheus/v1 SLO": 15,
        "SLO sloth.slok.dev/v1 SLO": 8,
        "AlertWindows sloth.slok.dev/v1 AlertWindows": 4,
        # each catalog's page and ticket alerts, quick and slow
        "AlertCondition sloth.slok.dev/v1 AlertWindows": 16,
        "SLO sre.google.com/v2 ServiceLevelObjective": 44,
        "SLO sre.google.com/v1 ServiceLevelObjective": 28,
        "ErrorBudgetPolicy sre.google.com/v2 ErrorBudgetPolicy": 7,
        "ErrorBudgetPolicy sre.google.com/v1 ErrorBudgetPolicy": 6,
        "Resource sre.google.com/v2 Backend": 14,
        "Resource sre.google.com/v2 Exporter": 18,
    }


def test_the_corpus_run_ends_with_findings_and_no_internal_error(run: CheckResult) -> None:
    assert run.errors == []
    assert [f for f in run.findings if f.code == "SLO000"] == []
    assert run.files == len(_files())


SCHEMA_STAGE = ("SLO003", "SLO1")

KNOWN_SCHEMA_FINDINGS = {
    # upstream's slip (SOURCES.md): prometheus/v1 spellings inside the CRD, dropped by Sloth
    "sloth/examples/plugin-k8s-getting-started.yml": ["SLO102", "SLO102"],
    # a unit-test fixture in the layout before policies had "steps" (a bare list)
    "slo-generator/tests/unit/fixtures/dummy_config.json": ["SLO103"],
    # a unit-test fixture with "version:" where slo-generator writes "apiVersion:"
    "slo-generator/tests/unit/fixtures/dummy_slo_config.json": ["SLO003"],
}
"""The only schema-stage findings in upstream's valid files, each with its reason."""


def test_valid_upstream_files_raise_no_schema_finding_except_the_listed_ones(
    run: CheckResult,
) -> None:
    found = collections.defaultdict(list)
    for finding in run.findings:
        if finding.obj is not None and finding.obj.api_version.startswith("openslo"):
            continue  # Sloth's OpenSLO v1alpha examples: tests/test_corpus.py's
        if finding.code.startswith(SCHEMA_STAGE):
            relative = finding.file
            found[relative].append(finding.code)
    assert {file: sorted(codes) for file, codes in found.items()} == KNOWN_SCHEMA_FINDINGS


def test_the_goal_1_sample_fails_slo201_in_both_versions(run: CheckResult) -> None:
    rows = sorted((f.file, f.position.line, f.message) for f in run.findings if f.code == "SLO201")
    assert rows == [
        (
            "slo-generator-v1/samples/elasticsearch/slo_elk_test_ratio.yaml",
            21,
            "objective slo_target 1 (100%) leaves no error budget; use a slo_target below 1",
        ),
        (
            "slo-generator/samples/elasticsearch/slo_elk_test_ratio.yaml",
            27,
            "objective goal 1 (100%) leaves no error budget; use a goal below 1",
        ),
    ]


def test_every_slo_generator_reference_in_the_corpus_resolves(run: CheckResult) -> None:
    """Upstream's samples name backends, exporters and policies of their shared configs."""
    assert [f.message for f in run.findings if f.code == "SLO802"] == []
    assert [
        f.message
        for f in run.findings
        if f.code == "SLO401" and f.obj is not None and f.obj.api_version.startswith("sre.")
    ] == []


def test_slo_generator_slos_take_the_longest_step_of_their_policy_as_window() -> None:
    """samples/config.yaml's policy default ends with a 28-day step (2419200 s)."""
    objects = []
    for path in [CORPUS / "slo-generator/samples/config.yaml"]:
        for document in load_file(str(path), path.read_bytes()).documents:
            found, _ = recognize(str(path), document.index, document.data)
            objects += [o for item in found for o in item.objects]
    periods = {
        o.name: (o.period.duration if o.period else None)
        for o in objects
        if isinstance(o, ErrorBudgetPolicy)
    }
    assert periods == {"default": "28d", "cloud_service_monitoring": "2d"}


CRD_ORACLE = CORPUS / "crds-catalog" / "sloth.slok.dev" / "prometheusservicelevel_v1.json"
NEWER_FIELDS = ("sloPlugins", "plugins")
"""Fields of Sloth's CRD at HEAD (``pkg/kubernetes/gen/crd``) that the catalog's copy, made
before SLO plugins, lacks: the oracle's complaints about them are not counted."""


def _oracle_rejects(oracle: jsonschema.Draft7Validator, data: object) -> bool:
    for error in oracle.iter_errors(data):
        extra = error.validator == "additionalProperties" and isinstance(error.instance, dict)
        if extra and set(error.instance) - set(error.schema.get("properties", {})) <= set(
            NEWER_FIELDS
        ):
            continue
        return True
    return False


def test_sloth_crd_documents_agree_with_the_crd_schema_of_the_catalog(run: CheckResult) -> None:
    """The strict CRD schema of datreeio/CRDs-catalog is the oracle: a PrometheusServiceLevel
    it rejects has a schema-stage finding here, and the others have none."""
    oracle = jsonschema.Draft7Validator(json.loads(CRD_ORACLE.read_text(encoding="utf-8")))
    rejected, accepted = set(), set()
    for path in _files():
        for document in load_file(str(path), path.read_bytes()).documents:
            data = document.data
            if isinstance(data, dict) and data.get("kind") == "PrometheusServiceLevel":
                relative = path.relative_to(CORPUS).as_posix()
                (rejected if _oracle_rejects(oracle, data) else accepted).add(relative)
    flagged = {f.file for f in run.findings if f.code.startswith(SCHEMA_STAGE)}
    assert rejected == {"sloth/examples/plugin-k8s-getting-started.yml"}
    assert rejected <= flagged
    assert not accepted & flagged
    assert len(accepted) == 5  # 6 documents: k8s-multifile.yml holds two


def test_sloth_slo_ids_are_service_dash_name() -> None:
    path = CORPUS / "sloth/examples/home-wifi.yml"
    names = []
    for document in load_file(str(path), path.read_bytes()).documents:
        found, _ = recognize(str(path), document.index, document.data)
        names += [o.name for item in found for o in item.objects if isinstance(o, SLO)]
    assert names == [
        "home-wifi-good-wifi-client-satisfaction",
        "home-wifi-risk-wifi-client-satisfaction",
    ]


def test_the_alert_window_catalogs_of_the_corpus_give_their_periods() -> None:
    periods = []
    for path in _files():
        for document in load_file(str(path), path.read_bytes()).documents:
            found, _ = recognize(str(path), document.index, document.data)
            periods += [
                o.period for item in found for o in item.objects if isinstance(o, AlertWindows)
            ]
    assert sorted(p or "" for p in periods) == ["28d", "30d", "30d", "7d"]


def test_sloths_30_day_catalog_is_the_workbooks_burn_rates() -> None:
    """google-30d.yaml as burn rates: 2% of 720 h in 1 h is 14.4, 5% in 6 h is 6, 10% in
    1 d is 3 and 10% in 3 d is 1 (The Site Reliability Workbook, table 5-8)."""
    path = CORPUS / "sloth/internal/alert/windows/google-30d.yaml"
    rates = {}
    for document in load_file(str(path), path.read_bytes()).documents:
        found, _ = recognize(str(path), document.index, document.data)
        for obj in (o for item in found for o in item.objects):
            if isinstance(obj, AlertCondition) and obj.resource is not None:
                assert obj.lookback is not None and obj.short_window is not None
                shown = round(obj.threshold, 9) if obj.threshold is not None else None
                rates[obj.resource.name] = (shown, obj.lookback.written, obj.short_window.written)
    assert rates == {
        "30d page quick": (14.4, "1h", "5m"),
        "30d page slow": (6.0, "6h", "30m"),
        "30d ticket quick": (3.0, "1d", "2h"),
        "30d ticket slow": (1.0, "3d", "6h"),
    }


def test_slo_generator_policy_steps_are_burn_rate_triggers() -> None:
    """samples/config.yaml's policy default: each step a burn rate over its window in
    seconds; alert: true pages (domain-rules §5.4)."""
    path = CORPUS / "slo-generator/samples/config.yaml"
    triggers = {}
    for document in load_file(str(path), path.read_bytes()).documents:
        found, _ = recognize(str(path), document.index, document.data)
        for obj in (o for item in found for o in item.objects):
            if isinstance(obj, ErrorBudgetPolicy) and obj.name == "default":
                triggers = {
                    t.name: (
                        t.burn_rate,
                        t.window.seconds if t.window else None,
                        [a.type for a in t.actions],
                    )
                    for t in obj.triggers
                }
    assert triggers == {
        "1 hour": (9.0, 3600, ["page"]),
        "12 hours": (3.0, 43200, ["page"]),
        "7 days": (1.5, 604800, []),
        "28 days": (1.0, 2419200, []),
    }
