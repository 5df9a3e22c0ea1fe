"""WARC archives as news crawls publish them (Common Crawl CC-NEWS, Internet Archive, wget --warc-file).

HTML responses become pages whose main text the extraction workers pull out; WET conversion and
plain-text resource records are articles as they stand. Records that are not text (images,
redirects, robots.txt, errors) are skipped. A truncated or corrupt archive stops the run with the
file and the byte offset where reading failed.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article
from .limits import max_chars
from .readers import Page, ReadOptions, _article, _check_regular, reader, shown

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(headers: Any) -> str:
    return (headers.get_header("Content-Type") or "").split(";")[0].strip().lower() if headers else ""


def _charset(headers: Any) -> str:
    value = (headers.get_header("Content-Type") or "") if headers else ""
    for part in value.split(";")[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            return val.strip().strip('"')
    return "utf-8"


def _decode(raw: bytes, charset: str) -> str:
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:  # unknown charset name in the headers
        return raw.decode("utf-8", errors="replace")


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@reader(".warc", ".warc.gz")
def read_warc(path: Path, opts: ReadOptions) -> Iterator[Article | Page]:
    """HTML responses (and WET text conversions) of a WARC file, one page or article per record.
    A damaged archive is one error (or, with ``opts.on_error``, a report and the next file)."""
    try:
        yield from _read_warc(path, opts)
    except InputError as exc:
        opts.bad(exc)


def _read_warc(path: Path, opts: ReadOptions) -> Iterator[Article | Page]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = shown(path)
    _check_regular(path)
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        # warcio writes this several-line notice to stderr itself: one warning line instead
        records.INC_RECORD = (f"lagebild: warning: {where}: the WARC record before byte {{0}} is not followed by "
                              "a blank line (wrong Content-Length?)\n")
        offset = end = 0  # where the last complete record started and ended, for error messages
        try:
            for record in records:
                item = _item(record, path, opts)  # reads the record's content: offsets only after it
                start = records.get_record_offset()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise InputError(where, f"truncated WARC archive: the record at byte {start} ends early")
                offset, end = start, start + records.get_record_length()
                if isinstance(item, Page):
                    item.where = f"{where}@{start}"
                elif item is not None:
                    item.origin = f"{where}@{start}"
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            # warcio echoes the file's first line ("Unknown archive format, first line: [...]"): binary junk on a
            # terminal, so only its reason is kept
            problem = str(exc).strip().splitlines()[0].split(", first line:")[0] if str(exc).strip() else ""
            problem = problem if problem.isprintable() else ""
            problem = problem or "not a WARC record"
            raise InputError(where, f"not a valid WARC archive (after byte {offset}): {problem}") from None
        except InputError:
            raise
        except (EOFError, zlib.error, OSError, ValueError, AttributeError, TypeError) as exc:
            # warcio reports damage in record headers with whatever error the parser runs into
            raise InputError(where, f"truncated or corrupt WARC archive after the record at byte {offset} "
                                    f"({type(exc).__name__})") from None
        if records.member_info is None and offset == 0 and end == 0:
            raise InputError(where, "not a valid WARC archive: no records")
        # warcio ends quietly when a record's headers are cut off: anything left past the last
        # complete record but blank lines means the file is truncated
        fh.seek(end)
        if fh.read(1 << 16).strip():
            raise InputError(where, f"truncated WARC archive: incomplete record after byte {end}")


def _content(record: Any) -> bytes:
    """A record's content, at most 8 x LAGEBILD_MAX_CHARS bytes of it kept (the rest is read past,
    so a giant page costs no memory and the archive's next record is found)."""
    stream = record.content_stream()
    raw = stream.read(8 * max_chars())
    while stream.read(1 << 20):
        pass
    return raw


def _item(record: Any, path: Path, opts: ReadOptions) -> Article | Page | None:
    kind = record.rec_type
    url = record.rec_headers.get_header("WARC-Target-URI")
    crawled = _warc_date(record.rec_headers.get_header("WARC-Date"))
    where = shown(path)  # the caller adds the record's offset
    # ids from the URL and capture: the same URL recrawled with a new text is a new article
    default_id = "warc-" + hashlib.sha1(f"{url}|{record.rec_headers.get_header('WARC-Record-ID')}".encode()).hexdigest()[:16]
    if kind == "response":
        status = record.http_headers.get_statuscode() if record.http_headers else None
        if status is not None and not str(status).startswith("2"):
            return None
        if _content_type(record.http_headers) not in HTML_TYPES:
            return None
        raw = _content(record)
        return Page(_decode(raw, _charset(record.http_headers)), where, default_id, url=url, lang=opts.lang,
                    published=opts.published, crawled=crawled, required=False)
    if kind in ("conversion", "resource"):
        ctype = (record.rec_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
        raw = _content(record)
        if ctype in HTML_TYPES:
            return Page(_decode(raw, "utf-8"), where, default_id, url=url, lang=opts.lang, published=opts.published,
                        crawled=crawled, required=False)
        if ctype != "text/plain":
            return None
        text = _decode(raw, "utf-8")
        if not text.strip():
            return None
        return _article(text, {"url": url, "published": None}, ReadOptions(opts.published or crawled, opts.lang),
                        where, default_id)
    return None
