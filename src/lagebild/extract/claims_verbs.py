"""The reporting verb's frame of a claim: which clauses "X said" / "X teilte mit" covers, who its speakers
are ("the army said" speaks for its own side), and who quotes them ("wird von Reuters zitiert").

A mixin of ``ClaimCues`` (claims.py), apart from the cue scan there because it reads one verb's clause,
its commas and its subject, where the scan only finds where cues stand; its lists are ``ClaimCues``' fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..knowledge.function_words import function_words
from ..model import Attribution, Doc, Mention
from .claim_frames import AttributionSpan
from .clauses import Clause
from .quote_marks import QuoteMarks
from .speakers import UNNAMED, ClaimState

OWN_SIDE = "own side"  # "the army said", "teilte das Ministerium mit": the institution of the claim's own actor


class ReportingVerbs:
    """Speakers and scope of one reporting verb; every attribute it reads is a field of ClaimCues."""

    lang: str
    speakers: Any
    quotes: QuoteMarks
    first_person: set[str]
    event_verbs: set[str]
    object_verbs: set[str]
    back_frames: set[str]
    determiners: set[str]
    adjective_endings: tuple[str, ...]  # inflected: "der russischen Nachrichtenagentur"
    quoting_verbs: set[str]
    agent_prepositions: set[str]
    definite: set[str]
    own_side: set[str]
    contrast_openers: set[str]
    reported_speech: set[str]
    _frame_after: Callable[[Doc, int, int, int], bool]
    _reports_after: Callable[[Doc, int, int], bool]
    _passive_frame: Callable[[Doc, int, int, int], bool]
    inside_quote: Callable[[Doc, int], bool]

    def _verb_span(self, doc: Doc, sent: int, c: Clause, clauses: list[Clause], seg_start: int, seg_end: int, i: int,
                   lemma: str, actors: list[Mention], covered: set[int], state: ClaimState) -> AttributionSpan | None:
        """The speakers of the reporting verb at token i (its clause part [seg_start, seg_end)) and the
        tokens their claim covers: the clauses after it, the part before a trailing frame, or the
        reported clause that follows without a complementiser."""
        adjunct = self._adjunct_span(doc, sent, c, clauses, i, lemma, actors, covered, state)
        if adjunct is not False:
            return adjunct
        toks = doc.tokens
        scope = [(cc.start, cc.end) for cc in clauses if cc is not c and cc.start > c.start] or [
            (cc.start, cc.end) for cc in clauses if cc is not c]
        if seg_end < c.end:
            scope = [(seg_end, c.end), *((cc.start, cc.end) for cc in clauses if cc.start > c.start)]
        comma = next((j for j in range(i - 1, seg_start, -1) if toks[j].text == ","), None)
        s_start = doc.sentences[sent].tok_start
        complement = any(cc.start > c.start for cc in clauses) and seg_end == c.end  # "erklärte, dass ..."
        if comma is not None and comma > s_start and not complement and self._frame_after(doc, comma, i, seg_end) \
                and (seg_end == c.end or self.lang != "de"):  # another reporting verb after a comma: not a frame
            # a frame after the claim ("„…“, sagte X.", "…, wird X zitiert", "…, the official said"): the
            # claim is all of the sentence before the comma, whatever clauses it has
            seg_start, scope = comma + 1, [(s_start, comma)]
        elif not scope and comma is not None and i - comma <= 7 and not self._reports_after(doc, i, c.end):
            seg_start, scope = comma + 1, [(c.start, comma)]  # "..., the official said."
        after = next((j for j in range(i + 1, min(c.end, i + 4)) if toks[j].text == ","), None)
        if after is None and self.lang == "de":
            after = self._addressee_comma(doc, i, c.end) or self._particle_comma(doc, i, c.end, lemma)
        fp = self._first_person(doc, sent, seg_start, i, state) if self.first_person else None
        bare_en = self.lang == "en" and after is None and seg_end == c.end and (
            self._subject_before(doc, seg_start, i, lemma) or fp is not None)
        if lemma not in self.event_verbs and (not scope or (after is not None or bare_en) and seg_end == c.end):
            # "X said Y had ...", "X teilte mit, Y habe ...": the reported clause follows, with no "that"
            # (and the clauses after it are the claim's too: "erklärt, die USA würden ..., um ...")
            k = after + 1 if after is not None else i + 1
            if (after is not None or self.lang == "en") and (  # German reported speech follows a comma
                    any(k <= m.tok_start < c.end and m.preposition is None and m.kind == "actor" for m in actors)
                    or sum(t.text[:1].isalpha() for t in toks[k:c.end]) >= 3):
                seg_end, scope = k, [(k, c.end), *scope]
        if not scope and sent > 0 and any(toks[j].lower in self.back_frames for j in range(c.start, min(i + 2, c.end))):
            prev = doc.sentences[sent - 1]  # "Das bestätigte der Präsident": the sentence before is the claim
            scope = [(prev.tok_start, prev.tok_end)]
            seg_start = i  # the speaker follows the verb ("bestätigte der Präsident")
        own_clause = not scope and lemma in self.object_verbs  # "X hat den Abzug ... angekündigt", "X confirmed the strike"
        if own_clause:
            scope = [(c.start, c.end)]
        region = self.speakers.region(doc, seg_start, seg_end, i, lemma)
        if not scope:  # "Der Sprecher äußerte sich.": no claim here, but Konjunktiv I after it is his (events.py)
            if region and lemma not in self.event_verbs and self.reported_speech:  # a language with Konjunktiv I
                state.remember(self.speakers.resolve(doc, region[0], region[1], [m for m in actors if m.tok_start not in
                                                                                  covered], toks[i].text, state,
                                                     self._attribution, sent), sent)
            return None
        atts = self.speakers.resolve(doc, region[0], region[1], [m for m in actors if m.tok_start not in covered],
                                     toks[i].text, state, self._attribution, sent) if region else []
        if not atts and fp is not None:
            region = (fp, fp + 1)
            atts = [Attribution(toks[fp].text, a.name, a.country, a.sector, toks[i].text, toks[fp].start, toks[fp].end)
                    for a in state.last_speaker]
        if not atts and self._passive_frame(doc, seg_start, seg_end, i):
            atts = [Attribution(doc.text[toks[seg_start].start:toks[seg_end - 1].end], UNNAMED, None, None, toks[i].text,
                                toks[seg_start].start, toks[seg_end - 1].end)]
        if not atts:
            return None
        state.remember(atts, sent)
        reporters = self._quoted_by(doc, region, seg_start, i, actors, state, sent) if lemma in self.quoting_verbs else []
        if own_clause:  # the speaker stays free to act in its own clause: no cue tokens
            return AttributionSpan(i, i, c.start, c.end, atts)
        cue_start, cue_end = seg_start, seg_end
        if self.lang == "en" and region is not None:  # "officials say Israeli jets raided ...": the jets are no cue
            cue_start, cue_end = min(region[0], i), max(region[1], i + 1)
        return AttributionSpan(cue_start, cue_end, min(a for a, _ in scope), max(b for _, b in scope), atts, reporters)

    def _adjunct_span(self, doc: Doc, sent: int, c: Clause, clauses: list[Clause], i: int, lemma: str,
                      actors: list[Mention], covered: set[int], state: ClaimState) -> AttributionSpan | None | bool:
        """'X staged rallies, saying he must resign', 'X mobilized reservists while inspectors said they needed time',
        'X defended Y and insisted Z': a reporting verb in an English participle or in a clause a contrast opens, with
        its reported clause after it, reports that clause only; the clause before is the article's own. The speaker is
        the verb's own subject, else the subject of the verb it hangs on; no speaker found: no span (better than the
        reported clause's subject). False: no such verb, the usual frame applies."""
        toks, gerund = doc.tokens, function_words(self.lang).gerund_endings
        participle = self.lang == "en" and toks[i].lower.endswith(gerund) and i - 1 > c.start and toks[i - 1].text == ","
        contrast = c.opener in self.contrast_openers and c.start > doc.sentences[sent].tok_start and c.start < i
        if not (participle or contrast) or lemma in self.event_verbs:
            return False
        later = [cc.end for cc in clauses if cc.start >= c.end]
        end = max([c.end, *later])
        if not (any(i < m.tok_start < end and m.preposition is None and m.kind == "actor" for m in actors)
                or sum(t.text[:1].isalpha() for t in toks[i + 1:end]) >= 3):
            return False  # "..., and officials said so.": nothing reported after the verb
        own = None if participle else self.speakers.word_region(doc, c.start, i, i, lemma)
        region = own or self.speakers.head_subject(doc, i)
        if region is None:
            return None
        atts = self.speakers.resolve(doc, region[0], region[1], [m for m in actors if m.tok_start not in covered],
                                     toks[i].text, state, self._attribution, sent)
        if not atts:
            return None
        state.remember(atts, sent)
        cue_start = min(own[0], i) if own else i  # a subject borrowed from the clause before stays free to act there
        return AttributionSpan(cue_start, i + 1, i + 1, end, atts)

    def _addressee_comma(self, doc: Doc, verb: int, end: int) -> int | None:
        """The comma after a German reporting verb's addressee ("sagte der Nachrichtenagentur Reuters, X habe ..."):
        only an article, adjectives, names and quotes between; the reported clause follows it. An abbreviation in
        brackets ("der Direktor der Atomenergie-Organisation (IAEO), X habe ...") is part of the name and not counted."""
        toks = doc.tokens
        j, limit = verb + 1, verb + 9
        while j < min(end, limit):
            t = toks[j]
            if t.text == "(":
                close = next((k for k in range(j + 1, min(end, j + 5)) if toks[k].text == ")"), None)
                if close is None:
                    return None
                limit, j = limit + close + 1 - j, close + 1
                continue
            if t.text == ",":
                return j if j > verb + 1 else None
            if not (t.lower in self.determiners or t.text[:1].isupper() or self.quotes.is_mark(t.text)
                    or (t.text.isalpha() and t.text.islower() and t.lower.endswith(self.adjective_endings))):
                return None
            j += 1
        return None

    def _particle_comma(self, doc: Doc, verb: int, end: int, lemma: str) -> int | None:
        """The comma after the particle closing a split reporting verb ("teilte am Montag mit, X habe ...")."""
        toks = doc.tokens
        j = next((j for j in range(verb + 2, min(end, verb + 12)) if toks[j].text == ","), None)
        return j if j is not None and lemma != toks[verb].lemma and lemma.startswith(toks[j - 1].lower) else None

    def _first_person(self, doc: Doc, sent: int, lo: int, verb: int, state: ClaimState) -> int | None:
        """'„... we can confirm Iran has released ...“': "we"/"I" reporting inside a quotation is the speaker
        of the quotation, named just before (the statement that opens it, in its own paragraph or the one before)."""
        toks = doc.tokens
        if not state.last_speaker or not 0 < sent - state.last_speaker_sent <= 2:
            return None  # one named in this sentence ('said on Friday: "..., we can confirm"') speaks already
        j = verb - 1
        while j > lo and j >= verb - 3 and toks[j].lower in self.speakers.finite:
            j -= 1  # "we can confirm", "I have said"
        if j < lo or toks[j].lower not in self.first_person:
            return None
        opened = doc.text[doc.sentences[sent].start:toks[j].start]
        quoted = self.inside_quote(doc, sent) or any(q in opened for q in self.quotes.openers)
        return j if quoted else None

    def _subject_before(self, doc: Doc, lo: int, verb: int, lemma: str) -> bool:
        """'Officials say jets raided X and dropped Y': an English reporting verb whose subject stands right
        before it reports the clause after it even when more clauses follow; not an infinitive ("to reveal")
        nor an inverted frame ("said Obama, ...")."""
        toks = doc.tokens
        if verb <= lo or toks[verb - 1].lower in function_words(self.lang).infinitive_markers:
            return False
        region = self.speakers.word_region(doc, lo, verb, verb, lemma)
        return region is not None and verb - 2 <= region[1] <= verb and region[1] - region[0] <= 8 \
            and toks[region[0]].text[:1].isalpha()

    def _quoted_by(self, doc: Doc, region: tuple[int, int] | None, lo: int, verb: int, actors: list[Mention],
                   state: ClaimState, sent: int) -> list[Attribution]:
        """'X wird von Reuters mit den Worten zitiert, ...': X says it, Reuters reports X (a chain, not
        two speakers). The reporter is the "von"/"by" phrase after a speaker who stands before the verb."""
        if region is None or region[1] > verb:
            return []
        by = [m for m in actors if region[1] <= m.tok_start < verb and m.preposition in self.agent_prepositions]
        return [self._attribution(doc, by[0], doc.tokens[verb].text)] if by else []

    def _attribution(self, doc: Doc, m: Mention, cue: str, text: str | None = None,
                     where: tuple[int, int] | None = None) -> Attribution:
        """A named speaker; a sector phrase alone ("officials said") is an unnamed one of that sector, but a
        definite institution ("the army said", "nach Angaben der Armee") speaks for the claim's own side."""
        a = m.actor
        assert a is not None
        generic = m.via.startswith("sector")  # "officials said": a country from context does not name them
        name = a.name if (a.country is not None or a.actor_id is not None) and not generic else UNNAMED
        art = m.tok_start - 1
        while art > m.tok_start - 3 and art > 0 and doc.tokens[art].text.isalpha() and doc.tokens[art].text.islower() \
                and doc.tokens[art].lower not in self.definite and doc.tokens[art].lemma.lower() != doc.tokens[art].lower:
            art -= 1  # "der örtlichen Polizei": the article before the adjective
        if name == UNNAMED and a.sector and (m.text.lower() in self.own_side or (
                art >= 0 and doc.tokens[art].lower in self.definite)):
            name = OWN_SIDE
        start, end = where or (m.start, m.end)
        return Attribution(text or m.text, name, a.country, a.sector, cue, start, end)
