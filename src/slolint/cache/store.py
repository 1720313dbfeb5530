"""A content-addressed cache of per-file results, so pre-commit and CI stay fast at scale.

The per-file stages (load, recognize, validate) cost almost all of a run; the cross-file
rules run on every run over the cached objects. A file's entry is found by the SHA-256 of
its bytes and the settings that shape its results (:func:`entry_key`); everything that
could change a result (slolint's own code, its schemas, the libraries that parse and
validate, the Python version) is hashed into :func:`code_digest`, which names the folder
the entries live in.

Layout of ``.slolint_cache/`` (at the git top level of the working directory, or
``--cache-dir`` / ``SLOLINT_CACHE_DIR``)::

    CACHEDIR.TAG, .gitignore (``*``)     so backups and git leave it alone
    <code digest>/pack                    many entries in one file: one read per run
    <code digest>/loose/<entry key>       entries written since the last pack
    <code digest>/index                   path -> (stat signature, content digest)
    <code digest>/replays/<run key>       whole runs to replay (:mod:`slolint.cache.replay`)

Trust. The folder sits in the repository, which a pull request controls: it may commit a
``.slolint_cache/`` of its own. Entries are pickles, and unpickling is code execution, so
every file is sealed with an HMAC-SHA256 under a per-user key kept outside the repository
(``$XDG_CACHE_HOME/slolint/key``, else ``~/.cache/slolint/key``, created with mode 0600 in
a 0700 folder). The MAC covers the code digest and the file's name as well as its bytes,
so an entry cannot be replayed under another key or to another version of slolint.
Nothing is decoded before its MAC checks; the pack and the index are then read with
``marshal`` (plain data only), and a record's unpickler resolves no name at all: it knows
slolint's record classes in advance (:mod:`slolint.cache.record`). A
cache folder or key that is a symbolic link, or a key that is not a private regular file
of this user, turns the cache off. Without a usable key there is no cache.

Failure is never an error: an unreadable, corrupt, truncated or forged file is a miss and is
rebuilt; a cache that cannot be written (a read-only checkout in CI) is simply not written.
Every write is a temporary file in the same folder renamed over the target, so concurrent
runs see whole files or none.

The stat index saves hashing every file on every run (ruff does the same): a file whose
size, inode, mtime and ctime match the index is taken to hold the content it held then.
Timestamps are coarse (a few milliseconds, two seconds on FAT), so an edit within the same
tick could go unseen; like git's racy-index rule, a file changed less than
:data:`RACY_SECONDS` before it was read is never put in the index and is hashed again next
time. ctime cannot be set by tools that restore mtimes (``touch -d``, ``tar``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import marshal
import os
import secrets
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from slolint import __version__
from slolint.cache import record as cache_record
from slolint.cache.location import CACHE_DIR_ENV as CACHE_DIR_ENV
from slolint.cache.location import CACHE_DIR_NAME as CACHE_DIR_NAME
from slolint.cache.location import default_location as default_location
from slolint.cache.record import RECORD_FORMAT
from slolint.collector import kept_to_the_end
from slolint.parallel import FileJob, run_jobs

if TYPE_CHECKING:
    from slolint.engine import FileResult

CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by slolint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
MAGIC = b"slolint-cache-1\n"
MAC_BYTES = 32
KEY_BYTES = 32
RACY_SECONDS = 2
POOL_MIN_MISSES = 64
"""Fewer changed files than this are linted in this process even with ``--jobs``: a warm
run with a few edits would spend more on starting a pool (about 10 ms) and shipping the
results back than on the files themselves (well under a millisecond each)."""
"""A file changed this recently (ctime or mtime) is not put in the stat index."""
LOOSE_LIMIT = 64
"""Runs that store more new entries than this write a new pack instead of loose files."""
PACK_SLACK = 1024
"""A new pack keeps this run's entries plus as many older ones again, plus this many."""
MAX_LOOSE = 4096
"""Loose entries beyond this make the next run fold them into the pack."""
MAX_CODE_FOLDERS = 3
"""Folders of other slolint versions kept (older ones are removed)."""
INDEX_REWRITE = 32
"""New index entries that make the run rewrite the index (fewer are hashed again next time)."""
MAX_READ = 512 * 1024 * 1024
"""Cache files above this size are not read (a hostile or damaged pack)."""


