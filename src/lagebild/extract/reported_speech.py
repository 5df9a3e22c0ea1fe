"""Reported-speech context of a claim: mood (Konjunktiv, "soll"), open quotations, the person a
paragraph named, a pronoun speaker who acts in its own claim, and the act alleged in an accusation.

A mixin of ``ClaimCues`` (claims.py), kept apart from the cue finders because these read the text
around a claim rather than a cue; every attribute it reads is a field of ClaimCues.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from ..knowledge.function_words import function_words
from ..model import Attribution, Doc, Mention
from .claim_frames import AttributionSpan
from .clauses import Clause
from .denial_cues import article_infinitive
from .person_names import person_name
from .quote_marks import QuoteMarks


class ReportedSpeech:
    """What the words around a claim say about who tells it; cue sets come from ClaimCues."""

    allegation_links: set[str]
    reported_speech: set[str]
    reported_speech_lead: set[str]
    konjunktiv_subjects: set[str]
    determiners: set[str]
    object_articles: set[str]
    narration_cues: set[str]
    quotes: QuoteMarks
    complementisers: set[str]
    adjective_endings: tuple[str, ...]
    speakers: Any
    infinitive_articles: set[str]  # "bestritt, die Liste gekannt zu haben" (DenialCues: claims.yaml denials)
    denial_infinitives: set[str]

    def alleged_gerund(self, doc: Doc, c: Clause, tok: int, accusation: tuple[Any, ...] | None) -> Mention | None:
        """'X accused Y of sending drones': a gerund after "of" in the accusation's clause is the alleged
        act; returns the accuser's mention (who must not become its doer)."""
        if accusation is None or not self.allegation_links or tok <= accusation[3] or not c.start <= accusation[3] < c.end:
            return None
        t = doc.tokens[tok]
        gerund = function_words(doc.lang).gerund_endings
        if tok - 1 >= c.start and doc.tokens[tok - 1].lower in self.allegation_links and t.lower.endswith(gerund):
            return accusation[2]
        return None

    def accused_pronoun(self, doc: Doc, c: Clause, accusation: tuple[Any, ...] | None, actors: list[Mention]) -> bool:
        """"Die Ukraine warf Russland vor, es habe Kiew bombardiert" (or "dass es ..."): a subject pronoun opening a
        reported clause after an accusation in its sentence is the accused, who did what it alleges (not the accuser,
        as after "sagte"). After "dass" (verb last) only where no other bare actor could be the subject; with the
        Konjunktiv I verb right after it, every actor after the verb is an object."""
        if accusation is None or not self.konjunktiv_subjects or not c.start > accusation[3] >= \
                doc.sentences[c.sent].tok_start:
            return False
        toks = doc.tokens
        first = c.start + (toks[c.start].lower in self.complementisers)
        if first >= c.end or toks[first].lower not in self.konjunktiv_subjects:
            return False
        if first == c.start:  # verb second: ", es habe Kiew bombardiert"
            return first + 1 < c.end and self._konjunktiv_verb(toks[first + 1])
        return not any(m.preposition is None and m.tok_start != first for m in actors)

    def accused_infinitive(self, doc: Doc, c: Clause, before: Clause, accusation: tuple[Any, ...] | None,
                           infinitive: bool) -> bool:
        """"Die Ukraine wirft Russland vor, Zivilisten angegriffen zu haben": a German zu-infinitive has no subject of
        its own, so its bare actors are objects and the accused does its act, where the accusation's verb stands in the
        clause just before (its complement; a later verb's infinitive, "und drohte, Kiew anzugreifen", is not)."""
        if accusation is None or accusation[1] is None or not before.start <= accusation[3] < before.end:
            return False
        # ", die Ukraine angegriffen zu haben": an article the splitter took for a relative pronoun, as in denials
        return infinitive or article_infinitive(doc, c, self.infinitive_articles, self.denial_infinitives)

    @staticmethod
    def alleged_noun(c: Clause, tok: int, accusation: tuple[Any, ...] | None) -> Mention | None:
        """'X blamed Y for the attack on Z', 'X warf Y einen Angriff auf Z vor': a nominal act after the accused, in
        the accusation's clause, is the alleged act (trigger_finder._alleged_noun kept it); returns the accuser."""
        if accusation is None or not c.start <= accusation[3] < tok or accusation[1] is None:
            return None
        return accusation[2] if c.start <= accusation[1].tok_start and accusation[1].tok_end <= tok else None

    def paragraph_person(self, doc: Doc, sent: int, reach: int = 3) -> list[Attribution]:
        """"Morgan Tsvangirai analysierte die Lage. ... Räumlichkeiten der MDC seien überfallen worden": reported
        speech with no speaker told before is the person the paragraph named last (up to ``reach`` sentences back)."""
        para = doc.sentences[sent].paragraph
        first = sent
        while first > 0 and sent - first < reach and doc.sentences[first - 1].paragraph == para:
            first -= 1
        if first == sent:
            return []
        lo, hi = doc.sentences[first].tok_start, doc.sentences[sent].tok_start
        named = [m for m in doc.mentions[bisect_left(doc.mentions, lo, key=lambda m: m.tok_start):
                                         bisect_left(doc.mentions, hi, key=lambda m: m.tok_start)]
                 if m.kind == "actor" and m.actor is not None and m.preposition is None
                 and (m.via == "person" or m.via.startswith("appositive")) and m.actor.country]
        if not named:
            return []
        m = named[-1]
        assert m.actor is not None
        return [Attribution(m.text, m.actor.name, m.actor.country, m.actor.sector, "", m.start, m.end)]

    def narrated(self, doc: Doc, sent: int, prev: list[AttributionSpan]) -> list[AttributionSpan]:
        """'Laut Amnesty hat die Polizei X festgenommen. Sie schlug die Demonstranten.': the sentence right after one a
        named source frames in full ("laut", "nach Angaben", "zufolge") goes on with that source's account, in the
        indicative too; one sentence only, and only where the frame covers its whole sentence."""
        s, toks = doc.sentences[sent], doc.tokens
        if sent == 0 or not self.narration_cues or any(self.quotes.is_mark(t.text) for t in toks[s.tok_start:s.tok_end]):
            return []  # a quotation has its own speaker
        before = doc.sentences[sent - 1]
        return [AttributionSpan(s.tok_start, s.tok_start, s.tok_start, s.tok_end, sp.attributions) for sp in prev
                if sp.cue_start < sp.cue_end and before.tok_start <= sp.cue_start <= before.tok_start + 1
                and sp.scope_end >= before.tok_end - 1
                and any(t.lower in self.narration_cues for t in toks[sp.cue_start:sp.cue_end])
                and all(self._accountable(a, doc.lang) for a in sp.attributions)]

    def _accountable(self, a: Attribution, lang: str) -> bool:
        """A source whose account goes on: a known side or a person's name, not a report or reports ("Presseberichten
        zufolge", "Seiner Darstellung zufolge": one claim told)."""
        words = a.text.split()
        if not words or any(words[-1].lower().endswith(n) for n in self.speakers.report_nouns):
            return False
        return a.country is not None or a.sector is not None or person_name(words, lang)

    def reported(self, doc: Doc, start: int, end: int) -> bool:
        """Is tokens [start, end) reported speech by its mood: Konjunktiv I anywhere, "soll/sollen" before the
        first comma ("Dabei soll die Polizei geschossen haben", not "..., der den Krieg beenden soll")?"""
        lead = True
        toks = doc.tokens
        for t in toks[start:end]:
            if t.lower in self.reported_speech or lead and t.lower in self.reported_speech_lead:
                return True
            if t.i > start and toks[t.i - 1].lower in self.konjunktiv_subjects and self._konjunktiv_i(t):
                return True  # "Er erwarte Massenverhaftungen"
            lead = lead and t.text != ","
        return False

    def opens_reported(self, doc: Doc, comma: int) -> bool:
        """"Die Ukraine warf Russland vor, es habe Kiew bombardiert": a comma, then a subject (a pronoun of
        ``konjunktiv_subjects`` or a short noun phrase) and a Konjunktiv I finite verb opens a reported clause with a
        subject of its own; the clause splitter cuts it off, so the main clause's subject is not its doer."""
        toks, end = doc.tokens, doc.sentences[doc.tokens[comma].sent].tok_end
        if not self.konjunktiv_subjects or comma + 2 >= end:
            return False
        if toks[comma + 1].lower in self.konjunktiv_subjects:
            return self._konjunktiv_verb(toks[comma + 2])
        if toks[comma + 1].lower in self.object_articles:
            return False  # ", dem Iran bleibe keine andere Möglichkeit": an object first, the subject after the verb
        for j in range(comma + 2, min(end, comma + 6)):  # "russische Truppen seien", "Russland und die Ukraine seien"
            if not toks[j].text[:1].isalpha() or not self._in_noun_phrase(toks[j - 1], doc.lang):
                return False  # ", wie modern das Land sei": "wie", "modern" are no words of a subject noun phrase
            if toks[j - 1].text[:1].isupper() and toks[j - 1].lower not in self.determiners and self._konjunktiv_verb(toks[j]):
                return True  # the verb right after a noun: the noun phrase before it is its subject
        return False

    def _in_noun_phrase(self, t: Any, lang: str) -> bool:
        """Can the word stand in a subject noun phrase before its verb: a capitalised noun or name, a determiner, "und",
        or an attributive adjective, which German always inflects (the lexicon's ``adjective_endings``: "russische
        Truppen"; a bare "modern" or a "wie" opens no subject)?"""
        return t.text[:1].isupper() or t.lower in self.determiners or t.lower in function_words(lang).subject_coordinators or (
            bool(self.adjective_endings) and t.lower.endswith(self.adjective_endings))

    def _konjunktiv_verb(self, t: Any) -> bool:
        """A Konjunktiv I finite verb after its subject: a form of ``reported_speech`` ("habe", "sei") or a regular
        verb's stem plus "-e" ("er fordere", "sie lehne ... ab")."""
        return t.text[:1].islower() and (t.lower in self.reported_speech or self._konjunktiv_i(t))

    @staticmethod
    def _konjunktiv_i(t: Any) -> bool:
        """A third-person Konjunktiv I of a regular verb: the stem plus "-e" ("erwarte", "fordere"), where the
        indicative says "-t"; a past "sagte" is no stem plus "-e" of its lemma."""
        return t.lower.endswith("e") and t.lemma.lower() in (t.lower + "n", t.lower[:-1] + "n")

    def inside_quote(self, doc: Doc, sent: int) -> bool:
        """Does the sentence start inside a direct quotation opened earlier in its paragraph
        ("X sagte: „A. B.“": B is X's too)?"""
        s = doc.sentences[sent]
        k = sent  # back to the paragraph's first sentence, at most 30: linear in a one-paragraph page
        while k > 0 and sent - k < 30 and doc.sentences[k - 1].paragraph == s.paragraph:
            k -= 1
        return self.quotes.left_open(doc.text[doc.sentences[k].start:s.start])

    def speakers_as_subject(self, doc: Doc, c: Clause, spans: list[AttributionSpan], mentions: list[Mention],
                            coordinated: bool = False) -> tuple[Mention, Mention | None] | None:
        """"China said it would hold talks", "Russland erklärte, es werde ...": a pronoun opening the reported clause is
        the speaker, who is then the actor of what it reports; with it (``coordinated``: English, whose "they" is
        never "she") a second speaker joined to it that a plural pronoun names too ("X and his French counterpart say
        they have agreed": both agreed)."""
        toks = doc.tokens
        for sp in spans:
            first = next((j for j in range(max(sp.scope_start, c.start), min(c.end, sp.scope_start + 3))
                          if toks[j].text[:1].isalpha() and toks[j].lower not in self.complementisers), None)
            if first is None or toks[first].lower not in self.speakers.subject_pronouns or not c.start <= first < c.end:
                continue
            lo = bisect_left(mentions, sp.cue_start, key=lambda m: m.tok_start)  # mentions are in text order
            cue = [m for m in mentions[lo:bisect_left(mentions, sp.cue_end, key=lambda m: m.tok_start)]
                   if m.kind == "actor" and m.preposition is None and m.actor is not None]
            if not cue:
                return None
            m = cue[0]
            co = None
            if toks[first].lower in self.speakers.plural_pronouns:
                co = None if not coordinated else next((o for o in cue[1:] if self._coordinated(doc, m, o)), None)
                if co is None and self._one_person(m):
                    continue  # "he says they are defying ...": they are not he
            return m, co
        return None

    def _coordinated(self, doc: Doc, m: Mention, o: Mention) -> bool:
        """``o`` is joined to ``m`` by a coordinator with only lower-case words between ("X and his counterpart")."""
        between = doc.tokens[m.tok_end:o.tok_start]
        return any(t.lower in self.speakers.coordinators for t in between) and all(
            t.text[:1].islower() for t in between)

    def _one_person(self, m: Mention) -> bool:
        """A speaker who is one person: a person's name, or a singular personal pronoun ("he says")."""
        return m.via == "person" or m.via == "anaphor" and m.text.lower() in self.speakers.singular_pronouns
