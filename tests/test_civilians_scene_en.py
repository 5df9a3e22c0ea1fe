"""Round 29 (civ29): an unnamed civilian object with no country told ("killed civilians", "detained protesters")
takes the article's scene country, else the doer's own only at home (``_home_of_armed``), as a bare armed group
does: a foreign force's victims are not its own people. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in doc.events)


def test_a_foreign_forces_civilians_are_the_scenes() -> None:
    rows = _events("Pakistani troops patrolled in Waziristan. US drones killed civilians on Friday.")
    assert ("ASSAULT", "USA-GOV", "USA-CIV") not in rows, rows


def test_a_foreign_forces_civilians_in_a_story_about_another_country_are_not_its_own() -> None:
    rows = _events("Pakistan said on Monday it would protest. US drones killed civilians on Friday.")
    assert ("ASSAULT", "USA-GOV", "USA-CIV") not in rows, rows


def test_police_at_home_keep_their_own_protesters() -> None:
    rows = _events("Kenyan police detained dozens of protesters on Friday.")
    assert any(t and t.startswith("KEN") for _, _, t in rows), rows
