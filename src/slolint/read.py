"""Read one file's bytes, refusing anything that is not a plain file and never reading too much.

A pull request controls the names and the kinds of the files slolint opens: a FIFO named
``x.yaml`` blocks a plain ``open()`` forever, ``/dev/zero`` behind a ``.yaml`` symlink never
ends, ``/proc/self/environ`` is the environment of the process, and a sparse 3 GB file is
cheap to commit. So the file is opened with ``O_NONBLOCK`` (opening a FIFO then returns at
once), checked with ``fstat`` on the descriptor actually opened (no race with a rename),
and read only up to the size limit plus one byte, whatever discovery decided earlier.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass

_PSEUDO_ROOTS = ("/proc", "/sys")
"""Kernel file systems whose "regular" files are views of process state, not files."""

_pseudo_devices: frozenset[int] | None = None


class ReadError(Exception):
    """The file cannot be read as a plain file; the message completes ``cannot read X: ...``."""


@dataclass(frozen=True, slots=True)
class Contents:
    """What was read: ``data`` is empty when ``size`` is above the limit (nothing was read)."""

    data: bytes
    size: int
    """The file's size in bytes (from ``fstat``, or the bytes seen if more were there)."""


def _pseudo_file_systems() -> frozenset[int]:
    global _pseudo_devices
    if _pseudo_devices is None:
        devices = set()
        for root in _PSEUDO_ROOTS:
            try:
                devices.add(os.stat(root).st_dev)
            except OSError:
                continue
        _pseudo_devices = frozenset(devices)
    return _pseudo_devices


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_limited(path: str, limit: int) -> Contents:
    """The bytes of the regular file at ``path``, or nothing when it is larger than ``limit``.

    At most ``limit + 1`` bytes are read: a file whose size grows between ``fstat`` and the
    read is still caught by the extra byte.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket or a FIFO opened in a way it refuses
            raise ReadError("not a regular file") from exc
        raise ReadError(exc.strerror or str(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"{_kind(info.st_mode)}, not a regular file; only files are read")
        if info.st_dev in _pseudo_file_systems():
            raise ReadError("a file of the kernel's /proc or /sys, not a regular file")
        if info.st_size > limit:
            return Contents(b"", info.st_size)
        chunks = []
        wanted = limit + 1
        while wanted > 0:
            chunk = os.read(fd, min(wanted, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        return Contents(b"", max(info.st_size, len(data)))
    return Contents(data, len(data))
