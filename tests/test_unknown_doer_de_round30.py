"""Round 30 (denoagent30): the German attack told without its doer ("zwölf Menschen wurden getötet") stands with an
unknown doer only as news of the day. Dated over a month before the article it is background recalled (its doer is known
by then or left to the story around it): no event. Where an incident noun of the clause names its doers (its sides,
"Bei Kämpfen zwischen X und Y", or a country's origin, "Bei israelischen Luftangriffen") no unknown doer stands in beside
them. Own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target country) of the text's events on that publication day."""
    return [(e.event_type, e.source.actor_id if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, published=date.fromisoformat(published), lang="de")]


@pytest.mark.parametrize(("text", "published"), [
    ("Bei einem Anschlag auf zwei Hotels in Jakarta wurden im Juli 2009 sieben Menschen getötet.", "2010-03-10"),
    ("Im Februar wurden in Kabul zwölf afghanische Polizisten getötet.", "2012-09-24"),
    ("Bei einem Anschlag in Nairobi Ende Mai wurde ein Mensch getötet.", "2012-09-24"),
])
def test_a_recalled_attack_without_doer_is_background(text: str, published: str) -> None:
    assert not [r for r in _rows(text, published) if r[1] == "unknown"]


@pytest.mark.parametrize(("text", "published", "row"), [
    ("Bei einem Anschlag auf zwei Hotels in Jakarta wurden am Montag sieben Menschen getötet.", "2010-03-10",
     ("ASSAULT", "unknown", "IDN")),
    ("Bei einem Anschlag in Nairobi Ende Mai wurde ein Mensch getötet.", "2012-06-24", ("ASSAULT", "unknown", "KEN")),
])
def test_an_attack_of_the_last_weeks_keeps_its_unknown_doer(text: str, published: str,
                                                            row: tuple[str, str, str]) -> None:
    assert row in _rows(text, published)


def test_a_named_doer_of_a_recalled_attack_still_acts() -> None:
    """A guard: the month's window is the unknown doer's; a named doer's act keeps the year's window (retold)."""
    text = "Im Februar wurden in Kabul zwölf afghanische Polizisten von russischen Soldaten getötet."
    assert ("ASSAULT", "RUS-MIL", "AFG") in _rows(text, "2012-09-24")


def test_an_incident_noun_naming_its_sides_leaves_no_unknown_doer() -> None:
    """"Bei Kämpfen zwischen X und Y": the doers are told (here with no country to place them), not unknown."""
    text = "Bei Kämpfen zwischen Christen und Muslimen wurden in der ägyptischen Hauptstadt Kairo zehn Menschen getötet."
    assert not [r for r in _rows(text, "2011-03-09") if r[1] == "unknown"]


def test_named_sides_count_the_killing_once() -> None:
    """The fight between named sides is the event; the killing in it is not a second attack by an unknown doer."""
    rows = _rows("Bei Gefechten zwischen Armee und Rebellen sind im Osten Kongos zwölf Menschen getötet worden.",
                 "2013-07-15")
    assert ("ASSAULT", "COD-MIL", "COD") in rows
    assert not [r for r in rows if r[1] == "unknown"]


@pytest.mark.parametrize(("text", "row"), [
    ("Bei Kämpfen im Osten Kongos sind zwölf Menschen getötet worden.", ("ASSAULT", "unknown", "COD")),
    ("An der Grenze zwischen Israel und dem Libanon wurden am Montag zwei israelische Soldaten getötet.",
     ("ASSAULT", "unknown", "ISR")),
])
def test_without_named_sides_the_unknown_doer_stays(text: str, row: tuple[str, str, str]) -> None:
    """Guards: fighting with no sides named, and "zwischen" of a border (no incident noun), keep the reading."""
    assert row in _rows(text, "2013-07-15")


def test_a_country_on_the_incident_noun_is_the_doer_not_an_unknown_one() -> None:
    """"Bei israelischen Luftangriffen wurden ... getötet": the origin names the doer; the killing is not counted a
    second time with an unknown doer."""
    rows = _rows("Bei israelischen Luftangriffen wurden im Gazastreifen zwölf Palästinenser getötet.", "2014-07-20")
    assert ("ASSAULT", "ISR", "PSE") in rows
    assert not [r for r in rows if r[1] == "unknown"]


def test_a_group_with_no_country_on_the_incident_noun_keeps_the_unknown_doer() -> None:
    """A guard: "IS-Anschlag" names a doer with no country; the tuple the unknown doer gives (no source country) is the
    same one gold codes, so it stays."""
    assert ("ASSAULT", "unknown", "TUN") in _rows("Bei einem IS-Anschlag nahe Sousse wurden 38 Touristen getötet.",
                                                  "2015-07-01")
