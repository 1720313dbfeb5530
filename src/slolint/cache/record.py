"""The cached form of one file's per-file results, and the source file it stands in for.

A record keeps what the cross-file stages need: the recognized objects (their models, each
with its mapping as written, which team policies assert on; the document data around them
only the per-file schema stage reads), the per-file violations and the load problems. It does not keep the text or the position tables: they
cost four times the rest to store and to decode, and the locate stage needs them only for
the few files where a finding lands. :class:`CachedSource` re-reads and re-parses such a
file the first time its text or documents are asked for, after checking that its bytes
still hash to the cached digest.

Records are pickles, and unpickling is code execution: the cache layer (:mod:`slolint.cache.store`)
authenticates every byte before it reaches :func:`decode`, and :func:`decode` still
resolves no name at all: the record classes are handed to it in advance (:func:`_seeds`).

A record does not name its file: every reference to the display path is a persistent id
filled in when it is decoded, so a renamed file, or a run from another folder, hits the
same entry. A record whose bytes still contain the path some other way (a message quoting
it) is not cached at all.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import io
import operator
import pickle
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slolint import findings, model
from slolint import recognize as recognize_module
from slolint.load import Document, LoadProblem, SourceFile, load_file, yaml_events
from slolint.recognize import Recognized
from slolint.suppress import may_hold_suppressions

if TYPE_CHECKING:
    from slolint.engine import FileResult

RECORD_FORMAT = 3
"""Bumped when the layout of a record changes (the code digest changes with it anyway)."""

_PATH = 0
"""The persistent id that stands for the file's display path."""

Reload = Callable[[], bytes | None]
"""Reads the file again for :class:`CachedSource`; None when it cannot be read."""


def digest(data: bytes) -> bytes:
    """The content address of a file's bytes."""
    return hashlib.sha256(data).digest()


# -- the stand-in source file ----------------------------------------------------------------

_TEXT: Any = SourceFile.__dict__["text"]
_DOCUMENTS: Any = SourceFile.__dict__["documents"]
"""SourceFile's slot descriptors, which the lazy properties below read and write."""


class CachedSource(SourceFile):
    """A loaded file whose results came from the cache: problems now, text when asked.

    Everything that reads ``text`` or ``documents`` (locating a finding, the snippet under
    it) triggers one re-read and re-parse of the file. If the bytes no longer hash to the
    cached digest (the file changed while slolint ran), the text stays empty and findings
    land on line 1 rather than on a line of a different version of the file.
    """

    __slots__ = ("_digest", "_loaded", "_reload")

    def __init__(
        self,
        path: str,
        problems: list[LoadProblem],
        file_digest: bytes,
        reload: Reload,
        marked: bool = True,
    ) -> None:
        self._digest = file_digest
        self._reload = reload
        self._loaded = False
        super().__init__(path, "", [], problems, suppression_hint=marked)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        data = self._reload()
        if data is not None and digest(data) == self._digest:
            fresh = load_file(self.path, data)
            _TEXT.__set__(self, fresh.text)
            _DOCUMENTS.__set__(self, fresh.documents)

    @property
    def text(self) -> str:
        self._load()
        value: str = _TEXT.__get__(self)
        return value

    @text.setter
    def text(self, value: str) -> None:
        _TEXT.__set__(self, value)

    @property
    def documents(self) -> list[Document]:
        self._load()
        value: list[Document] = _DOCUMENTS.__get__(self)
        return value

    @documents.setter
    def documents(self, value: list[Document]) -> None:
        _DOCUMENTS.__set__(self, value)


# -- encoding ----------------------------------------------------------------------------------

_RECORD_MODULES = (findings, model, yaml_events, recognize_module)
"""Modules whose dataclasses and enums a record may hold; no other class can be named."""

_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _fields_getter(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """A function returning the field values when ``cls(*values)`` rebuilds an instance
    exactly, else None.

    Calling the constructor decodes about twice as fast as the default ``__setstate__``
    of a frozen dataclass with slots; it is exact when every field is an ``__init__``
    argument and nothing runs after it.
    """
    if cls not in _GETTERS:
        getter: Callable[[Any], tuple[Any, ...]] | None = None
        if dataclasses.is_dataclass(cls) and not hasattr(cls, "__post_init__"):
            fields = dataclasses.fields(cls)
            if all(f.init for f in fields):
                names = [f.name for f in fields]
                if len(names) == 1:
                    single = operator.attrgetter(names[0])
                    getter = lambda obj: (single(obj),)  # noqa: E731
                else:
                    getter = operator.attrgetter(*names)
        _GETTERS[cls] = getter
    return _GETTERS[cls]


def _record_classes() -> tuple[type, ...]:
    """Every class a record may hold, in a fixed order."""
    found: list[type] = [set, frozenset]
    for module in _RECORD_MODULES:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and (dataclasses.is_dataclass(value) or issubclass(value, enum.Enum))
            ):
                found.append(value)
    return tuple(sorted(set(found), key=lambda c: (c.__module__, c.__qualname__)))


class _SeedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        for cls in _record_classes():
            if (cls.__module__, cls.__qualname__) == (module, name):
                return cls
        raise pickle.UnpicklingError(f"a cache record may not name {module}.{name}")


