"""Character spans of an article to highlight in the UI: each event's evidence, its attribution and its
denial, found by their stored offsets or, for events stored before offsets, near the evidence. Text work,
not a query: split from queries.py, which reads the article and its events."""

from __future__ import annotations

import re
from typing import Any


def _find_near(text: str, needle: str, lo: int, hi: int, anchor: int) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text[lo:hi]`` nearest to ``anchor``, else anywhere in the text."""
    if not needle:
        return None
    for a, b in ((lo, hi), (0, len(text))):
        best, i = None, text.find(needle, a, b)
        while i != -1:
            if best is None or abs(i - anchor) < abs(best - anchor):
                best = i
            i = text.find(needle, i + 1, b)
        if best is not None:
            return best, best + len(needle)
    return None


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_DENIAL_CUE = re.compile(r"bestreit|dementi|zurückgewiesen|weist|wiesen|leugne|den(y|ies|ied)|reject|dismiss|refute",
                         re.IGNORECASE)


def _denial_sentence(text: str, deniers: list[str], claim_start: int) -> tuple[int, int] | None:
    """The sentence that voices the denial: from the claim on, the one naming most of the deniers,
    preferring one with a denial verb and, on a tie, the earliest."""
    best: tuple[int, int, int] | None = None
    best_span: tuple[int, int] | None = None
    for m in _SENTENCE.finditer(text, claim_start):
        named = sum(d in m.group() for d in deniers)
        if not named:
            continue
        score = (named, 1 if _DENIAL_CUE.search(m.group()) else 0, -m.start())
        if best is None or score > best:
            best, best_span = score, (m.start(), m.end())
    return best_span


def _offsets(text: str, entry: dict[str, Any]) -> tuple[int, int] | None:
    """The offsets an attribution or denial entry carries, when they still fit the article text."""
    start, end = entry.get("start"), entry.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    return None


def highlight_spans(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans to mark in the article: each event's evidence (exact offsets), and the words of its
    attribution and denials, at the offsets they carry; events stored before those offsets existed
    are searched instead: attribution in the evidence sentence, a denial in the sentence that voices it.
    Spans of the same kind and place are merged, listing all their events."""
    spans: list[dict[str, Any]] = []
    for ev in events:
        evd = ev.get("evidence") or {}
        start, end = evd.get("start"), evd.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        eid = ev["event_id"]
        spans.append({"kind": "evidence", "start": start, "end": end, "event_id": eid,
                      "label": f"{ev['event_type']} ({ev['modality']})"})
        sentence = evd.get("sentence") or ""
        s_start = text.find(sentence, max(0, start - len(sentence)), end + len(sentence)) if sentence else -1
        s_lo, s_hi = (s_start, s_start + len(sentence)) if s_start != -1 else (start, end)
        for a in ev.get("attribution") or []:
            hit = _offsets(text, a) or _find_near(text, a.get("text") or "", s_lo, s_hi, start)
            if hit:
                spans.append({"kind": "attribution", "start": hit[0], "end": hit[1], "event_id": eid,
                              "label": f"according to {a.get('name') or a.get('text')}"})
        deniers = [d for d in ev.get("denied_by") or [] if d.get("text")]
        where = _denial_sentence(text, [d["text"] for d in deniers], s_lo) if deniers else None
        for d in deniers:
            hit = _offsets(text, d) or (_find_near(text, d["text"], *where, where[0]) if where else None)
            hit = hit or _find_near(text, d["text"], s_lo, s_hi, start)
            if hit:
                spans.append({"kind": "denial", "start": hit[0], "end": hit[1], "event_id": eid,
                              "label": f"denied by {d.get('name') or d['text']}"})
    merged: dict[tuple[str, int, int], dict[str, Any]] = {}
    for sp in spans:
        key = (sp.pop("kind"), sp["start"], sp["end"])
        m = merged.setdefault(key, {"kind": key[0], "start": key[1], "end": key[2], "event_ids": [], "labels": []})
        if sp["event_id"] not in m["event_ids"]:
            m["event_ids"].append(sp["event_id"])
        if sp["label"] not in m["labels"]:
            m["labels"].append(sp["label"])
    spans = list(merged.values())
    spans.sort(key=lambda sp: (sp["start"], -sp["end"], sp["kind"]))
    return spans
