"""Actors without an entry of their own, resolved from the article around them.

A generic actor ("die Polizei", "Demonstranten", "security forces") takes its country from the
place its sentence names ("police in Harare") or else from the article's main country. Unknown names after a
sector noun and names recurring alone are name_context.py's. All of it is per-article: nothing is remembered
between documents.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..knowledge.function_words import function_words
from ..model import Doc, Mention
from . import rebel_home
from .analyser import analysis_of
from .context_countries import counterpart_country, named_countries, place_after
from .federal import FederalRule, place_countries
from .generic_index import Armies, NamedBefore, Objects
from .genitive_de import object_genitive
from .quote_marks import NAME_OPENERS
from .relatives_en import sender_subjects
from .scene import NAMED_VIAS as _NAMED_VIAS
from .scene import Scene, main_country

# sectors that act at home (police, protesters, officials, parties); troops and spies are as often
# abroad, so their country is left to the event stage (the source of the event before); aid and rights
# groups are mostly international, so "aid organizations" keep no country (news-gold leaves it empty)
DOMESTIC = frozenset({"POL", "CIV", "GOV", "LEG", "JUD", "OPP", "REB", "MEDIA", "BUS"})
_STATE = frozenset({"GOV", "LEG", "JUD", "POL", "MIL", "INTEL", "OPP"})
# how far back a clause's doer is looked for (context._subject_country): a clause, not a run-on text
_CLAUSE_REACH = 40
_SPEAKER_VIAS = ("person", "appositive", "appositive+name")  # a named official (context._speaker_country)
_NO_SCENE = Scene()  # the scene rules off


def fill_generic(doc: Doc, mentions: list[Mention], posted: frozenset[str] = frozenset(),
                 place_nouns: frozenset[str] = frozenset(), counterparts: frozenset[str] = frozenset(),
                 preps: frozenset[str] = frozenset(), federal: FederalRule | None = None, scene: Scene = _NO_SCENE,
                 several: frozenset[str] = frozenset(), groups: frozenset[str] = frozenset(),
                 genitives: frozenset[str] = frozenset(), owner_links: frozenset[str] = frozenset(),
                 senders: frozenset[str] = frozenset(), determiners: frozenset[str] = frozenset(),
                 addressees: frozenset[str] = frozenset(), genitive_suffixes: tuple[str, ...] = (),
                 possessives: frozenset[str] = frozenset(), rebels: frozenset[str] = frozenset()) -> None:
    """Give "die Polizei" / "officials" a country: the place right after it ("police in Harare"), else the
    article's main country. The via says which ("sector+place", "sector+article"). Only sectors
    that act at home (``DOMESTIC``); a federal body ("Bundespolizei") only a federal state's (``federal``);
    none qualified as several countries' (``several``, inflected forms: "die europäischen Außenminister in Brüssel",
    "European leaders"); one qualified by a group's adjective (``groups``: "islamistische Kämpfer") only from a place;
    one with a country's adjective in its genitive (``genitives``: "die Regierung der bosnisch-serbischen Republik")
    that country's; one before a country named after one of ``owner_links`` ("King Hassan of Morocco", "the
    government of Chad") that country's; one a relative clause says a country sent (``senders``: "the troops that
    Russia sent") that country's; none in a clause that speaks to that country (``addressees``: "gegenüber") or
    names it as the object (a name's own genitive, ending in one of ``genitive_suffixes``, is none: "den Angriff
    Russlands"; nor an owner, before one of ``possessives``: "Burma's neighbors"); one of ``rebels``' sectors never
    a foreign army's country (rebel_home.py)."""
    toks = doc.tokens
    main: str | None = None
    main_done = False
    where: str | None = None  # the article's scene (Scene.article_country), computed at most once
    scene_done = False
    armies: Armies | None = None  # what the bare army nouns read, indexed once (linear in the article)
    earlier = NamedBefore(doc, mentions)  # bodies named before, for the army nouns and the rest alike
    objects = Objects.of(doc, mentions)
    starts = [x.tok_start for x in mentions]
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.place is not None and m.place.country and (m.kind == "place" or m.is_location):
            by_sent.setdefault(toks[m.tok_start].sent, []).append(m)
    named = named_countries(mentions)
    in_sentence: dict[int, list[Mention]] = {}  # all mentions per sentence, once (not a scan of the article per noun)
    for x in mentions:
        in_sentence.setdefault(toks[x.tok_start].sent, []).append(x)
    for i, m in enumerate(mentions):
        if i:
            earlier.note(i - 1, mentions[i - 1])  # filled just now ("appositive+name"): named for those after it
        if m.via == "appositive" and m.actor is not None and m.actor.country is None:
            # "Foreign Minister Mukherjee" after "India's Foreign Minister Pranab Mukherjee"
            country = next((named[w] for w in m.actor.name.split() if w in named), None)
            if country:
                m.actor.country, m.actor.actor_id = country, f"{country}-{m.actor.sector}"
                m.via = "appositive+name"
                continue
        if m.via not in ("sector", "appositive", "group") or m.actor is None or m.actor.country is not None:
            continue
        if m.via == "sector" and (sender := _relative_subject(doc, m, mentions, starts, senders)) is not None:
            m.actor.country, m.actor.actor_id, m.via = sender, f"{sender}-{m.actor.sector}", "sector+owner"
            continue  # "the troops that Russia sent": the relative clause's doer owns them, wherever they are
        if m.via == "appositive" and m.actor.actor_id:
            continue  # "Al-Qaida-Vizechef X", "NATO-Sprecher X": the person of an organisation of no one country
        army = m.via == "sector" and m.actor.sector == "MIL" and toks[m.tok_end - 1].lower in scene.army
        if m.actor.sector not in DOMESTIC and not scene.at_home(doc, m) and not army:
            continue
        if m.tok_start > 0 and toks[m.tok_start - 1].lower in several:
            continue  # several countries' people: coreference and representatives.body_members may still place them
        if army:
            if not main_done:
                main, main_done = main_country(doc, mentions), True
            if armies is None:
                armies = Armies.of(doc, mentions, main)
            _set_army(doc, m, mentions, main, armies, earlier, objects, starts)
            continue
        # "police in Harare", "Sicherheitskräfte in Teheran": a place right after the noun
        # ("Der Außenminister sagte in Kabul": a verb between, the minister is only visiting, so the article's)
        # ("der Botschafter in Washington": a diplomat is posted there from elsewhere, ``posted``)
        places = [p for p in by_sent.get(toks[m.tok_start].sent, []) if place_after(doc, m.tok_end, p, place_nouns, preps)]
        # "der Gesandte in Kabul" in a story about Afghanistan: posted there from elsewhere, so not that country's
        posted_at = places[0].place.country if places and toks[m.tok_end - 1].lower in posted else None  # type: ignore[union-attr]
        places = [] if posted_at else places
        opening = None if places else _opening_place(doc, m, by_sent.get(toks[m.tok_start].sent, []), preps)
        if (owner := _named_right_after(doc, m, mentions)) is not None:
            country, via = owner, "sector+name"
        elif (owner := _genitive_origin(doc, m, mentions, genitives)) is not None \
                or (owner := _owner_country(doc, m, mentions, owner_links)) is not None:
            country, via = owner, "sector+owner"
        elif federal is not None and federal.regional(toks[m.tok_start:m.tok_end]):
            # "Verschiedene Länderparlamente fordern": a federal state's body, of the country whose place is named
            if (country := federal.regional_country(places[0].place.country if places else None,  # type: ignore[union-attr]
                                                    place_countries(mentions))) is None:
                m.via = "regional"  # no country is a reading: the event stage leaves it open too
                continue
            via = "sector+federal"
        elif federal is not None and federal.applies(toks[m.tok_start:m.tok_end]):
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
            country, via = counterpart_country(doc, m, mentions, main), "sector+counterpart"
        elif (before := earlier.country(m)) is not None:
            country, via = before, "sector+earlier"
        elif (speaker := _speaker_country(doc, m, mentions)) is not None:
            country, via = speaker, "sector+speaker"
        elif (seen := scene.paragraph_country(doc, m, mentions, place_nouns)) is not None:
            country, via = seen, "sector+place"  # "Tibeter demonstrierten in Kathmandu. Die Polizei nahm 20 fest."
        else:
            if not main_done:
                main, main_done = main_country(doc, mentions), True
            country, via = main, "sector+article"
            if scene.article_nouns and toks[m.tok_end - 1].lower in scene.article_nouns:
                if not scene_done:
                    where, scene_done = scene.article_country(doc, mentions), True
                country = where or scene.tie_break(doc, m, mentions, place_nouns) or main
            if country and country == main and rebel_home.foreign_army_country(doc, mentions, m, main, rebels):
                # insurgents are not the army's own: the place of the last act, else none
                if (country := rebel_home.last_place_country(doc, m, mentions, main)) is None:  # type: ignore[assignment]
                    continue
                via = "sector+place"
            if country and (_object_country(doc, m, objects, country, determiners, genitives, genitive_suffixes, possessives)
                            or _addressee_country(doc, m, in_sentence, country, addressees)):
                continue  # "Die Regierung kritisierte Syrien": not Syria's own government; whose, the article does not say
        if country and country == posted_at and via != "sector+earlier":
            continue
        if country:
            m.actor.country = country
            m.actor.actor_id = f"{country}-{m.actor.sector}" if m.actor.sector else country
            m.via = via if m.via == "sector" else f"{m.via}+{via.split('+')[1]}"  # "appositive+article"
            if m.via == "sector+federal":
                m.via = "federal"  # a named body ("Bundesregierung"), not a guess from context


def _set_army(doc: Doc, m: Mention, mentions: list[Mention], main: str | None, armies: Armies,
              earlier: NamedBefore, objects: Objects, starts: list[int]) -> None:
    """"Die Armee griff ... an", "Soldaten schossen": a bare army noun is the army named before it with its country
    (``NamedBefore``), else the article's country's where the article names no army of another country by name or
    adjective and its sentence no other country (then whose it is, the event stage decides); never a place's: troops
    serve abroad."""
    if _subject_country(doc, m, mentions, starts) is not None:
        return  # "Nordkorea schickt zwei Militäreinheiten": the mover's own troops, moved; no target of its act
    country, via = earlier.country(m), "sector+earlier"
    if country is None:
        # "Die Truppen trafen in Minsk ein": troops abroad are told with where they are
        here = armies.sent_countries.get(doc.tokens[m.tok_start].sent, frozenset())
        if armies.foreign or not main or here - {main} or _object_country(doc, m, objects, main):
            return
        country, via = main, "sector+article"
    m.actor.country, m.actor.actor_id, m.via = country, f"{country}-MIL", via  # type: ignore[union-attr]


def _named_right_after(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """"Die Wochenzeitung „Die Zeit“", "der Sender „Al-Arabija“": a sector noun right before an organisation the
    knowledge base names (a quotation mark between at most) is that organisation, so of its country."""
    toks = doc.tokens
    k = m.tok_end + (1 if m.tok_end < len(toks) and toks[m.tok_end].text in NAME_OPENERS else 0)
    org = next((x for x in mentions if x.tok_start == k and x.kind == "actor" and x.via in ("org", "alias")), None)
    if org is None or org.actor is None or org.actor.sector != m.actor.sector:  # type: ignore[union-attr]
        return None
    return org.actor.country


def _genitive_origin(doc: Doc, m: Mention, mentions: list[Mention], genitives: frozenset[str]) -> str | None:
    """"die Regierung der bosnisch-serbischen Republik", "die Polizei der autonomen kurdischen Region": a genitive
    right after the sector noun whose first or second word is a country's adjective names the body's country, which
    may be another than the one the article is mostly about."""
    toks = doc.tokens
    if m.tok_end >= len(toks) or toks[m.tok_end].lower not in genitives:
        return None
    sent = toks[m.tok_start].sent
    origin = next((x for x in mentions if x.kind == "origin" and x.actor is not None and x.actor.country
                   and m.tok_end < x.tok_start <= m.tok_end + 2 and toks[x.tok_start].sent == sent
                   and all(t.text.islower() for t in toks[m.tok_end + 1:x.tok_start])), None)
    return origin.actor.country if origin is not None else None  # type: ignore[union-attr]


def _relative_subject(doc: Doc, m: Mention, mentions: list[Mention], starts: list[int],
                      senders: frozenset[str]) -> str | None:
    """"the troops that Russia sent", "the soldiers Britain deployed": a relative clause on the noun whose subject is
    a country, by its name, capital or adjective, and whose verb is one of ``senders``, says whose they are ("the troops
    that Russia attacked" are not Russia's; English parse; None without one). ``starts``: the mentions' first tokens,
    sorted, so only the few mentions right after the noun are read (linear in the article, not quadratic)."""
    if not senders:
        return None
    parse = analysis_of(doc)
    head = m.tok_end - 1
    toks, sent = doc.tokens, doc.tokens[head].sent
    # the clause's subject is a token of the noun's own sentence (a parse links no other): a country the next
    # sentence opens with ("... the police. Russia said") can own nothing here, and is no reason to parse
    after = mentions[bisect_left(starts, m.tok_end):bisect_left(starts, m.tok_end + 3)]
    if parse is None or not any(x.actor is not None and x.actor.country and toks[x.tok_start].sent == sent
                                for x in after):
        return None  # no country right after the noun (the relative clause's opening): no parse asked for
    words = doc.sentences[sent]  # the clause's verb is a word of the sentence with a sender lemma: without one the
    if not any(toks[k].lemma in senders for k in range(words.tok_start, words.tok_end)) or not parse.need(sent):
        return None  # parse could name no owner ("the police that Russia trained"), so none is asked for
    for s in sender_subjects(doc, parse, head, senders):  # the role stage's reading too (roles_en)
        owner = next((x for x in mentions[bisect_left(starts, head + 1):bisect_right(starts, s)]
                      if s < x.tok_end and x.kind == "actor" and x.actor is not None
                      and x.actor.country and x.via in ("country", "capital", "adjective+head", "phrase")), None)
        if owner is not None:
            return owner.actor.country  # type: ignore[union-attr]
    return None


def _owner_country(doc: Doc, m: Mention, mentions: list[Mention], links: frozenset[str]) -> str | None:
    """"King Hassan of Morocco", "the government of Chad": a country named by its name or capital right after the
    noun's genitive link ("the" at most between) owns it, whatever country the article is mostly about."""
    toks = doc.tokens
    if not links or m.tok_end >= len(toks) or toks[m.tok_end].lower not in links:
        return None
    the = function_words(doc.lang).definite_articles
    k = m.tok_end + 1 + (m.tok_end + 1 < len(toks) and toks[m.tok_end + 1].lower in the)
    owner = next((x for x in mentions if x.tok_start == k and x.kind == "actor" and x.actor is not None
                  and x.actor.country and x.via in ("country", "capital")), None)
    return owner.actor.country if owner is not None else None  # type: ignore[union-attr]


def _speaker_country(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """"Bundesaußenminister Guido Westerwelle (FDP) erklärte, die Regierung erkenne an ...": a bare state body in the
    clause a named state official opens the sentence to report is the speaker's own, not the article's country.
    The official stands at the sentence's start; between him and the comma only his party in brackets and up to
    three words (the reporting verb, a day); the body comes right after the comma, an article at most between."""
    toks = doc.tokens
    if m.actor is None or m.actor.sector not in _STATE or m.tok_end - m.tok_start != 1:
        return None
    sent = toks[m.tok_start].sent
    start = doc.sentences[sent].tok_start
    comma = m.tok_start - 1 if m.tok_start - 1 >= start and toks[m.tok_start - 1].text == "," else m.tok_start - 2
    if comma < start or toks[comma].text != "," or (comma < m.tok_start - 1 and not toks[comma + 1].text.islower()):
        return None
    person = next((x for x in mentions if x.kind == "actor" and x.tok_start <= start + 1 and x.tok_end <= comma
                   and toks[x.tok_start].sent == sent), None)
    if person is None or person.actor is None or not person.actor.country or person.via not in _SPEAKER_VIAS \
            or person.actor.sector not in _STATE:
        return None
    words, depth = 0, 0
    for t in toks[person.tok_end:comma]:
        depth += t.text == "("
        words += depth == 0 and t.text != ")"
        depth -= t.text == ")"
    others = [x for x in mentions if x.kind == "actor" and person.tok_end <= x.tok_start < comma]
    inside = all(any(toks[j].text == "(" for j in range(person.tok_end, x.tok_start)) for x in others)
    return person.actor.country if words <= 3 and inside else None


def _object_country(doc: Doc, m: Mention, objects: Objects, country: str, determiners: frozenset[str] = frozenset(),
                    genitives: frozenset[str] = frozenset(), suffixes: tuple[str, ...] = (),
                    possessives: frozenset[str] = frozenset()) -> bool:
    """"Die Regierung kritisierte Syrien", "The government condemned Syria": a bare state body that opens its sentence
    is not of the country its clause names by name as the object (after a verb, no preposition, not a genitive of a
    noun), even where that country is what the article is mostly about: a state's own body is told "die syrische
    Regierung", not set against its country's name."""
    toks = doc.tokens
    if m.actor is None or m.actor.sector not in _STATE:
        return False
    sent = toks[m.tok_start].sent
    start = doc.sentences[sent].tok_start
    if m.tok_start - start > 1 or any(t.text in (",", ";", ":") for t in toks[start:m.tok_start]):
        return False
    for x in objects.by_sent.get(sent, []):
        if x.tok_start < m.tok_end or x.actor.country != country:  # type: ignore[union-attr]
            continue
        if x.tok_end < len(toks) and toks[x.tok_end].text in possessives:
            continue  # "Bush says Burma's neighbors must act": an owner, not the object
        before = toks[x.tok_start - 1]
        if before.text.islower() and before.text.isalpha() or before.text == ",":
            return True
        if determiners and object_genitive(doc, x, m.tok_end, objects.by_sent[sent], determiners, genitives, suffixes):
            return True  # "Die Regierung verurteilte den Angriff Russlands": the act's doer, not the critic's country
    return False


def _addressee_country(doc: Doc, m: Mention, in_sentence: dict[int, list[Mention]], country: str,
                       preps: frozenset[str]) -> bool:
    """"Gegenüber Russland forderte der Minister ...", "sagte gegenüber der chinesischen Nachrichtenagentur": the one
    spoken to is another side than the speaker, so a sector noun in its sentence is not of the addressee's country,
    even where the article is mostly about that country; whose it is, the article does not say. ``in_sentence``:
    the article's mentions by sentence, grouped once by fill_generic."""
    same = in_sentence.get(doc.tokens[m.tok_start].sent, [])
    return addressee_country(doc, [x for x in same if x is not m], country, preps)


def addressee_country(doc: Doc, mentions: list[Mention], country: str | None, preps: frozenset[str]) -> bool:
    """One of ``mentions`` (a clause's, a sentence's) is spoken to ("gegenüber Russland", "Russland gegenüber") and of
    ``country``: the speaker of that clause is not guessed to be of it (here and event_builder's context side).
    ``preps``: the language's addressee prepositions (lexicon.yaml ``addressee_prepositions``)."""
    return country is not None and bool(preps) and any(x.preposition in preps and x.actor is not None
                                       and x.actor.country == country for x in mentions)


def _subject_country(doc: Doc, m: Mention, mentions: list[Mention], starts: list[int]) -> str | None:
    """"Nordkorea schickt zwei Militäreinheiten", "Russland unterstützt das Regime": the country of a state named by its
    name earlier in m's clause (no punctuation between, no preposition before it, a word between), the clause's doer
    whose object m is. ``starts``: the mentions' first tokens, sorted; only the words back to the clause's last
    punctuation are read, so a long sentence costs no more than its clause."""
    toks = doc.tokens
    first = doc.sentences[toks[m.tok_start].sent].tok_start
    j = m.tok_start - 1
    while j >= first and any(ch.isalnum() for ch in toks[j].text) and m.tok_start - j <= _CLAUSE_REACH:
        j -= 1
    for k in range(bisect_left(starts, m.tok_start) - 1, -1, -1):
        x = mentions[k]
        if x.tok_start <= j:
            return None
        if x.kind == "actor" and x.actor is not None and x.actor.country and x.via in ("country", "capital") \
                and x.preposition is None and x.tok_end < m.tok_start:
            return x.actor.country
    return None


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