@functools.cache
def _seeds() -> tuple[dict[int, tuple[int, Any]], Any]:
    """The classes, pre-loaded into the memo of every record's pickler and unpickler.

    A record then refers to a class by memo index, never by name: decoding resolves no
    name at all (the unpickler refuses every one), and it skips one lookup per class per
    record, a third of the decoding time. Records use pickle protocol 3, whose memo
    entries carry explicit indexes, so that they line up with the seeded memo.
    """
    classes = _record_classes()
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=_PROTOCOL)
    pickler.dump(classes)
    unpickler = _SeedUnpickler(io.BytesIO(buffer.getvalue()))
    unpickler.load()
    return pickler.memo.copy(), unpickler.memo


_PROTOCOL = 3


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, path: str | None) -> None:
        super().__init__(file, protocol=_PROTOCOL)
        self.memo = dict(_seeds()[0])
        self._path = path

    def persistent_id(self, obj: Any) -> Any:
        return _PATH if self._path is not None and obj is self._path else None

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        getter = _GETTERS[cls] if cls in _GETTERS else _fields_getter(cls)
        if getter is None:
            return NotImplemented
        return cls, getter(obj)


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BufferedReader, path: str) -> None:
        super().__init__(file)
        self.memo = _seeds()[1]
        self._path = path

    def persistent_load(self, pid: Any) -> Any:
        if pid != _PATH:
            raise pickle.UnpicklingError("unknown persistent id")
        return self._path

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a cache record may not name {module}.{name}")


def _payload(result: FileResult) -> tuple[Any, ...]:
    source = result.source
    recognized = [
        (item.api_version, item.kind, item.origin, item.ref, item.objects)
        for item in result.recognized
    ]
    return (
        RECORD_FORMAT,
        source is not None,
        source is not None and may_hold_suppressions(source.text),
        source.problems if source is not None else [],
        recognized,
        result.violations,
    )


def _result(payload: Any, path: str, file_digest: bytes, reload: Reload) -> FileResult:
    from slolint.engine import FileResult

    version, has_source, marked, problems, recognized, violations = payload
    if version != RECORD_FORMAT:
        raise pickle.UnpicklingError("record of another format")
    if not has_source:
        return FileResult(None)
    source = CachedSource(path, problems, file_digest, reload, marked)
    items = [
        Recognized(api_version, kind, {}, origin, ref, objects)
        for api_version, kind, origin, ref, objects in recognized
    ]
    return FileResult(source, items, violations)


def encode(path: str, result: FileResult) -> bytes | None:
    """The record of one file's results, or None when they must not be cached.

    Internal errors are not cached (they may be transient, and ``--debug`` must be able to
    show their traceback), nor are read errors.
    """
    if result.failures or result.read_error is not None:
        return None
    buffer = io.BytesIO()
    _Pickler(buffer, path).dump(_payload(result))
    blob = buffer.getvalue()
    if path.encode("utf-8", "surrogatepass") in blob:
        return None  # the path is in the results other than through Origin: not portable
    return blob


def decode(blob: bytes, path: str, file_digest: bytes, reload: Reload) -> FileResult:
    """Rebuild one file's results for display path ``path``; raises on a malformed record."""
    # A peekable stream lets the unpickler read ahead instead of calling read() per opcode
    # (protocol 3 has no frames): decoding takes half the time.
    payload = _Unpickler(io.BufferedReader(io.BytesIO(blob)), path).load()
    return _result(payload, path, file_digest, reload)


def dump_data(value: Any) -> bytes:
    """``value`` (record classes, plain containers) in the record encoding, with no file's
    path standing apart; raises when it holds anything else."""
    buffer = io.BytesIO()
    _Pickler(buffer, None).dump(value)
    return buffer.getvalue()


def load_data(blob: bytes) -> Any:
    """What :func:`dump_data` wrote; raises on anything else (it resolves no name)."""
    return _Unpickler(io.BufferedReader(io.BytesIO(blob)), "").load()


class BatchEncoder:
    """The records of several files in one pickle stream, to ship from a worker.

    One pickler for the whole chunk: the seeded memo is copied once, not once per file,
    and what files share (kinds, API versions, label keys, the same messages) is written
    once. Not for the cache: there every record must decode on its own. The records are
    decoded in the order they were added (:class:`BatchDecoder`).
    """

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._pickler = _Pickler(self._buffer, "")

    def add(self, path: str, result: FileResult) -> bool:
        """Append ``result``'s record; False when it must travel as it is (an internal
        error keeps its traceback, a read error its reason)."""
        if result.failures or result.read_error is not None:
            return False
        self._pickler._path = path
        self._pickler.dump(_payload(result))
        return True

    def getvalue(self) -> bytes:
        return self._buffer.getvalue()


class BatchDecoder:
    """Reads back, one by one and in order, the records a :class:`BatchEncoder` wrote."""

    def __init__(self, blob: bytes) -> None:
        self._unpickler = _Unpickler(io.BufferedReader(io.BytesIO(blob)), "")

    def next(self, path: str, file_digest: bytes, reload: Reload) -> FileResult:
        self._unpickler._path = path
        return _result(self._unpickler.load(), path, file_digest, reload)
