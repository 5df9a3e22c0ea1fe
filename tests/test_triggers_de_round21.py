"""German act nouns told as the genitive of a noun that ends or lifts them (round 21, trgde21): "die Aufhebung der
Sanktionen" lifts a measure, "die Einstellung der Luftangriffe" ends attacks, as the phase verbs read them
("hob die Sanktionen auf", "stellte die Luftangriffe ein"). Sentences written for these tests."""

from __future__ import annotations

from .test_claims import events


def _tuples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e["event_type"], e["source"] and e["source"].get("country"), e["target"] and e["target"].get("country"))
            for e in events(text, "de")}


def _types(text: str) -> set[str]:
    return {e["event_type"] for e in events(text, "de")}


def test_lifting_sanctions_told_as_a_noun_is_a_concession() -> None:
    """The sanctions in the genitive of "Aufhebung" were lifted, none imposed."""
    types = _types("Die Regierung der USA beschloss die Aufhebung der Sanktionen gegen Kuba.")
    assert "CONCEDE" in types and "SANCTION" not in types


def test_halting_air_strikes_told_as_a_noun_is_a_retreat() -> None:
    """"die Einstellung der Luftangriffe" ends the attacks: a ceasefire, no attack."""
    types = _types("Russland kündigte die Einstellung der Luftangriffe auf Aleppo an.")
    assert "RETREAT" in types and "ASSAULT" not in types


def test_suspending_military_aid_told_as_a_noun_is_a_sanction() -> None:
    """Aid suspended is aid withheld, with the aid's receiver as target."""
    assert ("SANCTION", "USA", "EGY") in _tuples("Die USA beschlossen die Aussetzung der Militärhilfe für Ägypten.")


def test_a_lifting_told_after_nach_is_no_new_event() -> None:
    """"Nach der Aufhebung der Sanktionen" refers back to a lifting told before: neither a concession nor a sanction."""
    types = _types("Nach der Aufhebung der Sanktionen reiste der Präsident Irans nach Paris.")
    assert "CONCEDE" not in types and "SANCTION" not in types


def test_lifting_a_deputys_immunity_told_as_a_noun_restricts() -> None:
    """"die Aufhebung der Immunität" as "hob die Immunität auf": the state restricts its deputies."""
    assert ("COERCE", "TUR", "TUR") in _tuples(
        "Das türkische Parlament beschloss die Aufhebung der Immunität von zwanzig Abgeordneten.")


def test_withdrawing_an_accreditation_told_as_a_noun_restricts() -> None:
    assert "COERCE" in _types("Die Regierung Russlands beschloss den Entzug der Akkreditierung des Journalisten.")


def test_a_licence_withdrawn_or_a_law_lifted_is_no_restriction() -> None:
    """Without immunity, citizenship or accreditation the nouns are business or lawmaking."""
    assert "COERCE" not in _types("Die Behörde in Bulgarien beschloss den Entzug der Lizenz der Bank.")
    assert "COERCE" not in _types("Die Regierung Polens beschloss die Aufhebung des Gesetzes.")
