"""English clauses from the parse (round 17, clen17): after "and"/"to" the parse's verb opens a clause, not a word
form tuned to German adjective endings ("to release" opens one, "and technology" does not); an infinitive's doer is
the clause's before it ("says it plans to double aid", "announced that they are willing to forgive"); a side clause
of the sentence after an infinitive is no content of an agreement ("allowing firms to sell ..., reversing a ban").
The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.clauses import ClauseWords, split_clauses
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_triggers_en_nominal import _events

_WORDS = ClauseWords.from_data(load("lexicon", "en").get("clause_words"))


def _cuts(text: str, verbs: set[str]) -> list[str]:
    doc = Pipeline()(Article(text, id="t", lang="en"))
    clauses = split_clauses(doc, 0, {"and", "to"}, {"and", "to"}, verb=lambda j: doc.tokens[j].lower in verbs,
                             words=_WORDS)
    return [" ".join(t.text for t in doc.tokens[c.start:c.end]) for c in clauses]


def test_the_verb_test_decides_a_weak_break() -> None:
    # a verb after "to" opens a clause, whatever its ending; a noun after "and" opens none
    assert _cuts("Iran offered to release the sailors and technology.", {"release"}) == [
        "Iran offered", "to release the sailors and technology ."]
    # without the test the word's form decides: "release" ends like a German adjective, no break
    doc = Pipeline()(Article("Iran offered to release the sailors.", id="t", lang="en"))
    assert len(split_clauses(doc, 0, {"to"}, {"to"}, words=_WORDS)) == 1


def test_the_parse_cuts_before_verbs_only() -> None:
    found = [(t, s, g) for t, _, s, g in _events(
        "The United States and India on Friday signed an accord allowing American firms to sell fuel and technology to India, "
        "reversing a long ban on such trade.")]
    assert ("CONCEDE", "USA", "IND") in found and ("AGREE", "USA", "IND") in found


def test_an_infinitive_takes_its_doer_from_the_clause_before() -> None:
    assert [(t, s) for t, _, s, _ in _events(
        "China has become a major donor to Africa and says it plans to double foreign aid to Kenya by 2030.")] == [
        ("AID", "CHN")]  # round 35: a targetless plan is no event (untold_plans.py), so the sentence names a target
    assert [(t, s, g) for t, _, s, g in _events(
        "Opposition leaders in Kenya announced that they are willing to forgive President William Ruto.")] == [
        ("SUPPORT", "KEN", "KEN")]


def test_a_misparsed_content_verb_stays_content() -> None:
    # the parse hangs "killed" under the threat as a ccomp: still the threat's content, no attack of Iran's own
    assert [(t, s) for t, _, s, _ in _events(
        "Iran threatened to shell Iraqi towns today in retaliation for an air raid on the southern city of Susangerd "
        "where, it said, 100 people were killed.")] == [("THREATEN", "IRN")]


def test_coordinated_speakers_are_both_the_plural_pronoun() -> None:
    # round 18: "they" after two speakers joined by "and" is both of them, the second the first's partner
    assert [(t, s, g) for t, _, s, g in _events(
        "Kenyan President William Ruto and his Tanzanian counterpart say they have agreed on a plan for the border.")] == [
        ("AGREE", "KEN", "TZA")]


def test_a_bare_verb_joined_to_an_infinitive_shares_its_to() -> None:
    # round 18: "to land and evacuate" is one infinitive, the refusal's content: no aid of the planes' own
    assert [t for t, _, _, _ in _events(
        "The rebels in Angola refused to allow United Nations planes to land and evacuate ten observers.")] == ["REJECT"]


def test_a_preparation_aims_at_what_it_prepares() -> None:
    # round 18: MOBILIZE's target from the infinitive the parse hangs under it
    assert ("MOBILIZE", "SRB", "XKX") in [(t, s, g) for t, _, s, g in _events(
        "The Serbian army prepared to resume shelling Kosovar villages.")]

