"""What a name resolves to, and why: the logic behind `lagebild actors`.

A query is read twice: as a name (every gazetteer entry for exactly that surface form, with the
rule that produced the form) and as a phrase (the mentions the pipeline finds in it), so both
"Polens" and "der polnische Präsident Andrzej Duda" can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Article, Doc, Mention
from .gazetteer import Entry, Gazetteer

RULES = {
    "country": "country name",
    "capital": "capital or seat of government, used for the government",
    "adjective": "country adjective",
    "people": "demonym",
    "person": "person",
    "org": "organisation",
    "sector": "sector noun",
    "place": "place",
    "equipment": "weapon system",
}


# why a mention resolved as it did (Mention.via), for `lagebild actors`
VIAS = {
    "country": "country name: its government",
    "capital": "capital or seat of government: the government",
    "phrase": "country and sector noun in one phrase",
    "adjective+head": "country adjective and sector noun",
    "compound": "name inside a compound word",
    "people": "demonym: the country, no sector",
    "adjective": "country adjective alone: origin only",
    "person": "person in the dictionary: country and sector of the post held at the date",
    "org": "organisation in the dictionary",
    "place": "place (gazetteer)",
    "adjective+place": "adjective, place noun and place: one place",
    "equipment": "weapon system",
    "anaphor": "refers back to an earlier mention",
    "coreference": "definite description (\"die Miliz\") or pronoun (\"Sie will\", \"wir\" quoted): the actor named "
                   "before it that it goes on with",
    "sector": "sector noun alone: in an article the country comes from context",
    "sector+place": "sector noun; country from context: the place right after it (\"in der Provinz Helmand\")",
    "sector+article": "sector noun; country from context: the article's main country",
    "outlet": "outlet noun after a capitalised title (\"Time magazine\"): a media actor the text gives no country",
    "sector+owner": "sector noun; country from context: a country's adjective in its genitive (\"die Regierung der "
                    "bosnisch-serbischen Republik\")",
    "sector+speaker": "sector noun; country from context: the named official who opens the sentence to report it",
    "sector+earlier": "sector noun; country from context: the same noun named earlier with its country",
    "sector+name": "sector noun right before a named organisation of its sector (\"die Wochenzeitung „Die Zeit“\"): "
                   "the organisation's country",
    "group": "group adjective (\"Sunni clerics\", \"koptische Christen\"; lexicon `group_adjectives`): its sector; "
             "country only from a place in context, none from the article",
    "group+place": "group adjective; country from context: the place right after it or the sentence's",
    "sector+counterpart": "counterpart; country from context: the sentence's place, or a country named before,"
                          " that no other party of the sentence is from",
    "federal": "federal body (\"Bundesinnenminister\"); country: the place after it or the article's"
                      " where that is a federal state, else the language's default (lexicon `federal`)",
    "appositive+federal": "unknown name after a federal title (\"Bundesminister X\"); country as for a federal body",
    "appositive": "unknown name after a sector noun (appositive): the noun's sector and country",
    "appositive+place": "unknown name after a sector noun (appositive); country from the place after it",
    "appositive+article": "unknown name after a sector noun (appositive); country: the article's main country",
    "appositive+name": "unknown name after a sector noun (appositive); country of the same name given earlier",
    "appositive+party": "unknown name before its party in brackets (\"Jens Nacke (CDU)\"): the party's country and sector",
    "alias+party": "name introduced earlier before its party in brackets",
    "alias": "name introduced in full earlier in the article",
    "alias+place": "name introduced earlier as an appositive (country from context)",
    "alias+article": "name introduced earlier as an appositive (country: the article's main country)",
}
SOURCES = {
    "common/phoenix_persons.json": "Phoenix/PETRARCH2 dictionary (MIT), converted by scripts/convert_phoenix_actors.py",
    "common/phoenix_organizations.json": "Phoenix/PETRARCH2 dictionary (MIT), converted by scripts/convert_phoenix_actors.py",
}


def explain_via(via: str) -> str:
    """A mention's rule in words."""
    return VIAS.get(via, via)


