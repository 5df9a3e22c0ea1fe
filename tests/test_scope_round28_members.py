"""Round 28 (igo28): the members of one body of states meeting among themselves ("Die Außenminister der EU kommen
zusammen", "NATO defence ministers met") are a meeting whole with that body's side alone (news-gold: CONSULT, source
and target null); ActorScope.one_sided dropped them as a meeting with no partner."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "lang"), [
    ("Zu einer Krisensitzung kommen die Außenminister der Europäischen Union am Sonntag in Brüssel zusammen.", "de"),
    ("Die Staats- und Regierungschefs der EU trafen sich am Freitag zu einem Gipfel in Brüssel.", "de"),
    ("Die NATO-Verteidigungsminister beraten am Donnerstag in Brüssel über die Lage.", "de"),
    ("NATO defence ministers met in Brussels on Thursday.", "en"),
    ("EU leaders held a summit in Brussels on Friday.", "en"),
])
def test_members_meeting_is_consult(text: str, lang: str) -> None:
    assert ("eu" if "EU" in text or "Europäischen" in text else "nato", None) in [
        (r[1], r[2]) for r in event_rows(text, lang, source_id=True) if r[0] == "CONSULT"]


@pytest.mark.parametrize(("text", "lang"), [  # guards: a body alone, or a state, meeting no one named stays dropped
    ("The EU held talks on Monday.", "en"),
    ("France held talks on Monday.", "en"),
    ("Die EU führte am Montag Gespräche.", "de"),
    ("Frankreich führte am Montag Gespräche.", "de"),
    ("The EU signed an agreement on Monday.", "en"),
    ("EU leaders signed an agreement on Monday.", "en"),
])
def test_one_side_alone_stays_dropped(text: str, lang: str) -> None:
    assert not [r for r in event_rows(text, lang) if r[2] is None and r[0] in ("CONSULT", "AGREE")]


def test_members_meeting_with_partner_keeps_it() -> None:
    """A partner named still takes the target role."""
    assert ("CONSULT", None, "RUS") in event_rows("NATO defence ministers met Russian officials in Brussels.", "en")
