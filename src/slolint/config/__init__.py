"""Configuration: which file governs each linted file, and the settings it yields.

``--config PATH`` (or ``$SLOLINT_CONFIG``) makes one file govern every linted file;
otherwise each file is governed by the closest configuration file above it, up to the
repository root, and by the built-in ``recommended`` preset when there is none.
``--isolated`` ignores configuration files altogether. Command-line flags override
whatever the file says.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from slolint.config.files import ENV_VAR, ConfigError, ConfigFile, Finder, read_config
from slolint.config.patterns import GitIgnore, PatternSet
from slolint.config.settings import CliOverrides, Settings, build_settings
from slolint.rules import load_rules
from slolint.selection import Selection

__all__ = ["CliOverrides", "ConfigError", "Resolver", "Settings"]


def _load(path: Path) -> ConfigFile:
    from slolint.config.validation import validate_table  # only when a file exists

    config = read_config(path)
    validate_table(config)
    return config


def _repository_root(start: Path, cache: dict[Path, Path]) -> Path:
    """The folder holding ``.git`` above ``start`` (cached per folder), else ``start``."""
    walked = []
    found = start
    for folder in (start, *start.parents):
        if folder in cache:
            found = cache[folder]
            break
        walked.append(folder)
        if (folder / ".git").exists():
            found = folder
            break
    else:
        found = start
    for folder in walked:
        cache[folder] = found
    return found


class Resolver:
    """Settings per linted file, each configuration file read and validated once."""

    def __init__(
        self,
        cwd: Path | None = None,
        *,
        config: str | None = None,
        isolated: bool = False,
        cli: CliOverrides | None = None,
        env: Mapping[str, str] | None = None,
        selection: Selection | None = None,
    ) -> None:
        load_rules()  # selectors and rule names are checked against every registered rule
        self.cwd = (cwd or Path.cwd()).absolute()
        self.isolated = isolated
        self.cli = cli
        self.selection = selection
        environment = os.environ if env is None else env
        self.explicit: Path | None = None
        self.explicit_source = ""
        if not isolated:
            if config:
                self.explicit, self.explicit_source = (self.cwd / config).absolute(), "--config"
            elif environment.get(ENV_VAR):
                self.explicit = (self.cwd / environment[ENV_VAR]).absolute()
                self.explicit_source = f"${ENV_VAR}"
        self._finder = Finder()
        self._by_config: dict[Path | None, Settings] = {}
        self._gitignore: dict[Path, GitIgnore] = {}
        self._roots: dict[Path, Path] = {}
        self._plans: dict[Path, tuple[Settings, list[PatternSet]]] = {}
        if self.explicit is not None:
            self._settings(self.explicit)  # a missing or invalid --config fails at once

    @classmethod
    def defaults(cls, cwd: Path | None = None, selection: Selection | None = None) -> Resolver:
        """Built-in settings for every file: what library callers get unless they ask."""
        return cls(cwd, isolated=True, selection=selection)

    def _settings(self, path: Path | None) -> Settings:
        if path not in self._by_config:
            config = _load(path) if path is not None else None
            settings = build_settings(config, self.cwd, self.cli)
            settings.legacy_selection = self.selection
            for policy in settings.policies:
                policy.governs = lambda file, mine=settings: self.settings_for(Path(file)) is mine
            self._by_config[path] = settings
        return self._by_config[path]

    def config_path_for(self, folder: Path) -> Path | None:
        if self.isolated:
            return None
        if self.explicit is not None:
            return self.explicit
        return self._finder.find(folder.absolute())

    def settings_for(self, path: Path) -> Settings:
        """The settings governing one file (its folder's closest configuration)."""
        absolute = (self.cwd / path).absolute()
        return self._settings(self.config_path_for(absolute.parent))

    def primary(self) -> Settings:
        """Settings of the working directory: run-wide values (fail-on, baseline, context)."""
        return self._settings(self.config_path_for(self.cwd))

    def used(self) -> list[Settings]:
        return list(self._by_config.values())

    def excluded(self, path: Path, explicit: bool) -> bool:
        """True when the file's configuration excludes it, or ``.gitignore`` ignores it.

        What depends only on the folder (its settings, the ``.gitignore`` files above it)
        is worked out once per folder: pre-commit asks this for every file of a large
        repository.
        """
        absolute = (self.cwd / path).absolute()
        folder = absolute.parent
        plan = self._plans.get(folder)
        if plan is None:
            settings = self.settings_for(absolute)
            ignores: list[PatternSet] = []
            if settings.respect_gitignore:
                root = _repository_root(folder, self._roots)
                if root not in self._gitignore:
                    self._gitignore[root] = GitIgnore(root)
                ignores = self._gitignore[root].sets_for(folder)
            plan = self._plans[folder] = (settings, ignores)
        settings, ignores = plan
        if settings.excluded(absolute, explicit) or absolute == settings.baseline:
            return True  # the baseline is slolint's own file, not an input
        return any(patterns.matches(absolute) for patterns in ignores)
