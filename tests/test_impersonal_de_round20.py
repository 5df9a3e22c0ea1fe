"""German roles and sides, round 20 (man20): "man" fills the subject's place, so the actor after it is what was done to
and the doer comes from context; a withdrawal or resignation with no side named has one (the place left, the doer's own
state); a sanction or withdrawal with no side found is no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # before round 20: SANCTION TUR -> None (the object marked by "den" was no doer, but no target either)
    ("In Ankara bestellte man den deutschen Botschafter ein.", ("ACCUSE", "TUR", "DEU")),  # a protest since detype37
    # before: SANCTION GBR -> None ("zwei britische Diplomaten" read as the subject beside "man")
    ("In Moskau wies man am Freitag zwei britische Diplomaten aus.", ("SANCTION", "RUS", "GBR")),
    # before: nothing (the journalists were the doer of their own arrest, of their own country)
    ("In Teheran nahm man zwei britische Journalisten fest.", ("COERCE", "IRN", "GBR")),
])
def test_the_actor_after_man_is_the_target(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)


def test_man_read_as_the_speaker_still_acts() -> None:
    """"erklärte, man habe ...": coreference makes "man" the speaker's side, which is the doer."""
    got = roles("Das Außenministerium in Paris erklärte, man habe den iranischen Botschafter einbestellt.")
    assert ("ACCUSE", "FRA", "IRN") in got, got  # a summons protests (detype37)


@pytest.mark.parametrize(("text", "expected"), [
    # a withdrawal from a place told leaves that place's country (before round 20: ISR -> None, TUR -> None)
    ("Israel zog seine Truppen aus dem Gazastreifen ab.", ("RETREAT", "ISR", "PSE")),
    ("Die Türkei kündigte an, ihre Soldaten aus Nordsyrien abzuziehen.", ("RETREAT", "TUR", "SYR")),
    # a resignation leaves the doer's own state's office: news-gold codes it so (before: CAN -> None)
    ("Der kanadische Premierminister legte am Freitag sein Amt nieder.", ("RETREAT", "CAN", "CAN")),
])
def test_a_withdrawal_or_resignation_with_no_side_named_has_one(text: str,
                                                                 expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)


def test_a_recalled_envoy_is_not_aimed_home() -> None:
    """A SANCTION's "withdraw" mode recalls an envoy: its side is another state, never the doer's own."""
    from lagebild.extract.home_targets import HomeTargets
    from lagebild.knowledge.resources import load

    homes = HomeTargets.from_lexicon(load("lexicon", "de"))
    assert ("RETREAT", "resign") in homes.home_modes and ("SANCTION", "withdraw") not in homes.home_modes | homes.place_modes


@pytest.mark.parametrize(("text", "kind"), [
    # both gave an event with no target before round 20 (DEU -> None, FRA -> None)
    ("Die Bundesregierung kündigte am Dienstag den Rahmenvertrag.", "SANCTION"),
    ("Frankreich zog seine Soldaten zurück.", "RETREAT"),
])
def test_a_sanction_or_withdrawal_with_no_side_found_is_no_event(text: str, kind: str) -> None:
    assert not any(t == kind for t, _, _ in roles(text)), roles(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Europäische Union verhängte am Montag neue Sanktionen gegen Belarus.", ("SANCTION", None, "BLR")),
    ("Die Türkei wies zwei schwedische Diplomaten aus.", ("SANCTION", "TUR", "SWE")),
])
def test_a_sanction_on_a_named_side_stays(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)
