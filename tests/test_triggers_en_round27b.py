"""Round 27 (fren27b): English trigger words in another sense, told by the parse: a state ("poses a threat"), an
accident's inquiry ("an investigation into the crash"), a chance taken ("seized the opportunity"), a vote share won,
a domestic tax, a suicide; and a bare police noun whose article's places tie takes its own sentence's place. Own
sentences; the readings that stay events are guarded too."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "en", source_id=True)


@pytest.mark.parametrize("text", [
    "Iran poses a threat to regional stability, the Saudi foreign minister said.",
    "North Korea posed a serious threat to Japan, the report said.",
    "The Indonesian government launched an investigation into the crash.",
    "The French prosecutor opened an investigation into the crash of the Airbus.",
    "The Egyptian army seized the opportunity to remove the president.",
    "The ruling party in Hungary captured 40 percent of the vote.",
    "The Argentine government imposed new taxes on fuel.",
    "The former Serbian general killed himself in prison.",
    "The Brazilian president shot himself in 1954.",
])
def test_another_sense_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, want", [
    ("Russia threatened Ukraine with sanctions.", ("THREATEN", "RUS-GOV", "UKR")),
    ("Russian troops seized the airport in Donetsk.", ("COERCE", "RUS-MIL", "UKR")),
    ("Syrian rebels captured the town of Qusayr.", ("ASSAULT", "SYR-REB", None)),
    ("The United States imposed new sanctions on Iran.", ("SANCTION", "USA-GOV", "IRN")),
    ("The Argentine government imposed new taxes on imports from China.", ("SANCTION", "ARG-GOV", "CHN")),
    ("The Dutch government launched an investigation into Russia's role in the war.", ("ACCUSE", "NLD-GOV", "RUS")),
])
def test_the_event_readings_stay(text: str, want: tuple[str, str, str | None]) -> None:
    assert want in _events(text)


def test_a_suicide_bomber_who_killed_others_still_attacks() -> None:
    assert "ASSAULT" in [t for t, _s, _t in _events("The suicide bomber killed himself and 12 others in Kabul.")]


def test_a_tied_scene_leaves_the_police_to_their_own_sentence_place() -> None:
    """Kharkiv and Tbilisi tie as the article's scene: the police arresting in Tbilisi are Georgia's, not the
    country named first; with no place in their sentence they keep the article's."""
    text = "Fighting continued near Kharkiv on Monday. The police arrested 20 protesters in Tbilisi."
    assert ("COERCE", "GEO-POL", "GEO") in _events(text)
    text = "Fighting continued near Kharkiv. Ukrainian troops shelled Donetsk. The police arrested 20 protesters."
    assert ("COERCE", "UKR-POL", "UKR") in _events(text)
