"""Round 32 (gdr32): German readings from dev2 part R's wording (Wikinews: party quarrels, police, disasters with aid,
company disputes), each as a word family that holds on any news: "sich kritisch äußern" criticises, a share of the
blame ("Mitschuld") is blame, a suspect overpowered by police is seized, aid handed out in a country goes to it;
"verwenden"/"einsetzen" coerce only with a means of force, cutting jobs ("Abbau von Arbeitsplätzen") is no clearing,
and "und" before a second subject and its verb opens a main clause. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Fraktionschefin der Grünen äußerte sich kritisch gegenüber deutschen Autoherstellern.", ("ACCUSE", "DEU", "DEU")),
    ("Die französische Ministerin hat sich abfällig über die britische Regierung geäußert.", ("ACCUSE", "FRA", "GBR")),
])
def test_voicing_oneself_critically_accuses(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_voicing_oneself_on_a_topic_is_no_event() -> None:
    """A guard: "sich äußern" without a judgement word only speaks."""
    assert not event_rows("Der russische Außenminister äußerte sich zur Lage in Syrien.", "de")


def test_a_share_of_the_blame_is_blame() -> None:
    assert ("ACCUSE", "DEU", "DEU") in event_rows(
        "Die deutsche Gewerkschaft gab der Regierung Mitschuld an der hohen Arbeitslosigkeit.", "de")


@pytest.mark.parametrize("text", [
    "Der Angreifer wurde in Berlin von Polizisten überwältigt.",
    "In Hamburg überwältigten Beamte der Bundespolizei einen randalierenden Fluggast.",
])
def test_a_suspect_overpowered_by_police_is_seized(text: str) -> None:
    assert ("COERCE", "DEU", "DEU") in event_rows(text, "de")


def test_overwhelmed_by_feelings_is_no_seizure() -> None:
    assert not event_rows("Die Ministerin war in Berlin von ihren Gefühlen überwältigt.", "de")


def test_aid_handed_out_in_a_country_goes_to_it() -> None:
    text = "Das Welternährungsprogramm versorgt 10.000 Menschen in Äthiopien mit Lebensmitteln."
    assert ("AID", None, "ETH") in event_rows(text, "de")


def test_using_something_beside_the_police_is_no_coercion() -> None:
    """A police spokesman's report that someone used a name tells no police act; tear gas used still coerces."""
    assert not [r for r in event_rows("Ein Sprecher der Polizei in Hannover sagte, ein Unbekannter habe den Namen der Frau "
                                      "verwendet.", "de") if r[0] == "COERCE"]
    assert ("COERCE", "TUR", "TUR") in event_rows("Die türkische Polizei setzte Tränengas gegen Demonstranten ein.", "de")


def test_cutting_jobs_is_no_clearing() -> None:
    assert not [r for r in event_rows("Die Firma in Berlin plant den Abbau von rund 3.000 Arbeitsplätzen.", "de")
                if r[0] == "COERCE"]
    assert ("COERCE", "UKR", "UKR") in event_rows("Die Polizei in Kiew begann mit der Räumung des Platzes.", "de")


def test_und_before_a_second_subject_and_its_verb_opens_a_main_clause() -> None:
    """"X billigte ... und die Fraktion der Grünen forderte ...": the second main clause has its own subject; before,
    the Commission of the first was read as the doer of the demand."""
    rows = event_rows("Die EU-Kommission billigte die Zulassung und die Fraktion der Grünen forderte vom deutschen Minister "
                      "einen Anbaustopp.", "de")
    assert ("REQUEST", "DEU", "DEU") in rows and ("REQUEST", None, "DEU") not in rows


@pytest.mark.parametrize(("text", "row"), [
    ("Er sagte, dass Russland die Ukraine und die USA angegriffen habe.", ("ASSAULT", "RUS", "UKR")),
    ("Die polnische Regierung und die Opposition forderten von Russland den Abzug der Truppen.", ("REQUEST", "POL", "RUS")),
    ("Im März waren bei einem Anschlag in Tunis 21 Touristen und ein Polizist getötet worden.", ("ASSAULT", None, "TUN")),
])
def test_und_inside_a_phrase_splits_nothing(text: str, row: tuple[str, str | None, str]) -> None:
    """Guards: no verb before "und" (a subordinate clause, a coordinated subject) or a participle after the phrase
    (a passive's subjects): one clause, one doer."""
    rows = event_rows(text, "de")
    assert row in rows and all(r[1] == row[1] for r in rows if r[0] == row[0])
