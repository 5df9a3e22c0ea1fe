"""German noun phrases around a mention or a nominal trigger, read without a parser: appositions between commas,
genitive attributes and genitives inside a prepositional phrase, a noun's own agent ("durch die Polizei", "der von
Russland unterstützten"). Split from roles_de.py, whose case and word-order rules read a clause's subject and objects."""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..knowledge.function_words import function_words
from ..model import ActorRef, Doc, Mention
from .roles_de import CaseWords, attributive_adjective
from .rules import Trigger


def genitive_place(doc: Doc, tok: int, mentions: list[Mention], links: set[str]) -> ActorRef | None:
    """A place in the genitive right after a nominal trigger is what the act is aimed at ("Beschuss des
    Gazastreifens", "Besetzung der Krim"); an actor there is its doer and handled elsewhere."""
    toks = doc.tokens
    if tok + 2 >= len(toks) or toks[tok + 1].lower not in links:
        return None
    m = next((m for m in mentions if m.tok_start == tok + 2 and m.kind == "place" and m.preposition is None), None)
    if m is None or m.place is None or not m.place.country:
        return None
    from ..knowledge.names import country_name

    return ActorRef(m.text, country_name(m.place.country), m.place.country, m.place.country, None)


def in_apposition(doc: Doc, start: int, end: int, m: Mention, determiners: set[str],
                  is_finite: Callable[[int], bool], openers: frozenset[str] = frozenset()) -> bool:
    """A mention inside an apposition: between two commas, opened by an article and holding no verb
    ("Der Präsident, ein enger Verbündeter Deutschlands, kritisierte ..."), or naming part of the noun before
    (``openers``: "38 Menschen, darunter 30 Briten, erschossen"): it plays no role in the clause."""
    toks = doc.tokens
    left = next((j for j in range(m.tok_start - 1, start - 1, -1) if toks[j].text == ","), None)
    right = next((j for j in range(m.tok_end, end) if toks[j].text == ","), None)
    if left is not None and left >= start and left + 1 < m.tok_start + 1 and toks[left + 1].lower in openers:
        stop = right if right is not None else end
        return not any(toks[j].text[:1].islower() and is_finite(j) for j in range(left + 2, stop))
    if left is None or right is None or left <= start or right - left > 10:
        return False
    if toks[left + 1].lower not in determiners:  # the lexicon's, "ein" and its forms among them
        return False
    return not any(toks[j].text[:1].islower() and is_finite(j) for j in range(left + 1, right))


def named_apposition(doc: Doc, end: int, actors: list[Mention], generic: tuple[str, ...], links: set[str]) -> set[int]:
    """"Der Präsident des Landes, Alexander Lukaschenko, kritisierte ...": a name between commas right after a title
    (and its genitive) is the same actor, no second role. Of the two, the one to drop (its ``id``): the title where it
    is known only by its sector (``generic`` vias) and the name has a country, else the name."""
    toks = doc.tokens
    out: set[int] = set()
    for head, name in zip(actors, actors[1:], strict=False):
        comma = name.tok_start - 1
        gap = toks[head.tok_end:comma]
        if gap and not (len(gap) <= 3 and gap[0].lower in links and gap[-1].text[:1].isupper()
                        and all(t.text.isalpha() for t in gap)):
            continue  # only a genitive between: "der Präsident des Landes, X"
        if not (toks[comma].text == "," and name.preposition is None
                and name.tok_end < len(toks) and (toks[name.tok_end].text == "," or name.tok_end == end)
                and name.via in ("person", "alias", "appositive") and head.preposition is None):
            continue
        vague = head.via in generic or head.actor is None or not head.actor.country
        out.add(id(head) if vague and name.actor is not None and name.actor.country else id(name))
    return out


def genitive_attribute(doc: Doc, i: int, start: int, links: set[str], actor_toks: set[int]) -> bool:
    """A nominal trigger in the genitive after a common noun ("die Veranstalter der Demonstration", "seit
    Beginn der Proteste") names an event told elsewhere, as a label for something else: no new event."""
    toks = doc.tokens
    j = i - 1
    while j > start and attributive_adjective(toks[j].lower):
        j -= 1  # "der gewalttätigen Proteste"
    if j - 1 < start or toks[j].lower not in links:
        return False
    head = toks[j - 1]
    sent_start = doc.sentences[head.sent].tok_start
    return (j - 1 != sent_start and head.text[:1].isupper() and head.text.isalpha() and j - 1 not in actor_toks)


def referring_nominal(doc: Doc, i: int, start: int, words: CaseWords) -> bool:
    """A nominal trigger after a possessive or demonstrative ("Mit ihrer Forderung", "diese Angriffe", adjectives
    allowed between) points back at an event already told, or its owner's standing position: no new event."""
    toks = doc.tokens
    j = i - 1
    while j > start and toks[j].lower not in words.referring and attributive_adjective(toks[j].lower):
        j -= 1
    return j >= start and toks[j].lower in words.referring


