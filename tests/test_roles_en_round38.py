"""Round 38 (enroles38): English roles and targets. The sentences are written here."""

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


def test_helped_one_read_as_the_subject_of_a_compound_infinitive() -> None:
    # under an accusation the parser hangs "Russia" as the subject of "attack", itself a compound of "Ukraine"
    # (before: AID CHN -> UKR and no attack by Russia)
    rows = _events("The United States accused China of helping Russia attack Ukraine.")
    assert ("AID", "CHN-GOV", "RUS-GOV") in rows and ("ASSAULT", "RUS-GOV", "UKR-GOV") in rows
    assert not any(t == "AID" and tgt == "UKR-GOV" for t, _, tgt in rows)
    rows = _events("China has been accused of helping Russia attack Ukraine.")
    assert ("AID", "CHN-GOV", "RUS-GOV") in rows and ("ASSAULT", "RUS-GOV", "UKR-GOV") in rows

