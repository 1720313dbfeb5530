"""Old versions: what a changed or deleted file held before, so that an absence verdict
("no SLI has this name") is reported because of the file that removed the object.

See :mod:`slolint.scope`: only a file that lost an object of the missing kind (and name)
can be the missing object.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from slolint.discover import display_path
from slolint.load import load_file
from slolint.recognize import Recognized, recognize
from slolint.sniff import may_be_slo
from slolint.world.build import World
from slolint.world.git import Git


def _recognized_in(shown: str, data: bytes) -> list[Recognized]:
    """The objects of an old version of a file: only compared, never reported or cached."""
    if not may_be_slo(data):
        return []
    found: list[Recognized] = []
    for document in load_file(shown, data).documents:
        try:
            objects, _ = recognize(shown, document.index, document.data)
        except Exception:  # an old version that trips a bug is simply not compared
            continue
        found.extend(objects)
    return found


def lost_objects(
    world: World, recognized: Iterable[Recognized], cwd: Path
) -> dict[str, dict[str, str]]:
    """Kind -> name -> file, for the objects that changed or deleted scope files held in
    their old version and no longer hold as they were.

    Old versions are read from git in one ``cat-file --batch`` per repository, and only
    for the files that differ from them.
    """
    current: dict[str, dict[tuple[str, str], object]] = {}
    for item in recognized:
        current.setdefault(item.origin.file, {})[(item.kind, item.ref.name)] = item.data
    wanted: dict[Git, list[tuple[str, str]]] = {}  # git -> [(spec, shown)]
    entries = [(path, git, rev) for path, (git, rev) in world.changed.items()]
    entries += [(gone.path, gone.git, gone.rev) for gone in world.gone]
    for path, git, rev in entries:
        try:
            relative = path.relative_to(git.top).as_posix()
        except ValueError:
            continue
        shown = display_path(path, cwd)
        specs = [f"{rev}:{relative}"] if rev is not None else [f"HEAD:{relative}", f":{relative}"]
        wanted.setdefault(git, []).extend((spec, shown) for spec in specs)
    lost: dict[str, dict[str, str]] = {}
    for git, pairs in wanted.items():
        blobs = git.blobs(spec for spec, _ in pairs)
        for spec, shown in pairs:
            data = blobs.get(spec)
            if data is None:
                continue
            now = current.get(shown, {})
            for item in _recognized_in(shown, data):
                key = (item.kind, item.ref.name)
                if key not in now or now[key] != item.data:
                    names = lost.setdefault(item.kind, {})
                    if item.ref.name not in names or shown < names[item.ref.name]:
                        names[item.ref.name] = shown
    return lost
