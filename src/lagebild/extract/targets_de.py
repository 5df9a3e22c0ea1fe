"""German targets no object names: the subject of a demand's dass-clause ("Russland forderte, dass die Ukraine ...
abzieht": Ukraine is asked), and the own government of a domestic opposition's verbal act ("Die Opposition stellte
einen Misstrauensantrag"). Data: ``role_targets`` in resources/de/lexicon.yaml; without it nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention
from .event_parts import country_name, country_ref, one_other_country
from .roles_de import CaseWords, attributive_adjective, not_subject
from .scene import GENERIC_VIAS


@dataclass(frozen=True)
class GermanTargets:
    """Immutable after construction: the word lists and types the two readings need."""

    clause_types: frozenset[str] = frozenset()  # a complement names the target ("forderte, dass X ...", "kritisierte, dass X")
    asked_types: frozenset[str] = frozenset()  # ... whose complement's act is only asked for (REQUEST)
    openers: frozenset[str] = frozenset()  # the words that open such a complement ("dass")
    domestic_sectors: frozenset[str] = frozenset()  # actors whose reactions aim at home when no target is named
    domestic_types: frozenset[str] = frozenset()  # the verbal reactions that do so
    visit_nouns: tuple[str, ...] = ()  # "Besuch", "Staatsbesuch": with a place after them, the subject visits it
    visit_preps: frozenset[str] = frozenset()  # "in", "nach"
    act_place_types: frozenset[str] = frozenset()  # a complement names the place the act asked or refused would be in
    object_pronouns: frozenset[str] = frozenset()  # "sie", "ihn": an object in a joined clause that shares the subject
    act_doer_types: frozenset[str] = frozenset()  # a criticism of an act aims at its doer ("die Tötung ... durch X")
    act_agent_preps: frozenset[str] = frozenset()  # "durch": the doer of an act noun
    abroad_sectors: frozenset[str] = frozenset()  # doers at home or abroad (an army): the sentence's other country
    passive_patient_types: frozenset[str] = frozenset()  # "Sie wurden abgeschoben": the one acted on just before
    forces_types: frozenset[str] = frozenset()  # a build-up's object is the doer's own forces ("verlegte Soldaten")
    forces_sectors: frozenset[str] = frozenset()  # the sectors of forces ("Soldaten", "Kämpfer")
    enemy_preps: frozenset[str] = frozenset()  # "gegen": whom the forces are raised against, however deep
    frontier_nouns: tuple[str, ...] = ()  # "Grenze": "an die Grenze zur Ukraine" names the country beyond
    frontier_preps: frozenset[str] = frozenset()  # "zu", "zur", "zum"
    continued_subjects: frozenset[str] = frozenset()  # "er", "sie": a subject pronoun that continues the last doer
    patient_pronouns: frozenset[str] = frozenset()  # "ihn", "ihm": an object pronoun, never the clause's own subject
    von_doer_nouns: frozenset[str] = frozenset()  # "das Vorgehen von X": conduct, and acts whose patient has its own preposition
    von_patient_nouns: frozenset[str] = frozenset()  # "die Festnahme von X": acts of verbs with a person's accusative object
    von_prepositions: frozenset[str] = frozenset()  # "von", "vom"
    coming_verbs: frozenset[str] = frozenset()  # "Kritik kam von X": the light verb whose "von" names the noun's doer
    infinitive_markers: frozenset[str] = frozenset()  # "zu" (lexicon infinitive_clause_markers): a zu-clause (act_place)

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> GermanTargets:
        d = lex.get("role_targets") or {}
        ends = tuple(str(e) for e in d.get("noun_endings") or [""])
        return cls(frozenset(d.get("clause_target_types") or []), frozenset(d.get("asked_types") or []),
                   lower_words(d, "complement_openers"),
                   frozenset(d.get("domestic_sectors") or []), frozenset(d.get("domestic_types") or []),
                   tuple(w.lower() for w in d.get("visit_nouns") or []),
                   lower_words(d, "visit_prepositions"),
                   frozenset(d.get("act_place_types") or []),
                   lower_words(d, "object_pronouns"),
                   frozenset(d.get("act_doer_types") or []),
                   lower_words(d, "act_agent_prepositions"),
                   frozenset(d.get("abroad_sectors") or []), frozenset(d.get("passive_patient_types") or []),
                   frozenset(d.get("forces_types") or []), frozenset(d.get("forces_sectors") or []),
                   lower_words(d, "enemy_prepositions"),
                   tuple(w.lower() for w in d.get("frontier_nouns") or []),
                   lower_words(d, "frontier_prepositions"),
                   lower_words(d, "continued_subjects"),
                   lower_words(d, "patient_pronouns"),
                   _noun_forms(d.get("von_doer_nouns") or [], ends), _noun_forms(d.get("von_patient_nouns") or [], ends),
                   lower_words(d, "von_prepositions"),
                   lower_words(d, "coming_verbs"), lower_words(lex, "infinitive_clause_markers"))

    def complement(self, doc: Doc, clause_end: int, sent_end: int,
                   reported: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
        """The token span of the complement clause right after a clause ending at ``clause_end`` (", dass ... ."): up
        to the next comma or the sentence's end; None when no opener follows at once. ``reported``: a comma that opens
        a reported clause in Konjunktiv I (", die Kanzlerin habe ...") opens a complement with no opener."""
        toks = doc.tokens
        j = clause_end + (1 if clause_end < sent_end and toks[clause_end].text == "," else 0)
        if j < sent_end and j > clause_end and toks[j].lower not in self.openers and reported is not None \
                and reported(clause_end):
            j -= 1  # the span starts at the subject, right after the comma
        elif j >= sent_end or toks[j].lower not in self.openers:
            return None
        k = j + 1
        while k < sent_end and toks[k].text not in (",", ";", ":"):
            k += 1
        return j + 1, k

    def act_place(self, doc: Doc, etype: str, clause_end: int, mentions: list[Mention], source: ActorRef | None,
                  inside: set[str] | frozenset[str]) -> ActorRef | None:
        """The country of a place "in" which the act of a demand's or refusal's complement would be ("forderte, die
        Gewalt in Darfur zu beenden", "lehnte es ab, Truppen im Kosovo zu stationieren"): its people are the side where
        no actor is named. Only in a dass- or zu-clause right after the trigger's (a place in the trigger's own clause
        may be where it was said), and never the doer's own land."""
        if etype not in self.act_place_types:
            return None
        toks = doc.tokens
        sent_end = doc.sentences[toks[clause_end - 1].sent].tok_end
        j = clause_end + (1 if clause_end < sent_end and toks[clause_end].text == "," else 0)
        k = j
        while k < sent_end and toks[k].text not in (",", ";", ":", ".", "!", "?"):
            k += 1
        last = toks[k - 1].lower if k > j else ""
        if j >= sent_end or not (toks[j].lower in self.openers or (k - j > 2 and last.isalpha() and last.endswith("en")
                                                                 and (toks[k - 2].lower in self.infinitive_markers
                                                                      or any(z in last[2:-3] for z in self.infinitive_markers)))):
            return None
        own = source.country if source is not None else None
        m = next((m for m in sorted(mentions, key=lambda m: m.tok_start) if j <= m.tok_start < k and m.is_location
                  and m.place is not None and m.place.country and m.preposition in inside), None)
        if m is None or m.place is None or m.place.country in (None, own):
            return None
        c = m.place.country
        return country_ref(m.text, c)

    def clause_target(self, doc: Doc, etype: str, clause_end: int, mentions: list[Mention], source: Mention | None,
                      case: CaseWords, reported: Callable[[int], bool] | None = None) -> Mention | None:
        """The subject of a demand's dass-clause: the first actor or nationality in it that case does not mark as an
        object ("dass die Ukraine ihre Truppen abzieht", "dass die russischen Truppen abziehen")."""
        if etype not in self.clause_types:
            return None
        sent = doc.sentences[doc.tokens[clause_end - 1].sent]
        span = self.complement(doc, clause_end, sent.tok_end, reported)
        if span is None:
            return None
        lo, hi = span
        toks = doc.tokens
        # the clause's first phrase: only articles and lower-case adjectives before it ("dass die russischen Truppen")
        return next((m for m in sorted(mentions, key=lambda m: m.tok_start) if lo <= m.tok_start < min(hi, lo + 4)
                     and all(t.text[:1].islower() for t in toks[lo:m.tok_start])
                     and m.kind in ("actor", "origin") and m.actor is not None and m.actor.country
                     and m.preposition is None and m is not source and not not_subject(doc, m, case)), None)

    def demanded(self, doc: Doc, clause_start: int, opener: str | None, demand_verb: Any) -> bool:
        """Is the clause at ``clause_start`` the dass-clause of a demand ("forderte, dass die Ukraine ... abzieht")?
        Its act is asked for, not done. ``demand_verb`` tells whether a token is a verb of a demand type; it must
        stand in the clause just before (at most eight words back)."""
        if opener not in self.openers:
            return False
        sent_start = doc.sentences[doc.tokens[clause_start].sent].tok_start
        for j in range(clause_start - 1, max(sent_start, clause_start - 9) - 1, -1):
            if doc.tokens[j].text in (";", ":") or (doc.tokens[j].text == "," and j < clause_start - 2):
                return False
            if demand_verb(j):
                return True
        return False

    def joined_object(self, doc: Doc, c_start: int, c_end: int, opener: str | None, joiners: set[str] | frozenset[str],
                      told: list[tuple[int, ActorRef, ActorRef | None]], source: ActorRef | None,
                      mentions: list[Mention]) -> ActorRef | None:
        """The patient a joined clause refers back to with a pronoun ("nahm fünf Somalier fest und schob sie ab"): the
        clause shares the subject of the one before ("und" with its verb first, no actor of its own), so its object
        pronoun is that clause's target, told as the last event of the same sentence by the same doer."""
        toks = doc.tokens
        if opener not in joiners or not told or c_start + 2 >= c_end or toks[c_start + 1].text[:1].isupper() \
                or toks[c_start + 1].lower in self.object_pronouns \
                or any(c_start <= m.tok_start < c_end and m.kind == "actor" and m.preposition is None for m in mentions) \
                or not any(toks[j].lower in self.object_pronouns for j in range(c_start + 2, c_end)):
            return None
        sent, doer, patient = told[-1]
        if sent != toks[c_start].sent or patient is None or not patient.country or source is None \
                or (doer.actor_id, doer.country) != (source.actor_id, source.country):
            return None
        return patient

    def next_object(self, doc: Doc, c_start: int, c_end: int, told: list[tuple[int, ActorRef, ActorRef | None]],
                    source: ActorRef | None, mentions: list[Mention]) -> ActorRef | None:
        """The patient an object pronoun right after the verb refers back to in the sentence after an act ("Die Polizei
        nahm einen Journalisten fest. Sie warf ihm Spionage vor", "Dann lobte er ihn"): the subject pronoun continues the
        last doer, and "ihn"/"ihm" cannot be that subject (it would be "sich"): it is the one that doer acted on before."""
        toks = doc.tokens
        if not told or not self.patient_pronouns or c_start + 2 >= c_end:
            return None
        # "Sie warf ihm ...", or after a Vorfeld word the subject and object pronouns side by side ("Dann lobte er ihn")
        obj = c_start + 2 if toks[c_start].lower in self.continued_subjects else next(
            (j + 1 for j in range(c_start + 2, min(c_end - 1, c_start + 4)) if toks[j].text in self.continued_subjects
             and toks[j - 1].text[:1].islower()), None)
        if obj is None or toks[obj].text not in self.patient_pronouns \
                or any(obj < m.tok_start < c_end and m.kind == "actor" and m.preposition is None for m in mentions):
            return None
        sent, doer, patient = told[-1]
        here = toks[c_start].sent
        if sent != here - 1 or doc.sentences[sent].paragraph != doc.sentences[here].paragraph \
                or doc.sentences[here].tok_start != c_start or patient is None or not patient.country or source is None \
                or (doer.actor_id, doer.country) != (source.actor_id, source.country):
            return None
        return patient

    def act_doer(self, doc: Doc, etype: str, trig: int, c_end: int, mentions: list[Mention],
                 source: Mention | None) -> Mention | None:
        """The doer of the act a criticism's object tells ("verurteilte die Tötung seines Generals durch die USA"): the
        act's "durch" phrase, in the trigger's own clause with no comma before it, names whom the criticism aims at,
        whatever the act's own patient or goal ("an die Ukraine")."""
        if etype not in self.act_doer_types:
            return None
        toks = doc.tokens
        own = source.actor.country if source is not None and source.actor is not None else None
        for m in sorted(mentions, key=lambda m: m.tok_start):
            if m.tok_start <= trig or m.tok_start >= c_end or any(t.text in (",", ";", ":", "(") for t in toks[trig:m.tok_start]):
                continue
            if (m.preposition in self.act_agent_preps or self.von_role(doc, m) == "source") and m.kind in ("actor", "origin") \
                    and m.actor is not None and m.actor.country and m.actor.country != own:
                return m
        return None

    def von_role(self, doc: Doc, m: Mention) -> str | None:
        """What a "von" phrase right after a noun names (the lexicon's noun classes): "source" after conduct or an act
        whose patient takes its own preposition ("das Vorgehen von Russland", "die Angriffe von X"), "target" after an
        act on a person ("die Festnahme von Journalisten", "die Tötung von X"), None after any other word."""
        if m.preposition not in self.von_prepositions:
            return None
        toks = doc.tokens
        p = m.tok_start - 1
        while p > m.tok_start - 3 and p > 0 and toks[p].lower not in self.von_prepositions and toks[p].text[:1].islower():
            p -= 1  # "von der Regierung", "von den beiden"
        if p < 1 or toks[p].lower not in self.von_prepositions or toks[p].sent != toks[p - 1].sent:
            return None
        noun = toks[p - 1].lower
        return "source" if noun in self.von_doer_nouns else "target" if noun in self.von_patient_nouns else None

    def coming_doer(self, doc: Doc, start: int, end: int, trig: int, mentions: list[Mention],
                    determiners: frozenset[str] | set[str]) -> Mention | None:
        """The doer of an act noun that opens its clause as the subject of "kommen" ("Kritik kommt von der Stadt",
        "Scharfe Kritik an dem Plan kam am Montag von der Opposition"): the first actor behind "von" after the verb,
        in the clause with no comma between."""
        toks = doc.tokens
        if not self.coming_verbs or any(not (toks[k].lower in determiners or toks[k].text[:1].islower()
                                             or attributive_adjective(toks[k].lower)) for k in range(start, trig)):
            return None
        verb = next((k for k in range(trig + 1, end) if toks[k].lower in self.coming_verbs or toks[k].text in (",", ";", ":")),
                    None)
        if verb is None or toks[verb].lower not in self.coming_verbs:
            return None
        return next((m for m in sorted(mentions, key=lambda m: m.tok_start) if verb < m.tok_start < end
                     and m.preposition in self.von_prepositions and m.kind == "actor" and m.actor is not None
                     and not any(t.text in (",", ";", ":", "(") for t in toks[verb:m.tok_start])), None)

    def passive_patient(self, doc: Doc, etype: str, sent: int, pronoun_for: Mention, last_source: Mention | None,
                        last_target: Mention | None, last_type: str | None) -> Mention | None:
        """The patient of a passive whose pronoun subject was read as the last doer ("Die Polizei nahm zwei Iraner fest.
        Sie wurden abgeschoben"): where both acts are done to people in custody or under fire the pronoun continues
        with the one the doer acted on, told in this sentence or the one before, not with the doer ("Ein Mann soll
        den Irakern geholfen haben. Er wurde festgenommen": the helper)."""
        if etype not in self.passive_patient_types or last_type not in self.passive_patient_types \
                or last_source is None or last_target is None \
                or last_target.actor is None or not last_target.actor.country or last_source.actor is None \
                or pronoun_for.actor is None or pronoun_for.actor.actor_id != last_source.actor.actor_id \
                or last_target.actor.actor_id == last_source.actor.actor_id \
                or doc.tokens[last_target.tok_start].sent < sent - 1:
            return None
        return last_target

    def own_forces(self, etype: str, target: Mention | None, source: Mention | None) -> bool:
        """Is ``target`` the forces a build-up moves, not whom it aims at ("Russland verlegte russische Soldaten", "Die
        Hamas bildet Kämpfer aus", "bildet Palästinenser aus")? A bare forces noun with no country or the doer's own,
        or the doer's own people."""
        if etype not in self.forces_types or target is None or target.actor is None or target.preposition is not None:
            return False
        own = source.actor.country if source is not None and source.actor is not None else None
        if target.via == "people":
            return own is not None and target.actor.country == own
        return target.actor.sector in self.forces_sectors and target.via in (*GENERIC_VIAS, "phrase") \
            and target.actor.country in (None, own)

    def enemy(self, doc: Doc, etype: str, start: int, end: int, mentions: list[Mention],
              source: Mention | None) -> Mention | None:
        """Whom a build-up aims at where its object is the doer's own forces: an actor of another country in the clause
        after "gegen", however deep ("für den Kampf gegen Israel ausbilden"), or beyond a frontier ("an die Grenze
        zur Ukraine")."""
        if etype not in self.forces_types:
            return None
        toks = doc.tokens
        own = source.actor.country if source is not None and source.actor is not None else None
        for m in sorted(mentions, key=lambda m: m.tok_start):
            if not start <= m.tok_start < end or m is source or m.kind != "actor" or m.actor is None \
                    or not m.actor.country or m.actor.country == own:
                continue
            if m.preposition in self.enemy_preps:
                return m
            # the preposition may stand before an article ("zur", "zu der"): the frontier noun right before it
            k = next((j for j in range(m.tok_start - 1, max(start, m.tok_start - 3) - 1, -1)
                      if toks[j].lower in self.frontier_preps), None)
            if m.preposition in self.frontier_preps and k is not None and k > start \
                    and toks[k - 1].lower.endswith(self.frontier_nouns):
                return m
        return None

    def abroad_country(self, source: ActorRef | None, sentence: list[Mention]) -> str | None:
        """The one country other than an army's own that its sentence names ("Russische Truppen beschossen die Stadt,
        teilten ukrainische Behörden mit"): with no target nor place named, its act is there, not at home."""
        if source is None or not source.country or source.sector not in self.abroad_sectors:
            return None
        return one_other_country(sentence, source.country)

    def own_government(self, etype: str, source: ActorRef | None) -> ActorRef | None:
        """A domestic opposition's reaction with no target named ("Die Opposition forderte Neuwahlen", "hatte einen
        Misstrauensantrag gestellt") aims at its own country's government."""
        if source is None or not source.country or source.sector not in self.domestic_sectors \
                or etype not in self.domestic_types:
            return None
        return ActorRef("", country_name(source.country), f"{source.country}-GOV", source.country, "GOV")


