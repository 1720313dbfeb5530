"""Hostile and broken input: every case gives findings or a clear error, in bounded memory.

Nothing here asserts wall-clock time (benchmarks live in ``bench/``); memory is bounded by
running the large cases in a child process and reading its peak resident size.
"""

from __future__ import annotations

import json
import os
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
