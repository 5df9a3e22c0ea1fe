"""Round 19's speed-ups on the extraction path (issue 13), each the same answer as before: German verb lemmas that
skip the in-clause particle scans when no particle after the verb can join it, a participle test that looks only at
the word's own prefixes, and denial cues that ask no lemma of a capitalised word inside a clause. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from lagebild.extract import verb_lemmas
from lagebild.extract.clauses import Clause, split_clauses
from lagebild.model import Article
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

SENTENCES = [
    "Die Regierung lehnte die Forderung, Beweise zu prüfen, ab, und der Minister sprach sich dagegen aus.",
    "Der Präsident sprach sich gegen das Verbot aus und sagte, man werde die Gespräche wieder aufnehmen.",
    "Die Armee zog ihre Truppen ab, rückte aber im Norden vor und griff die Stellungen an, wie der Sprecher mitteilte.",
    "Die Polizei nahm den Mann fest, und die Staatsanwaltschaft klagte ihn an , ab , auf und oder zu.",
    "Wie die Behörde bekannt gab, wurden die Einheiten zusammen gezogen und die Stadt zurückerobert.",
]


def _separable_reference(low: str, particles: Any, known: Any) -> str | None:
    """The participle test as it was before round 19: every particle tried against the word."""
    if not low.endswith("t") or not low.isalpha():
        return None
    for p in particles:
        if low.startswith(p) and len(low) > len(p) + 4:
            rest = low[len(p):]
            rest = rest[2:] if rest.startswith("ge") and len(rest) > 5 else rest
            for cand in (p + rest[:-1] + "n", p + rest[:-1] + "en"):
                if cand in known:
                    return cand
    return None


def test_verb_lemma_skips_the_clause_scans_only_where_they_find_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("de"))
    cues = extractor.cues
    particle_sets = [extractor.particles, extractor.particles | cues.verb_particles]
    pipe = Pipeline(["segment"], analyser="rules", scorer=False)
    fast = verb_lemmas.VerbLemmas._joins_inside
    checked, joined = 0, 0
    for text in SENTENCES:
        doc = pipe(Article(text, lang="de"))
        s = doc.sentences[0]
        for start in range(s.tok_start, s.tok_end, 2):
            for end in range(start + 1, s.tok_end + 1):
                clause = Clause(0, start, end, None)
                for i in range(start, end):
                    for particles in particle_sets:
                        monkeypatch.setattr(verb_lemmas.VerbLemmas, "_joins_inside", fast)
                        new = cues._verb_lemma(doc, i, clause, particles, extractor.known_verbs, True)
                        monkeypatch.setattr(verb_lemmas.VerbLemmas, "_joins_inside", lambda *_a, **_k: True)
                        old = cues._verb_lemma(doc, i, clause, particles, extractor.known_verbs, True)
                        assert new == old, (text, i, start, end)
                        monkeypatch.setattr(verb_lemmas.VerbLemmas, "_joins_inside", fast)
                        assert cues.verb_lemma(doc, i, clause, particles, extractor.known_verbs, True) == new
                        checked += 1
                        joined += new != doc.tokens[i].lemma
    assert checked > 5_000 and joined > 100  # particles were joined, so the fast path was tested against real joins


def test_the_lemma_table_is_the_documents_own() -> None:
    extractor = _event_extractor(language_kit("de"))
    pipe = Pipeline(["segment"], analyser="rules", scorer=False)
    first = pipe(Article("Die Armee zog ihre Truppen ab.", lang="de"))
    second = pipe(Article("Die Armee zog ihre Truppen zusammen.", lang="de"))
    for doc, lemma in ((first, "abziehen"), (second, "zusammenziehen")):
        clause = Clause(0, 0, doc.sentences[0].tok_end, None)
        for _ in range(2):  # asked again: the same answer, from this document's table
            assert extractor.cues.verb_lemma(doc, 2, clause, extractor.particles, extractor.known_verbs) == lemma
        assert doc._verb_lemmas
    en = Pipeline(["segment"], analyser="rules", scorer=False)(Article("The army pulled out.", lang="en"))
    en_extractor = _event_extractor(language_kit("en"))
    en_extractor.cues.verb_lemma(en, 2, Clause(0, 0, 4, None), en_extractor.particles, en_extractor.known_verbs)
    # English has no particles: no clause is scanned, so no per-clause table; only each form's lemma (round 21)
    assert [key[0] for key in en._verb_lemmas] == ["plain"]


def test_a_particle_at_the_clause_end_still_joins_its_verb() -> None:
    extractor = _event_extractor(language_kit("de"))
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(SENTENCES[2], lang="de"))
    toks = doc.tokens
    zog = next(t.i for t in toks if t.text == "zog")
    comma = next(t.i for t in toks if t.text == ",")
    clause = Clause(0, 0, comma, None)
    assert extractor.cues.verb_lemma(doc, zog, clause, extractor.particles, extractor.known_verbs) == "abziehen"


def test_separable_participle_tries_only_the_words_own_prefixes() -> None:
    extractor = _event_extractor(language_kit("de"))
    particles, known = extractor.particles, extractor.known_verbs
    words = ["zurückerobert", "zurückgedrängt", "festgenommen", "abgezogt", "angegriffent", "nicht", "stadt",
             "bekanntgemacht", "zusammengezogt", "anerkannt", "ausgewiesent", "t", "ab", "einsetzt", "123t"]
    words += [v[:-1] + "t" for v in sorted(known)[:3000]]
    hits = 0
    for w in words:
        got = verb_lemmas.separable_participle(w, particles, known)
        assert got == _separable_reference(w, particles, known), w
        hits += got is not None
    assert hits > 10


def test_denials_still_read_a_clause_opening_capital_and_skip_nouns() -> None:
    pipe = Pipeline(analyser="rules", scorer=False)
    doc = pipe(Article("Die Regierung in Moskau bestritt, dass Truppen verlegt wurden. "
                       "Bestritten wurde auch, dass Russland Kiew angegriffen habe.", lang="de"))
    extractor = _event_extractor(language_kit("de"))
    found = []
    for s in doc.sentences:
        clauses = split_clauses(doc, s.i, extractor.breaks, extractor.weak, extractor.determiners,
                                words=extractor.clause_words)
        found += extractor.cues.denials(doc, s.i, clauses, doc.mentions_in(s.i), extractor.particles,
                                        extractor.known_verbs)
    assert len(found) >= 1
