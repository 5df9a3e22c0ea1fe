"""Actors without an entry of their own, resolved from the article around them.

A generic actor ("die Polizei", "Demonstranten", "security forces") takes its country from the
place its sentence names ("police in Harare") or else from the article's main country; a name the
knowledge base does not know becomes an actor when a sector noun stands before it ("die
Oppositionspartei MDC", "the rebel group M23", "Präsident Tandja"); and a name an article has
introduced in full ("Morgan Tsvangirai", "the rebel group M23") is that actor again when it recurs
alone ("Tsvangirai", "M23"). All of it is per-article: nothing is remembered between documents.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..knowledge.gazetteer import Gazetteer
from ..language.segment import is_known
from ..model import ActorRef, Doc, Mention
from .federal import FederalRule
from .person_names import given_names, name_length

# vias of generic actors whose country came from context: events prefer named actors to them
GENERIC_VIAS = ("sector", "sector+place", "sector+article", "sector+counterpart")
# sectors that act at home (police, protesters, officials, parties); troops and spies are as often
# abroad, so their country is left to the event stage (the source of the event before); aid and rights
# groups are mostly international, so "aid organizations" keep no country (news-gold leaves it empty)
DOMESTIC = frozenset({"POL", "CIV", "GOV", "LEG", "JUD", "OPP", "REB", "MEDIA", "BUS"})
_STATE = frozenset({"GOV", "LEG", "JUD", "POL", "MIL", "INTEL", "OPP"})
_NAMED_VIAS = ("country", "capital", "phrase", "adjective+head", "compound", "people", "person", "org", "federal",
               "appositive", "alias")


@dataclass(frozen=True)
class Scene:
    """Generic actors that act where they are (``sectors``: police, crowds, rebels) take the country of the scene
    their sentence sets with a static location (``preps``: "In Kairo nahm die Polizei ... fest"), not
    the article's (de/lexicon.yaml scene_sectors; empty: the rule is off)."""

    sectors: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    there: frozenset[str] = frozenset()  # "der dortigen Regierung": the body of the place just named (any sector)
    # a government's own forces ("Regierungstruppen"): soldiers, yet they fight at home like the police, so they take
    # the country where they are, never the last-named government's ("Warschau kündigte an ... In der Ostukraine
    # kämpfen Regierungstruppen")
    home: frozenset[str] = frozenset()

    def at_home(self, doc: Doc, m: Mention) -> bool:
        """Whether m names a government's own forces (its last word is one of ``home``)."""
        return bool(self.home) and doc.tokens[m.tok_end - 1].lower in self.home

    def there_country(self, doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
        """"Tsvangirai hält sich in Südafrika auf, wo er um die Unterstützung der dortigen Regierung wirbt": a body
        called that place's by an adverbial adjective is of the country of the last place named before it, in its
        sentence or the one before (a country named as a place or an actor)."""
        toks = doc.tokens
        if not self.there or m.tok_start == 0 or toks[m.tok_start - 1].lower not in self.there:
            return None
        sent = toks[m.tok_start].sent
        before = [x for x in mentions if x.tok_end <= m.tok_start and sent - 1 <= toks[x.tok_start].sent <= sent
                  and ((x.place is not None and x.place.country and x.is_location)
                       or (x.kind == "actor" and x.actor is not None and x.via in ("country", "capital") and x.actor.country))]
        last = before[-1] if before else None
        return None if last is None else (last.place.country if last.place is not None and last.place.country
                                          else last.actor.country if last.actor is not None else None)

    def country(self, doc: Doc, m: Mention, mentions: list[Mention], place_nouns: frozenset[str]) -> str | None:
        """The one country of the static locations in m's sentence ("in der ägyptischen Hauptstadt" too: an origin
        before a place noun), else of the police its sentence names by
        country ("Die ägyptische Polizei nahm Demonstranten fest"). Only the sentence counts: a place told in the
        paragraph before is weaker evidence than the article's main country (it cost precision on hold-out news)."""
        if m.actor is None or (m.actor.sector not in self.sectors and not self.at_home(doc, m)):
            return None
        toks = doc.tokens
        sent = toks[m.tok_start].sent
        here = {x.place.country for x in mentions if x.place is not None and x.place.country and x.is_location
                and x.preposition in self.preps and toks[x.tok_start].sent == sent}
        here |= {x.actor.country for x in mentions if x.kind == "origin" and x.actor is not None and x.actor.country
                 and x.preposition in self.preps and toks[x.tok_start].sent == sent and x.tok_end < len(toks)
                 and toks[x.tok_end].lower in place_nouns}
        if len(here) == 1:
            return here.pop()
        if here:
            return None
        police = {x.actor.country for x in mentions if x is not m and x.kind == "actor" and x.actor is not None
                  and x.actor.country and x.actor.sector == "POL" and x.via in _NAMED_VIAS and toks[x.tok_start].sent == sent}
        return police.pop() if len(police) == 1 else None


def main_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country an article is about: the one its named actors and places give most often, the
    first paragraph (title, dateline, lead) counting double; ties go to the one named first. A company
    does not vote: "ein Airbus", "Boeing" say where a maker sits, not where the story is."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        country = (m.actor.country if m.actor is not None and m.kind in ("actor", "origin")
                   and m.via in (*_NAMED_VIAS, "adjective") else m.place.country if m.place is not None else None)
        if not country or (m.actor is not None and m.actor.sector == "BUS" and m.via == "org"):
            continue
        sent = doc.tokens[m.tok_start].sent
        votes[country] += 2 if doc.sentences[sent].paragraph == 0 else 1
        first.setdefault(country, m.tok_start)
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], -first[c]))


