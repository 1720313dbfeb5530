"""Run one command and write its wall time, CPU time, peak memory and exit code as JSON.

    python bench/measure.py RESULT.json -- COMMAND [ARG...]

The harness starts every measured command through this small process: a child forked
straight from the harness would start with the harness's own resident memory, and
``ru_maxrss`` would report at least that much for every command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> None:
    result, separator, *argv = sys.argv[1:]
    assert separator == "--", "usage: measure.py RESULT.json -- COMMAND [ARG...]"
    start = time.perf_counter()
    process = subprocess.Popen(argv)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    with open(result, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "wall": wall,
                "cpu": usage.ru_utime + usage.ru_stime,
                "rss_kb": usage.ru_maxrss,
                "returncode": os.waitstatus_to_exitcode(status),
            },
            handle,
        )


if __name__ == "__main__":
    main()
