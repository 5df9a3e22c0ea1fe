"""An act still without a target after the event stage is aimed at its doer's own country, for the types whose untold
side news-gold codes so; other types and doerless events keep their empty side."""

from __future__ import annotations

from datetime import date

from lagebild.extract.home_targets import HomeTargets
from lagebild.model import ActorRef, Event
from lagebild.pipeline import extract_events

FILL = HomeTargets(frozenset({"REQUEST", "REJECT"}))


def _event(etype: str, source: ActorRef | None, target: ActorRef | None = None, sent: int = 0) -> Event:
    return Event("a", etype, source, target, sent, 0, 5, trigger="x")


def _ref(country: str, sector: str | None = "GOV") -> ActorRef:
    return ActorRef(country, country, f"{country}-{sector}", country, sector)  # named in the text: its words


def test_targetless_demand_aims_at_its_doers_country() -> None:
    out = FILL.fill([_event("REQUEST", _ref("TUR", "OPP"))])
    assert out[0].target is not None and out[0].target.country == "TUR", out
    assert out[0].target.text == "" and out[0].target.inferred, out  # inferred: no words of the text


def test_other_types_named_targets_and_doerless_events_stay() -> None:
    events = [_event("MOBILIZE", _ref("DEU", "MIL")),  # a deployment: often abroad
              _event("REQUEST", _ref("FRA"), _ref("USA")),  # a side named
              _event("REJECT", None),  # no doer, no country to give
              _event("REJECT", ActorRef("Unbekannte", "Unbekannte", "unknown", None, None))]
    assert [e.target for e in FILL.fill(events)] == [e.target for e in events]


def test_a_sentence_telling_the_home_act_already_gives_no_second() -> None:
    told = _event("REJECT", _ref("AUT"), _ref("AUT"))
    out = FILL.fill([told, _event("REJECT", _ref("AUT"))])
    assert out == [told], out
    assert len(FILL.fill([told, _event("REJECT", _ref("AUT"), sent=3)])) == 2  # another sentence: its own telling


def test_without_data_nothing_changes() -> None:
    events = [_event("REQUEST", _ref("TUR"))]
    assert HomeTargets.from_lexicon({}).fill(events) == events


def test_german_demand_with_no_side_named_is_aimed_at_home() -> None:
    events = extract_events("Der türkische Oppositionsführer forderte am Montag, die Hälfte der Ministerposten solle "
                            "mit Frauen besetzt werden.", date(2024, 10, 23), "de")
    asked = [e for e in events if e.event_type == "REQUEST"]
    assert asked and all(e.target is not None and e.target.country == "TUR" for e in asked), events


def test_english_demand_with_no_side_named_is_aimed_at_home() -> None:
    # round 36 (enprec36): English aims a demand with no addressee home too; the old test pinned this demand as
    # targetless because English had no home_target_types (GSR DEMAND-0017 codes such a demand NGA -> NGA)
    events = extract_events("Turkish students demanded on Monday that half of the cabinet posts go to "
                            "women.", date(2024, 10, 23), "en")
    asked = [e for e in events if e.event_type == "REQUEST"]
    assert asked and all(e.target is not None and e.target.country == "TUR" and e.target.inferred
                         for e in asked), events


def test_english_deployment_with_no_side_named_keeps_its_empty_side() -> None:
    events = extract_events("Turkish troops were deployed on Monday.", date(2024, 10, 23), "en")
    sent = [e for e in events if e.event_type == "MOBILIZE"]
    assert sent and all(e.target is None for e in sent), events  # a deployment: as often abroad, not in the list


def test_english_accusation_or_veto_of_no_actor_is_not_aimed_at_the_doer() -> None:
    # only demands are aimed home in English: "the West" and a resolution name no country, and Moscow accusing
    # Moscow or China vetoing China would be a self-directed act no one told
    for text in ("Moscow accused the West of lying about the talks.", "The resolution was vetoed by China."):
        events = extract_events(text, date(2024, 10, 23), "en")
        assert events and all(e.target is None for e in events), (text, events)
