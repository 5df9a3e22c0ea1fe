"""Round 39 (enroles39): English roles of act nouns and co-doers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Israeli airstrikes killed dozens of Palestinians.", ("ASSAULT", "ISR", "PSE")),
    ("Russian shelling wounded hundreds of Ukrainians.", ("ASSAULT", "RUS", "UKR")),
    ("Turkish airstrikes killed scores of Syrians.", ("ASSAULT", "TUR", "SYR")),
])
def test_counted_object_of_an_act_noun_subject_is_the_target(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
def test_counted_people_of_no_country_name_no_target() -> None:
    assert event_rows("Israeli airstrikes killed dozens of people.", "en") == [("ASSAULT", "ISR", None)]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("The decision of Russia to expel British diplomats angered London.", ("SANCTION", "RUS", "GBR")),
    ("The decision by Russia to expel British diplomats angered London.", ("SANCTION", "RUS", "GBR")),
])
def test_an_actor_after_of_does_the_act_of_the_nouns_infinitive(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
def test_a_thing_after_of_names_no_doer_of_the_infinitive() -> None:
    # "the failure of the talks": no actor after "of", so the infinitive's doer stays unknown
    assert event_rows("The failure of the talks to expel British diplomats angered London.", "en") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Trump, who signed a memorandum calling for tariffs on China, spoke to reporters.", ("REQUEST", "USA", "CHN")),
    ("The Iranian foreign ministry, which published a report accusing Israel, summoned the envoy.",
     ("ACCUSE", "IRN", "ISR")),
])
def test_the_author_of_a_document_in_a_relative_clause_is_the_noun_described(
        text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_document_found_names_no_author() -> None:
    # "found" is no verb of authoring: the one who found the letter did not write it
    assert event_rows("The police, who found a letter threatening Israel, closed the road.", "en") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "rows"), [
    ("Turkey condemned the Israeli strikes on Syria.", [("ACCUSE", "TUR", "ISR"), ("ASSAULT", "ISR", "SYR")]),
    ("Russia denounced the Ukrainian attacks on Russian civilians.", [("ACCUSE", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS")]),
    ("China criticized the American sanctions against Iran.", [("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "IRN")]),
    # the act's own reading keeps its target: the nationality is no accused carried into it
    ("France condemned the Russian invasion of Ukraine.", [("ACCUSE", "FRA", "RUS"), ("ASSAULT", "RUS", "UKR")]),
])
def test_a_criticised_acts_nationality_is_the_one_criticised(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert event_rows(text, "en") == rows