def settings_affecting_file_results(job: FileJob) -> tuple[object, ...]:
    """Every setting, besides the file's bytes and slolint's code, that shapes its results.

    This is the one place to extend when configuration starts to change what the per-file
    stages produce (rule options read by a schema check, a custom format): add the
    value here and the cache keys change with it. Today only one thing does: whether the
    file was named (validated) or read as context (not validated). The per-file stages see
    the file's path only through the origins of what they produce, which records store
    without it; a per-file check that reads the path itself must add it here.
    """
    return ("reported" if job.reported else "context",)


def entry_key(content: bytes, job: FileJob) -> str:
    """The cache key of one file's results: its content digest plus its settings."""
    settings = repr(settings_affecting_file_results(job)).encode()
    return hashlib.sha256(content + b"\0" + settings).hexdigest()


def _package_files() -> Iterator[str]:
    """slolint's sources and schemas (installed ``slolint/schemas``, else ``<repo>/schemas``,
    as :func:`slolint.schema_store.schema_dir` finds them), in a fixed order."""
    package = Path(__file__).parents[1]
    schemas = package / "schemas"
    if not schemas.is_dir():
        schemas = package.resolve().parents[1] / "schemas"
    for root, suffix in ((package, ".py"), (schemas, ".json")):
        for folder, subfolders, files in os.walk(root):
            if suffix == ".py":  # code lives in packages, not in the rules' example folders
                subfolders[:] = [s for s in subfolders if _is_package(os.path.join(folder, s))]
            subfolders.sort()
            for name in sorted(files):
                if name.endswith(suffix):
                    yield os.path.join(folder, name)


def _is_package(folder: str) -> bool:
    return os.path.isfile(os.path.join(folder, "__init__.py"))


_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
"""zoneinfo's usual search path: time zone names are validated against the system's database."""


def _installed_distributions() -> Iterator[str]:
    """Names (with versions) of the distributions installed where Python imports from.

    Listing ``*.dist-info`` folders costs a millisecond, where ``importlib.metadata`` costs
    forty; an upgrade of any library (the YAML parser, jsonschema, tzdata) shows here.
    """
    for entry in sys.path:
        with contextlib.suppress(OSError):
            names = os.listdir(entry or ".")
            yield from sorted(n for n in names if n.endswith((".dist-info", ".egg-info")))


def code_digest() -> str:
    """A digest of everything besides a file that decides its results.

    slolint's version alone would not do: a checkout or an editable install changes code
    without changing the version. Hashing the package's sources and schemas, the installed
    distributions and the time zone database's timestamp costs a few milliseconds.
    """
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0{RECORD_FORMAT}\0".encode())
    for name in _installed_distributions():
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
    for path in _package_files():
        with contextlib.suppress(OSError), open(path, "rb") as handle:
            digest.update(os.path.basename(path).encode() + b"\0" + handle.read())
    tzpath = os.environ.get("PYTHONTZPATH", "").split(os.pathsep)
    for folder in (*tzpath, *_TZPATH):
        with contextlib.suppress(OSError):
            digest.update(str(os.stat(folder).st_mtime_ns).encode())
    return digest.hexdigest()[:24]


# -- the key -------------------------------------------------------------------------------


def _key_path() -> Path | None:
    """Where the key lives; None without an absolute home (never a folder named ``~``
    in the repository). A relative ``XDG_CACHE_HOME`` is ignored, as the spec says."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "slolint", "key") if os.path.isabs(base) else None


def _private_file(fd: int) -> bool:
    info = os.fstat(fd)
    owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISREG(info.st_mode) and owned and not info.st_mode & 0o077


def load_key() -> bytes | None:
    """The per-user MAC key, created on first use; None when it cannot be had safely."""
    path = _key_path()
    if path is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return _create_key(path)
    except OSError:
        return None
    try:
        key = os.read(fd, KEY_BYTES + 1) if _private_file(fd) else b""
    except OSError:
        key = b""
    finally:
        os.close(fd)
    return key if len(key) == KEY_BYTES else None


def _create_key(path: Path) -> bytes | None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        key = secrets.token_bytes(KEY_BYTES)
        temporary = _write_private(path.parent, key)
        try:
            os.link(temporary, path)  # never replaces a key another run just created
        except FileExistsError:
            pass
        finally:
            os.unlink(temporary)
    except OSError:
        return None
    return load_key()


def _write_private(folder: Path, data: bytes) -> str:
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        os.unlink(temporary)
        raise
    return temporary


# -- sealed files ------------------------------------------------------------------------------


def _mac(key: bytes, role: str, payload: bytes | memoryview) -> bytes:
    mac = hmac.new(key, role.encode() + b"\0", hashlib.sha256)
    mac.update(payload)
    return mac.digest()


def seal(key: bytes, role: str, payload: bytes) -> bytes:
    """``payload`` with a MAC over its role (``<digest>/pack``...) and bytes."""
    return MAGIC + _mac(key, role, payload) + payload


def unseal(key: bytes, role: str, data: bytes) -> memoryview | None:
    """The payload of a sealed file, or None when it is not authentic (or truncated).

    A view, not a copy: a pack is megabytes.
    """
    head = len(MAGIC) + MAC_BYTES
    if len(data) < head or not data.startswith(MAGIC):
        return None
    payload = memoryview(data)[head:]
    if not hmac.compare_digest(data[len(MAGIC) : head], _mac(key, role, payload)):
        return None
    return payload


def _read(path: Path) -> bytes | None:
    """A cache file's bytes, never following a link, never from a FIFO or device."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_READ:
            return None
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


