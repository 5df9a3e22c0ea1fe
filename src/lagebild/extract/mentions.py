"""Actor, place and equipment mentions: gazetteer hits assembled into actor phrases.

"Der polnische Präsident Andrzej Duda" is three hits (adjective POL, sector GOV, person) and one
actor; "nordkoreanische Truppen" is PRK + MIL; "südkoreanische Waffen" only tells the goods' origin.
Without a German parser, phrase structure comes from adjacency and the lexicon's determiners.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..knowledge.gazetteer import Entry, Gazetteer, Hit
from ..knowledge.places import country_place
from ..language.phrases import PhraseSet
from ..language.segment import is_known
from ..model import ActorRef, Doc, Mention, Place
from .affiliations import bracketed_parties, possessed_names
from .apposed_names import apposed_names
from .context import Scene, aliases, appositives, fill_generic, name_like
from .coreference import Coreference
from .federal import FederalRule
from .mention_context import MentionContext, _first, actor_id
from .quote_marks import QuoteMarks
from .representatives import representatives
from .shared_names import Party, localise_parties, shared_parties
from .surnames import read_surnames


@dataclass
class Lexicon:
    """The parts of lexicon.yaml the mention and event rules need, as sets."""

    determiners: set[str]
    location_preps: set[str]
    oblique_preps: set[str]
    anaphors: dict[str, list[tuple[str, ...]]]
    genitive_links: set[str]
    place_nouns: set[str]
    coordinators: set[str]
    auxiliaries: set[str]
    noun_adjuncts: bool = True
    possessives: set[str] = field(default_factory=set)
    honorifics: frozenset[str] = frozenset()
    place_modifiers: frozenset[str] = frozenset()  # "in eastern Syria": a modifier between preposition and place
    member_heads: tuple[str, ...] = ()  # "FDP-Vorsitzende": a compound head naming a member or leader
    side_nouns: frozenset[str] = frozenset()  # "die russische Seite": a country's government in a negotiation
    posted_nouns: frozenset[str] = frozenset()  # "Botschafter in Washington": posted there, from elsewhere
    town_preps: frozenset[str] = frozenset()  # "in Lüneburg": a small town is read only after one of these
    counterparts: frozenset[str] = frozenset()  # "seinen Amtskollegen": of another country than the other party
    collective_heads: tuple[str, ...] = ()  # "US-Regierung": a body, so a name after it is not its name
    federal: FederalRule = FederalRule()  # "Bundesinnenminister": a federal state's body (extract/federal.py)
    representative_heads: frozenset[str] = frozenset()  # "Vertreter von Hamas": the actor named after "von"
    representative_preps: frozenset[str] = frozenset()
    shared_parties: dict[str, tuple[Party, ...]] = field(default_factory=dict)  # "die Grünen": whose (shared_names.py)
    scene: Scene = Scene()  # "In Kairo nahm die Polizei ... fest": whose police (context.fill_generic)
    name_particles: frozenset[str] = frozenset()  # "Río de la Plata": a surname after one is another name
    product_articles: frozenset[str] = frozenset()  # "ein Airbus der Luftwaffe": a company's name is its product
    named_only_sectors: frozenset[str] = frozenset()  # "U.S. firms" is an actor, "the company" alone is not
    region_nouns: frozenset[str] = frozenset()  # "im Nordosten Nigerias": a part named before the place's genitive

    @classmethod
    def from_data(cls, lex: dict) -> Lexicon:
        ana = {k: [tuple(p.split()) for p in v] for k, v in (lex.get("anaphors") or {}).items()}
        aux = {*(lex.get("future_auxiliaries") or []), *(lex.get("passive_auxiliaries") or [])}
        return cls(set(lex.get("determiners") or []), set(lex.get("location_prepositions") or []),
                   set(lex.get("oblique_prepositions") or []), ana, set(lex.get("genitive_links") or []),
                   set(lex.get("place_nouns") or []), set(lex.get("coordinators") or []), aux,
                   bool(lex.get("noun_adjuncts", True)), set(lex.get("possessives") or []),
                   frozenset(lex.get("honorifics") or []), frozenset(lex.get("place_modifiers") or []),
                   tuple(lex.get("member_heads") or ()), frozenset(lex.get("side_nouns") or ()),
                   frozenset(lex.get("posted_nouns") or ()), frozenset(lex.get("town_prepositions") or ()),
                   frozenset(lex.get("counterpart_nouns") or ()), tuple(lex.get("collective_heads") or ()),
                   FederalRule.from_data(lex.get("federal")), frozenset(lex.get("representative_heads") or ()),
                   frozenset(lex.get("representative_prepositions") or ()), shared_parties(lex.get("shared_party_names")),
                   Scene(frozenset(lex.get("scene_sectors") or ()), frozenset(lex.get("static_location_prepositions") or ())),
                   frozenset(lex.get("name_particles") or ()), frozenset(lex.get("product_articles") or ()),
                   frozenset(lex.get("named_only_sectors") or ()), frozenset(lex.get("region_nouns") or ()))


# mentions that name a country, so that "das Land" / "the country" can refer back to them
def _country_actor(text: str, entry: Entry, gaz: Gazetteer, sector: str | None) -> ActorRef:
    country = entry.country
    return ActorRef(text, gaz.countries.get(country or "", entry.name), actor_id(country, sector), country, sector)


def _person_actor(text: str, entry: Entry, when: date | None, adj_country: str | None,
                  sector: str | None) -> ActorRef:
    role = entry.role_at(when)
    country = role.country if role and role.country else adj_country
    return ActorRef(text, entry.name, entry.ref, country, (role.sector if role else None) or sector)


def _bare_country(hit: Hit) -> bool:
    """A country or capital name in its base form, not an abbreviation ("US") or genitive ("Polens")."""
    e = _first(hit, "adjective", "country", "capital", "org", "sector")
    return e is not None and e.kind in ("country", "capital") and not e.case_sensitive and e.form != "gen"


class MentionFinder(MentionContext):
    """Finds mentions in a segmented Doc with one language's gazetteer and lexicon."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon, quotes: QuoteMarks, coref: Coreference | None = None) -> None:
        self.gaz = gaz
        self.lex = lex
        self.quotes = quotes  # a quoted name after "die Organisation" says which one it is
        self.coref = coref or Coreference()  # "die Miliz", "the ministry": the nearest earlier actor of that kind
        self._country_anaphors = PhraseSet(lex.anaphors.get("country", []))
        # "die Organisation", "the group": the organisation named last
        self._org_anaphors = PhraseSet([*lex.anaphors.get("organisation", []), *self.coref.organisation_phrases()])
        self._person_anaphors = {"m": PhraseSet(lex.anaphors.get("person_masculine", [])),
                                 "f": PhraseSet(lex.anaphors.get("person_feminine", []))}

    def __call__(self, doc: Doc) -> list[Mention]:
        toks = doc.tokens
        when = doc.article.published
        hits = read_surnames(doc, [h for h in self.gaz.match([t.text for t in toks])
                                   if not self._inside_name(doc, h) and self._town_placed(doc, h)],
                             when, self.gaz, self.lex.name_particles, self.lex.honorifics)
        mentions: list[Mention] = []
        k = 0
        while k < len(hits):
            group = [hits[k]]
            # join following hits separated only by determiners (same sentence)
            while k + 1 < len(hits):
                nxt, last = hits[k + 1], group[-1]
                gap = toks[last.tok_end:nxt.tok_start]
                # a compound joins only a following name: "NATO-Generalsekretär Mark Rutte", "US-Präsident Biden"
                titled = last.compound_part and len(group) == 1 and _first(nxt, "person") is not None \
                    and self.gaz.compound_sector(toks[last.tok_start].text) is not None
                if toks[nxt.tok_start].sent != toks[last.tok_start].sent or nxt.compound_part or \
                        (last.compound_part and not titled):
                    break
                if not all(t.lower in self.lex.determiners or t.text == "," and self._apposition(group, nxt)
                           for t in gap) or len(gap) > 2:
                    break
                gap_words = {t.lower for t in gap}
                if gap_words & self.lex.determiners and not gap_words & self.lex.genitive_links \
                        and _first(last, "org") is not None \
                        and (_first(nxt, "sector") or _first(nxt, "person")):
                    break  # "kritisierten die Grünen den Kanzler": the object, not the organisation's title
                if not self._joinable(group, nxt, gap_words & self.lex.genitive_links != set(),
                                      gap_words & self.lex.possessives != set()):
                    break
                if not self.lex.noun_adjuncts and _bare_country(last) and _first(nxt, "sector"):
                    break  # German "verlegt Russland Truppen", "in Belgien einem Richter": two phrases
                if gap_words & self.lex.possessives and _first(last, "person") is not None:
                    last.entries = [Entry(**{**e.__dict__, "form": "poss"}) if e.kind == "person" else e
                                    for e in last.entries]  # "Putin's spokesman": Putin only owns the title
                group.append(nxt)
                k += 1
            place = self._adjective_place(doc, group, hits[k + 1] if k + 1 < len(hits) else None)
            if place is not None:
                mentions.append(place)
                k += 2
                continue
            place = self._adjective_unknown_place(doc, group)
            if place is not None:
                mentions.append(place)
                k += 1
                continue
            mentions.extend(self._resolve(doc, group, when))
            k += 1
        for m in mentions:
            self._mark_location(doc, m)
        localise_parties(doc, mentions, self.lex.shared_parties)
        mentions = representatives(doc, mentions, self.lex.representative_heads, self.lex.representative_preps,
                                   frozenset(self.lex.determiners))
        appositives(doc, self.gaz, mentions, collective=self.lex.collective_heads)
        mentions.extend(bracketed_parties(doc, mentions))
        mentions.extend(possessed_names(doc, mentions, frozenset(self.lex.possessives)))
        self._adjective_appositives(doc, mentions)
        anaphors = self._anaphors(doc, mentions)
        for m in anaphors:
            self._mark_location(doc, m)
        mentions.extend(anaphors)
        mentions.sort(key=lambda m: m.tok_start)
        self.coref.resolve(doc, mentions, self._names_after, frozenset(self.lex.auxiliaries))
        for m in mentions:
            if m.is_location and m.place is None and m.actor is not None:
                city = self.gaz.places.get(m.text) if m.via == "capital" else None
                m.place = (Place(m.text, city.name, city.country, city.lat, city.lon) if city
                           else country_place(m.actor.country, m.text))
        fill_generic(doc, mentions, self.lex.posted_nouns, frozenset(self.lex.place_nouns), self.lex.counterparts,
                     frozenset(self.lex.location_preps), self.lex.federal, self.lex.scene)
        mentions.extend(apposed_names(doc, mentions, self.lex.determiners, self.lex.genitive_links))
        self._homonym_places(doc, mentions)
        found = aliases(doc, mentions, self.lex.honorifics) + self._place_aliases(doc, mentions)
        for m in found:
            self._mark_location(doc, m)
        mentions.extend(found)
        mentions.sort(key=lambda m: m.tok_start)
        mentions.extend(self.coref.quoted_speakers(doc, mentions, self.quotes))  # "wir" in a quotation
        mentions.sort(key=lambda m: m.tok_start)
        return mentions

    def _nominalised(self, doc: Doc, group: list[Hit]) -> bool:
        """German writes an adjective used as a noun with a capital: "der Deutsche", "die Deutschen" inside
        a sentence are people (a demonym the dictionary lists), unless a capitalised word follows
        ("Deutsche Bank": a name)."""
        if len(group) != 1 or not self.gaz.closed_compounds or _first(group[0], "people") is None:
            return False
        toks = doc.tokens
        i = group[0].tok_start
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else None
        return toks[i].text[:1].isupper() and i > doc.sentences[toks[i].sent].tok_start \
            and (nxt is None or not nxt.text[:1].isupper())

    def _inside_name(self, doc: Doc, hit: Hit) -> bool:
        """'im El Saudi Krankenhaus', 'Hassan Wirajuda', 'Jordan Davis': a one-word country or place next
        to an unknown capitalised word (not at the sentence start) is part of a longer name."""
        if hit.compound_part or hit.tok_end - hit.tok_start != 1:
            return False
        toks = doc.tokens
        tok = toks[hit.tok_start]
        sent = doc.sentences[tok.sent]
        if all(e.kind == "person" for e in hit.entries):
            # "Eurico Guterres" is not António Guterres: a surname after an unknown first name
            prev = toks[hit.tok_start - 1] if hit.tok_start > sent.tok_start else None
            return prev is not None and prev.end == tok.start - 1 and self._name_part(prev.text, doc.lang) \
                and len(prev.text) > 3
        if any(e.kind not in ("country", "people", "adjective", "capital", "place") for e in hit.entries):
            return False
        if hit.tok_start > sent.tok_start + 1:
            prev = toks[hit.tok_start - 1]
            # German writes every noun with a capital and puts genitives after them ("Moslemrats
            # Großbritanniens"): there only a particle ("El", "Al") makes a name
            if prev.end == tok.start - 1 and self._name_part(prev.text, doc.lang) and \
                    any(e.kind != "place" for e in hit.entries) and (len(prev.text) <= 3 or not self.gaz.closed_compounds):
                return True
        if hit.tok_end < sent.tok_end and not any(e.kind == "adjective" for e in hit.entries):
            # an adjective before a noun is the rule ("russische Luftabwehrsysteme"), and German
            # compounds are long where names are short
            nxt = toks[hit.tok_end]
            return nxt.start == tok.end + 1 and self._name_part(nxt.text, doc.lang) and len(nxt.text) > 3 \
                and (len(nxt.text) <= 10 or not self.gaz.closed_compounds)
        return False

    def _generic_org(self, doc: Doc, group: list[Hit], org: Entry, adj: Entry | None) -> bool:
        """An organisation named by a common noun ("Linkspartei") read as that noun: after another
        country's adjective ("die spanische Linkspartei") or before an unknown name, which is then the
        organisation's own name ("die Linkspartei Podemos", taken up as an appositive)."""
        if adj is not None and adj.kind == "adjective" and org.country and adj.country != org.country:
            return True
        toks = doc.tokens
        last = group[-1]
        if _first(last, "org") is not org or last.tok_end - last.tok_start != 1 or last.tok_end >= len(toks):
            return False
        word, nxt = toks[last.tok_start], toks[last.tok_end]
        return word.text[1:].islower() and is_known(word.text, doc.lang) and nxt.sent == word.sent \
            and nxt.start == word.end + 1 and name_like(nxt.text, doc.lang) and not self.gaz.lookup(nxt.text)

    def _town_placed(self, doc: Doc, hit: Hit) -> bool:
        """A small town (``form="town"``) is read only where the text says it is a place: right after a
        locative preposition or a place noun ("in Lüneburg", "aus Witten", "the town of Hatfield");
        elsewhere its name is as likely a person or a word ("Wilson said")."""
        if hit.compound_part or not all(e.form == "town" for e in hit.entries):
            return True
        toks = doc.tokens
        j = hit.tok_start - 1
        if j >= 1 and toks[j].lower in self.lex.genitive_links and toks[j - 1].lower in self.lex.place_nouns:
            j -= 1  # "the town of Hatfield"
        if j < 0 or toks[j].sent != toks[hit.tok_start].sent:
            return False
        return toks[j].lower in self.lex.town_preps or toks[j].lower in self.lex.place_nouns

    def _name_part(self, word: str, lang: str) -> bool:
        """A capitalised word that is no known word and no gazetteer entry: part of a name."""
        if word.isupper() or not word[:1].isupper() or not word.isalpha() or word.lower() in self.lex.determiners \
                or any(e.form != "surname" for e in self.gaz.lookup(word)):
            return False
        return len(word) <= 3 or name_like(word, lang)  # "El", "Al", "Abu" or an unknown name

    @staticmethod
    def _apposition(group: list[Hit], nxt: Hit) -> bool:
        """'Direktor des Militärnachrichtendienstes der Ukraine, Kyrylo Budanow' is one actor."""
        return _first(nxt, "person") is not None and any(_first(h, "sector") for h in group)

    @staticmethod
    def _joinable(group: list[Hit], nxt: Hit, genitive_gap: bool, possessive: bool = False) -> bool:
        kinds = {e.kind for h in group for e in h.entries}
        nk = {e.kind for e in nxt.entries}
        if "person" in kinds:  # "Selenskyjs Berater", "Putins Sprecher Dmitri Peskow"
            gen_person = any(e.kind == "person" and (e.form == "gen" or possessive) for e in group[-1].entries)
            titled = "sector" in {e.kind for e in group[-1].entries} and len(group) >= 2 and any(
                e.kind == "person" and e.form in ("gen", "poss") for e in group[-2].entries)
            return (not genitive_gap or possessive) and (("sector" in nk and gen_person) or ("person" in nk and titled))
        if ("person" in nk or "sector" in nk) and "org" in kinds:  # "NATO Secretary General Mark Rutte"
            return True
        if "sector" in nk or "person" in nk or "org" in nk:
            # a country before an organisation is its owner only with a genitive ("South Korea's NIS")
            return bool(kinds & {"adjective", "sector", "country", "capital"}) and not (
                "org" in nk and kinds & {"country", "capital"} and not genitive_gap)
        if "adjective" in nk and genitive_gap:  # "Korrespondentin des schwedischen Fernsehens"
            return "sector" in kinds and not kinds & {"country", "capital", "adjective", "org"}
        if nk & {"country", "capital"}:  # genitive: "Vertreter Polens", "Direktor ... der Ukraine"
            genitive = genitive_gap or any(e.form == "gen" for e in nxt.entries)
            return genitive and "sector" in kinds and not kinds & {"country", "capital"}
        if "equipment" in nk:
            return False
        return False

    def _resolve(self, doc: Doc, group: list[Hit], when: date | None) -> list[Mention]:
        toks = doc.tokens
        first, last = group[0], group[-1]
        start, end = toks[first.tok_start].start, toks[last.tok_end - 1].end
        text = doc.text[start:end]
        adj = next((e for h in group for e in h.entries if e.kind in ("adjective", "country", "capital")), None)
        # the noun after the country's adjective names the sector: "Sprecher der russischen Armee" is MIL
        at = next((i for i, h in enumerate(group) if any(e.kind == "adjective" for e in h.entries)), 0)
        sectors = [e for h in [*group[at:], *group[:at]] for e in h.entries if e.kind == "sector"]
        # "Sprecher der Polizei", "Chef der Gewerkschaft": the owner's sector, not the title's
        owned = len(sectors) > 1 and sectors[0].name in self.gaz.owner_heads
        sector = sectors[1].sector if owned else sectors[0].sector if sectors else None
        person = next((e for h in group for e in h.entries if e.kind == "person"), None)
        org = next((e for h in group for e in h.entries if e.kind == "org"), None)
        if org is not None and org.etype == "company" and len(group) > 1 and _first(first, "org") is org \
                and toks[first.tok_end].lower in self.lex.genitive_links:
            return self._resolve(doc, group[1:], when)  # "ein Airbus der Luftwaffe": the air force's aircraft
        base = dict(tok_start=first.tok_start, tok_end=last.tok_end, start=start, end=end, text=text)
        owner = next((i for i, h in enumerate(group)
                      if any(e.kind == "person" and e.form in ("gen", "poss") for e in h.entries)), None)
        named = next((e for h in group[owner + 1:] for e in h.entries if e.kind == "person"), None) \
            if owner is not None else None
        if named is not None:  # "Putins Sprecher Dmitri Peskow" is Peskov
            return [Mention(**base, kind="actor", via="person", actor=_person_actor(text, named, when, None, sector))]
        if person and owner is not None and owner + 1 < len(group) and sector is not None:
            # "Selenskyjs Berater": someone of the person's country and of the noun's sector
            role = person.role_at(when)
            country = role.country if role and role.country else person.country
            return [Mention(**base, kind="actor", via="phrase",
                            actor=ActorRef(text, self.gaz.countries.get(country or "", person.name),
                                           actor_id(country, sector), country, sector))]
        if person:
            return [Mention(**base, kind="actor", via="person",
                            actor=_person_actor(text, person, when, adj.country if adj else None, sector))]
        if len(group) == 1 and first.compound_part:
            tok = toks[first.tok_start]
            head_sector = self.gaz.compound_sector(tok.text)
            entry = _first(first, "country", "capital", "adjective", "org", "equipment")
            if entry is not None and entry.kind == "org":
                # "NATO-Verteidigungsminister" is NATO acting; "NATO-Munition" only says whose
                member = tok.text.lower().endswith(self.lex.member_heads) if self.lex.member_heads else False
                return [Mention(**base, kind="actor" if head_sector or member else "origin", via="compound",
                                actor=ActorRef(text, entry.name, entry.ref, entry.country, entry.sector))]
            if entry is None:
                return []
            if entry.kind == "equipment":
                return [Mention(**base, kind="equipment", via="equipment", place=None,
                                actor=ActorRef(text, entry.name, entry.ref, entry.country, None))]
            kind = "actor" if head_sector else "origin"
            return [Mention(**base, kind=kind, via="compound",  # type: ignore[arg-type]
                            actor=_country_actor(text, entry, self.gaz, head_sector))]
        if org and org.etype == "company" and len(group) == 1 and first.tok_start > 0 \
                and toks[first.tok_start - 1].lower in self.lex.product_articles:
            return []  # "ein Airbus der Luftwaffe", "a Boeing 737": the aircraft, not the company
        if org:
            if self._generic_org(doc, group, org, adj):  # "die spanische Linkspartei (Podemos)": not Die Linke
                country = adj.country if adj else None
                return [Mention(**base, kind="actor", via="phrase" if adj else "sector",
                                actor=ActorRef(text, text, actor_id(country, org.sector) if country else None,
                                               country, org.sector))]
            country = org.country or (adj.country if adj else None)
            return [Mention(**base, kind="actor", via="org",
                            actor=ActorRef(text, org.name, org.ref, country, org.sector))]
        if adj is not None:
            if sector is None and adj.kind == "adjective":
                # an adjective alone: actor if the next token is a sector head ("Kampftruppen"), else origin
                nxt = toks[last.tok_end] if last.tok_end < len(toks) else None
                head = self.gaz.sector_of_head(nxt.text) if nxt is not None and nxt.sent == toks[first.tok_start].sent else None
                if head is None and nxt is not None and nxt.lower in self.lex.side_nouns \
                        and nxt.sent == toks[first.tok_start].sent and self._preposition(doc, first.tok_start) is None:
                    head = "GOV"  # "die russische Seite lehnte ab"; "auf der russischen Seite (der Grenze)" is a place
                if head:
                    end = nxt.end  # type: ignore[union-attr]
                    text = doc.text[start:end]
                    base.update(tok_end=nxt.i + 1, end=end, text=text)  # type: ignore[union-attr]
                    return [Mention(**base, kind="actor", via="adjective+head", actor=_country_actor(text, adj, self.gaz, head))]
                shared = self._coordinated_head(doc, last.tok_end)
                if shared:  # "Lithuanian and Latvian troops", "nordkoreanische und russische Soldaten"
                    return [Mention(**base, kind="actor", via="adjective+head",
                                    actor=_country_actor(text, adj, self.gaz, shared))]
                if self._adjective_as_noun(doc, first.tok_start, last.tok_end) or self._nominalised(doc, group):
                    # "the British are ...", "sei der Deutsche befreit worden"
                    return [Mention(**base, kind="actor", via="people", actor=_country_actor(text, adj, self.gaz, None))]
                return [Mention(**base, kind="origin", via="adjective", actor=_country_actor(text, adj, self.gaz, None))]
            via = adj.kind if len(group) == 1 else "phrase"
            if sector is None:
                sector = "GOV" if adj.kind in ("country", "capital") else None
            return [Mention(**base, kind="actor", via=via, actor=_country_actor(text, adj, self.gaz, sector))]
        people = _first(first, "people")
        if people is not None:
            return [Mention(**base, kind="actor", via="people", actor=_country_actor(text, people, self.gaz, None))]
        place = _first(first, "place")
        if place is not None:
            return [Mention(**base, kind="place", via="place",
                            place=Place(text, place.name, place.country, place.lat, place.lon))]
        equip = _first(first, "equipment")
        if equip is not None:
            return [Mention(**base, kind="equipment", via="equipment",
                            actor=ActorRef(text, equip.name, equip.ref, equip.country, None))]
        if sector is not None and sector not in self.lex.named_only_sectors:
            # "die Truppen", "officials": the country comes from context, if at all
            return [Mention(**base, kind="actor", via="sector", actor=ActorRef(text, text, None, None, sector))]
        return []
