"""The genitive after a German act noun is its doer or its patient by the noun (genitive_de), on sentences written
for these tests."""

from __future__ import annotations

from lagebild.extract.genitive_de import GenitiveReadings, criticised_doer, genitive_role
from lagebild.pipeline import extract_events

READINGS = GenitiveReadings(patient=("festnahme", "freilassung"), giver=("lieferung", "hilfe"))


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def test_patient_nouns_and_their_compounds_take_the_genitive_as_target() -> None:
    assert genitive_role("Festnahme", "source", READINGS, recipient=False) == "target"
    assert genitive_role("Massenfestnahme", "source", READINGS, recipient=False) == "target"
    assert genitive_role("Besuch", "source", READINGS, recipient=False) == "source"


def test_giver_nouns_take_the_genitive_as_doer_only_beside_a_recipient() -> None:
    assert genitive_role("Waffenlieferung", "target", READINGS, recipient=True) == "source"
    assert genitive_role("Waffenlieferung", "target", READINGS, recipient=False) == "target"


def test_the_data_lists_both_families() -> None:
    from lagebild.knowledge.resources import load  # the one loader

    data = GenitiveReadings.from_data(load("triggers", "de").get("genitive_readings"))
    assert "festnahme" in data.patient and "lieferung" in data.giver


def test_a_delivery_with_a_recipient_is_given_by_the_genitive() -> None:
    got = roles("Die Waffenlieferungen Deutschlands an die Ukraine sollen im Frühjahr beginnen.")
    assert ("AID", "DEU", "UKR") in got, got


def test_aid_with_a_recipient_is_given_by_the_genitive() -> None:
    got = roles("Die Militärhilfe der Vereinigten Staaten für Israel wurde aufgestockt.")
    assert ("AID", "USA", "ISR") in got, got


def test_the_executed_in_the_genitive_is_no_doer() -> None:
    got = roles("Die Hinrichtung des iranischen Demonstranten löste Proteste aus.")
    assert not any(t == "ASSAULT" and s == "IRN" for t, s, _ in got), got


def test_an_arrest_keeps_its_patient_in_the_genitive_when_the_state_acts_unnamed() -> None:
    got = roles("Die Festnahme von drei Deutschen im Iran sorgte für Aufsehen.")
    assert any(t == "COERCE" and tgt == "DEU" for t, _, tgt in got), got
    assert not any(t == "COERCE" and s == "DEU" for t, s, _ in got), got


def test_a_visit_keeps_its_genitive_as_doer() -> None:
    assert genitive_role("Staatsbesuch", "source", READINGS, recipient=True) == "source"


def test_an_adjective_genitive_after_an_attack_noun_names_its_doer() -> None:
    got = roles("Bei Angriffen israelischer Kampfjets auf den Gazastreifen wurden fünf Menschen getötet.")
    assert ("ASSAULT", "ISR", "PSE") in got, got


def test_an_adjective_genitive_after_a_delivery_with_a_recipient_gives() -> None:
    got = roles("Die Lieferung deutscher Panzer an die Ukraine beginnt im März.")
    assert ("AID", "DEU", "UKR") in got, got


def test_a_criticism_of_an_act_aims_at_the_doer_its_adjective_genitive_names() -> None:
    got = roles("Kiew verurteilte den Beschuss russischer Artillerie auf Charkiw.")
    assert ("ACCUSE", "UKR", "RUS") in got, got
    assert ("ASSAULT", "RUS", "UKR") in got, got


def test_a_criticism_of_an_arrest_does_not_aim_at_the_arrested_adjective() -> None:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article("Peking kritisierte die Verhaftung kanadischer Geschäftsleute.", id="t", lang="de"))
    readings = GenitiveReadings(patient=("verhaftung",), adjective_endings=("er",))
    noun = [t.text for t in doc.tokens].index("Verhaftung")
    assert readings.adjective_genitive(doc, noun, doc.mentions) is not None
    assert criticised_doer(doc, 1, len(doc.tokens), doc.mentions, readings, lambda j: "source", None) is None
    doer = GenitiveReadings(adjective_endings=("er",))
    assert criticised_doer(doc, 1, len(doc.tokens), doc.mentions, doer, lambda j: "source", None) is not None


def test_the_arrested_in_an_adjective_genitive_give_no_arrest_by_the_critic() -> None:
    got = roles("Peking kritisierte die Verhaftung kanadischer Geschäftsleute.")
    assert not any(t == "COERCE" and s == "CHN" for t, s, _ in got), got


def test_a_dative_after_the_noun_is_no_genitive() -> None:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article("Nach dem Angriff russischen Angaben zufolge floh die Armee.", id="t", lang="de"))
    readings = GenitiveReadings(adjective_endings=("er",))
    noun = [t.text for t in doc.tokens].index("Angriff")
    assert readings.adjective_genitive(doc, noun, doc.mentions) is None
