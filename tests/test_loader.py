"""The load stage: plain values, positions, and problems instead of exceptions."""

from __future__ import annotations

import codecs
import math
import pickle
from pathlib import Path

import pytest

from slolint.engine import CheckOptions, check
from slolint.load import decode, load_file, load_text, reset_run_budget
from slolint.load.yaml_events import MAX_ALIAS_NODES, MAX_DEPTH, resolve_plain

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout
  labels: {tier: "1", on: yes}
spec:
  objectives:
    - target: 0.999
      calendar:
        startTime: 2020-01-21 12:30:00
"""


def test_plain_values_follow_yaml_1_2_and_keep_timestamps_as_strings() -> None:
    source = load_text("a.yaml", SLO)
    assert source.problems == []
    (doc,) = source.documents
    assert doc.data["metadata"]["labels"] == {"tier": "1", "on": "yes"}
    objective = doc.data["spec"]["objectives"][0]
    assert objective["target"] == 0.999
    assert objective["calendar"]["startTime"] == "2020-01-21 12:30:00"


def test_value_and_key_positions_are_zero_based_spans() -> None:
    doc = load_text("a.yaml", SLO).documents[0]
    assert doc.spans[("spec", "objectives", 0, "target")] == (7, 14, 7, 19)
    assert doc.key_spans[("spec", "objectives", 0, "target")] == (7, 6, 7, 12)
    assert doc.spans[("metadata", "name")] == (3, 8, 3, 16)
    assert doc.spans[("metadata", "labels", "tier")] == (4, 17, 4, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("null", None),
        ("~", None),
        ("True", True),
        ("false", False),
        ("yes", "yes"),
        ("off", "off"),
        ("42", 42),
        ("-7", -7),
        ("0o17", 15),
        ("0x1F", 31),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("99.9", 99.9),
        ("1_000", "1_000"),
        ("12:30", "12:30"),
        ("2024-01-01", "2024-01-01"),
        ("", None),
        ("NULL", None),
        ("nil", "nil"),
        ("none", "none"),
        ("Nan", "Nan"),
        ("tRUE", "tRUE"),
        ("+12", 12),
        ("-0.5e-1", -0.05),
        ("+.inf", math.inf),
        ("-", "-"),
        (".", "."),
        ("\u0661\u0662", "\u0661\u0662"),
        ("\u00b2", "\u00b2"),
        ("inf", "inf"),
    ],
)
def test_resolve_plain_scalars(text: str, expected: object) -> None:
    value = resolve_plain(text)
    assert value == expected
    assert type(value) is type(expected)


def test_special_floats() -> None:
    assert resolve_plain(".inf") == math.inf
    assert resolve_plain("-.Inf") == -math.inf
    assert math.isnan(resolve_plain(".nan"))


def test_quoted_scalars_stay_strings() -> None:
    doc = load_text("a.yaml", 'a: "1"\nb: \'true\'\nc: !!str 5\nd: !!int "7"\n').documents[0]
    assert doc.data == {"a": "1", "b": "true", "c": "5", "d": 7}


def test_multi_document_files_and_top_level_lists() -> None:
    source = load_text("a.yaml", "a: 1\n---\n- x: 1\n- x: 2\n---\n# only a comment\n")
    assert [d.index for d in source.documents] == [0, 1, 2]
    assert source.documents[1].data == [{"x": 1}, {"x": 2}]
    assert source.documents[1].spans[(1, "x")] == (3, 5, 3, 6)
    assert source.documents[2].data is None


def test_duplicate_key_is_reported_at_the_second_key() -> None:
    source = load_text("a.yaml", "metadata:\n  name: a\n  name: b\n")
    (problem,) = source.problems
    assert problem.code == "SLO002"
    assert problem.span[:2] == (2, 2)
    assert (
        problem.message
        == 'duplicate key "name" in mapping (first defined on line 2); the last value wins'
    )
    assert source.documents[0].data == {"metadata": {"name": "b"}}


def test_syntax_error_keeps_earlier_documents() -> None:
    source = load_text("a.yaml", "a: 1\n---\nb: [1, 2\n")
    assert [d.data for d in source.documents] == [{"a": 1}]
    (problem,) = source.problems
    assert problem.code == "SLO001"
    assert problem.message.startswith("syntax error: did not find expected ',' or ']'")
    assert problem.span == (2, 8, 2, 9)  # the end of the last line, never the line after it


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\n\n\n", ""])
def test_a_syntax_error_at_the_end_stays_inside_the_file(ending: str) -> None:
    text = f'kind: SLO\nmetadata:\n  name: "x{ending}'
    (problem,) = load_text("a.yaml", text).problems
    assert problem.message == (
        "syntax error: found unexpected end of stream while scanning a quoted scalar"
    )
    lines = text.splitlines() or [""]
    line, column = problem.span[:2]
    assert line < len(lines) and column <= len(lines[line])
    expected = {"\n": (2, 10), "\r\n": (2, 10), "\n\n\n": (4, 0), "": (2, 10)}
    assert (line, column) == expected[ending]


def test_aliases_are_expanded_with_positions_of_the_anchor() -> None:
    doc = load_text("a.yaml", "a: &x {p: 1}\nb: *x\n").documents[0]
    assert doc.data == {"a": {"p": 1}, "b": {"p": 1}}
    assert doc.spans[("b",)] == (1, 3, 1, 5)
    assert doc.spans[("b", "p")] == (0, 10, 0, 11)


def test_alias_bomb_is_reported_and_not_expanded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    source = load_text("bomb.yaml", "\n".join(lines) + "\n")
    (problem,) = source.problems
    assert problem.code == "SLO006"
    assert f"{MAX_ALIAS_NODES:,}" in problem.message
    assert source.documents == []


def test_deep_nesting_stops_the_file_at_the_limit() -> None:
    """libyaml's work per token grows with the flow depth: nothing after the limit is read."""
    text = "ok: 0\n---\n" + "[" * 20000 + "]" * 20000 + "\n---\nok: 1\n"
    source = load_text("deep.yaml", text)
    assert [(p.code, p.span[:2], p.document) for p in source.problems] == [
        ("SLO006", (2, MAX_DEPTH), 1)
    ]
    assert source.problems[0].message == (
        "nesting is deeper than 128 levels (counting aliases); "
        "this document and the rest of the file are not linted"
    )
    assert [d.data for d in source.documents] == [{"ok": 0}]


