"""Which sentences of a document are worth parsing (alone, or batched across documents: parse_candidates), the parse
of one on first use and the clause-opening verbs it shows; the act a noun names. Split from trigger_finder.py and
events.py, whose clause checks ask these; the per-document answers live on the document (doc._triggers),
never on the extractor, so the extractor stays immutable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Doc
from .analyser import Analysis, analysis_of
from .rules import Rule


class TriggerSentences:
    """Mixin of TriggerFinder (and so of EventExtractor): candidate sentences and their parse; the attributes are
    EventExtractor's."""

    lang: str
    syntax: Any
    by_verb: dict[str, list[Rule]]
    by_noun: dict[str, list[Rule]]
    cues: Any
    coordinators: set[str]
    noun_head_index: Any
    _by_sent: dict[int, list[Any]]

    def _sentence_parse(self, doc: Doc, sent: int) -> Analysis | None:
        """The parse of a sentence that can hold an event (one with an actor), parsed on first use."""
        parse = analysis_of(doc)
        if parse is None or self.syntax is None:
            return None
        if parse.event_sentences is None and parse.parse_sentence is not None:  # decided once, up front
            parse.event_sentences = frozenset(self._event_sentences(doc))
        if not parse.prefetched:  # one batch for the document's sentences that can hold an event
            parse.prefetched = True
            parse.prefetch(self._candidate_sentences(doc))
        return parse if parse.usable(sent) else None

    def _event_sentences(self, doc: Doc) -> list[int]:
        """The sentences whose parse the event rules read (those with an actor, or opened by a pronoun that names the
        doer of the sentence before), whatever else is parsed."""
        return sorted({*(i for i, ms in self._by_sent.items() if self._has_actor(i)),
                       *(s.i for s in doc.sentences if self._pronoun_opened(doc, s.i))})

    def _has_actor(self, sent: int) -> bool:
        """The sentence names an actor (or an actor's origin)."""
        return any(m.kind in ("actor", "origin") for m in self._by_sent.get(sent, []))

    def _pronoun_opened(self, doc: Doc, sent: int) -> bool:
        """English: "Russia massed troops. It attacked Odesa.": a sentence opened by a referring pronoun (no person:
        ``referring_pronouns``) after one with an actor in its paragraph goes on with that doer (role_speakers_en
        ._referred_doer), though it names no actor itself."""
        words = getattr(self.syntax, "referring_pronouns", None)
        if not words or sent == 0:
            return False
        s, before = doc.sentences[sent], doc.sentences[sent - 1]
        return doc.lowers[s.tok_start] in words and before.paragraph == s.paragraph and self._has_actor(sent - 1)

    def _candidate_sentences(self, doc: Doc) -> list[int]:
        """The sentences parsed in one batch when the document's first trigger asks for a parse; kept on the document,
        since parse_candidates asked for them already when a pipeline parses several documents ahead."""
        return list(self._doc_table(doc, "candidates",
                                    lambda: [s.i for s in doc.sentences if self._candidate_sentence(doc, s.i)]))

    def _doc_table(self, doc: Doc, kind: str, make: Any) -> Any:
        """This extractor's ``kind`` answers on the document, made once by ``make``: one table per extractor (its
        copies share by_verb); the entry holds by_verb, so its id stays its own while the document lives."""
        key = (kind, id(self.by_verb))
        entry = doc._triggers.get(key)
        if entry is None:
            entry = doc._triggers[key] = (self.by_verb, make())
        return entry[1]

    def _candidate_sentence(self, doc: Doc, sent: int) -> bool:
        """A sentence with an actor and a word that may trigger an event: worth parsing."""
        if not self._has_actor(sent) and not self._pronoun_opened(doc, sent):
            return False
        s = doc.sentences[sent]
        if not self.by_noun.keys().isdisjoint(doc.lowers[s.tok_start:s.tok_end]):
            return True
        toks = doc.tokens[s.tok_start:s.tok_end]
        forms, by_verb = self.cues.verb_forms, self.by_verb
        words: set[str] | None = None  # the sentence's forms and lemmas, made at its first verb with rules (most have none)
        for t in toks:
            for lemma in (t.lemma, t.lower, forms.get(t.lower)):
                rules = by_verb.get(lemma) if lemma else None
                if rules:
                    if words is None:
                        words = {t.lower for t in toks} | {t.lemma for t in toks}
                    if any(not r.with_any or words & r.with_any for r in rules):
                        return True
        return False

    def _noun_type(self, doc: Doc, j: int) -> str | None:
        """The event type a noun names ("troop movements", "Angriffe"), for a denial's object."""
        rule = self._noun_rule(doc, j)
        return rule.type if rule else None

    def _noun_rule(self, doc: Doc, j: int) -> Rule | None:
        """The first rule of the act a noun names, its compound read by its head ("Raketenangriffe")."""
        t = doc.tokens[j]
        rules = self.by_noun.get(t.lower) or self.by_noun.get(t.lemma.lower())
        if rules is None and self.lang == "de" and t.text[:1].isupper():
            head = self.noun_head_index.longest_ending(t.lower)
            rules = self.by_noun.get(head) if head else None
        return rules[0] if rules else None

    def parse_candidates(self, doc: Doc) -> list[int]:
        """The sentences of ``doc`` whose parse extraction will ask for first, so that a pipeline can
        parse those of several documents in one batch beforehand (on a per-document copy)."""
        if self.syntax is None:  # only the parse-based roles ask for a batch
            return []
        reader = self.for_document()
        reader._index(doc)
        first = reader._candidate_sentences(doc)
        # and every other sentence with an actor: the read parses each of them (the clause splitter's weak-verb test,
        # _weak_verb, asks for the parse of every sentence the rules may read), one by one unless batched here
        forms, chosen = self.cues.verb_forms, set(first)
        later = [i for i in reader._event_sentences(doc) if i not in chosen]
        if self.lang == "en":  # and those whose long speaker phrase the parse narrows (speakers.region)
            speech = self.cues.speech_verbs

            def speech_lemma(t: Any) -> str | None:  # asked of every word of most sentences: no generator per word
                if t.lemma in speech:
                    return t.lemma
                if t.lower in speech:
                    return t.lower
                form = forms.get(t.lower)
                return form if form is not None and form in speech else None

            chosen.update(later)
            later += [i for i in range(len(doc.sentences)) if i not in chosen and self.cues.speakers.may_parse(
                doc, i, speech_lemma)]
        return first + later

    def _weak_verb(self, doc: Doc, sent: int) -> Callable[[int], bool] | None:
        """English: the parse says whether the word after "and"/"to" is a verb (or a pronoun subject) that opens a
        clause, but not a bare verb joined to an infinitive, which shares its "to" and its clause ("to land and
        evacuate X"); German and unparsed sentences keep the splitter's word-form test."""
        if self.syntax is None:
            return None
        parse = self._sentence_parse(doc, sent)
        if parse is None:
            return None
        toks = doc.tokens

        def shared_to(j: int) -> bool:  # "refused to allow planes to land and evacuate X": one "to", two verbs
            head = parse.heads.get(j, j)
            return toks[j - 1].lower in self.coordinators and parse.tags.get(j) == "VB" and parse.deps.get(j) == "conj" \
                and any(parse.deps.get(k) == "aux" and toks[k].lower in self.cues.infinitive_openers
                        for k in parse.children.get(head, []))

        return lambda j: (parse.tags.get(j, "").startswith(("VB", "MD")) and not shared_to(j)) or (
            parse.tags.get(j) == "PRP" and parse.deps.get(j, "").startswith("nsubj"))
