"""Agency datelines in the mentions: the place a dateline names is where the story is (a location, never a side of
an act); the agency in its bracket only files the copy (no actor). language/datelines.py finds them."""
from __future__ import annotations

from ..language.datelines import dateline_at, dateline_spans
from ..model import DateRef, Doc, Mention
from .event_parts import nearest_date


def apply_datelines(doc: Doc, mentions: list[Mention], final: bool = False) -> list[Mention]:
    """Marks each dateline's place mention as the location it names and drops every mention inside the agency's
    bracket (Reuters files the copy: no source, target nor speaker). ``final``: the place mentions whose place is
    read become places alone, so no role finder takes the capital for its government."""
    spans = dateline_spans(doc)
    if not spans:
        return mentions
    out = []
    for m in mentions:
        if any(a0 <= m.tok_start < a1 for _, _, a0, a1 in spans):
            continue
        if any(p0 <= m.tok_start and m.tok_end <= p1 for p0, p1, _, _ in spans) and (
                m.kind == "place" or m.actor is not None and m.via in ("country", "capital")):
            m.is_location = True
            if final and m.place is not None:
                m.kind, m.actor = "place", None
        out.append(m)
    return out


def dateline_date(doc: Doc, sent: int) -> DateRef | None:
    """The date of the dateline ("Damaskus, 3. Mai 2013 (dpa) -") just before sentence ``sent``: cut off into a
    sentence of its own, it still dates the sentence it opened."""
    if sent == 0 or doc.sentences[sent - 1].paragraph != doc.sentences[sent].paragraph:
        return None
    prev = doc.sentences[sent - 1]
    if dateline_at(doc, prev.tok_start, prev.tok_end) is None:
        return None
    return nearest_date(doc.dates, prev.start, prev.end, prev.end)