def test_python_tags_are_never_constructed() -> None:
    source = load_text("a.yaml", 'x: !!python/object/apply:os.system ["echo hi"]\n')
    (problem,) = source.problems
    assert problem.code == "SLO005"
    assert '"!!python/object/apply:os.system"' in problem.message
    assert source.documents[0].data == {"x": ["echo hi"]}


@pytest.mark.parametrize(
    "encoding",
    ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"],
)
def test_unicode_encodings_with_and_without_bom(encoding: str) -> None:
    data = "kind: SLO\nname: café\n".encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    source = load_file("a.yaml", data)
    assert source.problems == []
    assert source.documents[0].data == {"kind": "SLO", "name": "café"}


def test_invalid_utf8_names_the_bytes_and_position() -> None:
    text, problem = decode(b"kind: SLO\nname: caf\xe9\n")
    assert text is None and problem is not None
    assert problem.code == "SLO001"
    assert problem.span[:2] == (1, 9)
    assert "bytes e9 at offset 19" in problem.message


def test_nul_byte_is_reported_as_binary() -> None:
    source = load_file("a.yaml", b"kind: SLO\x00\x01\x02")
    (problem,) = source.problems
    assert problem.code == "SLO001"
    assert "NUL byte" in problem.message


def test_crlf_line_endings_keep_columns() -> None:
    doc = load_file("a.yaml", b"a: 1\r\nb:\r\n  c: x\r\n").documents[0]
    assert doc.spans[("b", "c")] == (2, 5, 2, 6)


def test_empty_and_comment_only_files() -> None:
    assert load_file("a.yaml", b"").documents == []
    assert load_file("a.yaml", b"").problems == []
    source = load_file("a.yaml", b"# nothing here\n")
    assert source.problems == []
    assert [d.data for d in source.documents] == []


def test_source_lines_split_like_libyaml() -> None:
    source = load_text("a.yaml", "a: 1\r\nb: 2\rc: 3\n")
    assert [source.line(n) for n in (1, 2, 3)] == ["a: 1", "b: 2", "c: 3"]
    assert source.line(99) is None


# --- merge keys, as gopkg.in/yaml.v3 resolves them -------------------------------------

MERGES = """\
base: &base {a: 1, b: 2}
other: &other {b: 3, c: 4}
both:
  <<: [*base, *other]
  a: 9
one:
  <<: *base
inline: {<<: {q: 1}, r: 2}
quoted: {"<<": 5}
"""


