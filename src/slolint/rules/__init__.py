"""Built-in rules, one module per group; each module registers itself when imported."""

from __future__ import annotations

import importlib
import pkgutil

from slolint.registry import RULES, Rule

_loaded = False


def load_rules() -> dict[str, Rule]:
    """Import every module of this package once, so that their registrations run.

    Adding a rule is adding a module (or a function to a group's module): no list to edit.
    """
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
    return RULES