# -- the store ---------------------------------------------------------------------------------

Signature = tuple[int, int, int, int, int]
"""(device, inode, size, mtime_ns, ctime_ns) of a file."""
Indexed = tuple[Signature, bytes]
"""A stat index value: a file's signature and the digest of its content."""


def signature(info: os.stat_result) -> Signature:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _settled(info: os.stat_result, before: int) -> bool:
    """Unchanged for :data:`RACY_SECONDS` before ``before`` (ns): safe to index."""
    return max(info.st_mtime_ns, info.st_ctime_ns) < before - RACY_SECONDS * 1_000_000_000


@dataclass(slots=True)
class Store:
    """One cache folder for one code digest: reads what is authentic, writes what it can."""

    root: Path
    key: bytes
    folder: Path
    writable: bool = True
    index: dict[str, Indexed] = field(default_factory=dict)
    _pack: dict[str, bytes] | None = None
    empty: bool = False
    """Nothing stored yet: a first run does not hash files only to miss."""

    @classmethod
    def open(cls, root: Path) -> Store | None:
        """The store under ``root``, or None when the cache cannot be used at all."""
        if os.path.islink(root) or (os.path.lexists(root) and not is_cache_folder(root)):
            return None  # never write a .gitignore into a folder of the user's
        key = load_key()
        if key is None:
            return None
        store = cls(root, key, root / code_digest())
        store.writable = store._prepare()
        if not _real_folder(store.folder):
            return None
        store.index = store._load_plain("index")
        has_pack = os.path.lexists(store.folder / "pack")
        store.empty = not has_pack and not store.index and not store.loose_count()
        return store

    @property
    def pack(self) -> dict[str, bytes]:
        """The packed entries, read (and authenticated) when first needed: a replayed run
        needs none of them."""
        if self._pack is None:
            self._pack = self._load_plain("pack")
        return self._pack

    def _prepare(self) -> bool:
        """Create the folders and tags; False when the cache cannot be written."""
        try:
            fresh = not os.path.lexists(self.root)
            self.root.mkdir(exist_ok=True)
            if not _real_folder(self.root):
                return False
            if fresh or not os.path.lexists(self.root / "CACHEDIR.TAG"):
                self._write(self.root, "CACHEDIR.TAG", CACHEDIR_TAG.encode())
                self._write(self.root, ".gitignore", b"# Created by slolint.\n*\n")
            if not os.path.lexists(self.folder):
                self.folder.mkdir()
                self._prune_code_folders()
            (self.folder / "loose").mkdir(exist_ok=True)
            return _real_folder(self.folder / "loose") and os.access(self.folder, os.W_OK)
        except OSError:
            return False

    def _prune_code_folders(self) -> None:
        """Keep the folders of the few most recently started slolint versions."""
        folders = [p for p in self.root.iterdir() if p.name != self.folder.name]
        folders = [p for p in folders if _real_folder(p)]
        folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in folders[MAX_CODE_FOLDERS - 1 :]:
            shutil.rmtree(stale, ignore_errors=True)

    def _write(self, folder: Path, name: str, data: bytes) -> None:
        temporary = _write_private(folder, data)
        try:
            os.replace(temporary, folder / name)
        except BaseException:
            os.unlink(temporary)
            raise

    def _load_plain(self, name: str) -> Any:
        data = _read(self.folder / name)
        payload = unseal(self.key, self._role(name), data) if data is not None else None
        if payload is None:
            return {}
        try:
            value = marshal.loads(payload)
        except Exception:
            return {}
        return value if isinstance(value, dict) else {}

    def save_plain(self, name: str, value: dict[str, Any]) -> None:
        """Packs and the index are plain data (strings, bytes, numbers, tuples, dicts):
        marshal reads them without copying and can name no code to run."""
        payload = marshal.dumps(value, 4)
        self._write(self.folder, name, seal(self.key, self._role(name), payload))

    def get(self, entry: str) -> bytes | None:
        """An entry's record, from the pack or a loose file; None when absent or forged."""
        blob = self.pack.get(entry)
        if blob is not None:
            return blob
        data = _read(self.folder / "loose" / entry)
        payload = unseal(self.key, self._role(f"loose/{entry}"), data) if data else None
        return bytes(payload) if payload is not None else None

    def put_loose(self, entry: str, blob: bytes) -> None:
        role = self._role(f"loose/{entry}")
        self._write(self.folder / "loose", entry, seal(self.key, role, blob))

    def _role(self, name: str) -> str:
        """What a file's MAC binds it to: this code digest's folder and its own name."""
        return f"{self.folder.name}/{name}"

    def write_pack(self, used: dict[str, bytes]) -> None:
        """A new pack: this run's entries first, then older ones up to a bound; the loose
        entries it now holds are removed."""
        entries = dict(used)
        limit = 2 * len(used) + PACK_SLACK
        for entry, blob in self.pack.items():
            if len(entries) >= limit:
                break
            entries.setdefault(entry, blob)
        loose = self.folder / "loose"
        for name in _listing(loose):
            if len(entries) < limit and name not in entries:
                blob_from_file = self.get(name)
                if blob_from_file is not None:
                    entries[name] = blob_from_file
        self.save_plain("pack", entries)
        self._pack = entries
        stale = time.time() - 3600
        for name in _listing(loose):
            with contextlib.suppress(OSError):
                if not name.startswith(".tmp-") or os.lstat(loose / name).st_mtime < stale:
                    os.unlink(loose / name)

    def loose_count(self) -> int:
        return len(_listing(self.folder / "loose"))

    def get_replay(self, key: str) -> bytes | None:
        """A replay of a whole run (:mod:`slolint.cache.replay`); None when absent or forged."""
        data = _read(self.folder / "replays" / key)
        payload = unseal(self.key, self._role(f"replays/{key}"), data) if data else None
        return bytes(payload) if payload is not None else None

    def put_replay(self, key: str, blob: bytes, keep: int) -> None:
        """Store a replay; the oldest beyond ``keep`` are removed."""
        if not self.writable:
            return
        folder = self.folder / "replays"
        try:
            folder.mkdir(exist_ok=True)
            if not _real_folder(folder):
                return
            self._write(folder, key, seal(self.key, self._role(f"replays/{key}"), blob))
            names = [n for n in _listing(folder) if not n.startswith(".tmp-")]
            if len(names) > keep:
                aged = sorted(names, key=lambda n: _mtime(folder / n), reverse=True)
                for name in aged[keep:]:
                    with contextlib.suppress(OSError):
                        os.unlink(folder / name)
        except OSError:
            return


