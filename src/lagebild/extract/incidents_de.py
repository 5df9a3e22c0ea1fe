"""German incidents told as a noun inside an adverbial ("Bei einem Anschlag auf das Konsulat wurden ...", "bei
Luftangriffen auf Stellungen der Miliz"): news reports attacks this way, with the attacked side behind "auf"/"gegen"
and the doer often unnamed. Kept apart from roles_de.py (case and word order) and trigger_finder.py (which words)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import ActorRef, Doc, Mention, Quantity
from . import passives_de
from .event_parts import same_actor
from .roles_de import CaseWords, attributive_adjective, not_subject


def incident_phrase(doc: Doc, i: int, prep: int, words: CaseWords, happened: bool = False) -> bool:
    """The nominal trigger at ``i`` after the preposition at ``prep`` is new information: "bei"/"nach" followed by an
    indefinite article ("bei einem bewaffneten Angriff") or by nothing but adjectives ("bei schweren Kämpfen",
    "bei US-Luftangriffen"). A definite article ("nach dem Treffen", "beim Angriff") points back at a known event."""
    toks = doc.tokens
    if toks[prep].lower not in words.report_prepositions and not happened:
        return False
    between = [t.lower for t in toks[prep + 1:i]]
    if between and between[0] in words.indefinite_articles:
        between = between[1:]
    return all(attributive_adjective(w) for w in between)


def in_incident(doc: Doc, i: int, start: int, blockers: set[str] | frozenset[str], words: CaseWords) -> bool:
    """The nominal trigger at ``i`` stands in an incident phrase: the nearest preposition of ``blockers`` up to four
    words before it (within the clause) opens one (:func:`incident_phrase`)."""
    toks = doc.tokens
    prep = next((j for j in range(i - 1, max(start, i - 4) - 1, -1) if toks[j].lower in blockers
                 or toks[j].lower in words.happening_prepositions), None)
    if prep is not None and toks[prep].lower in words.happening_prepositions:
        return happening(doc, start, prep, words) and incident_phrase(doc, i, prep, words, happened=True)
    return prep is not None and incident_phrase(doc, i, prep, words)


def doer_told(doc: Doc, start: int, end: int, blockers: set[str] | frozenset[str], words: CaseWords,
              side_preps: frozenset[str]) -> bool:
    """The clause tells its incident by a noun that names its doers: its own sides ("Bei Kämpfen zwischen Christen und
    Muslimen wurden zehn Menschen getötet", even where no country places them) or a country's origin on it ("Bei
    israelischen Luftangriffen wurden zwölf Palästinenser getötet"): no unknown doer stands in beside them."""
    origins = [m for m in doc.mentions if m.kind == "origin" and m.actor is not None and m.actor.country
               and start <= m.tok_start < end]
    return any(in_incident(doc, i, start, blockers, words) and (names_sides(doc, i, side_preps) or any(
        m.tok_end in (i, i + 1) for m in origins)) for i in range(start, end - 1))


def happening(doc: Doc, start: int, prep: int, words: CaseWords) -> bool:
    """"Es kam zu Zusammenstößen", "kam es ... zu Protesten": an impersonal "es" (``happening_subjects``) and a verb of
    happening (``happening_verbs``) before the preposition tell that the incident took place; in the perfect the participle
    closes the clause after it ("war es immer wieder zu Feuergefechten gekommen"), up to the next punctuation, but an
    infinitive there is only possible ("Sollte es zu Kämpfen kommen")."""
    toks = doc.tokens
    before = toks[start:prep]
    if not any(t.lower in words.happening_subjects for t in before):
        return False
    after = []
    for t in toks[prep + 1:doc.sentences[toks[prep].sent].tok_end]:  # the sentence's rest, not the article's
        if t.text in (",", ";", ":", ".", "!", "?"):
            break
        after.append(t)
    return any(t.lemma in words.happening_verbs or t.lower in words.happening_verbs for t in before) or any(
        t.lower in words.happening_verbs and t.lower != t.lemma for t in after)


def attacked_place(doc: Doc, tok: int, end: int, mentions: list[Mention], preps: set[str] | frozenset[str]) -> ActorRef | None:
    """A place behind a target preposition right after the trigger is the side attacked ("Angriffe der Luftwaffe auf den
    Gazastreifen", "Raketen auf Aschkelon abgefeuert"): its country is the target. Only within the phrase (no comma)."""
    toks = doc.tokens
    for m in mentions:
        if m.tok_start <= tok or m.tok_start >= end or m.tok_start - tok > 8:
            continue
        if any(t.text in (",", ";", ":", "(", "–") for t in toks[tok + 1:m.tok_start]):
            return None
        if m.kind == "place" and m.preposition in preps and m.place is not None and m.place.country:
            from ..knowledge.names import country_name

            return ActorRef(m.text, country_name(m.place.country), m.place.country, m.place.country, None)
    return None


def seized_land(mode: str | None, land_modes: frozenset[str], mentions: list[Mention], country: str) -> bool:
    """A seizure (a mode of ``land_modes``) whose clause names a place of ``country`` with no preposition, its object
    or passive subject ("Russland annektierte die Krim", "Die Krim wurde besetzt"): the land taken is that country's,
    so the act is no act at home. Goods seized "aus Syrien" or offices searched "in Paris" name no land taken."""
    return mode in land_modes and any(m.kind == "place" and m.preposition is None and m.place is not None
                                      and m.place.country == country for m in mentions)


def noun_case_forms(nouns: dict[str, object], endings: dict[str, list[str]]) -> dict[str, str]:
    """Case forms of the listed trigger nouns that the lexicon does not spell out (``noun_case_endings`` in
    de/triggers.yaml): the genitive singular ("des Angriffs", "des Besuches") after a final consonant (a letter not in
    its ``not_consonants``), the dative plural ("bei Angriffen", "nach Gesprächen") after a plural in one of its
    ``plural_stems`` (-e, -el, -er). Form -> listed noun; forms that are listed themselves keep their own rules."""
    out: dict[str, str] = {}
    consonant = list(endings.get("consonant") or [])
    plural = list(endings.get("plural") or [])
    plural_stems = tuple(str(s) for s in endings.get("plural_stems") or ())
    not_consonants = frozenset(str(c) for c in endings.get("not_consonants") or ())
    for n in nouns:
        if not n.isalpha() or len(n) < 4:
            continue
        adds = plural if plural_stems and n.endswith(plural_stems) else consonant if n[-1] not in not_consonants else []
        for e in adds:
            if n + e not in nouns:
                out.setdefault(n + e, n)
    return out


def names_sides(doc: Doc, tok: int, side_preps: frozenset[str]) -> bool:
    """A nominal trigger followed by a ``side_prepositions`` word ("zwischen", "between") names its own two sides
    (:func:`between_sides`)."""
    return tok + 1 < len(doc.tokens) and doc.tokens[tok + 1].lower in side_preps


# A sector noun whose country a place in its own sentence gives ("Rebellengruppen in Syrien"): one group, fighting itself
PLACED_GROUP = "sector+place"


def between_sides(doc: Doc, tok: int, mentions: list[Mention], end: int, coordinators: set[str] | frozenset[str],
                  determiners: set[str] | frozenset[str],
                  side_preps: frozenset[str]) -> tuple[Mention, Mention | None] | None:
    """The two sides of a nominal trigger named after "zwischen" ("Zusammenstöße zwischen der Polizei und Demonstranten",
    "Gespräche zwischen Israel und den Palästinensern"): the first is the source, the second the target. One group
    alone ("Kämpfe zwischen Rebellengruppen", "zwischen rivalisierenden Milizen") is both sides: the source, with no
    other target. English alike ("talks between Russia and Ukraine"), with ``side_preps`` from its lexicon."""
    toks = doc.tokens
    if tok + 1 >= end or not names_sides(doc, tok, side_preps):
        return None
    ms = sorted((m for m in mentions if tok + 1 < m.tok_start < end and m.actor is not None), key=lambda m: m.tok_start)
    if not ms:
        return None
    a = ms[0]
    lead = [t.lower for t in toks[tok + 2:a.tok_start]]
    if not all(w in determiners or attributive_adjective(w) for w in lead):
        return None
    if a.tok_end >= end or toks[a.tok_end].lower not in coordinators:  # the phrase ends with the one group
        return (a, None) if a.kind == "actor" and a.via == PLACED_GROUP else None  # a group placed by the sentence
    if len(ms) < 2:
        return None
    b = ms[1]
    link = [t.lower for t in toks[a.tok_end:b.tok_start]]
    if not link or link[0] not in coordinators or not all(w in determiners or attributive_adjective(w) for w in link[1:]):
        return None
    return a, b


def partner(doc: Doc, tok: int, mentions: list[Mention], words: CaseWords, determiners: set[str]) -> Mention | None:
    """The side named right after an incident noun by a partner preposition ("kam es zu Zusammenstößen mit der Polizei",
    "bei einem Schusswechsel mit Sicherheitskräften"): it took part, and with no other side named it is the doer."""
    toks = doc.tokens
    if tok + 1 >= len(toks) or toks[tok + 1].lower not in words.partner_prepositions:
        return None
    m = next((m for m in mentions if m.tok_start > tok + 1 and m.actor is not None), None)
    if m is None or not all(t.lower in determiners or attributive_adjective(t.lower) for t in toks[tok + 2:m.tok_start]):
        return None
    return m


def receiving_verb(doc: Doc, start: int, end: int, tok: int, words: CaseWords, actor_toks: set[int]) -> int | None:
    """The verb by which the clause's subject receives the nominal trigger at ``tok`` ("Der Präsident erhielt scharfe
    Kritik", "erhielt die Regierung am Montag Kritik", "stieß auf heftige Ablehnung", "geriet unter Beschuss", "Kritik
    erntete auch der Minister"): up to eight words before it (no other noun than an actor in ``actor_toks`` or a date)
    or right after it; else None. A bound verb ("stoßen", "geraten") needs a ``receiving_prepositions`` word between."""
    toks = doc.tokens

    def receives(j: int) -> str | None:
        for w in (toks[j].lemma, toks[j].lower):
            if w in words.receiving_verbs:
                return "free"
            if w in words.receiving_bound_verbs:
                return "bound"
        return None

    for j in range(tok - 1, max(start, tok - 9) - 1, -1):
        if toks[j].text in (",", ";", ":", "(", "–") or toks[j].text[:1].isupper() and j not in actor_toks and not any(
                d.start <= toks[j].start < d.end for d in doc.dates):  # "erhielt am Montag Kritik"
            break
        kind = receives(j)
        if kind == "bound" and not any(t.lower in words.receiving_prepositions for t in toks[j + 1:tok]):
            return None  # "die Truppen stießen vor": no receiving without "auf"/"in"/"unter"
        if kind is not None:
            return j
    nxt = tok + 1
    if nxt < end and receives(nxt) == "free":
        return nxt  # "Kritik erntete auch der Minister"
    return None


def giver_after(doc: Doc, tok: int, mentions: list[Mention], words: CaseWords, reach: int = 6) -> Mention | None:
    """The doer of what a subject receives, behind ``receiving_givers`` up to ``reach`` words after ``tok`` in the same
    phrase ("Kritik von der Opposition", "Widerstand durch Aufständische"), or a genitive right after the noun
    ("Kritik der polnischen Regierung")."""
    toks = doc.tokens
    return next((m for m in sorted(mentions, key=lambda m: m.tok_start) if tok < m.tok_start <= tok + reach
                 and m.preposition in words.receiving_givers
                 and not any(t.text in (",", ";", ":") for t in toks[tok + 1:m.tok_start])), None) or next(
        (m for m in mentions if m.preposition is None and tok + 1 < m.tok_start <= tok + 3
         and toks[tok + 1].lower in words.receiving_genitives
         and all(t.text.islower() for t in toks[tok + 2:m.tok_start])), None)  # "Kritik der polnischen Regierung"


def payee(doc: Doc, start: int, end: int, payer: Mention, actors: list[Mention], cue: Callable[[str], bool],
          words: CaseWords) -> Mention | None:
    """Who a fine is paid to, and so imposed it: an actor behind ``payee_prepositions`` in the clause ("muss eine Strafe
    an die US-Behörden zahlen") or one in the dative before the fine ("zahlt der EU-Kommission eine Geldbuße")."""
    toks = doc.tokens
    fine = next((j for j in range(start, end) if cue(toks[j].lower)), end)
    others = sorted((m for m in actors if m is not payer and m.actor is not None and start <= m.tok_start < end
                     and not same_actor(m, payer)), key=lambda m: m.tok_start)
    return next((m for m in others if m.preposition in words.payee_prepositions), None) or next(
        (m for m in others if m.preposition is None and m.tok_start < fine and m.tok_start > start
         and toks[m.tok_start - 1].lower in words.dative_articles), None)


def received(doc: Doc, start: int, end: int, tok: int, actors: list[Mention], origins: list[Mention],
             words: CaseWords, actor_toks: set[int],
             recipient: frozenset[str] = frozenset(), told: Mention | None = None) -> tuple[Mention | None, Mention] | None:
    """Roles of a nominal trigger its subject receives (:func:`receiving_verb`): the subject, the clause's first bare
    actor not marked as object, is the target; an actor behind ``receiving_givers`` right after the noun ("Kritik von
    der Opposition", "Unterstützung aus Frankreich") or an origin adjective right before it ("unter israelischen
    Beschuss") is the doer, else (None) the doer is unknown. The recipient passive ("hat von der EU ein Flugverbot
    erteilt bekommen": ``recipient``) receives too, its subject may be ``told`` before a relative clause; a "von" phrase
    before the noun ("bekam von X Hilfe") is the doer."""
    verb = receiving_verb(doc, start, end, tok, words, actor_toks)
    passive = verb is None and bool(recipient)
    if passive:
        verb = passives_de.recipient_passive(doc, tok + 1, end, recipient)
    if verb is None:
        return None
    giver = giver_after(doc, tok, actors, words) or passives_de.giver_before(
        doc, verb + 1 if verb < tok else start, tok, actors, words.receiving_givers)
    subject = next((m for m in sorted(actors, key=lambda m: m.tok_start) if start <= m.tok_start < end
                    and m.preposition is None and m is not giver and not not_subject(doc, m, words)), None)
    if subject is None and passive and told is not None and told is not giver:
        subject = told  # "Die Gesellschaft, der die Maschine gehörte, hat ... erteilt bekommen": the subject told before
    if subject is None:
        return None
    return giver or next((o for o in origins if o.tok_end == tok and o.actor is not None and o.actor.country), None), subject


def victims(quantities: list[Quantity], where: Mention | None) -> ActorRef | None:
    """The victims of an attack told without its doer and without a named side ("In Helmand wurden bei einem
    Raketenangriff zwölf Menschen getötet"): counted people (quantity unit 'people': "Menschen", "Zivilisten", "Tote")
    are the civilians of the place named in the clause. Without a place their side is a guess: none."""
    if not any(q.unit == "people" for q in quantities):
        return None
    if where is None or where.place is None or not where.place.country:
        return None
    from ..knowledge.names import country_name

    country = where.place.country
    return ActorRef("", country_name(country), f"{country}-CIV", country, "CIV")


def _counted(doc: Doc, char: int) -> bool:
    """The character starts a word of a quantity the number reader found ("drei", "2.000", "mehr als 15")."""
    return any(q.start <= char < q.end for q in doc.quantities)


def noun_target(doc: Doc, tok: int, end: int, actors: list[Mention], words: CaseWords,
                determiners: set[str] | frozenset[str]) -> Mention | None:
    """The side a nominal trigger is aimed at, named in its own noun phrase ("Drohungen Nordkoreas gegen Südkorea",
    "Kritik der Opposition an der Regierung"): the first actor behind a ``noun_target_prepositions`` word within eight
    words, with only articles, adjectives, capitalised words (a genitive owner) and prepositions between; a verb or
    punctuation ends the phrase. A count belongs to the phrase ("Haftbefehl gegen drei Iraker", "gegen 15 Soldaten")."""
    toks = doc.tokens
    for m in sorted(actors, key=lambda m: m.tok_start):
        if m.tok_start <= tok:
            continue
        if m.tok_start - tok > 8 or m.tok_start >= end:
            return None
        between = [t for t in toks[tok + 1:m.tok_start] if not _counted(doc, t.start)]
        if any(not t.text.isalpha() or (t.text[:1].islower() and t.lower not in determiners and not attributive_adjective(t.lower)
                                        and t.lower not in words.noun_target_prepositions) for t in between):
            return None
        if m.preposition in words.noun_target_prepositions:
            return m
    return None
