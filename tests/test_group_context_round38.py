"""Round 38 (enprec38): a doer named only by a group adjective ("Sunni clerics", "Islamist fighters") that context
left without a country is no doer of the last event's country at the event stage (extract/event_builder.py): a group
of no one country is the place's, never the last doer's. The sentences are written here."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(type, source actor id, target actor id, source text) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None,
                   e.source.text if e.source else "") for e in doc.events)


def test_clerics_are_not_of_the_foreign_troops_told_before() -> None:
    rows = _events("Five Iraqi policemen were killed by US troops in Fallujah on Sunday. Sunni clerics in the town "
                   "condemned the killings and called for a general strike.")
    assert ("ASSAULT", "USA-MIL", "IRQ-POL", "US troops") in rows, rows  # the killing itself stays
    assert not any(src.startswith("Sunni") for _, _, _, src in rows), rows  # no US clerics condemning or calling


def test_fighters_are_not_of_the_army_that_crossed_in() -> None:
    rows = _events("Kenyan troops crossed into Somalia on Monday. Islamist fighters attacked the convoy near Kismayo.")
    assert not any(s == "KEN-REB" for _, s, _, _ in rows), rows


def test_a_group_placed_in_its_own_sentence_keeps_the_place() -> None:
    # the place in its sentence gives the group its country before the event stage: that reading is untouched
    rows = _events("Sunni clerics in Baghdad demanded the withdrawal of US troops.")
    assert ("REQUEST", "IRQ-CIV", "USA-MIL", "Sunni clerics") in rows, rows


def test_a_sector_noun_still_takes_the_last_doer() -> None:
    # only the group adjective is held open: "the soldiers" after "US troops" remain the US troops
    rows = _events("US troops killed five Iraqi policemen in Fallujah on Sunday. The soldiers also arrested two "
                   "journalists.")
    assert any(t == "COERCE" and s == "USA-MIL" for t, s, _, _ in rows), rows
