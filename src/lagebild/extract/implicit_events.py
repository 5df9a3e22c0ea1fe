"""Events told without an event word, read off the claims of an article once its events and denials are known.

A side announcing its own violence makes a threat ("Kenya would fight back against al-Shabab, the minister
announced": THREATEN, CAMEO 13), denying an accusation rejects it ("The groups deny the allegations": REJECT
by the deniers of their accuser, CAMEO 12), and a side that says it will not support, meet or give way refuses
("er werde die Kandidatur nicht unterstützen": REJECT, PLOVER's "all rejections and refusals"). The words are
data (``implicit`` in resources/<lang>/claims.yaml); the reported demand ("Y must ...") is extract/demands.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..knowledge.ontology import cameo_root
from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Event
from .denial_cues import Denial
from .event_parts import country_ref, nearest_date, teller_ref

ACCUSING = "ACCUSE"  # the type whose source is the accuser a denial answers
REFUSING = "REJECT"  # the type of a refusal, and of a denied accusation


@dataclass(frozen=True)
class ImplicitEvents:
    """What turns a claim into an event of its own; empty data changes nothing."""

    threat_types: frozenset[str] = frozenset()  # an announced act of these types by the speaker's side is a threat
    threat_modalities: frozenset[str] = frozenset()  # "will / would / werde": told as coming, not as done
    warning_cues: frozenset[str] = frozenset()  # "warned that it would impose sanctions": a warning widens the types
    warned_types: frozenset[str] = frozenset()
    conditioned_types: frozenset[str] = frozenset()  # "Sollte X ..., werde Japan Sanktionen verhängen": a threat
    threat_auxiliaries: frozenset[str] = frozenset()  # "will", "would", "werde": the act is announced
    auxiliary_reach: int = 0  # at most this many words from the auxiliary to the verb ("would fight back")
    accusation_nouns: frozenset[str] = frozenset()  # "the allegations", "die Vorwürfe": what a denial rejects
    # "allegations by Ukraine", "Vorwürfe aus Kiew": a preposition that names the accuser after the accusation noun
    accuser_preps: frozenset[str] = frozenset()
    genitive_accuser: bool = False  # "die Vorwürfe der Opposition", "die Vorwürfe Kiews": a bare genitive names it
    refused_types: frozenset[str] = frozenset()  # a negated act of these types, announced or willed, is a refusal
    refused_any_tense: frozenset[str] = frozenset()  # ... of these also told in the past ("erkannte ... nicht an")
    refusal_auxiliaries: frozenset[str] = frozenset()  # "werde", "will": the negated act is willed, not a fact
    refusal_blockers: frozenset[str] = frozenset()  # "noch nicht", "konnte nicht": not yet, or unable: no refusal
    # "would tighten the blockade", "the crackdown will continue": a verb that carries on an act its noun names
    carried_verbs: frozenset[str] = frozenset()
    # "bestritt, von den Zahlungen gewusst zu haben": a denial of a charge told as the denier's own deed, with no event
    # of its own, rejects the charge; the accuser as above, else the denier's own side (detrig36)
    charge_denials: frozenset[str] = frozenset()
    charge_relatives: frozenset[str] = frozenset()  # ", der den Holocaust leugnet, ...": a relative clause describes
    # "schloss nicht aus, Obama zu verklagen": an act of these types its doer will not rule out is a threat (detype37)
    held_open_types: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> ImplicitEvents:
        d = data or {}
        return cls(frozenset(d.get("threat_types") or []), frozenset(d.get("threat_modalities") or []),
                   lower_words(d, "warning_cues"), frozenset(d.get("warned_types") or []),
                   frozenset(d.get("conditioned_types") or []),
                   lower_words(d, "threat_auxiliaries"), int(d.get("auxiliary_reach") or 0),
                   lower_words(d, "accusation_nouns"),
                   lower_words(d, "accuser_prepositions"), bool(d.get("genitive_accuser")),
                   frozenset(d.get("refused_types") or []), frozenset(d.get("refused_any_tense") or []),
                   lower_words(d, "refusal_auxiliaries"),
                   lower_words(d, "refusal_blockers"),
                   lower_words(d, "carried_verbs"), lower_words(d, "charge_denials"),
                   lower_words(d, "charge_relatives"), frozenset(d.get("held_open_types") or []))

    def apply(self, doc: Doc, events: list[Event], denials: list[Denial]) -> list[Event]:
        """Retype announced violence as threats and refused acts as rejections, and add one REJECT per denied
        accusation (events in order)."""
        for e in events:
            if self._own_threat(doc, e):
                e.event_type, e.cameo, e.mode = "THREATEN", cameo_root("THREATEN"), None
                e.modality, e.hedged, e.attribution = "factual", False, []  # the speaker's own act, told as done
                e.trace = {**e.trace, "implicit": "own threat"}
            elif self._refusal(doc, e):
                e.event_type, e.cameo, e.mode = REFUSING, cameo_root(REFUSING), None
                e.modality = "factual"  # the refusal is told as done; what is refused never happens
                e.trace = {**e.trace, "implicit": "refusal"}
        rejects = [r for d in denials if (r := self._rejection(doc, events, d)) is not None]
        if not rejects:
            return events
        return sorted([*events, *rejects], key=lambda e: (e.evidence_sentence, e.start))

    def _own_threat(self, doc: Doc, e: Event) -> bool:
        """"Kenya would fight back, the minister announced": a verb after a future auxiliary, told by its doer's
        own side and neither denied nor negated; "Russia said Ukraine would attack" is Russia's claim about
        Ukraine, "sent troops to battle" an aim, "the blockade will continue" a state of affairs. Under a condition
        ("Sollte X ..., werde Japan Sanktionen verhängen", "otherwise it would ...") sanctions threaten too, nouns
        as well; a deployment's target is where it goes, not the side the condition names, so it stays. An act its
        doer will not rule out ("schloss nicht aus, Obama zu verklagen") is held over the other side: a threat."""
        speakers = [a for a in e.attribution if a.level == 0]
        if e.trace.get("held_open") and e.event_type in self.held_open_types and e.modality == "hypothetical" \
                and not e.denied_by:
            return self._own_side(e, speakers, True)  # the doer is who rules nothing out: no speaker needed
        conditioned = bool(e.trace.get("conditioned")) and e.event_type in self.threat_types | self.conditioned_types
        warned = any(a.cue.lower() in self.warning_cues for a in speakers)
        if e.event_type not in (self.threat_types | self.warned_types if warned else self.threat_types) | (
                self.conditioned_types if conditioned else frozenset()) \
                or e.modality not in self.threat_modalities or e.denied_by or "trigger_tok" not in e.trace:
            return False
        tok = int(e.trace["trigger_tok"])
        if e.trace.get("nominal", True) and not conditioned:
            return self._carried(doc, tok) and self._own_side(e, speakers, False)
        lo = max(tok - int(e.trace.get("clause_pos", 0)), tok - self.auxiliary_reach)
        # a conditioned noun may be the clause's subject, its auxiliary after it ("die Streiks würden fortgesetzt, wenn")
        hi = tok - int(e.trace.get("clause_pos", 0)) + int(e.trace.get("clause_len", 0)) if conditioned else tok
        if not any(t.lower in self.threat_auxiliaries for t in doc.tokens[lo:max(hi, tok)]):
            return False
        return self._own_side(e, speakers, conditioned)

    @staticmethod
    def _own_side(e: Event, speakers: list[Any], conditioned: bool) -> bool:
        """Told by the doer's own side (an act made to hang on another's conduct is a threat when the article
        itself tells it, too)."""
        country = e.source.country if e.source is not None else None
        return bool(country) and bool(speakers or conditioned) and all(a.country == country for a in speakers)

    def _carried(self, doc: Doc, tok: int) -> bool:
        """The noun at ``tok`` is carried on by a verb after a future auxiliary: its object ("would tighten the naval
        blockade", "will step up its attacks") or its subject ("the crackdown would continue"), with no punctuation
        between; a noun alone with "will" is no more than a state of affairs ("the blockade will remain")."""
        if not self.carried_verbs:
            return False
        toks = doc.tokens
        sent = doc.sentences[toks[tok].sent]

        def plain(lo: int, hi: int) -> bool:
            return all(t.text[:1].isalnum() for t in toks[lo:hi])

        for k in range(tok - 1, max(sent.tok_start, tok - 5) - 1, -1):  # the verb before its object
            if toks[k].lemma in self.carried_verbs and plain(k, tok) and any(
                    t.lower in self.threat_auxiliaries for t in toks[max(sent.tok_start, k - 2):k]):
                return True
        for k in range(tok + 1, min(sent.tok_end, tok + 3)):  # the subject before its auxiliary and verb
            if toks[k].lower in self.threat_auxiliaries and plain(tok + 1, k) and any(
                    t.lemma in self.carried_verbs for t in toks[k + 1:min(sent.tok_end, k + 3)]):
                return True
        return False

    def _refusal(self, doc: Doc, e: Event) -> bool:
        """"Nikolic werde die Kandidatur nicht unterstützen", "Belgrad will keinen Kandidaten unterstützen", "erkannte
        die Autorität des Gerichts nicht an": a cooperative act the doer negates for itself is a refusal, not an
        event that did not happen. A denial by others ("dementierte die Festnahme") stays a negated claim; "noch
        nicht" (not yet) and "konnte nicht" (unable) refuse nothing; a past fact ("traf sich nicht mit") refuses only
        for the types that are a stance (support, agreement)."""
        if e.modality != "negated" or e.event_type not in self.refused_types or e.denied_by \
                or "trigger_tok" not in e.trace:
            return False
        tok = int(e.trace["trigger_tok"])
        sent = doc.sentences[doc.tokens[tok].sent]
        lo = max(tok - int(e.trace.get("clause_pos", 0)), sent.tok_start)
        hi = min(lo + int(e.trace.get("clause_len", tok - lo + 1)), sent.tok_end)
        words = {t.lower for t in doc.tokens[lo:hi]}
        if words & self.refusal_blockers:
            return False
        return e.event_type in self.refused_any_tense or bool(words & self.refusal_auxiliaries)

    def _rejection(self, doc: Doc, events: list[Event], d: Denial) -> Event | None:
        """"X denied the allegations" / "X wies die Vorwürfe zurück": X rejects whoever accused it; the accuser
        is the one whose claim the denial reached, else the last to accuse the deniers before it."""
        toks = doc.tokens
        if d.verb < 0 or not d.deniers:
            return None
        charge = not any(t.lower in self.accusation_nouns for t in toks[d.clause.start:d.clause.end])
        if charge and not self._denied_deed(doc, events, d):
            return None
        denier = d.deniers[0]
        if denier.start is None or denier.start < toks[d.clause.start].start and not d.relative:
            return None  # "…, charges Sudan denies": a denier found outside the denial's clause is a guess
        # a verb-final denial ("hat die Vorwürfe der Ukraine zurückgewiesen") finds the accuser before the verb too
        told = self._named_accuser(doc, d, {denier.name}) if len(d.deniers) > 1 else None
        deniers = [a for a in d.deniers if told is None or a.name != told.name]
        mine = {a.name for a in deniers}
        denied = [e for e in events if any(x.name in mine for x in e.denied_by)]
        countries = {a.country for a in deniers}
        named = self._named_accuser(doc, d, mine)
        if named is not None and any(e.event_type == REFUSING and e.evidence_sentence == d.sent and e.source is not None
                                     and e.source.country in countries for e in events):
            return None  # "rejected Ukraine's accusations": the trigger already told the rejection
        accuser = named or self._accuser(denied, mine) or self._accuser(
            [e for e in events if e.event_type == ACCUSING and e.evidence_sentence <= d.sent
             and e.target is not None and e.target.country in countries][-1:], mine)
        if accuser is None and charge and denier.country:
            accuser = country_ref("", denier.country)  # "bestritt, ... gewusst zu haben": the charge is its own side's
        if accuser is None:
            return None
        for e in events:  # the accusation itself is what the deniers deny ("wies die Vorwürfe zurück")
            if e.event_type == ACCUSING and e.evidence_sentence <= d.sent and e.source is not None \
                    and e.source.country == accuser.country and e.target is not None and e.target.country in countries:
                e.denied_by.extend(a for a in deniers if all(x.name != a.name for x in e.denied_by))
        sent = doc.sentences[d.sent]
        start = min(denier.start if denier.start is not None else toks[d.verb].start, toks[d.verb].start)
        end = max(toks[d.verb].end, denier.end or 0)
        source = ActorRef(denier.text, denier.name, denier.actor_id, denier.country, denier.sector)
        return Event(article=doc.article.id, event_type=REFUSING, source=source, target=accuser,
                     evidence_sentence=d.sent, sentence_text=doc.text[sent.start:sent.end], start=start, end=end,
                     evidence_text=doc.text[start:end], trigger=toks[d.verb].text, cameo=cameo_root(REFUSING),
                     date=nearest_date(doc.dates, sent.start, sent.end, toks[d.verb].start),
                     trace={"implicit": "denied accusation"})

    def _denied_deed(self, doc: Doc, events: list[Event], d: Denial) -> bool:
        """The denial (a verb of ``charge_denials``) has a content clause of its own ("bestritt, ... gelöscht zu haben")
        in which no event was read and which denies none: the denied deed is no act we type, the denial is the event."""
        toks = doc.tokens
        if d.content is None or d.back_reference or d.relative or not (
                toks[d.verb].lemma in self.charge_denials or toks[d.verb].lower in self.charge_denials):
            return False
        if d.clause.start > 0 and toks[d.clause.start - 1].text == "," and toks[d.clause.start].lower in self.charge_relatives:
            return False  # "Ein Präsident, der den Holocaust leugnet, kann nicht erwarten, dass ...": no denial told
        lo, hi = toks[d.content[0]].start, toks[d.content[1] - 1].end
        mine = {a.name for a in d.deniers}
        return not any(lo <= e.start < hi or any(x.name in mine for x in e.denied_by) for e in events
                       if e.evidence_sentence == d.sent)

    def _named_accuser(self, doc: Doc, d: Denial, deniers: set[str]) -> ActorRef | None:
        """The accuser the denial's own words name with its accusation: "Ukraine's accusations", "die ukrainischen
        Vorwürfe" just before the noun; "allegations by Ukraine", "Vorwürfe der Opposition" just after it (articles
        and adjectives between); "Vorwürfe gegen Kiew" names the accused, so only ``accuser_preps`` lead to one."""
        toks, lo, hi = doc.tokens, d.clause.start, d.clause.end
        for n in (j for j in range(lo, hi) if toks[j].lower in self.accusation_nouns):
            for m in doc.mentions:
                if m.kind != "actor" or m.actor is None or not m.actor.country or m.actor.name in deniers \
                        or not lo <= m.tok_start < hi:
                    continue
                before = m.tok_end <= n and all(t.lower in ("'s", "’s", "'") for t in toks[m.tok_end:n])
                between = toks[n + 1:m.tok_start]
                after = m.tok_start > n and len(between) <= 3 and all(t.text[:1].isalpha() for t in between) and (
                    m.preposition in self.accuser_preps if m.preposition
                    else self.genitive_accuser and all(t.text[:1].islower() for t in between))
                if (before and m.preposition is None) or after:
                    a = m.actor
                    return ActorRef(a.text, a.name, a.actor_id, a.country, a.sector)
        return None

    @staticmethod
    def _accuser(events: list[Event], deniers: set[str]) -> ActorRef | None:
        """The side that made the accusation: an accusation's own source, else who told the denied claim; never a
        denier itself (by name: "the opposition accused the government, which denied it" is domestic)."""
        for e in reversed(events):
            if e.event_type == ACCUSING and e.source is not None and e.source.country and e.source.name not in deniers:
                return e.source
            doer = e.source.name if e.source is not None else None  # a demand's speaker tells no accusation
            told = next((a for a in e.attribution if a.level == 0 and a.country and a.name not in deniers
                         and a.name != doer), None)
            if told is not None:
                return teller_ref(told)
        return None
