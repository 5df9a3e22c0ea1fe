"""Extraction failures the shared scorer (../shared/tools/score_events.py) reports only on its stderr.

When its batch call fails it extracts article by article (300 s each), and an article whose call crashes or times
out scores zero events: a silent loss in every total. eval/unseen_gold.py and eval/news_gold.py read its stderr
through here and say each failure in one line, so a broken run never passes for a weak one.
"""

from __future__ import annotations

import re

# "<article>: extract failed: <reason>" (one per article) and "batch extract failed (<reason>); scoring article by
# article" (once), as the shared scorer prints them
ARTICLE = re.compile(r"^(?P<id>\S+): extract failed: (?P<reason>.*)$")
BATCH = re.compile(r"^batch extract failed \((?P<reason>.*)\); scoring article by article$", re.S)


def failures(stderr: str) -> list[tuple[str, str]]:
    """(article id, reason) of each article the scorer could not extract, in its order; the reason's first line."""
    blocks: list[tuple[str, list[str]]] = []
    for line in stderr.splitlines():
        m = ARTICLE.match(line.strip())
        if m:
            blocks.append((m["id"].removesuffix(".txt"), [m["reason"]]))
        elif line.startswith("batch extract failed ("):
            blocks.append(("", []))  # not an article's: closes the one before
        elif blocks:
            blocks[-1][1].append(line)  # a reason's further lines (the extractor's stderr, a traceback)
    return [(i, _short("\n".join(lines))) for i, lines in blocks if i]


def batch_failure(stderr: str) -> str | None:
    """Why the scorer's one batch call failed (it then ran article by article), or None."""
    start = stderr.find("batch extract failed (")
    if start < 0:
        return None
    m = BATCH.match(stderr[start:].split("; scoring article by article", 1)[0] + "; scoring article by article")
    return _short(m["reason"]) if m else "unknown"


def report(failed: list[tuple[str, str]]) -> str:
    """One line: "1 article failed: <id>: <reason>" (more: each "<id>: <reason>" after the count)."""
    noun = "article" if len(failed) == 1 else "articles"
    return f"{len(failed)} {noun} failed: " + "; ".join(f"{i}: {why}" for i, why in failed)


def _short(reason: str, limit: int = 160) -> str:
    """The last non-empty line of a reason (a traceback ends with the exception), its end kept within ``limit``
    characters (a timeout's command line is long; "timed out after 300 seconds" ends it)."""
    lines = [ln.strip() for ln in reason.strip().splitlines() if ln.strip()]
    text = lines[-1] if lines else "no reason given"
    return text if len(text) <= limit else "…" + text[1 - limit:]
