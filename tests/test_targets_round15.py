"""Targets by class, round 15 (tgt15): a German passive clause led by a pronoun or a relative pronoun is about the
one acted on (never its doer), and a reply to a demand or offer told before answers the side that made it.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events

from .test_roles_en_round10 import _events, needs_parser


def _events_de(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "event"), [
    # the pronoun's antecedent (the doer of the sentence before) is arrested: the state of the place arrests him
    ("Ein libanesischer Mann soll den Irakern geholfen haben. Er wurde in Berlin festgenommen.", ("COERCE", "DEU", "LBN")),
])
def test_german_passive_pronoun_subject_is_the_patient(text: str, event: tuple) -> None:
    events = _events_de(text)
    assert event in events
    assert not any(e[0] == event[0] and e[1] == event[2] for e in events)  # never the doer of its own arrest


def test_german_passive_relative_subject_is_the_patient() -> None:
    # ", der ... abgeschoben werden soll": the Swiss man is deported, Thailand deports him
    events = _events_de("Die thailändischen Behörden teilten mit, dass der Schweizer, der seit Jahren in Thailand lebt, "
                        "nun in sein Heimatland abgeschoben werden soll.")
    assert not any(e[0] == "COERCE" and e[1] == "CHE" for e in events)


@pytest.mark.parametrize(("text", "event"), [
    ("Italien forderte Entschädigungen von Deutschland. Die Bundesregierung lehnte weitere Forderungen ab.",
     ("REJECT", "DEU", "ITA")),
    ("Russland forderte von der Ukraine den Abzug ihrer Truppen. Die ukrainische Regierung lehnte die Forderungen ab.",
     ("REJECT", "UKR", "RUS")),
])
def test_german_reply_to_a_demand_answers_its_maker(text: str, event: tuple) -> None:
    assert event in _events_de(text)


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    # the replier's own act came last ("withdraw"): the demand is the other side's
    ("Russia demanded that Ukraine withdraw its troops. The Ukrainian government rejected the demands.",
     ("REJECT", "UKR", "RUS")),
    # only the replier acted before: its refusal answers the side its act dealt with
    ("The United States gave 40 million dollars to Italy. The US government rejected any further demands.",
     ("REJECT", "USA", "ITA")),
])
def test_english_reply_to_a_demand_answers_its_maker(text: str, event: tuple) -> None:
    assert event in _events(text)


def test_support_for_demands_is_no_reply_to_the_other_side() -> None:
    # backing demands is no refusal or assent: the side its own act dealt with is not its target
    events = _events_de("Spanien forderte von Deutschland Entschädigungen. Die spanischen Zeitungen unterstützten die "
                        "Forderungen.")
    assert not any(e[0] == "SUPPORT" and e[2] == "DEU" for e in events)


def test_a_body_of_the_place_just_named_is_of_its_country() -> None:
    # "der dortigen Regierung": South Africa's, not the article's (Zimbabwe's) government
    events = _events_de("Der simbabwische Oppositionsführer Tsvangirai hält sich zurzeit in Südafrika auf, wo er um die "
                        "Unterstützung der dortigen Regierung für die Opposition in Simbabwe wirbt.")
    assert ("REQUEST", "ZWE", "ZAF") in events