def fill_generic(doc: Doc, mentions: list[Mention], posted: frozenset[str] = frozenset(),
                 place_nouns: frozenset[str] = frozenset(), counterparts: frozenset[str] = frozenset(),
                 preps: frozenset[str] = frozenset(), federal: FederalRule | None = None, scene: Scene = Scene(),
                 several: frozenset[str] = frozenset(), groups: frozenset[str] = frozenset()) -> None:
    """Give "die Polizei" / "officials" a country: the place right after it ("police in Harare"), else the
    article's main country. The via says which ("sector+place", "sector+article"). Only sectors
    that act at home (``DOMESTIC``); a federal body ("Bundespolizei") only a federal state's (``federal``);
    none qualified as several countries' (``several``, inflected forms: "die europäischen Außenminister in Brüssel",
    "European leaders"); one qualified by a group's adjective (``groups``: "islamistische Kämpfer") only from a place."""
    toks = doc.tokens
    main: str | None = None
    main_done = False
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.place is not None and m.place.country and (m.kind == "place" or m.is_location):
            by_sent.setdefault(toks[m.tok_start].sent, []).append(m)
    named = _named_countries(mentions)
    for m in mentions:
        if m.via == "appositive" and m.actor is not None and m.actor.country is None:
            # "Foreign Minister Mukherjee" after "India's Foreign Minister Pranab Mukherjee"
            country = next((named[w] for w in m.actor.name.split() if w in named), None)
            if country:
                m.actor.country, m.actor.actor_id = country, f"{country}-{m.actor.sector}"
                m.via = "appositive+name"
                continue
        if m.via not in ("sector", "appositive", "group") or m.actor is None or m.actor.country is not None \
                or (m.actor.sector not in DOMESTIC and not scene.at_home(doc, m)):
            continue
        if m.tok_start > 0 and toks[m.tok_start - 1].lower in several:
            continue  # several countries' people: coreference and representatives.body_members may still place them
        # "police in Harare", "Sicherheitskräfte in Teheran": a place right after the noun
        # ("Der Außenminister sagte in Kabul": a verb between, the minister is only visiting, so the article's)
        # ("der Botschafter in Washington": a diplomat is posted there from elsewhere, ``posted``)
        places = [p for p in by_sent.get(toks[m.tok_start].sent, [])
                  if _place_after(doc, m.tok_end, p, place_nouns, preps) and toks[m.tok_end - 1].lower not in posted]
        opening = None if places else _opening_place(doc, m, by_sent.get(toks[m.tok_start].sent, []), preps)
        if federal is not None and federal.applies(toks[m.tok_start:m.tok_end]):
            if not main_done:
                main, main_done = main_country(doc, mentions), True
            country = federal.country(places[0].place.country if places else None, main,  # type: ignore[union-attr]
                                      m.actor.sector, _state_actor_countries(doc, mentions, federal))
            via = "sector+federal"
        elif places:
            country, via = places[0].place.country, "sector+place"  # type: ignore[union-attr]
        elif (there := scene.there_country(doc, m, mentions)) is not None:
            country, via = there, "sector+place"
        elif opening is not None:
            country, via = opening, "sector+place"
        elif (seen := scene.country(doc, m, mentions, place_nouns)) is not None:
            country, via = seen, "sector+place"
        elif m.via == "group" or m.tok_start > 0 and toks[m.tok_start - 1].lower in groups:
            continue  # a group of no one country ("Sunni clerics", "Islamist fighters") is the place's, never the article's
        elif toks[m.tok_end - 1].lower in counterparts:
            if not main_done:
                main, main_done = main_country(doc, mentions), True
            country, via = _counterpart_country(doc, m, mentions, main), "sector+counterpart"
        elif (earlier := _named_before(doc, m, mentions)) is not None:
            country, via = earlier, "sector+earlier"
        else:
            if not main_done:
                main, main_done = main_country(doc, mentions), True
            country, via = main, "sector+article"
        if country:
            m.actor.country = country
            m.actor.actor_id = f"{country}-{m.actor.sector}" if m.actor.sector else country
            m.via = via if m.via == "sector" else f"{m.via}+{via.split('+')[1]}"  # "appositive+article"
            if m.via == "sector+federal":
                m.via = "federal"  # a named body ("Bundesregierung"), not a guess from context


