"""``slolint config`` / ``--show-settings``: the effective configuration and its provenance."""

from __future__ import annotations

import json
from pathlib import Path

from slolint.config import Resolver

ORDER = (
    "extends",
    "include",
    "exclude",
    "respect-gitignore",
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "fail-on",
    "baseline",
    "context-root",
    "formats",
    "policies",
)


def show_settings(config: Resolver, target: Path) -> str:
    """One ``key: value  # source`` line per setting, then the rules enabled for ``target``."""
    absolute = (config.cwd / target).absolute()
    folder = absolute if absolute.is_dir() else absolute.parent
    path = config.config_path_for(folder)
    settings = config.settings_for(folder / "_") if path is not None else config.primary()
    if config.isolated:
        header = "no configuration file (--isolated); built-in defaults"
    elif path is None:
        header = "no configuration file found; built-in defaults (preset recommended)"
    else:
        how = f" ({config.explicit_source})" if config.explicit is not None else ""
        header = f"configuration file: {_shown(path, config.cwd)}{how}"
    lines = [f"# {header}"]
    below = [
        link.config.shown()
        for link in settings.links
        if link.config is not None and link.config.path != path
    ]
    if below:
        lines.append(f"# built on (inherited or extended): {', '.join(below)}")
    rows = []
    keys = [k for k in ORDER if k in settings.values]
    keys += sorted(k for k in settings.values if k not in ORDER and k != "rules")
    for key in keys:
        rows.append((f"{key}: {json.dumps(settings.values[key])}", settings.origins.get(key, "")))
    for code, table in sorted(settings.values.get("rules", {}).items()):
        rows.append(
            (f"rules.{code}: {json.dumps(table)}", settings.origins.get(f"rules.{code}", ""))
        )
    width = max((len(text) for text, _ in rows), default=0)
    lines += [f"{text:<{width}}  # {origin}" if origin else text for text, origin in rows]
    enabled = sorted(settings.enabled_for(absolute))
    lines.append(f"# enabled for {_shown(absolute, config.cwd)}: {', '.join(enabled)}")
    return "\n".join(lines) + "\n"


def _shown(path: Path, cwd: Path) -> str:
    try:
        return path.relative_to(cwd).as_posix() or "."
    except ValueError:
        return path.as_posix()
