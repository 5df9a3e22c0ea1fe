"""'Die Stadt Graz kritisierte', 'das Land Steiermark lehnt ab': a town or state named with its body noun is
its government acting, not a place.

German news names a town's or a federal state's administration by the noun and the name ("die Stadt Wien",
"der Kanton Zürich", "der Freistaat Bayern"); the gazetteer reads the name as a place, so the sentence had no
actor. Outside a locative phrase ("in der Stadt Graz" stays where) such a place becomes a government actor of
the place's country. Capitals and countries are actors already and are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import ActorRef, Doc, Mention


def place_bodies(doc: Doc, mentions: list[Mention], nouns: frozenset[str],
                 governing: Callable[[Doc, int], str | None], location_preps: frozenset[str]) -> None:
    """Turn each place mention right after one of ``nouns`` (or opening with one: "Freistaat Bayern") into a
    government actor of its country, unless a locative preposition governs the phrase (``governing``)."""
    if not nouns:
        return
    toks = doc.tokens
    for m in mentions:
        if m.kind != "place" or m.place is None or not m.place.country:
            continue
        if toks[m.tok_start].lower in nouns and m.tok_end - m.tok_start > 1:
            head = m.tok_start
        elif m.tok_start > 0 and toks[m.tok_start - 1].lower in nouns \
                and toks[m.tok_start - 1].sent == toks[m.tok_start].sent:
            head = m.tok_start - 1
        else:
            continue
        if governing(doc, head) in location_preps:
            continue  # "in der Stadt Graz", "aus dem Land Tirol": where, not who
        start = toks[head]
        text = doc.article.text[start.start:m.end]
        country = m.place.country
        m.tok_start, m.start, m.text, m.kind = head, start.start, text, "actor"
        m.actor = ActorRef(text, text, f"{country}-GOV", country, "GOV")
        m.via = "place-body"
