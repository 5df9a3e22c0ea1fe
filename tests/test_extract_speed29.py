"""Round 29's speed-ups (issue 13), each the same answer as the reading it replaces: a rule's context words, its
blocking words and a verb's rule union are tested with set and ``map`` calls in C instead of a generator step per
word or rule, and a clause's word set takes its lower forms from the document's list. Words and sentences written
for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.rules import Rule
from lagebild.extract.with_any import ContextUnion, ends_in
from lagebild.model import Article
from lagebild.pipeline import Pipeline

POOLS = [set(), {"talks"}, {"the", "border", "crossing"}, {"waffenstillstandsabkommen", "und"}, {"ceasefire", ""}]
WORDS = [frozenset(), frozenset({"border"}), frozenset({"talks", "ceasefire"})]
SUFFIXES: list[tuple[str, ...]] = [(), ("abkommen",), ("fire", "ing"), ("",)]


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("suffixes", SUFFIXES)
def test_ends_in_reads_as_the_generator_did(pool: set[str], words: frozenset[str], suffixes: tuple[str, ...]) -> None:
    before = bool(pool & words) or any(w.endswith(suffixes) for w in pool)
    assert ends_in(pool, words, suffixes) is before
    assert ContextUnion(words, suffixes, frozenset()).fits(pool) is before


def _rule(**kw: object) -> Rule:
    return Rule(type="ASSAULT", mode="", context=[], verbs=[], nouns=[], **kw)  # type: ignore[arg-type]


def test_covers_asks_each_rule_as_before() -> None:
    a, b, c = _rule(), _rule(), _rule()
    union = ContextUnion.of([a, b])
    for rules in ([], [a], [b, a], [a, c], [c]):
        assert union.covers(rules) is all(id(r) in union.rule_ids for r in rules)


@pytest.mark.parametrize("pool", POOLS)
def test_blocked_by_reads_as_before(pool: set[str]) -> None:
    for without_any, without_words in (((), frozenset()), (("abkommen",), frozenset()), ((), frozenset({"talks"})),
                                       (("fire",), frozenset({"border"}))):
        rule = _rule(without_any=without_any, without_words=without_words)
        before = bool(pool & without_words) or (bool(without_any) and any(w.endswith(without_any) for w in pool))
        assert rule.blocked_by(pool) is before


@pytest.mark.parametrize(("text", "types"), [
    ("Germany shared intelligence with France on Monday.", ["COOPERATE"]),  # a context word: the rule fits
    ("Germany shared a meal with France on Monday.", []),  # none: no rule of "share" fits
    ("Fighting between Russian and Ukrainian troops continued near Bakhmut.", ["ASSAULT"]),
    ("The fight against terrorism by Russian and Ukrainian troops continued.", []),  # a blocking word
])
def test_context_and_blocking_words_in_the_pipeline(text: str, types: list[str]) -> None:
    doc = Pipeline(analyser="rules")(Article(text, lang="en"))
    assert [e.event_type for e in doc.events] == types
