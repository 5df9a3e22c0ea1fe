"""Round 28 (encov28b): English targets of nominal acts, each a reading that holds on any news.

- a light verb that yields to its noun ("imposed a blockade", "launched strikes") tells the noun's act: its subject is
  the noun's doer, and a nationality in the noun's target phrase is the side acted on ("on Ukrainian ports");
- a nationality on a place noun an attack or blockade is aimed at names the side hit ("strikes on Ukrainian cities");
  a border still only tells where;
- a noun's own nationality doer ("Russian strikes on Ukrainian positions") leaves the target phrase to be read too;
- "of" + a place after a noun whose rule aims "of" at the one acted on names the place's country ("the bombardment of
  Mariupol")."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Russia imposed a blockade on Ukrainian ports.", ("COERCE", "RUS", "UKR")),
    ("Russia imposed a naval blockade last year on Ukrainian ports.", ("COERCE", "RUS", "UKR")),
])
def test_yielding_light_verb_tells_the_nouns_act(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "en")
    assert row in rows and ("COERCE", "RUS", "RUS") not in rows


@pytest.mark.parametrize(("text", "row"), [
    ("Russia launched strikes on Ukrainian cities.", ("ASSAULT", "RUS", "UKR")),
    ("Israel launched airstrikes overnight on Syrian towns.", ("ASSAULT", "ISR", "SYR")),
    ("Russian strikes on Ukrainian cities killed 12 people.", ("ASSAULT", "RUS", "UKR")),
    ("Israeli strikes on Syrian positions continued on Monday.", ("ASSAULT", "ISR", "SYR")),
    ("Russia fired rockets at Ukrainian towns.", ("ASSAULT", "RUS", "UKR")),
])
def test_nationality_on_an_aimed_place_is_the_side_hit(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_a_border_still_tells_where() -> None:
    rows = event_rows("Russia launched strikes near the Ukrainian border.", "en")
    assert not any(r[0] == "ASSAULT" and r[2] == "UKR" for r in rows)


@pytest.mark.parametrize(("text", "row"), [
    ("The Russian bombardment of Mariupol continued.", ("ASSAULT", "RUS", "UKR")),
    ("Russia's siege of Mariupol continued.", ("COERCE", "RUS", "UKR")),
])
def test_of_a_place_after_an_attack_noun_is_acted_on(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_passive_victim_is_not_the_doer() -> None:
    """A guard: the victims of a passive with a "by" doer are acted on, they do not act themselves."""
    rows = event_rows("Two Ukrainian soldiers were killed by Russian shelling.", "en")
    assert ("ASSAULT", "RUS", "UKR") in rows and ("ASSAULT", "UKR", "UKR") not in rows


def test_off_a_place_is_where() -> None:
    """"seized ... off Gibraltar": off a coast is where the act is, not the side acted on."""
    rows = event_rows("The Iranian tanker was seized by British marines off Gibraltar.", "en")
    assert ("COERCE", "GBR", "IRN") in rows and not any(r[2] == "GIB" for r in rows)


def test_off_as_a_particle_is_no_place() -> None:
    """"sealed off Gaza": the verb's particle; the place stays its object, not where it happened."""
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article("Israel sealed off Gaza on Monday.", id="t", lang="en"))
    gaza = next(m for m in doc.mentions if m.text == "Gaza")
    assert gaza.preposition is None and not gaza.is_location
