"""What a negation or a question reaches (round 13, scope13): a refusal told by its own negating word is done, a
negation inside a noun's attribute leaves the act standing, an indirect question leaves its act open.

Every sentence is written for this test; none is copied from news-gold or dev2."""

from __future__ import annotations

import pytest

from .test_claims import events, one


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("de", "China und Russland weigern sich bislang, den Kosovo anzuerkennen.", "CHN"),
    ("de", "Die Vereinigten Staaten verweigerten die Annahme der Hilfsgüter aus Deutschland.", "USA"),
    ("en", "The EU has refused to recognize the result of the poll in Zimbabwe.", None),
])
def test_a_refusal_told_by_its_negating_word_is_done(lang: str, text: str, source: str | None) -> None:
    assert one(events(text, lang), "REJECT", source)["modality"] == "factual"


@pytest.mark.parametrize("text", [
    "Die Armee beschoss aus nicht näher genannten Gründen ein Dorf in Syrien.",
    "Die Polizei in Moskau löste eine nicht genehmigte Kundgebung der Opposition mit Gewalt auf.",
])
def test_a_negated_attribute_leaves_the_act_standing(text: str) -> None:
    evs = events(text, "de")
    assert evs and all(e["modality"] == "factual" for e in evs), [(e["event_type"], e["modality"]) for e in evs]


@pytest.mark.parametrize(("text", "etype"), [
    ("Die russische Armee hat das Dorf in Syrien nicht beschossen.", "ASSAULT"),
    ("Die russische Armee hat nicht die Stadt in Syrien beschossen.", "ASSAULT"),
    ("Die Polizei nahm die Demonstranten in Moskau nicht weiter fest.", "COERCE"),
    ("Die Polizei hat in Moskau nie Demonstranten festgenommen.", "COERCE"),
])
def test_a_negation_of_the_verb_still_negates(text: str, etype: str) -> None:
    assert one(events(text, "de"), etype)["modality"] == "negated"


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("de", "Unklar ist, ob die Polizei die Demonstranten in Berlin festgenommen hat.", "COERCE"),
    ("de", "Die Regierung prüft, ob Island dem Aktivisten politisches Asyl gewährt.", "AID"),
    ("en", "It is unclear whether Russia attacked Ukraine.", "ASSAULT"),
])
def test_an_indirect_question_leaves_its_act_open(lang: str, text: str, etype: str) -> None:
    assert one(events(text, lang), etype)["modality"] == "hypothetical"


def test_an_english_event_dated_years_before_the_article_is_background() -> None:
    """The German retold rule holds for English too: a dated deed years back is history, the day's news stays."""
    assert not [e for e in events("On 6 September 2000, militias attacked the town of Atambua in Indonesia.", "en")
                if e["event_type"] == "ASSAULT"]
    assert one(events("On Monday, militias attacked the town of Atambua in Indonesia.", "en"), "ASSAULT")


@pytest.mark.parametrize(("text", "etype", "modality"), [
    # a modal or a negation of a coordinated verb does not reach the trigger (English, by the parse)
    ("The Zimbabwean government accused the opposition of trying to destabilize the country and Mr. Mugabe later "
     "said the crackdown would continue.", "ACCUSE", "factual"),
    ("Russia attacked Ukraine and did not withdraw its troops.", "ASSAULT", "factual"),
    ("Russia attacked Ukraine, a move that could trigger sanctions.", "ASSAULT", "factual"),
    # ... one of the trigger's own verb, or a "no" of its argument, does
    ("Russia did not attack Ukraine.", "ASSAULT", "negated"),
    # round 35: a targetless plan is no event (untold_plans.py), so the sentence names a target
    ("He has also confirmed that no Indonesian officers will be sent to Germany.", "MOBILIZE", "negated"),
    ("The police never arrested the protesters in Cairo.", "COERCE", "negated"),
    ("Russia could attack Ukraine.", "ASSAULT", "hypothetical"),
])
def test_an_english_cue_reaches_only_the_verbs_it_governs(text: str, etype: str, modality: str) -> None:
    assert one(events(text, "en"), etype)["modality"] == modality
