"""Round 20's speed-ups on the extraction path (issue 13), each the same answer as before: one per-document memo of
verb lemmas and suffix answers, shared by the rules' read and the topic read. Sentences written for these tests."""

from __future__ import annotations

from lagebild.extract.clauses import Clause
from lagebild.model import Article
from lagebild.pipeline import Pipeline, _event_extractor, language_kit


def test_the_topic_reads_copy_finds_the_rules_reads_lemmas() -> None:
    extractor = _event_extractor(language_kit("de"))
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(
        Article("Die Armee zog ihre Truppen aus der Stadt ab.", lang="de"))
    clause = Clause(0, 0, doc.sentences[0].tok_end, None)
    first, second = extractor.for_document(), extractor.for_document()  # the rules' read, then the topic read
    answers = [first.cues.verb_lemma(doc, i, clause, extractor.particles, extractor.known_verbs)
               for i in range(clause.start, clause.end)]
    assert answers[2] == "abziehen"
    (table,) = [entry for key, entry in doc._verb_lemmas.items() if key[0] == "lemma"]  # asked through the first copy
    held, kept = dict(table[1]), len(doc._verb_lemmas)
    assert [second.cues.verb_lemma(doc, i, clause, extractor.particles, extractor.known_verbs)
            for i in range(clause.start, clause.end)] == answers
    assert len(doc._verb_lemmas) == kept and table[1] == held  # the second copy asked the same table, added nothing


def test_suffix_answers_are_kept_on_the_document_not_on_the_extractor() -> None:
    extractor = _event_extractor(language_kit("en"))
    assert extractor.for_document().cues is extractor.cues  # no per-document copy of the cues: they keep no memo
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(
        Article("The rebels besieged the town and shelled its outskirts.", lang="en"))
    clause = Clause(0, 0, doc.sentences[0].tok_end, None)
    words = [extractor.cues.verb_lemma(doc, i, clause, extractor.particles, extractor.known_verbs)
             for i in range(clause.start, clause.end)]
    memos = [entry[1] for key, entry in doc._verb_lemmas.items() if key[0] == "suffix"]
    assert len(memos) == 1 and memos[0]  # the words the suffix rules were asked about, on this document
    assert all(extractor.cues._by_suffix(low, extractor.known_verbs) == found for low, found in memos[0].items())
    other = Pipeline(["segment"], analyser="rules", scorer=False)(Article("Nothing happened.", lang="en"))
    assert not other._verb_lemmas  # another document starts with none
    assert words == [extractor.cues.verb_lemma(doc, i, clause, extractor.particles, extractor.known_verbs)
                     for i in range(clause.start, clause.end)]
