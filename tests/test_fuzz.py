"""Property-based fuzzing: whatever the input, slolint never raises, every finding lies
inside its file, and the output is deterministic (across runs and across ``--jobs``).

Inputs are random bytes, damaged YAML text, and OpenSLO documents from the shared corpus
mutated structurally (keys dropped, values replaced by other types, unknown keys, deep or
aliased values). The normal suite runs a bounded number of examples; ``make fuzz`` sets
``SLOLINT_FUZZ_EXAMPLES`` for a long run.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slolint.engine import CheckOptions, check
from slolint.load import SourceFile, load_file
from slolint.load.yaml_events import resolve_plain

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXAMPLES = int(os.environ.get("SLOLINT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _seed_documents() -> list[Any]:
    documents = []
    for path in sorted(CORPUS.glob("openslo*/**/*.yaml"))[:60]:
        for document in load_file(str(path), path.read_bytes()).documents:
            if document.data is not None:
                documents.append(document.data)
    return documents


SEEDS = _seed_documents()
SEEDS.append(
    {
        "apiVersion": "slolint.dev/v1alpha1",
        "kind": "SLA",
        "metadata": {"name": "a"},
        "spec": {"service": "s", "objectives": [{"targetPercent": 99.9}]},
    }
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(
        ["openslo/v1", "slolint.dev/v1alpha1", "SLO", "SLA", "ErrorBudgetPolicy", "28d", "1M"]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A corpus document with a few random edits at random depths."""
    document = json.loads(json.dumps(draw(st.sampled_from(SEEDS))))
    for _ in range(draw(st.integers(1, 4))):
        node = document
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            child = node[draw(st.sampled_from(keys))]
            if not isinstance(child, (dict, list)):
                break
            node = child
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node, key=str)))
            action = draw(st.sampled_from(["drop", "replace", "add"]))
            if action == "drop":
                del node[key]
            elif action == "replace":
                node[key] = draw(values)
            else:
                node[draw(st.text(max_size=10))] = draw(values)
        elif isinstance(node, list):
            node.append(draw(values))
    return document


def _lint(files: dict[str, bytes], jobs: int = 1) -> list[tuple[Any, ...]]:
    """Lint files in a fresh folder; return findings as plain tuples."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, data in files.items():
            (root / name).write_bytes(data)
        result = check(CheckOptions(paths=["."], cwd=root, context=False, jobs=jobs))
        sources = {name: load_file(name, data) for name, data in files.items()}
        # chdir is not needed: display paths are relative to cwd=root
    assert result.errors == []
    found = []
    for finding in result.findings:
        assert finding.code != "SLO000", finding.message
        _assert_inside(sources[finding.file], finding.position.line, finding.position.column)
        found.append((finding.file, finding.position, finding.code, finding.message))
    return found


def _assert_inside(source: SourceFile, line: int, column: int) -> None:
    if not source.text:
        assert (line, column) == (1, 1)
        return
    text = source.line(line)
    assert text is not None, f"line {line} is outside the file"
    assert 1 <= column <= len(text) + 1, (
        f"column {column} is outside line {line} ({len(text)} chars)"
    )


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    _lint({"a.yaml": data})


@FUZZ
@given(mutated_documents(), st.data())
def test_mutated_corpus_documents(document: Any, data: st.DataObject) -> None:
    text = json.dumps(document, indent=2)
    if data.draw(st.booleans()):  # damage the text too: parser errors at random places
        position = data.draw(st.integers(0, len(text)))
        text = (
            text[:position]
            + data.draw(st.text(max_size=5))
            + text[position + data.draw(st.integers(0, 5)) :]
        )
    files = {"slo.yaml": text.encode("utf-8", "surrogatepass")}
    first = _lint(files)
    assert _lint(files) == first


@settings(
    max_examples=max(5, EXAMPLES // 10), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(mutated_documents(), min_size=2, max_size=6))
def test_output_is_deterministic_across_jobs(documents: list[Any]) -> None:
    files = {f"f{index}.yaml": json.dumps(doc).encode() for index, doc in enumerate(documents)}
    assert _lint(files, jobs=1) == _lint(files, jobs=2)


@FUZZ
@given(st.text(max_size=30))
def test_scalar_resolution_never_raises(text: str) -> None:
    resolve_plain(text or "x")
