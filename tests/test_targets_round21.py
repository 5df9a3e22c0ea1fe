"""Targets by class, round 21 (tgt21): a relative pronoun after a comma and a preposition (", in dem") governs
nothing after it, so the relative clause's own subject and object keep their roles. Sentences are written for
these tests."""

from __future__ import annotations

from .test_targets_round18 import _events_de  # the same pipeline and reader as round 18


def test_german_prepositional_relative_clause_keeps_its_subject() -> None:
    # "in" governs the pronoun "dem", not Russia: Russia attacks, Ukraine is attacked (was UKR -> RUS)
    assert _events_de("Der Konflikt, in dem Russland die Ukraine angriff, dauert an.") == [("ASSAULT", "RUS", "UKR")]
    assert _events_de("Der Konflikt, bei dem Russland die Ukraine angriff, dauert an.") == [("ASSAULT", "RUS", "UKR")]


def test_german_prepositional_relative_pronoun_before_an_article() -> None:
    # an article never follows an article: "dem" is the pronoun, "die USA" the subject (was no event)
    assert _events_de("Der Krieg, in dem die USA den Irak angriffen, dauerte Jahre.") == [("ASSAULT", "USA", "IRQ")]


def test_german_preposition_after_a_comma_still_governs_its_phrase() -> None:
    # an infinitive clause: "gegen den Irak" is the phrase's own, the Iraq is the target, not a doer
    assert _events_de("Die USA beschlossen, gegen den Irak vorzugehen.") == [("COERCE", "USA", "IRQ")]


def test_german_infinitive_object_after_a_verb_and_comma_stays_the_target() -> None:
    # the subject's clause ends at "versuchten,": Russia is the infinitive's object, asked, not part of the speaker phrase
    assert _events_de("Die USA versuchten, Russland von dem Plan abzubringen.") == [("REQUEST", "USA", "RUS")]


def test_german_refusal_or_threat_aims_at_its_infinitives_object() -> None:
    # the refusal's content is the infinitive: its dative or accusative object is the target (was the doer's own country)
    assert _events_de("Spanien weigert sich, dem Kosovo die Anerkennung zu gewähren.") == [("REJECT", "ESP", "XKX")]
    assert _events_de("Die Türkei weigerte sich, den Botschafter Israels zu empfangen.") == [("REJECT", "TUR", "ISR")]
    assert _events_de("Russland drohte, Polen zu bestrafen.") == [("THREATEN", "RUS", "POL")]