def is_cache_folder(root: Path) -> bool:
    """A real folder that is empty or holds slolint's CACHEDIR.TAG."""
    if not _real_folder(root):
        return False
    return _read(root / "CACHEDIR.TAG") == CACHEDIR_TAG.encode() or not _listing(root)


def _absolute(path: str) -> str:
    """The stat index's key of a file: its absolute path. The world lists absolute,
    normalized paths already; ``abspath`` (which normalizes again) is for the others."""
    return path if os.path.isabs(path) else os.path.abspath(path)


def _mtime(path: Path) -> int:
    try:
        return os.lstat(path).st_mtime_ns
    except OSError:
        return 0


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


# -- a run through the cache -------------------------------------------------------------------

ReadFile = Callable[[FileJob], "bytes | FileResult"]
ProcessData = Callable[[FileJob, bytes, bool], "FileResult"]


@dataclass(frozen=True, slots=True)
class _Computed:
    """A miss worked out by a worker: its results and what the cache needs to keep them.

    From a worker process, a result that has a record comes back as the record alone: it
    is a quarter of the size of the result with its position tables, and decoding it in
    the parent costs less than unpickling the full result would.
    """

    result: FileResult | None
    entry: str | None = None
    digest: bytes | None = None
    blob: bytes | None = None
    indexed: tuple[Signature, bytes] | None = None


