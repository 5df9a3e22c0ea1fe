"""Round 28 (enrecall28): English readings that lost an event or its target.

A noun trigger that is a light verb's object ("launched an attack on Ukrainian cities") read its target only from
actors, so a nationality on a place noun after "on" was lost, while the noun's own phrase ("Russia's attack on
Ukrainian cities") and the verb ("attacked Ukrainian cities") read it: the aimed noun's nationality is the target."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text, row", [
    ("Russia launched an attack on Ukrainian cities.", ("ASSAULT", "RUS", "UKR")),
    ("Russia carried out an attack on Ukrainian villages.", ("ASSAULT", "RUS", "UKR")),
    ("Israel launched a strike on a Syrian air base.", ("ASSAULT", "ISR", "SYR")),
    ("Israel launched an offensive on Lebanese villages.", ("ASSAULT", "ISR", "LBN")),
    ("Hamas fired rockets at Israeli towns.", ("ASSAULT", "PSE", "ISR")),
    ("India launched a crackdown on Pakistani spies.", ("COERCE", "IND", "PAK")),
])
def test_aimed_nationality_is_the_target(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text, row", [  # guards: a border's side says where; the doer's own people are no target
    ("Russia launched an attack near the Ukrainian border.", ("ASSAULT", "RUS", None)),
    # an Afghan border post is Afghanistan's own (encov28's nationality in a noun's target phrase): not a border's side
    ("Pakistan launched a raid on an Afghan border post.", ("ASSAULT", "PAK", "AFG")),
    ("Russia deployed troops to the Finnish border.", ("MOBILIZE", "RUS", None)),
    # the doer's own villages: a domestic act, one country on both sides as news-gold's GUIDELINES code it (encov28)
    ("Russian forces launched an attack on Russian villages held by rebels.", ("ASSAULT", "RUS", "RUS")),
])
def test_aimed_nationality_guards(text: str, row: tuple[str, str | None, str | None]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.parametrize("text, row", [
    # the verb's object after a subject noun trigger is no doer of the noun (was PSE -> None)
    ("Israeli airstrikes killed ten Palestinians.", ("ASSAULT", "ISR", "PSE")),
    ("Israeli airstrikes killed ten Palestinians in Gaza.", ("ASSAULT", "ISR", "PSE")),
])
def test_object_after_subject_noun_is_no_doer(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


def test_noun_own_of_phrase_still_names_doer() -> None:  # guard: the noun's own "of" phrase
    assert ("RETREAT", "RUS", "SYR") in event_rows("The withdrawal of the Russian troops from Syria began.", "en")


@pytest.mark.parametrize("text, row", [
    # the parse hangs "between" on the verb an event noun is the subject of: it still names the noun's sides
    ("Clashes broke out between India and Pakistan.", ("ASSAULT", "IND", "PAK")),
    ("Armed clashes broke out between Indian and Pakistani troops in Kashmir.", ("ASSAULT", "IND", "PAK")),
    ("Fighting erupted between Ethiopia and Somalia on Monday.", ("ASSAULT", "ETH", "SOM")),
    ("Talks began between Russia and Ukraine in Istanbul.", ("CONSULT", "RUS", "UKR")),
])
def test_sides_after_the_subject_nouns_verb(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_sides_guard_a_place_between() -> None:  # "between" on a place noun names no sides
    assert event_rows("Fighting broke out on the road between Kabul and Jalalabad.", "en") == []
