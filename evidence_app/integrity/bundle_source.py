"""A received exhibit bundle (a folder or its .zip) read as hostile input.

The recipient runs the checker on whatever they are sent, so reading must end, in bounded
memory, whatever the bundle holds:
- only regular files inside the bundle are read: symbolic links (to /dev/zero, or to a copy
  outside the bundle), FIFOs, devices and sockets are listed as problems and never opened; a
  file is opened component by component with O_NOFOLLOW and O_NONBLOCK, then checked with fstat;
- every read is capped (`open(rel, limit)`): the caller passes what the manifest and bundle.json
  allow, and a zip member that claims more is refused before a byte is inflated;
- zip entries that are duplicated, overlapping (a zip bomb), encrypted, compressed with a method
  this tool does not read, links, or named ambiguously (../, a/./b, A.png beside a.png) are
  problems, never silently resolved one way.
"""

from __future__ import annotations

import contextlib
import io
import lzma
import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from evidence_app.integrity.shown import is_plain

MAX_ENTRIES = 200_000  # files in one bundle
MAX_DEPTH = 16  # folder levels in one bundle (ours has two)
MAX_CENTRAL_DIRECTORY = 16 * 1024 * 1024  # bytes of zip index read into memory
BOMB_RATIO = 200  # inflated/compressed beyond this (and big) is a zip bomb unless declared
BOMB_MIN_SIZE = 16 * 1024 * 1024
READ_BLOCK = 1024 * 1024

_SUPPORTED_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                                zipfile.ZIP_LZMA})
# What zipfile may raise on a hostile archive (bad structures, unsupported features, bad data).
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error,
    NotImplementedError, RuntimeError, zlib.error, lzma.LZMAError, OverflowError, KeyError,
    IndexError)


class TooLarge(Exception):
    """A read went past its cap."""


class NotRegular(Exception):
    """The path is not a regular file inside the bundle (a link, FIFO, device...)."""


_OPEN_ERRORS: tuple[type[BaseException], ...] = (*ZIP_ERRORS, NotRegular)


@dataclass
class Finding:
    """Something wrong seen while listing the bundle (before any file is checked)."""

    code: str
    rel: str | None
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Entry:
    rel: str
    size: int
    kind: str = "file"  # "file", "symlink", "fifo", "device", "socket", "other"
    info: zipfile.ZipInfo | None = None

    @property
    def regular(self) -> bool:
        return self.kind == "file"


