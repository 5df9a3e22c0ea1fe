"""The German particle places verb_lemma tries (the word before a comma, before a coordinated verb, after an inserted
clause) are found by scans over the document's lower-case words; they must give what the word-by-word loops gave,
for every verb position and clause span, since a different place changes the lemma and so the event."""

from __future__ import annotations

from lagebild.extract.clauses import Clause
from lagebild.model import Doc
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

SENTENCES = [
    "Die Regierung lehnte die Forderung, Beweise zu prüfen, ab, und der Minister sprach sich dagegen aus.",
    "Der Präsident sprach sich gegen das Verbot aus und sagte, man werde die Gespräche wieder aufnehmen.",
    "Die Armee zog ihre Truppen ab, rückte aber im Norden vor und griff die Stellungen an, wie der Sprecher mitteilte.",
    "Russland brach die Beziehungen zu Georgien ab und wies, nach Angaben der Behörden, die Diplomaten aus.",
    "Die Polizei nahm den Mann fest, und die Staatsanwaltschaft klagte ihn an , ab , auf und oder zu.",
]


def _comma_ref(doc: Doc, i: int, clause: Clause) -> int:
    comma = next((j for j in range(i + 1, clause.end) if doc.tokens[j].text == ","), None)
    return comma - 1 if comma is not None else -1


def _coordinator_ref(doc: Doc, i: int, clause: Clause, particles: set[str], coordinators: frozenset[str]) -> int:
    toks = doc.tokens
    for j in range(i + 1, clause.end - 2):
        if toks[j].lower in particles and toks[j + 1].lower in coordinators \
                and toks[j + 2].text[:1].islower() and toks[j + 2].text[:1].isalpha():
            return j
    return -1


def _inserted_ref(doc: Doc, clause: Clause, particles: set[str]) -> int:
    toks = doc.tokens
    end = doc.sentences[toks[clause.start].sent].tok_end
    if clause.end >= end or toks[clause.end - 1].text != "," and toks[clause.end].text != ",":
        return -1
    for k in range(clause.end + 1, end):
        if toks[k - 1].text == "," and toks[k].lower in particles and (
                k + 1 == end or toks[k + 1].text in (".", ",", ";", ":", "!", "?")):
            return k
    return -1


def test_particle_places_match_the_word_by_word_scans() -> None:
    extractor = _event_extractor(language_kit("de"))
    cues, particles = extractor.cues, extractor.particles
    assert particles and cues.particle_coordinators  # German has both, or this test checks nothing
    pipe = Pipeline(["segment"], analyser="rules", scorer=False)
    from lagebild.model import Article

    checked = 0
    for text in SENTENCES:
        doc = pipe(Article(text, lang="de"))
        s = doc.sentences[0]
        for start in range(s.tok_start, s.tok_end):
            for end in range(start + 1, s.tok_end + 1):
                clause = Clause(0, start, end, None)
                assert cues._after_inserted_clause(doc, clause, particles) == _inserted_ref(doc, clause, particles)
                for i in range(start, end):
                    last = end - 1
                    places = list(cues._particle_places(doc, i, last, clause, particles))
                    assert places == [last, _comma_ref(doc, i, clause),
                                      _coordinator_ref(doc, i, clause, particles, cues.particle_coordinators),
                                      _inserted_ref(doc, clause, particles)], (text, i, start, end)
                    checked += 1
    assert checked > 5_000
