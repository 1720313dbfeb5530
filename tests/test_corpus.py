"""slolint over the real upstream files in ``../shared/corpus`` (read in place, never copied)."""

from __future__ import annotations

import collections
import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from slolint import schema_store
from slolint.engine import CheckOptions, CheckResult, check
from slolint.findings import Severity
from slolint.load import load_file
from slolint.recognize import recognize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def corpus_run() -> CheckResult:
    assert CORPUS.is_dir(), f"the shared corpus is expected at {CORPUS}"
    return check(CheckOptions(paths=[str(CORPUS)], cwd=CORPUS, context=False))


def corpus_files() -> list[Path]:
    return sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".json"}
    )


def test_every_corpus_file_is_checked_without_internal_errors(corpus_run: CheckResult) -> None:
    assert corpus_run.errors == []
    assert [f for f in corpus_run.findings if f.code == "SLO000"] == []
    assert corpus_run.files == len(corpus_files()) > 250


OPENSLO_FILES = [p for p in corpus_files() if p.relative_to(CORPUS).parts[0].startswith("openslo")]


@pytest.mark.parametrize("path", OPENSLO_FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_openslo_files_load_without_problems(path: Path) -> None:
    source = load_file(str(path), path.read_bytes())
    assert source.problems == []
    assert source.documents


def _recognized() -> collections.Counter[tuple[str, str]]:
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in corpus_files():
        for document in load_file(str(path), path.read_bytes()).documents:
            found, _ = recognize(str(path), document.index, document.data)
            counts.update((item.api_version, item.kind) for item in found)
    return counts


@pytest.fixture(scope="module")
def recognized() -> collections.Counter[tuple[str, str]]:
    return _recognized()


def _of(counts: collections.Counter[tuple[str, str]], api: str) -> dict[str, int]:
    return {kind: n for (version, kind), n in counts.items() if version == api}


def test_openslo_v1_objects_are_recognized_per_kind(
    recognized: collections.Counter[tuple[str, str]],
) -> None:
    """The counts of the reference's corpus statistics (formats.md §7)."""
    assert _of(recognized, "openslo/v1") == {
        "SLO": 29,
        "SLI": 23,
        "AlertPolicy": 33,
        "AlertCondition": 12,
        "AlertNotificationTarget": 14,
        "Service": 13,
        "DataSource": 3,
    }


def test_openslo_v1alpha_objects_are_recognized_per_kind(
    recognized: collections.Counter[tuple[str, str]],
) -> None:
    """formats.md §7 counts 7 v1alpha objects: the go-sdk examples (2 SLOs, 1 Service),
    Sloth's two OpenSLO examples (3 SLOs) and one v1-only kind under openslo/v1alpha
    (the PoC's invalid-apiversion.yaml), which is an unknown kind, not an object."""
    assert _of(recognized, "openslo/v1alpha") == {"SLO": 5, "Service": 1}


def test_openslo_v2alpha_objects_are_recognized_per_kind(
    recognized: collections.Counter[tuple[str, str]],
) -> None:
    """20 objects (formats.md §7): the go-sdk examples and its decode test data."""
    assert _of(recognized, "openslo.com/v2alpha") == {
        "SLO": 3,
        "SLI": 5,
        "AlertPolicy": 3,
        "AlertCondition": 2,
        "AlertNotificationTarget": 2,
        "Service": 2,
        "DataSource": 3,
    }


def test_pyrra_objects_are_recognized(recognized: collections.Counter[tuple[str, str]]) -> None:
    """57 ServiceLevelObjective objects in corpus/pyrra (formats.md §4.1 and §7)."""
    assert _of(recognized, "pyrra.dev/v1alpha1") == {"ServiceLevelObjective": 57}


def test_formats_not_linted_yet_are_reported_once_per_file(corpus_run: CheckResult) -> None:
    """SLO004 once per file and format: the counts are files, not the objects in them."""
    formats = collections.Counter(
        re.sub(r" documents are .*", "", f.message)
        for f in corpus_run.findings
        if f.code == "SLO004"
    )
    files = collections.Counter(
        (f.file, f.message) for f in corpus_run.findings if f.code == "SLO004"
    )
    assert max(files.values()) == 1
    assert formats == {
        "slo-generator": 44,
        "Sloth": 20,
    }
    assert {f.severity for f in corpus_run.findings if f.code == "SLO004"} == {Severity.INFO}


SCHEMA_STAGE = re.compile(r"SLO1[0-9][0-9]\Z")

UPSTREAM_EXCEPTIONS: dict[str, dict[tuple[str, int], str]] = {
    "openslo-go-sdk/pkg/openslo/v2alpha/examples/slos.yaml": {
        ("SLO107", 34): "op next to a ratioMetric sli: go-sdk forbids it "
        "(sloRatioObjectiveValidationWhenInlinedSLI), and oslo reports its own example",
    },
    "openslo-go-sdk/pkg/openslosdk/test_data/decode/v2alpha_data_source.yaml": {
        ("SLO105", 4): "cloudWatch-prod is not a DNS label; decode test data, never validated",
    },
    "openslo-go-sdk/pkg/openslosdk/test_data/decode/v2alpha_slos.yaml": {
        ("SLO101", 5): "no budgetingMethod and no timeWindow: decode test data, never validated",
        ("SLO101", 28): "no budgetingMethod, timeWindow or objectives: decode test data",
    },
    "sloth/examples/openslo-getting-started.yml": {
        ("SLO101", 16): "Sloth reads v1alpha without the value go-sdk requires on objectives",
        ("SLO101", 27): "a calendar window (isRolling absent) without calendar; Sloth ignores it",
    },
    "sloth/examples/openslo-kubernetes-apiserver.yml": {
        ("SLO101", 18): "no value on the objective, as Sloth writes v1alpha",
        ("SLO101", 30): "a calendar window without calendar, as Sloth writes v1alpha",
        ("SLO101", 44): "no value on the objective, as Sloth writes v1alpha",
        ("SLO101", 55): "no value on the objective, as Sloth writes v1alpha",
        ("SLO101", 67): "a calendar window without calendar, as Sloth writes v1alpha",
    },
}
"""Schema findings on upstream examples of OpenSLO v1alpha, v2alpha and Pyrra, by file and
(code, line), each with the reason go-sdk agrees with slolint rather than with the file."""

UPSTREAM_EXAMPLES = (
    "openslo-go-sdk/pkg/openslo/v1alpha/",
    "openslo-go-sdk/pkg/openslo/v2alpha/",
    "openslo-go-sdk/pkg/openslosdk/test_data/decode/v2alpha",
    "sloth/examples/openslo-",
    "pyrra/",
)


def test_upstream_examples_raise_only_the_listed_schema_findings(
    corpus_run: CheckResult,
) -> None:
    found: dict[str, set[tuple[str, int]]] = collections.defaultdict(set)
    for finding in corpus_run.findings:
        if finding.file.startswith(UPSTREAM_EXAMPLES) and SCHEMA_STAGE.match(finding.code):
            found[finding.file].add((finding.code, finding.position.line))
    expected = {file: set(cases) for file, cases in UPSTREAM_EXCEPTIONS.items()}
    assert dict(found) == expected


def _pyrra_objects() -> list[dict[str, Any]]:
    return [
        document.data
        for path in corpus_files()
        if path.relative_to(CORPUS).parts[0] == "pyrra"
        for document in load_file(str(path), path.read_bytes()).documents
        if isinstance(document.data, dict) and document.data.get("kind") == "ServiceLevelObjective"
    ]


def _crd_oracle() -> Any:
    from jsonschema import Draft7Validator

    text = (CORPUS / "crds-catalog/pyrra.dev/servicelevelobjective_v1alpha1.json").read_text()
    return Draft7Validator(json.loads(text))


def test_pyrra_examples_pass_their_crd_schema_and_ours() -> None:
    """The CRD-derived schema in crds-catalog is an oracle: it accepts every Pyrra object."""
    oracle = _crd_oracle()
    ours = schema_store.validator_for("pyrra.dev/v1alpha1", "ServiceLevelObjective")
    objects = _pyrra_objects()
    assert len(objects) == 57
    assert [item["metadata"]["name"] for item in objects if not oracle.is_valid(item)] == []
    assert [item["metadata"]["name"] for item in objects if not ours.is_valid(item)] == []


MUTATIONS = [
    pytest.param(("spec", "windw"), "2w", id="unknown-spec-field"),
    pytest.param(("spec", "target"), 99.9, id="target-not-a-string"),
    pytest.param(("spec", "window"), 14, id="window-not-a-string"),
    pytest.param(("spec", "indicator", "ratio", "errors"), "errors_total", id="metric-not-a-map"),
    pytest.param(("spec", "indicator", "ratio", "grouping"), "job", id="grouping-not-a-list"),
    pytest.param(("spec", "alerting", "disabled"), "yes", id="disabled-not-a-boolean"),
    pytest.param(("spec", "alerting", "burnrate"), False, id="unknown-alerting-field"),
]


@pytest.mark.parametrize(("path", "value"), MUTATIONS)
def test_pyrra_crd_schema_and_ours_reject_the_same_mutations(
    path: tuple[str, ...], value: object
) -> None:
    oracle = _crd_oracle()
    ours = schema_store.validator_for("pyrra.dev/v1alpha1", "ServiceLevelObjective")
    ratio = [item for item in _pyrra_objects() if "ratio" in item["spec"]["indicator"]]
    for original in ratio[:5]:
        item = copy.deepcopy(original)
        holder = item
        for key in path[:-1]:
            holder = holder.setdefault(key, {})
        holder[path[-1]] = value
        assert not oracle.is_valid(item)
        assert not ours.is_valid(item)


def test_known_bad_documents_are_reported(corpus_run: CheckResult) -> None:
    by_file = collections.defaultdict(set)
    for finding in corpus_run.findings:
        by_file[finding.file].add(finding.code)
    # a v1-only kind under openslo/v1alpha
    assert (
        "SLO003"
        in by_file["openslo-jsonschema-v1/schema-test/spec-files/v1/invalid-apiversion.yaml"]
    )
    # an OpenSLO Service under "apiVersion: foo", which oslo rejects
    assert by_file["openslo-jsonschema-v1/schema-test/spec-files/invalid-apiversion.yaml"] == {
        "SLO003"
    }
    # slo-generator's sample with goal: 1 is not linted here, so nothing but SLO004 there
    assert by_file["slo-generator/samples/elasticsearch/slo_elk_test_ratio.yaml"] == {"SLO004"}


def test_corpus_is_never_written(tmp_path: Path) -> None:
    def digest() -> str:
        sha = hashlib.sha256()
        for path in corpus_files():
            sha.update(str(path).encode())
            sha.update(path.read_bytes())
            sha.update(str(path.stat().st_mtime_ns).encode())
        return sha.hexdigest()

    before = digest()
    check(CheckOptions(paths=[str(CORPUS)], cwd=tmp_path, context=False, jobs=2))
    assert digest() == before
