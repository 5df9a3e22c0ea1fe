"""Claim frames around a claim: trailing cues (", so der Minister"), colon speech, passive frames,
report-noun compounds ("nach Polizeiangaben") and the speaker phrase of a cue.

A mixin of ``ClaimCues`` (claims.py), kept apart because frames are the part of attribution that grows
with each new form real news uses; the cue lists it reads are ``ClaimCues``' fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Attribution, Doc, Mention
from .clauses import Clause
from .speakers import UNNAMED, ClaimState

_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,4}")  # a web site as a source


@dataclass
class AttributionSpan:
    """Speakers of a claim, the tokens naming them, and the tokens the claim covers."""

    cue_start: int
    cue_end: int  # exclusive: tokens of the cue phrase (its actors are speakers, not event roles)
    scope_start: int
    scope_end: int
    attributions: list[Attribution]
    reporters: list[Attribution] = field(default_factory=list)  # "X wird von Reuters zitiert": who quotes X


class FrameFinder:
    """Where a claim's frame is and who it names; every attribute it reads is a field of ClaimCues."""

    def _frame_after(self, doc: Doc, comma: int, verb: int, end: int) -> bool:
        """Is the reporting verb after this comma a frame that closes the claim? German puts the verb
        (or its auxiliary) right after the comma (", sagte X", ", wird X zitiert", ", wie X berichtete");
        English ends the sentence with it (", X said.", ", said X.")."""
        toks = doc.tokens
        nxt = toks[comma + 1]
        if self.lang == "de":  # and nothing is reported after it ("X, Sprecher ..., hat angekündigt, er werde ...")
            return not any(t.text == "," for t in toks[verb + 1:end]) and (
                comma + 1 == verb or nxt.lower in self.speakers.finite or (
                    nxt.lower in self.speakers.frame_openers and verb - comma <= 8))
        tail = [t for t in toks[verb + 1:end] if t.text[:1].isalnum()]  # a long name fits: ", the Britain-based
        inverted = comma + 1 == verb  # ", said Oleh Ivanenko, head of the city council.": any length
        return verb - comma <= 14 and (len(tail) <= 4 or inverted) and not any(t.lower in self.frame_tail_stops for t in tail)

    def _colon_speech(self, doc: Doc, sent: int, clauses: list[Clause], spans: list[AttributionSpan],
                      actors: list[Mention], covered: set[int], state: ClaimState, particles: set[str],
                      known_verbs: set[str]) -> AttributionSpan | None:
        """'Der Minister kritisierte die Regierung: Es sei bedauerlich, dass ...': after a speech act and a colon,
        what follows is the speaker's. The speaker keeps its role in the speech act (no cue tokens)."""
        toks = doc.tokens
        s = doc.sentences[sent]
        colon = next((j for j in range(s.tok_start + 2, s.tok_end - 2) if toks[j].text == ":"), None)
        if colon is None or not self.colon_verbs or any(sp.scope_start <= colon + 1 < sp.scope_end for sp in spans):
            return None
        c = next((cc for cc in clauses if cc.start <= colon < cc.end + 1), None)
        if c is None:
            return None
        may_say = self.reach_test(doc, self.colon_reach, self.colon_verbs, particles, known_verbs)
        verbs = [(i, lemma) for i in range(c.start, colon) if i not in covered and not toks[i].text[:1].isupper()
                 and may_say(i) and (lemma := self.verb_lemma(doc, i, c, particles, known_verbs, True)) in self.colon_verbs]
        if not verbs:
            return None
        i, lemma = verbs[-1]
        region = self.speakers.region(doc, c.start, colon, i, lemma)
        atts = self.speakers.resolve(doc, region[0], region[1], actors, toks[i].text, state, self._attribution,
                                     sent) if region else []
        if not atts:
            return None
        state.remember(atts, sent)
        return AttributionSpan(i, i, colon + 1, s.tok_end, atts)

    def _speech_act_complement(self, doc: Doc, sent: int, clauses: list[Clause], spans: list[AttributionSpan],
                               actors: list[Mention], covered: set[int], state: ClaimState, particles: set[str],
                               known_verbs: set[str]) -> AttributionSpan | None:
        """'X kritisierte, dass ...', 'X warf Y vor, ... zu haben', 'X forderte, die Truppen abzuziehen': what the
        clauses after a speech act say is the speaker's claim; the speaker keeps its role in the act (no cue
        tokens). Only a main clause's speech act, with its speaker before the verb or right after it."""
        toks = doc.tokens
        s = doc.sentences[sent]
        may_say = self.reach_test(doc, self.colon_reach, self.colon_verbs, particles, known_verbs)  # by form (verb_lemmas.py)
        for k, c in enumerate(clauses):
            rest = [cc for cc in clauses[k + 1:] if cc.start >= c.end]
            if c.opener is not None or not rest or any(sp.scope_start <= rest[0].start < sp.scope_end for sp in spans):
                continue
            verbs = [(i, lemma) for i in range(c.start, c.end) if i not in covered and not toks[i].text[:1].isupper()
                     and may_say(i) and (lemma := self.verb_lemma(doc, i, c, particles, known_verbs, True))
                     in self.colon_verbs]
            if not verbs:
                continue
            i, lemma = verbs[0]
            if any(t.lower in self.passive_aux or t.lower in self.state_aux for t in toks[c.start:i]) \
                    or toks[s.tok_end - 1].text == "?":
                continue  # "Die Ministerin sei gefordert, ...": she is asked, she asks nothing; a question claims nothing
            region = self.speakers.region(doc, c.start, c.end, i, lemma)
            if region is None or region[0] > i + 1 or not self._speaker_phrase(doc, region, actors):
                continue
            atts = self.speakers.resolve(doc, region[0], region[1], actors, toks[i].text, state, self._attribution, sent)
            atts = [a for a in atts if a.name != UNNAMED]
            if not atts:
                continue
            state.remember(atts, sent)
            return AttributionSpan(i, i, rest[0].start, s.tok_end, atts)
        return None

    def _trailing_act(self, doc: Doc, sent: int, clauses: list[Clause], actors: list[Mention], state: ClaimState,
                      particles: set[str], known_verbs: set[str]) -> list[AttributionSpan]:
        """'Die Steuern müssten sinken, fordert die SPÖ.', '„…“, kritisierte der Minister.': a speech act (a colon verb)
        told after its reported content makes that content its speaker's, as "…, sagte X" does; the speaker keeps its
        role in the act (no cue tokens). A speaker naming no one ("…, heißt es", "fordert man") frames nothing."""
        toks, s = doc.tokens, doc.sentences[sent]
        may_say = self.reach_test(doc, self.colon_reach, self.colon_verbs, particles, known_verbs)
        for c in clauses:
            for i in range(max(c.start, s.tok_start + 2), c.end - 1):
                if toks[i - 1].text != "," or not toks[i].text[:1].islower() or not may_say(i) \
                        or self.verb_lemma(doc, i, c, particles, known_verbs, True) not in self.colon_verbs \
                        or (comma := self.trailing_acts.content_end(
                            doc, s.tok_start, i, lambda a, b: self.reported(doc, a, b))) is None:
                    continue
                end = next((j for j in range(i + 1, s.tok_end) if toks[j].text in (",", ".", ";", ":", "!", "?")),
                           s.tok_end)
                atts = [a for a in self.speakers.resolve(doc, i + 1, end, actors, toks[i].text, state, self._attribution,
                                                         sent) if a.name != UNNAMED]
                if atts:
                    state.remember(atts, sent)
                    return [AttributionSpan(i, i, s.tok_start, comma, atts)]
                return []
        return []

    def _speaker_phrase(self, doc: Doc, region: tuple[int, int], actors: list[Mention]) -> bool:
        """A phrase that can name a speaker: an actor in it, a personal pronoun, or more than one word
        ("Warum kritisieren Sie ...": one capitalised word before the verb may be no subject at all)."""
        words = [t for t in doc.tokens[region[0]:region[1]] if t.text[:1].isalpha()]
        return any(region[0] <= m.tok_start < region[1] for m in actors) or len(words) > 1 or (
            len(words) == 1 and words[0].lower in self.speakers.person_pronouns)

    def _passive_frame(self, doc: Doc, lo: int, hi: int, verb: int) -> bool:
        """'Es wurde berichtet', 'it was reported': a passive auxiliary that belongs to the reporting verb (no
        comma between them), not one of an adverbial before it ("Through a channel that was set up, we ...")."""
        toks = doc.tokens
        return any(toks[j].lower in self.passive_aux and not any(t.text == "," for t in toks[min(j, verb):max(j, verb)])
                   for j in range(lo, hi))

    @staticmethod
    def _reports_after(doc: Doc, verb: int, end: int) -> bool:
        """Does a reported clause follow the verb after a comma ("X, Sprecher der Armee, hat angekündigt,
        er werde ...")? Then the comma before the verb closes an apposition, not a claim."""
        return any(t.text == "," for t in doc.tokens[verb + 1:min(end, verb + 4)]) and verb + 4 < end

    def _trailing(self, doc: Doc, lo: int, hi: int, actors: list[Mention], covered: set[int], state: ClaimState,
                  sent: int) -> list[AttributionSpan]:
        """'…, so der Minister.' / '„…“, so Scholz weiter.': a cue after a comma whose speaker ends the
        sentence; the claim is everything before the comma."""
        toks = doc.tokens
        closing = self.speakers.quotes.closing
        for i in range(lo + 2, hi - 1):
            if toks[i].lower not in self.trailing or i in covered or not (toks[i - 1].text == "," or toks[i - 1].text in closing):
                continue
            end = i + 1
            while end < hi and toks[end].text not in (",", ".", ";", ":", "!", "?") and end - i < 14:
                end += 1
            while end > i + 1 and toks[end - 1].lower in self.trailing_adverbs:
                end -= 1
            if end == i + 1 or not toks[i + 1].text[:1].isalpha():
                continue
            # "…, so die Ermittler, …": set off by commas inside the sentence, the frame covers all of it
            inserted = end + 1 < hi and toks[end].text == "," and toks[i + 1].lower in self.definite
            if inserted and (any(i < m.tok_start < end and m.is_location for m in actors) or any(
                    toks[j].lower in self.speakers.coordinators for j in range(i + 1, end))):
                continue  # "Viele Länder, so die USA und Frankreich, …": examples of what was said, not who says it
            atts = self.speakers.resolve(doc, i + 1, end, actors, toks[i].text, state, self._attribution, sent)
            if atts:
                state.remember(atts, sent)
                covered.update(range(i, end))
                return [AttributionSpan(i, end, lo, hi if inserted else i, atts)]
        return []

    def _report_relative(self, doc: Doc, lo: int, hi: int, actors: list[Mention], covered: set[int],
                         state: ClaimState) -> AttributionSpan | None:
        """'Ein Bericht der Agentur Interfax, wonach X festgenommen worden sein soll, …', 'wies Meldungen der
        Zeitung zurück, wonach …': what the relative clause says is the report's; its owner (the phrase after
        the report noun) speaks, or the report itself as an unnamed source."""
        toks = doc.tokens
        for i in range(lo + 2, hi - 1):
            if toks[i].lower not in self.report_relatives or toks[i - 1].text != "," or i in covered:
                continue
            noun = next((j for j in range(i - 2, max(lo, i - 14) - 1, -1) if toks[j].text[:1].isupper() and any(
                toks[j].lower.endswith(n) or toks[j].lower.endswith(n + "e") for n in self.report_nouns)), None)
            if noun is None or any(toks[j].text in (",", ";", ":") for j in range(noun, i - 1)):
                continue
            end = noun + 1
            while end < i - 1 and self._phrase_token(doc, end, actors) and toks[end].text != ",":
                end += 1  # "Meldungen der New York Times zurückgewiesen, wonach": the verb is no part of it
            if end > noun + 1:  # the report's owner: "der russischen Nachrichtenagentur „Interfax“"
                span = self._span(doc, noun + 1, i, noun + 1, end, i + 1, hi, toks[i].lower, actors, state)
                span.cue_start = noun
            else:
                where = (toks[noun].start, toks[noun].end)
                span = AttributionSpan(noun, i + 1, i + 1, hi, [Attribution(toks[noun].text, UNNAMED, None, None,
                                                                             toks[i].lower, *where)])
            span.cue_end = i + 1
            return span
        return None

    def _compound_source(self, doc: Doc, lo: int, hi: int) -> AttributionSpan | None:
        """'nach Polizeiangaben', 'laut israelischen Militärangaben', 'nach Medienberichten': a compound of a
        report noun names its source in its first part; an unnamed source, its words the attribution."""
        toks = doc.tokens
        for i in range(lo, hi - 1):
            if toks[i].lower not in self.compound_openers:
                continue
            k = i + 2 if i + 2 < hi and toks[i + 1].text[:1].islower() and toks[i + 1].text.isalpha() else i + 1
            word = toks[k].lower
            if any(word.endswith(n) and len(word) > len(n) + 2 for n in self.report_nouns):
                a = Attribution(doc.text[toks[i + 1].start:toks[k].end], UNNAMED, None, None, toks[i].lower,
                                toks[i + 1].start, toks[k].end)
                return AttributionSpan(i, k + 1, lo, hi, [a])
        return None

    @staticmethod
    def _acronym_end(doc: Doc, j: int, end: int) -> int:
        """A speaker phrase goes on over a bracketed acronym right after it ("... Sicherheitstruppe (ISAF)")."""
        toks = doc.tokens
        if j + 2 < end and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper() \
                and 2 <= len(toks[j + 1].text) <= 8:
            return j + 3
        return j

    def _phrase_token(self, doc: Doc, j: int, actors: list[Mention]) -> bool:
        """May token j belong to a speaker phrase ("Einem Bericht von 'The War Zone'")?"""
        t = doc.tokens[j]
        return (t.lower in self.determiners or t.lower in self.report_nouns or t.lower in self.person_pronouns
                or t.lower in self.phrase_words or self.speakers.quotes.is_mark(t.text)
                or t.text[:1].isupper() or any(m.tok_start <= j < m.tok_end for m in actors)
                or _DOMAIN.fullmatch(t.text) is not None  # "laut ndr.de", "according to bbc.com"
                or t.lower in self.name_linkers and j + 1 < len(doc.tokens) and doc.tokens[j + 1].text[:1].isupper())
        # "des Bundesamtes für Verfassungsschutz": "für" inside an institution's name

    def _place_end(self, doc: Doc, j: int, end: int, actors: list[Mention]) -> int:
        """'nach Angaben des Ministeriums in Kiew', 'according to officials in Kyiv': the place the speaker is in
        belongs to its phrase (it names the speaker's country)."""
        if j + 1 < end and doc.tokens[j].lower in self.speakers.place_prepositions:
            place = next((m for m in actors if m.tok_start == j + 1 and m.is_location), None)
            if place is not None:
                return place.tok_end
        return j

    def _acronym_long_name(self, doc: Doc, ph_start: int, ph_end: int) -> str | None:
        """'Dem Bundesverband der Deutschen Industrie (BDI) zufolge': a phrase closing on a bracketed acronym names
        its speaker in full before it; the long name (its head in the nominative after 'des'), else None."""
        toks = doc.tokens
        if ph_end - ph_start < 4 or toks[ph_end - 1].text != ")" or toks[ph_end - 3].text != "(" \
                or not toks[ph_end - 2].text.isupper():
            return None
        k = ph_start
        while k < ph_end - 3 and (toks[k].lower in self.determiners or toks[k].lower in self.phrase_tails
                                  or any(toks[k].lower.endswith(n) for n in self.report_nouns)):
            k += 1  # "Einer Presseerklärung des": the report and its articles are no part of the name
        words = [t.text for t in toks[k:ph_end - 3]]
        if not words or not words[0][:1].isupper():
            return None
        if k > 0 and toks[k - 1].lower in self.name_genitive_articles and not words[0].endswith(self.name_adjective_endings):
            # "des Verbandes Deutscher Realschullehrer" -> "Verband ..."; an adjective first ("des Deutschen ...")
            # keeps its form (its nominative depends on an article the name may not have)
            cut = next(((e, r) for e, r in self.name_genitive_endings if words[0].endswith(e) and len(words[0]) > len(e) + 2),
                       None)
            if cut is not None:
                words[0] = words[0][:len(words[0]) - len(cut[0])] + str(cut[1] or "")
        return " ".join(words)

    def _span(self, doc: Doc, cue_start: int, cue_end: int, ph_start: int, ph_end: int,
              sent_start: int, sent_end: int, cue: str, actors: list[Mention], state: ClaimState) -> AttributionSpan:
        toks = doc.tokens
        long_name = self._acronym_long_name(doc, ph_start, ph_end)
        short = toks[ph_end - 2].text if long_name else None
        while ph_end - ph_start > 1 and (not toks[ph_end - 1].text[:1].isalnum() or toks[ph_end - 1].lower in self.phrase_tails):
            ph_end -= 1  # "Kyrylo Budanow, zufolge", "laut BBC von rund 10.000 Menschen": no part of the name
        inside = [m for m in actors if ph_start <= m.tok_start < ph_end]
        text = doc.text[toks[ph_start].start:toks[ph_end - 1].end]
        where = (toks[ph_start].start, toks[ph_end - 1].end)
        persons = [m for m in inside if m.via == "person"]
        acronym = next((toks[k] for k in range(ph_start + 1, ph_end - 1) if toks[k - 1].text == "(" and toks[k + 1].text == ")"),
                       None)
        if acronym is not None and not persons:  # "einer Verlautbarung der ... Sicherheitstruppe (ISAF)": the acronym names it
            side = next((m.actor for m in inside if m.actor is not None and m.actor.country), None)
            atts = [Attribution(text, acronym.text, side.country if side else None, side.sector if side else None, cue, *where)]
            state.remember(atts, doc.tokens[ph_start].sent)
            return AttributionSpan(cue_start, cue_end, sent_start, sent_end, atts)
        run = None if persons else self.speakers.name_run(doc, ph_start, ph_end, inside)
        if persons or (inside and run is None):
            m = (persons or inside)[-1] if persons else inside[0]
            atts = [self._attribution(doc, m, cue, text, where)]
            if not persons and m.via.startswith("sector") and (place := self.speakers.placed(inside)) is not None:
                assert place.actor is not None  # "nach Angaben des Ministeriums in Kiew": Kyiv's ministry
                atts = [replace(atts[0], name=place.actor.name, country=place.actor.country)]
        elif ph_end - ph_start == 1 and toks[ph_start].lower in self.person_pronouns:
            atts = self.speakers.pronoun(doc, ph_start, cue, state, doc.tokens[ph_start].sent)
        elif run is not None:
            atts = self.speakers.resolve(doc, ph_start, ph_end, inside, cue, state, self._attribution,
                                         doc.tokens[ph_start].sent)
        elif not inside and (author := self.speakers.report_author(doc, ph_start, ph_end, cue, state,
                                                                    doc.tokens[ph_start].sent)):
            atts = author  # "Laut dem Bericht": the author of the report told before
        else:
            said = cue if text.lower() in cue else f"{text} {cue}" if cue in self.postpositions else f"{cue} {text}"
            atts = [Attribution(text, UNNAMED, None, None, said, *where)]
        if long_name and len(atts) == 1 and atts[0].name in (UNNAMED, short):
            atts = [replace(atts[0], name=long_name)]  # "(VDR) zufolge": named by its long name, not the acronym
        state.remember(atts, doc.tokens[ph_start].sent)
        return AttributionSpan(cue_start, cue_end, sent_start, sent_end, atts)
