"""Round 28 (enroles28b): a bare armed group as object with no place told ("US drones killed militants") is the
doer's country's only where the doer fights at home: the article's scene is elsewhere, it is that place's; where the
article is about another country and no place is told, none (no false same-country tuple). The sentences are
written for these tests."""

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


def test_a_foreign_forces_armed_group_is_the_articles_scenes() -> None:
    rows = _events("Pakistani troops killed militants in Waziristan. US drones killed militants on Friday.")
    # since round 30 (enactors30) "US drones" is the US military, not the government
    assert ("ASSAULT", "USA-MIL", "PAK-REB") in rows
    assert ("ASSAULT", "USA-MIL", "USA-REB") not in rows


def test_a_foreign_force_in_a_story_about_another_country_has_no_target() -> None:
    rows = _events("Pakistan said on Monday it would protest. US drones killed militants on Friday.")
    # since round 30 "US drones" is the US military, and a foreign military's armed foes take the article's country
    # (here Pakistan, its only country) as a foreign army's do; never the doer's own
    assert ("ASSAULT", "USA-MIL", "PAK-REB") in rows
    assert ("ASSAULT", "USA-MIL", "USA-REB") not in rows


def test_a_state_fighting_at_home_keeps_its_own_armed_group() -> None:
    assert _events("Nigerian troops killed militants on Friday. The army said the United States had offered help.") == [
        ("ASSAULT", "NGA-MIL", "NGA-REB")]
    assert _events("Somali government forces battled Islamist militants on Friday.") == [
        ("ASSAULT", "SOM-MIL", "SOM-REB")]
