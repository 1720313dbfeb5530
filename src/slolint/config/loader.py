"""Configuration files read once per run, through the bounded reader, and their policies.

A file named by several chains (the root configuration inherited by every nested one, a
shared ``extends`` target) is read, validated and turned into policies once, so that a
policy is one object wherever it applies: the engine runs it once, over the files whose
configuration holds that very object.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slolint.config.bounds import Bounds
from slolint.config.files import ConfigFile, read_config


class Loader:
    """Read, validate and remember configuration files and the policies they declare."""

    def __init__(self, bounds: Bounds) -> None:
        self.bounds = bounds
        self._configs: dict[Path, ConfigFile] = {}
        self._policies: dict[Path, list[Any]] = {}

    def config(self, path: Path) -> ConfigFile:
        found = self._configs.get(path)
        if found is None:
            from slolint.config.validation import validate_table  # only when a file exists

            found = read_config(path)
            validate_table(found)
            self._configs[path] = found
        return found

    def policies(self, config: ConfigFile) -> list[Any]:
        """The :class:`slolint.policies.Policy` objects of one file, built once."""
        found = self._policies.get(config.path)
        if found is None:
            from slolint.policies import policies_from_config

            found = self._policies[config.path] = policies_from_config(config.data, config)
        return found

    def files(self) -> list[ConfigFile]:
        """Every configuration file read so far, in the order first read."""
        return list(self._configs.values())
