"""Round 29 (enpassive29): an English assault verb of victims in the passive ("killed", "wounded", "injured", "shot")
that names the attack which struck its subject after "in"/"by" takes that attack noun's own nationality or actor as
its doer; the victims, named as an actor of a country, are the target. Without a doer on the noun, or without named
victims, the doer stays unknown as before. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Ten Palestinians were killed in Israeli airstrikes on Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("Ten Palestinians were killed in Israeli airstrikes.", ("ASSAULT", "ISR", "PSE")),
    ("Three Ukrainian civilians were wounded in a Russian missile attack.", ("ASSAULT", "RUS", "UKR")),
    ("Nine Afghan civilians were killed in an American air raid.", ("ASSAULT", "USA", "AFG")),
    ("At least 20 Syrian soldiers were killed in Israeli strikes near Damascus, the monitor said.",
     ("ASSAULT", "ISR", "SYR")),
    ("Four Iraqi policemen were injured in a Turkish drone strike on Sunday.", ("ASSAULT", "TUR", "IRQ")),
])
def test_the_attack_nouns_doer_struck_the_victims(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text", [
    "Seven people were killed in an Israeli airstrike.",  # no side struck is named
    "Three civilians were wounded in a Russian missile attack.",  # "civilians": their country only guessed
    "Ten Palestinians were killed in an airstrike.",  # no doer named
    "Ten Palestinians were killed in Israeli custody.",  # no attack
    "Two Israeli soldiers were wounded in a Gaza attack.",  # a place on the noun tells where, not who
])
def test_no_doer_is_invented(text: str) -> None:
    assert not [r for r in event_rows(text, "en") if r[0] == "ASSAULT" and r[1] is not None]


def test_an_agent_named_by_the_verb_stays() -> None:
    """A guard: "by Russian shelling" was read before this round and reads the same."""
    rows = event_rows("Two Ukrainian soldiers were killed by Russian shelling.", "en")
    assert ("ASSAULT", "RUS", "UKR") in rows and ("ASSAULT", "UKR", "UKR") not in rows


def test_an_active_sentence_is_unchanged() -> None:
    assert ("ASSAULT", "ISR", "PSE") in event_rows("Israeli airstrikes killed ten Palestinians.", "en")


def test_an_ing_word_after_a_nationality_is_a_noun() -> None:
    """"in Russian shelling": the parse takes "shelling" for a verb whose subject would be the victims (UKR->UKR)."""
    rows = event_rows("Two Ukrainian soldiers were killed in Russian shelling near Bakhmut.", "en")
    assert ("ASSAULT", "UKR", "UKR") not in rows
    assert ("ASSAULT", "RUS", "UKR") in event_rows("Russian shelling killed two Ukrainian soldiers.", "en")