def coordinated_targets(doc: Doc, target: Mention, mentions: list[Mention], joiners: set[str] | frozenset[str],
                        determiners: set[str] | frozenset[str], verb_at: Any, bracket_open: bool = False,
                        kinds: frozenset[str] = frozenset({"actor"})) -> list[Mention]:
    """Further targets in a list after the first ("räumte den USA und Großbritannien Überflugrechte ein", "Sanktionen
    gegen Russland, Belarus und Iran"): actors joined to it by a coordinator or comma with only articles between. A list
    ends before a verb ("kritisierte die Ukraine und die USA lobten ...": the USA act, they are not criticised), unless
    ``bracket_open`` (a finite auxiliary or a subordinator stands before the target) and the verb closes the clause:
    "hat Russland, Iran und Syrien kritisiert." ends its verb bracket there, so Syria is criticised too. ``kinds``
    "origin" too for a target named by its adjective: "griff ukrainische und polnische Stellungen an" hits both."""
    toks = doc.tokens
    out: list[Mention] = []
    last = target
    for m in sorted((m for m in mentions if m.tok_start >= target.tok_end and m.kind in kinds), key=lambda m: m.tok_start):
        between = toks[last.tok_end:m.tok_start]
        if not between or not any(t.lower in joiners or t.text == "," for t in between) \
                or not all(t.lower in joiners or t.text == "," or t.lower in determiners for t in between):
            break
        if m.tok_end < len(toks) and verb_at(m.tok_end) and not (bracket_open and _closes_bracket(toks, m.tok_end)):
            break
        out.append(m)
        last = m
    return out


