"""Round 32 (deqr32): German readings left on dev2 parts Q and R, each a fact of the language that holds on any news:
calling a claim untrue or baseless rejects it ("nannte die Vorwürfe haltlos", REJECT, not a criticism), and a craft
or people told by the country they come from ("einem Flugzeug aus den Niederlanden", dative plural country names)
are that country's, as the adjective form says. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Die russische Regierung nannte die Vorwürfe der Ukraine haltlos.",
    "Die russische Regierung bezeichnete die Berichte der Ukraine als reine Spekulation.",
    "Die russische Regierung wies die Vorwürfe der Ukraine als unwahr zurück.",
])
def test_calling_a_claim_untrue_rejects_it(text: str) -> None:
    rows = event_rows(text, "de")
    assert ("REJECT", "RUS", "UKR") in rows
    assert ("ACCUSE", "RUS", "UKR") not in rows


def test_calling_an_act_irresponsible_still_accuses() -> None:
    """A guard: a judgement of an act, not of a claim's truth, stays a criticism."""
    assert ("ACCUSE", "RUS", "UKR") in event_rows(
        "Die russische Regierung bezeichnete die Politik der Ukraine als unverantwortlich.", "de")


def test_a_denial_after_not_confirming_rejects_the_claim() -> None:
    assert ("REJECT", "DEU", "DEU") in event_rows(
        "Die deutsche Regierung bestätigte die Aussage der Gewerkschaft nicht und nannte sie reine Spekulation.", "de")


def test_speculation_as_a_topic_is_no_event() -> None:
    """A guard: "Spekulation" outside a verb of calling tells nothing."""
    assert not event_rows("Der Minister sagte, die Spekulationen über einen Rücktritt seien falsch.", "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die USA haben am Samstag einem anfliegenden Flugzeug aus den Niederlanden den Luftraum gesperrt.",
     ("COERCE", "USA", "NLD")),
    ("Die USA haben am Samstag einem Flugzeug aus Frankreich den Luftraum gesperrt.", ("COERCE", "USA", "FRA")),
    ("Die ägyptische Polizei nahm Touristen aus den Niederlanden fest.", ("COERCE", "EGY", "NLD")),
    ("Die Polizei in den Vereinigten Arabischen Emiraten nahm einen Journalisten fest.", ("COERCE", "ARE", "ARE")),
])
def test_a_target_told_by_where_it_comes_from(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_a_plane_from_a_city_landing_is_no_event() -> None:
    """A guard: the origin makes the craft a country's, it makes no act."""
    assert not event_rows("Ein Flugzeug aus Frankfurt landete am Abend in Berlin.", "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Eine Beschwerde gegen die deutsche Regierung wurde von der österreichischen Regierung eingereicht.",
     ("ACCUSE", "AUT", "DEU")),
    ("Eine Beschwerde gegen die deutsche Regierung wurde von der österreichischen Regierung eingebracht.",
     ("ACCUSE", "AUT", "DEU")),
    ("Kritik an der deutschen Regierung wurde auch von der französischen Regierung geübt.", ("ACCUSE", "FRA", "DEU")),
])
def test_a_noun_trigger_as_a_passive_subject_is_done_by_the_agent(text: str, row: tuple[str, str, str]) -> None:
    """The "von"-agent of a passive whose subject is the noun and whose participle carries it files the act."""
    assert row in event_rows(text, "de")


def test_a_noun_acted_on_in_the_passive_is_not_the_agents_act() -> None:
    """A guard: a government that dismisses a complaint filed none ("abgewiesen" is no light verb)."""
    rows = event_rows("Eine Beschwerde gegen die deutsche Regierung wurde von der österreichischen Regierung abgewiesen.", "de")
    assert ("REJECT", "AUT", "DEU") in rows
    assert ("ACCUSE", "AUT", "DEU") not in rows


@pytest.mark.parametrize(("text", "row"), [
    ("Die Staatsanwaltschaft Wien sieht von Ermittlungen gegen den österreichischen Minister ab.", ("REJECT", "AUT", "AUT")),
    ("Die Staatsanwaltschaft in Mainz hat von einer Anklage gegen den Minister abgesehen.", ("REJECT", "DEU", "DEU")),
])
def test_a_prosecutor_declining_to_act_refuses(text: str, row: tuple[str, str, str]) -> None:
    """Declining to investigate or charge refuses the complaints (REJECT by GUIDELINES: refusals), no investigation."""
    rows = event_rows(text, "de")
    assert row in rows
    assert not [r for r in rows if r[0] == "ACCUSE"]


def test_apart_from_an_investigation_is_no_refusal() -> None:
    """A guard: "abgesehen von" (apart from) decides nothing."""
    assert not event_rows("Abgesehen von den Ermittlungen gegen den österreichischen Minister gab es in Wien keine "
                          "Neuigkeiten.", "de")
