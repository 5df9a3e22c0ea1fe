"""German trigger nouns in their strong plural (round 25, trgde25): a listed singular's plural with umlaut or -e
("Vergeltungsschlag" -> "Vergeltungsschläge", "Besuch" -> "Besuche") triggers like the singular, and so does a compound
ending in it, where the dictionary knows the form. Sentences written for these tests."""

from __future__ import annotations

from lagebild.extract.derived_nouns import NounFormation
from lagebild.extract.rules import Rule

from .test_claims import events

FORMATION = NounFormation.from_data({"plural_endings": [["ung", "ungen"], ["ag", "äge"], ["ug", "üge"], ["uch", "üche"],
                                                        ["uch", "uche"], ["at", "ate"]]})


def _tuples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e["event_type"], e["source"] and e["source"].get("country"), e["target"] and e["target"].get("country"))
            for e in events(text, "de")}


def test_plurals_lists_every_ending_in_order() -> None:
    """Both forms of an ending with and without umlaut are candidates, the umlaut first."""
    assert FORMATION.plurals("einspruch") == ["einsprüche", "einspruche"]
    assert FORMATION.plurals("attentat") == ["attentate"]
    assert FORMATION.plurals("frieden") == []
    assert FORMATION.plural("vergeltungsschlag") == "vergeltungsschläge"


def test_the_first_plural_the_dictionary_knows_is_kept() -> None:
    """"Besüche" is no word, "Besuche" is; "Abzüge" is, so the old dative "Abzuge" is never taken; a singular whose
    plurals are all unknown gets none."""
    visit, pull = Rule(type="CONSULT", nouns={"besuch"}), Rule(type="RETREAT", nouns={"abzug"})
    attack = Rule(type="ASSAULT", nouns={"anschlag"})
    known = {"besuche", "abzüge", "abzuge"}
    out = FORMATION.nouns({}, {"besuch": [visit], "abzug": [pull], "anschlag": [attack]}, known.__contains__)
    assert out == {"besuche": [visit], "abzüge": [pull]}


def test_a_listed_plural_keeps_its_own_rules() -> None:
    """A plural the lexicon lists itself is not formed again."""
    attack, other = Rule(type="ASSAULT", nouns={"anschlag"}), Rule(type="ACCUSE", nouns={"anschläge"})
    out = FORMATION.nouns({}, {"anschlag": [attack], "anschläge": [other]}, lambda w: True)
    assert "anschläge" not in out


def test_a_compound_in_the_umlaut_plural_triggers() -> None:
    """"Vergeltungsschläge" is the plural of the listed "Vergeltungsschlag": the attack it names."""
    assert ("ASSAULT", "ISR", "PSE") in _tuples(
        "Israelische Kampfjets flogen in der Nacht Vergeltungsschläge gegen die Hamas im Gazastreifen.")


def test_a_withdrawal_told_in_the_plural() -> None:
    """"die Truppenabzüge" is the listed "Truppenabzug" in the plural."""
    assert ("RETREAT", "RUS", "SYR") in _tuples("Die Regierung in Moskau kündigte die Truppenabzüge aus Syrien an.")


def test_a_plural_after_nach_still_refers_back() -> None:
    """The plural keeps the singular's guards: after "nach" the attacks were told before, no new event."""
    assert not [t for t in _tuples("Nach den Vergeltungsschlägen Israels reiste der Präsident Ägyptens nach Paris.")
                if t[0] == "ASSAULT"]
