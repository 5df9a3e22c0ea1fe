"""Predictions that an act will not come ("China is unlikely to invade Taiwan", "Experts doubt that Iran will attack",
"Analysts do not expect Russia to withdraw"): the act is supposed, not told as happening, so its modality is
hypothetical (news-gold GUIDELINES: conditional, could, would), neither future nor negated. Cue words are data:
``modality.doubted`` in resources/<lang>/claims.yaml; without it nothing changes."""

from __future__ import annotations

from ..language.phrases import PhraseSet
from ..model import Doc
from .analyser import analysis_of


def doubted(doc: Doc, trigger: int, cues: PhraseSet) -> bool:
    """Does a doubt cue before the trigger in its sentence govern it? One word of the cue must stand over the trigger
    in the parse ("doubt" over "attack" in its "that" clause, "unlikely" over "invade" in its infinitive); a doubt
    about something else in the sentence ("doubted the report, and Iran attacked") does not reach the act."""
    if not cues:
        return False
    parse = analysis_of(doc)
    sent = doc.tokens[trigger].sent
    if parse is None or not parse.usable(sent) or trigger not in parse.heads:
        return False
    over: set[int] = set()
    j = trigger
    while (h := parse.heads.get(j)) is not None and h != j and h not in over:
        over.add(h)
        j = h
    lows = doc.lowers
    for j in range(doc.sentences[sent].tok_start, trigger):
        m = cues.match_at(lows, j, trigger)
        if m is not None and any(k in over for k in range(j, j + len(m))):
            return True
    return False
