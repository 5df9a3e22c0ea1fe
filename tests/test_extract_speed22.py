"""Round 22's speed-ups on the extraction path (issue 13), each the same answer as before: the scorer's boosted trees
as one compiled function (extract/tree_code.py) give the walk's log-odds bit for bit, and the colon and speech-act
frames ask the clause-scanning verb lemma only of words whose form may make a frame verb. Sentences written here."""

from __future__ import annotations

import random

import pytest

from lagebild.extract.clauses import Clause
from lagebild.extract.scorer import MODEL_PATH, EventScorer, Trees
from lagebild.extract.tree_code import compile_trees
from lagebild.model import Article
from lagebild.pipeline import Pipeline, _event_extractor, language_kit


def _rows(trees: Trees, n: int, seed: int) -> list[dict[str, float]]:
    """Feature dicts that hit every threshold exactly, just below and above it, and miss features (read as 0)."""
    rng = random.Random(seed)
    cuts = [node[1] for tree in trees.trees for node in tree if len(node) == 4]
    rows: list[dict[str, float]] = [{}]
    for _ in range(n):
        f = {}
        for name in trees.features:
            if rng.random() < 0.5:
                cut = rng.choice(cuts)
                f[name] = rng.choice([cut, cut - 1e-12, cut + 1e-12, 0.0, 1.0, -cut, rng.random() * 10])
        rows.append(f)
    return rows


def _random_trees(n_trees: int, depth: int, n_features: int, seed: int) -> Trees:
    """Complete trees of random splits (round 24 ships German as a regression again, so the test builds its own)."""
    rng = random.Random(seed)

    def tree() -> tuple[tuple[float, ...], ...]:
        nodes: list[tuple[float, ...]] = []

        def grow(level: int) -> int:
            at = len(nodes)
            nodes.append(())
            if level == depth:
                nodes[at] = (rng.uniform(-1, 1),)
            else:
                feature, cut = float(rng.randrange(n_features)), rng.choice([0.5, 1.0, rng.random() * 3])
                left = grow(level + 1)
                nodes[at] = (feature, cut, float(left), float(grow(level + 1)))
            return at

        grow(0)
        return tuple(nodes)

    return Trees(tuple(f"f{k}" for k in range(n_features)), rng.uniform(-1, 1), tuple(tree() for _ in range(n_trees)))


def test_compiled_trees_equal_the_walk_bit_for_bit() -> None:
    model = EventScorer.load(MODEL_PATH)
    for trees in [*model.trees.values(), _random_trees(40, 3, 12, 22), _random_trees(5, 6, 4, 23)]:
        assert trees._code is not None
        for f in _rows(trees, 500, 22):
            assert trees.log_odds(f) == trees.walk(f)


def test_a_small_tree_set_and_the_fallbacks() -> None:
    tree = ((0.0, 0.5, 1.0, 2.0), (-0.25,), (1.0, 2.0, 3.0, 4.0), (0.125,), (0.5,))
    trees = Trees(("a", "b"), 0.1, (tree, ((1.0,),)))
    for f, want in (({}, 0.1 - 0.25 + 1.0), ({"a": 0.5}, 0.1 - 0.25 + 1.0), ({"a": 0.6}, 0.1 + 0.125 + 1.0),
                    ({"a": 1.0, "b": 2.5}, 0.1 + 0.5 + 1.0)):
        assert trees.log_odds(f) == trees.walk(f) == want
    # a threshold Python source cannot spell, a tree deeper than the compiler nests: the walk answers
    assert compile_trees(("a",), 0.0, (((0.0, float("inf"), 1.0, 2.0), (1.0,), (2.0,)),)) is None
    chain = tuple((0.0, float(k), float(k + 1), 200.0) for k in range(60)) + ((1.0,),) * 141
    assert compile_trees(("a",), 0.0, (chain,)) is None
    walked = Trees(("a",), 0.0, (chain,))
    assert walked._code is None and walked.log_odds({"a": 100.0}) == 1.0


