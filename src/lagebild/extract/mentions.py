"""Actor, place and equipment mentions: gazetteer hits assembled into actor phrases.

"Der polnische Präsident Andrzej Duda" is three hits (adjective POL, sector GOV, person) and one
actor; "nordkoreanische Truppen" is PRK + MIL; "südkoreanische Waffen" only tells the goods' origin.
Without a German parser, phrase structure comes from adjacency and the lexicon's determiners.
This module finds the hits and joins them into groups; what one group names is mentions_read.py.
"""

from __future__ import annotations

from ..knowledge.gazetteer import Entry, Gazetteer, Hit
from ..knowledge.places import country_place
from ..language.phrases import PhraseSet
from ..language.segment import lemma
from ..model import Doc, Mention, Place
from .acronyms import foreign_acronyms
from .affiliations import bracketed_parties, member_names, possessed_names
from .apposed_names import apposed_names
from .both_countries import both_countries
from .context import fill_generic
from .coreference import Coreference, refers_to
from .datelines import apply_datelines
from .group_adjectives import group_adjectives
from .led_compounds import led_compounds
from .mention_context import _first
from .mention_lexicon import Lexicon
from .mentions_read import MentionReader
from .name_compounds import name_compounds
from .name_context import aliases, appositives, name_like
from .nationality_anaphors import nationals_named_before
from .org_names import organisation_names
from .outlet_titles import title_before, titled_outlets
from .owned_land import LandPhrases
from .person_names import month_names, nouns_capitalised, surname_after_given
from .place_bodies import place_bodies
from .quote_marks import QuoteMarks
from .repeated_heads import repeated_heads
from .representatives import body_members, member_state_bodies, office_appositives, representatives
from .shared_names import bare_party_mentions, common_word_parties, localise_parties, seated_bodies
from .subject_pronouns import pronoun_subjects
from .surnames import read_surnames

# gazetteer kinds a given name in front makes a surname: an office noun or a city ("Stefano Colombo"), not a country
SURNAME_KINDS = frozenset({"sector", "capital", "place"})


def _bare_country(hit: Hit) -> bool:
    """A country or capital name in its base form, not an abbreviation ("US") or genitive ("Polens")."""
    e = _first(hit, "adjective", "country", "capital", "org", "sector")
    return e is not None and e.kind in ("country", "capital") and not e.case_sensitive and e.form != "gen"


