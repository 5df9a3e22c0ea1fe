"""Round 30 (defp30): a German subject pronoun whose gender the sentence before's subject contradicts ("Macron lobte
Olaf Scholz. Sie kritisierte ...": a singular "sie" is a woman or a feminine noun, never the man) inherits no doer;
before, the clause fell back to the last source, the man's side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Emmanuel Macron lobte Olaf Scholz. Sie kritisierte Russland scharf.",
    "Emmanuel Macron lobte Olaf Scholz. Dann kritisierte sie Russland scharf.",
    "Emmanuel Macron lobte Olaf Scholz. Sie kritisierte die Regierung.",
])
def test_a_feminine_sie_takes_no_masculine_doer(text: str) -> None:
    got = event_rows(text, "de")
    assert not any(t == "ACCUSE" and s == "FRA" for t, s, _ in got), got


@pytest.mark.parametrize(("text", "row"), [
    ("Emmanuel Macron lobte Angela Merkel. Sie kritisierte Russland scharf.", ("ACCUSE", "DEU", "RUS")),  # the woman
    ("Die Regierung lobte Olaf Scholz. Sie kritisierte Russland scharf.", ("ACCUSE", "DEU", "RUS")),  # a feminine noun
    ("Emmanuel Macron lobte Olaf Scholz. Er kritisierte Russland scharf.", ("ACCUSE", "FRA", "RUS")),  # he goes on
])
def test_agreeing_pronouns_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: where the gender agrees the chain goes on as before."""
    assert row in event_rows(text, "de")


def test_a_passive_after_a_feminine_subject_keeps_its_reading() -> None:
    """A guard: "Er wurde festgenommen" after "Die Polizei ... den Oppositionsführer" is still the arrest by that state."""
    text = "Die türkische Polizei verhörte den kurdischen Oppositionsführer. Er wurde anschließend festgenommen."
    assert ("COERCE", "TUR", "TUR") in event_rows(text, "de")


def test_a_der_that_may_be_a_feminine_dative_binds_nothing() -> None:
    """A guard: "Der Fraktion ... Sie fordert": "der" is also the feminine dative, so it tells no masculine subject
    and "sie" goes on with the party as before (a hand-labelled train event was lost without this)."""
    text = "Der Fraktion der Grünen reicht die Information nicht aus. Sie fordert gesetzliche Regelungen."
    assert any(t == "REQUEST" and s == "DEU" for t, s, _ in event_rows(text, "de"))