def test_merge_keys_follow_go_yaml_v3() -> None:
    """Written keys win over merged ones; in a list the earlier mapping wins; a quoted
    ``"<<"`` is an ordinary key (yaml.v3 resolves only the plain scalar as a merge)."""
    source = load_text("a.yaml", MERGES)
    assert source.problems == []
    data = source.documents[0].data
    assert data["both"] == {"a": 9, "b": 2, "c": 4}
    assert data["one"] == {"a": 1, "b": 2}
    assert data["inline"] == {"q": 1, "r": 2}
    assert data["quoted"] == {"<<": 5}


def test_merged_keys_are_located_where_they_are_written() -> None:
    doc = load_text("a.yaml", MERGES).documents[0]
    assert doc.spans[("both", "a")] == (4, 5, 4, 6)  # the written key wins
    assert doc.spans[("both", "b")] == (0, 22, 0, 23)  # from base, the first in the list
    assert doc.key_spans[("both", "c")] == (1, 21, 1, 22)  # from other
    assert doc.spans[("one", "a")] == (0, 16, 0, 17)
    assert doc.spans[("inline", "q")] == (7, 17, 7, 18)


def test_merge_of_a_scalar_is_an_error_as_in_go() -> None:
    source = load_text("a.yaml", "a: {<<: 5, b: 1}\n")
    assert [(p.code, p.span[:2], p.message) for p in source.problems] == [
        (
            "SLO001",
            (0, 8),
            "merge key << needs a mapping or a list of mappings as its value, found 5; "
            "Go's YAML decoder rejects the document",
        )
    ]
    assert source.documents[0].data == {"a": {"b": 1}}


def test_merged_slo_gives_no_spurious_findings(tmp_path: Path) -> None:
    """Shared fields through ``<<`` used to give four errors (unknown field ``<<``, and
    the merged fields missing)."""
    (tmp_path / "slo.yaml").write_text(
        """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: merged
  annotations: {slolint.dev/policy-exempt: generated}
spec:
  <<: &common
    service: s
    budgetingMethod: Occurrences
    timeWindow: [{duration: 28d, isRolling: true}]
  indicator:
    metadata: {name: sli}
    spec:
      ratioMetric:
        counter: true
        good: {metricSource: {type: P, spec: {q: a}}}
        total: {metricSource: {type: P, spec: {q: b}}}
  objectives: [{target: 1.0}]
"""
    )
    result = check(CheckOptions(paths=["."], cwd=tmp_path, context=False))
    assert [(f.code, f.position.line) for f in result.findings] == [("SLO201", 18)]


def test_merge_through_aliases_counts_against_the_alias_budget() -> None:
    lines = ["a0: &a0 {" + ", ".join(f"k{i}: [x, x, x, x, x, x, x, x, x]" for i in range(10)) + "}"]
    lines += [f"m{i}: {{<<: *a0, own: {i}}}" for i in range(1, 1200)]
    source = load_text("merge.yaml", "\n".join(lines) + "\n")
    assert [p.code for p in source.problems] == ["SLO006"]
    assert source.problems[0].message.startswith("aliases expand to more than 100,000 nodes")


# --- budgets and numbers ---------------------------------------------------------------


def test_alias_budget_is_per_file_not_per_document() -> None:
    """150 documents of 99,000 alias nodes each used to pass, one at a time."""
    doc = "a: &a [" + ", ".join(["x"] * 99) + "]\nb: [" + ", ".join(["*a"] * 900) + "]\n"
    source = load_text("many.yaml", "---\n".join([doc] * 3))
    assert [(p.code, p.document) for p in source.problems] == [("SLO006", 1)]
    assert len(source.documents) == 1


def test_anchors_on_complex_keys_count_every_node() -> None:
    """A mapping used as a key was one node to the budget, and rendered in full by repr."""
    text = "a: &a [" + ", ".join(["x"] * 50) + "]\n"
    text += "b: &b {? {k: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]} : 1}\n"
    for i in range(3, 40):
        previous = "b" if i == 3 else f"c{i - 1}"
        text += f"c{i}: &c{i} {{? [*{previous}, *{previous}] : 1}}\n"
    source = load_text("keys.yaml", text)
    assert [p.code for p in source.problems] == ["SLO006"]


def test_complex_keys_are_named_by_a_bounded_rendering() -> None:
    source = load_text("a.yaml", "? {a: [1, 2]}\n: 1\n? [" + ", ".join(["x"] * 500) + "]\n: 2\n")
    keys = list(source.documents[0].data)
    assert keys[0] == "{a: [1, 2]}"
    assert len(keys[1]) == 80 and keys[1].endswith("...")


