"""The bundled ``examples/`` repository gives exactly the findings it documents.

Every deliberate violation in ``examples/`` is marked on the line where slolint reports it
with a trailing comment ``# deliberate: CODE`` (several codes separated by commas; text after
the codes explains the case). The findings of ``slolint check examples`` must be exactly the
marked (file, line, code) triples: a missing finding is a rule that stopped working, an extra
one is a false positive on files that are meant to be correct.

A finding is reported on the line of the value or key at fault, so that is where its marker
goes. One case needs care: a *missing* field has no line of its own, and SLO101 is reported
on the key of the mapping that lacks it. The misspelt ``budgetMethod`` in
``slos/search.yaml`` therefore carries two markers on two lines: ``SLO102`` on the
``budgetMethod:`` key and ``SLO101`` (``budgetingMethod`` missing) on the ``spec:`` line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from slolint.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MARKER = re.compile(r"#\s*deliberate:\s*(SLO\d{3}(?:\s*,\s*SLO\d{3})*)")
CONCISE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<code>SLO\d{3}) \[")

Triple = tuple[str, int, str]


def expected_findings() -> set[Triple]:
    expected = set()
    for path in sorted(EXAMPLES.rglob("*.y*ml")):
        name = path.relative_to(EXAMPLES).as_posix()
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = MARKER.search(text)
            if match:
                for code in match.group(1).split(","):
                    expected.add((name, number, code.strip()))
    return expected


def reported_findings(output: str) -> set[Triple]:
    found = set()
    for text in output.splitlines():
        match = CONCISE.match(text)
        assert match, f"not a concise finding: {text!r}"
        path = (Path.cwd() / match["path"]).resolve()
        found.add((path.relative_to(EXAMPLES).as_posix(), int(match["line"]), match["code"]))
    return found


def test_examples_give_exactly_the_marked_findings(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--output-format", "concise", str(EXAMPLES)])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert captured.err == ""
    assert reported_findings(captured.out) == expected_findings()


def test_examples_show_each_mission_rule() -> None:
    """The examples demonstrate the three mandated rules and the typical mistakes."""
    codes = {code for _, _, code in expected_findings()}
    assert codes == {"SLO201", "SLO301", "SLO401", "SLO802", "SLO101", "SLO102"}


def test_examples_readme_lists_every_deliberate_violation() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name, line, code in expected_findings():
        assert f"`{name}:{line}`" in readme and code in readme, (name, line, code)


def test_examples_without_the_deliberate_violations_are_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rest of the repository is correct: the marked lines are the only problems.

    Each violation is fixed in a copy (one line each), and the copy must pass.
    """
    fixes = {
        "slos/search.yaml": [
            ("target: 1.0  # deliberate: SLO201", "target: 0.999"),
            ("budgetMethod: Occurrences", "budgetingMethod: Occurrences"),
        ],
        "slos/payments.yaml": [
            ("targetPercent: 99.9  # deliberate: SLO301", "targetPercent: 99.95"),
            ("error-budget-policy: payments-ebpp", "error-budget-policy: payments-ebp"),
        ],
        "slos/payments-webhooks.yaml": [
            (
                "    team: payments\n",
                "    team: payments\n  annotations:\n"
                "    slolint.dev/error-budget-policy: payments-ebp\n",
            ),
        ],
    }
    for path in EXAMPLES.rglob("*"):
        if path.is_file():
            target = tmp_path / path.relative_to(EXAMPLES)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text(encoding="utf-8")
            for old, new in fixes.get(path.relative_to(EXAMPLES).as_posix(), []):
                assert old in text, (path, old)
                text = text.replace(old, new, 1)
            target.write_text(text, encoding="utf-8")
    code = main(["check", "--output-format", "concise", str(tmp_path)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (0, "")


# -- every way of naming the examples gives the same verdicts ------------------------------


def findings_of(args: list[str], stdin: bytes | None = None) -> tuple[int, set[str]]:
    """Exit code and concise findings of ``slolint check`` run inside ``examples/``."""
    done = subprocess.run(
        [sys.executable, "-m", "slolint", "check", "-f", "concise", "--no-cache", *args],
        cwd=EXAMPLES,
        input=stdin,
        capture_output=True,
        check=False,
    )
    assert done.stderr == b"", done.stderr
    return done.returncode, set(done.stdout.decode().splitlines())


@pytest.fixture(scope="module")
def whole() -> set[str]:
    code, found = findings_of([])
    assert code == 1
    assert {
        (line.split(":")[0], int(line.split(":")[1]), line.split(" ")[1]) for line in found
    } == (expected_findings())
    return found


def in_folders(found: set[str], *folders: str) -> set[str]:
    return {line for line in found if line.startswith(tuple(f"{f}/" for f in folders))}


@pytest.mark.slow
def test_naming_folders_gives_the_whole_repository_verdicts(whole: set[str]) -> None:
    """The README's own usage line: no SLO401 or SLO802 appears for lack of context."""
    assert findings_of(["."]) == (1, whole)
    assert findings_of(["slos/", "agreements/"]) == (1, in_folders(whole, "slos", "agreements"))
    # a policy folder reports what depends on it: the dangling reference whose closest
    # name, suggested as "did you mean", is in policies/
    dependent = {line for line in whole if line.startswith("slos/payments.yaml:39:38: SLO802")}
    assert len(dependent) == 1
    assert findings_of(["policies"]) == (1, dependent)


@pytest.mark.slow
def test_standard_input_gives_the_whole_repository_verdicts(whole: set[str]) -> None:
    dependent = {line for line in whole if line.startswith("slos/payments.yaml:39:38: SLO802")}
    for name in ("slos/payments.yaml", "slos/search.yaml", "policies/payments.ebp.yaml"):
        data = (EXAMPLES / name).read_bytes()
        expected = {line for line in whole if line.startswith(f"{name}:")}
        if name.startswith("policies/"):
            expected = dependent
        assert expected
        assert findings_of(["--stdin-filename", name, "-"], data) == (1, expected)


def test_include_narrows_the_report_not_the_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``include: ["slos/"]`` reports the findings of slos/, judged against every file."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    config = tmp_path / "examples" / ".slolint.yaml"
    config.write_text(config.read_text(encoding="utf-8") + 'include: ["slos/"]\n')
    monkeypatch.chdir(tmp_path / "examples")
    code = main(["check", "--output-format", "concise", "--no-cache"])
    captured = capsys.readouterr()
    assert (code, captured.err) == (1, "")
    expected = {(n, line, c) for n, line, c in expected_findings() if n.startswith("slos/")}
    assert {
        (text.split(":")[0], int(text.split(":")[1]), text.split(" ")[1])
        for text in captured.out.splitlines()
    } == expected
