"""Claims around events: who says it (attribution), how certain (modality, hedging), who denies it.

All cue words come from ``resources/<lang>/claims.yaml``; this module only knows where a cue looks
for its speaker: before a postposition ("Budanow zufolge"), after a preposition ("laut CNN"), or in
the clause of a reporting verb ("Der Geheimdienst hat gemeldet, dass ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..language.phrases import PhraseSet
from ..model import ActorRef, Attribution, Doc, Mention, Modality
from .clauses import Clause

UNNAMED = "unnamed"
OWN_SIDE = "own side"  # "the army said", "teilte das Ministerium mit": the institution of the claim's own actor


def _phrases(items: list[str] | None) -> PhraseSet:
    return PhraseSet(items or [])


@dataclass
class AttributionSpan:
    """Speakers of a claim, the tokens naming them, and the tokens the claim covers."""

    cue_start: int
    cue_end: int  # exclusive: tokens of the cue phrase (its actors are speakers, not event roles)
    scope_start: int
    scope_end: int
    attributions: list[Attribution]


@dataclass
class Denial:
    sent: int
    deniers: list[ActorRef]
    back_reference: bool
    clause: Clause


@dataclass
class ClaimCues:
    lang: str
    data: dict[str, Any]
    lex: dict[str, Any]
    postpositions: set[str] = field(init=False)
    prepositions: list[tuple[str, ...]] = field(init=False)
    speech_verbs: set[str] = field(init=False)
    unnamed: PhraseSet = field(init=False)
    report_nouns: set[str] = field(init=False)

    def __post_init__(self) -> None:
        a = self.data.get("attribution") or {}
        self.postpositions = set(a.get("postpositions") or [])
        self.prepositions = sorted((tuple(p.lower().split()) for p in a.get("prepositions") or []), key=len, reverse=True)
        self.preposition_set = PhraseSet(self.prepositions)  # one scan per clause finds every cue
        self.speech_verbs = set(a.get("verbs") or [])
        self.unnamed = _phrases(a.get("unnamed"))
        self.report_nouns = set(a.get("report_nouns") or [])
        m = self.data.get("modality") or {}
        self.negation = _phrases(m.get("negation"))
        self.hypothetical = _phrases(m.get("hypothetical"))
        self.future = _phrases(m.get("future"))
        self.conditional_openers = set(m.get("conditional_openers") or [])
        self.infinitive_openers = set(m.get("infinitive_openers") or [])
        self.hedges = _phrases(self.data.get("hedges"))
        self.reported_speech = set(self.data.get("reported_speech") or [])
        d = self.data.get("denial") or {}
        self.denial_verbs = set(d.get("verbs") or [])
        self.back_refs = _phrases(d.get("back_references"))
        self.future_aux = set(self.lex.get("future_auxiliaries") or []) | set(m.get("future_modals") or [])
        self.passive_aux = set(self.lex.get("passive_auxiliaries") or [])
        self.determiners = set(self.lex.get("determiners") or [])
        self.person_pronouns = {p for p in (self.lex.get("anaphors") or {}).get("person", [])}
        self.definite = set(a.get("definite_articles") or [])
        self.own_side = set(a.get("own_side_speakers") or [])
        # filled in by the event extractor from triggers.yaml
        self.verb_forms: dict[str, str] = {}
        self.verb_suffixes: list[tuple[str, ...]] = []
        self.event_verbs: set[str] = set()

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def find(doc: Doc, start: int, end: int, phrases: PhraseSet | list[tuple[str, ...]]) -> tuple[int, int] | None:
        """First occurrence of any phrase in tokens [start, end): (first, last+1); "*" is any one word."""
        if not isinstance(phrases, PhraseSet):
            phrases = PhraseSet(phrases)
        return phrases.find(doc.lowers, start, end)

    def verb_lemma(self, doc: Doc, i: int, clause: Clause, particles: set[str], known: set[str]) -> str:
        """Lemma of a verb, joined with a clause-final separable particle when that makes a known verb."""
        tok = doc.tokens[i]
        last = clause.end - 1
        while last > i and not doc.tokens[last].text[:1].isalpha():
            last -= 1
        comma = next((j for j in range(i + 1, clause.end) if doc.tokens[j].text == ","), None)
        for k in (last, comma - 1 if comma is not None else -1):  # "teilte mit, der Minister habe ..."
            if k > i and doc.tokens[k].lower in particles:  # irregular stems first: "brach ... ab"
                joined = doc.tokens[k].lower + self.verb_forms.get(tok.lower, tok.lemma)
                if joined in known:
                    return joined
        if tok.lemma in known:
            return tok.lemma
        low = tok.lower
        if low in self.verb_forms:
            return self.verb_forms[low]
        for end, rep in self.verb_suffixes:
            if low.endswith(end) and len(low) > len(end) + 2 and low[:-len(end)] + rep in known:
                return low[:-len(end)] + rep
        return tok.lemma

    # -- attribution -----------------------------------------------------------------------------
    def attributions(self, doc: Doc, sent: int, clauses: list[Clause], mentions: list[Mention],
                     particles: set[str], known_verbs: set[str]) -> list[AttributionSpan]:
        s = doc.sentences[sent]
        toks = doc.tokens
        spans: list[AttributionSpan] = []
        actors = [m for m in mentions if m.kind in ("actor", "origin") and s.tok_start <= m.tok_start < s.tok_end]
        # unnamed cues anywhere in the sentence ("Berichten zufolge", "reportedly")
        hit = self.find(doc, s.tok_start, s.tok_end, self.unnamed)
        if hit:
            text = doc.text[toks[hit[0]].start:toks[hit[1] - 1].end]
            spans.append(AttributionSpan(hit[0], hit[1], s.tok_start, s.tok_end,
                                         [Attribution(text, UNNAMED, None, None, text)]))
        covered = set(range(hit[0], hit[1])) if hit else set()
        for c in clauses:
            for i in range(c.start, c.end):
                if i in covered:
                    continue
                low = toks[i].lower
                if low in self.postpositions:
                    j = i - 1
                    while j >= c.start and self._phrase_token(doc, j, actors):
                        j -= 1
                    first = j + 1
                    if first < i:
                        spans.append(self._span(doc, first, i + 1, first, i, s.tok_start, s.tok_end, low, actors))
                        covered.update(range(first, i + 1))
            i = c.start
            while i < c.end:
                p = None if i in covered else self.preposition_set.match_at(doc.lowers, i, c.end)
                if p is None:
                    i += 1
                    continue
                found = (i, i + len(p))
                if "*" in p:
                    star = found[0] + p.index("*")
                    cue = " ".join(p).replace("*", toks[star].text)
                    spans.append(self._span(doc, found[0], found[1], star, star + 1, s.tok_start, s.tok_end, cue, actors))
                    covered.update(range(found[0], found[1]))
                    i = found[1]
                    continue
                j = found[1]
                while j < c.end and toks[j].lower != "," and self._phrase_token(doc, j, actors):
                    j += 1
                if j > found[1]:
                    cue = " ".join(p)
                    spans.append(self._span(doc, found[0], j, found[1], j, s.tok_start, s.tok_end, cue, actors))
                    covered.update(range(found[0], j))
                i = max(j, i + 1)
        # reporting verbs: the speakers are the subject(s) of the verb's clause
        scopes: list[tuple[int, int]] = []
        for c in clauses:
            if any(a <= c.start < b for a, b in scopes):
                continue
            for i in range(c.start, c.end):
                t = toks[i]
                if i in covered or t.text[:1].isupper() and i != s.tok_start:
                    continue
                lemma = self.verb_lemma(doc, i, c, particles, known_verbs)
                if lemma not in self.speech_verbs:
                    continue
                seg_start, seg_end = c.start, c.end
                scope = [(cc.start, cc.end) for cc in clauses if cc is not c]
                comma = next((j for j in range(i - 1, c.start, -1) if toks[j].text == ","), None)
                if not scope and comma is not None and i - comma <= 7:
                    seg_start, scope = comma + 1, [(c.start, comma)]  # "..., the official said."
                if not scope and lemma not in self.event_verbs:
                    # "X said Y had ...", "X teilte mit, Y habe ...": the reported clause follows, with no "that"
                    after = next((j for j in range(i + 1, min(c.end, i + 4)) if toks[j].text == ","), None)
                    k = after + 1 if after is not None else i + 1
                    if any(k <= m.tok_start < c.end and m.preposition is None and m.kind == "actor" for m in actors):
                        seg_end, scope = k, [(k, c.end)]
                if not scope:
                    continue
                speakers = [m for m in actors if seg_start <= m.tok_start < seg_end and m.preposition is None
                            and m.tok_start not in covered and m.kind == "actor"]
                if speakers:
                    atts = [self._attribution(doc, m, t.text) for m in speakers]
                elif any(x.lower in self.passive_aux for x in toks[seg_start:seg_end]):
                    atts = [Attribution(doc.text[toks[seg_start].start:toks[seg_end - 1].end], UNNAMED, None, None, t.text)]
                else:
                    continue
                spans.append(AttributionSpan(seg_start, seg_end, min(a for a, _ in scope), max(b for _, b in scope), atts))
                scopes.append((min(a for a, _ in scope if a > seg_start) if any(a > seg_start for a, _ in scope)
                               else seg_end, max(b for _, b in scope)))
                covered.update(range(seg_start, seg_end))
                break
        return spans

    def _phrase_token(self, doc: Doc, j: int, actors: list[Mention]) -> bool:
        """May token j belong to a speaker phrase ("Einem Bericht von 'The War Zone'")?"""
        t = doc.tokens[j]
        return (t.lower in self.determiners or t.lower in self.report_nouns or t.lower in self.person_pronouns
                or t.lower in {"von", "vom", "des", "der", "of", "the", ",", '"', "„", "“", "”", "'"}
                or t.text[:1].isupper() or any(m.tok_start <= j < m.tok_end for m in actors))

    def _span(self, doc: Doc, cue_start: int, cue_end: int, ph_start: int, ph_end: int,
              sent_start: int, sent_end: int, cue: str, actors: list[Mention]) -> AttributionSpan:
        toks = doc.tokens
        inside = [m for m in actors if ph_start <= m.tok_start < ph_end]
        text = doc.text[toks[ph_start].start:toks[ph_end - 1].end]
        persons = [m for m in inside if m.via == "person"]
        if persons or inside:
            m = (persons or inside)[-1] if persons else inside[0]
            atts = [self._attribution(doc, m, cue, text)]
        elif ph_end - ph_start == 1 and toks[ph_start].lower in self.person_pronouns:
            prior = [m for m in doc.mentions if m.via == "person" and m.tok_end <= ph_start]
            if prior:
                atts = [self._attribution(doc, prior[-1], cue, text)]
            else:
                atts = [Attribution(text, UNNAMED, None, None, cue)]
        else:
            atts = [Attribution(text, UNNAMED, None, None, f"{text} {cue}" if cue in self.postpositions else f"{cue} {text}")]
        return AttributionSpan(cue_start, cue_end, sent_start, sent_end, atts)

    def _attribution(self, doc: Doc, m: Mention, cue: str, text: str | None = None) -> Attribution:
        """A named speaker; a sector phrase alone ("officials said") is an unnamed one of that sector, but a
        definite institution ("the army said", "nach Angaben der Armee") speaks for the claim's own side."""
        a = m.actor
        assert a is not None
        generic = m.via.startswith("sector")  # "officials said": a country from context does not name them
        name = a.name if (a.country is not None or a.actor_id is not None) and not generic else UNNAMED
        if name == UNNAMED and a.sector and (m.text.lower() in self.own_side or (
                m.tok_start > 0 and doc.tokens[m.tok_start - 1].lower in self.definite)):
            name = OWN_SIDE
        return Attribution(text or m.text, name, a.country, a.sector, cue)

    # -- denials ---------------------------------------------------------------------------------
    def denials(self, doc: Doc, sent: int, clauses: list[Clause], mentions: list[Mention],
                particles: set[str], known_verbs: set[str]) -> list[Denial]:
        out = []
        for c in clauses:
            for i in range(c.start, c.end):
                lemma = self.verb_lemma(doc, i, c, particles, known_verbs)
                if lemma in self.denial_verbs:
                    if lemma in self.event_verbs and self.find(doc, c.start, c.end, self.back_refs) is None:
                        break  # "lehnte die Forderung ab" rejects; "weist die Vorwürfe zurück" denies
                    deniers = [m.actor for m in mentions if m.kind == "actor" and m.actor and c.start <= m.tok_start < c.end
                               and m.preposition is None and m.actor.country is not None]
                    if deniers:
                        back = self.find(doc, c.start, c.end, self.back_refs) is not None
                        out.append(Denial(sent, deniers, back, c))  # type: ignore[arg-type]
                    break
        return out

    # -- modality --------------------------------------------------------------------------------
    def modality(self, doc: Doc, clause: Clause, trigger: int) -> tuple[Modality, bool]:
        """Negated > hypothetical > future > factual; hedged from hedge cues in the clause."""
        toks = doc.tokens
        lo, hi = clause.start, clause.end
        if clause.opener in self.infinitive_openers:
            lo = doc.sentences[clause.sent].tok_start  # "plan to expand": the plan's modality
        if self.find(doc, lo, hi, self.negation):
            modality: Modality = "negated"
        elif clause.opener in self.conditional_openers or self.find(doc, lo, hi, self.hypothetical):
            modality = "hypothetical"
        elif self.find(doc, lo, hi, self.future) or (
                any(toks[j].lower in self.future_aux for j in range(lo, hi))
                and toks[trigger].lower == toks[trigger].lemma and toks[trigger].text[:1].islower()):
            modality = "future"
        else:
            modality = "factual"
        hedged = self.find(doc, lo, hi, self.hedges) is not None
        return modality, hedged
