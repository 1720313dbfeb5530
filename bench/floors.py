"""The floors slolint is measured against, each run as its own process like slolint is.

    python bench/floors.py read|events|ruamel LISTFILE

``LISTFILE`` names one file per line. ``read`` reads the bytes (the I/O floor); ``events``
runs libyaml's C parser to the end of every file without building anything (the parse
floor); ``ruamel`` builds every document with ruamel.yaml's C-based safe loader and keeps
them all, as a linter with cross-document rules must (the load floor).
"""

from __future__ import annotations

import sys


def read(paths: list[str]) -> int:
    total = 0
    for path in paths:
        with open(path, "rb") as handle:
            total += len(handle.read())
    return total


def events(paths: list[str]) -> int:
    from _ruamel_yaml import CParser

    count = 0
    for path in paths:
        with open(path, "rb") as handle:
            parser = CParser(handle.read().decode("utf-8"))
        try:
            while parser.get_event() is not None:
                count += 1
                if not parser.check_event():
                    break
        finally:
            parser.dispose()
    return count


def ruamel(paths: list[str]) -> int:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=False)
    kept = []
    for path in paths:
        with open(path, "rb") as handle:
            kept.append(list(yaml.load_all(handle.read())))
    return sum(len(documents) for documents in kept)


MODES = {"read": read, "events": events, "ruamel": ruamel}


def main() -> None:
    mode, listing = sys.argv[1], sys.argv[2]
    with open(listing, encoding="utf-8") as handle:
        paths = handle.read().splitlines()
    print(MODES[mode](paths))


if __name__ == "__main__":
    main()
