"""Round 32 (enroles32): English targets and sources. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in doc.events)


def test_a_main_subject_pronoun_goes_on_with_the_subject_before() -> None:
    # "He" opening the next sentence is the one who met, not the one met (named last); "him" is then the other
    rows = _events("President Macron met Olaf Scholz in Paris. He urged him to send more tanks.")
    assert ("REQUEST", "emmanuel-macron", "olaf-scholz") in rows
    assert ("REQUEST", "olaf-scholz", "emmanuel-macron") not in rows
    rows = _events("Joe Biden spoke with Benjamin Netanyahu on Sunday. He urged him to allow more aid into Gaza.")
    assert rows == [("REQUEST", "joe-biden", "benjamin-netanyahu")]


def test_a_pronoun_under_another_verb_keeps_the_person_named_last() -> None:
    # "Netanyahu said he would ...": the pronoun of a clause under "said" is not the sentence's main subject
    rows = _events("Joe Biden spoke with Benjamin Netanyahu on Sunday. Netanyahu said he would allow more aid into Gaza.")
    assert all(src != "joe-biden" for _, src, _ in rows)


def test_a_criticism_about_an_act_aims_at_its_doer() -> None:
    # the phrase on the verb telling what the protest is about names the act; its possessor or "by" is the target
    assert _events("India protested over Pakistan's shelling of border posts.") == [("ACCUSE", "IND-GOV", "PAK-GOV")]
    assert _events("India protested over the shelling of border posts by Pakistan.") == [
        ("ACCUSE", "IND-GOV", "PAK-GOV")]
    assert _events("Japan complained about China's military drills.") == [("ACCUSE", "JPN-GOV", "CHN-MIL")]


def test_an_addressee_stays_the_target_of_a_protest_about_an_act() -> None:
    assert _events("China protested to Japan over the visit.") == [("ACCUSE", "CHN-GOV", "JPN-GOV")]


def test_kidnappers_are_of_the_story_s_scene_not_of_the_doer() -> None:
    # an armed group of no country told acts where the story happens, as "militants" do: not the refusing state's own
    rows = _events("The U.S. said it would not meet the kidnappers' demands to release prisoners in Iraq.")
    assert rows == [("REJECT", "USA-GOV", "IRQ-REB")]
    rows = _events("Britain said it would not meet the hostage-takers' demands to free prisoners in Iraq.")
    assert rows == [("REJECT", "GBR-GOV", "IRQ-REB")]


def test_a_possessive_s_towns_are_its_owner_s_land() -> None:
    # "its northern towns": a land phrase with a modifier of its noun, the land of the speaker, not of the doer
    assert _events("Israel said Hezbollah fired rockets at its northern towns.") == [("ASSAULT", "hezbollah", "ISR")]
    assert _events("Ukraine said Russian drones struck its southern cities overnight.") == [
        ("ASSAULT", "RUS-MIL", "UKR")]


def test_words_between_a_possessive_and_a_town_that_are_no_modifiers_are_no_land_phrase() -> None:
    # "its forces attacked towns": the words between are a subject and its verb; the towns are Lebanon's
    assert _events("Israel said its forces attacked towns in Lebanon.") == [("ASSAULT", "ISR-MIL", "LBN")]


def test_trade_stopped_with_a_country_is_a_sanction_on_it() -> None:
    assert _events("India suspended trade with Pakistan.") == [("SANCTION", "IND-GOV", "PAK-GOV")]


def test_a_withdrawal_from_another_country_s_town_leaves_that_country() -> None:
    assert _events("Russia withdrew its troops from Kherson.") == [("RETREAT", "RUS-GOV", "UKR")]
    # from a town of its own country: no target from the place
    assert _events("Ukrainian forces withdrew from Avdiivka.") == [("RETREAT", "UKR-MIL", None)]
