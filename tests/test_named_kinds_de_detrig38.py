"""Round 38 (detrig38): a named party, medium or NGO acted on stands for its kind's cue word, so "hat die HDP
verboten" bans a party as "hat die Partei verboten" does (extract/named_kinds_de.py). The named body that acts (an
active clause's first actor, or the agent behind "von"/"durch") gives no cue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Die türkische Regierung hat die HDP verboten.", ("COERCE", "TUR", "TUR")),
    ("Am Montag verbot die ägyptische Regierung die Muslimbruderschaft.", ("COERCE", "EGY", "EGY")),
    ("Die Muslimbruderschaft wurde von der ägyptischen Regierung verboten.", ("COERCE", "EGY", "EGY")),
    ("Die ägyptische Regierung löste die Muslimbruderschaft auf.", ("COERCE", "EGY", "EGY")),
    ("Die Nationale Liga für Demokratie wurde im Mai von der Regierung in Myanmar aufgelöst.", ("COERCE", "MMR", "MMR")),
])
def test_a_named_party_banned_or_dissolved_is_coerced(text: str, row: tuple[str, str, str]) -> None:
    """Each gave no event on the base: the ban's and the dissolution's rules want a word such as "Partei"."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Linke will das Silvesterfeuerwerk verbieten.",  # the party is the one who bans
    "Die Grünen wollen Plastiktüten verbieten.",
    "Die HDP löste sich auf.",  # a party dissolving itself
    "Die NLD hat die Versammlung ihrer Mitglieder in Rangun aufgelöst.",
])
def test_a_named_party_that_acts_gives_no_cue(text: str) -> None:
    assert "COERCE" not in {t for t, _, _ in event_rows(text, "de")}, event_rows(text, "de")


def test_the_word_cue_still_reads_alone() -> None:
    """Guard: the rule's own words work as before ("die Partei")."""
    assert ("COERCE", "TUR", "TUR") in event_rows("Die türkische Regierung hat die kurdische Partei verboten.", "de")
