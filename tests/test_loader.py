"""The load stage: plain values, positions, and problems instead of exceptions."""

from __future__ import annotations

import codecs
import math

import pytest

from slolint.load import decode, load_file, load_text
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
    assert problem.span[0] == 3


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
