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


def test_voting_a_proposal_down_is_a_refusal_not_coercion() -> None:
    # PETRARCH files VOTE_DOWN under 170 (COERCE); a vote that defeats a bill refuses it (REJECT)
    assert _events("The German parliament voted down the bill on Tuesday.") == [("REJECT", None, "DEU", None)]
    assert _events("The US Senate voted the proposition down.") == [("REJECT", None, "USA", None)]
    assert _events("Prices went down as the US Senate voted on Tuesday.") == []


def test_wanting_another_side_to_act_is_a_demand() -> None:
    assert _events("The United States wants Iran to halt uranium enrichment.") == [("REQUEST", None, "USA", "IRN")]
    assert _events("Iran wants the United States to lift sanctions.") == [("REQUEST", None, "IRN", "USA")]


def test_wanting_an_act_of_ones_own_or_a_thing_asks_no_one() -> None:
    # the infinitive is the doer's own act: its own event stands
    assert _events("Russia wants to buy weapons from China.") == [("COOPERATE", None, "RUS", "CHN")]
    assert _events("Russia wants better ties with China.") == []
    assert _events("China wants Japanese investment.") == []
