"""German roles without a parser: case and word order decide who did what to whom.

German puts exactly one phrase before the finite verb of a main clause (the Vorfeld); when that phrase
is an actor in the nominative ("Die Polizei nahm ... fest", "Der Präsident unterstützt ..."), it is
the subject, whatever named actors follow. Articles mark case: "den/dem Iran" is an object, "der/die/das"
after a preposition-less start is (usually) a subject. Actors the gazetteer knows only by sector
("die Regierung", "die Polizei") belong, failing a nearer clue, to the country the article is about.
The noun phrases around a mention (appositions, genitives, a noun's own agent) are phrases_de.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..model import Doc, Mention
from . import event_parts  # a module, not its name: event_parts -> claims -> verb_lemmas -> roles_de is a cycle
from .clauses import Clause
from .quote_marks import NAME_OPENERS


@dataclass(frozen=True)
class CaseWords:
    """The German words the case and reference rules read (``case_words`` in de/lexicon.yaml): data, so a
    missed form is a one-line fix there, not a code change."""

    object_articles: frozenset[str] = frozenset()  # "den Premierminister": object, never subject
    ambiguous_articles: frozenset[str] = frozenset()  # "die Türkei": subject or object alike (trailing_acts_de)
    oblique_possessives: frozenset[str] = frozenset()  # "seiner Regierung": an owner, not the doer
    subject_relatives: frozenset[str] = frozenset()  # ", die ... ablehnen": the antecedent acts
    object_relatives: frozenset[str] = frozenset()  # ", dem X Betrug vorwirft": the antecedent is acted on
    masculine_articles: frozenset[str] = frozenset()  # "des Irans, der Syrien ... vorwirft": "der" is its subject
    demonstratives: frozenset[str] = frozenset()  # "Das lehnte der Premier ab": refers back
    both: frozenset[str] = frozenset()  # "beide Seiten"
    side_nouns: frozenset[str] = frozenset()
    agent_fillers: frozenset[str] = frozenset()  # "von rund 200 saudischen Sicherheitskräften"
    mittelfeld_adverbs: frozenset[str] = frozenset()  # "nahmen nun kenianische Polizeikräfte ... fest"
    vorfeld_prepositions: frozenset[str] = frozenset()  # "Im Zuge der Krise ... hat X": the Vorfeld is adverbial
    past_passive: frozenset[str] = frozenset()  # "wurde ... entlassen": a participle, though it looks like the infinitive
    referring: frozenset[str] = frozenset()  # "ihre Forderung", "diese Angriffe": an event told before
    report_prepositions: frozenset[str] = frozenset()  # "Bei einem Anschlag auf ...": an incident told, not referred to
    indefinite_articles: frozenset[str] = frozenset()  # "einem", "einer": the noun phrase brings something new
    happening_prepositions: frozenset[str] = frozenset()  # "es kam zu Zusammenstößen": the incident took place
    happening_verbs: frozenset[str] = frozenset()
    happening_subjects: frozenset[str] = frozenset()  # its impersonal subject: "es kam"
    receiving_verbs: frozenset[str] = frozenset()  # "erhielt Kritik": the subject is the target (incidents_de.received)
    receiving_bound_verbs: frozenset[str] = frozenset()  # "stieß auf Ablehnung", "geriet unter Beschuss" ...
    receiving_prepositions: frozenset[str] = frozenset()  # ... only with one of these before the noun
    receiving_givers: frozenset[str] = frozenset()  # "erntete Kritik von der Opposition": the doer
    payee_prepositions: frozenset[str] = frozenset()  # "zahlt eine Strafe an die US-Behörden": they imposed it ...
    dative_articles: frozenset[str] = frozenset()  # ... as "der EU-Kommission" before the fine (incidents_de.payee)
    receiving_genitives: frozenset[str] = frozenset()  # "stieß auf Kritik der Regierung": a genitive is the doer too
    noun_target_prepositions: frozenset[str] = frozenset()  # "Drohungen Nordkoreas gegen Südkorea" (incidents_de)
    document_nouns: frozenset[str] = frozenset()  # "eine Resolution, die ... auffordert": its issuer acts (passives_de)
    neuter_relatives: frozenset[str] = frozenset()  # "ein Gesetz, das ... verbietet"
    correlatives: frozenset[str] = frozenset()  # "sowohl X als auch Y": both act (passives_de.correlative_links)
    correlative_links: frozenset[str] = frozenset()
    reciprocal_words: frozenset[str] = frozenset()  # "werfen sich gegenseitig vor": each side targets the other
    partner_prepositions: frozenset[str] = frozenset()  # "Zusammenstöße mit der Polizei": a side (incidents_de.partner)
    oblique_feminine_articles: frozenset[str] = frozenset()  # "der": dative or genitive before a feminine noun ...
    feminine_endings: frozenset[str] = frozenset()  # ... "der Regierung", "der Türkei" (never a subject) ...
    feminine_names: frozenset[str] = frozenset()  # ... "der Ukraine", "der EU"
    plural_oblique_articles: frozenset[str] = frozenset()  # "Der Regierung warfen ...": no subject of a plural verb
    plural_finite_endings: frozenset[str] = frozenset()  # "warfen", "forderten": a plural finite verb
    manner_prepositions: frozenset[str] = frozenset()  # "mit der Aufforderung, ...": the subject's own act (role_finder_nominal)
    meeting_prepositions: frozenset[str] = frozenset()  # "in einem Gespräch mit X": the subject took part
    singular_pronouns: frozenset[str] = frozenset()  # "er": one of a list told before, not all (role_finder._listed_doers)
    impersonal_subjects: frozenset[str] = frozenset()  # "bestellte man den Botschafter ein": no actor is the subject
    personal_subjects: frozenset[str] = frozenset()  # "Sie forderte die Gewerkschaft auf": the pronoun is the subject
    subject_openers: frozenset[str] = frozenset()  # "und sie forderte ...": a coordinator before such a pronoun
    # ", in dem Russland ...": the pronoun after one is no article of the name (the lexicon's relative_prepositions)
    relative_prepositions: frozenset[str] = frozenset()

    @classmethod
    def from_lex(cls, lex: dict[str, Any]) -> CaseWords:
        data = {**(lex.get("case_words") or {}), "relative_prepositions": lex.get("relative_prepositions")}
        return cls(**{k: lower_words(data, k) for k in cls.__dataclass_fields__})


def vorfeld_subject(doc: Doc, start: int, end: int, actors: list[Mention], determiners: set[str],
                    is_finite: Callable[[int], bool], words: CaseWords) -> Mention | None:
    """The actor that fills the Vorfeld of a main clause: the clause's first phrase, without a preposition
    and not marked as object by its article, followed (after at most a genitive or an apposition) by a
    finite verb ("Die Polizei nahm ... fest", "Der Präsident der Ukraine hat ... kritisiert")."""
    toks = doc.tokens
    first = next((m for m in actors if start <= m.tok_start < end), None)
    if first is None or first.preposition is not None or oblique_feminine(doc, first, words):
        return None
    # a quoted name is read as the name ('Der „Arbeitskreis Wahlrecht“ wirft ...'): its mark is no word of the phrase
    lead = [t.lower for t in toks[start:first.tok_start] if t.text not in NAME_OPENERS]
    if len(lead) > 3 or any(w in words.object_articles or (w not in determiners and not (
            k and lead[0] in determiners and attributive_adjective(w))) for k, w in enumerate(lead)):
        return None
    j = first.tok_end
    limit = min(end, first.tok_end + 7)
    while j < limit:
        if is_finite(j) and toks[j].text[:1].islower():
            return None if lead and oblique_before_plural(lead[0], toks[j].lower, words) else first
        if toks[j].text in (".", ";", ":"):
            return None
        j += 1
    return None


def attributive_adjective(word: str) -> bool:
    """An inflected attributive adjective after an article ("die parlamentarische", "der frühere")."""
    return word.isalpha() and word.islower() and len(word) > 4 and word.endswith(("e", "en", "er", "es", "em"))


def prepositional_vorfeld(doc: Doc, start: int, end: int, words: CaseWords, is_finite: Callable[[int], bool],
                          closed: set[str] | frozenset[str] = frozenset()) -> int:
    """Where a main clause opens with a prepositional phrase ("Im Zuge der Krise und Russlands Rolle hat Gabriel
    ... untersagt"), the index of its finite verb: every phrase before it belongs to that adverbial, so the subject
    follows the verb. A verb the lexicon does not know is found by position: the first lower-case word right after
    a noun that is no article, preposition or conjunction (``closed``). -1 when the clause opens otherwise."""
    toks = doc.tokens
    if start >= end or start != doc.sentences[toks[start].sent].tok_start or toks[start].lower not in words.vorfeld_prepositions:
        return -1
    for j in range(start + 1, min(end, start + 25)):
        if toks[j].text in (",", ";", ":"):
            return -1  # "Nach dem Treffen, das ..., sagte er": too far to tell
        low = toks[j].lower
        if toks[j].text[:1].islower() and (is_finite(j) or (
                j - 1 > start and toks[j - 1].text[:1].isupper() and toks[j - 1].text.isalpha() and low.isalpha()
                and low not in closed and low not in words.vorfeld_prepositions)):
            return j
    return -1


def fronted_target(doc: Doc, start: int, m: Mention, target_preps: Collection[str]) -> bool:
    """Is ``m`` the object of the preposition opening a passive clause, one the rule takes its target with ("Gegen den
    Minister wird ermittelt")? A passive has no subject after the verb to take that role, so the phrase is the target."""
    toks = doc.tokens
    return (m.preposition is not None and m.preposition == toks[start].lower and m.preposition in target_preps
            and start < m.tok_start <= start + 3 and all(toks[k].text[:1].islower() for k in range(start + 1, m.tok_start)))


def pronoun_antecedent(doc: Doc, sent: int, subject: Mention | None, links: set[str]) -> Mention | None:
    """A clause led by "sie"/"er" after a sentence that told no event ("Die Taliban äußerten sich am Montag. Sie
    drohten ..."): the pronoun is the subject told last (``subject``, the last main clause's first bare actor), up to two
    sentences back in the same paragraph, if it has a country or an identity of its own."""
    if subject is None or subject.actor is None or not (subject.actor.country or subject.actor.actor_id):
        return None
    toks = doc.tokens
    own = toks[subject.tok_start].sent
    if not sent - 2 <= own < sent or doc.sentences[own].paragraph != doc.sentences[sent].paragraph:
        return None
    k = subject.tok_start + (toks[subject.tok_start].lower in links)  # "der Terrorgruppe": the article is its own
    if k - 2 >= doc.sentences[own].tok_start and toks[k - 1].lower in links and toks[k - 2].text[:1].isupper():
        return None  # "Die Haltung der Hamas wurde kritisiert. Er ...": a genitive owner is no subject
    return subject


def passive_subject(doc: Doc, start: int, agent: Mention, candidates: list[Mention], determiners: set[str]) -> Mention | None:
    """The patient of a passive with an agent is its subject, which German puts before the agent, mostly in the
    Vorfeld ("Der österreichische Alleingang wurde vom Sprecher der CDU begrüßt"; an origin adjective names it too):
    the first bare phrase opening the clause, never what follows the agent."""
    toks = doc.tokens
    for m in sorted(candidates, key=lambda m: m.tok_start):
        if m is agent or m.tok_start >= agent.tok_start:
            return None
        if m.preposition is None and m.actor is not None and m.actor.country and all(
                t.lower in determiners for t in toks[start:m.tok_start]):
            return m
    return None


def not_subject(doc: Doc, m: Mention, words: CaseWords) -> bool:
    """A mention that case marks as no subject: after an object or genitive article ("bestellte den
    Premierminister ein", "nach der Flucht des Präsidenten") or an oblique possessive ("seiner Regierung")."""
    toks = doc.tokens
    first = toks[m.tok_start].lower
    # the article of a quoted name stands before its mark ('den „Arbeitskreis Wahlrecht“')
    lead = m.tok_start - 1 if m.tok_start > 1 and toks[m.tok_start - 1].text in NAME_OPENERS else m.tok_start
    before = toks[lead - 1].lower if lead > 0 else ""
    marks = words.object_articles | words.oblique_possessives
    opening = doc.sentences[toks[m.tok_start].sent].tok_start
    in_sentence = lead - 1 >= opening
    article = first if m.tok_start == opening else before if lead - 1 == opening else ""
    if article and m.tok_end < len(toks) and toks[m.tok_end].text[:1].islower() \
            and oblique_before_plural(article, toks[m.tok_end].lower, words):
        return True  # "Der Regierung warfen die Demonstranten Korruption vor": a dative opens the sentence
    return first in marks or (before in marks and in_sentence and not relative_named(doc, m, words)) \
        or oblique_feminine(doc, m, words, in_sentence)


def relative_named(doc: Doc, m: Mention, words: CaseWords) -> bool:
    """A name right after a prepositional relative pronoun (", in dem Russland die Ukraine angriff"): the pronoun is
    no article of it, as its reading found no preposition governing the name (mention_context._relative_pronoun)."""
    toks = doc.tokens
    return m.preposition is None and m.tok_start >= 3 and toks[m.tok_start - 3].text == "," \
        and toks[m.tok_start - 2].lower in words.relative_prepositions


def impersonal_subject(doc: Doc, start: int, end: int, actors: list[Mention], words: CaseWords) -> bool:
    """The clause's subject is an impersonal pronoun ("In Bangkok bestellte man den Botschafter ein"): no actor named in
    it is the doer. A "man" that coreference read as a speaker ("erklärte, man habe ...") is a mention and acts itself."""
    return any(doc.tokens[j].lower in words.impersonal_subjects and not any(m.tok_start <= j < m.tok_end for m in actors)
               for j in range(start, end))


def unresolved_pronoun_subject(doc: Doc, start: int, end: int, actors: list[Mention], words: CaseWords) -> bool:
    """A personal pronoun opens the clause (after at most a coordinator) and a finite verb follows it ("Sie forderte die
    Gewerkschaft zu Verhandlungen auf"): the pronoun is the subject; where coreference found it no actor, none of the
    clause's actors is the doer (the addressee "die Gewerkschaft" would be read as one)."""
    toks = doc.tokens
    j = start + 1 if start + 1 < end and toks[start].lower in words.subject_openers else start
    if j + 1 >= end or toks[j].lower not in words.personal_subjects:
        return False
    nxt = toks[j + 1]
    return nxt.text.isalpha() and nxt.text.islower() and not any(m.tok_start <= j < m.tok_end for m in actors)


def unnamed_subject_object(doc: Doc, bare: list[Mention], words: CaseWords, impersonal: bool,
                           governed: Callable[[Mention], bool]) -> Mention | None:
    """The object of an active clause whose subject names no actor ("bestellte man den Botschafter ein", "Unbekannte
    entführten einen Deutschen"): the doer comes from the context, and the first bare phrase governed by no place
    preposition (``governed``) is what was done to: any after an impersonal subject, else one its article marks as
    object (not_subject)."""
    return next((m for m in bare if m.actor is not None and (impersonal or not_subject(doc, m, words))
                 and not governed(m)), None)


def oblique_feminine(doc: Doc, m: Mention, words: CaseWords, in_sentence: bool = True) -> bool:
    """"der" before an adjective in -en or a feminine noun is dative or genitive, never a subject ("Der Ukraine hat
    Deutschland Hilfe zugesagt", "Der Regierung warf die Opposition Versagen vor", "der russischen Armee"): a subject
    would read "die Ukraine", "der russische Präsident"."""
    toks = doc.tokens
    if toks[m.tok_start].lower in words.oblique_feminine_articles:
        return oblique_phrase(doc, m.tok_start, m.tok_end, words)
    return in_sentence and m.tok_start > 0 and oblique_phrase(doc, m.tok_start - 1, m.tok_end, words)


def oblique_phrase(doc: Doc, art: int, end: int, words: CaseWords) -> bool:
    """The phrase from the article at ``art`` to ``end`` is "der" + an adjective in -en or + one feminine noun, not
    right after a noun: "Anhänger der Opposition protestierten" names the doers' side in a genitive attribute."""
    toks = doc.tokens
    if toks[art].lower not in words.oblique_feminine_articles or art + 1 >= end:
        return False
    if art > doc.sentences[toks[art].sent].tok_start and toks[art - 1].text[:1].isupper() \
            and toks[art - 1].text[:1].isalpha():
        return False
    word = toks[art + 1]
    if word.text[:1].islower():  # an adjective: "der russischen Armee" (not "der russische Präsident")
        return word.lower.endswith("en")
    return feminine_noun(word.lower, words) and (word.lower in words.feminine_names or art + 2 == end)


def feminine_noun(low: str, words: CaseWords) -> bool:
    """A feminine noun or name ("Türkei", "Regierung", "Ukraine"): "der" before or after it is no nominative."""
    return low in words.feminine_names or low.endswith(tuple(words.feminine_endings))


def sector_object(doc: Doc, mentions: list[Mention], source: Mention, trig: int, target_preps: set[str],
                  joiners: set[str]) -> Mention | None:
    """The object of a transitive trigger that names only a sector ("beschuldigte die Regierung", "drohten
    den Demonstranten", and before a clause-final verb: "hat die Opposition kritisiert"): the first such actor after
    the source, bare or behind a target preposition, in the same clause part, not coordinated with the source ("Die
    Polizei und die Armee griffen ... an": ``joiners`` are the coordinators and articles between); its country comes
    from the context (the article's country at the latest)."""
    toks = doc.tokens
    chain = source.tok_end
    for m in sorted(mentions, key=lambda m: m.tok_start):
        between = toks[chain:m.tok_start]
        if m.tok_start >= chain and between and all(t.lower in joiners or t.text == "," for t in between):
            chain = m.tok_end  # a second doer
            continue
        if (m.kind == "actor" and m.actor is not None and m.via.startswith("sector") and m is not source
                and m.tok_start > source.tok_start and m.tok_start != trig
                and (m.preposition is None or m.preposition in target_preps)):
            if m.tok_start < trig and any(t.text in (",", ";", ":") for t in toks[m.tok_end:trig]):
                continue  # another clause part
            return m
    return None


def fronted_subject(doc: Doc, c: Clause, actors: list[Mention], openers: frozenset[str], infinitive: set[str],
                    words: CaseWords) -> Mention | None:
    """The subject of a subordinate clause that opens the sentence ("Nachdem die USA neue Zölle angekündigt hatten,
    drohten sie China"): a subject pronoun of the main clause that follows refers to it. Its first bare actor not
    marked as object; none in an infinitive clause ("Um Russland zu bestrafen, ..."), which has no subject."""
    toks = doc.tokens
    if c.opener not in openers or c.start != doc.sentences[c.sent].tok_start or any(
            t.lower in infinitive for t in toks[c.start:c.end]):
        return None
    return next((m for m in actors if m.preposition is None and m.actor is not None and (m.actor.country or m.actor.actor_id)
                 and not not_subject(doc, m, words)), None)


def oblique_before_plural(article: str, verb: str, words: CaseWords) -> bool:
    """'Der Regierung warfen die Demonstranten Korruption vor': an article that opens no plural nominative ("der",
    "einer") before a plural finite verb makes its phrase a dative or genitive, not the subject."""
    return article in words.plural_oblique_articles and verb.endswith(tuple(words.plural_finite_endings))


def mittelfeld_origin(doc: Doc, verb: int, actor: Mention, origins: list[Mention], determiners: set[str],
                      words: CaseWords) -> Mention | None:
    """After an adverbial Vorfeld the subject follows the finite verb ("Am Samstag nahmen kenianische
    Polizeikräfte zwei Iraner fest"): a phrase known only by its origin adjective, right after the verb and
    before the first named actor, not marked as object, is the subject."""
    toks = doc.tokens
    for o in origins:
        if verb < o.tok_start < actor.tok_start and o.preposition is None and o.actor is not None and o.actor.country:
            lead = [t.lower for t in toks[verb + 1:o.tok_start]]
            if len(lead) <= 2 and not any(w in words.object_articles for w in lead) and all(
                    w in determiners or not w.isalpha() or w in words.mittelfeld_adverbs for w in lead):
                return o
            return None
    return None


def both_sides(doc: Doc, start: int, end: int, mentions: list[Mention], words: CaseWords) -> tuple[Mention, Mention] | None:
    """"Die Präsidenten beider Länder", "beide Seiten", "die beiden Minister": the two countries named last before
    the pair (not by a news agency or a place), as doer and partner."""
    toks = doc.tokens
    hit = next((j for j in range(start, end) if toks[j].lower in words.both and (
        j + 1 >= end or toks[j + 1].lower in words.side_nouns or not toks[j + 1].text[:1].isupper())), None)
    if hit is None:
        return None
    pair = event_parts.last_two_sides(mentions, hit)  # up to the pair, its own clause too
    return (pair[1], pair[0]) if pair is not None else None


def origin_agent(doc: Doc, start: int, origins: list[Mention], agent_preps: set[str], words: CaseWords) -> Mention | None:
    """The agent of a passive named only by origin: "von 200 saudischen Sicherheitskräften", "durch
    israelische Kampfflugzeuge" (the preposition may stand before a number or an article)."""
    toks = doc.tokens
    for o in origins:
        for j in range(o.tok_start - 1, max(start, o.tok_start - 4) - 1, -1):
            low = toks[j].lower
            if low in agent_preps:
                return o if o.actor is not None and o.actor.country else None
            if not (low[:1].isdigit() or low in words.agent_fillers):
                break
    return None


def listed_doers(doc: Doc, first: Mention, mentions: list[Mention], coordinators: set[str] | frozenset[str],
                 determiners: set[str]) -> list[Mention]:
    """The actors listed after ``first`` as doers beside it ("China, Russland und der Iran", "Die Außenminister
    Frankreichs, Italiens und Österreichs"): bare actors joined by commas, coordinators and articles, up to the last
    one a coordinator leads in; a list always ends "..., B und C", so ", das die Ukraine ..." (a relative clause)
    adds no one."""
    toks = doc.tokens
    chain: list[Mention] = []
    kept = 0
    end = first.tok_end
    for m in sorted(mentions, key=lambda m: m.tok_start):
        if m.tok_start < end or m is first:
            continue
        between = toks[end:m.tok_start]
        if m.kind != "actor" or m.actor is None or m.preposition is not None or not between or not all(
                t.lower in coordinators or t.text == "," or t.lower in determiners for t in between):
            break
        chain.append(m)
        if any(t.lower in coordinators for t in between):
            kept = len(chain)
        end = m.tok_end
    return [m for m in chain[:kept] if first.actor is None or m.actor is None or m.actor.actor_id != first.actor.actor_id]


def doer_list(doc: Doc, start: int, trig: int, source: Mention, inherited: Mention | None, bare: list[Mention],
              told: list[Mention], co_source: Mention | None, words: CaseWords, coordinators: set[str],
              determiners: set[str]) -> list[Mention]:
    """The actors acting beside ``source`` as one list of doers: past the second ("China, Russland und der Iran
    verurteilten"; ``co_source`` is the second, found already), or the list a subject told before stands for
    (``told``: the mentions of its sentence; "Russland und China erklärten, sie lehnten ... ab"), unless the clause
    before the trigger at ``trig`` names one of them only ("er"). Empty when there is no list."""
    toks = doc.tokens
    if source is inherited:
        if co_source is not None or any(toks[j].lower in words.singular_pronouns for j in range(start, trig)):
            return []
        pool = [m for m in told if m.kind == "actor"]
    elif co_source is not None and source in bare:
        pool = bare
    else:
        return []
    listed = listed_doers(doc, source, pool, coordinators, determiners)
    return [] if not listed or (co_source is not None and listed[0] is not co_source) else listed