def test_alias_chains_count_their_depth() -> None:
    """Ten levels per anchor, forty anchors: 400 levels of data from a 2 KB file."""
    text = "a0: &a0 [[[[[[[[[[x]]]]]]]]]]\n" + "".join(
        f"a{i}: &a{i} [[[[[[[[[[*a{i - 1}]]]]]]]]]]\n" for i in range(1, 40)
    )
    source = load_text("deep.yaml", text)
    ((code, line),) = [(p.code, p.span[0]) for p in source.problems]
    assert (code, line) == ("SLO006", 12)  # a12 is the first to reach 129 levels
    assert source.problems[0].message.startswith("nesting is deeper than 128 levels")


def test_documents_per_file_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("slolint.load.yaml_events.MAX_DOCUMENTS", 5)
    source = load_text("many.yaml", "--- 1\n" * 7)
    assert len(source.documents) == 5
    assert [(p.code, p.span[0], p.document) for p in source.problems] == [("SLO006", 5, 5)]


def test_nodes_per_file_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("slolint.load.yaml_events.MAX_NODES", 100)
    source = load_text("wide.yaml", "a: [" + ", ".join(["1"] * 200) + "]\n")
    # nodes: the mapping, the key, the list, then item k (1-based) is node 3 + k; node 101
    # is the 98th item, at column 4 + 3 * 97
    assert [(p.code, p.span[:2]) for p in source.problems] == [("SLO006", (0, 4 + 3 * 97))]


def test_alias_text_is_bounded() -> None:
    """One 1 MB name aliased eleven times is eleven nodes but 11 MB of text."""
    text = "n: &n " + "x" * 1_000_000 + "\nm: [" + ", ".join(["*n"] * 11) + "]\n"
    source = load_text("name.yaml", text)
    assert [p.code for p in source.problems] == ["SLO006"]
    assert "10,000,000 characters" in source.problems[0].message


def test_run_budget_counts_across_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("slolint.load.yaml_events.MAX_ALIAS_NODES_PER_RUN", 25)
    reset_run_budget()
    text = "a: &a [1, 2, 3, 4]\nb: [*a, *a]\n"  # 10 alias nodes per file
    assert load_text("1.yaml", text).problems == []
    assert load_text("2.yaml", text).problems == []
    assert [p.code for p in load_text("3.yaml", text).problems] == ["SLO006"]
    reset_run_budget()
    assert load_text("4.yaml", text).problems == []


def test_huge_integers_stay_strings_as_in_go() -> None:
    source = load_text("a.yaml", "x: " + "9" * 5000 + "\ny: " + "9" * 4300 + "\n")
    assert source.problems == []
    data = source.documents[0].data
    assert data["x"] == "9" * 5000
    assert isinstance(data["y"], int)


def test_json_surrogate_pairs_are_one_character() -> None:
    source = load_text("a.json", '{"a": "\\ud83d\\ude00", "b": "\\\\ud83d\\\\ude00"}')
    assert source.problems == []
    assert source.documents[0].data == {"a": "\U0001f600", "b": "\\ud83d\\ude00"}


def test_positions_share_prefixes_so_memory_is_linear_in_nodes() -> None:
    """A path per position made memory grow with nodes times depth."""
    deep = "".join("  " * i + f"k{i}:\n" for i in range(100)) + "  " * 100 + "leaf: 1\n"
    doc = load_text("a.yaml", deep).documents[0]
    positions = doc.positions
    assert all(len(key) == 2 for key in positions.children)
    assert len(positions.spans) == 102  # the root mapping, 100 nested mappings, the leaf
    path = (*[f"k{i}" for i in range(100)], "leaf")
    assert doc.spans[path] == (100, 206, 100, 207)


def test_documents_keep_their_positions_through_pickle() -> None:
    """Worker processes ship whole results when a record cannot hold them."""
    text = "base: &b {p: 1}\nuse: *b\nmerged:\n  <<: *b\n  q: 2\n---\nitems: [x, y]\n"
    first, second = (pickle.loads(pickle.dumps(d)) for d in load_text("a.yaml", text).documents)
    assert first.spans[("use", "p")] == (0, 13, 0, 14)
    assert first.spans[("merged", "p")] == (0, 13, 0, 14)
    assert first.key_spans[("merged", "q")] == (4, 2, 4, 3)
    assert second.spans[("items", 1)] == (6, 11, 6, 12)
    assert second.key_spans.get(("items", 1)) is None
