"""Targets by class, round 19 (tgtde19): a German demonstrative subject after a subordinator (", nachdem dieser den
Angriff verurteilt hatte") names the last agreeing one before it in its own sentence, not the sentence's subject.
Sentences are written for these tests."""

from __future__ import annotations

from .test_targets_round18 import _demonstratives, _events_de  # the same pipeline and readers as round 18


def test_german_demonstrative_after_a_subordinator_names_the_last_one_before_it() -> None:
    # the Kenyan ambassador, named last, not the Russian president who is the sentence's subject
    text = "Der russische Präsident kritisierte den kenianischen Botschafter, nachdem dieser den Angriff verurteilt hatte."
    assert _demonstratives(text) == [("dieser", "KEN")]


def test_german_demonstrative_after_a_subordinator_before_a_noun_is_a_determiner() -> None:
    # "weil dieser Plan": a determiner of a noun, no pronoun to resolve
    assert _demonstratives("Der Minister kritisierte den kenianischen Botschafter, weil dieser Plan scheiterte.") == []


def test_german_feminine_demonstrative_after_a_subordinator_skips_a_masculine_object() -> None:
    # "diese" is not "einen Diplomaten": the Ugandan government named before him
    text = "Die Regierung Ugandas wies einen kenianischen Diplomaten aus, nachdem diese den Bericht gelesen hatte."
    assert _demonstratives(text) == [("diese", "UGA")]


def test_german_build_up_of_own_forces_aims_at_the_other_side() -> None:
    # the soldiers moved are Russia's own; the country beyond the frontier is the target
    assert _events_de("Russland verlegte russische Soldaten an die Grenze zur Ukraine.") == [("MOBILIZE", "RUS", "UKR")]
    assert _events_de("Russland zog Truppen an der Grenze zur Ukraine zusammen.") == [("MOBILIZE", "RUS", "UKR")]
    # fighters trained by their own group, for a fight against another country: a build-up aimed at it, not aid
    assert _events_de("Die Hamas bildet Kämpfer für den Kampf gegen Israel aus.") == [("MOBILIZE", "PSE", "ISR")]


def test_german_training_of_another_countrys_forces_stays_aid() -> None:
    assert _events_de("Die Bundeswehr bildet ukrainische Soldaten aus.") == [("AID", "DEU", "UKR")]
    assert _events_de("Die USA schickten Truppen nach Polen.") == [("MOBILIZE", "USA", "POL")]