class MentionFinder(MentionReader):
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
        # "Putin praised him": an object pronoun never names the subject of its own clause (binding; English parse)
        self._bound_objects = frozenset(" ".join(w) for w in lex.anaphors.get("bound_objects", []))
        self._owned_land = LandPhrases.of(lex.anaphors.get("owned_land", []))  # "its territory" (owned_land.py)
        self._owned_targets = LandPhrases.of(lex.anaphors.get("owned_targets", []))  # "its embassy", "its citizens"
        self._doer_own = frozenset(" ".join(w) if not isinstance(w, str) else w for w in lex.anaphors.get("doer_own", []))
        # "sein Land", "his country": the owner's country, by the possessive's gender ("" any)
        self._owned_countries = {g: PhraseSet([p for p, pg in self.coref.possessive_country if pg == g])
                                 for g in ("m", "f", "")}
        sets = [self._country_anaphors, self._org_anaphors, *self._person_anaphors.values(),
                *self._owned_countries.values()]
        # the words any anaphor starts with: every other token is passed over (None where a phrase opens with "*")
        self._anaphor_heads = None if any(s.wild_first for s in sets) else frozenset(w for s in sets for w in s.by_first)

    def __call__(self, doc: Doc) -> list[Mention]:
        toks = doc.tokens
        when = doc.article.published
        raw = self.gaz.match([t.text for t in toks])
        inside = [self._inside_name(doc, h) for h in raw]
        elsewhere = frozenset(toks[h.tok_start].lower for h, ins in zip(raw, inside, strict=True)
                              if ins and h.entries and all(e.kind == "person" for e in h.entries))
        hits = read_surnames(doc, [h for h, ins in zip(raw, inside, strict=True)
                                   if not ins and self._town_placed(doc, h) and not self._attributive(doc, h)
                                   and not self._surname(doc, h)],
                             when, self.gaz, self.lex.name_particles, self.lex.honorifics, elsewhere)
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
                if gap and not self.lex.noun_adjuncts and gap[0].text.islower() and gap[0].lower in self.lex.determiners \
                        and gap[0].lower not in self.lex.genitive_links:
                    break  # German "hat die Polizei die Demonstranten": an article (no genitive) opens a new phrase
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
        # "Tanzanian Farmers Union", "die Österreichische Hoteliervereinigung": one body
        organisation_names(doc, mentions, self.lex.organisation_heads, not self.lex.noun_adjuncts,
                           self.lex.organisation_genitives)
        bare = bare_party_mentions(doc, mentions, self.lex.bare_parties, frozenset(self.lex.determiners))
        if bare:  # "die Union": the party, in text order (no other document's order changes)
            mentions = sorted([*mentions, *bare], key=lambda m: m.tok_start)
        for m in mentions:
            self._mark_location(doc, m)
        place_bodies(doc, mentions, self.lex.place_bodies, self._preposition, frozenset(self.lex.location_preps))
        mentions = apply_datelines(doc, mentions)  # "ISLAMABAD (Reuters) -": a location, and no agency actor
        localise_parties(doc, mentions, self.lex.shared_parties)
        seated_bodies(doc, mentions, self.lex.seats)  # "Brüssel fordert": the EU
        mentions = common_word_parties(doc, mentions, self.lex.party_words,
                                       (self.lex.party_plurals, self.lex.party_plural_places))  # "Ikone der Linken" in Brazil
        mentions = representatives(doc, mentions, self.lex.representative_heads, self.lex.representative_preps,
                                   frozenset(self.lex.determiners))
        mentions = led_compounds(doc, mentions, self.lex.led_words, self.lex.member_words, self.lex.broker_words)
        if self.lex.acronyms_need_country:
            # "ANA" in news of Afghanistan: not the Albanian National Army; "US president" names its own country
            mentions = foreign_acronyms(doc, mentions, self._countries_of)
        appositives(doc, self.gaz, mentions, collective=self.lex.collective_heads)
        office_appositives(doc, mentions, self.lex.office_sectors, frozenset(self.lex.determiners))
        body_members(doc, mentions, self.lex.office_sectors, self.lex.body_modifiers)
        member_state_bodies(doc, mentions, self.lex.member_state_heads, self.lex.member_state_sectors,
                            frozenset(self.lex.genitive_links))  # "die Regierungen der EU-Staaten"
        mentions.extend(bracketed_parties(doc, mentions))
        mentions.extend(possessed_names(doc, mentions, frozenset(self.lex.possessives)))
        mentions.extend(member_names(doc, mentions, self.lex.member_links, self.lex.member_sectors,
                                     frozenset(self.lex.determiners), frozenset(self.lex.auxiliaries),
                                     named_sectors=self.lex.member_named_sectors, relative=self.lex.member_relative,
                                     place_words=frozenset(self.lex.location_preps) | self.lex.region_nouns))
        mentions.extend(name_compounds(doc, self.gaz, mentions, self.lex.name_compound_sectors,
                                       self.lex.name_compound_titles, self.lex.name_compound_title_sector))
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
        # a homonym town first, from the named actors and places only: the generic actors that take its country
        # ("In Tripoli ... Sunniten und Schiiten") would otherwise confirm the wrong reading
        self._homonym_places(doc, mentions)
        not_nouns = self.lex.place_nouns | self.lex.group_things | self.lex.coordinators | self.lex.determiners
        groups = group_adjectives(doc, mentions, self.lex.group_forms, frozenset(not_nouns | self.lex.location_preps),
                                  self.lex.group_homes.names)
        for m in groups:  # "an attack against Kurdish fighters": the group is governed, not the noun's own doer
            self._mark_location(doc, m)
        mentions.extend(groups)
        mentions.sort(key=lambda m: m.tok_start)
        titled_outlets(doc, mentions, self.lex.outlet_heads, self.lex.determiners)  # "Time magazine"
        fill_generic(doc, mentions, self.lex.posted_nouns, frozenset(self.lex.place_nouns), self.lex.counterparts,
                     frozenset(self.lex.location_preps), self.lex.federal, self.lex.scene, self.lex.several_modifiers,
                     frozenset(self.lex.group_forms), frozenset(self.lex.genitive_links), self.lex.owner_links,
                     self.lex.sender_verbs, frozenset(self.lex.determiners), self.lex.addressee_preps,
                     self.lex.genitive_suffixes, self.lex.possessive_clitics, self.lex.rebel_sectors)
        self.lex.group_homes.apply(doc, mentions, frozenset(self.lex.group_forms))  # "Uyghur activists": China's
        self.lex.residents.apply(doc, mentions, self.lex.place_modifiers)
        mentions.extend(self.lex.origin_people.find(doc, mentions, frozenset(self.lex.coordinators)))
        mentions.extend(apposed_names(doc, mentions, self.lex.determiners, self.lex.genitive_links,
                                       frozenset(self.lex.genitive_links) | self.lex.title_links))
        found = aliases(doc, mentions, self.lex.honorifics) + self._place_aliases(doc, mentions) + repeated_heads(
            doc, mentions, frozenset(self.coref.determiners), frozenset(n for n, _ in self.coref.heads))  # "The clerics"
        for m in found:
            self._mark_location(doc, m)
        mentions.extend(found)
        mentions.sort(key=lambda m: m.tok_start)
        self.lex.followers.apply(doc, mentions)  # after the aliases: "Anhänger Saddam Husseins" names him again
        mentions.extend(both_countries(doc, mentions, self.coref.both_words, self.coref.both_nouns))  # "beider Länder"
        mentions.sort(key=lambda m: m.tok_start)
        nationals_named_before(self.coref, doc, mentions, self._person_gender)  # "Malmström ... Die Schwedin"
        mentions.extend(pronoun_subjects(self.coref, doc, mentions, frozenset(self.lex.location_preps | self.lex.oblique_preps),
                                                    self._person_gender))  # "Sie fordern", "Er will", "..., sie werde"
        mentions.sort(key=lambda m: m.tok_start)
        mentions.extend(self.coref.demonstratives.subjects(doc, mentions, refers_to))  # "Dieser wurde festgenommen"
        mentions.sort(key=lambda m: m.tok_start)
        mentions.extend(self.coref.quoted_speakers(doc, mentions, self.quotes))  # "wir" in a quotation
        mentions.sort(key=lambda m: m.tok_start)
        return apply_datelines(doc, mentions, final=True)  # no alias nor anaphor of the agency either

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
        if hit.tok_start > sent.tok_start and all(e.kind == "place" for e in hit.entries) and \
                toks[hit.tok_start - 1].lower in self.lex.name_titles:
            return True  # "King Hassan of Morocco", "Secretary Austin": a title names a person, never a town
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

    def _attributive(self, doc: Doc, hit: Hit) -> bool:
        """'des Obersten Gerichtshofs', 'die Obersten Richter': a sector noun's form that is also an adjective
        (``attributive_forms``) right before a capitalised dictionary noun qualifies it; no rank is meant."""
        toks = doc.tokens
        i = hit.tok_start
        if hit.tok_end != i + 1 or i + 1 >= len(toks) or toks[i].lower not in self.lex.attributive_forms:
            return False
        nxt = toks[i + 1]
        if nxt.sent != toks[i].sent or not all(e.kind == "sector" for e in hit.entries):
            return False
        if nxt.text[:1].isupper():  # "des Obersten Muammar al-Gaddafi" is the rank; English "General Arthur X" too
            return nouns_capitalised(doc.lang) and not name_like(nxt.text, doc.lang)
        # English writes nouns in lower case: "a general strike", "the general public" qualify the word after; a
        # verb's inflected form ("the general said", "ordered", "says") or a modal after it keeps the rank
        low = nxt.lower
        return not nouns_capitalised(doc.lang) and toks[i].text.islower() and nxt.text.isalpha() and len(low) > 3 \
            and not low.endswith("ly") and low not in self.lex.rank_followers and lemma(low, doc.lang) == low

    def _countries_of(self, word: str) -> frozenset[str]:
        """The countries ``word`` names as a country or its adjective, in its written case ("US": USA; "us": none)."""
        return frozenset(e.country for e in self.gaz.lookup(word) if e.kind in ("country", "adjective") and e.country
                         and (not e.case_sensitive or e.surface_toks == (word,)))

    @staticmethod
    def _surname(doc: Doc, hit: Hit) -> bool:
        """'laut Andreas Richter', 'Ex-Finanzchef Stefano Colombo', 'gegen Tilo Berlin': a one-word sector noun or
        city right after a given name is the surname, no judge and no capital's government (a country keeps its reading)."""
        return hit.tok_end == hit.tok_start + 1 and not hit.compound_part \
            and all(e.kind in SURNAME_KINDS for e in hit.entries) and surname_after_given(doc.tokens, hit.tok_start, doc.lang)

    def _town_placed(self, doc: Doc, hit: Hit) -> bool:
        """A small town (``form="town"``) is read only where the text says it is a place: right after a
        locative preposition, a place noun or a local office named by its seat ("in Lüneburg", "the town of
        Hatfield", "das Zollamt Wiener Neustadt"); elsewhere its name is as likely a person or a word ("Wilson said")."""
        if hit.compound_part or not all(e.form == "town" for e in hit.entries):
            return True
        if hit.tok_end == hit.tok_start + 1 and title_before(doc, hit.tok_start, self.lex.outlet_heads, self.lex.determiners):
            return False  # "in Time magazine": the outlet's title, no town
        toks = doc.tokens
        j = hit.tok_start - 1
        if j >= 1 and toks[j].lower in self.lex.genitive_links and toks[j - 1].lower in self.lex.place_nouns:
            j -= 1  # "the town of Hatfield"
        if j < 0 or toks[j].sent != toks[hit.tok_start].sent:
            return False
        return toks[j].lower in self.lex.town_preps or toks[j].lower in self.lex.place_nouns \
            or toks[j].lower in self.lex.town_offices

    def _name_part(self, word: str, lang: str) -> bool:
        """A capitalised word that is no known word and no gazetteer entry: part of a name."""
        if word.isupper() or not word[:1].isupper() or not word.isalpha() or word.lower() in self.lex.determiners \
                or any(e.form != "surname" for e in self.gaz.lookup(word)):
            return False
        if word.lower() in month_names(lang):
            return False  # "im Mai Syrien angegriffen": a date's month, no particle of a name like "El Salvador"
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

