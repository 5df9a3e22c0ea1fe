"""Which sentences of a document are worth parsing, and the parse of one on first use; the act a noun names. Split
from trigger_finder.py, whose clause checks ask these; the per-document answers live on the document (doc._triggers),
never on the extractor, so the extractor stays immutable."""

from __future__ import annotations

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