def _reloader_for(read: ReadFile, job: FileJob) -> cache_record.Reload:
    def reload() -> bytes | None:
        data = read(job)
        return data if isinstance(data, bytes) else None

    return reload


def shipped_results(
    jobs: Sequence[FileJob],
    requested: int | None,
    debug: bool,
    read: ReadFile,
    process: ProcessData,
) -> Iterator[tuple[FileJob, FileResult | str]]:
    """The per-file stages in a worker pool, without a cache, workers shipping records.

    A worker's whole result (the text and position tables of every file) costs the parent
    more to unpickle than the file cost to lint, so ``--jobs 2`` ran slower than one
    process. A record is a quarter of the size, and a chunk's records travel as one pickle
    stream (:class:`~slolint.cache_record.BatchEncoder`); the parent decodes a chunk when
    it reaches it, and re-reads only the files where findings land, exactly as for results
    that come from the cache.
    """
    parent = os.getpid()

    def compute(job: FileJob, debug: bool) -> FileResult | tuple[FileResult, bytes]:
        data = read(job)
        if not isinstance(data, bytes):
            return data
        result = process(job, data, debug)
        if os.getpid() == parent:
            return result
        return result, cache_record.digest(data)

    def pack(chunk: Sequence[FileJob], results: list[Any]) -> tuple[bytes, list[Any]]:
        encoder = cache_record.BatchEncoder()
        shipped: list[Any] = []
        for job, outcome in zip(chunk, results, strict=True):
            if isinstance(outcome, tuple):
                result, file_digest = outcome
                shipped.append(file_digest if encoder.add(job.shown, result) else result)
            else:
                shipped.append(outcome)
        return encoder.getvalue(), shipped

    def unpack(chunk: Sequence[FileJob], packed: tuple[bytes, list[Any]]) -> list[Any]:
        blob, shipped = packed
        decoder = cache_record.BatchDecoder(blob)
        return [
            decoder.next(job.shown, item, _reloader_for(read, job))
            if isinstance(item, bytes)
            else item
            for job, item in zip(chunk, shipped, strict=True)
        ]

    with kept_to_the_end():  # decoded records live until the end of the run
        for job, outcome in run_jobs(jobs, compute, requested, debug, (pack, unpack)):
            yield job, cast("FileResult | str", outcome)


