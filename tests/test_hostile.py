"""Hostile and broken input: every case gives findings or a clear error, in bounded memory.

Nothing here asserts wall-clock time (benchmarks live in ``bench/``); memory is bounded by
running the large cases in a child process and reading its peak resident size.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from slolint.engine import CheckOptions, check

SLO = """\
apiVersion: openslo/v1
kind: SLO
metadata:
  name: slo-{i}
  annotations: {{slolint.dev/policy-exempt: generated}}
spec:
  service: s
  indicator: {{metadata: {{name: sli}}, spec: {{ratioMetric: {{counter: true, good: {{metricSource: {{type: P, spec: {{q: a}}}}}}, total: {{metricSource: {{type: P, spec: {{q: b}}}}}}}}}}}}
  budgetingMethod: Occurrences
  timeWindow: [{{duration: 28d, isRolling: true}}]
  objectives: [{{target: {target}}}]
"""


def lint(root: Path, *paths: str) -> list[tuple[str, int, int, str]]:
    result = check(CheckOptions(paths=list(paths) or ["."], cwd=root, context=False))
    assert result.errors == []
    return [(f.file, f.position.line, f.position.column, f.code) for f in result.findings]


def peak_rss_mb(code: str) -> tuple[str, float]:
    """Run ``code`` in a child interpreter; return its stdout and peak RSS in MiB."""
    script = (
        code
        + "\nimport resource, sys\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return done.stdout, int(done.stderr.strip().splitlines()[-1]) / 1024


def test_very_long_line_keeps_columns(tmp_path: Path) -> None:
    padding = "x" * 1_000_000
    line = f'  objectives: [{{displayName: "{padding}", target: 1.0}}]'
    text = SLO.format(i=1, target="1.0").replace("  objectives: [{target: 1.0}]", line)
    (tmp_path / "long.yaml").write_text(text)
    assert lint(tmp_path) == [("long.yaml", 11, line.index("1.0") + 1, "SLO201")]


def test_tabs_and_crlf_keep_columns(tmp_path: Path) -> None:
    text = SLO.format(i=1, target="1.0").replace(
        "objectives: [{target: 1.0}]", "objectives: [{target:\t1.0}]"
    )
    (tmp_path / "tabs.yaml").write_bytes(text.replace("\n", "\r\n").encode())
    assert lint(tmp_path) == [("tabs.yaml", 11, 25, "SLO201")]


def test_documents_that_are_scalars_or_lists_of_scalars(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("just a string\n---\n- 1\n- two\n---\n42\n---\n")
    (tmp_path / "b.yaml").write_text("")
    (tmp_path / "c.yaml").write_text("# only a comment\n")
    assert lint(tmp_path) == []


@pytest.mark.slow
def test_hundred_thousand_documents_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    # one document below the limit of 100,000 per file, the SLO document being the last
    body = "".join(f"---\nkind: ConfigMap\nmetadata: {{name: c{i}}}\n" for i in range(99_999))
    path.write_text(body + "---\n" + SLO.format(i=0, target="1.0"))
    out, peak = peak_rss_mb(
        "from pathlib import Path\n"
        "from slolint.engine import CheckOptions, check\n"
        f"r = check(CheckOptions(paths=[{str(path)!r}], context=False))\n"
        "print([(f.position.line, f.code) for f in r.findings])\n"
    )
    assert out.strip() == "[(300009, 'SLO201')]"
    assert peak < 1500, f"peak RSS {peak:.0f} MiB"


@pytest.mark.slow
def test_fifty_megabyte_file_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    chunk = "".join(f"  key{i}: value number {i} with some padding text\n" for i in range(1000))
    with path.open("w") as handle:
        handle.write("apiVersion: v1\nkind: ConfigMap\ndata:\n")
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk.replace("key", f"k{handle.tell()}_"))
    out, peak = peak_rss_mb(
        "from slolint.engine import CheckOptions, check\n"
        f"r = check(CheckOptions(paths=[{str(path)!r}], context=False))\n"
        "print(r.files, [(f.code, f.message) for f in r.findings])\n"
    )
    # about two million nodes: above the per-file budget, so the file is reported, not linted
    assert out.strip() == (
        "1 [('SLO006', 'the file has more than 1,000,000 YAML nodes (counting what aliases "
        "repeat); this document and the rest of the file are not linted')]"
    )
    assert peak < 2500, f"peak RSS {peak:.0f} MiB"


def test_oversized_file_is_reported_not_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("slolint.load.MAX_FILE_BYTES", 1000)
    (tmp_path / "big.yaml").write_text("a: " + "x" * 2000 + "\n")
    assert lint(tmp_path) == [("big.yaml", 1, 1, "SLO006")]


def test_binary_file_named_yaml(tmp_path: Path) -> None:
    (tmp_path / "image.yaml").write_bytes(bytes(range(256)) * 4)
    findings = lint(tmp_path)
    assert [(f, c) for f, _, _, c in findings] == [("image.yaml", "SLO001")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-32-be", "utf-8-sig"])
def test_other_unicode_encodings_are_linted(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "wide.yaml").write_bytes(SLO.format(i=1, target="1.0").encode(encoding))
    assert lint(tmp_path) == [("wide.yaml", 11, 25, "SLO201")]


def test_unreadable_directory_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.yaml").write_text(SLO.format(i=1, target="1.0"))
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = check(CheckOptions(paths=["."], cwd=tmp_path, context=False))
    assert result.errors == [f"cannot read directory {tmp_path / 'locked'}: Permission denied"]
    assert [f.code for f in result.findings] == ["SLO201"]  # the rest is still linted


def test_yaml_bomb_in_json_clothing_is_harmless(tmp_path: Path) -> None:
    nested = json.dumps({"a": [[[[[[[[[["deep"]]]]]]]]]]})
    (tmp_path / "x.json").write_text(nested)
    assert lint(tmp_path) == []


# --- every case below runs the command line in a child process whose time and memory are
# --- bounded by the operating system (a timeout and RLIMIT_AS), never by a clock in here

SECONDS = 60
"""Each case takes well under 10 s; the margin is for a loaded CI machine."""
MEMORY = 1 << 30
"""The issue's threshold: each of these inputs once took more than 1 GB."""


