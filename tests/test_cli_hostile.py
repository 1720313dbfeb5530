"""The command line against a hostile file system and hostile process conditions.

File names chosen by a pull request, FIFOs, devices and kernel files behind ``.yaml``
names, undecodable names, a deleted working directory, Ctrl-C, closed pipes and full
disks: each ends in findings or one line on stderr, within bounds enforced on the child
process (a timeout and an address-space limit), never in a traceback or a hang.
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from slolint.parallel import worker_count
from slolint.read import ReadError, read_limited
from test_hostile import SLO, bounded

BAD = SLO.format(i=1, target="1.0")
GOOD = SLO.format(i=2, target="0.99")


def lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    return done.stdout.decode().splitlines()


def assert_one_line_error(done: subprocess.CompletedProcess[bytes], text: str) -> None:
    assert done.returncode == 2, done.stderr
    errors = done.stderr.decode().splitlines()
    assert len(errors) == 1, errors
    assert errors[0].startswith("slolint: error: ")
    assert text in errors[0]
    assert "internal error" not in errors[0] and "Traceback" not in errors[0]


# --- file names are arguments ----------------------------------------------------------


def test_option_like_file_names_after_double_dash_are_paths(tmp_path: Path) -> None:
    """The hook's entry is ``slolint check --``: what pre-commit appends stays a path."""
    (tmp_path / "victim.yaml").write_text("precious: true\n")
    (tmp_path / "-fjson=victim.yaml").write_text(BAD)
    (tmp_path / "-hf.yaml").write_text(BAD)
    names = ("--", "-fjson=victim.yaml", "-hf.yaml")  # one SLO twice: SLO801 aside
    done = bounded("check", "-f", "concise", "--select", "SLO201", *names, cwd=tmp_path)
    assert done.returncode == 1
    assert [line.split(" [")[0] for line in lines(done)] == [
        "-fjson=victim.yaml:11:25: SLO201",
        "-hf.yaml:11:25: SLO201",
    ]
    assert (tmp_path / "victim.yaml").read_text() == "precious: true\n"


def test_report_is_never_written_onto_a_linted_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BAD)
    done = bounded("check", "-f", "json=a.yaml", "a.yaml", cwd=tmp_path)
    assert_one_line_error(done, "refusing to write a report to a.yaml: it is one of the files")
    assert (tmp_path / "a.yaml").read_text() == BAD


def test_report_is_never_written_onto_a_context_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.yaml").write_text(BAD)
    (tmp_path / "b.yaml").write_text(GOOD)
    done = bounded("check", "-f", "json=b.yaml", "a.yaml", cwd=tmp_path)
    assert_one_line_error(done, "it is one of the files being linted")
    assert (tmp_path / "b.yaml").read_text() == GOOD


