"""Round 37 (enprec37): a reduced relative inside a clause opened by a conjunction ("as the guards shot ... by X were
buried") describes its noun, the victims, not their own act (extract/parse_repair_en.py). The sentences are written
here."""

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


def test_the_victims_of_a_reduced_relative_in_an_as_clause_are_no_doers() -> None:
    # the parse hangs the later "were buried" on the main verb (before: ASSAULT TUR-POL -> TUR, the guards shooting)
    rows = _events("Crowds wept as the border guards shot in a night raid by Turkish soldiers were buried on Friday.")
    assert rows == [("ASSAULT", "TUR-MIL", "TUR-POL")], rows


def test_the_victims_of_a_reduced_relative_in_a_while_clause_are_no_doers() -> None:
    rows = _events("Relatives prayed while the police officers killed in an ambush by Taliban fighters were buried in Kabul.")
    assert ("ASSAULT", "phx-taliban", "AFG-POL") in rows, rows
    assert not any(src == "AFG-POL" for _, src, _ in rows), rows


def test_a_participle_with_its_own_object_stays_the_subjects_act() -> None:
    # "shot three smugglers": an object makes the guards the doers; the clause is not rewired
    rows = _events("Crowds wept as Turkish border guards shot three Syrian smugglers near the border on Friday.")
    assert not any(tgt == "TUR-POL" for _, _, tgt in rows), rows
