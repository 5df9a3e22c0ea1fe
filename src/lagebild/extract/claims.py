"""Claims around events: who says it (attribution), how certain (modality, hedging), who denies it.

All cue words come from ``resources/<lang>/claims.yaml``; this module only knows where a cue looks
for its speaker: before a postposition ("Budanow zufolge"), after a preposition ("laut CNN"), or in
the clause of a reporting verb ("Der Geheimdienst hat gemeldet, dass ..."; that verb's frame is
claims_verbs.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..knowledge.function_words import function_words
from ..knowledge.resources import lower_words
from ..language.phrases import PhraseSet
from ..model import Attribution, Doc, Mention
from .claim_frames import AttributionSpan, FrameFinder
from .claims_verbs import OWN_SIDE, ReportingVerbs
from .clauses import Clause
from .denial_cues import Denial, DenialCues
from .modality import ModalityCues
from .reported_speech import ReportedSpeech
from .speakers import UNNAMED, ClaimState, SpeakerPhrases
from .trailing_acts_de import TrailingActs
from .unreal_acts import UnrealActs
from .verb_lemmas import LemmaReach, VerbLemmas, zu_infinitive

DASHES = frozenset({"–", "—", "--"})  # an apposition between two of these ("X – a militia – said") is the subject's


def _phrases(items: list[str] | None) -> PhraseSet:
    return PhraseSet(items or [])


def attribution_chain(spans: list[AttributionSpan], tok: int) -> list[Attribution]:
    """Speakers of the claim at token ``tok``, innermost first: in "X sagte, Y habe berichtet, dass ..."
    Y says it (level 0) and X reports Y (level 1); speakers of one span share a level."""
    covering = [sp for sp in spans if sp.scope_start <= tok < sp.scope_end]
    sizes = sorted({sp.scope_end - sp.scope_start for sp in covering})
    out: list[Attribution] = []
    for sp in sorted(covering, key=lambda sp: sp.scope_end - sp.scope_start):
        level = sizes.index(sp.scope_end - sp.scope_start)
        out.extend(replace(a, level=level) for a in sp.attributions)
        out.extend(replace(a, level=level + 1) for a in sp.reporters)
    return out


@dataclass
class ClaimCues(FrameFinder, ReportingVerbs, DenialCues, ModalityCues, ReportedSpeech, VerbLemmas):
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
        self.report_relatives = set(a.get("report_relatives") or [])  # "ein Bericht der X, wonach ...": X's claim
        self.compound_openers = set(a.get("compound_openers") or [])  # "nach Polizeiangaben"
        self.colon_verbs = set(a.get("colon_verbs") or [])  # "kritisierte die Regierung: ..."
        self.trailing = set(a.get("trailing_cues") or [])  # ", so der Minister."
        self.last_speaker_cues = set(a.get("last_speaker_cues") or [])  # "Demnach ...": the speaker told before
        self.last_speaker_openers = set(a.get("last_speaker_openers") or [])  # "Darin heißt es": only first in a sentence
        self.contrast_openers = set(a.get("contrast_openers") or [])  # "..., while X said Y": X reports Y only
        self.speakers = SpeakerPhrases(self.lang, self.data, self.lex)
        self.first_person = set((self.data.get("speakers") or {}).get("first_person") or [])  # "we can confirm"
        self.verb_particles = set(a.get("verb_particles") or [])
        # the lexicon's separable particles with these, made once: attributions asks verb_lemma with this one set, so
        # its answers are kept per document (verb_lemmas.py) across sentences and the topic read
        self._separable = set(self.lex.get("separable_particles") or [])
        self._with_verb_particles = self._separable | self.verb_particles
        self.quotes = self.speakers.quotes  # one QuoteMarks per language, the speaker phrases' own
        # "Das sei inakzeptabel, kritisierte der Minister": a speech act told after its content (claim_frames, events)
        self.trailing_acts = TrailingActs.from_data(self.data, self.lex, self.quotes.closing)
        self.object_verbs = set(a.get("object_verbs") or [])  # "kündigte den Abzug an": the object is the claim
        self.back_frames = set(a.get("back_frames") or [])
        self.allegation_links = set(self.data.get("allegation_links") or [])  # "accused Y of sending"
        m = self.data.get("modality") or {}
        self.negation = _phrases(m.get("negation"))
        self.not_negating = set(m.get("not_negating_after") or [])  # "nicht nur", "not only"
        # "whether or not to extend the loans": the words right before the cue make it one side of an open choice
        self.not_negating_before = tuple(tuple(str(p).lower().split()) for p in m.get("not_negating_before") or [])
        # "aus nicht genannten Gründen": a negation before an attribute of a noun denies the attribute, not the act
        attr = m.get("attribute_negation") or {}
        self.attribute_negators = lower_words(attr, "negators")
        self.attribute_suffixes = tuple(str(w).lower() for w in attr.get("suffixes") or [])
        self.implicatives = set(m.get("implicatives") or [])  # "managed to": the infinitive happened
        self.perfect_aux = set(m.get("perfect_auxiliaries") or [])
        self.past_infinitive = set(m.get("past_infinitive_auxiliaries") or [])  # "bombardiert haben": done, not planned
        self.infinitive_markers = set(self.lex.get("infinitive_clause_markers") or []) | set(m.get("infinitive_openers") or [])
        # "um sich zu informieren", "näher auszuführen": a reporting verb in a German zu-infinitive has no subject
        # of its own in its clause, so it frames nothing there (English "to say" keeps its frames: the list is empty)
        self.zu_markers = tuple(self.lex.get("infinitive_clause_markers") or [])
        self.zu_particles = tuple(p for p in self.lex.get("separable_particles") or [] if isinstance(p, str))
        self.hypothetical = _phrases(m.get("hypothetical"))
        self.doubted = _phrases(m.get("doubted"))  # "unlikely to", "doubt that": a prediction the act will not come
        self.future = _phrases(m.get("future"))
        self.conditional_openers = set(m.get("conditional_openers") or [])
        self.pending = _phrases(m.get("pending"))  # "negotiating a package": the package is not delivered yet
        self.pledges = _phrases(m.get("pledges"))  # "pledged to send", "sagte zu": the act is promised, not done
        self.infinitive_openers = set(m.get("infinitive_openers") or [])
        self.temporal_openers = set(m.get("temporal_openers") or [])  # "will meet when X visits": future
        self.split_future = {str(k).lower(): str(v).lower() for k, v in (m.get("split_future") or {}).items()}
        self.particle_followers = lower_words(m, "particle_followers")  # "kündigte ... an und sagte"
        self.stem_endings = tuple(str(e).lower() for e in m.get("stem_endings") or ())  # "schick" + "en"
        self.ruled_out = _phrases(m.get("ruled_out"))  # "nicht ausgeschlossen": possible, not negated
        split = m.get("ruled_out_split") or {}
        self.ruled_out_split = (lower_words(split, "verbs"), str(split.get("particle") or ""))
        self.planned_modifiers = set(m.get("planned_modifiers") or [])  # "die geplante Kundgebung"
        self.possible_modifiers = set(m.get("possible_modifiers") or [])  # "etwaige Angriffe": supposed
        unreal = m.get("unreal_acts") or {}  # "die angebliche Plünderung", "die geplante Razzia": no deed
        self.unreal_acts = UnrealActs(lower_words(unreal, "alleged"), lower_words(unreal, "planned"),
                                      lower_words(unreal, "planned_after"))
        self.announcement_nouns = set(m.get("announcement_nouns") or [])  # "die Ankündigung von Sanktionen"
        self.plot_participles = set(m.get("plot_participles") or [])  # "soll ... geplant haben": a past plot
        self.plot_auxiliaries = set(m.get("plot_auxiliaries") or [])
        self.plot_pluperfect = set(m.get("plot_pluperfect") or [])  # "hatte ... geplant"; not "haben ... geplant"
        self.counterfactual_aux = set(m.get("counterfactual_auxiliaries") or [])  # "hätte ... auffordern müssen"
        self.counterfactual_infinitives = set(m.get("counterfactual_infinitives") or [])
        self.conditions = (frozenset(self.conditional_openers), frozenset(m.get("consequence_verbs") or []))
        self.conditional_adverbs = set(m.get("conditional_adverbs") or [])  # "Andernfalls werde er ..."
        self.reported_future_aux = set(m.get("reported_future") or [])  # "würden ... teilen, sagte X": future
        self.hedges = _phrases(self.data.get("hedges"))
        self.reported_speech = set(self.data.get("reported_speech") or [])
        self.reported_speech_lead = set(self.data.get("reported_speech_lead") or [])
        self.konjunktiv_subjects = set(self.data.get("konjunktiv_subjects") or [])  # "er erwarte": reported
        self.object_articles = set((self.lex.get("case_words") or {}).get("object_articles") or [])  # "dem Iran bleibe"
        self.narration_cues = set(a.get("narration_cues") or [])  # "Laut X ... . <indicative>": X's account goes on
        d = self.data.get("denial") or {}
        self.denial_verbs = set(d.get("verbs") or [])
        self.back_refs = _phrases(d.get("back_references"))
        self.article_refs = set(d.get("article_references") or [])  # "Das Gericht wies ... zurück": an article
        self.article_ref_verbs = set(d.get("article_reference_verbs") or [])
        self.adjective_endings = tuple(e for e in self.lex.get("adjective_endings") or [] if e)
        self.complementisers = set(d.get("complementisers") or [])
        self.denier_pronouns = set(d.get("pronouns") or [])
        self.content_auxiliaries = set(d.get("content_auxiliaries") or [])  # "denied it had sent": a clause follows
        self.back_only = set(d.get("not_subjects") or [])  # "denied this was ...": still a back reference
        self.denial_infinitives = set(d.get("infinitive_openers") or [])  # "bestritt, ... verlegt zu haben"
        self.infinitive_articles = set(d.get("infinitive_articles") or [])  # "bestritt, die Liste gekannt zu haben"
        self.relative_openers = set(d.get("relative_openers") or [])  # ", which X denied": its own sentence only
        self.apposed_articles = set(d.get("apposed_articles") or [])  # ", a charge X denied": a relative denial
        self.apposed_nouns = set(d.get("apposed_nouns") or [])
        self.progressive_aux = set(d.get("progressive_auxiliaries") or [])  # "is denying": a denial
        self.future_aux = set(self.lex.get("future_auxiliaries") or []) | set(m.get("future_modals") or [])
        self.passive_aux = set(self.lex.get("passive_auxiliaries") or [])
        self.state_aux = set(a.get("state_auxiliaries") or [])  # "sei gefordert": asked, not asking
        self.determiners = set(self.lex.get("determiners") or [])
        self.person_pronouns = {p for p in (self.lex.get("anaphors") or {}).get("person", [])}
        self.definite = set(a.get("definite_articles") or [])
        self.own_side = set(a.get("own_side_speakers") or [])
        self.phrase_tails = lower_words(a, "phrase_tails")  # "nach Angaben des": no end of a speaker phrase
        self.phrase_words = lower_words(a, "phrase_words")  # "von", "of": inside a speaker phrase
        self.name_linkers = lower_words(a, "name_linkers")  # "Bundesamt für Verfassungsschutz"
        self.trailing_adverbs = lower_words(a, "trailing_adverbs")  # ", so Scholz weiter."
        self.frame_tail_stops = lower_words(a, "frame_tail_stops")  # ", X said that ...": no closing frame
        # "des Verbandes X (ACR)": the genitive article and head-noun endings that give the name's nominative
        self.name_genitive_articles = set(a.get("name_genitive_articles") or [])
        self.name_genitive_endings = list((a.get("name_genitive_endings") or {}).items())
        self.name_adjective_endings = tuple(str(w).lower() for w in a.get("name_adjective_endings") or ())  # "Deutschen"
        self.quoting_verbs = set(a.get("quoting_verbs") or [])  # "wird von Reuters zitiert": Reuters reports the subject
        self.agent_prepositions = set(a.get("agent_prepositions") or [])
        # filled in by the event extractor from triggers.yaml
        # separable particles written apart before the participle ("zusammen gezogen") or left before "und"
        self.detached_particles = frozenset(self.lex.get("detached_particles") or [])
        self.particle_coordinators = frozenset(self.lex.get("particle_coordinators") or [])
        self.verb_forms: dict[str, str] = {}
        self.verb_suffixes: list[tuple[str, ...]] = []
        self.event_verbs: set[str] = set()
        # the words whose lemma can be a speech or denial verb, told apart from the rest by form (verb_lemmas.py): the
        # rest is most words, whose clause-scanning lemma attributions and denials then do not ask
        self.speech_reach = LemmaReach.of(self.speech_verbs, self._with_verb_particles, self.detached_particles)
        self.denial_reach = LemmaReach.of(self.denial_verbs, self._separable, self.detached_particles)
        # and a colon or speech-act frame's verb (claim_frames.py), asked of every lower-case word of a main clause
        self.colon_reach = LemmaReach.of(self.colon_verbs, self._with_verb_particles, self.detached_particles)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def find(doc: Doc, start: int, end: int, phrases: PhraseSet | list[tuple[str, ...]]) -> tuple[int, int] | None:
        """First occurrence of any phrase in tokens [start, end): (first, last+1); "*" is any one word."""
        if not isinstance(phrases, PhraseSet):
            phrases = PhraseSet(phrases)
        return phrases.find(doc.lowers, start, end)

    # -- attribution -----------------------------------------------------------------------------
    def attributions(self, doc: Doc, sent: int, clauses: list[Clause], mentions: list[Mention],
                     particles: set[str], known_verbs: set[str], state: ClaimState | None = None) -> list[AttributionSpan]:
        """Attribution spans of one sentence; ``state`` carries the last speaker within one document."""
        state = state if state is not None else ClaimState()
        if self.verb_particles:
            particles = self._with_verb_particles if particles == self._separable else particles | self.verb_particles
        s = doc.sentences[sent]
        toks = doc.tokens
        spans: list[AttributionSpan] = []
        actors = [m for m in mentions if m.kind in ("actor", "origin") and s.tok_start <= m.tok_start < s.tok_end]
        # unnamed cues anywhere in the sentence ("Berichten zufolge", "reportedly")
        hit = self.find(doc, s.tok_start, s.tok_end, self.unnamed)
        if hit:
            text = doc.text[toks[hit[0]].start:toks[hit[1] - 1].end]
            # "X agreed to a ceasefire but media reports said clashes continued": after a contrast the reports cover
            # what follows them only
            back = [toks[j].lower for j in range(max(s.tok_start + 1, hit[0] - 2), hit[0])]
            opened = "," not in back and any(w in self.contrast_openers for w in back)
            spans.append(AttributionSpan(hit[0], hit[1], hit[0] if opened else s.tok_start, s.tok_end, [Attribution(
                text, UNNAMED, None, None, text, toks[hit[0]].start, toks[hit[1] - 1].end)]))
        covered = set(range(hit[0], hit[1])) if hit else set()
        if not hit and (compound := self._compound_source(doc, s.tok_start, s.tok_end)) is not None:
            spans.append(compound)
            covered.update(range(compound.cue_start, compound.cue_end))
        if (report := self._report_relative(doc, s.tok_start, s.tok_end, actors, covered, state)) is not None:
            spans.append(report)
            covered.update(range(report.cue_start, report.cue_end))
        for c in clauses:
            for i in range(c.start, c.end):
                if i in covered:
                    continue
                low = toks[i].lower
                if low in self.postpositions:
                    j = i - 1
                    while j >= c.start:
                        if self._phrase_token(doc, j, actors):
                            j -= 1
                        elif j - 2 >= c.start and toks[j].text == ")" and toks[j - 2].text == "(" \
                                and toks[j - 1].text.isupper():
                            j -= 3  # "Einer Erklärung des Verbandes (VDR) zufolge": the acronym is part of the name
                        else:
                            break
                    first = j + 1
                    if first < i:
                        spans.append(self._span(doc, first, i + 1, first, i, s.tok_start, s.tok_end, low, actors, state))
                        covered.update(range(first, i + 1))
        # prepositions over the whole sentence: "According | to him" may straddle a clause break
        i, lowers = s.tok_start, doc.lowers
        firsts = self.preposition_set.openers  # a word that opens no phrase: one dict test, not a call per word
        while i < s.tok_end:
            p = None if i in covered or firsts is not None and lowers[i] not in firsts \
                else self.preposition_set.match_at(lowers, i, s.tok_end)
            if p is None:
                i += 1
                continue
            found = (i, i + len(p))
            star = found[0] + p.index("*") if "*" in p else -1
            if star >= 0 and not any(m.tok_start <= star < m.tok_end for m in actors) and found[1] < s.tok_end \
                    and self._phrase_token(doc, found[1], actors) and toks[found[1]].lower not in (",", "'", '"'):
                star = -1  # "nach übereinstimmenden Angaben der New York Times": the speaker follows
            if star >= 0:
                cue = " ".join(p).replace("*", toks[star].text)
                spans.append(self._span(doc, found[0], found[1], star, star + 1, s.tok_start, s.tok_end, cue, actors,
                                        state))
                covered.update(range(found[0], found[1]))
                i = found[1]
                continue
            j = found[1]
            while j < s.tok_end and toks[j].lower != "," and (self._phrase_token(doc, j, actors) or (
                    self.lang == "de" and toks[j].text.isalpha() and toks[j].text.islower() and j + 1 < s.tok_end
                    and toks[j + 1].text[:1].isupper() and toks[j - 1].lower in self.determiners
                    and not any(t.text[:1].isupper() for t in toks[found[1]:j]))):  # before the phrase's head only
                j += 1  # "nach Angaben der politischen Opposition": an adjective between article and noun
            j = self._acronym_end(doc, j, s.tok_end)
            j = self._place_end(doc, j, s.tok_end, actors)
            if j > found[1]:
                cue = " ".join(doc.lowers[found[0]:found[1]])
                spans.append(self._span(doc, found[0], j, found[1], j, s.tok_start, s.tok_end, cue, actors, state))
                covered.update(range(found[0], j))
            i = max(j, i + 1)
        # reporting verbs: the speakers are the subject(s) of the verb's clause. A reporting clause inside
        # another's scope is a nested claim ("X sagte, Y habe berichtet, dass ..."): both spans are kept
        named = {j for m in actors for j in range(m.tok_start, m.tok_end)}  # "state media": no verb
        may_speak = self.reach_test(doc, self.speech_reach, self.speech_verbs, particles, known_verbs)
        for k_c, c in enumerate(clauses):
            # "X travelled to Y to announce that ...": an infinitive's speaker is the subject of the clause before it
            first = clauses[k_c - 1].start if k_c and c.opener in self.infinitive_openers else c.start
            if k_c >= 2 and c.start > 0 and toks[c.start - 1].text in DASHES and clauses[k_c - 1].start > 0 \
                    and toks[clauses[k_c - 1].start - 1].text in DASHES:
                first = clauses[k_c - 2].start  # "An official with X – a militia allied with Y – told VOA that ...": the
                # subject stands before the apposition the dashes enclose
            verbs = [(i, lemma) for i in range(c.start, c.end) if not (i in covered or i in named or (
                     i > s.tok_start and toks[i - 1].lower in self.speakers.articles) or toks[i].text[:1].isupper()
                     and i != s.tok_start) and may_speak(i)
                     and (lemma := self.verb_lemma(doc, i, c, particles, known_verbs, True))
                     in self.speech_verbs and not self._zu_infinitive(doc, i) and not self._raised(doc, i, lemma)]
            # "Scholz sagte, der BND habe berichtet, dass ...": two reporting verbs, split at the comma between them
            # (end of one part, start of the next); English needs no comma ("The minister said the NIS had reported")
            cuts: list[tuple[int, int] | None] = []
            for (a, _), (b, _) in zip(verbs, verbs[1:], strict=False):
                comma = next((j for j in range(a, b) if toks[j].text == ","), None)
                bare_cut = (a + 1, a + 1) if self.lang == "en" and b - a > 2 else None
                cuts.append((comma, comma + 1) if comma is not None else bare_cut)
            for k, (i, lemma) in enumerate(verbs):
                if k > 0 and cuts[k - 1] is None or i in covered:
                    continue
                prev_cut, cut = (cuts[k - 1] if k > 0 else None), (cuts[k] if k < len(cuts) else None)
                lo = prev_cut[1] if prev_cut is not None else first
                hi = cut[0] if cut is not None else c.end
                span = self._verb_span(doc, s.i, c, clauses, lo, hi, i, lemma, actors, covered, state)
                if span is not None:
                    if cut is not None:
                        span.scope_start, span.scope_end = cut[1], max(span.scope_end, c.end)
                    spans.append(span)
                    covered.update(range(span.cue_start, span.cue_end))
                if cut is None:
                    break
        spans.extend(self._trailing(doc, s.tok_start, s.tok_end, actors, covered, state, sent))
        if not spans:  # "Die Steuern müssten sinken, fordert die SPÖ": the content is the speech act's speaker's
            spans.extend(self._trailing_act(doc, sent, clauses, actors, state, particles, known_verbs))
        if (colon := self._colon_speech(doc, sent, clauses, spans, actors, covered, state, particles, known_verbs)):
            spans.append(colon)
        elif (act := self._speech_act_complement(doc, sent, clauses, spans, actors, covered, state, particles,
                                                 known_verbs)):
            spans.append(act)
        for sp in spans:  # "Nach Angaben von AI": the acronym of "Amnesty International" named before
            sp.attributions = [self.speakers.expand_acronym(doc, a) for a in sp.attributions]
        if not spans and state.last_speaker and sent - state.last_speaker_sent <= 6:
            cue = next((j for j in range(s.tok_start, s.tok_end) if toks[j].lower in self.last_speaker_cues or (
                j == s.tok_start and toks[j].lower in self.last_speaker_openers and sent - state.last_speaker_sent <= 2)),
                None)  # "Darin" points at the thing just told: its speaker must be near
            if cue is not None:  # "Demnach ...": the speaker named last
                spans.append(AttributionSpan(cue, cue + 1, s.tok_start, s.tok_end, [  # offsets: where this sentence says so
                    Attribution(a.text, a.name, a.country, a.sector, toks[cue].lower, toks[cue].start, toks[cue].end)
                    for a in state.last_speaker]))
        return spans

    def _raised(self, doc: Doc, i: int, lemma: str) -> bool:
        """"Russia is said to have sent weapons", "is widely believed to": an English reporting verb in the passive before
        an infinitive raises the infinitive's doer to its subject, who speaks nothing (no one named does: a hedge). Not
        a verb of telling someone ("was told to withdraw": the addressee is asked, the teller speaks)."""
        toks, to = doc.tokens, function_words(self.lang).infinitive_markers
        if self.lang != "en" or i + 1 >= len(toks) or toks[i + 1].lower not in to or toks[i + 1].sent != toks[i].sent \
                or lemma in self.speakers.addressee_verbs:
            return False
        first = doc.sentences[toks[i].sent].tok_start
        return any(toks[j].lower in self.passive_aux for j in range(max(first, i - 2), i))

    def held_open(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """"schloss nicht aus, Obama zu verklagen": a negated ruling-out before the act, its complement, holds the doer's
        own act over the other side; "dass ..." only guesses, "Ein Angriff sei nicht ausgeschlossen" only weighs it."""
        return self._complements_ruling(doc, clause, trigger) \
            and self._ruled_out(doc, doc.sentences[clause.sent].tok_start, trigger)

    def _complements_ruling(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """Can the trigger be a ruling-out's own act (held open or excluded)? Not in a "dass" clause (a guess), and
        not the ruling-out verb itself."""
        return clause.opener not in self.complementisers and not self._rules_out_itself(doc, trigger, clause.end)

    def excluded(self, doc: Doc, clause: Clause, trigger: int) -> bool:
        """"schloss aus, Wien zu verklagen": the doer rules out its own act, told as a zu-infinitive after an unnegated
        ruling-out; the act is not done nor held over anyone (fuout37). "dass ..." clauses only guess: not these."""
        if not self.ruled_out_split[0] or not self._complements_ruling(doc, clause, trigger) or not zu_infinitive(
                doc, trigger, self.zu_markers, self.zu_particles, lemma=False):
            return False
        first, hi = doc.sentences[clause.sent].tok_start, trigger
        lows, (verbs, particle) = doc.lowers, self.ruled_out_split
        if any(self.negation.match_at(lows, j, hi) is not None for j in range(first, hi)):
            return False  # "schloss nicht aus, ... zu": held open (held_open)
        # the ruling-out closes its own clause, a comma right after it ("schloss aus, ...", "hat ausgeschlossen, ...")
        return any(lows[j] == particle and j > first and lows[j + 1] == "," and any(lows[v] in verbs for v in range(first, j))
                   or self.ruled_out.match_at(lows, j, hi) is not None and lows[j + 1] == ","
                   for j in range(first, hi - 1))

    def _zu_infinitive(self, doc: Doc, i: int) -> bool:
        """Is token i a zu-infinitive ("zu erklären", "mitzuteilen": particle, "zu", stem)?"""
        return zu_infinitive(doc, i, self.zu_markers, self.zu_particles, lemma=True)



__all__ = ["OWN_SIDE", "UNNAMED", "AttributionSpan", "ClaimCues", "Denial", "attribution_chain"]
