"""Names followed by their title: "Reinhold Gall, Parlamentarischer Geschäftsführer der SPD-Fraktion",
"John Kirby, a spokesman for the Pentagon", "Joseph Kabila, Congo's president". News introduces most
people it does not expect readers to know this way round; the name is then the actor the title is, and
recurs alone later (via the aliases). The title before the name is handled by ``name_context.appositives``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import ActorRef, Doc, Mention
from .person_names import given_names, name_start, person_name

_TITLED = ("phrase", "sector", "org", "adjective+head", "compound", "appositive")
_MAX_WORDS = 4
_PLACE_SPAN = 5  # "Bürgermeister von Salvador", "Gouverneur der Provinz Helmand": the place within these tokens


def _comma_before(doc: Doc, i: int, dets: frozenset[str], links: frozenset[str]) -> int | None:
    """The comma that opens the title ending at token ``i``: right before it (past a determiner), or
    before a title of capitalised words and a genitive link ("Parlamentarischer Geschäftsführer der")."""
    toks = doc.tokens
    j = i - 1
    if j >= 1 and toks[j].lower in dets and toks[j - 1].lower in links | {","}:
        j -= 1  # "a spokesman for the Pentagon", "head of the agency"; German "der" is both
    if j >= 1 and toks[j].lower in links:
        k = j - 1
        while k > j - 4 and k >= 1 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
            k -= 1
        j = k if k < j - 1 else j
    if j < 1 or toks[j].text != "," or toks[j].sent != toks[i].sent:
        return None
    return j


def _placed_title(doc: Doc, m: Mention, places: dict[int, Mention]) -> bool:
    """'Vincio Luna, Bürgermeister von Salvador': a title whose country is a place named right after it, before
    the appositive's closing comma, is that country's (a country guessed from further away is no title's)."""
    toks = doc.tokens
    for k in range(m.tok_end, min(m.tok_end + _PLACE_SPAN, len(toks))):
        if toks[k].text in (",", ".") or toks[k].sent != toks[m.tok_start].sent:
            return False
        p = places.get(k)
        if p is not None:
            where = p.place.country if p.place is not None else p.actor.country  # type: ignore[union-attr]
            return where == m.actor.country  # type: ignore[union-attr]
    return False


def _name_after(doc: Doc, m: Mention, dets: frozenset[str], title_links: frozenset[str],
                covered: set[int]) -> tuple[int, int] | None:
    """'Der Bürgermeister von Salvador, Vincio Luna, kritisierte': the span of a name between the commas
    closing a title that opens with a determiner; a name with no closing comma may be a list's next item."""
    toks = doc.tokens
    sent = toks[m.tok_start].sent
    if m.tok_start < 1 or toks[m.tok_start - 1].lower not in dets and toks[m.tok_start].lower not in dets:
        return None
    k = m.tok_end
    while k < len(toks) and k < m.tok_end + _PLACE_SPAN and toks[k].sent == sent and toks[k].text != ",":
        word = toks[k].text
        if word[:1].islower() and word.lower() not in dets | title_links:
            return None  # "Die Zeit meldet, Giuliana Sgrena, ...": a verb ends the title, the name is another's
        k += 1
    if k >= len(toks) or toks[k].text != "," or toks[k].sent != sent:
        return None
    start = end = k + 1
    while end < len(toks) and end - start < _MAX_WORDS and toks[end].sent == sent and toks[end].text[:1].isupper() \
            and toks[end].text.isalpha() and end not in covered:
        end += 1
    if end == start or end >= len(toks) or toks[end].text != "," or toks[end].sent != sent:
        return None
    return start, end


def apposed_names(doc: Doc, mentions: list[Mention], determiners: Iterable[str],
                  links: Iterable[str] = (), title_links: frozenset[str] = frozenset()) -> list[Mention]:
    """New mentions for unknown names right before ", [determiner] TITLE ...": the title's actor. The
    title must start right after the comma with a sector noun or a country's or organisation's
    title phrase (``_TITLED``), so "Hans Weber, der Kenia besuchte" names nobody."""
    toks = doc.tokens
    dets, links = frozenset(determiners), frozenset(links)
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    places = {m.tok_start: m for m in mentions if m.kind == "place" and m.place is not None
              or m.kind == "actor" and m.via == "country" and m.actor is not None}
    out = []
    for m in mentions:
        a = m.actor
        if m.kind != "actor" or a is None or a.sector is None or not (a.country or a.actor_id) \
                or m.via not in _TITLED and not (m.via == "sector+place" and _placed_title(doc, m, places)):
            continue
        if (after := _name_after(doc, m, dets, title_links, covered)) is not None \
                and person_name([t.text for t in toks[after[0]:after[1]]], doc.lang):
            out.append(_titled(doc, a, *after))
            covered |= set(range(*after))
            continue
        j = _comma_before(doc, m.tok_start, dets, links)
        # an organisation's bare name after a comma is the next item of a list ("Attac, Die Linke"),
        # not a title: it needs a title word before it or inside ("Sondergesandte der Vereinten Nationen")
        if j is None or m.via in ("org", "compound") and j == m.tok_start - 1 - (toks[m.tok_start - 1].lower in dets) \
                and not any(t.lower in links for t in toks[m.tok_start:m.tok_end]):
            continue
        end = j  # the name ends before the comma
        start = end
        while start > 0 and end - start < _MAX_WORDS and toks[start - 1].sent == toks[m.tok_start].sent \
                and toks[start - 1].text[:1].isupper() and (start - 1) not in covered \
                and (start == end or toks[start].start == toks[start - 1].end + 1):
            start -= 1
        words = [t.text for t in toks[start:end]]
        # the name starts at its first unknown word or given name ("Laut Hans Weber", "said Peter Mwangi")
        first = next((i for i, w in enumerate(words) if w in given_names() or i == name_start(words, doc.lang)),
                     len(words))
        start, words = start + first, words[first:]
        if not words or not person_name(words, doc.lang):
            continue
        out.append(_titled(doc, a, start, end))
        covered |= set(range(start, end))
    return out


def _titled(doc: Doc, a: ActorRef, start: int, end: int) -> Mention:
    """The name's mention as the title's actor."""
    toks = doc.tokens
    text = doc.text[toks[start].start:toks[end - 1].end]
    return Mention(start, end, toks[start].start, toks[end - 1].end, text, "actor",
                   actor=ActorRef(text, text, a.actor_id, a.country, a.sector), via="appositive+title")
