"""Who is speaking: the speaker phrase of a reporting verb or cue, named or not, known to the gazetteer or not.

News names its speakers in a few shapes: a known actor ("das Verteidigungsministerium"), a person
the gazetteer does not know, often with an apposition that tells the side ("Olaf Brandt, Sprecher
des deutschen Verteidigungsministeriums, erklärte"), a pronoun for the last speaker ("Er sagte",
"according to him"), or a plain noun phrase ("Die Staatsanwaltschaft", "ein Sprecher"). This module
turns such a phrase into one or more :class:`Attribution` entries with their character offsets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Attribution, Doc, Mention, Token
from .analyser import Analysis, analysis_of
from .quote_marks import QuoteMarks

_SUBJECTS = {"nsubj", "nsubjpass"}  # a reporting verb's parsed subject

UNNAMED = "unnamed"


def mentions_in(doc: Doc, lo: int, hi: int) -> list[Mention]:
    """The document's mentions that start in tokens [lo, hi), by bisection (``doc.mentions`` is in token order):
    a look near one phrase stays linear over an article."""
    return doc.mentions[bisect_left(doc.mentions, lo, key=lambda m: m.tok_start):
                        bisect_left(doc.mentions, hi, key=lambda m: m.tok_start)]


@dataclass
class ClaimState:
    """Per-document memory of claims (never shared between articles): the last named speaker, for
    "Er sagte", "sagte sie", "Ihm zufolge", "according to him" and "demnach"."""

    last_speaker: list[Attribution] = field(default_factory=list)
    last_speaker_sent: int = -100

    def remember(self, atts: list[Attribution], sent: int) -> None:
        named = [a for a in atts if a.name != UNNAMED]
        if named:
            self.last_speaker, self.last_speaker_sent = named, sent


@dataclass
class SpeakerPhrases:
    """Finds and resolves speaker phrases; built once per language from claims.yaml and the lexicon."""

    lang: str
    data: dict[str, Any]
    lex: dict[str, Any]

    def __post_init__(self) -> None:
        sp = self.data.get("speakers") or {}
        self.function_words = {w.lower() for w in sp.get("function_words") or []}
        self.indefinite = {w.lower() for w in sp.get("indefinite") or []}
        self.titles = {w.lower() for w in sp.get("titles") or []}
        self.coordinators = {w.lower() for w in sp.get("coordinators") or []}
        self.addressee_verbs = set(sp.get("addressee_verbs") or [])
        # a preposition ends the speaker phrase after the verb ("hatte Obama bei seinem Treffen mit ... gesagt")
        self.phrase_ends = {w.lower() for w in [*(self.lex.get("oblique_prepositions") or []),
                                                *(self.lex.get("location_prepositions") or [])]
                            if isinstance(w, str)} - {w.lower() for w in sp.get("phrase_end_exceptions") or []}
        self.phrase_stops = {w.lower() for w in sp.get("phrase_stops") or []}  # "dass", "zufolge"
        self.verb_particles = {w.lower() for w in sp.get("verb_particles") or []}  # "teilte ... mit"
        self.name_particles = {w.lower() for w in sp.get("name_particles") or []}
        self.subject_pronouns = {w.lower() for w in sp.get("subject_pronouns") or []}  # "China said it would ..."
        self.plural_pronouns = {w.lower() for w in sp.get("plural_pronouns") or []}  # "he says they ...": not he
        self.singular_pronouns = {w.lower() for w in sp.get("singular_pronouns") or []}
        self.place_prepositions = {w.lower() for w in sp.get("place_prepositions") or []}  # "the ministry in Manila"
        self.determiners = {w.lower() for w in self.lex.get("determiners") or []}
        self.articles = {w.lower() for w in sp.get("articles") or []}
        self.frame_openers = {w.lower() for w in sp.get("frame_openers") or []}  # ", wie X berichtete"
        self.finite = {w.lower() for w in self.lex.get("finite_auxiliaries") or []} | {
            w.lower() for w in sp.get("auxiliaries") or []}
        self.person_pronouns = {p.lower() for p in (self.lex.get("anaphors") or {}).get("person", [])}
        self.time_nouns = {w.lower() for w in sp.get("time_nouns") or []}  # "Wenige Stunden nach ...": no speaker
        self.time_relations = {w.lower() for w in sp.get("time_relations") or []}
        self.report_nouns = {w.lower() for w in (self.data.get("attribution") or {}).get("report_nouns") or []}
        self.max_parsed = 150  # tokens: longer sentences keep the word-based speaker phrase
        self.quotes = QuoteMarks.from_data(self.data)

    # -- where the phrase is ------------------------------------------------------------------
    def region(self, doc: Doc, lo: int, hi: int, verb: int, lemma: str) -> tuple[int, int] | None:
        """The speaker phrase of the reporting verb at ``verb`` (see :meth:`word_region`); a long English
        phrase is narrowed to the verb's parsed subject: in "Burma has freed prisoners in an amnesty the
        government says ..." the government speaks, Burma acts."""
        found = self.word_region(doc, lo, hi, verb, lemma)
        if self.lang != "en" or found is None or (found[1] - found[0] <= 5 and found[1] >= verb - 2):
            return found  # a short phrase right before the verb ("Police said"): no parse needed
        parse = self._verb_parse(doc, verb)
        subj = next(iter(parse.dependents(verb, _SUBJECTS)), None) if parse is not None else None
        if parse is None or subj is None:
            return found
        span = parse.subtree(subj)
        first, last = max(min(span), lo), min(max(span) + 1, hi)
        return (first, last) if first < last else found

    def _verb_parse(self, doc: Doc, verb: int) -> Analysis | None:
        """The parse where it covers ``verb``; None without one, or in a sentence too long to parse for a speaker
        (bounded time and memory)."""
        parse, sent = analysis_of(doc), doc.sentences[doc.tokens[verb].sent]
        if parse is None or sent.tok_end - sent.tok_start > self.max_parsed or not parse.need(sent.i) \
                or verb not in parse.deps:
            return None
        return parse

    def head_subject(self, doc: Doc, verb: int) -> tuple[int, int] | None:
        """'X staged rallies, saying ...', 'X defended Y and insisted ...': an English participle or coordinated verb
        has no subject of its own; its speaker is the parsed subject of the verb it hangs on (before it)."""
        parse = self._verb_parse(doc, verb) if self.lang == "en" else None
        if parse is None:
            return None
        v = verb
        for _ in range(3):
            subj = next(iter(parse.dependents(v, _SUBJECTS)), None)
            if subj is not None:
                break
            head = parse.heads.get(v)
            if parse.deps.get(v) not in ("advcl", "conj", "xcomp") or head is None or head == v:
                return None
            v = head
        else:
            return None
        span = parse.subtree(subj)
        first, last = min(span), max(span) + 1
        return (first, last) if last <= verb else None

    def may_parse(self, doc: Doc, sent: int, lemma_of: Callable[[Token], str | None]) -> bool:
        """Will :meth:`region` likely parse sentence ``sent``? A guess from its reporting verbs (``lemma_of``: a
        token's speech-verb lemma or None) over the whole sentence, for a pipeline to parse it ahead in a batch, where
        a parse costs a fraction of one alone: a wrong guess costs time, never events."""
        s = doc.sentences[sent]
        if self.lang != "en" or s.tok_end - s.tok_start > self.max_parsed:
            return False
        for v in range(s.tok_start, s.tok_end):
            t = doc.tokens[v]
            if (v == s.tok_start or not t.text[:1].isupper()) and (lemma := lemma_of(t)) is not None:
                found = self.word_region(doc, s.tok_start, s.tok_end, v, lemma)
                if found is not None and not (found[1] - found[0] <= 5 and found[1] >= v - 2):
                    return True
        return False

    def word_region(self, doc: Doc, lo: int, hi: int, verb: int, lemma: str) -> tuple[int, int] | None:
        """Token range of the subject of the reporting verb at ``verb`` within [lo, hi): before the
        finite verb when something stands there, else right after it ("sagte der Minister", "said the
        army"); never the addressee after "told" ("Cho told lawmakers that ...")."""
        toks = doc.tokens
        lo = self._after_adverbial(doc, lo, verb)
        finite = next((j for j in range(lo, verb) if toks[j].lower in self.finite), verb)
        before_end = finite
        while before_end > lo and not toks[before_end - 1].text[:1].isalnum() and toks[before_end - 1].text not in (")",):
            before_end -= 1  # ", hat ..." / "… ,“ sagte"
        start = lo
        while start < before_end and ((toks[start].text == "," or toks[start].text in self.quotes.marks) or (
                toks[start].lower in self.function_words and (self.lang == "en" or toks[start].text[:1].islower()))
                or toks[start].lower in self.frame_openers):  # "Wie die Regierung mitteilte, ...": a frame first
            start += 1  # "wie die Agentur berichtete", "dass der Minister sagte": the subject follows the conjunction
        if start < before_end and self._has_np(doc, start, before_end):
            if self.lang == "de" and (toks[start].lower in self.function_words and not self._np_start(doc, start, before_end)
                                      or self._time_phrase(doc, start, before_end)):
                pass  # "Am Montag sagte der Minister": an adverbial stands first, the subject follows the verb
            else:
                return start, before_end
        if lemma in self.addressee_verbs and self.lang == "en":
            return None
        j = finite + 1 if finite < verb else verb + 1  # "Am Montag hat der Minister erklärt", "sagte der Minister"
        stop = verb if finite < verb else hi
        end = j
        breaks = (":", ";", ".") if finite < verb else (",", ":", ";", ".")
        while end < stop and toks[end].text not in breaks and toks[end].lower not in self.phrase_stops \
                and (end - j) < 14 and not (end > j and toks[end].lower in self.phrase_ends):
            if toks[end].text in self.quotes.marks:  # "erklärte der neue „Oberste Rat zur ...“": a quoted name is crossed
                run = self.quotes.quoted_run(doc, end + 1, stop) if toks[end].text in self.quotes.opening else None
                if run is None or run[1] >= stop:
                    break
                end = run[1]
            end += 1
        if end > j and toks[end - 1].lower in self.verb_particles:
            end -= 1  # "teilte der Minister mit": the particle is no part of the phrase
        return (j, end) if end > j and self._has_np(doc, j, end) else None

    def _after_adverbial(self, doc: Doc, lo: int, hi: int) -> int:
        """English puts adverbials before the subject, set off by a comma ("Through a channel that was set up,
        we can confirm", "In a statement, the ministry said"): the subject follows its comma. A
        name's apposition ("Kim, a spokesperson for the ministry, told") starts with no preposition."""
        toks = doc.tokens
        if self.lang != "en" or hi <= lo:
            return lo
        first = next((j for j in range(lo, hi) if toks[j].text[:1].isalpha()), None)
        comma = next((j for j in range(lo + 1, hi) if toks[j].text == ","), None)  # the first: "At noon, A, B and C said"
        if first is None or comma is None or comma <= first:
            return lo
        if toks[first].lower in self.phrase_ends or toks[first].lower in self.function_words or toks[first].text[:1].islower():
            return comma + 1
        return lo

    def _time_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """A German first constituent that measures time ("Wenige Stunden nach dem Putsch", "Zwei Tage später"): a time
        noun among its first three words with a word of relative time after it; an adverbial, never the speaker."""
        toks = doc.tokens
        return any(toks[j].lower in self.time_nouns and toks[j + 1].lower in self.time_relations
                   for j in range(start, min(start + 3, end - 1)))

    def _has_np(self, doc: Doc, lo: int, hi: int) -> bool:
        return any(t.text[:1].isupper() or t.lower in self.person_pronouns for t in doc.tokens[lo:hi]) or (
            self.lang == "en" and any(t.text[:1].isalpha() for t in doc.tokens[lo:hi])) or (
            self.quotes.quoted_run(doc, lo, hi) is not None)

    def _np_start(self, doc: Doc, start: int, end: int) -> bool:
        """A German first constituent that is a noun phrase (a determiner or a name), not "Am Montag"."""
        return doc.tokens[start].lower in self.determiners

    # -- what it names ------------------------------------------------------------------------
    def resolve(self, doc: Doc, lo: int, hi: int, actors: list[Mention], cue: str, state: ClaimState,
                resolve_actor: Any, sent: int) -> list[Attribution]:
        """The speakers named in tokens [lo, hi). Coordinated actors ("die USA und Südkorea") are
        several speakers; a name with an apposition is one ("Olaf Brandt, Sprecher des ... ministeriums")."""
        toks = doc.tokens
        inside = [m for m in actors if lo <= m.tok_start < hi and m.kind in ("actor", "origin")]
        dated = {t.i for d in doc.dates for t in toks[lo:hi] if d.start <= t.start < d.end}
        words = [t for t in toks[lo:hi] if t.text[:1].isalpha() and t.i not in dated]
        if words and len(words) <= 2 and words[-1].lower in self.person_pronouns and not inside:
            return self.pronoun(doc, words[-1].i, cue, state, sent)
        if not words or all(t.lower in self.function_words | self.determiners for t in words):
            return []  # "am Sonntag, den 28. Juni, gemeldet": a date is nobody
        if not inside and (author := self.report_author(doc, lo, hi, cue, state, sent)):
            return author
        coordinated = any(t.lower in self.coordinators for t in toks[lo:hi])
        bare = [m for m in inside if m.kind == "actor" and m.preposition is None] or [
            m for m in inside if m.kind == "actor"]
        if bare and (coordinated or len(bare) == 1 and not self.name_run(doc, lo, hi, bare)):
            if coordinated:
                return [resolve_actor(doc, m, cue) for m in bare]
            a = resolve_actor(doc, bare[0], cue)
            if bare[0].via != "person" and any(m.via == "person" for m in inside):
                a = resolve_actor(doc, next(m for m in inside if m.via == "person"), cue)
            elif bare[0].via.startswith("sector") and (place := self.placed(inside)) is not None:
                assert place.actor is not None  # "the foreign ministry in Manila said": the ministry is Manila's
                a = replace(a, name=place.actor.name, country=place.actor.country)
            return [a]
        quoted = self.quotes.quoted_run(doc, lo, hi)
        if quoted is not None and not inside and all(  # "der neue „Oberste Rat zur ...“": only the title is a name
                not t.text[:1].isupper() for t in toks[lo:hi] if not quoted[0] <= t.i < quoted[1]):
            name = doc.text[toks[quoted[0]].start:toks[quoted[1] - 1].end]
            return [Attribution(name, name, None, None, cue, toks[quoted[0]].start, toks[quoted[1] - 1].end)]
        run = self.name_run(doc, lo, hi, inside)
        side = next((m for m in inside if m.kind == "actor" and m.actor is not None and m.actor.country), None) or next(
            (m for m in inside if m.actor is not None), None)
        person = next((m for m in inside if m.via == "person"), None) or next(
            (m for m in inside if m.via.startswith("appositive") and m.actor is not None), None)
        if person is not None:
            a = resolve_actor(doc, person, cue)
            if a.country is None and side is not None and side is not person and side.actor is not None:
                a = replace(a, name=person.actor.name, country=side.actor.country)  # "X, Chef der thailändischen Armee"
            return [a]
        if run is not None:
            name = doc.text[toks[run[0]].start:toks[run[1] - 1].end]
            country = side.actor.country if side is not None and side.actor is not None else None
            sector = side.actor.sector if side is not None and side.actor is not None else None
            return [Attribution(name, name, country, sector, cue, toks[run[0]].start, toks[run[1] - 1].end)]
        if side is not None:
            return [resolve_actor(doc, side, cue)]
        # "Wie „heise online“ berichtet": a quoted title is a name
        if quoted is not None:
            name = doc.text[toks[quoted[0]].start:toks[quoted[1] - 1].end]
            return [Attribution(name, name, None, None, cue, toks[quoted[0]].start, toks[quoted[1] - 1].end)]
        first = next(t for t in toks[lo:hi] if t.text[:1].isalnum())
        text = doc.text[first.start:toks[hi - 1].end]
        definite = first.lower in self.determiners and first.lower not in self.indefinite
        head = [t for t in toks[first.i:hi] if t.text[:1].isupper() and t.lower not in self.determiners]
        if definite and head and self.lang == "de":
            name = head[0].text  # "Die Staatsanwaltschaft teilte mit": a definite institution, not a rumour
        else:
            name = UNNAMED
        return [Attribution(text, name, None, None, cue, first.start, toks[hi - 1].end)]

    def report_author(self, doc: Doc, lo: int, hi: int, cue: str, state: ClaimState, sent: int) -> list[Attribution]:
        """"X legte einen Bericht vor. Laut dem Bericht ...", "Dem Bericht zufolge": a report named only by an article and
        its noun is the last named speaker's (within the pronoun's reach); [] when the phrase says more."""
        words = [t for t in doc.tokens[lo:hi] if t.text[:1].isalpha()]
        if not (len(words) == 2 and (words[0].lower in self.determiners - self.indefinite or words[0].lower.startswith("dies"))
                and words[1].lower in self.report_nouns
                and state.last_speaker and 0 < sent - state.last_speaker_sent <= 6):
            return []
        t0, t1 = words
        return [Attribution(doc.text[t0.start:t1.end], a.name, a.country, a.sector, cue, t0.start, t1.end)
                for a in state.last_speaker]

    def placed(self, inside: list[Mention]) -> Mention | None:
        """The place a generic speaker is in ("officials in Kyiv", "das Ministerium in Moskau"): its country is
        the speaker's, not the side of the claim it speaks about."""
        return next((m for m in inside if m.is_location and m.preposition in self.place_prepositions
                     and m.actor is not None and m.actor.country), None)

    def name_run(self, doc: Doc, lo: int, hi: int, inside: list[Mention]) -> tuple[int, int] | None:
        """A person's name the gazetteer does not know: two or more capitalised words in a row
        ("Olaf Brandt", "Provinzgouverneur Thirayuth Iamtrakul"), or one right before the verb with no
        article ("Waxman sagte"); words of known actors, dates and function words are no name."""
        toks = doc.tokens
        if hi <= lo:
            return None
        # mentions (sorted by token) and dates (by offset) near the span only, by bisection: linear overall
        ms = mentions_in(doc, lo, hi)
        known = {j for m in ms if m.via != "person"
                 for j in range(m.tok_start, m.tok_end)}  # places and known actors are no person's name
        ds = doc.dates[bisect_left(doc.dates, toks[lo].start - 200, key=lambda d: d.start):
                       bisect_left(doc.dates, toks[hi - 1].end, key=lambda d: d.start)]
        dated = {t.i for d in ds for t in toks[lo:hi] if d.start <= t.start < d.end}
        runs: list[tuple[int, int]] = []
        j = lo
        while j < hi:
            k = j
            while k < hi and k not in known and k not in dated and (self._name_word(toks[k].text, toks[k].lower) or (
                    k > j and toks[k].lower in self.name_particles and k + 1 < hi
                    and self._name_word(toks[k + 1].text, toks[k + 1].lower))):
                k += 1  # "Alvaro de Soto", "Ursula von der Leyen" keep their particles
            if k > j:
                runs.append((j, k))
                j = k
            else:
                j += 1
        best: tuple[int, int] | None = None
        if runs and runs[0][0] == lo and runs[0][1] - lo >= 2 and runs[0][1] < hi and toks[runs[0][1]].text == ",":
            return runs[0]  # "Sergei Voznyak, Pressesprecher von Aljaksandr Milinkewitsch": the apposition tells who he is
        for a, b in runs:  # the last name wins: "The U.N. envoy to the Middle East, Alvaro de Soto"
            if b - a == 1 and self.lang == "de" and toks[a].lemma.lower() != toks[a].lower:
                continue  # "Teilnehmern zufolge": an inflected common noun, no name
            while b < hi and not toks[b - 1].space_after and (toks[b].text == "-" or toks[b - 1].text.endswith("-")
                                                              or toks[b].text[:1].isalpha()):
                b += 1  # "Kim Min-ji": a hyphenated name is one name
            prev = toks[a - 1].lower if a > lo else ""
            if b - a >= 2:
                if b - a >= 3 and prev in self.determiners:
                    a += 1  # "Der GdP-Vorsitzende Konrad Freiberg": the title noun is no part of the name
                best = (a, b)
            elif prev not in self.determiners and b == hi and (a > lo or self.lang == "en" or hi - lo == 1):
                best = (a, b)
        return best

    def _name_word(self, text: str, low: str) -> bool:
        return text[:1].isupper() and any(ch.isalpha() for ch in text) and low not in self.function_words \
            and low not in self.determiners and low not in self.person_pronouns and low not in self.titles

    @staticmethod
    def expand_acronym(doc: Doc, a: Attribution) -> Attribution:
        """A speaker named by an acronym ("AI", "HRW") that is no known actor: the known actor named before in
        the article whose words' initials spell it ("Amnesty International")."""
        acr = a.name
        if a.country or not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()) or a.start is None:
            return a
        for m in reversed(doc.mentions[:bisect_left(doc.mentions, a.start, key=lambda m: m.start)]):
            if m.actor is None:
                continue
            for name in (m.text, m.actor.name):  # the name also within a longer phrase ("Vertreter von ...")
                words = [w for w in name.split() if w[:1].isupper()]
                if len(words) == len(acr) and "".join(w[0] for w in words).upper() == acr:
                    return replace(a, name=m.actor.name, country=m.actor.country, sector=m.actor.sector)
        return a

    def pronoun(self, doc: Doc, i: int, cue: str, state: ClaimState, sent: int) -> list[Attribution]:
        """'Er sagte', 'according to him': the last named speaker, else the last person named before."""
        t = doc.tokens[i]
        if state.last_speaker and sent - state.last_speaker_sent <= 6:
            return [Attribution(t.text, a.name, a.country, a.sector, cue, t.start, t.end) for a in state.last_speaker]
        s = doc.sentences[t.sent]
        before = doc.sentences[t.sent - 1] if t.sent > 0 else None
        # the subject of the sentence before ("Der Minister traf Scholz. Er sagte ..."), else the last person named
        subject = next((m for m in doc.mentions if before is not None and before.tok_start <= m.tok_start < before.tok_end
                        and m.kind == "actor" and m.actor is not None and m.preposition is None and not m.is_location
                        and (m.via == "person" or m.actor.sector)), None)
        prior = [subject] if subject is not None else [
            m for m in doc.mentions if m.via == "person" and m.tok_end <= i and m.tok_start < s.tok_start and m.actor is not None]
        if prior:
            a = prior[-1].actor
            assert a is not None
            return [Attribution(t.text, a.name, a.country, a.sector, cue, t.start, t.end)]
        return [Attribution(t.text, UNNAMED, None, None, cue, t.start, t.end)]