@dataclass(slots=True)
class CachedRun:
    """The per-file stages of one run, through the cache."""

    store: Store
    read: ReadFile
    process: ProcessData
    used: dict[str, bytes] = field(default_factory=dict)
    new_entries: dict[str, bytes] = field(default_factory=dict)
    new_index: dict[str, Indexed] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    loose_hits: int = 0
    contents: dict[str, bytes] = field(default_factory=dict)
    """``job.path`` -> content digest, for files looked at in this run."""
    parent: int = field(default_factory=os.getpid)
    """The process of the run; misses computed elsewhere (a worker) ship records only."""

    def results(
        self, jobs: Sequence[FileJob], requested: int | None, debug: bool
    ) -> Iterator[tuple[FileJob, FileResult | str]]:
        """``(job, result)`` in input order: hits decoded here, misses in a worker pool."""
        outcomes: list[FileResult | str | None] = [None] * len(jobs)
        misses: list[int] = []
        # Decoded results live until the end of the run: frozen before collection resumes,
        # no collection walks every object decoded (a quarter of a warm run).
        with kept_to_the_end():
            for position, job in enumerate(jobs):
                hit = self._lookup(job)
                if hit is None:
                    misses.append(position)
                else:
                    outcomes[position] = hit
        missed = [jobs[i] for i in misses]
        workers = requested if len(missed) >= POOL_MIN_MISSES else 1
        for position, (job, computed) in zip(
            misses, run_jobs(missed, self._compute, workers, debug), strict=True
        ):
            outcomes[position] = self._keep(job, computed)
        for job, outcome in zip(jobs, outcomes, strict=True):
            assert outcome is not None
            yield job, outcome

    def digests(self, jobs: Sequence[FileJob]) -> list[bytes] | None:
        """The content digest of every job's file (the stat index, else read and hashed),
        remembered for the lookups that follow; None when one cannot be had (an unreadable
        file, or an empty cache before the files were processed: nothing to replay yet)."""
        found = []
        for job in jobs:
            content = self._content(job)
            if content is None:
                return None
            found.append(content)
        return found

    def _content(self, job: FileJob) -> bytes | None:
        """The digest of the file's bytes; None when it cannot be read (or, in an empty
        cache, when it is not indexed: hashing there would only read every file twice)."""
        if job.path in self.contents:
            return self.contents[job.path]
        absolute = _absolute(job.path)
        try:
            info = os.stat(job.path)
        except OSError:
            return None
        self.seen.add(absolute)
        known = self.store.index.get(absolute)
        if known is not None and known[0] == signature(info):
            content = known[1]
        elif self.store.empty:
            return None
        else:
            before = time.time_ns()
            data = self.read(job)
            if not isinstance(data, bytes):
                return None
            content = cache_record.digest(data)
            if _settled(info, before):
                self.new_index[absolute] = (signature(info), content)
        self.contents[job.path] = content
        return content

    def _lookup(self, job: FileJob) -> FileResult | None:
        content = self._content(job)
        if content is None:
            return None
        entry = entry_key(content, job)
        blob = self.store.get(entry)
        if blob is None:
            return None
        try:
            result = cache_record.decode(blob, job.shown, content, self._reloader(job))
        except Exception:
            return None  # a record this code cannot read: rebuilt like a miss
        self.used[entry] = blob
        if entry not in self.store.pack:
            self.loose_hits += 1
        return result

    def _reloader(self, job: FileJob) -> cache_record.Reload:
        read = self.read

        def reload() -> bytes | None:
            data = read(job)
            return data if isinstance(data, bytes) else None

        return reload

    def _compute(self, job: FileJob, debug: bool) -> _Computed:
        """A miss, in a worker: read once, hash and process the same bytes, encode."""
        before = time.time_ns()
        try:
            info: os.stat_result | None = os.stat(job.path)
        except OSError:
            info = None
        data = self.read(job)
        if not isinstance(data, bytes):
            return _Computed(data)
        result = self.process(job, data, debug)
        content = cache_record.digest(data)
        blob = cache_record.encode(job.shown, result)
        indexed = None
        if info is not None and _settled(info, before):
            indexed = (signature(info), content)
        shipped = None if blob is not None and os.getpid() != self.parent else result
        return _Computed(shipped, entry_key(content, job), content, blob, indexed)

    def _keep(self, job: FileJob, computed: _Computed | str) -> FileResult | str:
        if isinstance(computed, str):  # the worker died
            return computed
        if computed.indexed is not None:
            self.new_index[_absolute(job.path)] = computed.indexed
        if computed.digest is not None:
            self.contents[job.path] = computed.digest
        if computed.entry is not None and computed.blob is not None:
            self.used[computed.entry] = computed.blob
            self.new_entries[computed.entry] = computed.blob
        if computed.result is not None:
            return computed.result
        assert computed.blob is not None and computed.digest is not None
        return cache_record.decode(computed.blob, job.shown, computed.digest, self._reloader(job))

    def finish(self) -> None:
        """Write what this run learned; a cache that cannot be written stays as it is."""
        store = self.store
        if not store.writable:
            return
        try:
            fresh = len(self.new_entries) + self.loose_hits
            if fresh > LOOSE_LIMIT or (self.new_entries and store.loose_count() > MAX_LOOSE):
                store.write_pack(self.used)
            else:
                for entry, blob in self.new_entries.items():
                    store.put_loose(entry, blob)
            if len(self.new_index) > INDEX_REWRITE:
                index = {**store.index, **self.new_index}
                if len(index) > 2 * len(self.seen) + PACK_SLACK:
                    index = {path: value for path, value in index.items() if path in self.seen}
                store.save_plain("index", index)
        except OSError:
            return


def clean(root: Path) -> str | None:
    """Remove a cache folder; an error message when ``root`` is not a slolint cache.

    Only a real folder holding slolint's CACHEDIR.TAG (or nothing at all) is removed, so a
    mistyped ``--cache-dir`` never deletes a folder of the user's; a link is removed as a
    link, never followed.
    """
    if os.path.islink(root):
        os.unlink(root)
        return None
    if not os.path.lexists(root):
        return None
    if not _real_folder(root):
        return f"{root} is not a folder"
    if not is_cache_folder(root):
        return f"{root} is not a slolint cache (no slolint CACHEDIR.TAG); not removed"
    shutil.rmtree(root)
    return None
