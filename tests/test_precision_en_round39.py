"""Round 39 (enprec39): an English act word right after a nationality adjective is a noun whatever its ending
("condemned Russian strikes", "repelled Iranian attacks"): read as a verb, its subject was the condemning or
repelling side, which became the doer of the other side's act (ASSAULT UKR -> UKR, ISR -> -). Round 29 read only
the -ing forms so ("in Russian shelling"). Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "doer", "speaker"), [
    ("Kyiv condemned Russian strikes on power plants.", "RUS", "UKR"),
    ("Ukraine condemned Russian attacks on civilians.", "RUS", "UKR"),
    ("Israel condemned Iranian attack on shipping.", "IRN", "ISR"),
    ("Poland condemned Russian strikes on Lviv.", "RUS", "POL"),
    ("Ukraine said it repelled Russian attacks near Bakhmut.", "RUS", "UKR"),
])
def test_the_adjectives_country_does_the_act(text: str, doer: str, speaker: str) -> None:
    rows = event_rows(text, "en")
    assert ("ASSAULT", doer) in [(r[0], r[1]) for r in rows]
    assert not [r for r in rows if r[0] == "ASSAULT" and r[1] == speaker and r[2] in (speaker, None)]


@pytest.mark.parametrize(("text", "row"), [
    ("Palestinians protest in Gaza.", ("PROTEST", "PSE")),  # a people's plural is a doer, the verb stays
    ("Iranian forces attacked the tanker.", ("ASSAULT", "IRN")),  # the adjective's noun between: a verb
    ("Russian troops attacked the town.", ("ASSAULT", "RUS")),
])
def test_a_verb_after_a_people_or_an_adjectives_noun_stays(text: str, row: tuple[str, str]) -> None:
    assert row in [(r[0], r[1]) for r in event_rows(text, "en")]


@pytest.mark.parametrize(("text", "judge"), [
    ("Ukraine condemned attacks by Russia on civilians.", "UKR"),
    ("Egypt condemned attacks on Christians in Sinai.", "EGY"),
    ("Kenya blamed attacks on the militants.", "KEN"),
    ("Pakistan denounced strikes by India in Kashmir.", "PAK"),
    ("Somalia welcomed strikes by American drones on al-Shabab.", "SOM"),
])
def test_a_plural_act_after_a_past_verb_is_not_the_judges_act(text: str, judge: str) -> None:
    """An -s form right after an -ed word is a plural noun (plural_nouns.py): the condemning or welcoming side does
    not become the doer of the act it judges."""
    assert not [r for r in event_rows(text, "en") if r[0] in ("ASSAULT", "PROTEST") and r[1] == judge]


@pytest.mark.parametrize(("text", "row"), [
    ("Ukraine condemned attacks by Russia on civilians.", ("ASSAULT", "RUS")),  # the agent after "by" does it
    ("Somalia welcomed strikes by American drones on al-Shabab.", ("ASSAULT", "USA")),
    ("Angry activists from the Fatah party staged rallies in Gaza against Abbas.", ("PROTEST", "PSE")),  # light verb
    ("Rebels launched attacks on the Colombian army.", ("ASSAULT", "COL")),
    ("Morocco's King Mohammed bans the opposition party.", ("COERCE", "MAR")),  # a name ending in -ed is no verb
])
def test_the_acts_own_doer_and_a_light_verbs_subject_stay(text: str, row: tuple[str, str]) -> None:
    assert row in [(r[0], r[1]) for r in event_rows(text, "en")]