def source_of(gaz: Gazetteer, actor_id: str | None) -> str | None:
    """The resource file behind a person or organisation id (curated file or converted dictionary)."""
    if not actor_id:
        return None
    with_ref = getattr(gaz.by_key, "with_ref", None)  # a finished gazetteer: no Entry made per name
    found = with_ref(actor_id) if with_ref is not None else (e for es in gaz.by_key.values() for e in es if e.ref == actor_id)
    return next((e.source for e in found if e.kind in ("person", "org")), None)


@dataclass
class Candidate:
    """One gazetteer entry for the queried surface form, resolved at a date."""

    surface: str
    kind: str
    id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None
    detail: str | None
    why: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _why(e: Entry, surface: str) -> str:
    rule = RULES.get(e.kind, e.kind)
    if e.form == "gen":
        rule = "genitive -s of the country name"
    elif e.form == "city":
        rule = "adjective of a city name (-er), its country"
    elif e.form == "region":
        rule = "adjective of a region (Land, canton, state), its country"
    elif e.form == "de-spelling":
        rule = f"{rule}, German spelling generated from the dictionary's English spelling"
    elif e.form == "direction":
        rule = ("region: a compass prefix on the country's name" if e.kind == "place"
                else "country adjective with a compass prefix")
    elif e.form == "paternal":
        rule = f"{rule}, the name without the mother's surname (Spanish naming)"
    elif e.form == "town":
        rule = "town of 15,000 to 100,000 (GeoNames), read only after a preposition or place noun"
    elif e.kind == "adjective" and surface.lower() != e.surface.lower():
        rule = "country adjective"
    if e.case_sensitive:
        rule += ", case-sensitive"
    elif e.capitalised:
        rule += ", where written with a capital"
    if e.source in SOURCES:
        rule += f" ({SOURCES[e.source]})"
    return f"{e.source}: {rule}"


def candidate(e: Entry, surface: str, when: date | None) -> Candidate:
    """An entry as seen on ``when``: a person's country and sector are those of the post held then."""
    country, sector, role = e.country, e.sector, None
    if e.kind == "person":
        r = e.role_at(when)
        if r is not None:
            country, sector = r.country, r.sector
            span = f"{r.start or '?'}–{r.end or ''}"
            role = f"{r.title} ({r.country or r.org}, {span})"
    detail = e.etype
    if e.lat is not None:
        detail = f"{detail + ', ' if detail else ''}{e.lat:.4f}, {e.lon:.4f}"
    return Candidate(surface, e.kind, e.ref, e.name, country, sector, role, detail, _why(e, surface))


def lookup(gaz: Gazetteer, query: str, when: date | None) -> list[Candidate]:
    """Every entry for exactly this surface form (case-sensitive entries need the exact case); for a
    phrase with no entry of its own ("the Kremlin", "Präsident Duda"), the entries of its parts."""
    toks = gaz.tokens_of(query)
    entries = [e for e in gaz.lookup(query) if not e.case_sensitive or e.surface_toks == toks]
    if entries:
        return [candidate(e, query, when) for e in entries]
    out = []
    for hit in gaz.match(list(toks)):
        surface = " ".join(toks[hit.tok_start:hit.tok_end])
        out.extend(candidate(e, surface, when) for e in hit.entries)
    return out


def mentions(query: str, lang: str, when: date | None) -> list[Mention]:
    """The mentions the pipeline's segmenter and mention finder see in ``query`` as a text."""
    from ..pipeline import REGISTRY, language_kit

    doc = Doc(Article(query, lang=lang, published=when), lang=lang)
    kit = language_kit(lang)
    for name in ("segment", "mentions"):
        REGISTRY[name](doc, kit)
    return doc.mentions
