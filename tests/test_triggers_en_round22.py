"""English triggers, round 22 (en22): recognising an election outcome concedes it (CONCEDE, as the PLOVER GSR codes a
parliament recognising the opposition's victories); recognising a government stays SUPPORT. Sentences written for
these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events


def test_recognising_an_election_outcome_is_a_concession() -> None:
    assert ("CONCEDE", None, "SRB", "SRB") in _events(
        "The Serbian parliament passed a law recognizing victories by the Serbian opposition in local elections.")
    assert [t for t, _, _, _ in _events("The Georgian president recognized the results of the vote.")] == ["CONCEDE"]


def test_refusing_to_recognise_an_outcome_stays_a_refusal() -> None:
    types = [t for t, _, _, _ in _events("The EU refused to recognize the result of the election in Zimbabwe.")]
    assert "REJECT" in types and "CONCEDE" not in types


def test_recognising_a_government_is_still_support() -> None:
    assert [t for t, _, _, _ in _events("Russia recognized the government of Abkhazia.")] == ["SUPPORT"]


def test_a_result_other_than_a_votes_is_no_concession() -> None:
    assert _events("The French minister recognized the results of hard work by the police.") == []