def nominal_agent(doc: Doc, trig_tok: int, mentions: list[Mention], end: int) -> Mention | None:
    """The doer of a nominal trigger named in a "durch" phrase after it ("die Festnahme von 15 Soldaten durch die
    iranische Marine", "der Abbau einer Barrikade durch die Polizei"): the source, whatever the genitive names."""
    toks = doc.tokens
    for m in sorted(mentions, key=lambda m: m.tok_start):
        if m.tok_start <= trig_tok or m.tok_start >= end or m.tok_start - trig_tok > 12:
            continue
        if any(t.text in (",", ";", ":", "(", "–") for t in toks[trig_tok + 1:m.tok_start]):
            return None  # another phrase or clause
        if m.preposition in function_words(doc.lang).agent_prepositions:
            return m
    return None


def attributive_agent(doc: Doc, tok: int, mentions: list[Mention], agent_preps: set[str], finite: set[str],
                      endings: tuple[str, ...], determiners: set[str],
                      aim_preps: Collection[str] = (), genitives: Collection[str] = ()) -> tuple[Mention, Mention | None] | None:
    """An inflected participle before its noun with an agent ("der von Russland unterstützten Regierung", "mit von
    der Türkei aus der Luft unterstützten Rebellen"): the agent acts on the noun, the clause's subject does not.
    Where the noun is the act's object, not its target, the rule's ``aim_preps`` name the target inside the phrase
    ("die von der EU gegen Russland verhängten Sanktionen") or right after its noun ("verhängten Strafzölle gegen China");
    else a genitive owner of the noun (``genitives``: "die von Israel gelobte Reform der ukrainischen Regierung")."""
    toks = doc.tokens
    sent = doc.sentences[toks[tok].sent]
    if not endings or not toks[tok].lower.endswith(endings):
        return None
    j = tok + 1
    while j < sent.tok_end and toks[j].text[:1].islower() and toks[j].text.isalpha() and toks[j].lower not in determiners:
        j += 1  # "unterstützten islamistischen Rebellen"; "bestellte den Premier" is a finite verb
    if j >= sent.tok_end or not toks[j].text[:1].isupper():
        return None
    agent = max((m for m in mentions if m.preposition in agent_preps and m.tok_end <= tok and tok - m.tok_end <= 5),
                key=lambda m: m.tok_start, default=None)
    if agent is None or any(t.text in (",", ";", ":") or t.lower in finite for t in toks[agent.tok_end:tok]):
        return None
    target = next((m for m in sorted(mentions, key=lambda m: m.tok_start) if tok < m.tok_start <= j), None)
    if target is None and aim_preps:
        target = _aimed(doc, agent.tok_end, tok, j, mentions, aim_preps)
    if target is None and j + 1 < sent.tok_end and toks[j + 1].lower in genitives:
        # "die von Israel gelobte Reform der ukrainischen Regierung": the act is on the noun's owner
        target = next((m for m in mentions if m.preposition is None and j + 1 < m.tok_start <= j + 3), None)
    return agent, target


def _aimed(doc: Doc, start: int, tok: int, head: int, mentions: list[Mention], aim_preps: Collection[str]) -> Mention | None:
    """The mention an aim preposition governs between the agent (ending at ``start``) and the participle at ``tok``,
    else right after the phrase's noun at ``head``, with nothing but its article and adjectives in between."""
    toks = doc.tokens
    inside = [m for m in mentions if m.preposition in aim_preps and start <= m.tok_start and m.tok_end <= tok]
    if inside:
        return min(inside, key=lambda m: m.tok_start)
    if head + 1 >= len(toks) or toks[head + 1].lower not in aim_preps:
        return None
    return next((m for m in sorted(mentions, key=lambda m: m.tok_start) if m.preposition == toks[head + 1].lower
                 and head + 1 < m.tok_start <= head + 4
                 and all(t.text.isalpha() for t in toks[head + 2:m.tok_start])), None)


def in_prepositional_phrase(doc: Doc, m: Mention, start: int, determiners: set[str], links: set[str],
                            words: CaseWords) -> bool:
    """A mention that is a genitive inside a prepositional phrase ("in der Hauptstadt Äthiopiens", "gegen die
    Vorherrschaft der chinesischen Zentralregierung"): it names whose, not who acts. Read backwards the phrase must
    be preposition, [article], [adjectives], head noun, [genitive article], [adjectives], mention; anything else
    (a verb, a pronoun: "zu dem sich die Taliban bekennen") ends it."""
    toks = doc.tokens
    sent_start = doc.sentences[toks[m.tok_start].sent].tok_start
    lo = max(start, sent_start)

    def lower_adjective(j: int) -> bool:
        return toks[j].text[:1].islower() and attributive_adjective(toks[j].lower)

    j = m.tok_start - 1
    while j > lo and lower_adjective(j):
        j -= 1
    if j > lo and toks[j].lower in links:
        j -= 1
    elif not m.text.endswith("s"):  # "Hauptstadt Äthiopiens": a bare genitive name needs its -s
        return False
    if j <= lo or not (toks[j].text[:1].isupper() and toks[j].text.isalpha()):
        return False  # the head noun the genitive hangs off ("Hauptstadt", "Vorherrschaft")
    j -= 1
    while j > lo and lower_adjective(j):
        j -= 1
    if j >= lo and toks[j].lower in determiners:
        j -= 1
    return j >= lo and toks[j].lower in words.vorfeld_prepositions