def _named_before(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """"Vier saudische Sicherheitskräfte ... ein Schusswechsel mit Sicherheitskräften": the same noun of the
    same sector named with its country in the same or the paragraph before is the same body, whatever
    country the article is mostly about; the latest such mention counts. Further back, a bare noun is as
    often another country's ("out of court", "the government" of the next story)."""
    toks = doc.tokens
    stem = _noun_stem(toks[m.tok_end - 1].lower)
    para = doc.sentences[toks[m.tok_start].sent].paragraph
    for p in reversed(mentions):
        if p.tok_end > m.tok_start or doc.sentences[toks[p.tok_start].sent].paragraph < para - 1 \
                or p.kind != "actor" or p.actor is None or not p.actor.country \
                or p.actor.sector != m.actor.sector or p.via.startswith("sector") or p.tok_end - p.tok_start < 2:  # type: ignore[union-attr]
            continue
        if _noun_stem(toks[p.tok_end - 1].lower) == stem:
            return p.actor.country
    return None


def _noun_stem(word: str) -> str:
    """A noun in the same number without its dative plural -n ("Sicherheitskräften" -> "sicherheitskräfte"):
    the same body is named in the same number, while "der indonesische Präsident ... die Präsidenten beider
    Länder" or "an official ... officials" are more than the one named before."""
    return word[:-1] if word.endswith("en") and len(word) > 5 else word


def _state_actor_countries(doc: Doc, mentions: list[Mention], federal: FederalRule) -> frozenset[str]:
    """Countries whose state actors the article names (people, parties, ministries, countries), not generic
    ones, media or companies, nor federal bodies themselves (the Swiss "Bundesrat" is no German actor)."""
    return frozenset(m.actor.country for m in mentions if m.kind == "actor" and m.actor is not None
                     and m.actor.country and m.via in _NAMED_VIAS and m.actor.sector in _STATE
                     and not federal.applies(doc.tokens[m.tok_start:m.tok_end]))


def _opening_place(doc: Doc, m: Mention, places: list[Mention], preps: frozenset[str]) -> str | None:
    """"In the eastern city of Baqubah, guerrillas detonated ...": a place phrase that opens the sentence, set off
    by a comma, is where the sector noun after it acts; its country, not the article's."""
    toks = doc.tokens
    start = doc.sentences[toks[m.tok_start].sent].tok_start
    p = next((p for p in places if p.tok_end <= m.tok_start), None)
    if p is None or toks[start].lower not in preps or p.tok_start - start > 6:
        return None
    commas = [j for j in range(p.tok_end, m.tok_start) if toks[j].text == ","]
    return p.place.country if len(commas) == 1 and m.tok_start - commas[0] <= 3 else None  # type: ignore[union-attr]


def _counterpart_country(doc: Doc, m: Mention, mentions: list[Mention], main: str | None) -> str | None:
    """"Der französische Außenminister traf in Berlin seinen Amtskollegen": a counterpart is of a country
    other than the parties its sentence names: the place of the sentence, else the country named last
    in the paragraph, else the article's; None when every one is a party's (a miss, not a wrong country)."""
    toks = doc.tokens
    sent = toks[m.tok_start].sent
    para = doc.sentences[sent].paragraph
    same = [x for x in mentions if x is not m and toks[x.tok_start].sent == sent]
    parties = {x.actor.country for x in same if x.kind == "actor" and x.actor is not None and not x.is_location
               and x.via in _NAMED_VIAS}
    here = [x.place.country for x in same if x.place is not None and (x.kind == "place" or x.is_location)]
    before = [x.actor.country for x in reversed(mentions) if x.tok_start < m.tok_start and x.kind == "actor"
              and x.actor is not None and x.via in _NAMED_VIAS and doc.sentences[toks[x.tok_start].sent].paragraph == para]
    return next((c for c in (*here, *before, main) if c and c not in parties), None)


def _place_after(doc: Doc, end: int, p: Mention, place_nouns: frozenset[str], preps: frozenset[str]) -> bool:
    """Place ``p`` follows the noun ending at ``end`` as its location: "police in Harare", "Polizei
    Kairos", or with a place noun between ("Sicherheitskräfte in der Provinz Helmand", "police in the
    province of Helmand")."""
    toks = doc.tokens
    gap = toks[end:p.tok_start]
    if len(gap) > 4 or p.tok_start < end:
        return False
    if not gap or (len(gap) <= 2 and gap[0].lower == p.preposition):
        return True
    if gap[0].lower not in preps or not any(t.lower in place_nouns for t in gap[1:]):
        return False  # only a preposition, articles and the place noun between
    return all(t.lower in place_nouns or (t.text.islower() and t.text.isalpha() and len(t.text) <= 4) for t in gap[1:])


def _named_countries(mentions: list[Mention]) -> dict[str, str]:
    """Country of each word of the people's names the article gives with a country."""
    out: dict[str, str] = {}
    for m in mentions:
        a = m.actor
        if a is None or not a.country or m.kind != "actor" or not (m.via == "person" or m.via == "appositive"):
            continue
        for w in (a.name if m.via == "appositive" else m.text).split():
            if len(w) >= 2 and w[:1].isupper() and w.isalpha():
                out.setdefault(w, a.country)
    return out


def appositives(doc: Doc, gaz: Gazetteer, mentions: list[Mention], max_words: int = 3,
                collective: tuple[str, ...] = ()) -> None:
    """'die Oppositionspartei MDC', 'the rebel group M23', 'der weißrussische Oppositionsführer
    Aljaksandr Milinkewitsch': a sector noun (alone or with its country) followed by a capitalised
    name the gazetteer does not know is that name, with the noun's sector (and country, if given)."""
    toks = doc.tokens
    starts = {m.tok_start for m in mentions}
    for m in mentions:
        # a German demonym before a name is the person's nationality ("den Schweizer Oliver Jufer": "Jufer" is
        # Swiss later on), a country's people alone has no sector
        demonym = doc.lang == "de" and m.via == "people" and m.actor is not None and bool(m.actor.country)
        # also a compound title: "CDU-Abgeordneter Jens Nacke", "US-Botschafter John Tefft"; not a body
        # whose name is followed by its object ("erklärte die US-Regierung Soleimani zum Terroristen")
        if not demonym and (m.via not in ("sector", "phrase", "adjective+head", "compound") or m.actor is None
                            or m.actor.sector is None or m.kind != "actor"
                            or (m.via == "compound" and toks[m.tok_end - 1].lower.endswith(collective))):
            continue
        words = _name_words(doc, m.tok_end, toks[m.tok_start].sent, max_words, starts)
        # a name has at least one word the dictionary does not know ("Hassan Wirajuda", "MDC", "Hu Jia"),
        # or starts with a given name ("Bürgermeister Hans Fischer")
        n = name_length([w for _, w in words], doc.lang)
        if n == 0:
            continue
        j = words[n - 1][0]
        name = doc.text[toks[m.tok_end].start:toks[j - 1].end]
        m.tok_end, m.end = j, toks[j - 1].end
        m.text = doc.text[m.start:m.end]
        a = m.actor
        assert a is not None
        ref = a.actor_id if m.via == "compound" and not a.country or demonym else None  # "NATO-Sprecher X": NATO's
        m.actor = ActorRef(m.text, name, f"{a.country}-{a.sector}" if a.country and a.sector else ref, a.country, a.sector)
        m.via = "appositive"
        starts.add(j)


def _name_words(doc: Doc, j: int, sent: int, limit: int, starts: set[int]) -> list[tuple[int, str]]:
    """The capitalised words from token ``j`` on, each with the token it ends before: a word may span
    tokens joined by a hyphen, as English tokenises "Navarro-Valls", and initials count ("C.Y. Leung")."""
    toks = doc.tokens
    out: list[tuple[int, str]] = []
    while j < len(toks) and len(out) < limit and j not in starts and toks[j].sent == sent \
            and toks[j].start == toks[j - 1].end + 1:
        k = _glued_end(doc, j)
        word = doc.text[toks[j].start:toks[k - 1].end]
        if not _capitalised(word):
            break
        out.append((k, word))
        j = k
    return out


def _glued_end(doc: Doc, j: int) -> int:
    """Where the word starting at token ``j`` ends: after any "-" glued between letters ("Navarro-Valls",
    three tokens in English, one in German)."""
    toks = doc.tokens
    k = j + 1
    while k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == toks[k - 1].end \
            and toks[k + 1].start == toks[k].end and toks[k + 1].sent == toks[j].sent:
        k += 2
    return k


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[:1].isupper() and any(ch.isalpha() for ch in word) and \
        (all(ch.isalnum() or ch in "-'’" for ch in word) or _INITIALS.fullmatch(word) is not None)


def name_like(word: str, lang: str) -> bool:
    """A capitalised name or code ("MDC", "M23", "Tandja"), not a word of the language's dictionary
    (German capitalises every noun: "die Polizei Tränengas" is no name)."""
    if _INITIALS.fullmatch(word):
        return True  # initials: "C.Y. Leung", "George W. Bush"
    if len(word) < 2 or not word[:1].isupper() or not any(ch.isalpha() for ch in word) or \
            not all(ch.isalnum() or ch in "-'’" for ch in word):
        return False
    if any(ch.isdigit() or ch.isupper() for ch in word[1:]) or len(word) == 2:
        return True  # an abbreviation or code, or a two-letter name ("Hu", "Xi")
    try:
        return not is_known(word, lang)
    except ValueError:  # a language simplemma does not know
        return True


def aliases(doc: Doc, mentions: list[Mention], honorifics: frozenset[str] = frozenset()) -> list[Mention]:
    """Names introduced in full that recur alone: a person's surname ("Tsvangirai" after "Morgan
    Tsvangirai"), any part of an appositive's name ("Hu" after "Bürgerrechtler Hu Jia", "MDC" after
    "die Oppositionspartei MDC"), also in the German genitive ("Milinkewitschs")."""
    toks = doc.tokens
    known: dict[str, Mention] = {}
    for m in mentions:
        if m.actor is None or m.kind != "actor" or m.actor.country is None:
            continue
        if m.via == "person" and m.tok_end - m.tok_start >= 2:
            last = toks[m.tok_end - 1].text
            if len(last) >= 3 and last[:1].isupper() and last.isalpha():
                known.setdefault(last, m)
        elif m.via.startswith("appositive"):
            known.setdefault(m.actor.name, m)
            parts = m.actor.name.split()
            for k, part in enumerate(parts):  # not a given name before the surname ("Max" of "Max Straubinger"):
                # it names many people; a surname that is also a given name ("Barney Frank") still refers back
                if len(part) >= 2 and part[:1].isupper() and (k == len(parts) - 1 or part not in given_names()) \
                        and not _INITIALS.fullmatch(part):  # "Abdelhamid A.": German news's shortened surname names no one else
                    known.setdefault(part, m)
    if not known:
        return []
    parts: dict[str, Mention] = {}  # any word of a person's name, after "Mr." / "Herr" ("Mr. Hu" for Hu Jintao)
    for m in mentions:
        if m.via == "person" and m.actor is not None and m.actor.country:
            for w in m.actor.name.split():
                if len(w) >= 2 and w[:1].isupper() and w.isalpha():
                    parts.setdefault(w, m)
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    # a surname that is also a date word ("am Montag" after "Jerzy Montag (Grüne)") is the date there
    covered |= {i for i, t in enumerate(toks) if any(d.start <= t.start and t.end <= d.end for d in doc.dates)}
    out = []
    for i, t in enumerate(toks):
        end = _glued_end(doc, i)
        glued = known.get(doc.text[t.start:toks[end - 1].end]) if end > i + 1 else None
        if glued is not None and not covered & set(range(i, end)):  # English "Navarro-Valls" after "Joaquin Navarro-Valls"
            out.append(_alias(doc, glued, i, end))
            covered |= set(range(i, end))
            continue
        ref = known.get(t.text) or (known.get(t.text[:-1]) if doc.lang == "de" and t.text.endswith("s") else None)
        if ref is None and i > 0 and toks[i - 1].lower in honorifics:
            ref = parts.get(t.text)
        if ref is None or i in covered or (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()
                                           and toks[i + 1].start == t.end + 1 and ref.via == "person"):
            continue
        out.append(_alias(doc, ref, i, i + 1))
    return out


def _alias(doc: Doc, ref: Mention, i: int, end: int) -> Mention:
    """A mention at tokens [i, end) of the actor ``ref`` introduced in full ("alias", or "alias+..." after an
    appositive's own via)."""
    toks = doc.tokens
    a = ref.actor
    assert a is not None
    span = doc.text[toks[i].start:toks[end - 1].end]
    via = "alias" + (ref.via[len("appositive"):] if ref.via.startswith("appositive") else "")
    return Mention(i, end, toks[i].start, toks[end - 1].end, span, "actor", via=via,
                   actor=ActorRef(span, a.name, a.actor_id, a.country, a.sector))
