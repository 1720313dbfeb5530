"""Rules: the built-in ones, one module per group, and plugins from installed packages.

Every source of rules is an entry point of the group ``slolint.rules`` (flake8's model):
slolint declares its own built-ins as ``builtin = "slolint.rules:register_builtins"``, and
a plugin package declares a module or a function the same way. Loading a module runs its
``@rule`` registrations; a function is called. The built-ins are registered first even
when the package metadata is missing (a source tree on ``sys.path``).
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib.metadata import entry_points
from types import ModuleType

from slolint.registry import RULES, Rule

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


def load_rules() -> dict[str, Rule]:
    """Register the built-in rules and every installed plugin, once per process."""
    global _loaded
    if not _loaded:
        _loaded = True
        register_builtins()
        for point in sorted(entry_points(group=GROUP), key=lambda p: (p.name, p.value)):
            try:
                loaded = point.load()
                if callable(loaded) and not isinstance(loaded, ModuleType):
                    loaded()
            except Exception as exc:
                raise PluginError(
                    f"cannot load rule plugin {point.name!r} ({point.value}): "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
    return RULES
