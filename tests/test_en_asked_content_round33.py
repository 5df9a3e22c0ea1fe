"""Round 33 (enask33): an act noun that a noun of asking takes as its object ("renewed its demand for a ceasefire",
"an appeal for a truce") is the request's content, no event of its own, as after the verb "call for". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


def _types(text: str) -> list[str]:
    return [t for t, _, _ in event_rows(text, "en")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Egypt renewed its demand for a ceasefire in Gaza.",
    "Egypt renewed its calls for a ceasefire in Gaza.",
    "Egypt issued an appeal for a ceasefire in Gaza.",
])
def test_a_ceasefire_asked_for_by_a_noun_is_no_retreat(text: str) -> None:
    assert "RETREAT" not in _types(text)


@pytest.mark.usefixtures("rules_only")
def test_a_request_for_a_ceasefire_between_two_sides_asks_them() -> None:
    rows = event_rows("Qatar made a request for a ceasefire between Israel and Hamas.", "en")
    assert ("RETREAT", "ISR", "PSE") not in rows
    assert ("REQUEST", "QAT", "ISR") in rows


@pytest.mark.usefixtures("rules_only")
def test_guards_an_agreed_ceasefire_and_a_strike_called_for_stay_events() -> None:
    # a ceasefire agreed in one clause and called for in another: the agreement stays
    rows = event_rows("Israel and Hamas agreed a ceasefire on Monday, and Egypt called for a ceasefire in Lebanon.", "en")
    assert ("AGREE", "ISR", "PSE") in rows
    # a protest called for is an event of its own (calling_types)
    assert _types("Egypt renewed its calls for a general strike.") == ["PROTEST"]
    # a ceasefire told plainly is one
    assert _types("Israel declared a ceasefire in Gaza.") != []


@pytest.mark.usefixtures("rules_only")
def test_a_signed_text_that_asks_is_a_request_not_an_agreement() -> None:
    rows = event_rows("Trump signed a memorandum calling for reciprocal tariffs on China.", "en")
    assert ("AGREE", "USA", "CHN") not in rows
    assert ("AGREE", "USA", "CHN") not in event_rows(
        "Trump, who signed a memorandum calling for reciprocal tariffs on China, spoke on Monday.", "en")
    urged = event_rows("The UN Security Council adopted a resolution urging Israel to withdraw from Gaza.", "en")
    assert any(t == "REQUEST" and o == "ISR" for t, _, o in urged)
    # guards: a treaty signed with a side, and a deal with a side that calls for something, stay agreements
    assert ("AGREE", "RUS", "CHN") in event_rows("Russia signed a treaty with China on Monday.", "en")
    assert ("AGREE", "USA", "CHN") in event_rows("Trump signed a deal with China calling for lower tariffs.", "en")


@pytest.mark.usefixtures("rules_only")
def test_a_plan_accepted_that_calls_for_a_ceasefire_stays_an_agreement() -> None:
    # a deal or plan is no one-sided text (asking_texts): accepting it agrees with the side it names
    rows = event_rows("The president accepted the Turkish peace plan calling for a truce with Armenia.", "en")
    assert any(t == "AGREE" and o == "ARM" for t, _, o in rows)


@pytest.mark.usefixtures("rules_only")
def test_plural_demands_ask_the_sides_their_content_names() -> None:
    rows = event_rows("Qatar renewed its demands for a ceasefire between Israel and Hamas.", "en")
    assert ("REQUEST", "QAT", "ISR") in rows
    assert not any(t == "RETREAT" for t, _, _ in rows)
