"""Where the cache folder is, decided without importing the cache itself.

Every ``slolint check`` asks this question; only a run that has a cache folder needs the
cache's own machinery (hashing, pickling, the pack and the index), so a one-file check
outside a repository never imports it.
"""

from __future__ import annotations

import os
from pathlib import Path

from slolint.discover import git_toplevel

CACHE_DIR_NAME = ".slolint_cache"
CACHE_DIR_ENV = "SLOLINT_CACHE_DIR"


def default_location(cwd: Path, explicit: str | None = None) -> Path | None:
    """``--cache-dir``, else ``SLOLINT_CACHE_DIR``, else ``.slolint_cache`` at the git top
    level of ``cwd``; outside a repository there is no cache unless one is named."""
    chosen = explicit or os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(cwd, chosen)
    top = git_toplevel(cwd)
    return top / CACHE_DIR_NAME if top is not None else None
