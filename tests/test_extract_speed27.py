"""Round 27's speed-ups (issue 13), each the same answer as the slower reading it replaces: the gazetteer's scan
reads its entry memo inline, a sentence without verb rules is judged without building its word set, and ``cued``
is asked only of a word with rules. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.extract.trigger_readings import Readings
from lagebild.knowledge.gazetteer import SEP, Entry
from lagebild.knowledge.gazetteer_index import EntryIndex
from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _key(*words: str) -> str:
    return SEP + SEP.join(words) + SEP


def test_the_scan_gives_each_match_its_slots_entries_made_once() -> None:
    moscow = Entry("capital", "RUS", "Moskau")
    index = EntryIndex({_key("moskau"): [moscow], _key("new", "york"): [Entry("city", "USA", "New York")]})
    text = _key("in", "moskau", "und", "new", "york", "und", "moskau")
    found = list(index.iter(text))
    assert [(n, entries[0].name) for _, n, _, entries in found] == [(1, "Moskau"), (2, "New York"), (1, "Moskau")]
    assert found[0][3] is found[2][3] is index.slot_entries(index.automaton.get(_key("moskau")))  # made once
    assert found[0][3] == [moscow]


def _candidate_reference(reader: object, doc: Doc, sent: int) -> bool:
    """_candidate_sentence as it read before round 27: the word set built first, for every sentence."""
    if not any(m.kind in ("actor", "origin") for m in reader._by_sent.get(sent, [])):  # type: ignore[attr-defined]
        return False
    s = doc.sentences[sent]
    toks = doc.tokens[s.tok_start:s.tok_end]
    if any(t.lower in reader.by_noun for t in toks):  # type: ignore[attr-defined]
        return True
    words = {t.lower for t in toks} | {t.lemma for t in toks}
    forms = reader.cues.verb_forms  # type: ignore[attr-defined]
    for t in toks:
        for lemma in (t.lemma, t.lower, forms.get(t.lower)):
            rules = reader.by_verb.get(lemma) if lemma else None  # type: ignore[attr-defined]
            if rules and any(not r.with_any or words & r.with_any for r in rules):
                return True
    return False


@pytest.mark.parametrize("lang", ["en", "de"])
def test_candidate_sentences_are_those_the_word_set_first_reading_chose(lang: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob(f"{lang}-*.txt"))]
    texts.append("Police arrested two men. The weather was fine. Russia said it would attack. Talks were held in Rome."
                 if lang == "en" else
                 "Die Polizei nahm zwei Männer fest. Das Wetter war gut. Russland griff an. Gespräche fanden statt.")
    assert texts
    pipe = Pipeline(analyser="rules", scorer=False)
    extractor = _event_extractor(language_kit(lang))
    chosen = judged = 0
    for text in texts:
        doc = pipe.begin(Article(text, lang=lang))
        reader = extractor.for_document()
        reader._index(doc)
        for i in range(len(doc.sentences)):
            fast = reader._candidate_sentence(doc, i)
            assert fast == _candidate_reference(reader, doc, i), (text[:40], i)
            chosen += fast
            judged += 1
    assert 0 < chosen < judged  # both answers were checked


def test_cued_keeps_no_rules_as_none() -> None:
    """trigger_finder asks ``cued`` only of a word with rules: for no rules it returned them unchanged."""
    extractor = _event_extractor(language_kit("en"))
    readings: Readings = extractor.type_context.readings
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article("Workers went on strike in Lagos.", lang="en"))
    for word in [*readings.cues, "strike", "talks"]:
        assert readings.cued(doc, 0, len(doc.tokens), word, None) is None
        assert readings.cued(doc, 0, len(doc.tokens), word, []) == []


@pytest.mark.parametrize("lang", ["en", "de"])
def test_reach_test_holds_its_suffix_memo_with_the_same_answers(lang: str) -> None:
    """reach_test's test passes the document's suffix memo it found once: each word's lemma and answer are those of
    ``_word_lemma`` finding the memo itself, and the memo it fills is the document's."""
    extractor = _event_extractor(language_kit(lang))
    cues, known, particles = extractor.cues, extractor.known_verbs, extractor.particles
    text = ("Troops deployed and withdrew; police arrested protesters who rallied, and the ministry denied reports."
            if lang == "en" else "Truppen wurden verlegt, die Polizei nahm Demonstranten fest und das Ministerium bestritt es.")
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(text, lang=lang))
    may_act = cues.reach_test(doc, extractor.trigger_reach, extractor.trigger_reach.targets, particles, known)
    memo = cues._suffix_memo(doc, known)
    for i, t in enumerate(doc.tokens):
        assert cues._word_lemma(doc, t.lower, t.lemma, particles, known, memo) == cues._word_lemma(
            doc, t.lower, t.lemma, particles, known)
        may_act(i)
    assert memo and memo is cues._suffix_memo(doc, known)  # filled by the scan: the document's memo
