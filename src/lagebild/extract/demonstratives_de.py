"""German demonstrative subjects: "Die Polizei suchte einen libanesischen Studenten. Dieser wurde festgenommen": a
"dieser"/"diese" standing alone opens its sentence and names the one told last in the sentence before, not that
sentence's subject (what a personal pronoun "er" goes on with, subject_pronouns.py). Words: coreference.yaml's
``demonstrative_subject``; without them nothing changes."""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention
from .coreference import refers_to


def demonstrative_subjects(doc: Doc, mentions: list[Mention], pronouns: frozenset[str]) -> list[Mention]:
    """New mentions for each sentence-opening demonstrative with no noun after it (the next word is lower case: a
    verb, "Dieser wurde"; "Dieser Schritt" is a determiner): the last actor with a country, not a place, of the
    sentence just before in its paragraph. ``mentions`` in text order."""
    if not pronouns:
        return []
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out: list[Mention] = []
    for sent in doc.sentences[1:]:
        w = toks[sent.tok_start]
        prev = doc.sentences[sent.i - 1]
        if w.lower not in pronouns or w.i in covered or sent.tok_start + 1 >= sent.tok_end \
                or not toks[w.i + 1].text[:1].islower() or prev.paragraph != sent.paragraph:
            continue
        ante = next((m for m in reversed(mentions) if prev.tok_start <= m.tok_start < prev.tok_end and m.kind == "actor"
                     and m.actor is not None and m.actor.country and not m.is_location), None)
        if ante is None or ante.actor is None:
            continue
        ref = ante.actor
        out.append(Mention(w.i, w.i + 1, w.start, w.end, w.text, "actor", via="coreference",
                           actor=ActorRef(w.text, ref.name, ref.actor_id, ref.country, ref.sector),
                           refers_to=ante.refers_to or refers_to(doc, ante)))
    return out
