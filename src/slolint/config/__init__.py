"""Configuration: which file governs each linted file, and the settings it yields.

``--config PATH`` (or ``$SLOLINT_CONFIG``) makes one file govern every linted file;
otherwise each file is governed by the closest configuration file above it, up to the
repository root (never above it), which inherits from the configuration files above it,
and by the built-in ``recommended`` preset when there is none. ``--isolated`` ignores
configuration files altogether (and refuses ``--config``). Command-line flags override
whatever the files say.

The :class:`Resolver` reads configuration while discovery asks which files are excluded;
once the files are known, :meth:`Resolver.plan` freezes the answer into a :class:`Plan`
(settings per folder) that every later stage reads instead of configuration files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from slolint.config.bounds import Bounds
from slolint.config.files import ENV_VAR, ConfigError, ConfigFile, Finder
from slolint.config.loader import Loader
from slolint.config.plan import Plan, folder_part
from slolint.config.settings import UNSILENCEABLE, CliOverrides, Settings, build_settings
from slolint.rules import load_rules

if TYPE_CHECKING:
    from slolint.selection import Selection

__all__ = [
    "UNSILENCEABLE",
    "CliOverrides",
    "ConfigError",
    "ConfigFile",
    "Plan",
    "Resolver",
    "Settings",
]


def _content_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, or why there are none (a baseline not written yet)."""
    import hashlib

    from slolint.baseline import MAX_BASELINE_BYTES
    from slolint.read import ReadError, read_limited

    try:
        contents = read_limited(str(path), MAX_BASELINE_BYTES)
    except ReadError as exc:
        return f"unreadable: {exc}"
    return f"{contents.size}:{hashlib.sha256(contents.data).hexdigest()}"


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
        load_rules()  # selectors and rule names are checked against every catalog rule
        if config and isolated:
            raise ConfigError(
                "--config and --isolated contradict each other; "
                "--isolated reads no configuration file"
            )
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
        self.bounds = Bounds(self.cwd)
        self.loader = Loader(self.bounds)
        self._finder = Finder(self.bounds)
        self._by_config: dict[Path | None, Settings] = {}
        self._excluded: dict[str, set[Path]] = {}
        if self.explicit is not None:
            self._settings(self.explicit)  # a missing or invalid --config fails at once

    @classmethod
    def defaults(cls, cwd: Path | None = None, selection: Selection | None = None) -> Resolver:
        """Built-in settings for every file: what library callers get unless they ask."""
        return cls(cwd, isolated=True, selection=selection)

    def _parent_config(self, config: ConfigFile) -> Path | None:
        """The configuration file a discovered one inherits from: the closest above its
        folder, up to the root (``--config`` and ``extends`` targets inherit nothing)."""
        if self.explicit is not None:
            return None
        folder = config.folder
        if folder == self.bounds.root_of(folder) or folder.parent == folder:
            return None
        return self._finder.find(folder.parent)

    def _settings(self, path: Path | None) -> Settings:
        if path not in self._by_config:
            config = self.loader.config(path) if path is not None else None
            parent_path = self._parent_config(config) if config is not None else None
            parent = self._settings(parent_path) if parent_path is not None else None
            settings = build_settings(config, self.cwd, self.cli, self.loader, parent)
            settings.legacy_selection = self.selection
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
        """Settings of the working directory: run-wide values (fail-on, context)."""
        return self._settings(self.config_path_for(self.cwd))

    def excluded(self, path: Path, explicit: bool = True) -> bool:
        """True when the configuration governing ``path`` excludes it (or ``include``
        leaves out a file a folder walk found, ``explicit`` False), or when it is the
        baseline. Each exclusion is counted by the file that wrote the pattern, for the
        report; ``.gitignore`` is git's to apply, not this.
        """
        absolute = (self.cwd / path).absolute()
        settings = self.settings_for(absolute)
        if absolute == settings.baseline:
            return True  # slolint's own file; read as a baseline, which no SLO file can be
        by = settings.excluded_by(absolute, explicit)
        if by is not None:
            self._excluded.setdefault(by, set()).add(absolute)
        return by is not None

    def exclusions(self) -> dict[str, int]:
        """Files left out so far, counted by where the pattern was written."""
        return {source: len(files) for source, files in sorted(self._excluded.items())}

    def fingerprint(self, folders: Iterable[str] = ()) -> str:
        """A digest of everything the settings of the files in ``folders`` come from.

        The configuration of every folder is resolved first, so that the digest covers
        which file governs each one (a new nested file changes it) and every file read,
        ``extends`` targets included, by content; then the command line, and the content
        of each baseline. Two runs with the same fingerprint resolve the same settings.
        """
        import hashlib  # only a run with a cache asks for a fingerprint

        for folder in folders:
            self.settings_for(Path(folder, "_"))
        self.primary()
        digest = hashlib.sha256()

        def part(value: object) -> None:
            digest.update(repr(value).encode("utf-8", "surrogateescape") + b"\0")

        selection = self.selection
        part((self.isolated, str(self.explicit), self.explicit_source, self.cli))
        part(sorted(selection.enabled) if selection is not None else None)
        part(sorted((str(folder), str(found)) for folder, found in self._finder.answers()))
        for config in self.loader.files():
            part(
                (
                    str(config.path),
                    hashlib.sha256(config.text.encode("utf-8", "surrogatepass")).hexdigest(),
                )
            )
        for settings in self._by_config.values():
            if settings.baseline is not None:
                part((str(settings.baseline), _content_digest(settings.baseline)))
        return digest.hexdigest()

    def plan(self, files: Iterable[str | Path] = ()) -> Plan:
        """The settings of every folder of ``files`` (and of the working directory),
        resolved now and frozen: the stages after discovery read nothing else."""
        folders: dict[Path, Settings] = {self.cwd: self.primary()}
        for folder in _folders_of(self.cwd, files):
            if folder not in folders:
                folders[folder] = self.settings_for(folder / "_")
        return Plan.build(
            self.cwd,
            folders,
            self.primary(),
            tuple(
                config.shown()
                for config in sorted(self.loader.files(), key=lambda c: (len(c.path.parts), c.path))
            ),
            self.exclusions(),
        )


def _folders_of(cwd: Path, files: Iterable[str | Path]) -> list[Path]:
    """The folder of each file, ``(cwd / file).absolute().parent``, built once per folder
    part (:func:`folder_part`), not once per file: a run names most files twice."""
    heads: set[str] = set()
    found: list[Path] = []
    for file in files:
        name = os.fspath(file)
        head = folder_part(name)
        if head is None:
            found.append((cwd / name).absolute().parent)
        elif head not in heads:
            heads.add(head)
            found.append((cwd / name).absolute().parent)
    return found
