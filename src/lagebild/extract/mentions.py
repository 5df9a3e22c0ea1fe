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
from ..model import ActorRef, Doc, Mention, Place
from .context import aliases, appositives, fill_generic, main_country, name_like


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
                   frozenset(lex.get("posted_nouns") or ()))


# mentions that name a country, so that "das Land" / "the country" can refer back to them
COUNTRY_VIAS = ("country", "phrase", "capital", "adjective+head", "compound", "people")


def actor_id(country: str | None, sector: str | None) -> str | None:
    """Canonical id of a country-level actor: ISO3, plus the sector when known (POL-GOV)."""
    if country is None:
        return None
    return f"{country}-{sector}" if sector else country


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


def _first(hit: Hit, *kinds: str) -> Entry | None:
    return next((e for e in hit.entries if e.kind in kinds), None)


class MentionFinder:
    """Finds mentions in a segmented Doc with one language's gazetteer and lexicon."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon) -> None:
        self.gaz = gaz
        self.lex = lex
        self._country_anaphors = PhraseSet(lex.anaphors.get("country", []))
        self._person_anaphors = {"m": PhraseSet(lex.anaphors.get("person_masculine", [])),
                                 "f": PhraseSet(lex.anaphors.get("person_feminine", []))}

    def __call__(self, doc: Doc) -> list[Mention]:
        toks = doc.tokens
        hits = [h for h in self.gaz.match([t.text for t in toks]) if not self._inside_name(doc, h)]
        when = doc.article.published
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
        appositives(doc, self.gaz, mentions)
        anaphors = self._anaphors(doc, mentions)
        for m in anaphors:
            self._mark_location(doc, m)
        mentions.extend(anaphors)
        mentions.sort(key=lambda m: m.tok_start)
        for m in mentions:
            if m.is_location and m.place is None and m.actor is not None:
                city = self.gaz.places.get(m.text) if m.via == "capital" else None
                m.place = (Place(m.text, city.name, city.country, city.lat, city.lon) if city
                           else country_place(m.actor.country, m.text))
        fill_generic(doc, mentions, self.lex.posted_nouns)
        found = aliases(doc, mentions, self.lex.honorifics)
        for m in found:
            self._mark_location(doc, m)
        mentions.extend(found)
        mentions.sort(key=lambda m: m.tok_start)
        return mentions

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

    def _name_part(self, word: str, lang: str) -> bool:
        """A capitalised word that is no known word and no gazetteer entry: part of a name."""
        if word.isupper() or not word[:1].isupper() or not word.isalpha() or word.lower() in self.lex.determiners \
                or self.gaz.lookup(word):
            return False
        return len(word) <= 3 or name_like(word, lang)  # "El", "Al", "Abu" or an unknown name

    def _adjective_place(self, doc: Doc, group: list[Hit], nxt: Hit | None) -> Mention | None:
        """'der russischen Grenzregion Kursk', 'the Ukrainian city of Kharkiv': one place, not an origin."""
        adj = _first(group[0], "adjective") if len(group) == 1 else None
        if adj is None or nxt is None or nxt.compound_part:
            return None
        toks = doc.tokens
        gap = toks[group[0].tok_end:nxt.tok_start]
        if not gap or len(gap) > 2 or not any(t.lower in self.lex.place_nouns for t in gap) or \
                not all(t.lower in self.lex.place_nouns or t.lower in self.lex.genitive_links for t in gap):
            return None
        entry = _first(nxt, "place", "capital", "country")
        if entry is None or toks[nxt.tok_start].sent != toks[group[0].tok_start].sent:
            return None
        start, end = toks[group[0].tok_start].start, toks[nxt.tok_end - 1].end
        text = doc.text[start:end]
        name = doc.text[toks[nxt.tok_start].start:end]
        city = entry if entry.kind == "place" else self.gaz.places.get(name)
        place = (Place(text, city.name, city.country, city.lat, city.lon) if city is not None
                 else country_place(entry.country, text))
        return Mention(group[0].tok_start, nxt.tok_end, start, end, text, "place", place=place, via="adjective+place")

    def _adjective_unknown_place(self, doc: Doc, group: list[Hit]) -> Mention | None:
        """'im ostafghanischen Kunar', 'in northern Iraqi Dohuk': after a locative preposition, a country
        adjective before a name no dictionary knows is a place of that country, not the name's origin."""
        adj = _first(group[0], "adjective") if len(group) == 1 else None
        if adj is None or adj.form == "city" or group[0].compound_part:
            return None
        toks = doc.tokens
        end = group[0].tok_end
        if end >= len(toks) or toks[end].sent != toks[group[0].tok_start].sent or self.gaz.lookup(toks[end].text) \
                or not name_like(toks[end].text, doc.lang) or toks[end].text.isupper() \
                or any(ch.isdigit() for ch in toks[end].text):
            return None
        if self._preposition(doc, group[0].tok_start) not in self.lex.location_preps:
            return None
        start, stop = toks[group[0].tok_start].start, toks[end].end
        text = doc.text[start:stop]
        place = Place(text, toks[end].text, adj.country, None, None)  # a town the gazetteer lacks: no coordinates
        return Mention(group[0].tok_start, end + 1, start, stop, text, "place", place=place, via="adjective+place")

    def _coordinated_head(self, doc: Doc, i: int) -> str | None:
        """Sector of the head shared by two coordinated adjectives: token i is the coordinator."""
        toks = doc.tokens
        if i + 2 >= len(toks) or toks[i].lower not in self.lex.coordinators or toks[i + 2].sent != toks[i].sent:
            return None
        if not any(e.kind == "adjective" for e in self.gaz.lookup(toks[i + 1].text)):
            return None
        return self.gaz.sector_of_head(toks[i + 2].text)

    def _adjective_as_noun(self, doc: Doc, start: int, end: int) -> bool:
        """'The British are ...': a determiner before and a verb or punctuation after make it the people."""
        toks = doc.tokens
        if start == 0 or toks[start - 1].lower not in self.lex.determiners or toks[start - 1].sent != toks[start].sent:
            return False
        nxt = toks[end] if end < len(toks) else None
        return nxt is None or nxt.sent != toks[start].sent or nxt.lower in self.lex.auxiliaries or \
            not any(ch.isalnum() for ch in nxt.text)

    def _mark_location(self, doc: Doc, m: Mention) -> None:
        first = doc.tokens[m.tok_start].lower
        if m.via == "anaphor" and first in self.lex.location_preps:  # "im Land": the preposition is part of it
            m.preposition, m.is_location = first, True
            return
        m.preposition = self._preposition(doc, m.tok_start)
        m.is_location = (m.kind == "place" or (m.actor is not None and m.via in ("country", "capital"))) and \
            m.preposition in self.lex.location_preps

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
        if org:
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
                if self._adjective_as_noun(doc, first.tok_start, last.tok_end):  # "the British are ..."
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
        if sector is not None:  # "die Truppen", "officials": the country comes from context, if at all
            return [Mention(**base, kind="actor", via="sector", actor=ActorRef(text, text, None, None, sector))]
        return []

    def _anaphors(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'das Land' / 'the country' -> the last country named in the paragraph (or the one before);
        'ihm' / 'him' / 'she' -> the last person of that gender named in the same paragraph."""
        out: list[Mention] = []
        toks = doc.tokens
        lows = doc.lowers
        main: str | None = None  # the article's country, for "im Land"
        for i, t in enumerate(toks):
            para = doc.sentences[t.sent].paragraph
            words = self._country_anaphors.match_at(lows, i) if self._country_anaphors else None
            if words:
                # actors only: "südkoreanische Waffen" says where goods come from, not what the text is about
                prior = [m for m in mentions if m.tok_start < i and m.kind == "actor" and m.actor
                         and m.actor.country and m.via in COUNTRY_VIAS
                         and para - doc.sentences[toks[m.tok_start].sent].paragraph <= 1]
                # troops, journalists, tourists named by nationality in the anaphor's own sentence are often
                # abroad ("Kenyan troops pushed into the south of the country", "die Korrespondentin des
                # schwedischen Fernsehens musste das Land verlassen"): the country is one named as such
                prior = [m for m in prior if toks[m.tok_start].sent != t.sent or not self._foreigners(doc, m)] or prior
                # the country the paragraph is about, not one it mentions as a destination ("nach Belarus")
                if words[0] in self.lex.location_preps:
                    # "Die USA wollen Truppen im Land lassen": "im Land" is the country the article is about,
                    # never one of its own sentence (no country is "in the country" itself)
                    if main is None:
                        main = main_country(doc, mentions) or ""
                    prior = [m for m in prior if toks[m.tok_start].sent != t.sent and m.actor
                             and m.actor.country == main][-1:]
                else:
                    prior = [m for m in prior if not m.is_location] or prior
                ref = prior[-1].actor if prior else None
                if ref is not None:
                    ref = ActorRef(ref.text, self.gaz.countries.get(ref.country or "", ref.name),
                                   actor_id(ref.country, "GOV"), ref.country, "GOV")
            else:
                gender, words = next(((g, w) for g, ps in self._person_anaphors.items()
                                      if ps and (w := ps.match_at(lows, i))), ("", None))
                prior = [m for m in mentions if m.tok_end <= i and m.via == "person" and m.actor
                         and self.gaz.genders.get(m.actor.actor_id or "", "m") == gender
                         and doc.sentences[toks[m.tok_start].sent].paragraph == para] if words else []
                # "Er lobte ihn": a second pronoun in the sentence is someone else (unnamed, here)
                taken = {m.actor.actor_id for m in out if m.actor and toks[m.tok_start].sent == t.sent}
                prior = [m for m in prior if m.actor and m.actor.actor_id not in taken]
                ref = prior[-1].actor if prior else None
            if words and ref is not None:
                n = len(words)
                text = doc.text[t.start:toks[i + n - 1].end]
                out.append(Mention(i, i + n, t.start, toks[i + n - 1].end, text, "actor", via="anaphor",
                                   actor=ActorRef(text, ref.name, ref.actor_id, ref.country, ref.sector)))
        return out

    def _foreigners(self, doc: Doc, m: Mention) -> bool:
        """A nationality adjective with a sector other than the government ("Kenyan troops",
        "schwedischen Fernsehens"): people of that country, who may be anywhere."""
        if m.via not in ("phrase", "adjective+head") or m.actor is None or m.actor.sector in (None, "GOV"):
            return False
        return any(e.kind == "adjective" for t in doc.tokens[m.tok_start:m.tok_end] for e in self.gaz.lookup(t.text))

    def _preposition(self, doc: Doc, tok_start: int) -> str | None:
        """The preposition governing a phrase: look left over determiners and lower-case modifiers."""
        toks = doc.tokens
        sent = toks[tok_start].sent
        preps = self.lex.location_preps | self.lex.oblique_preps
        j = tok_start - 1
        steps = 0
        while j >= 0 and toks[j].sent == sent and steps < 4:
            low = toks[j].lower
            if low in preps:
                return low
            if low in self.lex.determiners or (toks[j].text[:1].islower() and low.isalpha() and steps < 2
                                                and low not in preps):
                if toks[j].text[:1].islower() and low not in self.lex.determiners and not _adjective_like(low) \
                        and low not in self.lex.place_modifiers:
                    return None
                j -= 1
                steps += 1
                continue
            return None
        return None


def _adjective_like(word: str) -> bool:
    """Lower-case words that can stand inside a noun phrase (German adjective endings, numerals)."""
    return word.endswith(("e", "en", "er", "es", "em")) or word.isdigit()