def _closes_bracket(toks: list[Any], i: int) -> bool:
    """A lower-case verb that ends its clause (punctuation or the sentence's end after it): the right bracket."""
    return toks[i].text[:1].islower() and (i + 1 >= len(toks) or not toks[i + 1].text[:1].isalnum())


def owning_group(doc: Doc, m: Mention, mentions: list[Mention], links: set[str] | frozenset[str],
                 generic: tuple[str, ...]) -> Mention | None:
    """The named group a bare sector noun belongs to ("Kämpfer der Jihadistenmiliz Islamischer Staat", "Soldaten der
    Terrormiliz IS"): a genitive article and at most one describing word lie between; the group acts, not the noun."""
    if m.via not in generic or m.actor is None:
        return None
    toks = doc.tokens
    if m.tok_end >= len(toks) or toks[m.tok_end].lower not in links:
        return None
    return next((o for o in mentions if o.kind == "actor" and o.actor is not None and o.via not in generic
                 and m.tok_end + 1 <= o.tok_start <= m.tok_end + 2
                 and all(t.text[:1].isalpha() for t in toks[m.tok_end + 1:o.tok_start])), None)


def visit_roles(doc: Doc, clause_start: int, clause_end: int, trig: int, mentions: list[Mention], nouns: tuple[str, ...],
                preps: frozenset[str], determiners: set[str] | frozenset[str]) -> tuple[Mention, Mention] | None:
    """A visit told as a noun with its place ("Zu Besuch in Sarajevo stellte Außenminister Kurz klar", "ist zu einem
    Besuch nach China aufgebrochen"): the clause's one subject with a country visits the country of the place. None
    unless the noun is a visit (``nouns``), a place of another country follows it at once ("in"/"nach", ``preps``) and
    exactly one other actor stands in the clause outside prepositional phrases."""
    toks = doc.tokens
    if not nouns or not toks[trig].lower.endswith(nouns) or trig + 1 >= clause_end or toks[trig + 1].lower not in preps:
        return None
    place = next((m for m in mentions if trig + 2 <= m.tok_start <= trig + 3 and m.actor is not None and m.actor.country
                  and all(t.lower in determiners for t in toks[trig + 2:m.tok_start])), None)
    if place is None:
        return None
    doers = [m for m in mentions if clause_start <= m.tok_start < clause_end and m is not place and m.preposition is None
             and m.kind == "actor" and m.actor is not None and m.actor.country and m.actor.country != place.actor.country]
    return (doers[0], place) if len({m.actor.country for m in doers if m.actor is not None}) == 1 else None


