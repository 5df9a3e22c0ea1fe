"""Round 38 (entrig38): a protest by a state, a government, a ministry or an envoy, or one made formally, is a
diplomatic protest, which PLOVER codes ACCUSE disapprove; people protesting demonstrate (PROTEST). Read on the verb's
subject in the parse (``extract/actor_readings_en.py``, ``type_context.actor_readings``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("The Chinese foreign ministry protested to Japan over the visit.", ("ACCUSE", "CHN", "JPN")),
    ("China formally protested the Japanese minister's visit to the shrine.", ("ACCUSE", "CHN", "JPN")),
    ("Japan's embassy in Seoul protested the decision of South Korea.", ("ACCUSE", "JPN", "KOR")),
    ("Russia's ambassador protested to Poland over the removal of the monument.", ("ACCUSE", "RUS", "POL")),
    ("Iran protested to Britain over the seizure of the tanker.", ("ACCUSE", "IRN", "GBR")),
    ("Serbia's embassy officially protested to Albania.", ("ACCUSE", "SRB", "ALB")),
])
def test_an_official_protest_is_a_diplomatic_protest(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Thousands of Kenyans protested in Nairobi against the government.", ("PROTEST", "KEN", "KEN")),
    ("Hundreds of Serbs protested outside the American embassy in Belgrade.", ("PROTEST", "SRB", "SRB")),
    # the ministry is what the teachers protest, not who protests
    ("Kenyan teachers protested the ministry's decision in Nairobi.", ("PROTEST", "KEN", "KEN")),
    ("Students protested against the foreign ministry's decision in Seoul.", ("PROTEST", "KOR", "KOR")),
])
def test_people_protesting_demonstrate(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
def test_people_of_the_government_sector_still_demonstrate() -> None:
    assert [r[0] for r in event_rows("Government workers protested in Nairobi against pay cuts.", "en")] == ["PROTEST"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "rows"), [
    ("France recognized Palestine as a state.", [("SUPPORT", "FRA", "PSE")]),
    ("The United States recognized the new government of Syria.", [("SUPPORT", "USA", "SYR")]),
])
def test_recognising_a_state_by_name_backs_it(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert event_rows(text, "en") == rows


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Kenya recognized the importance of trade with China.",
    "Kenya recognized China's role in the talks.",
    "The court recognized Kenya's right to the land.",
])
def test_recognising_what_is_no_state_backs_no_one(text: str) -> None:
    assert event_rows(text, "en") == []
