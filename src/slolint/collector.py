"""Keeping the cyclic garbage collector off objects that live until the end of the run.

The per-file stages build, decode or receive hundreds of thousands of objects that the run
keeps to the end. A collection while they are made would walk them all to free nothing,
and every later collection would walk them again: the collector is paused while they are
made, and they are frozen (out of every generation) before it resumes.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def kept_to_the_end() -> Iterator[None]:
    """Pause collection for the block; freeze what it made when collection resumes."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.freeze()
            gc.enable()
