"""German roles, round 23 (fgh23): what the first reading of dev2 f-h asked for, on sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import extract_events


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def test_forces_moved_or_held_near_a_foreign_country_face_that_country() -> None:
    # "nahe" puts the act next to a place, not inside it: a foreign side there is the target, as English "near"
    assert ("MOBILIZE", "CHN", "TWN") in events("China hielt am Montag ein Militärmanöver nahe Taiwan ab.")
    assert ("MOBILIZE", "RUS", "POL") in events("Russland hielt am Montag ein Militärmanöver nahe Polen ab.")


def test_a_manoeuvre_near_a_home_place_takes_no_target_from_it() -> None:
    found = events("Russische Truppen hielten ein Manöver nahe Moskau ab.")
    assert found and all(t is None for ty, _, t in found if ty == "MOBILIZE"), found


def test_an_uninflected_adjective_after_und_opens_no_clause() -> None:
    # "als niveaulos und inakzeptabel": the cue word after "und" stays in the clause of "bezeichnete"
    found = events("Der russische Außenminister bezeichnete die Äußerungen des ukrainischen Präsidenten als niveaulos "
                   "und inakzeptabel.")
    assert ("ACCUSE", "RUS", "UKR") in found, found
