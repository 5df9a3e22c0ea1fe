"""Round 21's speed-ups on the extraction path (issue 13), each the same answer as before: attributions and denials
ask the clause-scanning verb lemma only of words whose form may make a speech or denial verb, and English keeps its
particle-free verb lemmas per word form. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.clauses import Clause
from lagebild.extract.verb_lemmas import LemmaReach
from lagebild.model import Article
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

GERMAN = ["Das Ministerium teilte am Montag mit, die Truppen seien abgezogen worden.",
          "Wie die Regierung bekannt gab, wies der Botschafter die Vorwürfe zurück.",
          "Der Sprecher gab an, man habe die Einheiten zusammen gezogen, und bestritt jede Absicht."]
ENGLISH = ["The ministry said on Monday that troops had withdrawn, but officials denied the report.",
           "A spokesman announced the talks and rejected claims that the army deployed tanks."]


@pytest.mark.parametrize(("lang", "texts"), [("de", GERMAN), ("en", ENGLISH)])
def test_the_reach_test_lets_every_speech_and_denial_verb_through(lang: str, texts: list[str]) -> None:
    extractor = _event_extractor(language_kit(lang))
    cues = extractor.cues
    speech_particles = cues._with_verb_particles if cues.verb_particles else extractor.particles
    for text in texts:
        doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(text, lang=lang))
        clause = Clause(0, 0, doc.sentences[0].tok_end, None)
        for targets, reach, particles, before in (
                (cues.speech_verbs, cues.speech_reach, speech_particles, True),
                (cues.denial_verbs, cues.denial_reach, extractor.particles, False)):
            test = cues.reach_test(doc, reach, targets, particles, extractor.known_verbs)
            lemmas = [cues.verb_lemma(doc, i, clause, particles, extractor.known_verbs, before)
                      for i in range(clause.start, clause.end)]
            assert all(test(i) for i, lemma in enumerate(lemmas) if lemma in targets)
            assert sum(not test(i) for i in range(clause.start, clause.end)) > len(lemmas) // 2  # most words: no scan
    found = [lemma for text in texts for lemma in _speech_lemmas(extractor, text, speech_particles)]
    assert {"mitteilen", "angeben"} <= set(found) if lang == "de" else {"say", "announce"} <= set(found)


def _speech_lemmas(extractor: object, text: str, particles: set[str]) -> list[str]:
    cues = extractor.cues  # type: ignore[attr-defined]
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(text, lang=cues.lang))
    clause = Clause(0, 0, doc.sentences[0].tok_end, None)
    return [lemma for i in range(clause.start, clause.end) if (lemma := cues.verb_lemma(
        doc, i, clause, particles, extractor.known_verbs, True)) in cues.speech_verbs]  # type: ignore[attr-defined]


def test_a_particle_join_alone_lets_a_word_through() -> None:
    reach = LemmaReach.of({"mitteilen", "zusammenziehen"}, {"mit", "ab"}, {"zusammen"})
    assert reach.stems == {"teilen"} and reach.detached == {"ziehen"}


def test_the_reach_test_asks_every_word_for_other_particles_or_targets() -> None:
    extractor = _event_extractor(language_kit("de"))
    cues = extractor.cues
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(GERMAN[0], lang="de"))
    others = cues.reach_test(doc, cues.speech_reach, cues.speech_verbs, {"mit"}, extractor.known_verbs)
    assert all(others(i) for i in range(len(doc.tokens)))  # its tables are not for these particles: no word skipped


def test_attributions_scan_clauses_only_for_words_that_may_speak(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("de"))
    pipe = Pipeline(analyser="rules", scorer=False)
    asked: list[int] = []
    real = type(extractor.cues)._verb_lemma
    monkeypatch.setattr(type(extractor.cues), "_verb_lemma",
                        lambda self, doc, i, *rest: asked.append(i) or real(self, doc, i, *rest))
    doc = pipe.begin(Article(GERMAN[0], lang="de"))
    clauses = [Clause(0, 0, doc.sentences[0].tok_end, None)]
    spans = extractor.cues.attributions(doc, 0, clauses, doc.mentions, extractor.particles, extractor.known_verbs)
    assert any(sp.attributions for sp in spans)  # "teilte ... mit": the ministry's claim, as before
    assert [doc.tokens[i].lower for i in asked] == ["teilte"]


def test_english_verb_lemmas_are_kept_per_word_form(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("en"))
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(
        Article("Rebels shelled the town, troops shelled the port and shelled the bridge.", lang="en"))
    clause = Clause(0, 0, doc.sentences[0].tok_end, None)
    asked: list[str] = []
    real = type(extractor.cues)._word_lemma
    monkeypatch.setattr(type(extractor.cues), "_word_lemma",
                        lambda self, d, low, *rest: asked.append(low) or real(self, d, low, *rest))
    lemmas = [extractor.cues.verb_lemma(doc, i, clause, extractor.particles, extractor.known_verbs)
              for i in range(clause.start, clause.end)]
    assert lemmas.count("shell") == 3 and asked.count("shelled") == 1
    assert len(asked) == len({(t.lower, t.lemma) for t in doc.tokens})


def test_the_trigger_finder_asks_the_verb_lemma_only_of_words_that_may_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("de"))
    doc = Pipeline(analyser="rules", scorer=False).begin(
        Article("Russland griff am frühen Morgen die Ukraine an, die Regierung reagierte am Abend scharf.", lang="de"))
    clause = Clause(0, 0, doc.sentences[0].tok_end, None)
    asked: list[int] = []
    real = type(extractor.cues).verb_lemma
    monkeypatch.setattr(type(extractor.cues), "verb_lemma",
                        lambda self, d, i, *rest, **kw: asked.append(i) or real(self, d, i, *rest, **kw))
    reader = extractor.for_document()
    reader._index(doc)
    reader._cue_toks = set()
    found = reader.triggers(doc, clause)
    assert {(doc.tokens[t.tok].lower, t.lemma) for t in found if not t.nominal} >= {("griff", "angreifen")}
    lowers = [doc.tokens[i].lower for i in asked]
    assert "griff" in lowers and not {"am", "frühen", "die", "scharf"} & set(lowers)
