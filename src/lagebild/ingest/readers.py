"""Readers: files and directories in, validated Articles out.

Each reader checks its input and raises :class:`InputError` naming the file (and line) and the
problem, so a bad file is reported in one line before anything is stored.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..isodate import parse_date
from ..model import Article
from .limits import MAX_FRONT_MATTER, MAX_JSON_LINE, clean_text, load_json_line, max_chars, truncate

Reader = Callable[[Path, "ReadOptions"], Iterator["Article | Page"]]
READERS: dict[str, Reader] = {}


class ReadOptions:
    """Defaults for fields an input does not carry itself (--published, --lang), and where a
    bad article or unreadable file goes: ``on_error`` reports it and reading goes on (--skip-bad);
    without it the first one stops the run."""

    def __init__(self, published: date | None = None, lang: str | None = None,
                 on_error: Callable[[InputError], None] | None = None,
                 on_unknown: Callable[[Path], None] | None = None) -> None:
        self.published = published
        self.lang = None if lang in (None, "auto") else lang
        self.on_error = on_error
        self.on_unknown = on_unknown  # a file in a directory that no reader knows (told, not read)

    def bad(self, exc: InputError) -> None:
        """Report ``exc`` (and go on) or raise it (and stop)."""
        if self.on_error is None:
            raise exc
        self.on_error(exc)


def shown(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes of a file name that are not
    UTF-8 appear as \\xNN escapes."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def _check_regular(path: Path) -> None:
    """Refuse FIFOs, devices and sockets before opening them (reading a FIFO waits for ever)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(shown(path), "no such file or directory") from None
    except OSError as exc:
        raise InputError(shown(path), f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
        raise InputError(shown(path), f"{kind}, not a regular file: only files and directories are read")


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes; a plugin adds a format by registering one more."""

    def wrap(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn

    return wrap


def read_text_file(path: Path) -> str:
    """UTF-8 text of ``path``; one clear error for missing, unreadable, binary or empty files."""
    where = shown(path)
    _check_regular(path)
    limit = 8 * max_chars()  # room for markup and multi-byte characters around the text limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(where, f"file of {size:,} bytes is over the limit of {limit:,} "
                                    "(8 x LAGEBILD_MAX_CHARS); split it")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in raw[:8192]:
        raise InputError(where, "binary file, not text (expected UTF-8 .txt, .html or .jsonl)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError.not_utf8(where, exc) from None
    if not text.strip():
        raise InputError(where, "empty file")
    return clean_text(text)


_FIELDS = ("id", "title", "url", "lang", "language")


def _field(meta: dict[str, Any], key: str, where: str) -> str | None:
    """A metadata field as text: strings (and numbers for an id) only, so a list or an object in
    the wrong place is one error line naming the input, not a crash or "[1, 2]" stored as an id."""
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return clean_text(value).strip() or None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InputError(where, f'field "{key}" must be a string, not {_type(value)}')


def _type(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)


def _article(text: str, meta: dict[str, Any], opts: ReadOptions, where: str, default_id: str) -> Article:
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "article has no text")
    fields = {k: _field(meta, k, where) for k in _FIELDS}
    published = parse_date(meta.get("published") or meta.get("date"), where) or opts.published
    lang = fields["lang"] or fields["language"] or opts.lang
    text = truncate(clean_text(text), where).strip("\n")
    if not text.strip():
        raise InputError(where, "article has no text")
    return Article(text=text, id=fields["id"] or shown(default_id), lang=lang, published=published,
                   title=fields["title"], url=fields["url"], origin=where)


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
    where = shown(path)
    try:
        text = read_text_file(path)
        meta: dict[str, Any] = {}
        if text.startswith("---\n"):
            end = text.find("\n---", 4)
            if end == -1:
                raise InputError(where, "front matter starts with '---' but has no closing '---' line")
            if end > MAX_FRONT_MATTER:
                raise InputError(where, f"front matter longer than {MAX_FRONT_MATTER:,} characters")
            meta = _front_matter(text[4:end], where)
            text = text[end + 4:].lstrip("\n")
        article = _article(text, meta, opts, where, path.stem)
    except InputError as exc:
        opts.bad(exc)
        return
    yield article


def _front_matter(block: str, where: str) -> dict[str, Any]:
    try:
        meta = yaml.load(block, Loader=_FrontMatterLoader) or {}  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        raise InputError(where, f"invalid front matter: {str(exc).splitlines()[0]}") from None
    except (ValueError, OverflowError) as exc:  # a value YAML reads but Python refuses
        raise InputError(where, f"invalid front matter: {exc}") from None
    except RecursionError:
        raise InputError(where, "invalid front matter: nested too deeply") from None
    if not isinstance(meta, dict):
        raise InputError(where, "front matter must be 'key: value' lines")
    return meta


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
    try:
        html = read_text_file(path)
    except InputError as exc:
        opts.bad(exc)
        return
    yield Page(html, shown(path), shown(path.stem), lang=opts.lang, published=opts.published)


@reader(".jsonl")
def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article]:
    """One JSON object per line with "text" and optional id, title, url, published, lang.
    Read line by line, so a dump of any size streams in constant memory."""
    where = shown(path)
    try:
        _check_regular(path)
        fh = path.open("rb")
    except InputError as exc:
        opts.bad(exc)
        return
    except OSError as exc:
        opts.bad(InputError(where, f"cannot read: {exc.strerror or exc}"))
        return
    with fh:
        if b"\x00" in fh.read(8192):
            opts.bad(InputError(where, "binary file, not text (expected UTF-8 .txt, .html or .jsonl)"))
            return
        fh.seek(0)
        lines = n = 0
        # lines end at \n only: a \r inside a JSON string is escaped, and CRLF lines keep their
        # \r as trailing whitespace, which JSON ignores
        while raw := fh.readline(MAX_JSON_LINE + 1):
            n += 1
            at = f"{where}:{n}"
            try:
                if len(raw) > MAX_JSON_LINE and not raw.endswith(b"\n"):
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the overlong line
                    raise InputError(at, f"line longer than {MAX_JSON_LINE >> 20} MB")
                try:
                    line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError.not_utf8(at, exc) from None
                if not line.strip():
                    continue
                lines += 1
                article = _jsonl_article(line, at, f"{shown(path.stem)}-{n}", opts)
            except InputError as exc:
                opts.bad(exc)
                continue
            yield article
        if not lines:
            opts.bad(InputError(where, "empty file"))


def _jsonl_article(line: str, where: str, default_id: str, opts: ReadOptions) -> Article:
    obj = load_json_line(line, where)
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


def iter_files(path: Path, on_error: Callable[[InputError], None] | None = None,
               on_unknown: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Files of a directory tree that a reader knows, in a stable order. A subdirectory that
    cannot be read, or a FIFO or device with a known suffix, is an error (or reported to
    ``on_error``); a file of unknown format goes to ``on_unknown``: nothing is left out without a word."""
    def failed(exc: OSError) -> None:
        problem = InputError(shown(exc.filename or path), f"cannot read the directory: {exc.strerror or exc}")
        if on_error is None:
            raise problem
        on_error(problem)

    found = []
    for root, dirs, names in os.walk(path, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            p = Path(root, name)
            if name.startswith("."):
                continue
            if not suffix(p):
                if on_unknown is not None:
                    on_unknown(p)
                continue
            try:
                _check_regular(p)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            found.append(p)
    yield from sorted(found)


def unknown_note(files: list[Path]) -> str | None:
    """One line telling which files of the input directories were not read, by suffix."""
    if not files:
        return None
    files = sorted(files)
    by_suffix = Counter("".join(f.suffixes[-1:]).lower() or "(no suffix)" for f in files)
    kinds = ", ".join(f"{k} ×{n}" if n > 1 else k for k, n in by_suffix.most_common(6))
    more = ", …" if len(by_suffix) > 6 else ""
    return (f"{len(files)} file(s) not read, unknown format ({kinds}{more}; first: {shown(files[0])}); "
            f"known: {', '.join(sorted(READERS))}")


def no_article_note() -> str:
    """The one wording for inputs that hold no article file: extract fails with it, ingest warns with it."""
    return f"no article found (files read: {', '.join(sorted(READERS))})"


def check_paths(paths: list[Path]) -> None:
    """Fail before any work if an input does not exist, is not a file or directory, or has an
    unknown format."""
    for p in paths:
        _check_regular(p)
        if p.is_file() and not suffix(p):
            raise InputError(shown(p), f"unknown input format {''.join(p.suffixes[-2:]) or '(no suffix)'!r} "
                                       f"(known: {', '.join(sorted(READERS))}, or a directory)")


def read_items(paths: list[Path], opts: ReadOptions | None = None) -> Iterator[Article | Page]:
    """Everything under ``paths`` as readers yield it: articles, and pages still to be extracted."""
    opts = opts or ReadOptions()
    check_paths(paths)
    for p in paths:
        files = iter_files(p, opts.on_error, opts.on_unknown) if p.is_dir() else iter([p])
        for f in files:
            yield from READERS[suffix(f)](f, opts)


def read_paths(paths: list[Path], opts: ReadOptions | None = None) -> Iterator[Article]:
    """All articles under ``paths`` (files and directories); pages are extracted here, in turn."""
    for item in read_items(paths, opts):
        article = item.article() if isinstance(item, Page) else item
        if article is not None:
            yield article