def test_report_is_never_written_through_a_symlink(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.write_text("# shell start-up file\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.yaml").write_text(BAD)
    (repo / "out.json").symlink_to(outside)
    done = bounded("check", "-f", "json=out.json", "a.yaml", cwd=repo)
    assert_one_line_error(done, "refusing to write a report to out.json: it is a symbolic link")
    assert outside.read_text() == "# shell start-up file\n"


def test_reports_are_written_atomically(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BAD)
    (tmp_path / "out.json").write_text("old")
    os.mkfifo(tmp_path / "fifo.json")  # a rename replaces it: writing never blocks
    done = bounded(
        "check", "-f", "json=out.json", "-f", "concise=fifo.json", "a.yaml", cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    assert json.loads((tmp_path / "out.json").read_text())["summary"]["findings"] == 1
    assert (tmp_path / "fifo.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "fifo.json", "out.json"]


def test_report_into_a_missing_folder_creates_it(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BAD)
    done = bounded("check", "-f", "json=nope/out.json", "a.yaml", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (1, b"Found 1 problem (1 error) in 1 file\n")
    assert json.loads((tmp_path / "nope" / "out.json").read_bytes())["summary"]["errors"] == 1


# --- the file system is hostile too -----------------------------------------------------


def test_fifo_named_on_the_command_line_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.yaml")
    done = bounded("check", "x.yaml", cwd=tmp_path, seconds=30)
    assert_one_line_error(done, "path x.yaml is not a regular file or a folder")


def test_fifo_met_while_walking_or_as_context_does_not_block(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.yaml").write_text(BAD)
    os.mkfifo(tmp_path / "x.yaml")
    as_context = bounded("check", "-f", "concise", "a.yaml", cwd=tmp_path, seconds=30)
    assert as_context.returncode == 1, as_context.stderr
    walked = bounded("check", "-f", "concise", ".", cwd=tmp_path, seconds=30)
    assert walked.returncode in (1, 2)
    assert b"Traceback" not in walked.stderr


@pytest.mark.parametrize(
    ("target", "kind"),
    [("/dev/zero", "a character device"), ("/proc/self/environ", "a file of the kernel's /proc")],
)
def test_devices_and_kernel_files_behind_symlinks_are_not_read(
    tmp_path: Path, target: str, kind: str
) -> None:
    if not Path(target).exists():
        pytest.skip(f"{target} does not exist here")
    (tmp_path / "z.yaml").symlink_to(target)
    done = bounded("check", "z.yaml", cwd=tmp_path, env={"SLOLINT_SECRET": "hunter2"})
    # discovery does not follow a link out of the folder: a note, nothing read
    assert done.stderr.decode().startswith("slolint: note: skipped symbolic link z.yaml:")
    assert (done.returncode, done.stdout) == (0, b"Nothing checked: no YAML or JSON files found\n")
    assert b"hunter2" not in done.stdout + done.stderr
    # and the reader refuses it whatever discovery did
    with pytest.raises(ReadError, match=kind):
        read_limited(str(tmp_path / "z.yaml"), 1024)


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.yaml")
    (tmp_path / name).write_text(BAD)
    done = bounded("check", "-f", "json", "-f", "json=out.json", ".", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout.decode("utf-8"))  # strict: valid UTF-8
    assert [f["file"] for f in report["findings"]] == ["caf\\xe9.yaml"]
    assert json.loads((tmp_path / "out.json").read_bytes().decode("utf-8")) == report
    text = bounded("check", ".", cwd=tmp_path)
    assert text.stdout.decode("utf-8").startswith("caf\\xe9.yaml:11:25: SLO201")


def test_deleted_working_directory(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (
        "import os, sys\n"
        f"os.chdir({str(gone)!r}); os.rmdir({str(gone)!r})\n"
        "from slolint.cli import main\n"
        "sys.exit(main(['check', '.']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=60, cwd=tmp_path
    )
    assert_one_line_error(done, "cannot use the current directory")


def test_very_long_path(tmp_path: Path) -> None:
    done = bounded("check", "x" * 300 + ".yaml", cwd=tmp_path)
    assert_one_line_error(done, "File name too long")
    assert len(done.stderr) < 400


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BAD)
    (tmp_path / "a.yaml").chmod(0)
    done = bounded("check", "a.yaml", cwd=tmp_path)
    assert_one_line_error(done, "cannot read a.yaml: Permission denied")


# --- processes and output ---------------------------------------------------------------


def _many_files(root: Path, count: int) -> None:
    for i in range(count):
        (root / f"f{i:04}.yaml").write_text(SLO.format(i=i, target="1.0"))


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``slolint check . | head -1``: no BrokenPipeError, the run's own exit code."""
    _many_files(tmp_path, 300)
    process = subprocess.Popen(
        [sys.executable, "-m", "slolint", "check", "--no-context", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    try:
        code = process.wait(timeout=120)
    finally:
        process.kill()
    assert first.startswith(b"f0000.yaml:11:25: SLO201")
    assert process.stderr.read() == b""
    assert code == 1


def test_full_disk_is_one_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "a.yaml").write_text(BAD)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "slolint", "check", "a.yaml"],
            cwd=tmp_path,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        "slolint: error: cannot write to standard output: No space left on device"
    ]


def _wait_for_children(pid: int, count: int, timeout: float = 60) -> None:
    """Wait until ``pid`` has ``count`` child processes (its workers are busy)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        children = Path(f"/proc/{pid}/task/{pid}/children")
        if children.exists() and len(children.read_text().split()) >= count:
            return
        time.sleep(0.05)
    pytest.fail("the workers did not start")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize("to_group", [True, False])
def test_ctrl_c_with_workers(tmp_path: Path, to_group: bool) -> None:
    """SIGINT to the process group (Ctrl-C) or to the parent only: exit 130, no traceback,
    no worker left behind, and no waiting for busy workers."""
    if not Path("/proc/self/task").exists() or (os.cpu_count() or 1) < 2:
        pytest.skip("needs /proc and two cores")
    _many_files(tmp_path, 400)
    items = "[" + ",".join(["1"] * 600_000) + "]"  # keeps a worker busy for seconds
    # first in path order: the pool's worker takes it (the parent works from the end)
    (tmp_path / "aa.yaml").write_text(
        SLO.format(i=9, target="0.9").replace("[{target: 0.9}]", items)
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "slolint", "check", "--jobs", "2", "--no-context", "."],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # a background job of a non-interactive shell (make test &) starts with SIGINT
        # ignored, and Python then installs no Ctrl-C handler; a terminal gives the default
        preexec_fn=_default_sigint,
    )
    try:
        _wait_for_children(process.pid, 1)  # --jobs 2: one pool process and the parent
        workers = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        time.sleep(0.5)
        if to_group:
            os.killpg(process.pid, signal.SIGINT)
        else:
            os.kill(process.pid, signal.SIGINT)
        code = process.wait(timeout=30)
    finally:
        os.killpg(process.pid, signal.SIGKILL) if process.poll() is None else None
    assert process.stderr is not None
    stderr = process.stderr.read()
    assert code == 130, stderr
    assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]


def test_jobs_are_capped_by_files_and_cores() -> None:
    cores = len(os.sched_getaffinity(0))
    assert worker_count(1500, 14) == min(cores, 14)
    assert worker_count(1500, 1) == 1
    assert worker_count(2, 0) == 1


def _colour_on_a_terminal(tmp_path: Path, term: str) -> bytes:
    """Run with stdout on a pseudo-terminal (``--color auto`` asks isatty)."""
    (tmp_path / "a.yaml").write_text(BAD)
    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment["TERM"] = term
    process = subprocess.Popen(
        [sys.executable, "-m", "slolint", "check", "a.yaml"],
        cwd=tmp_path,
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    os.close(follower)
    output = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(leader)
        process.wait(timeout=60)
    return output


def test_dumb_terminal_gets_no_colour(tmp_path: Path) -> None:
    assert b"\x1b[" in _colour_on_a_terminal(tmp_path, "xterm-256color")
    assert b"\x1b[" not in _colour_on_a_terminal(tmp_path, "dumb")


def test_previous_report_may_be_replaced(tmp_path: Path) -> None:
    """A report from the last run is read as context (it is JSON) but holds no SLO
    document, so the next run may replace it."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.yaml").write_text(BAD)
    for _ in range(2):
        done = bounded("check", "-f", "json=report.json", "a.yaml", cwd=tmp_path)
        assert done.returncode == 1, done.stderr
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["findings"] == 1


def test_ignore_does_not_hide_a_limit(tmp_path: Path) -> None:
    """SLO006 says a file was not fully read: --ignore cannot make it "All checked"."""
    (tmp_path / "b.yaml").write_text("[" * 1000)
    done = bounded("check", "-f", "concise", "--ignore", "SLO0", "--no-context", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert [line.split(" [")[0] for line in lines(done)] == ["b.yaml:1:129: SLO006"]
