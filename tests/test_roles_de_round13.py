"""German roles, round 13 (rolde13): who can fill a role, on sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import extract_events


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def test_a_count_inside_a_nominal_triggers_phrase_keeps_its_target() -> None:
    # "drei", "15", "2.000" stand between the noun and the people it aims at as "mehrere" does
    for count in ("drei", "15", "mehrere"):
        found = events(f"Der Bundesgerichtshof hat in Karlsruhe Haftbefehl gegen {count} Iraker erlassen.")
        assert any(t == "COERCE" and g == "IRQ" for t, _, g in found), (count, found)
    # a verb still ends the phrase: no target is read across it
    found = events("Die deutsche Polizei meldete eine Verhaftungswelle, drei Iraker wurden befragt.")
    assert not any(t == "COERCE" and g == "IRQ" for t, _, g in found), found


def test_an_accusation_aimed_at_no_one_named_is_no_event_one_with_its_side_is() -> None:
    # criticism of a thing whose side the sentence does not name: who is accused is not told
    found = events("Die Regierung in Kiew kritisierte, dass die Grenze geschlossen wurde.")
    assert not any(t == "ACCUSE" for t, _, _ in found), found
    found = events("Die Regierung in Kiew kritisierte Russland scharf.")
    assert ("ACCUSE", "UKR", "RUS") in found, found
    # a demand may go to no one named: it stays
    found = events("Die Regierung in Kiew forderte eine Untersuchung.")
    assert any(t == "REQUEST" and s == "UKR" for t, s, _ in found), found