def own_conjunct(doc: Doc, start: int, trig: int, objects: list[Mention], joiners: set[str] | frozenset[str],
                 is_verb: Callable[[int], bool]) -> list[Mention]:
    """The objects of a verb-final verb in its own conjunct: in "haben Russland kritisiert und Israel gelobt" the
    verbs share the subject, but each acts on the object between the coordinator after the verb before it and itself
    (or after itself, a verb-second conjunct); the first conjunct's object is never the second verb's. ``is_verb``:
    whether a token is a verb form."""
    toks = doc.tokens
    cut = next((j for j in range(trig - 1, start, -1) if toks[j].lower in joiners and toks[j - 1].text[:1].islower()
                and toks[j - 1].text.isalpha() and is_verb(j - 1)), None)
    if cut is None:
        return objects
    return [m for m in objects if cut < m.tok_start and m.tok_end <= trig] or [m for m in objects if m.tok_start > trig] \
        or objects  # "hat Russland kritisiert und lobte Israel": the verb-second conjunct's object follows it


def _noun_forms(stems: list[str], endings: tuple[str, ...]) -> frozenset[str]:
    """A noun class's words with their plural and genitive endings (``noun_endings`` in the lexicon's role_targets:
    "Angriff": "angriffe", "angriffs", "angriffen"), so a "von" phrase after any case form is read alike."""
    return frozenset(w.lower() + e for w in stems for e in endings)
