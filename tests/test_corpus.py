"""slolint over the real upstream files in ``../shared/corpus`` (read in place, never copied)."""

from __future__ import annotations

import collections
import hashlib
import re
from pathlib import Path

import pytest

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


def test_openslo_v1_objects_are_recognized_per_kind() -> None:
    """The counts of the reference's corpus statistics (formats.md §7)."""
    counts: collections.Counter[str] = collections.Counter()
    for path in corpus_files():
        for document in load_file(str(path), path.read_bytes()).documents:
            found, _ = recognize(str(path), document.index, document.data)
            counts.update(item.kind for item in found if item.api_version == "openslo/v1")
    assert counts == {
        "SLO": 29,
        "SLI": 23,
        "AlertPolicy": 33,
        "AlertCondition": 12,
        "AlertNotificationTarget": 14,
        "Service": 13,
        "DataSource": 3,
    }


def test_formats_not_linted_yet_are_reported_once_per_file(corpus_run: CheckResult) -> None:
    """SLO004 once per file and format: the counts are files (``grep -l`` agrees for Pyrra
    and v2alpha: 56 and 9 files), not the objects inside them."""
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
        "Pyrra": 56,
        "OpenSLO v2alpha": 9,
        "OpenSLO v1alpha": 4,
    }
    assert {f.severity for f in corpus_run.findings if f.code == "SLO004"} == {Severity.INFO}


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
    # slo-generator's sample with goal: 1 leaves no error budget
    assert "SLO201" in by_file["slo-generator/samples/elasticsearch/slo_elk_test_ratio.yaml"]


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