def past_genitive(doc: Doc, tok: int, links: Collection[str], side_preps: Collection[str]) -> int:
    """The token before a side preposition that follows the noun at ``tok`` and its genitive object ("die Unterzeichnung
    des Abkommens zwischen Israel und Ägypten", "die Wiederaufnahme der Gespräche zwischen ..."); else ``tok``."""
    toks = doc.tokens
    end = doc.sentences[toks[tok].sent].tok_end
    k = tok + 1
    if k >= end or toks[k].lower not in links:
        return tok
    k += 1
    while k < end and toks[k].text[:1].islower() and attributive_adjective(toks[k].lower):
        k += 1
    if k + 1 < end and toks[k].text[:1].isupper() and toks[k].text.isalpha() and toks[k + 1].lower in side_preps:
        return k
    return tok


def own_prep_object(doc: Doc, m: Mention, trigs: Collection[Trigger]) -> bool:
    """A role noun in a nominal trigger's own prepositional phrase, behind one of its rule's target prepositions ("übte
    Kritik an der Regierung", "Vorwürfe gegen die Polizei"), is the act's named side: kept where a named doer ("Die SPD")
    would push generic nouns out of the clause. Another preposition ("Einberufungsbefehl für Reservisten") is no side."""
    if m.preposition is None:
        return False
    toks = doc.tokens
    return any(t.nominal and m.preposition in t.rule.target_preps and t.tok + 1 < m.tok_start <= t.tok + 5
               and toks[t.tok + 1].lower == m.preposition for t in trigs)


def fronted_light_noun(doc: Doc, start: int, end: int, t: Trigger, mentions: Collection[Mention],
                       is_light: Callable[[int], bool]) -> bool:
    """An act noun that opens its clause before a light verb (``fronted_light_verb``): the verb's subject is the
    noun's doer wherever the noun's side stands."""
    return fronted_light_verb(doc, start, end, t, mentions, is_light) is not None


def fronted_light_verb(doc: Doc, start: int, end: int, t: Trigger, mentions: Collection[Mention],
                       is_light: Callable[[int], bool]) -> int | None:
    """The light verb after an act noun that opens its clause ("Kritik übte die SPD ...", "Scharfe Kritik übt ...",
    "Unterstützung leistet X Y"), also behind the noun's own target phrase ("Kritik am Vorgehen der Türkei übte die
    SPD": V2 puts the subject after the verb, so the phrase's genitive is the side's, not the doer). Only unnamed
    words before the noun ("Die Kritik Merkels übte" is another phrase); "Kritik kam von X" has no light verb."""
    toks = doc.tokens
    if not t.nominal or not start <= t.tok <= start + 2 or t.tok + 1 >= end or any(
            start <= o.tok_start < t.tok for o in mentions) or any(toks[k].text[:1].isupper() for k in range(start + 1, t.tok)):
        return None
    if is_light(t.tok + 1):
        return t.tok + 1
    if toks[t.tok + 1].lower not in t.rule.target_preps:
        return None
    for k in range(t.tok + 2, min(end, t.tok + 10)):
        if not toks[k].text.replace("-", "").isalpha():
            return None  # a comma or bracket: another phrase or clause
        if toks[k].text[:1].islower() and is_light(k):
            return k
    return None


def fronted_act_object(doc: Doc, start: int, end: int, m: Mention, trigs: Collection[Trigger],
                       mentions: Collection[Mention], is_light: Callable[[int], bool]) -> bool:
    """A role noun behind the rule's target preposition of a fronted act noun before a light verb ("Kritik übte die
    SPD an der Regierung", "Vorwürfe erhebt X auch gegen Y"): the noun's own side, though the subject stands between.
    So is a genitive inside the noun's own target phrase before the verb ("Kritik an den Plänen der Regierung in Ankara
    übte die SPD"), which has no preposition of its own."""
    if not start <= m.tok_start < end:
        return False
    if m.preposition is None:
        return any(t.tok + 1 < m.tok_start and doc.tokens[t.tok + 1].lower in t.rule.target_preps
                   and (v := fronted_light_verb(doc, start, end, t, mentions, is_light)) is not None and m.tok_end <= v
                   for t in trigs)
    return any(m.preposition in t.rule.target_preps and t.tok + 1 < m.tok_start
               and fronted_light_noun(doc, start, end, t, mentions, is_light) for t in trigs)
