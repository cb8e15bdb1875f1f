"""Join PDF parts into one file, streaming object by object (memory bounded by one part).

reportlab keeps a whole document in memory until it is saved, so a report with hundreds of
screenshot pages is rendered as several parts, each saved and let go, then joined here. Only the
objects reachable from each part's pages are copied (renumbered); the page tree, catalogue,
outline (bookmarks) and document info are written new.
"""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Sequence
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

log = logging.getLogger(__name__)


class _Out:
    """A PDF file being written sequentially with a classic cross-reference table."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.offsets: dict[int, int] = {}
        self.next_num = 1
        self.pos = 0
        self.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def write(self, data: bytes) -> None:
        self.f.write(data)
        self.pos += len(data)

    def reserve(self) -> int:
        num = self.next_num
        self.next_num += 1
        return num

    def obj(self, num: int, body: bytes) -> None:
        self.offsets[num] = self.pos
        self.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    def finish(self, root: int, info: int) -> None:
        xref = self.pos
        size = self.next_num
        lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for num in range(1, size):
            lines.append(b"%010d 00000 n \n" % self.offsets[num])
        self.write(b"".join(lines))
        self.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                   % (size, root, info, xref))


def _serialise(obj: Any, remap: Any) -> bytes:
    """One object's PDF syntax with indirect references renumbered through `remap`."""
    if isinstance(obj, IndirectObject):
        return b"%d 0 R" % remap(obj.idnum)
    if isinstance(obj, StreamObject):
        raw = obj._data  # the still-encoded bytes: copied as they are
        head: dict[str, Any] = {k: v for k, v in obj.items() if k != "/Length"}
        head["/Length"] = _Num(len(raw))
        return _serialise(head, remap) + b"\nstream\n" + raw + b"\nendstream"
    if isinstance(obj, dict):  # DictionaryObject, or a plain dict built here
        parts = [b"<<"]
        for k, v in obj.items():
            parts.append(_primitive(NameObject(k)) + b" " + _serialise(v, remap))
        parts.append(b">>")
        return b"\n".join(parts)
    if isinstance(obj, ArrayObject):
        return b"[" + b" ".join(_serialise(v, remap) for v in obj) + b"]"
    return _primitive(obj)


class _Num:
    """A literal integer for the Length entry."""

    def __init__(self, n: int) -> None:
        self.n = n

    def write_to_stream(self, stream: BinaryIO) -> None:
        stream.write(b"%d" % self.n)


class _Ref:
    """A reference to an object of the new file (not renumbered)."""

    def __init__(self, num: int) -> None:
        self.num = num

    def write_to_stream(self, stream: BinaryIO) -> None:
        stream.write(b"%d 0 R" % self.num)


def _primitive(obj: Any) -> bytes:
    buf = BytesIO()
    obj.write_to_stream(buf)
    return buf.getvalue()


def merge_pdfs(parts: Sequence[Path], out: BinaryIO, *, title: str,
               bookmarks: Sequence[tuple[str, int]] = ()) -> int:
    """Write `parts` as one PDF to `out`; bookmarks are (title, 0-based page). Returns pages."""
    w = _Out(out)
    catalog = w.reserve()
    pages_root = w.reserve()
    info = w.reserve()
    page_nums: list[int] = []
    for part in parts:
        page_nums += _copy_part(w, part, pages_root)
        # pypdf objects point back at their reader: free this part's objects before the next.
        gc.collect()
    kids = b" ".join(b"%d 0 R" % n for n in page_nums)
    w.obj(pages_root, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(page_nums), kids))
    outline = _write_outline(w, [(t, page_nums[i]) for t, i in bookmarks if i < len(page_nums)])
    extra = b" /Outlines %d 0 R /PageMode /UseOutlines" % outline if outline else b""
    w.obj(catalog, b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_root, extra))
    now = datetime.now(timezone.utc).strftime("D:%Y%m%d%H%M%SZ")
    w.obj(info, b"<< /Title " + _primitive(TextStringObject(title))
          + b" /Producer (evidence-app with reportlab) /CreationDate (" + now.encode() + b") >>")
    w.finish(catalog, info)
    return len(page_nums)


def _copy_part(w: _Out, part: Path, pages_root: int) -> list[int]:
    """Copy one part's pages and everything they use; returns the new page object numbers."""
    page_nums: list[int] = []
    with open(part, "rb") as fh:
        reader = PdfReader(fh)
        mapping: dict[int, int] = {}
        pending: deque[int] = deque()

        def remap(old: int) -> int:
            if old not in mapping:
                mapping[old] = w.reserve()
                pending.append(old)
            return mapping[old]

        page_olds: set[int] = set()
        for page in reader.pages:
            ref = page.indirect_reference
            assert ref is not None
            page_olds.add(ref.idnum)
            page_nums.append(remap(ref.idnum))
        while pending:
            old = pending.popleft()
            obj = reader.get_object(old)
            if old in page_olds and isinstance(obj, DictionaryObject):
                body: dict[str, Any] = {k: v for k, v in obj.items() if k != "/Parent"}
                body["/Parent"] = _Ref(pages_root)
                data = _serialise(body, remap)
            else:
                data = _serialise(obj, remap)
            w.obj(mapping[old], data)
    return page_nums


def _write_outline(w: _Out, items: Sequence[tuple[str, int]]) -> int:
    """A flat outline (bookmarks); returns its object number, or 0 if there are none."""
    if not items:
        return 0
    root = w.reserve()
    nums = [w.reserve() for _ in items]
    for i, (title, page) in enumerate(items):
        links = b""
        if i > 0:
            links += b" /Prev %d 0 R" % nums[i - 1]
        if i + 1 < len(nums):
            links += b" /Next %d 0 R" % nums[i + 1]
        w.obj(nums[i], b"<< /Title " + _primitive(TextStringObject(title))
              + b" /Parent %d 0 R /Dest [%d 0 R /Fit]%s >>" % (root, page, links))
    w.obj(root, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
          % (nums[0], nums[-1], len(nums)))
    return root
