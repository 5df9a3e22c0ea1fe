"""RSS/Atom feeds for `lagebild watch`: poll, keep what is new, remember what was seen.

The watch state (per feed: HTTP validators and the keys of entries already stored) is a small JSON
file written atomically after each stored poll, so a watcher that is stopped or crashes resumes
where it left off and never stores an entry twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlparse
from urllib.request import Request, urlopen
from xml.sax import SAXParseException

from ..errors import InputError
from ..model import Article
from .readers import ReadOptions, _article

SEEN_LIMIT = 5000  # keys kept per feed: far more than any feed lists at once
USER_AGENT = "lagebild/0.1 (+https://example.invalid/lagebild)"
_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>", re.I)


def read_feed_list(path: Path) -> list[str]:
    """Feed addresses from FEEDS.txt: one URL or file path per line; '#' starts a comment.
    Relative paths are taken relative to the list's own folder."""
    where = str(path)
    if not path.is_file():
        raise InputError(where, "no such file" if not path.exists() else "not a file")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError.not_utf8(where, exc) from None
    except OSError as exc:
        raise InputError(where, f"cannot read the feed list: {exc}") from None
    feeds: list[str] = []
    for line in lines:
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith(("http://", "https://")) \
            else line.strip().split()[0]
        if not entry:
            continue
        if "://" not in entry:
            entry = str((path.parent / entry).resolve())
        feeds.append(entry)
    if not feeds:
        raise InputError(where, "no feeds listed (one URL or file path per line)")
    return feeds


@dataclass
class FeedState:
    """What one feed has given us: HTTP validators for conditional GETs and the seen entry keys."""

    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)

    def remember(self, keys: list[str]) -> None:
        known = set(self.seen)
        self.seen.extend(k for k in keys if k not in known)
        del self.seen[:-SEEN_LIMIT]


class WatchState:
    """All feeds' states, loaded from and saved to one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.feeds: dict[str, FeedState] = {}
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self.feeds = {k: FeedState(v.get("etag"), v.get("modified"), list(v.get("seen", [])))
                              for k, v in data["feeds"].items()}
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(str(path), f"unreadable watch state ({type(exc).__name__}); "
                                            "move it away to start afresh") from None

    def feed(self, source: str) -> FeedState:
        return self.feeds.setdefault(source, FeedState())

    def save(self) -> None:
        """Write atomically: a crash mid-write leaves the previous state, never a broken file."""
        data = {"version": 1, "feeds": {k: {"etag": v.etag, "modified": v.modified, "seen": v.seen}
                                        for k, v in self.feeds.items()}}
        try:
            fd, tmp = tempfile.mkstemp(prefix=".watch-", dir=self.path.parent or Path("."))
        except OSError as exc:
            raise InputError(str(self.path), f"cannot write the watch state: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass
class Poll:
    """New entries of one feed, and the state to save once they are stored."""

    source: str
    articles: list[Article]
    keys: list[str]
    etag: str | None
    modified: str | None
    not_modified: bool = False
    origins: dict[str, str] = field(default_factory=dict)  # article origin -> entry key


def fetch(source: str, state: FeedState, timeout: float = 30.0) -> tuple[bytes | None, str | None, str | None]:
    """The feed document (None if unchanged since the last poll) and its new HTTP validators."""
    parsed = urlparse(source)
    if parsed.scheme in ("", "file"):
        path = Path(unquote(parsed.path) if parsed.scheme == "file" else source)
        if not path.is_file():
            raise InputError(source, "no such file")
        return path.read_bytes(), None, None
    if parsed.scheme not in ("http", "https"):
        raise InputError(source, f"unsupported feed address scheme {parsed.scheme!r} (http, https, file or a path)")
    headers = {"User-Agent": USER_AGENT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.modified:
        headers["If-Modified-Since"] = state.modified
    try:
        with urlopen(Request(source, headers=headers), timeout=timeout) as resp:  # noqa: S310 - scheme checked
            return resp.read(), resp.headers.get("ETag"), resp.headers.get("Last-Modified")
    except HTTPError as exc:
        if exc.code == 304:
            return None, state.etag, state.modified
        raise InputError(source, f"HTTP {exc.code} {exc.reason}") from None
    except (URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(source, f"cannot fetch the feed: {reason}") from None


def poll(source: str, state: FeedState, opts: ReadOptions, timeout: float = 30.0) -> Poll:
    """Fetch and parse one feed; entries whose key is in ``state`` are left out."""
    import feedparser

    body, etag, modified = fetch(source, state, timeout)
    if body is None:
        return Poll(source, [], [], etag, modified, not_modified=True)
    parsed = feedparser.parse(body)
    exc = parsed.get("bozo_exception")
    # not well-formed XML (a cut-off download, a broken server): the loose parser would salvage
    # partial entries, which must not be stored; encoding notes and the like are harmless
    broken = isinstance(exc, SAXParseException)
    if broken or (not parsed.entries and not parsed.version):
        raise InputError(source, f"malformed feed: {str(exc).splitlines()[0] if exc else 'not RSS or Atom'}")
    lang = _feed_lang(parsed.feed.get("language"), opts.lang)
    seen = set(state.seen)
    articles: list[Article] = []
    keys: list[str] = []
    origins: dict[str, str] = {}
    for n, entry in enumerate(parsed.entries, start=1):
        key = entry_key(entry)
        if key in seen or key in keys:
            continue
        text = entry_text(entry)
        keys.append(key)  # an entry with no text is remembered too: it will not get any
        if not text:
            continue
        published = _entry_date(entry)
        meta = {"title": entry.get("title"), "url": entry.get("link"), "published": published, "lang": lang}
        articles.append(_article(text, meta, opts, f"{source}#{n}", ""))
        origins[f"{source}#{n}"] = key
    return Poll(source, articles, keys, etag, modified, origins=origins)


def entry_key(entry: Any) -> str:
    """A short stable key: the entry's id, else its link, else its title and text."""
    raw = entry.get("id") or entry.get("link") or f"{entry.get('title', '')}|{entry_text(entry)}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def entry_text(entry: Any) -> str:
    """Plain text of the fullest content an entry carries (content, else summary, else title)."""
    for part in entry.get("content") or []:
        if part.get("value", "").strip():
            return html_to_text(part["value"])
    summary = entry.get("summary") or ""
    if summary.strip():
        return html_to_text(summary)
    return (entry.get("title") or "").strip()


def html_to_text(fragment: str) -> str:
    """Feed bodies are HTML fragments: keep paragraph breaks, drop markup."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(_BLOCK.sub(lambda m: m.group(0) + "\n", fragment), create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def _feed_lang(value: str | None, requested: str | None) -> str | None:
    if requested:
        return requested
    from ..knowledge.resources import languages

    code = (value or "").split("-")[0].split("_")[0].lower()
    return code if code in languages() else None
