"""Readers: files and directories in, validated Articles out.

Each reader checks its input and raises :class:`InputError` naming the file (and line) and the
problem, so a bad file is reported in one line before anything is stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..model import Article

Reader = Callable[[Path, "ReadOptions"], Iterator["Article | Page"]]
READERS: dict[str, Reader] = {}


class ReadOptions:
    """Defaults for fields an input does not carry itself (--published, --lang)."""

    def __init__(self, published: date | None = None, lang: str | None = None) -> None:
        self.published = published
        self.lang = None if lang in (None, "auto") else lang


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes; a plugin adds a format by registering one more."""

    def wrap(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn

    return wrap


def parse_date(value: Any, where: str) -> date | None:
    """A publication date from an option, front matter or JSON: YYYY-MM-DD (a time part is dropped)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and (len(text) == 10 or text[10] in "T ") \
            else date.fromisoformat(text)
    except ValueError:
        raise InputError(where, f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def read_text_file(path: Path) -> str:
    """UTF-8 text of ``path``; one clear error for missing, unreadable, binary or empty files."""
    where = str(path)
    if not path.exists():
        raise InputError(where, "no such file or directory")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in raw[:8192]:
        raise InputError(where, "binary file, not text (expected UTF-8 .txt, .html or .jsonl)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not valid UTF-8 text (byte {exc.start}); convert it to UTF-8") from None
    if not text.strip():
        raise InputError(where, "empty file")
    return text


def _article(text: str, meta: dict[str, Any], opts: ReadOptions, where: str, default_id: str) -> Article:
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "article has no text")
    published = parse_date(meta.get("published") or meta.get("date"), where) or opts.published
    lang = meta.get("lang") or meta.get("language") or opts.lang
    return Article(text=text.strip("\n"), id=str(meta.get("id") or default_id), lang=lang, published=published,
                   title=meta.get("title"), url=meta.get("url"), origin=where)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: a date stays text, so an impossible one ("2025-02-30")
    is reported by parse_date in one line instead of failing inside the YAML parser."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@reader(".txt", ".md")
def read_txt(path: Path, opts: ReadOptions) -> Iterator[Article]:
    """Plain text, optionally with a YAML front-matter block between '---' lines."""
    text = read_text_file(path)
    meta: dict[str, Any] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end == -1:
            raise InputError(str(path), "front matter starts with '---' but has no closing '---' line")
        try:
            meta = yaml.load(text[4:end], Loader=_FrontMatterLoader) or {}  # noqa: S506 - a SafeLoader
        except yaml.YAMLError as exc:
            raise InputError(str(path), f"invalid front matter: {str(exc).splitlines()[0]}") from None
        if not isinstance(meta, dict):
            raise InputError(str(path), "front matter must be 'key: value' lines")
        text = text[end + 4:].lstrip("\n")
    yield _article(text, meta, opts, str(path), path.stem)


@dataclass
class Page:
    """A web page whose main text is still to be extracted. Readers yield these instead of
    Articles so that the costly HTML work (trafilatura, htmldate) runs in the extraction workers."""

    html: str
    where: str
    default_id: str = ""
    url: str | None = None
    lang: str | None = None
    published: date | None = None  # --published: used when the page carries no date
    crawled: date | None = None  # capture date (WARC-Date): the last resort for a date
    required: bool = True  # a page without article text is an error (a file) or skipped (a crawl)

    def article(self) -> Article | None:
        """The page's article: main text, title and date; None for a crawled page with no text."""
        import trafilatura
        from htmldate import find_date

        text = trafilatura.extract(self.html, include_comments=False, include_tables=False, favor_precision=True)
        if not text or not text.strip():
            if self.required:
                raise InputError(self.where, "no article text found in the HTML")
            return None
        meta = trafilatura.extract_metadata(self.html)
        try:
            found = find_date(self.html, extensive_search=False, original_date=True)
        except Exception:  # noqa: BLE001 - htmldate raises on odd markup; the date is optional
            found = None
        info: dict[str, Any] = {"title": getattr(meta, "title", None), "url": self.url or getattr(meta, "url", None),
                                "published": found}
        article = _article(text, info, ReadOptions(self.published or self.crawled, self.lang), self.where,
                           self.default_id)
        return article


@reader(".html", ".htm")
def read_html(path: Path, opts: ReadOptions) -> Iterator[Page]:
    """Main text, title and date of a web page (trafilatura, htmldate); boilerplate is dropped."""
    yield Page(read_text_file(path), str(path), path.stem, lang=opts.lang, published=opts.published)


@reader(".jsonl")
def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article]:
    """One JSON object per line with "text" and optional id, title, url, published, lang.
    Read line by line, so a dump of any size streams in constant memory."""
    where = str(path)
    if not path.exists():
        raise InputError(where, "no such file or directory")
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        if b"\x00" in fh.read(8192):
            raise InputError(where, "binary file, not text (expected UTF-8 .txt, .html or .jsonl)")
        fh.seek(0)
        lines = 0
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}:{n}", f"not valid UTF-8 text (byte {exc.start}); convert it to UTF-8") from None
            if not line.strip():
                continue
            lines += 1
            yield _jsonl_article(line, f"{path}:{n}", f"{path.stem}-{n}", opts)
        if not lines:
            raise InputError(where, "empty file")


def _jsonl_article(line: str, where: str, default_id: str, opts: ReadOptions) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(where, "expected a JSON object per line")
    if not isinstance(obj.get("text"), str):
        raise InputError(where, 'missing "text" field')
    return _article(obj["text"], obj, opts, where, default_id)


def suffix(path: Path) -> str:
    """The registered suffix of ``path``, compound ones first (".warc.gz" before ".gz"); "" if none."""
    name = path.name.lower()
    for known in sorted(READERS, key=len, reverse=True):
        if name.endswith(known) and len(name) > len(known):
            return known
    return ""


def iter_files(path: Path) -> Iterator[Path]:
    """Files of a directory tree that a reader knows, in a stable order."""
    for p in sorted(path.rglob("*")):
        if p.is_file() and suffix(p) and not any(part.startswith(".") for part in p.parts[len(path.parts):]):
            yield p


def check_paths(paths: list[Path]) -> None:
    """Fail before any work if an input does not exist or has an unknown format."""
    for p in paths:
        if not p.exists():
            raise InputError(str(p), "no such file or directory")
        if not p.is_dir() and not p.is_file():
            raise InputError(str(p), "not a regular file or directory (expected .txt, .html, .jsonl or a directory)")
        if p.is_file() and not suffix(p):
            raise InputError(str(p), f"unknown input format {''.join(p.suffixes[-2:]) or '(no suffix)'!r} "
                                     f"(known: {', '.join(sorted(READERS))}, or a directory)")


def read_items(paths: list[Path], opts: ReadOptions | None = None) -> Iterator[Article | Page]:
    """Everything under ``paths`` as readers yield it: articles, and pages still to be extracted."""
    opts = opts or ReadOptions()
    check_paths(paths)
    for p in paths:
        files = iter_files(p) if p.is_dir() else iter([p])
        for f in files:
            yield from READERS[suffix(f)](f, opts)


def read_paths(paths: list[Path], opts: ReadOptions | None = None) -> Iterator[Article]:
    """All articles under ``paths`` (files and directories); pages are extracted here, in turn."""
    for item in read_items(paths, opts):
        article = item.article() if isinstance(item, Page) else item
        if article is not None:
            yield article
