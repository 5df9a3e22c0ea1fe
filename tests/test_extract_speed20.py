"""Round 20's speed-ups on the extraction path (issue 13), each the same answer as before: one per-document memo of
verb lemmas and suffix answers, shared by the rules' read and the topic read. Sentences written for these tests."""

from __future__ import annotations

import pytest

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


def _read_triggers(reader: object, doc: object, clause: Clause, cues: set[int]) -> list[object]:
    reader._index(doc)  # type: ignore[attr-defined]
    reader._cue_toks = cues  # type: ignore[attr-defined]
    return reader.triggers(doc, clause)  # type: ignore[attr-defined]


def test_a_clauses_triggers_are_found_once_and_each_read_gets_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("de"))
    doc = Pipeline(analyser="rules", scorer=False).begin(
        Article("Russland griff die Ukraine an, der Kanzler verurteilte die Angriffe.", lang="de"))
    clause = Clause(0, 0, doc.sentences[0].tok_end, None)
    found = []
    real = type(extractor)._clause_triggers
    monkeypatch.setattr(type(extractor), "_clause_triggers", lambda self, d, c: found.append(c) or real(self, d, c))
    first = _read_triggers(extractor.for_document(), doc, clause, set())
    second = _read_triggers(extractor.for_document(), doc, clause, set())
    assert first and len(found) == 1  # the topic read's copy asked again: the rules' read's answer
    assert [(t.rule, t.tok, t.lemma, t.extra_preps) for t in first] == [(t.rule, t.tok, t.lemma, t.extra_preps)
                                                                         for t in second]
    first[0].extra_preps.add("neben")
    assert "neben" not in second[0].extra_preps and all(a is not b for a, b in zip(first, second, strict=True))
    _read_triggers(extractor.for_document(), doc, clause, {first[0].tok})  # other speech cues: read afresh
    assert len(found) == 2


def test_the_topic_read_finds_the_same_events_with_the_triggers_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Russland hat am Montag die Ukraine angegriffen. Moskau bestritt das. Später griffen sie Kiew erneut an.",
             "Der Präsident sagte, die Armee werde die Stadt nicht angreifen. Die Truppen zogen danach ab."]
    pipe = Pipeline(analyser="rules", scorer=True)

    def events() -> list[str]:
        return [repr(e) for text in texts for e in pipe(Article(text, lang="de")).events]

    with_memo = events()
    extractor = _event_extractor(language_kit("de"))
    monkeypatch.setattr(type(extractor), "triggers", lambda self, doc, clause: self._clause_triggers(doc, clause))
    assert events() == with_memo


def test_the_sentences_worth_parsing_are_chosen_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("en"))
    doc = Pipeline(analyser="rules", scorer=False).begin(
        Article("Russia attacked Ukraine on Monday. The weather was fine. Police arrested two men in Berlin.", lang="en"))
    asked = []
    real = type(extractor)._candidate_sentence
    monkeypatch.setattr(type(extractor), "_candidate_sentence", lambda self, d, i: asked.append(i) or real(self, d, i))
    first = extractor.parse_candidates(doc)  # a pipeline parsing ahead asks first, extraction asks again
    reader = extractor.for_document()
    reader._index(doc)
    chosen = reader._candidate_sentences(doc)
    assert 0 in chosen and first[:len(chosen)] == chosen  # the batch parse_candidates asked for first
    assert sorted(asked) == sorted(set(asked))  # each sentence was judged once


def test_the_clause_and_word_tables_give_the_scans_answers() -> None:
    extractor = _event_extractor(language_kit("de"))
    cues, known = extractor.cues, extractor.known_verbs
    pipe = Pipeline(["segment"], analyser="rules", scorer=False)
    texts = ["Die Regierung wies die Vorwürfe, sie habe Truppen verlegt, zurück und rief die Nachbarn auf, abzurüsten.",
             "Wie die Polizei bekannt gab, nahm sie zwei Männer fest, die Einheiten wurden zusammen gezogen.",
             "Die Armee zog sich zurück, griff aber später wieder an und stellte die Angriffe erst im Mai ein."]
    checked = joined = 0
    for text in texts:
        doc = pipe(Article(text, lang="de"))
        end = doc.sentences[0].tok_end
        for start in range(0, end, 3):
            for stop in range(start + 1, end + 1):
                clause = Clause(0, start, stop, None)
                for particles in (extractor.particles, extractor.particles | cues.verb_particles):
                    for before in (False, True):
                        for i in range(start, stop):
                            scanned = cues._verb_lemma(doc, i, clause, particles, known, before)
                            assert cues.verb_lemma(doc, i, clause, particles, known, before) == scanned, (text, i, clause)
                            checked += 1
                            joined += scanned != doc.tokens[i].lemma
    assert checked > 5_000 and joined > 100  # particles were joined: the tables were checked against real joins


def _fold_reference(token: str) -> str:
    """gazetteer.fold as it was before round 20: every step for every token."""
    from unicodedata import combining, normalize

    from lagebild.knowledge import gazetteer as g

    if len(token) > 3 and token[1:-1].translate(g._GLOTTAL) != token[1:-1] and token[:1].isalpha():
        token = token[0] + token[1:-1].translate(g._GLOTTAL) + token[-1]
    token = g._ARTICLE.sub("", token)
    if token.isascii():
        return token
    return "".join(ch for ch in normalize("NFKD", token.translate(g._LETTERS)) if not combining(ch))


def test_fold_keeps_plain_tokens_as_they_are_and_folds_the_rest_as_before() -> None:
    from lagebild.knowledge.gazetteer import fold

    words = ["Berlin", "al-Gaddafi", "as-Sadr", "el-Sisi", "Chamene'i", "Chamene`i", "Erdoğan", "Thorbjørn", "O'Neill",
             "US-Regierung", "ash-Shaibani", "Al-Sisi", "it's", "'", "-", "", "a", "Ab'", "Äußeres", "ad-Din", "x-ray",
             "Qur\u2019an", "Kämpfer", "NATO-Chef", "2024", "al-Ab", "d'Estaing", "´Ali"]
    assert [fold(w) for w in words] == [_fold_reference(w) for w in words]
