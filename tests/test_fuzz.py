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


# --- hostile shapes: aliases on keys, alias chains, many documents, file names ----------

_ANCHORED = st.sampled_from(["[x, y]", "{p: 1, q: [1, 2]}", "x", "[[[1]]]", "{}"])


@st.composite
def alias_texts(draw: st.DrawFn) -> str:
    """YAML whose anchors sit on values and on complex keys, with aliases to them (and to
    each other, in chains) placed as values, list items, keys and merge sources."""
    lines = [f"a0: &a0 {draw(_ANCHORED)}"]
    for index in range(1, draw(st.integers(1, 12))):
        earlier = f"*a{draw(st.integers(0, index - 1))}"
        shape = draw(st.sampled_from(["list", "map", "key", "merge", "chain"]))
        if shape == "list":
            body = f"&a{index} [{', '.join([earlier] * draw(st.integers(1, 6)))}]"
        elif shape == "map":
            body = f"&a{index} {{k: {earlier}, l: [{earlier}]}}"
        elif shape == "key":
            body = f"&a{index} {{? {earlier} : 1, ? [{earlier}] : 2}}"
        elif shape == "merge":
            body = f"&a{index} {{<<: {earlier}, own: 1}}"
        else:
            body = f"&a{index} [[[[[[[[{earlier}]]]]]]]]"
        lines.append(f"a{index}: {body}")
    if draw(st.booleans()):
        lines.append(f"? &k {{{draw(_ANCHORED)}: *a0}}\n: *k")
    return "\n".join(lines) + "\n"


@FUZZ
@given(alias_texts(), st.sampled_from(SEEDS))
def test_aliases_on_keys_and_alias_chains(text: str, seed: Any) -> None:
    slo = json.dumps(seed)
    found = _lint({"a.yaml": (text + "---\n" + slo + "\n").encode()})
    assert all(code != "SLO000" for _, _, code, _ in found)


@settings(
    max_examples=max(5, EXAMPLES // 10), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(st.one_of(values, st.sampled_from(SEEDS)), max_size=300), st.booleans())
def test_many_documents(documents: list[Any], explicit_end: bool) -> None:
    separator = "\n...\n---\n" if explicit_end else "\n---\n"
    text = separator.join(json.dumps(document) for document in documents)
    _lint({"many.yaml": text.encode()})


_NAME_BYTES = st.binary(min_size=1, max_size=40).filter(
    lambda raw: b"/" not in raw and b"\0" not in raw and raw not in (b".", b"..")
)


@settings(
    max_examples=max(5, EXAMPLES // 5), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(_NAME_BYTES, min_size=1, max_size=4, unique=True), st.sampled_from(SEEDS))
def test_file_names(names: list[bytes], seed: Any) -> None:
    """Any name a repository can hold: every output format stays printable UTF-8 text."""
    from slolint import __version__
    from slolint.report import FormatOptions, Report
    from slolint.report.registry import load_formatters

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for raw in names:
            path = os.path.join(os.fsencode(folder), raw + b".yaml")
            with open(path, "wb") as handle:
                handle.write(json.dumps(seed).encode())
        result = check(CheckOptions(paths=["."], cwd=root, context=False))
    assert result.errors == []
    assert all(finding.code != "SLO000" for finding in result.findings)
    report = Report(tuple(result.findings), result.files, result.documents, __version__)
    for name, render in load_formatters().items():
        text = "".join(render(report, FormatOptions()))
        text.encode("utf-8")  # strict: no lone surrogates from undecodable names
        if name == "concise":  # a name never breaks a finding over two lines
            assert len(text.splitlines()) == len(result.findings)
