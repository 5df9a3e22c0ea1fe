"""A deployment told again without its goal takes the one target its doer's other deployments in the article have
(round 22, top22; lexicon retold_target_types); with two goals, or none, it stays as told. Sentences written for
these tests."""

from __future__ import annotations

from lagebild.extract.home_targets import HomeTargets
from lagebild.model import ActorRef, Event

FILL = HomeTargets(retold=frozenset({"MOBILIZE"}))


def _event(etype: str, source: ActorRef | None, target: ActorRef | None = None, sent: int = 0) -> Event:
    return Event("a", etype, source, target, sent, 0, 5, trigger="x")


def _ref(country: str, sector: str | None = "GOV") -> ActorRef:
    return ActorRef(country, country, f"{country}-{sector}", country, sector)


def test_a_deployment_told_again_goes_where_its_doers_other_one_goes() -> None:
    out = FILL.fill([_event("MOBILIZE", _ref("KEN", "MIL"), _ref("SOM")), _event("MOBILIZE", _ref("KEN", "MIL"), sent=3)])
    assert out[1].target is not None and out[1].target.country == "SOM", out
    assert out[1].target.text == "" and out[1].target.inferred, out  # no words of its own sentence name it


def test_two_goals_another_doer_or_another_type_leave_it_as_told() -> None:
    two = [_event("MOBILIZE", _ref("RUS", "MIL"), _ref("SYR")), _event("MOBILIZE", _ref("RUS", "MIL"), _ref("UKR")),
           _event("MOBILIZE", _ref("RUS", "MIL"), sent=2)]
    assert FILL.fill(two)[2].target is None
    other = [_event("MOBILIZE", _ref("USA", "MIL"), _ref("POL")), _event("MOBILIZE", _ref("DEU", "MIL"), sent=1),
             _event("AID", _ref("USA"), _ref("UKR")), _event("AID", _ref("USA"), sent=2)]
    assert [e.target for e in FILL.fill(other)][1:] == [None, _ref("UKR"), None]


def test_english_troops_crossing_again_go_where_they_went() -> None:
    from .test_triggers_en_nominal import _events

    assert _events("Kenyan troops have crossed into Somalia. About 400 Kenyan soldiers crossed the border on Friday.") \
        == [("MOBILIZE", "troops", "KEN", "SOM")] * 2
