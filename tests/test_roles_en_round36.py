"""Round 36 (enroles36): English roles and targets. The sentences are written here."""

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


def test_foreign_troops_told_to_stay_are_not_expelled() -> None:
    # the ordered infinitive is staying, not leaving (before: SANCTION expel MLI -> FRA-MIL)
    assert not any(t == "SANCTION" for t, _, _ in _events(
        "The Malian junta ordered French soldiers to remain in their bases."))


def test_foreign_troops_told_to_leave_are_expelled() -> None:
    # leaving, pulling out, or no infinitive at all ("ordered ... out") still expels
    assert ("SANCTION", "MLI-GOV", "FRA-MIL") in _events("The Malian junta ordered French troops to leave the country.")
    assert ("SANCTION", "MLI-GOV", "FRA-MIL") in _events(
        "The Malian junta ordered French soldiers to pull out of the country within 72 hours.")
    assert ("SANCTION", "MLI-GOV", "FRA-MIL") in _events("The Malian junta ordered the French troops out.")


def test_a_coordinated_accused_is_no_target_of_the_alleged_noun_act() -> None:
    # "blamed A and B for the attack": B is accused with A, not attacked by A (before: ASSAULT A -> B). The first
    # accused stays the doer; B gets no event of its own (an extra doer event cost GSR test one false event)
    rows = _events("India criticised Pakistan and China for the attack.")
    assert ("ASSAULT", "PAK-GOV", None) in rows
    assert not any(t == "ASSAULT" and tgt == "CHN-GOV" for t, _, tgt in rows)
    rows = _events("Russia accused Britain and the United States of the attack.")
    assert ("ASSAULT", "GBR-GOV", None) in rows
    assert not any(t == "ASSAULT" and tgt == "USA-GOV" for t, _, tgt in rows)
    # the act's own target stays: "the attack on Kashmir" is on India
    assert ("ASSAULT", "PAK-GOV", "IND") in _events("India blamed Pakistan and China for the attack on Kashmir.")


def test_a_single_accused_keeps_the_noun_act() -> None:
    assert ("ASSAULT", "PAK-GOV", None) in _events("India criticised Pakistan for the attack.")


def _tellers(text: str) -> list[tuple[str, str | None]]:
    """(text, country) of each event's attributions."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted({(a.text, a.country) for e in doc.events for a in e.attribution})


def test_a_titled_outlet_opening_a_sentence_takes_no_country_from_the_article() -> None:
    # "Time magazine" at the sentence's start names Time, not an Iranian magazine (before: IRN-MEDIA from the article)
    text = "Iran rejected the proposal on Monday. Time magazine reported that Iran accused Israel of lying."
    assert ("magazine", None) in _tellers(text) and ("magazine", "IRN") not in _tellers(text)


def test_a_described_outlet_opening_a_sentence_keeps_the_article_country() -> None:
    # "Local newspapers" are the article country's: a describing word is no title
    text = "Iran rejected the proposal on Monday. Local newspapers reported that Iran accused Israel of lying."
    assert ("newspapers", "IRN") in _tellers(text)


def test_evaded_sanctions_are_no_sanction_by_the_evader() -> None:
    # the evader imposes nothing (before: SANCTION CHN -> RUS, SANCTION IRN -> None, SANCTION IRN -> USA)
    # round 37 (enroles37): helping Russia is aid to Russia (the helped one read as the help's object); only the
    # sanction is wrong here (the old expectation of no event at all held only by the parse of "Russia evade")
    assert _events("China helped Russia evade sanctions.") == [("AID", "CHN-GOV", "RUS-GOV")]
    assert _events("Iran has evaded sanctions for years.") == []
    assert not any(t == "SANCTION" for t, _, _ in _events("Turkey helped Iran circumvent US sanctions."))
    # sanctions imposed stay
    assert _events("The EU imposed sanctions on Russia.") == [("SANCTION", "eu", "RUS-GOV")]


def test_a_guessed_country_is_not_set_against_its_own_adjective() -> None:
    # the unnamed president's country is only the article's guess, taken from "American" itself (before: REQUEST
    # USA -> USA; "condemned the American strikes": ACCUSE USA -> USA)
    assert _events("The president issued a call for American support.") == []
    assert ("ACCUSE", "USA-GOV", "USA") not in _events("The government condemned the American strikes.")
    # a named side keeps its target
    assert _events("The Ukrainian president issued a call for American support.") == [("REQUEST", "UKR-GOV", "USA")]
