"""The clause grammar the role rules ask (split from role_finder.py, whose ``_roles`` decides who does it to whom):
is the clause passive, is the trigger a participle, which preposition governs an actor, does a light verb carry a
noun, is the clause's subject told before. Questions only: nothing here picks a source or a target."""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention, Token
from . import incidents_de, passives_de, phrases_de, relatives_de
from .analyser import Analysis, analysis_of
from .clause_infinitives import infix_infinitive
from .clauses import Clause
from .role_finder_nominal import NominalRoleFinder
from .rules import Rule, Trigger


class ClauseGrammar(NominalRoleFinder):
    """Mixin of RoleFinder (and so of EventExtractor): what the clause's words say of its grammar."""

    def _act_noun_after(self, doc: Doc, m: Mention) -> bool:
        """The noun an origin adjective qualifies names an act ("die russischen Vorwürfe"): a deed, not a doer."""
        if m.tok_end >= len(doc.tokens):
            return False
        t = doc.tokens[m.tok_end]
        return t.lower in self.by_noun or t.lemma.lower() in self.by_noun

    def _judged_doer(self, c: Clause, doc: Doc, origins: list[Mention], source: ActorRef) -> ActorRef | None:
        """detrig38: the country adjective on an act noun the verb judges names the act's doer, who is the one judged
        ("verurteilte den russischen Angriff auf Kiew": Russia, not Kyiv; "begrüßte die ukrainische Zusage")."""
        for o in origins:
            if c.start <= o.tok_start < c.end and o.actor is not None and o.actor.country \
                    and o.actor.country != source.country and self._act_noun_after(doc, o):
                return ActorRef(o.actor.text, o.actor.name, o.actor.actor_id, o.actor.country, o.actor.sector)
        return None

    def _reference_noun(self, doc: Doc, c: Clause, trig: Trigger) -> Token | None:
        """The clause's noun that points back at an act told before: a reference noun after a definite
        determiner, or a reply noun after one of those or a reply determiner ("weitere Forderungen")."""
        toks = doc.tokens
        for j in range(c.start + 1, c.end):
            low = toks[j].lower
            if j == trig.tok or (low not in self.reference_nouns and low not in self.reply_nouns):
                continue
            dets = self.reference_determiners | (self.reply_determiners if low in self.reply_nouns else frozenset())
            if any(toks[k].lower in dets for k in range(max(c.start, j - 3), j)):
                return toks[j]
        return None

    def _light_verb(self, t: Token) -> bool:
        """A light verb ("verüben", "starten"), also in a weak past or participle form the lemmatiser leaves as it is
        ("verübte" -> "verübt", "verübt"): the stem without "-te"/"-ten"/"-t" (and "ge-") plus "-en" is one."""
        return t.lemma in self.light_verbs or (self.lang == "de" and (  # "schicken": an infinitive lemmatised wrong
            passives_de.weak_light_verb(t, self.light_verbs, self.weak_past_endings) or t.lower in self.light_verbs
            or self._infix_light(t.text)))

    def _infix_light(self, word: str) -> bool:
        """"in Gespräche einzutreten", "Beschwerde einzulegen": a zu-infinitive with "zu" inside whose verb, with its
        particle or without ("treten"), is a light verb; the lemmatiser leaves the word as it is."""
        plain = infix_infinitive(word, self.particles)
        return plain is not None and (plain in self.light_verbs or any(
            plain.startswith(p) and plain[len(p):] in self.light_verbs for p in self.particles))

    def _extra_target(self, doc: Doc, c: Clause, trig: Trigger, actors: list[Mention],
                      skip: tuple[Mention | None, ...]) -> Mention | None:
        """The actor behind one of the trigger's own target prepositions ("verurteilten den Angriff auf X")."""
        return next((m for m in actors if all(m is not x for x in skip)
                     and self._governor(doc, m, c.start) in trig.extra_preps), None)

    def _carried(self, doc: Doc, c: Clause, trig: Trigger) -> bool:
        """A German nominal trigger after a light verb of its clause ("flogen Angriffe auf ...", "verübte einen
        Anschlag"), or in a state after "im" with a copula ("Polizisten waren im Einsatz"): the verb's subject is
        the doer, found by the verb's case rules."""
        return self.vorfeld and trig.nominal and (self._light_in(doc, c, c.start, trig.tok) or self._state(doc, c, trig.tok))

    def _state(self, doc: Doc, c: Clause, tok: int) -> bool:
        """"sind im Einsatz", "waren ... im Streik": the nominal trigger right after a state preposition (lexicon.yaml
        state_phrases), with a copula anywhere in its clause."""
        toks = doc.tokens
        return tok > c.start and toks[tok - 1].lower in self.state_preps \
            and any(toks[k].lower in self.state_verbs for k in range(c.start, c.end))

    def _light_in(self, doc: Doc, c: Clause, lo: int, hi: int) -> bool:
        """A light verb among the clause's tokens ``lo``..``hi``, also split from its particle ("kündigte ... an")."""
        return any(self._light_verb(doc.tokens[k]) or (self.vorfeld and passives_de.split_light_verb(
            doc, c, k, self.particles, self.light_verbs)) for k in range(lo, hi))

    def _light_bracket(self, doc: Doc, c: Clause, k: int) -> bool:
        """The verb at ``k`` is a light verb ("Kritik übte X"), or a tense or modal auxiliary whose clause closes on
        one ("Kritik hat X an Y geübt"); a passive auxiliary is not ("Kritik wurde von X geübt": its agent does)."""
        toks = doc.tokens
        if self._light_verb(toks[k]):
            return True
        if toks[k].lower not in self.finite or toks[k].lower in self.passive_aux:
            return False
        last = next((j for j in range(c.end - 1, k, -1) if toks[j].text.isalpha()), None)
        return last is not None and self._light_verb(toks[last])

    def _incident(self, doc: Doc, c: Clause, tok: int) -> bool:
        """The nominal trigger stands in an incident phrase ("Bei einem Anschlag", incidents_de.incident_phrase)."""
        return incidents_de.in_incident(doc, tok, c.start, self.nominal_blockers, self.case)

    def _in_prepositional(self, doc: Doc, c: Clause, m: Mention) -> bool:
        """A German genitive inside a prepositional phrase ("in der Hauptstadt Äthiopiens", "gegen die Vorherrschaft
        der Zentralregierung"): it names no one who acts, so it does not push the clause's sector actors aside."""
        return self.vorfeld and phrases_de.in_prepositional_phrase(doc, m, c.start, self.determiners, self.genitive_links,
                                                                 self.case)

    def _relative_genitive(self, doc: Doc, c: Clause, m: Mention, actors: list[Mention]) -> bool:
        """A genitive attribute inside a relative clause whose pronoun is its subject (", die den Angaben der Regierung
        widerspricht"): it qualifies an object; the clause's doer is the pronoun's antecedent, never this owner."""
        if not (self.vorfeld and relatives_de.relative_start(doc, c.start, self.case)):
            return False
        owned = {j for a in actors if a is not m for j in range(a.tok_start, a.tok_end)}
        first = m.tok_start + (doc.tokens[m.tok_start].lower in self.genitive_links)  # "der Menschenrechtsorganisation"
        return phrases_de.genitive_attribute(doc, first, c.start + 1, self.genitive_links, owned)

    def _parsed_roles(self, parse: Analysis, tok: int, actors: list[Mention], source: Mention | None,
                      target: Mention | None, rule: Rule) -> tuple[Mention | None, Mention | None]:
        """Subject -> source, passive agent -> source, object -> target, where the parse links them to
        the trigger (or to its auxiliary chain); what the parse does not tell keeps the rule result."""
        def actor_at(i: int) -> Mention | None:
            return next((m for m in actors if m.tok_start <= i < m.tok_end), None)

        def subtree_actor(i: int) -> Mention | None:
            found = actor_at(i)
            for c in parse.children.get(i, []) if found is None else []:
                found = found or actor_at(c)
            return found

        verbs = {tok}
        cur = tok
        while parse.deps.get(cur, "").lower() in self.dep_chain and parse.heads.get(cur) not in (None, *verbs):
            cur = parse.heads[cur]  # TIGER style: the participle hangs off the finite auxiliary ("hat ... getroffen")
            verbs.add(cur)
        subj = next((m for v in verbs for c in parse.dependents(v, self.dep_subject) if (m := subtree_actor(c))), None)
        agent = next((m for v in verbs for c in parse.dependents(v, self.dep_agent) if (m := subtree_actor(c))), None)
        obj = next((m for v in verbs for c in parse.dependents(v, self.dep_object) if (m := subtree_actor(c))), None)
        patient = next((m for v in verbs for c in parse.dependents(v, self.dep_patient) if (m := subtree_actor(c))), None)
        if agent is not None:
            return agent, (patient or subj if rule.object_target or target is None else target)
        if subj is not None:
            source = subj
            if target is subj:
                target = None
        if obj is not None and obj is not source and (rule.object_target or target is None):
            target = obj
        return source, target

    def _participle(self, doc: Doc, tok: int, clause: Clause) -> bool:
        """The trigger is a past participle: its form differs from its lemma, or (German "entlassen",
        "übergeben", whose participle is the infinitive) a past passive auxiliary stands in the clause."""
        toks = doc.tokens
        return toks[tok].lower != toks[tok].lemma or any(
            toks[j].lower in self.case.past_passive for j in range(clause.start, clause.end))

    def _passive(self, doc: Doc, clause: Clause, tok: int | None = None) -> bool:
        """A passive auxiliary in the clause ("wurden getötet", "were arrested"). Where the English parse
        covers the trigger at ``tok``, the parse decides: "is threatening", "has been fighting" are active."""
        parse = analysis_of(doc) if tok is not None and self.syntax is not None else None
        if parse is not None and self._sentence_parse(doc, clause.sent) is not None and tok in parse.deps:
            # "is committed to": a state of intent, not a passive (its subject acts)
            return self.syntax.passive(parse, tok) and doc.tokens[tok].lower not in self.syntax.stative  # type: ignore[union-attr]
        # the trigger is no auxiliary of itself: "wurden sich einig" is active; an auxiliary past a comma after the trigger
        # heads another verb ("stellten ein Ultimatum, anderenfalls würden sie zurückkehren"): a verb group spans no comma
        toks = doc.tokens
        end = clause.end if tok is None else next((j for j in range(tok, clause.end) if toks[j].text == ","), clause.end)
        if tok is not None and self.vorfeld and passives_de.recipient_passive(doc, tok, end, self.recipient_aux) is not None:
            return True  # "hat von den USA Waffen geliefert bekommen": the recipient passive
        return any(toks[k].lower in self.passive_aux for k in range(clause.start, end) if k != tok)

    def _governor(self, doc: Doc, m: Mention, lo: int, preps: set[str] | None = None) -> str | None:
        """The preposition governing a mention, also across a head noun and a genitive link
        ("aus dem Süden des Libanon", "from southern Lebanon")."""
        if m.preposition is not None:
            return m.preposition
        toks = doc.tokens
        preps = self.all_target_preps if preps is None else preps
        j = m.tok_start - 1
        while j >= lo and m.tok_start - j <= 5:
            low = toks[j].lower
            if low in preps:
                return low
            if not (low.isalpha() or (self.lang == "de" and low.replace("-", "").isalpha())):  # "Anti-Terroreinheit"
                return None
            if (toks[j].text[:1].isupper() and self.lang == "de" and toks[j + 1].lower not in self.genitive_links
                    and not (j + 1 == m.tok_start and m.text.endswith("s")  # "vor der Küste Taiwans"
                             and not _owns_next(doc, m))):  # not "am Mittwoch Putins Anwesen": Putin's own phrase
                return None
            if j in self._actor_toks:
                return None
            j -= 1
        return None

    def _subjectless(self, doc: Doc, c: Clause, actors: list[Mention]) -> str | None:
        """'pronoun' ("sie sollen ..."), 'unbound' (a pronoun of the other gender), 'ellipsis' ("und hat ... erworben")
        or None: such clauses take their subject from what was told before."""
        toks = doc.tokens
        first_bare = next((m.tok_start for m in actors if m.preposition is None), c.end)
        if any(toks[j].lower in self.group_pronouns for j in range(c.start, first_bare)):
            # 'unbound': a pronoun the subject before cannot be (subject_pronouns: "Macron ... Sie"), no doer inherited
            return "unbound" if doc.unbound_pronouns.intersection(range(c.start, first_bare)) else "pronoun"
        if c.opener in self.weak and c.start + 1 < c.end and (first_bare == c.end or self._finite_after(doc, c.start + 1)
                                                             or self._shares_auxiliary(doc, c)):
            return "ellipsis"  # "und hat dort den Präsidenten getroffen": the actor after the verb is its object
        return None

    def _shares_auxiliary(self, doc: Doc, c: Clause) -> bool:
        """German "hat den Gazastreifen bombardiert und dabei Dutzende Palästinenser getötet": an "und" clause with no
        finite auxiliary of its own that ends in a participle or infinitive shares the auxiliary (and the subject)
        told before it in its sentence, so the phrase before its verb is an object."""
        toks = doc.tokens
        if not self.vorfeld or toks[c.start].lower not in self.coordinators:
            return False  # "die", "der" open relative clauses
        words = [t for t in toks[c.start + 1:c.end] if t.text[:1].isalpha()]
        last = words[-1] if words else None
        return last is not None and len(words) >= 3 and last.text.islower() and len(last.text) > 3 \
            and last.lower not in self.particles and last.lower not in self.determiners \
            and not any(t.lower in self.finite for t in words) \
            and any(toks[j].lower in self.finite for j in range(doc.sentences[c.sent].tok_start, c.start))

    def _finite_after(self, doc: Doc, i: int) -> bool:
        t = doc.tokens[i]
        return t.lower in self.finite or t.lemma in self.by_verb or t.lower in self.cues.verb_forms


def _owns_next(doc: Doc, m: Mention) -> bool:
    """A name in -s right before a capitalised noun is that noun's prenominal genitive ("Putins Anwesen", "Russlands
    Vorgehen"): it opens a phrase of its own, so no preposition or noun before it governs it."""
    toks = doc.tokens
    k = m.tok_end
    return k < len(toks) and toks[k].sent == toks[m.tok_start].sent and toks[k].text[:1].isupper() and toks[k].text.isalpha()
