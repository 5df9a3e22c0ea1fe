"""Round 38 (fude38): two German role readings. The act in a zu-infinitive after an accusation is the accused's even
when the infinitive holds a bare actor, its object ("wirft Russland vor, Zivilisten angegriffen zu haben": was ASSAULT
UKR→UKR); and listed country adjectives on a people noun are each a doer ("Russische und chinesische Schiffe
beschossen": was CHN→RUS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _attributed(text: str, etype: str) -> list[list[str | None]]:
    """The attribution countries of each event of ``etype``."""
    return [[a.country for a in e.attribution] for e in extract_events(text, lang="de") if e.event_type == etype]


@pytest.mark.parametrize(("text", "accuse", "act"), [
    ("Die Ukraine wirft Russland vor, Zivilisten in Charkiw angegriffen zu haben.",
     ("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR")),
    ("Die Ukraine beschuldigt Russland, Zivilisten in Charkiw angegriffen zu haben.",
     ("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR")),
    ("Kiew bezichtigte Moskau, die Ukraine angegriffen zu haben.", ("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR")),
    ("Die Ukraine hat Russland vorgeworfen, Syrien Waffen geliefert zu haben.",
     ("ACCUSE", "UKR", "RUS"), ("AID", "RUS", "SYR")),
])
def test_the_accused_does_the_infinitive_act_on_its_object(text: str, accuse: tuple[str, str, str],
                                                          act: tuple[str, str, str]) -> None:
    """", Zivilisten angegriffen zu haben", ", die Ukraine angegriffen zu haben" (an article the splitter takes for a
    relative pronoun): a zu-infinitive has no subject, its bare actor is the object and the accused the doer."""
    got = event_rows(text, "de")
    assert accuse in got and act in got, got
    assert not any(t == act[0] and s == accuse[1] for t, s, _ in got), got  # the accuser does not do it
    assert ["UKR"] in _attributed(text, act[0])  # on the accuser's word


def test_a_later_verbs_infinitive_is_not_the_accused_act() -> None:
    """"... vor und drohte, Kiew anzugreifen": the infinitive of the threat, not of the accusation, stays the
    speaker's own (no ASSAULT of the accused on Kyiv)."""
    got = event_rows("Russland warf der Ukraine Spionage vor und drohte, Kiew anzugreifen.", "de")
    assert ("ACCUSE", "RUS", "UKR") in got, got
    assert not any(s == "UKR" and o == "UKR" for _, s, o in got), got


@pytest.mark.parametrize(("text", "doers"), [
    ("Russische und chinesische Schiffe beschossen ein Boot.", {"RUS", "CHN"}),
    ("Zwei syrische und irakische Männer griffen einen Polizisten an.", {"SYR", "IRQ"}),
])
def test_listed_country_adjectives_on_a_people_noun_are_each_a_doer(text: str, doers: set[str]) -> None:
    got = [r for r in event_rows(text, "de") if r[0] == "ASSAULT"]
    assert {s for _, s, _ in got} == doers, got


def test_listed_country_adjectives_on_an_object_are_each_a_target() -> None:
    got = event_rows("Die Ukraine beschoss russische und belarussische Schiffe.", "de")
    assert ("ASSAULT", "UKR", "RUS") in got and ("ASSAULT", "UKR", "BLR") in got, got
