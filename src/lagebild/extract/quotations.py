"""Direct quotations and their speakers: an event told inside quotation marks is the claim of whoever the
frame next to the quotation names.

The sentence loop (events.py) reads a frame only for its own sentence and for the sentences after it, so
in „A. B.“, erklärte X. sentence A had no speaker: its frame comes after it. Here each quotation is read
as one unit: its speaker is the frame right after the closing mark („…“, sagte X; „…“ heißt es in X)
or right before the opening mark (X sagte: „…“), and events inside it with no speaker of their own get it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Attribution, Doc, Event
from .claim_frames import AttributionSpan
from .event_parts import own_side
from .quote_marks import QuoteMarks

_GAP_AFTER = re.compile(r"^[\s,]*$")  # „…“, sagte X: only a comma between the mark and the frame
_GAP_BEFORE = re.compile(r"^[\s:,]*$")  # X sagte: „…“
_GAP_NEXT = re.compile(r"^[\s.]*$")  # „…“, erklärte X. „…“: a quotation that opens the next sentence, X's too


def _sentence_at(doc: Doc, char: int) -> int | None:
    for s in doc.sentences:
        if s.start <= char < s.end:
            return s.i
    return None


def quotation_speaker(doc: Doc, span: tuple[int, int], frames: dict[int, list[AttributionSpan]],
                      marks: QuoteMarks) -> list[Attribution]:
    """The speakers the frame next to a quotation names: after its closing mark, else before its opening one."""
    toks, text = doc.tokens, doc.text
    a, b = span
    after = _sentence_at(doc, b - 1)
    for sp in frames.get(after, []) if after is not None else []:
        if sp.cue_end > sp.cue_start and toks[sp.cue_start].start >= b and _GAP_AFTER.match(
                text[b:toks[sp.cue_start].start]) and sp.attributions:
            return sp.attributions
    before = _sentence_at(doc, a)
    for sp in frames.get(before, []) if before is not None else []:
        if sp.cue_end > sp.cue_start and toks[sp.cue_end - 1].end <= a and _GAP_BEFORE.match(
                text[toks[sp.cue_end - 1].end:a]) and sp.attributions:
            return sp.attributions
    if before is not None and before > 0 and doc.sentences[before - 1].paragraph == doc.sentences[before].paragraph:
        for sp in frames.get(before - 1, []):  # the sentence before ends with a frame after a quotation of its own
            if sp.cue_end > sp.cue_start and sp.attributions and _GAP_NEXT.match(text[toks[sp.cue_end - 1].end:a]) \
                    and sp.scope_end <= sp.cue_start and any(t.text in marks.closing for t in toks[sp.scope_start:sp.cue_start]):
                return sp.attributions
    return []


def attribute_quotations(doc: Doc, events: list[Event], frames: dict[int, list[AttributionSpan]],
                         marks: QuoteMarks) -> None:
    """Give each event inside a quotation, with no speaker of its own, the quotation's speaker."""
    bare = [e for e in events if not e.attribution and isinstance(e.trace.get("trigger_tok"), int)]
    if not bare:
        return
    spans = marks.spans(doc.text)
    if not spans:
        return
    speakers: dict[tuple[int, int], list[Attribution]] = {}
    for e in bare:
        at = doc.tokens[e.trace["trigger_tok"]].start
        span = next((sp for sp in spans if sp[0] < at < sp[1]), None)
        if span is None:
            continue
        if span not in speakers:
            speakers[span] = quotation_speaker(doc, span, frames, marks)
        e.attribution = [own_side(replace(x, level=0), e.source) if e.source else replace(x, level=0)
                         for x in speakers[span]]


__all__ = ["attribute_quotations", "quotation_speaker"]
