"""A WACZ web archive of every HTTP exchange of a capture, built entirely in memory.

Layout, following the WACZ 1.1.1 conventions of py-wacz (so `wacz validate` passes and
ReplayWeb.page replays it): ``archive/data.warc.gz`` (request + response records, stored
uncompressed in the zip), ``indexes/index.cdx`` (sorted CDXJ), ``pages/pages.jsonl``,
``datapackage.json`` (path, size and SHA-256 of each file) and ``datapackage-digest.json``.

Bodies are stored as the browser decoded them, so ``Content-Encoding``/``Transfer-Encoding`` are
renamed to ``X-Archive-Orig-*`` and ``Content-Length`` is set to the stored size.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import logging
import zipfile
import zlib
from datetime import datetime, timezone
from typing import Any

from surt import surt
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from evidence_app.capture.credentials import REDACTED, is_credential
from evidence_app.capture.network import Exchange

log = logging.getLogger(__name__)

WACZ_VERSION = "1.1.1"
WARC_NAME = "data.warc.gz"
_DROP = {"content-encoding", "transfer-encoding", "content-length"}


def _header_lines(headers: dict[str, str], drop_encoding: bool) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, value in headers.items():
        if name.startswith(":"):  # HTTP/2 pseudo-headers
            continue
        lname = name.lower()
        if is_credential(name):  # the caseworker's session never goes into the evidence
            value = REDACTED
        for v in str(value).split("\n"):  # CDP joins repeated headers with newlines
            if drop_encoding and lname in _DROP:
                if lname != "content-length":
                    out.append((f"X-Archive-Orig-{name}", v))
            else:
                out.append((name, v))
    return out


def _ts14(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _request_target(url: str) -> str:
    from urllib.parse import urlsplit

    p = urlsplit(url)
    return (p.path or "/") + (f"?{p.query}" if p.query else "")


class _MemberWriter(WARCWriter):  # type: ignore[misc]
    """Writes each record as its own gzip member, like warcio, but at a fast level.

    warcio compresses at level 9, which costs more time than the capture's other bookkeeping
    for image-heavy pages (images do not compress anyway).
    """

    def __init__(self, out: io.BytesIO) -> None:
        self._record_buf = io.BytesIO()
        super().__init__(self._record_buf, gzip=False, warc_version="1.1")
        self._final = out

    def write_record(self, record: Any, params: Any = None) -> None:
        self._record_buf.seek(0)
        self._record_buf.truncate()
        super().write_record(record, params)
        comp = zlib.compressobj(3, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self._final.write(comp.compress(self._record_buf.getvalue()) + comp.flush())


def build_warc(exchanges: list[Exchange],
               software: str) -> tuple[bytes, list[str], list[dict[str, str]]]:
    """The WARC bytes, its CDXJ lines, and the exchanges left out (no body kept)."""
    out = io.BytesIO()
    writer = _MemberWriter(out)
    info = writer.create_warcinfo_record(WARC_NAME, {"software": software,
                                                     "format": "WARC File Format 1.1"})
    writer.write_record(info)
    cdx: list[str] = []
    skipped: list[dict[str, str]] = []
    for ex in exchanges:
        if ex.status is None or ex.body is None:
            skipped.append({"url": ex.url[:2000],
                            "reason": ex.failed or ex.body_note or "no response"})
            continue
        date = _iso(ex.started_utc)
        req_headers = StatusAndHeaders(f"{ex.method} {_request_target(ex.url)} HTTP/1.1",
                                       _header_lines(ex.request_headers, False),
                                       is_http_request=True)
        request = writer.create_warc_record(
            ex.url, "request", payload=io.BytesIO(ex.post_data or b""),
            http_headers=req_headers, warc_headers_dict={"WARC-Date": date})
        reason = ex.status_text or http.client.responses.get(ex.status, "")
        lines = _header_lines(ex.response_headers, True)
        lines.append(("Content-Length", str(len(ex.body))))
        resp_headers = StatusAndHeaders(f"{ex.status} {reason}".strip(), lines,
                                        protocol="HTTP/1.1")
        response = writer.create_warc_record(
            ex.url, "response", payload=io.BytesIO(ex.body), http_headers=resp_headers,
            warc_headers_dict={"WARC-Date": date})
        if ex.remote_ip:
            response.rec_headers.add_header("WARC-IP-Address", ex.remote_ip)
        request.rec_headers.add_header("WARC-Concurrent-To",
                                       response.rec_headers.get_header("WARC-Record-ID"))
        offset = out.tell()
        writer.write_record(response)
        length = out.tell() - offset
        mime = (ex.header("Content-Type") or ex.mime_type or "").split(";")[0].strip()
        entry = {"url": ex.url, "mime": mime or "unk", "status": str(ex.status),
                 "digest": response.rec_headers.get_header("WARC-Payload-Digest"),
                 "length": str(length), "offset": str(offset), "filename": WARC_NAME}
        if ex.method != "GET":
            entry["method"] = ex.method
        cdx.append(f"{surt(ex.url)} {_ts14(ex.started_utc)} "
                   f"{json.dumps(entry, ensure_ascii=False, separators=(',', ':'))}\n")
        writer.write_record(request)
    cdx.sort()
    return out.getvalue(), cdx, skipped


def build_wacz(exchanges: list[Exchange], *, main_url: str, title: str, started: datetime,
               software: str) -> tuple[bytes, dict[str, Any]]:
    """The WACZ bytes and a summary for the provenance record."""
    warc, cdx, skipped = build_warc(exchanges, software)
    page = {"id": hashlib.sha256(f"{main_url} {started.isoformat()}".encode()).hexdigest()[:32],
            "url": main_url, "ts": _iso(started), "title": title}
    pages = (json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}) + "\n"
             + json.dumps(page, ensure_ascii=False) + "\n").encode("utf-8")
    files = [("archive/" + WARC_NAME, warc), ("indexes/index.cdx", "".join(cdx).encode("utf-8")),
             ("pages/pages.jsonl", pages)]
    zt = started.astimezone(timezone.utc).timetuple()[:6]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        resources = []
        for path, data in files:
            zi = zipfile.ZipInfo(path, date_time=zt)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, data)
            resources.append({"name": path.rsplit("/", 1)[-1].lower(), "path": path,
                              "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
                              "bytes": len(data)})
        package = {"profile": "data-package", "resources": resources, "title": title or main_url,
                   "mainPageURL": main_url, "mainPageDate": _iso(started),
                   "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "wacz_version": WACZ_VERSION, "software": software}
        package_bytes = json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
        for name, data in (("datapackage.json", package_bytes),
                           ("datapackage-digest.json", json.dumps(
                               {"path": "datapackage.json",
                                "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()},
                               indent=2).encode("utf-8"))):
            zi = zipfile.ZipInfo(name, date_time=zt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    summary = {"records": len(cdx), "left_out": skipped[:200],
               "left_out_count": len(skipped)}
    return buf.getvalue(), summary
