"""Round 28 (encov28): English targets that were missing or wrong, each a reading that holds on any news.

- "of" after a noun whose rule aims "of" at the one acted on names no doer ("China began a blockade of Japan": Japan
  was blockaded, it did not blockade);
- a nationality on the noun after a noun trigger's own target preposition is the side acted on, as for a verb
  ("launched air strikes on Syrian positions");
- a group named by its adjective keeps the preposition that governs it ("an attack against Kurdish fighters": the
  group is attacked, it is not the attack's doer);
- each coordinated object is acted on, the first one too where the parse found only the later one's actor
  ("detained two Ukrainian sailors and a Turkish captain")."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("China began a blockade of Japan.", ("COERCE", "CHN", "JPN")),
    ("The Chinese blockade of Taiwan continued for a third day.", ("COERCE", "CHN", "TWN")),
    ("The Chinese siege of Taiwan continued for a third day.", ("COERCE", "CHN", "TWN")),
])
def test_of_after_a_blockade_is_acted_on(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "en")
    assert row in rows and not any(r[0] == "COERCE" and r[1] in ("JPN", "TWN") for r in rows)


@pytest.mark.parametrize(("text", "row"), [  # guards: the readings that worked before stay
    ("The withdrawal of US troops from Iraq began on Monday.", ("RETREAT", "USA", "IRQ")),  # no rule aims "of": the doer
    ("The Israeli blockade of Gaza continued.", ("COERCE", "ISR", "PSE")),
    ("The expulsion of Russian diplomats by Britain angered Moscow.", ("SANCTION", "GBR", "RUS")),
])
def test_of_guards(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize(("text", "row"), [
    ("Israel launched air strikes on Syrian positions.", ("ASSAULT", "ISR", "SYR")),
    ("Russia launched an attack on Ukrainian positions.", ("ASSAULT", "RUS", "UKR")),
])
def test_nationality_in_a_noun_triggers_target_phrase(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_group_adjective_behind_a_target_preposition_is_acted_on() -> None:
    rows = event_rows("Turkey launched an offensive against Kurdish fighters in Syria.", "en")
    assert any(r[:2] == ("ASSAULT", "TUR") for r in rows) and not any(r[:2] == ("ASSAULT", "SYR") for r in rows)


@pytest.mark.parametrize(("text", "rows"), [  # the second a guard (it read both before)
    ("Russia detained two Ukrainian sailors and a Turkish captain.", {("COERCE", "RUS", "UKR"), ("COERCE", "RUS", "TUR")}),
    ("Israel killed three Palestinians and a Jordanian soldier.", {("ASSAULT", "ISR", "PSE"), ("ASSAULT", "ISR", "JOR")}),
])
def test_coordinated_objects_each_acted_on(text: str, rows: set[tuple[str, str, str]]) -> None:
    """The parse found the later object's actor; the first object's nationality is acted on too (one event each)."""
    assert rows <= set(event_rows(text, "en"))


def test_coordinated_object_of_the_doers_own_nationality_is_no_target() -> None:
    rows = event_rows("Russia detained two Russian sailors and a Turkish captain.", "en")
    assert ("COERCE", "RUS", "TUR") in rows and ("COERCE", "RUS", "RUS") not in rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Russia expelled two Polish diplomats and a German attache.", {("SANCTION", "RUS", "POL"), ("SANCTION", "RUS", "DEU")}),
    ("Iran arrested a British journalist and a French aid worker.", {("COERCE", "IRN", "GBR"), ("COERCE", "IRN", "FRA")}),
])
def test_coordinated_object_after_an_actor_or_nationality(text: str, rows: set[tuple[str, str, str]]) -> None:
    """The first object an actor ("Polish diplomats") or a nationality ("British journalist"): the later one's too."""
    assert rows <= set(event_rows(text, "en"))
