"""Speech acts are events whose source is the speaker: "Er forderte die SPD auf, ...", "Die Regierung wirft
den Rebellen vor, ...", "Der Generalanwalt kritisierte das Gesetz".

The role finder picks a source among the clause's resolved actors; when the German subject before the
finite verb is a pronoun or a phrase it cannot resolve, it takes the addressee after the verb instead
("Er forderte die SPD auf" became a demand *by* the SPD). Here the speaker phrase before the verb
(found as for any reporting verb, extract/speakers.py) decides: its actor is the source and the actor
taken before becomes the target; a speaker phrase that names no side leaves the act without a source
(no event), never with the addressee as its doer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention
from .clauses import Clause
from .roles_de import CaseWords, oblique_before_plural, oblique_phrase
from .speakers import UNNAMED, ClaimState, SpeakerPhrases, mentions_in


@dataclass(frozen=True)
class SpeechActs:
    """Built once per language from claims.yaml ``speech_acts``; holds no per-document state."""

    types: frozenset[str]
    object_articles: frozenset[str]  # "Dem Minister warf die Opposition vor": a dative first is no speaker
    passives: frozenset[str]
    demonstratives: frozenset[str]
    nominative_openers: frozenset[str]  # "Ein Sprecher forderte die SPD auf": only a subject opens so
    genitive_articles: frozenset[str] = frozenset()  # "des", "eines": never a subject
    singular_articles: frozenset[str] = frozenset()  # "der": no subject of a plural verb ("warfen der Regierung vor")
    inverted_subjects: frozenset[str] = frozenset()  # "kritisierte er ...": only a subject is this pronoun
    genitive_suffixes: tuple[str, ...] = ()  # "Obamas Einsatz": a name so ending before a noun is an attribute
    case: CaseWords | None = None  # "Der Regierung warf die Opposition vor": "der" + a feminine noun is no speaker

    @classmethod
    def from_data(cls, claims: dict[str, Any], lex: dict[str, Any]) -> SpeechActs:
        data = claims.get("speech_acts") or {}
        return cls(frozenset(data.get("types") or []),
                   lower_words(lex.get("case_words"), "object_articles"),
                   lower_words(lex, "passive_auxiliaries"),
                   lower_words(lex.get("case_words"), "demonstratives"),
                   lower_words(data, "nominative_openers"),
                   lower_words(data, "genitive_articles"),
                   lower_words(data, "singular_articles"),
                   lower_words(data, "inverted_subjects"),
                   tuple(data.get("genitive_suffixes") or []), CaseWords.from_lex(lex))

    def roles(self, doc: Doc, c: Clause, verb: int, etype: str, source: Mention | None, target: Mention | None,
              actors: list[Mention], speakers: SpeakerPhrases, state: ClaimState
              ) -> tuple[Mention | None, Mention | None] | None:
        """Source and target of a verbal speech act at token ``verb``; None when its speaker names no side
        (no event). Applies when a speaker phrase stands before the verb in its own main clause: its actor
        (one of the clause's ``actors``, or for a pronoun one made from the last speaker) is the source,
        and an actor of the phrase is never the target ("Scherf (SPD) warnte die CDU")."""
        inverted = self._inverted_pronoun(doc, c, verb, etype, speakers)
        if inverted is not None:  # "Danach kritisierte er die Regierung": the pronoun after the verb speaks
            speaker = self._pronoun_speaker(doc, c, inverted, verb, speakers, state)
            if speaker is None:
                return None  # a pronoun we cannot place: never the addressee nor an actor of an adverbial
            rest = [m for m in (target, source) if m is not None and m is not speaker and m.preposition is None
                    and not (m.actor is not None and speaker.actor is not None and m.actor.name == speaker.actor.name)]
            return speaker, (target if target in rest else rest[0] if rest else target)
        region = self._region(doc, c, verb, etype, speakers)
        toks = doc.tokens
        # the finite auxiliary of "hatte Lenz aufgefordert", when nothing is set off by a comma between them
        head = next((j for j in range(verb - 1, c.start - 1, -1) if toks[j].lower in speakers.finite), verb)
        if any(toks[j].text == "," for j in range(head, verb)):
            head = verb
        # the agent of a passive participle ("wurde von den Wahlverlierern angezweifelt") has the case its preposition
        # governs; one after the verb belongs to another ("muss nicht von einem Gericht bestätigt werden")
        agent = source is not None and source.preposition is not None and source.tok_start < verb
        if etype in self.types and source is not None and c.start <= source.tok_start < c.end \
                and source.tok_start > head and not agent and self._no_subject(doc, c, head, source, speakers):
            speaker = self._speaker(doc, *region, verb, actors, speakers, state, True) if region is not None else None
            if speaker is None:  # "Datenschützer warfen der Regierung Wortbruch vor": the addressee never accuses
                return None
            return speaker, target if target is not None and target is not speaker else source
        if region is None:
            return source, target
        lo, hi = region
        if target is not None and lo <= target.tok_start < hi and target.preposition is None:
            # the speaker's own party: the addressee follows; a prepositional one is the fronted act noun's side
            # ("Druck auf die Türkei übte die SPD aus")
            target = next((m for m in actors if m.tok_start > verb and m.preposition is None and m is not source), None)
        if source is None or not c.start <= source.tok_start < c.end or source.tok_start < head:
            return source, target  # no doer, the role finder's own subject, or one told before ("Er" as the last doer)
        speaker = self._speaker(doc, lo, hi, verb, actors, speakers, state)
        if speaker is None and (source.preposition is not None or self._nominative(doc, lo, speakers)
                                or speakers.name_run(doc, lo, hi, []) is not None):
            return None  # "Er forderte die SPD auf", "Die Organisation fordert von der Regierung", "Der Sprecher,
            # Jan Brandt, hat Lenz aufgefordert": a subject we cannot place, so no doer we know
        if speaker is None:
            return source, target  # "Die Kritik ... wies die Landesregierung zurück": the Vorfeld may be the object
        return speaker, target if target is not None and target is not speaker else source

    def _inverted_pronoun(self, doc: Doc, c: Clause, verb: int, etype: str, speakers: SpeakerPhrases) -> int | None:
        """'Nach dem Treffen kritisierte er die Regierung', 'Die Bürger forderte er auf': in a German main clause
        whose first place holds something else, an unambiguously nominative pronoun right after the finite
        verb is the subject; the token of that pronoun, else None."""
        if etype not in self.types or not self.inverted_subjects or c.opener is not None:
            return None
        toks = doc.tokens
        for j in range(c.start + 1, min(verb + 2, c.end)):
            if toks[j].lower in self.inverted_subjects and (j - 1 == verb or toks[j - 1].lower in speakers.finite) \
                    and toks[j - 1].i > c.start:
                return j
        return None

    @staticmethod
    def _pronoun_speaker(doc: Doc, c: Clause, j: int, verb: int, speakers: SpeakerPhrases,
                         state: ClaimState) -> Mention | None:
        """The actor a speaker pronoun stands for: the person its mention resolved to, unless that person is
        named in a phrase of the same clause ("Nach dem Treffen mit Macron kritisierte er": not Macron); else
        the last speaker or the subject told before, placed at the pronoun. None when it names no country."""
        t = doc.tokens[j]
        known = next((m for m in doc.mentions if m.tok_start == j and m.actor is not None and m.actor.country), None)
        if known is not None and known.actor is not None and not any(
                c.start <= m.tok_start < j and m.preposition is not None and m.actor is not None
                and m.actor.name == known.actor.name for m in doc.mentions):
            return known
        atts = speakers.pronoun(doc, j, doc.tokens[verb].text, state, t.sent)
        a = atts[0] if len(atts) == 1 else None
        if a is None or a.name == UNNAMED or not a.country:
            return None
        return Mention(t.i, t.i + 1, t.start, t.end, t.text, "actor", via="anaphor",
                       actor=ActorRef(t.text, a.name, _actor_id(a.country, a.sector), a.country, a.sector))

    def _no_subject(self, doc: Doc, c: Clause, verb: int, m: Mention, speakers: SpeakerPhrases) -> bool:
        # ``verb``: the clause's finite verb (the auxiliary of "hatte ... aufgefordert")
        """Can the actor after the verb not be its subject, by its case or number? An object article ("dem",
        "den"), a genitive ("des", "der X" after a noun: "das Gesetz der Regierung", "Obamas Einsatz"), "der"
        right after a plural verb ("warfen der Regierung vor") or one person's or country's bare name after it
        ("Kritiker werfen Obama / Polen vor"): the subject stands elsewhere. Only German marks case so."""
        if not (self.object_articles or self.genitive_articles or self.singular_articles):
            return False
        toks = doc.tokens
        if m.tok_start > verb and self._possessive(doc, m):
            return True
        if any(toks[j].lower in speakers.coordinators for j in range(m.tok_end, min(c.end, m.tok_end + 2))):
            return False  # "forderten der Präsident und die Kanzlerin": a plural subject
        finite = next((j for j in range(c.start, verb) if toks[j].lower in speakers.finite), verb)
        plural = toks[finite].lower.endswith("en")
        art = m.tok_start - 1
        if art == verb or art > verb and toks[art].lower not in speakers.determiners and not toks[art].text[:1].isalpha():
            # a bare name: one person, or a country (a plural one takes its article: "die USA"), is no subject of a
            # plural verb ("Kritiker werfen Polen vor": Poland is accused, never the accuser)
            return plural and m.via in ("person", "country")
        while art > verb and toks[art].text[:1].islower() and toks[art].lower not in self.object_articles \
                and toks[art].lower not in self.singular_articles | self.genitive_articles and m.tok_start - art <= 3:
            art -= 1  # "der deutschen Regierung": adjectives between article and noun
        if art <= verb:
            return False
        low = toks[art].lower
        if low in self.object_articles or low in self.genitive_articles:
            return True
        if low not in self.singular_articles:
            return False
        if art - 2 > verb and toks[art - 1].text[:1].isupper() and toks[art - 2].lower in speakers.determiners:
            return True  # "kritisierte das Gesetz der Regierung": "der X" after a noun is its genitive attribute
        return art - 1 == verb and plural  # a plural verb: "der X" is dative here

    def _possessive(self, doc: Doc, m: Mention) -> bool:
        """'würdigte Obamas Einsatz': a name in the genitive right before a noun no actor names is an attribute
        of that noun, no subject."""
        toks = doc.tokens
        nxt = m.tok_end
        if not self.genitive_suffixes or nxt >= len(toks) or not toks[nxt].text[:1].isupper() \
                or not toks[nxt].text.isalpha() or m.via not in ("person", "country"):
            return False
        last = toks[m.tok_end - 1].text
        near = mentions_in(doc, nxt - 8, nxt + 1)  # a mention spans few tokens
        return any(last.endswith(x) for x in self.genitive_suffixes) and not any(
            n.tok_start <= nxt < n.tok_end for n in near)

    def _nominative(self, doc: Doc, lo: int, speakers: SpeakerPhrases) -> bool:
        """Does the phrase open with a word that only a subject opens (a personal pronoun, "ein", "kein")?"""
        low = doc.tokens[lo].lower
        return low in speakers.person_pronouns or low in self.nominative_openers

    def _region(self, doc: Doc, c: Clause, verb: int, etype: str, speakers: SpeakerPhrases) -> tuple[int, int] | None:
        """The speaker phrase before the verb of a main clause, not one an object article opens."""
        toks = doc.tokens
        if etype not in self.types or c.opener is not None or any(t.lower in self.passives for t in toks[c.start:c.end]):
            return None  # "Die al-Shabaab wurde von Kenia beschuldigt": the phrase before the verb is the accused
        region = speakers.word_region(doc, c.start, verb, verb, "")
        if region is None or region[1] > verb or region[0] < c.start:
            return None
        finite = next((j for j in range(c.start, verb) if toks[j].lower in speakers.finite), verb)
        if region[1] > finite or any(t.text[:1].isalnum() for t in toks[region[1]:finite]):
            return None  # "Bei seiner Einreise hatte Mandela ... kritisiert": the phrase follows the finite verb
        if self.case is not None and oblique_before_plural(toks[region[0]].lower, toks[finite].lower, self.case):
            return None  # "Der Regierung warfen die Demonstranten vor": a dative before a plural verb
        if toks[region[0]].lower in self.object_articles or not toks[region[0]].text[:1].isalpha() \
                or (self.case is not None and oblique_phrase(doc, region[0], region[1], self.case)) \
                or toks[verb - 1].text == "," or toks[verb - 1].text in speakers.quotes.closing:
            return None  # "…, lobte die Zeitung": before the comma stands the claim, the speaker follows
        if any(toks[j].text == "," and toks[j - 1].text[:1].islower() and toks[j - 1].text.isalpha()
               for j in range(region[0] + 1, region[1])):
            return None  # "Die USA versuchten, Russland ... abzubringen": a verb and a comma end the subject's clause,
            # the verb's own infinitive follows (a speaker's apposition, ", Jan Brandt,", follows a name)
        if self.case is not None and toks[region[0]].lower in self.case.vorfeld_prepositions:
            return None  # "Neben der Rekrutierung prangert der Generalsekretär ... an": an adverbial, the subject follows
        if region[1] - region[0] == 1 and (toks[region[0]].lower in self.demonstratives or
                                           toks[region[0]].lower not in speakers.person_pronouns):
            return None  # "Das lehnte Abhisit ab", "Demgegenüber pochte X": one word may be no subject at all
        return region

    @staticmethod
    def _speaker(doc: Doc, lo: int, hi: int, verb: int, actors: list[Mention], speakers: SpeakerPhrases,
                 state: ClaimState, subject: bool = False) -> Mention | None:
        """The actor the speaker phrase in tokens [lo, hi) names; when the phrase is surely the subject (the
        actor after the verb cannot be), a nationality in it is enough ("britische Moslems": GBR)."""
        toks = doc.tokens
        inside = [m for m in actors if lo <= m.tok_start < hi and m.preposition is None]
        if inside:  # the role finder passed over a speaker it knows ("Bloomberg kritisierte Gillibrand")
            return next((m for m in inside if m.via == "person"), inside[0])
        near = mentions_in(doc, lo, hi) if subject else []
        origin = next((m for m in near if m.kind == "origin" and m.preposition is None
                       and m.actor is not None and m.actor.country), None)
        if origin is not None:  # "Einige britische Moslems haben Blair geschrieben": a group speaks for its country
            return replace(origin, kind="actor", via="people")
        words = [t for t in toks[lo:hi] if t.text[:1].isalpha()]
        if len(words) != 1 or words[0].lower not in speakers.person_pronouns:
            return None  # "Der Generalanwalt kritisierte das Gesetz": a speaker we cannot place
        t = words[0]
        if hi < len(toks) and toks[hi].lower.endswith("en"):
            return None  # "Sie bezeichneten ...": a plural pronoun; the last speaker is one person
        atts = speakers.pronoun(doc, t.i, toks[verb].text, state, toks[verb].sent)
        a = atts[0] if len(atts) == 1 else None
        if a is None or a.name == UNNAMED or not a.country:
            return None
        return Mention(t.i, t.i + 1, t.start, t.end, t.text, "actor", via="anaphor",
                       actor=ActorRef(t.text, a.name, _actor_id(a.country, a.sector), a.country, a.sector))


def _actor_id(country: str, sector: str | None) -> str:
    return f"{country}-{sector}" if sector else country
