"""The context of a mention: places named by an adjective ("im ostafghanischen Kunar") and location
marking. Anaphors ("das Land", "the two countries") back to earlier mentions are anaphors.py's.

A mixin of ``MentionFinder`` (mentions.py), apart from the phrase assembly because it looks beyond
the phrase: at the words around it and the mentions before it.
"""

from __future__ import annotations

from collections import Counter

from ..knowledge.function_words import function_words
from ..knowledge.gazetteer import Entry, Hit
from ..knowledge.places import country_place
from ..language.numbers import parse_number
from ..model import ActorRef, Doc, Mention, Place
from .analyser import analysis_of
from .name_context import name_like

COUNTRY_VIAS = ("country", "phrase", "capital", "adjective+head", "compound", "people")


def actor_id(country: str | None, sector: str | None) -> str | None:
    """Canonical id of a country-level actor: ISO3, plus the sector when known (POL-GOV)."""
    if country is None:
        return None
    return f"{country}-{sector}" if sector else country


def _first(hit: Hit, *kinds: str) -> Entry | None:
    return next((e for e in hit.entries if e.kind in kinds), None)


class MentionContext:
    """Context rules of MentionFinder; ``self.gaz``, ``self.lex`` and ``self.quotes`` are MentionFinder's."""

    def _place_noun(self, low: str) -> bool:
        """'Stadt', 'village'; in German also a compound ending in one ("Urlaubsort", "Küstenstadt")."""
        return low in self.lex.place_nouns or (self.gaz.closed_compounds and any(
            low.endswith(p) and len(low) >= len(p) + 4 for p in self.lex.place_nouns if len(p) >= 3))

    def _adjective_place(self, doc: Doc, group: list[Hit], nxt: Hit | None) -> Mention | None:
        """'der russischen Grenzregion Kursk', 'the Ukrainian city of Kharkiv': one place, not an origin."""
        adj = _first(group[0], "adjective") if len(group) == 1 else None
        if adj is None or nxt is None or nxt.compound_part:
            return None
        toks = doc.tokens
        gap = toks[group[0].tok_end:nxt.tok_start]
        if not gap or len(gap) > 2 or not any(self._place_noun(t.lower) for t in gap) or \
                not all(self._place_noun(t.lower) or t.lower in self.lex.genitive_links for t in gap):
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
        adjective before a name no dictionary knows is a place of that country, not the name's origin; so
        it is after a place noun anywhere ("der südsudanesischen Stadt Bentiu", "the Lebanese village of Brital")."""
        adj = _first(group[0], "adjective") if len(group) == 1 else None
        if adj is None or adj.form == "city" or group[0].compound_part:
            return None
        toks = doc.tokens
        sent = toks[group[0].tok_start].sent
        end = group[0].tok_end
        while end < len(toks) and end - group[0].tok_end < 2 and toks[end].sent == sent and (
                self._place_noun(toks[end].lower)
                or (end > group[0].tok_end and toks[end].lower in self.lex.genitive_links)):
            end += 1
        placed = any(self._place_noun(t.lower) for t in toks[group[0].tok_end:end])
        if end >= len(toks) or toks[end].sent != sent or self.gaz.lookup(toks[end].text) \
                or not name_like(toks[end].text, doc.lang) or toks[end].text.isupper() \
                or any(ch.isdigit() for ch in toks[end].text):
            return None
        if not placed and self._preposition(doc, group[0].tok_start) not in self.lex.location_preps:
            return None
        stop_tok = end + 1
        while placed and stop_tok < len(toks) and stop_tok - end < 3 and toks[stop_tok].sent == sent \
                and toks[stop_tok].start == toks[stop_tok - 1].end + 1 and name_like(toks[stop_tok].text, doc.lang) \
                and not self.gaz.lookup(toks[stop_tok].text):
            stop_tok += 1  # "der Stadt Tall Afar": a name of more than one word
        start, stop = toks[group[0].tok_start].start, toks[stop_tok - 1].end
        text = doc.text[start:stop]
        name = doc.text[toks[end].start:stop]
        place = Place(text, name, adj.country, None, None)  # a town the gazetteer lacks: no coordinates
        return Mention(group[0].tok_start, stop_tok, start, stop, text, "place", place=place, via="adjective+place")

    def _place_aliases(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'Bentiu' after 'der südsudanesischen Stadt Bentiu', 'von Sabratha' after 'in Sabratha': a town the
        gazetteer lacks or reads only after a preposition, once named as a place of its country, is that
        place wherever the article names it again."""
        toks = doc.tokens
        known: dict[tuple[str, ...], Place] = {}
        for m in mentions:
            if m.kind == "place" and m.place is not None and m.place.country:
                words = [t.text for t in toks[m.tok_start:m.tok_end]]
                if m.via == "adjective+place":  # the name after "der westlibyschen Stadt"
                    words = words[1:]
                    while words and (self._place_noun(words[0].lower()) or words[0].lower() in self.lex.genitive_links):
                        words = words[1:]
                if words:
                    known.setdefault(tuple(words), m.place)
        by_first: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        for words, place in known.items():  # in the order named: the first that fits wins
            by_first.setdefault(words[0], []).append((words, place))
        covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        out = []
        for i in range(len(toks)):
            for words, place in by_first.get(toks[i].text, ()):
                end = i + len(words)
                if tuple(t.text for t in toks[i:end]) != words or any(j in covered for j in range(i, end)) \
                        or toks[end - 1].sent != toks[i].sent:
                    continue
                text = doc.text[toks[i].start:toks[end - 1].end]
                out.append(Mention(i, end, toks[i].start, toks[end - 1].end, text, "place",
                                   place=Place(text, place.name, place.country, place.lat, place.lon), via="place"))
                covered |= set(range(i, end))
                break
        return out

    def _homonym_places(self, doc: Doc, mentions: list[Mention]) -> None:
        """'in der Hafenstadt Tripoli im nördlichen Libanon': a city name that cities of several countries
        bear is the city of the country the sentence names (and stays so for the rest of the article),
        else of the one the article names where it never names the larger city's country."""
        toks = doc.tokens

        def country_of(m: Mention) -> str | None:
            return m.place.country if m.place is not None else (m.actor.country if m.actor is not None else None)

        ambiguous = [m for m in mentions if m.kind == "place" and m.place is not None and m.text in self.gaz.homonyms]
        if not ambiguous:
            return
        others = [m for m in mentions if m not in ambiguous and country_of(m)]
        in_article = Counter(country_of(m) for m in others)
        chosen: dict[str, Entry] = {}
        for m in ambiguous:
            options = {e.country: e for e in self.gaz.homonyms[m.text]}
            here = {country_of(x) for x in others if toks[x.tok_start].sent == toks[m.tok_start].sent}
            named = [c for c in options if c in here]
            pick = None
            if m.place.country not in here and len(named) == 1:  # type: ignore[union-attr]
                pick = chosen[m.text] = options[named[0]]
            elif m.place.country not in here:  # type: ignore[union-attr]
                pick = chosen.get(m.text)
                article = [c for c in options if in_article[c] >= 2]
                if pick is None and not in_article[m.place.country] and len(article) == 1:  # type: ignore[union-attr]
                    pick = options[article[0]]
            if pick is not None and pick.country != m.place.country:  # type: ignore[union-attr]
                m.place = Place(m.text, pick.name, pick.country, pick.lat, pick.lon)

    def _adjective_appositives(self, doc: Doc, mentions: list[Mention]) -> None:
        """'der norwegische Komiteechef Thorbjørn Jagland', 'the Russian oligarch Oleg Deripaska': a country
        adjective, one title noun and a name the dictionaries lack are a person (or body) of that
        country, the title's sector if it has one. German: the title is one capitalised word; English:
        one or two lower-case words, the last no verb form ("Chinese hackers targeted Microsoft")."""
        toks = doc.tokens
        starts = {m.tok_start for m in mentions}
        for m in mentions:
            if m.kind != "origin" or m.via != "adjective" or m.actor is None or not m.actor.country:
                continue
            sent, j = toks[m.tok_start].sent, m.tok_end
            if doc.lang == "de":
                title = toks[j:j + 1]
                if not title or not title[0].text[:1].isupper() or not title[0].text.isalpha() \
                        or (name_like(title[0].text, doc.lang) and not _compound_noun(title[0].text)):
                    continue
            else:
                title = []
                while j + len(title) < len(toks) and len(title) < 2 and toks[j + len(title)].text.isalpha() \
                        and toks[j + len(title)].text.islower() and toks[j + len(title)].lower not in self.lex.determiners:
                    title.append(toks[j + len(title)])
                if not title or title[-1].lower.endswith(function_words(doc.lang).participle_endings) \
                        or title[-1].lower in self.lex.auxiliaries:
                    continue
            j += len(title)
            k = j
            while k < len(toks) and k - j < 3 and k not in starts and toks[k].sent == sent \
                    and toks[k].start == toks[k - 1].end + 1 and toks[k].text[:1].isupper() \
                    and all(ch.isalpha() or ch in "-'’" for ch in toks[k].text):
                k += 1
            while k > j and not name_like(toks[k - 1].text, doc.lang):
                k -= 1  # a name ends in a name: "Stefan Reinartz" (Gelb), "ISRO" (Bodentests)
            if k == j or any(self._place_noun(t.lower) for t in title) or \
                    not any(name_like(t.text, doc.lang) for t in toks[j:k]) or \
                    any(t.start in starts for t in title) or any(i in starts for i in range(m.tok_end, j)):
                continue
            sector = self.gaz.sector_of_head(title[-1].text)
            country = m.actor.country
            m.tok_end, m.end = k, toks[k - 1].end
            m.text = doc.text[m.start:m.end]
            m.kind, m.via = "actor", "appositive"
            m.actor = ActorRef(m.text, doc.text[toks[j].start:m.end], actor_id(country, sector), country, sector)
            starts.add(k)

    def _coordinated_head(self, doc: Doc, i: int) -> str | None:
        """Sector of the head shared by two coordinated adjectives: token i is the coordinator, a determiner may
        follow it ("einer norwegischen und einer chinesischen Geisel"); the second may be of several words ("Japanese
        and South Korean officials", "US and Sri Lankan troops")."""
        toks = doc.tokens
        j = i + 2 if i + 1 < len(toks) and toks[i + 1].lower in self.lex.determiners else i + 1
        if j >= len(toks) or toks[i].lower not in self.lex.coordinators:
            return None
        for k in range(j + 1, min(j + 4, len(toks))):  # the adjective's last word is token k - 1, its head token k
            if toks[k].sent != toks[i].sent:
                return None
            if any(e.kind == "adjective" for e in self.gaz.lookup(doc.text[toks[j].start:toks[k - 1].end])):
                return self.gaz.sector_of_head(toks[k].text)
        return None

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
        m.preposition = self._preposition(doc, m.tok_start) or self._postposition(doc, m.tok_end)
        m.is_location = (m.kind == "place" or (m.actor is not None and m.via in ("country", "capital"))) and \
            (m.preposition in self.lex.location_preps or m.preposition in self.lex.particle_preps)
        if m.preposition in self.lex.particle_preps and not m.is_location:
            m.preposition = None  # "cordoned off the Japanese embassy": "off" says where only of a place

    def _postposition(self, doc: Doc, k: int) -> str | None:
        """"Russland gegenüber betonte der Minister": a postposition right after the phrase governs it, where what
        follows is no phrase it could govern instead (a dative article, a capitalised word: "gegenüber Frankreich")."""
        toks = doc.tokens
        if k < 1 or k >= len(toks) or toks[k].lower not in self.lex.postpositions or toks[k].sent != toks[k - 1].sent \
                or not toks[k - 1].text[:1].isupper():
            return None
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
        if nxt is not None and (nxt.lower in self.lex.postposition_blockers or nxt.text[:1].isupper()):
            return None
        return toks[k].lower

    def _place_head(self, word: str) -> bool:
        """A noun whose "of" phrase names the place it is in or part of ("the town of", "the outskirts of")."""
        return word in self.lex.place_nouns or word in self.lex.region_nouns

    def _preposition(self, doc: Doc, tok_start: int) -> str | None:
        """The preposition governing a phrase: look left over determiners and lower-case modifiers. Past a place
        noun's "of" or comma ("in the city of Mosul", "into the capital, Kathmandu") only a locative one counts; else
        the phrase keeps what it had ("the outskirts of" under "shelled": "of")."""
        toks = doc.tokens
        if tok_start >= 2 and toks[tok_start - 1].text == "-" and toks[tok_start - 2].lower in self.lex.prefix_preps:
            return self.lex.prefix_preps[toks[tok_start - 2].lower]  # "anti-American protests": aimed at the US
        sent = toks[tok_start].sent
        preps = self.lex.location_preps | self.lex.oblique_preps
        j = tok_start - 1
        steps = 0
        inner: tuple[str | None] | None = None  # what the phrase had before a place noun's "of" or comma was passed

        def found(prep: str | None) -> str | None:
            return prep if inner is None or prep in self.lex.location_preps else inner[0]

        while j >= 0 and toks[j].sent == sent and steps < 4:
            low = toks[j].lower
            if low in self.lex.genitive_links and low in preps and j >= 1 and self._place_head(toks[j - 1].lower):
                inner = inner or (low,)
                j -= 2  # "in the city of Mosul", "into the centre of Nairobi": the place the head noun names
                continue
            if low == "," and j == tok_start - 1 and j >= 1 and toks[j - 1].lower in self.lex.place_nouns:
                inner = inner or (None,)
                j -= 2  # "into the capital, Kathmandu": the place noun's apposition
                continue
            if low in self.lex.postpositions and j + 1 < tok_start and self._postposition(doc, j) is not None:
                return found(None)  # "Russland gegenüber kritisierte Frankreich": it governs the phrase before it
            if low in preps:
                return found(low)
            if low in self.lex.particle_preps and _parsed_preposition(doc, j):
                return found(low)  # "seized off Gibraltar": where; "sealed off Gaza" is the verb's particle
            if low in self.lex.region_nouns or (low in self.lex.place_nouns and j == tok_start - 1):
                # "im Nordosten Nigerias": the place is in that part; "in der Provinz Helmand": its place noun
                j -= 1
                steps += 1
                continue
            if low in self.lex.relative_pronouns and self._relative_pronoun(doc, j, tok_start):
                return found(None)  # ", in dem Russland die Ukraine angriff": "in" governs the pronoun, not Russia
            if low in self.lex.determiners or (toks[j].text[:1].islower() and low.isalpha() and steps < 2
                                                and low not in preps):
                if toks[j].text[:1].islower() and low not in self.lex.determiners and not _adjective_like(low) \
                        and low not in self.lex.place_modifiers and parse_number(low, doc.lang) is None:  # "gegen drei Iraker"
                    return found(None)
                j -= 1
                steps += 1
                continue
            return found(None)
        return found(None)

    def _relative_pronoun(self, doc: Doc, j: int, tok_start: int) -> bool:
        """The word at ``j`` after a comma and a preposition (", in dem", ", gegen den") is a relative pronoun, not
        the article of the phrase at ``tok_start``: an article follows it (", in dem die USA ..."), or the name
        follows it at once, another article's phrase (or a capitalised word at once: ", bei dem Israel Ziele ...") follows
        the name and the stretch to the next comma ends in a verb that is no zu-infinitive (", in dem Russland die
        Ukraine angriff"; not ", gegen den Irak vorzugehen", ", aus der Regierung gedrängt werden könnte")."""
        toks = doc.tokens
        if j < 2 or toks[j - 2].text != "," or toks[j - 1].lower not in self.lex.relative_preps:
            return False
        if j + 1 < tok_start:
            return toks[j + 1].lower in self.lex.determiners
        sent = toks[j].sent
        k = tok_start
        while k + 1 < len(toks) and toks[k + 1].sent == sent and toks[k + 1].text not in (",", ";", ":"):
            k += 1
        while k > tok_start and not toks[k].text[:1].isalpha():
            k -= 1
        last = toks[k].text
        return k > tok_start + 1 and last.isalpha() and last.islower() and "zu" not in last[2:-2] and not any(
            toks[i].lower in self.lex.infinitive_markers for i in range(tok_start, k)) and (any(
            toks[i].lower in self.lex.determiners for i in range(tok_start + 1, k)) or toks[tok_start + 1].text[:1].isupper())


def _compound_noun(word: str) -> bool:
    """A German compound the dictionary lacks whose head it knows ("Komiteechef", "Wahlkampfleiter")."""
    return any(not name_like(word[i].upper() + word[i + 1:], "de") for i in range(3, len(word) - 3))


def _adjective_like(word: str) -> bool:
    """Lower-case words that can stand inside a noun phrase (German adjective endings, numerals)."""
    return word.endswith(("e", "en", "er", "es", "em")) or word.isdigit()


def _parsed_preposition(doc: Doc, j: int) -> bool:
    """The parse reads token ``j`` as a preposition, not a verb's particle; False without a parse (as before)."""
    parse = analysis_of(doc)
    if parse is None or parse.parse_sentences is None:
        return False
    parse.need(doc.tokens[j].sent)
    return parse.deps.get(j) == "prep"
