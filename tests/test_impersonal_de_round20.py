"""German impersonal subjects, round 20 (man20): "man" fills the subject's place, so the actor after it is what was
done to, the doer comes from context. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # before round 20: SANCTION TUR -> None (the object marked by "den" was no doer, but no target either)
    ("In Ankara bestellte man den deutschen Botschafter ein.", ("SANCTION", "TUR", "DEU")),
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
    assert ("SANCTION", "FRA", "IRN") in got, got
