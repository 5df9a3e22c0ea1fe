"""Round 32 (bits32): small readings left over from the round, each a fact of the language that holds on any news:
a German fine named by its size ("Rekordstrafe", "Milliardenstrafe") imposed is a SANCTION as any "Geldbuße"; a
speaker named in full and by its acronym ("Name (ACR) zufolge") is named by its long name, in the nominative; an
English alias spelling its own country ("POTUS", "SCOTUS") names that country.
Own sentences."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Die französische Regierung verhängte gegen den Konzern eine Milliardenstrafe.", ("SANCTION", "FRA", "FRA")),
    ("Die französische Regierung verhängte über den russischen Konzern eine Millionenstrafe.", ("SANCTION", "FRA", "RUS")),
    ("Die französische Regierung hat gegen den russischen Konzern eine Rekordstrafe von 80 Millionen Euro verhängt.",
     ("SANCTION", "FRA", "RUS")),
    ("Die französische Regierung verhängte gegen den Konzern eine Geldstrafe in Millionenhöhe.", ("SANCTION", "FRA", "FRA")),
])
def test_a_fine_named_by_its_size_imposed_is_a_sanction(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize(("text", "name"), [
    ("Einer Mitteilung des Bundes Freier Lehrkräfte (BFL) zufolge hat die Polizei in Berlin Demonstranten festgenommen.",
     "Bund Freier Lehrkräfte"),
    ("Laut dem Verein Unabhängiger Juristen (VUJ) hat Russland die Ukraine angegriffen.", "Verein Unabhängiger Juristen"),
    ("Dem Komitee Besorgter Bürger (KBB) zufolge hat die Polizei in Kairo Demonstranten festgenommen.",
     "Komitee Besorgter Bürger"),
    ("Nach Angaben des Instituts für Konfliktforschung (IKF) hat Russland die Ukraine angegriffen.",
     "Institut für Konfliktforschung"),
])
def test_a_speaker_named_with_its_acronym_is_named_by_its_long_name(text: str, name: str) -> None:
    events = extract_events(text, lang="de")
    assert events
    assert all([a.name for a in e.attribution] == [name] for e in events)


def test_a_known_speaker_keeps_its_gazetteer_name_beside_its_acronym() -> None:
    """A guard: a name the gazetteer knows ("Amnesty International (AI)") keeps the actor's own name."""
    events = extract_events("Laut Amnesty International (AI) hat die Polizei in Kairo Demonstranten festgenommen.", lang="de")
    assert events and all([a.name for a in e.attribution] == ["Amnesty International"] for e in events)


@pytest.mark.parametrize(("text", "row"), [
    ("POTUS criticized China.", ("ACCUSE", "USA", "CHN")),
    ("SCOTUS rejected the appeal.", ("REJECT", "USA", None)),
])
def test_a_lone_alias_spelling_its_own_country_names_that_country(text: str, row: tuple[str, str, str | None]) -> None:
    """"POTUS" (President Of The US) names the USA in its letters, as "US president" does: no foreign acronym."""
    assert row in event_rows(text, "en")


def test_a_lone_alias_of_a_foreign_group_still_needs_its_country() -> None:
    """A guard: "ANA" spells no country of its own and the article names none: no actor."""
    assert all(r[1] is None for r in event_rows("The ANA attacked militants.", "en"))
