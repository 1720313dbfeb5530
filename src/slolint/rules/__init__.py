"""Rules: the built-in ones, one module per group, and plugins from installed packages.

Every source of rules is an entry point of the group ``slolint.rules`` (flake8's model):
slolint declares its own built-ins as ``builtin = "slolint.rules:register_builtins"``, and
a plugin package declares a module or a function the same way. Loading a module runs its
``@rule`` registrations; a function is called. The built-ins are registered first even
when the package metadata is missing (a source tree on ``sys.path``).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Iterator, Mapping
from types import ModuleType

from slolint.registry import RULES, Rule, seal

GROUP = "slolint.rules"

_loaded = False
_builtins = False


class PluginError(Exception):
    """A rule plugin that cannot be loaded: one line on stderr, exit code 2."""


def register_builtins() -> None:
    """Import every module of this package once, so that their registrations run.

    Adding a rule is adding a module (or a function to a group's module): no list to edit.
    """
    global _builtins
    if not _builtins:
        _builtins = True
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        # a format module may define the stage rules its adapter reports (Pyrra's SLO708)
        from slolint.recognize.format import builtin_formats

        builtin_formats()


def _section(text: str, group: str) -> Iterator[tuple[str, str]]:
    """``name = module:attr`` lines of one ``[group]`` section of an ``entry_points.txt``."""
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            inside = line == f"[{group}]"
        elif inside and "=" in line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            yield name.strip(), value.strip()


def declared_plugins(path: list[str] | None = None, group: str = GROUP) -> list[tuple[str, str]]:
    """``(name, "module:attr")`` of every entry point of ``group`` on ``sys.path``.

    The ``entry_points.txt`` of each ``*.dist-info`` and ``*.egg-info`` folder is read
    directly: ``importlib.metadata`` answers the same, but importing it and building every
    installed distribution costs 30 to 50 ms, a third of a one-file run. As there, the
    first folder on the path that declares a name wins. Entries that name the current
    directory (``''``, relative ones, or its absolute path) are skipped.
    """
    found: dict[str, str] = {}
    here = _current_directory()
    for folder in sys.path if path is None else path:
        if not _trusted_entry(folder, here):
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            if f"[{group}]" in text:
                for key, value in _section(text, group):
                    found.setdefault(key, value)
    return sorted(found.items())


def _current_directory() -> str | None:
    try:
        return os.path.realpath(os.getcwd())
    except OSError:
        return None


def _trusted_entry(folder: str, here: str | None) -> bool:
    """Whether a ``sys.path`` entry may declare plugins: absolute, and not the working directory.

    ``python -m`` and an empty ``PYTHONPATH`` entry put the current directory on the path
    (as ``''``, ``.`` or its absolute name); in CI that is the checked-out pull request, and
    a committed ``evil.dist-info/entry_points.txt`` there must not name a module to import.
    """
    if not folder or not os.path.isabs(folder):
        return False
    return here is None or os.path.realpath(folder) != here


def load_entry_point(value: str) -> object:
    """``module:attr.attr`` (or a bare module) as ``EntryPoint.load`` resolves it."""
    module_name, _, attributes = value.partition(":")
    loaded: object = importlib.import_module(module_name.strip())
    for attribute in filter(None, attributes.strip().split(".")):
        loaded = getattr(loaded, attribute)
    return loaded


def load_rules() -> Mapping[str, Rule]:
    """Register the built-in rules and every installed plugin, once per process; the
    catalog is sealed afterwards (rules declared in configuration never enter it)."""
    global _loaded
    if not _loaded:
        _loaded = True
        try:
            register_builtins()
            for name, value in declared_plugins():
                try:
                    loaded = load_entry_point(value)
                    if callable(loaded) and not isinstance(loaded, ModuleType):
                        loaded()
                except Exception as exc:
                    raise PluginError(
                        f"cannot load rule plugin {name!r} ({value}): {type(exc).__name__}: {exc}"
                    ) from exc
        finally:
            seal()
    return RULES