COLON = {"de": ["Der Minister kritisierte die Regierung: Die Lage sei ernst.",
                "Die Kanzlerin warf dem Land vor, Truppen zusammen gezogen zu haben, und forderte, sie abzuziehen.",
                "Das Amt gab bekannt, dass die Grenze geschlossen bleibe."],
         "en": ["The minister criticised the government: the situation was serious.",
                "She accused the country of massing troops and demanded that they withdraw."]}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_colon_reach_lets_every_frame_verb_through(lang: str) -> None:
    """The speech-act and colon frames (claim_frames.py) ask the clause-scanning lemma only of words whose form may make
    one of their verbs: every word whose lemma is one passes the form test, most others do not."""
    extractor = _event_extractor(language_kit(lang))
    cues = extractor.cues
    particles = cues._with_verb_particles if cues.verb_particles else extractor.particles
    seen: list[str] = []
    for text in COLON[lang]:
        doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(text, lang=lang))
        clause = Clause(0, 0, doc.sentences[0].tok_end, None)
        test = cues.reach_test(doc, cues.colon_reach, cues.colon_verbs, particles, extractor.known_verbs)
        lemmas = [cues.verb_lemma(doc, i, clause, particles, extractor.known_verbs, True)
                  for i in range(clause.start, clause.end)]
        assert all(test(i) for i, lemma in enumerate(lemmas) if lemma in cues.colon_verbs)
        assert sum(not test(i) for i in range(clause.start, clause.end)) > len(lemmas) // 2
        seen += [lemma for lemma in lemmas if lemma in cues.colon_verbs]
    assert len(set(seen)) >= 2, seen


def test_every_sentence_the_english_read_parses_was_parsed_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clause splitter's weak-verb test asks for the parse of every sentence with an actor, so parse_candidates
    names them all: Pipeline.pipe parses them in one batch, none is left to a one-sentence parse later (~12 ms each
    against ~2 ms in a batch), and the events are those of articles read alone."""
    from lagebild.extract import analyser

    monkeypatch.delenv("LAGEBILD_ANALYSER", raising=False)
    if analyser.default_analyser("en") is None:
        pytest.skip("the English parse model is not installed")
    texts = ["The weather in Paris stayed mild, and France enjoyed the sun. Russia attacked Ukraine.",
             "Germany hosted a quiet festival. Police arrested two men in Berlin on Friday."]
    alone = [Pipeline(analyser="default")(Article(t, id=str(k), lang="en")).events for k, t in enumerate(texts)]
    late: list[int] = []
    real = analyser.SpacyAnalyser._parse

    def parse(self: analyser.SpacyAnalyser, doc: object, a: analyser.Analysis, sents: list[int]) -> None:
        late.extend(i for i in sents if i not in a.ready)
        real(self, doc, a, sents)  # type: ignore[arg-type]

    monkeypatch.setattr(analyser.SpacyAnalyser, "_parse", parse)
    together = [d.events for d in Pipeline(analyser="default").pipe(
        (Article(t, id=str(k), lang="en") for k, t in enumerate(texts)), batch=2)]
    assert together == alone and late == []


def test_the_sector_word_index_gives_the_automatons_compound_answers() -> None:
    """Closed compounds ("Kremlsprecher") and owner heads ("Armeeangaben") read a one-word sector key from the index
    made at finish() (Gazetteer._sector_words); without it, from the automaton's entries: the same answers."""
    from dataclasses import replace as copy

    from lagebild.pipeline import language_kit as kit

    gaz = kit("de").gazetteer
    assert gaz._sector_words and gaz._sector_words.get("armee")
    plain = copy(gaz, _sector_words=None)
    plain.tokenize = gaz.tokenize
    words = ["Kremlsprecher", "Pentagonchef", "Armeeangaben", "Regierungskreisen", "Polizeieinheiten", "Chinarestaurant",
             "Wirtschaftsminister", "Gegendemonstranten", "Armeesprecher", "Zivilbevölkerung", "Bundesregierung"]
    for w in words:
        assert gaz._closed_compound(0, w) == plain._closed_compound(0, w)
        assert gaz._owner_sector(w.lower()) == plain._owner_sector(w.lower())
        assert gaz._sector_compound(0, w) == plain._sector_compound(0, w)
    tokens = "Der Kremlsprecher und Armeeangaben zufolge die Polizeieinheiten in Berlin".split()
    assert gaz.match(tokens) == plain.match(tokens)
    assert any(gaz._owner_sector(w.lower()) for w in words) and any(gaz._closed_compound(0, w) for w in words)
