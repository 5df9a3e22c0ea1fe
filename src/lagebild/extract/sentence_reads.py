"""What the rules' read finds in a sentence that the German topic read (events.topic_candidates) would find again.

The topic read re-reads up to a paragraph around each doerless trigger on a fresh per-document copy. A sentence's
clauses and denials depend on the document alone, and its attribution spans on the document and the claim state (the
last named speaker, which every reader asks only within ``SPEAKER_REACH`` sentences). So the first read keeps each
answer on the document (``Doc._sentence_reads``) and the second takes a copy where its claim state reads the same: the
same spans, denials and events, without the second scan. Copies, because each read changes its own (a denial's deniers
get a country at the end of the read; ``remember`` shares attributions between spans and the state).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..model import Attribution, Doc
from .claim_frames import AttributionSpan
from .clauses import Clause
from .denial_cues import Denial
from .speakers import ClaimState

# the furthest back (in sentences) any claim reader looks at the last speaker (claims.attributions "demnach",
# speakers.pronoun: 6; claims_verbs._first_person: 2): an older speaker reads as none
SPEAKER_REACH = 6

SpeakerKey = tuple[int, tuple[tuple[Any, ...], ...]] | None


def speaker_key(state: ClaimState, sent: int) -> SpeakerKey:
    """What sentence ``sent``'s attribution readers can see of ``state``: None when no speaker is within reach."""
    if not state.last_speaker or sent - state.last_speaker_sent > SPEAKER_REACH:
        return None
    return state.last_speaker_sent, tuple((a.text, a.name, a.country, a.sector, a.cue, a.start, a.end, a.level)
                                          for a in state.last_speaker)


def _copy_spans(spans: list[AttributionSpan], speaker: list[Attribution] | None
                ) -> tuple[list[AttributionSpan], list[Attribution] | None]:
    """Fresh copies of spans and of the remembered speaker, sharing an attribution where the originals share it."""
    made: dict[int, Attribution] = {}

    def one(a: Attribution) -> Attribution:
        c = made.get(id(a))
        if c is None:
            c = made[id(a)] = replace(a)
        return c

    out = [AttributionSpan(sp.cue_start, sp.cue_end, sp.scope_start, sp.scope_end, [one(a) for a in sp.attributions],
                           [one(a) for a in sp.reporters]) for sp in spans]
    return out, ([one(a) for a in speaker] if speaker is not None else None)


def _copy_denials(denials: list[Denial]) -> list[Denial]:
    return [replace(d, deniers=[replace(a) for a in d.deniers], types=set(d.types)) for d in denials]


class SentenceReads:
    """One document's memo of sentence answers for one extractor's ``tables``, shared by its per-document copies."""

    def __init__(self, doc: Doc, tables: tuple[Any, ...]) -> None:
        key = tuple(id(x) for x in tables)
        entry = doc._sentence_reads.get(key)
        if entry is None:  # the entry holds the tables, so their ids stay theirs while the document lives
            entry = doc._sentence_reads[key] = (tables, {}, {})
        self._clauses: dict[int, tuple[list[Clause], list[Denial]]] = entry[1]
        self._spans: dict[tuple[int, SpeakerKey], tuple[list[AttributionSpan], tuple[list[Attribution], int] | None]] \
            = entry[2]

    def clauses(self, sent: int, split: Callable[[], list[Clause]],
                deny: Callable[[list[Clause]], list[Denial]]) -> tuple[list[Clause], list[Denial]]:
        """The sentence's clauses and denials: made by ``split`` and ``deny`` the first time, then copies of those."""
        kept = self._clauses.get(sent)
        if kept is None:
            clauses = split()
            denials = deny(clauses)
            self._clauses[sent] = (clauses, _copy_denials(denials))  # clauses are never changed after the split
            return clauses, denials
        return kept[0], _copy_denials(kept[1])

    def attributions(self, sent: int, state: ClaimState, read: Callable[[], list[AttributionSpan]]
                     ) -> list[AttributionSpan]:
        """The sentence's attribution spans under ``state``, which is left as ``read`` leaves it."""
        key = (sent, speaker_key(state, sent))
        kept = self._spans.get(key)
        if kept is not None:
            spans, after = kept
            spans2, speaker = _copy_spans(spans, after[0] if after is not None else None)
            if after is not None and speaker is not None:
                state.last_speaker, state.last_speaker_sent = speaker, after[1]
            return spans2
        before = (state.last_speaker, state.last_speaker_sent)
        spans = read()
        changed = state.last_speaker is not before[0] or state.last_speaker_sent != before[1]
        copied, speaker = _copy_spans(spans, state.last_speaker if changed else None)
        self._spans[key] = (copied, (speaker, state.last_speaker_sent) if speaker is not None else None)
        return spans
