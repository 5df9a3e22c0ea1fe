"""Act nouns read with their own phrase (round 27, nwa27): a noun-only rule's ``with_any`` must stand in the noun's
phrase ("a ban on imports", "an arms ban", "the recall of its ambassador", "the easing of sanctions"), so a doping
ban, monetary easing or a car recall stay out; a noun named as another act noun's context is no act of its own ("the
lifting of sanctions" lifts, it sanctions no one); an assault noun heading an assault verb's subject ("The bombing of
Gaza by Israeli jets killed ...") is the act, the verb its result. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild import pipeline
from lagebild.extract.rules import Rule

from .test_triggers_en_nominal import _events


def test_a_noun_rule_reads_with_any_in_the_nouns_phrase() -> None:
    assert _events("China announced a ban on imports of Japanese seafood.") == [("SANCTION", "discontinue", "CHN", "JPN")]
    assert _events("The United States announced an arms ban on Sudan.") == [("SANCTION", "discontinue", "USA", "SDN")]
    assert _events("France announced the recall of its ambassador to Australia.") == [
        ("SANCTION", "withdraw", "FRA", "AUS")]
    assert _events("Washington announced the easing of sanctions on Venezuela.") == [("RETREAT", None, "USA", "VEN")]
    assert [t for t, _, _, _ in _events("Kenya announced the lifting of the curfew in Nairobi.")] == ["CONCEDE"]


def test_without_its_words_the_noun_is_no_act() -> None:
    assert _events("A doping ban kept the Russian athlete out of the games.") == []
    assert _events("Russia's smoking ban took effect in June.") == []
    assert _events("The Federal Reserve announced the easing of its monetary policy.") == []
    assert _events("Toyota announced a recall of 1 million cars in Japan.") == []


def test_a_context_noun_is_no_act_of_its_own() -> None:
    types = [t for t, _, _, _ in _events("The European Union welcomed the lifting of sanctions on Iran by the United States.")]
    assert "RETREAT" in types and "SANCTION" not in types


def test_rules_with_verbs_keep_with_any_for_the_verb() -> None:
    # "deepen ties" / "cooperation": the words are the verb's; the noun fires alone as before (-1: no check)
    finder = pipeline._event_extractor(pipeline.language_kit("en"))
    rule = Rule(type="COOPERATE", verbs={"deepen"}, nouns={"cooperation"}, with_any={"ties"})
    assert finder._noun_context(None, None, 0, rule) == -1  # type: ignore[arg-type]


def test_an_assault_noun_heading_an_assault_verbs_subject_is_the_act() -> None:
    assert _events("The bombing of Gaza by Israeli jets wounded 20 Palestinians.") == [("ASSAULT", None, "ISR", "PSE")]
    assert [(t, s) for t, _, s, _ in _events("The bombing of Gaza by Israeli jets killed 20 people.")] == [("ASSAULT", "ISR")]
    # a noun inside a prepositional phrase before the clause is no subject: the verb's event stands
    assert _events("After the bombing of Gaza, Israeli jets killed 20 people.") == [("ASSAULT", None, "ISR", "PSE")]
    # a subject noun without its own doer leaves the verb's event standing
    assert [(t, g) for t, _, _, g in _events("A roadside bombing near Kandahar killed two American soldiers.")] == [
        ("ASSAULT", "USA")]


def test_the_nouns_phrase_in_german_reads_compounds_by_their_ending() -> None:
    # a noun-only rule in German: "Einfuhrverbot für Agrarimporte" holds its word as a compound's ending, a ban on
    # smoking does not (the mechanism is the languages' own; no German rule of this kind is shipped yet)
    from lagebild.extract.clauses import Clause
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    finder = pipeline._event_extractor(pipeline.language_kit("de"))
    rule = Rule(type="SANCTION", nouns={"verbot"}, with_any={"importe"}, with_any_tuple=("importe",))
    pipe = Pipeline(scorer=False)
    for text, fits in (("Russland verhängte ein Verbot für Agrarimporte aus Polen.", True),
                       ("Russland verhängte ein Verbot für das Rauchen in Bars.", False)):
        doc = pipe(Article(text, lang="de", published=date(2025, 3, 1)))
        i = next(k for k, t in enumerate(doc.tokens) if t.lower == "verbot")
        clause = Clause(0, 0, doc.sentences[0].tok_end, None)
        assert (finder._noun_context(doc, clause, i, rule) is not None) is fits