class BundleSource:
    """The bundle's entries and capped, non-blocking reads of its regular files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.zip: zipfile.ZipFile | None = None
        self._fh: IO[bytes] | None = None
        self.prefix = ""
        self.entries: dict[str, Entry] = {}
        self.unreadable: set[str] = set()  # listed, but never to be read (duplicate, link...)
        self.findings: list[Finding] = []
        self.damaged: str | None = None  # why the zip cannot be read at all

    # --- listing ------------------------------------------------------------------------

    @classmethod
    def load(cls, root: Path, as_zip: bool) -> BundleSource:
        src = cls(root)
        if as_zip:
            src._list_zip()
        else:
            src._list_folder()
        src._flag_ambiguous()
        return src

    def _add(self, entry: Entry) -> None:
        if len(self.entries) >= MAX_ENTRIES:
            if not any(f.code == "too_many_files" for f in self.findings):
                self.findings.append(Finding("too_many_files", None, {"limit": MAX_ENTRIES}))
            return
        if entry.rel in self.entries:
            self.findings.append(Finding("duplicate_entry", entry.rel))
            self.unreadable.add(entry.rel)
            return
        self.entries[entry.rel] = entry
        if not entry.regular:
            self.findings.append(Finding("not_regular_file", entry.rel, {"type": entry.kind}))
            self.unreadable.add(entry.rel)

    def _list_folder(self) -> None:
        stack: list[tuple[Path, str, int]] = [(self.root, "", 0)]
        seen = 0  # files and folders: a million empty folders must not stall the walk either
        while stack:
            folder, prefix, depth = stack.pop()
            try:
                with os.scandir(folder) as it:
                    items = []
                    for item in it:
                        seen += 1
                        if seen > MAX_ENTRIES:
                            break
                        items.append(item)
            except OSError as e:
                self.findings.append(Finding("unreadable_folder", prefix.rstrip("/") or ".",
                                             {"error": e.strerror or type(e).__name__}))
                continue
            for item in items:
                rel = prefix + item.name
                try:
                    st = item.stat(follow_symlinks=False)
                except OSError:
                    self._add(Entry(rel, 0, "other"))
                    continue
                if stat.S_ISDIR(st.st_mode):
                    if depth + 1 >= MAX_DEPTH:
                        self.findings.append(Finding("too_deep", rel, {"limit": MAX_DEPTH}))
                    else:
                        stack.append((Path(item.path), rel + "/", depth + 1))
                    continue
                self._add(Entry(rel, st.st_size, _kind(st.st_mode)))
            if seen > MAX_ENTRIES:
                if not any(f.code == "too_many_files" for f in self.findings):
                    self.findings.append(Finding("too_many_files", None, {"limit": MAX_ENTRIES}))
                return

    def _list_zip(self) -> None:
        try:
            self._fh = _open_regular_path(self.root)
            endrec = _end_record(self._fh)
            if endrec is None:
                self.damaged = "no zip index at its end: the file is cut short or not a zip"
                return
            if endrec[zipfile._ECD_SIZE] > MAX_CENTRAL_DIRECTORY:  # type: ignore[attr-defined]
                self.damaged = "its index is implausibly large"
                return
            self.zip = zipfile.ZipFile(self._fh)
            infos = self.zip.infolist()
        except _OPEN_ERRORS as e:
            self.damaged = _zip_reason(e)
            return
        names = [i.filename for i in infos if not i.is_dir()]
        tops = {n.split("/", 1)[0] for n in names}
        if len(tops) == 1 and all("/" in n for n in names):
            self.prefix = tops.pop() + "/"
        self._flag_overlaps(infos)
        for info in infos:
            name = info.filename
            if not _safe_name(name.rstrip("/") if info.is_dir() else name):
                self.findings.append(Finding("unsafe_name", name))
                continue
            if info.is_dir():
                continue
            rel = name[len(self.prefix):] if name.startswith(self.prefix) else name
            self._add(Entry(rel, info.file_size, _zip_kind(info), info))
            if rel in self.unreadable or rel not in self.entries:
                continue
            if info.flag_bits & 0x1:
                self.findings.append(Finding("encrypted", rel))
                self.unreadable.add(rel)
            elif info.compress_type not in _SUPPORTED_METHODS:
                self.findings.append(Finding("unsupported_compression", rel,
                                             {"method": info.compress_type}))
                self.unreadable.add(rel)

    def _flag_overlaps(self, infos: list[zipfile.ZipInfo]) -> None:
        """Entries whose data overlap (the non-recursive zip bomb) are ambiguous by nature."""
        # 30 bytes of local header + the data is a lower bound of each entry's span on disk.
        spans = sorted((i.header_offset, i.header_offset + 30 + i.compress_size, i.filename)
                       for i in infos if not i.is_dir())
        for (_s0, end0, _n0), (s1, _e1, n1) in zip(spans, spans[1:], strict=False):
            if s1 < end0:
                rel = n1[len(self.prefix):] if n1.startswith(self.prefix) else n1
                self.findings.append(Finding("zip_bomb", rel, {"why": "overlapping entries"}))
                self.unreadable.add(rel)

    def _flag_ambiguous(self) -> None:
        """Names that differ only in case or Unicode form are one file on many disks."""
        seen: dict[str, str] = {}
        for rel in sorted(self.entries):
            if not is_plain(rel):
                self.findings.append(Finding("unsafe_name", rel))
            key = unicodedata.normalize("NFC", rel).casefold()
            if key in seen:
                self.findings.append(Finding("ambiguous_name", rel, {"other": seen[key]}))
                self.unreadable.update((rel, seen[key]))
            else:
                seen[key] = rel

    # --- reading ------------------------------------------------------------------------

    def files(self) -> set[str]:
        """Every entry's name (readable or not)."""
        return set(self.entries)

    def readable(self, rel: str) -> bool:
        e = self.entries.get(rel)
        return e is not None and e.regular and rel not in self.unreadable

    def size(self, rel: str) -> int:
        return self.entries[rel].size

    def compressed_size(self, rel: str) -> int | None:
        info = self.entries[rel].info
        return info.compress_size if info is not None else None

    @contextlib.contextmanager
    def open(self, rel: str, limit: int) -> Iterator[io.BufferedReader[_Capped]]:
        """A readable regular file, raising TooLarge past `limit` bytes (NotRegular if it is
        not a regular file when opened)."""
        if not self.readable(rel):
            raise NotRegular(rel)
        entry = self.entries[rel]
        if entry.size > limit:
            raise TooLarge(rel)
        if self.zip is not None:
            assert entry.info is not None
            raw: IO[bytes] = self.zip.open(entry.info)
        else:
            raw = _open_inside(self.root, rel)
        with raw, io.BufferedReader(_Capped(raw, limit), READ_BLOCK) as f:
            yield f

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
        if self._fh is not None:
            self._fh.close()


