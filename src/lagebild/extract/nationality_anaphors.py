"""German "Die Schwedin sagte" after a Swedish EU commissioner was named: a definite singular nationality noun
standing for a person named shortly before is that person, so it takes her actor (an IGO's, or her own id), not
the nationality's country.

News names an office holder once and then by nationality ("Malmström ... Die Schwedin", "Guterres ... Der
Portugiese"); read alone the noun gives the country's people as the doer. The determiner tells the gender
(coreference.yaml ``nationality_anaphor``), the finite verb next to it the number; the person must be of that
gender and of no other country than the noun's. Nothing is remembered between articles.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import ActorRef, Doc, Mention
from .coreference import Coreference, refers_to
from .subject_pronouns import singular_verb


def nationals_named_before(coref: Coreference, doc: Doc, mentions: list[Mention],
                           person_gender: Callable[[Mention], str | None]) -> None:
    """Give each singular nationality noun after a determiner of ``nationality_anaphor`` ("Die Schwedin kritisierte",
    "sagte der Franzose") the actor of the last person named before it in its paragraph (within the pronouns'
    person reach) whose gender agrees and whose country is the noun's or none; via becomes "coreference".
    ``person_gender``: a named person's gender (the dictionary's, else told by a title: anaphors.py)."""
    genders = dict(coref.national_genders)
    if not genders:
        return
    toks = doc.tokens
    persons = [m for m in mentions if m.kind == "actor" and m.via == "person" and m.actor is not None]
    for m in mentions:
        if m.kind != "actor" or m.via != "people" or m.actor is None or m.tok_end - m.tok_start != 1 \
                or m.tok_start == 0 or (g := genders.get(toks[m.tok_start - 1].lower)) is None:
            continue
        sent = toks[m.tok_start].sent
        if not _singular_next(coref, doc, m.tok_start - 1, m.tok_end, sent):
            continue
        para = doc.sentences[sent].paragraph
        fits = [p for p in persons if p.tok_end < m.tok_start - 1
                and doc.sentences[toks[p.tok_start].sent].paragraph == para
                and (not coref.person_reach or sent - toks[p.tok_start].sent <= coref.person_reach)
                and person_gender(p) == g and p.actor is not None
                and p.actor.country in (None, m.actor.country)]
        if not fits:
            continue
        ante = fits[-1]
        ref = ante.actor
        assert ref is not None
        m.actor = ActorRef(m.text, ref.name, ref.actor_id, ref.country, ref.sector)
        m.via = "coreference"
        m.refers_to = ante.refers_to or refers_to(doc, ante)


def _singular_next(coref: Coreference, doc: Doc, det: int, end: int, sent: int) -> bool:
    """A singular finite verb right after the noun ("Die Schwedin sagte") or right before its determiner ("sagte
    die Schwedin"): one person, not the people ("die Schweden")."""
    toks = doc.tokens
    after = toks[end] if end < len(toks) and toks[end].sent == sent else None
    before = toks[det - 1] if det > 0 and toks[det - 1].sent == sent else None
    return any(w is not None and singular_verb(coref, w.text) for w in (after, before))
