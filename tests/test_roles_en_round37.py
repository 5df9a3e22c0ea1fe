"""Round 37 (enroles37): English roles and targets. The sentences are written here."""

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


def test_helped_one_read_as_a_compound_of_the_bare_infinitive() -> None:
    # the parser made "Russia attack" a compound of "Ukraine" (before: AID CHN -> UKR, no attack by Russia)
    rows = _events("China is helping Russia attack Ukraine.")
    assert ("AID", "CHN-GOV", "RUS-GOV") in rows
    assert ("ASSAULT", "RUS-GOV", "UKR-GOV") in rows
    assert not any(t == "AID" and tgt == "UKR-GOV" for t, _, tgt in rows)


def test_helper_is_no_doer_of_the_helped_ones_act() -> None:
    # "attack" as the helper's xcomp with "Russia" its compound (before: ASSAULT IRN -> UKR, no aid)
    rows = _events("Iran helps Russia attack Ukraine with drones.")
    assert ("ASSAULT", "RUS-GOV", "UKR-GOV") in rows and ("AID", "IRN-GOV", "RUS-GOV") in rows
    assert not any(t == "ASSAULT" and src == "IRN-GOV" for t, src, _ in rows)


def test_helped_one_read_as_the_complements_subject() -> None:
    # "Poland" as the subject of a ccomp left the aid with no object (before: no event)
    assert ("AID", "DEU-GOV", "POL-GOV") in _events("Germany is helping Poland build new defences.")
    rows = _events("France helped the Malian army fight the rebels.")
    assert ("AID", "FRA-GOV", "MLI-MIL") in rows and ("ASSAULT", "MLI-MIL", "MLI-REB") in rows
    assert ("AID", "CHN-GOV", "RUS-GOV") in _events("China helped Russia to attack Ukraine.")


def test_help_that_was_read_right_stays() -> None:
    rows = _events("The United States helped Ukraine to attack Russia.")
    assert ("AID", "USA-GOV", "UKR-GOV") in rows and ("ASSAULT", "UKR-GOV", "RUS-GOV") in rows
    # helping what is no actor is no aid; a helper's bare-infinitive aim stays no told act
    assert not any(t == "AID" for t, _, _ in _events("The rate cut helped prices rise in Germany."))
    assert not any(t == "MOBILIZE" for t, _, _ in _events("A force which will help Lebanese troops deploy in the south."))


def test_the_one_refused_leave_is_the_refusals_target() -> None:
    # "Ukraine" / "UN planes" as the subject of allow's ccomp left the refusal with no target (before: RUS -> None)
    assert ("REJECT", "RUS-GOV", "UKR-GOV") in _events("Russia refused to allow Ukraine to export grain.")
    assert ("REJECT", "AGO-GOV", "un") in _events("Angola refused to allow UN planes to land in Luanda.")
    assert ("REJECT", "ISR-GOV", "EGY") in _events("Israel refused to let Egyptian trucks enter Gaza.")


def test_a_modal_of_obligation_stands_for_the_wanted_ones_to() -> None:
    # "wants X and Y must do more": "want" is no speech cue, so the reported "must" had no demander (before: no event)
    rows = _events("President Bush wants China and India must do more to pressure Burma.")
    assert ("REQUEST", "george-w-bush", "CHN-GOV") in rows and ("REQUEST", "george-w-bush", "IND-GOV") in rows
    assert ("REQUEST", "DEU-GOV", "GRC-GOV") in _events("Germany wants Greece should cut its spending.")
    # a plain future is a wish, no demand; "wants to" is the wanter's own act
    assert not any(t == "REQUEST" for t, _, _ in _events("President Bush wants China will do more."))
    assert not any(t == "REQUEST" for t, _, _ in _events("Germany wants to cut its spending."))
