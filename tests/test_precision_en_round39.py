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