class _Capped(io.RawIOBase):
    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self._raw = raw
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b)
        data = self._raw.read(min(len(view), self._left + 1))
        if len(data) > self._left:
            raise TooLarge()
        self._left -= len(data)
        view[:len(data)] = data
        return len(data)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_READ_FLAGS = (os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _check_regular(fd: int) -> None:
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegular()


def _open_regular_path(path: Path) -> IO[bytes]:
    """The bundle's own file (given by the user, so links are followed), if regular."""
    fd = os.open(path, _READ_FLAGS & ~_NOFOLLOW)
    _check_regular(fd)
    return os.fdopen(fd, "rb")


def _open_inside(root: Path, rel: str) -> IO[bytes]:
    """Open root/rel without following a link at any level below root, without blocking."""
    parts = rel.split("/")
    if os.open in os.supports_dir_fd and _NOFOLLOW:
        fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC",
                                                                                  0))
        try:
            for part in parts[:-1]:
                nxt = os.open(part, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW | os.O_CLOEXEC,
                              dir_fd=fd)
                os.close(fd)
                fd = nxt
            file_fd = os.open(parts[-1], _READ_FLAGS, dir_fd=fd)
        finally:
            os.close(fd)
    else:  # Windows: no dir_fd; refuse links and junctions component by component
        path = root
        for part in parts:
            path = path / part
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode) or int(getattr(st, "st_reparse_tag", 0)):
                raise NotRegular(rel)
        file_fd = os.open(path, _READ_FLAGS)
    _check_regular(file_fd)
    return os.fdopen(file_fd, "rb")


def _end_record(fh: IO[bytes]) -> list[Any] | None:
    find = getattr(zipfile, "_EndRecData", None)
    if find is None:  # a future Python: let ZipFile find it
        return [0] * 10
    result: list[Any] | None = find(fh)
    return result


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _zip_kind(info: zipfile.ZipInfo) -> str:
    mode = info.external_attr >> 16
    return _kind(mode) if info.create_system == 3 and stat.S_IFMT(mode) else "file"


def _safe_name(name: str) -> bool:
    """A relative name that means one place on every system."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if len(name) > 1 and name[1] == ":":
        return False  # C:foo
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _zip_reason(e: BaseException) -> str:
    if isinstance(e, UnicodeDecodeError):
        return "a file name in it is not valid UTF-8"
    if isinstance(e, NotRegular):
        return "it is not a regular file"
    if isinstance(e, NotImplementedError):
        return "it uses a zip feature this tool does not read"
    return "its structure is broken (cut short or corrupted)"