def bounded(
    *args: str, cwd: Path, seconds: int = SECONDS, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``slolint ARGS`` in a child limited to ``seconds`` and :data:`MEMORY` of address space."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    environment.update(env or {})
    try:
        return subprocess.run(
            [sys.executable, "-m", "slolint", *args],
            cwd=cwd,
            capture_output=True,
            timeout=seconds,
            preexec_fn=limit,
            env=environment,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"slolint {' '.join(args)[:80]} ran longer than {seconds} s")


def concise(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    """``file:line:col: CODE`` of each finding line."""
    assert b"internal error" not in done.stdout + done.stderr, done.stderr
    return [line.split(" [")[0] for line in done.stdout.decode().splitlines()]


def slo_json(name: str = "slo-1", target: str = "0.99") -> str:
    """The template as one line of flow YAML, for files built from many objects."""
    from slolint.load import load_text

    data = load_text("t", SLO.format(i=1, target="12345.5")).documents[0].data
    data["metadata"]["name"] = "@N"
    return json.dumps(data).replace("12345.5", target).replace('"@N"', name)


def test_anchors_on_complex_keys_are_bounded(tmp_path: Path) -> None:
    text = "a: &a [" + ", ".join(["x"] * 50) + "]\n"
    text += "b: &b {? {k: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]} : 1}\n"
    text += "".join(
        f"c{i}: &c{i} {{? [*{'b' if i == 3 else f'c{i - 1}'}, *{'b' if i == 3 else f'c{i - 1}'}] : 1}}\n"
        for i in range(3, 30)
    )
    (tmp_path / "keys.yaml").write_text(text + "---\n" + SLO.format(i=1, target="1.0"))
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert concise(done) == ["keys.yaml:9:18: SLO006"]
    assert done.returncode == 1


def test_alias_chains_deeper_than_the_limit_are_slo006_not_a_crash(tmp_path: Path) -> None:
    """The data used to be built 400 levels deep and a RecursionError became SLO000."""
    chain = "a0: &a0 [[[[[[[[[[x]]]]]]]]]]\n" + "".join(
        f"a{i}: &a{i} [[[[[[[[[[*a{i - 1}]]]]]]]]]]\n" for i in range(1, 40)
    )
    slo = SLO.format(i=1, target="0.99").replace("metadata:", "x-deep: {chain: *a39}\nmetadata:")
    (tmp_path / "deep.yaml").write_text(chain.replace("\n", "\n  ").join(["x:\n  ", ""]) + slo)
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert concise(done) == ["deep.yaml:14:23: SLO006"]


def test_alias_budget_is_per_file(tmp_path: Path) -> None:
    doc = "a: &a [" + ", ".join(["x"] * 99) + "]\nb: [" + ", ".join(["*a"] * 990) + "]\n"
    (tmp_path / "many.yaml").write_text("---\n".join([doc] * 150))
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    # 990 aliases of 100 nodes in the first document, the 11th alias of the second is over
    assert concise(done) == ["many.yaml:5:45: SLO006"]


def test_duplicate_keys_are_linear(tmp_path: Path) -> None:
    keys = "".join(f"  k{i}: 1\n" for i in range(10_000)) * 2
    text = SLO.format(i=1, target="0.99").replace("metadata:\n", "metadata:\n" + keys, 1)
    (tmp_path / "dup.yaml").write_text(text)
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    lines = concise(done)
    assert len(lines) == 1001  # 1,000 findings and the one that counts the rest
    # the last value wins, so both the duplicate and the unknown field k0 are on line 10004
    assert lines[:2] == ["dup.yaml:10004:3: SLO002", "dup.yaml:10004:3: SLO102"]
    assert lines[-1].endswith("SLO006")
    assert b"more findings in this file are not shown" in done.stdout


def test_three_million_empty_documents(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text("--- \n" * 3_000_000)
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert concise(done) == ["empty.yaml:100001:1: SLO006"]


def test_a_million_item_list(tmp_path: Path) -> None:
    items = "[" + ",".join(["1"] * 1_000_000) + "]"
    (tmp_path / "list.yaml").write_text(slo_json().replace('[{"target": 0.99}]', items))
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    ((finding,),) = [[line for line in concise(done) if "SLO006" in line]]
    assert finding.startswith("list.yaml:1:")


def test_many_schema_errors_in_one_object(tmp_path: Path) -> None:
    items = "[" + ",".join(["1"] * 300_000) + "]"
    (tmp_path / "list.yaml").write_text(slo_json().replace('[{"target": 0.99}]', items))
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    lines = concise(done)
    assert "list.yaml:1:1: SLO006" in lines
    assert b"more than 1,000 schema errors in this object; the others are not reported" in (
        done.stdout
    )


def test_thirty_thousand_unknown_keys_on_one_line(tmp_path: Path) -> None:
    """Each finding's snippet used to re-process the whole 400 KB line."""
    extra = ", ".join(f'"u{i}": 1' for i in range(30_000))
    (tmp_path / "wide.yaml").write_text(slo_json()[:-1] + ", " + extra + "}\n")
    done = bounded("check", "--no-context", ".", cwd=tmp_path)  # text: with snippets
    out = done.stdout.decode()
    # 30,000 unknown fields: 1,000 shown, 29,000 counted in one more finding
    assert "29,000 more findings in this file are not shown" in out
    assert max(len(line) for line in out.splitlines()) < 1000
    assert len(done.stdout) < 1_000_000


def test_hundred_kilobytes_of_brackets(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("[" * 100_000)
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert concise(done) == ["b.yaml:1:129: SLO006"]


def test_a_large_name_aliased_into_many_objects_prints_little(tmp_path: Path) -> None:
    items = [slo_json('&n "' + "n" * 1_000_000 + '"', "1.0")]
    items += [slo_json("*n", "1.0") for _ in range(1499)]
    (tmp_path / "names.yaml").write_text("[" + ",\n".join(items) + "]\n")
    done = bounded("check", "--no-context", ".", cwd=tmp_path)
    assert concise(done)[0] == "names.yaml:12:66: SLO006"
    assert len(done.stdout) < 100_000


def test_many_findings_quote_long_values_shortened(tmp_path: Path) -> None:
    method = '&m "' + "m" * 100_000 + '"'
    items = [slo_json(f"s{i}").replace('"Occurrences"', "*m" if i else method) for i in range(20)]
    (tmp_path / "methods.yaml").write_text("[" + ",\n".join(items) + "]\n")
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    lines = done.stdout.decode().splitlines()
    quoting = [line for line in lines if '"mmmmm' in line]
    assert len(quoting) == 20
    assert all('..."' in line and len(line) < 400 for line in quoting)


def test_sparse_file_above_the_limit_is_not_read(tmp_path: Path) -> None:
    with (tmp_path / "sparse.yaml").open("wb") as handle:
        handle.truncate(3_000_000_000)
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert concise(done) == ["sparse.yaml:1:1: SLO006"]
    assert b"file is 3,000,000,000 bytes, above the limit of 67,108,864" in done.stdout


def test_huge_integer_in_another_document_does_not_hide_the_slo(tmp_path: Path) -> None:
    text = "x: " + "9" * 5000 + "\n---\n" + SLO.format(i=1, target="1.0")
    (tmp_path / "n.yaml").write_text(text)
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert concise(done) == ["n.yaml:13:25: SLO201"]


def test_json_surrogate_pairs_are_valid(tmp_path: Path) -> None:
    text = slo_json().replace('"slo-1"', '"slo-1", "displayName": "\\ud83d\\ude00"')
    (tmp_path / "s.json").write_text(text.replace("0.99", "1.0"))
    done = bounded("check", "-f", "concise", "--no-context", ".", cwd=tmp_path)
    assert [line.split(":")[3] for line in concise(done)] == [" SLO201"]


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u202e", "\u2066", "\x85", "\x1b"])
@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_names_cannot_fake_finding_lines(tmp_path: Path, char: str, fmt: str) -> None:
    fake = f"x{char}slos/ok.yaml:1:1: SLO201 [error] fake"
    text = SLO.format(i=1, target="1.0").replace("name: slo-1", f"name: {json.dumps(fake)}")
    (tmp_path / "a.yaml").write_text(text)
    done = bounded("check", "-f", fmt, "--no-context", ".", cwd=tmp_path)
    out = done.stdout.decode()
    assert char not in out
    assert len(out.splitlines()) == len(out.split("\n")) - 1  # no other line breaks


def test_ignore_does_not_hide_a_file_that_could_not_be_parsed(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("apiVersion: openslo/v1\na: [1, 2\n")
    done = bounded("check", "--ignore", "SLO001", "--no-context", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert b"bad.yaml:2:9: SLO001" in done.stdout
    assert b"All checked" not in done.stdout
