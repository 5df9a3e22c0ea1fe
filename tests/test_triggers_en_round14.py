"""English triggers of round 14 (gsr14), from the PLOVER/CAMEO codebook's definitions: a head that names the doing
of the noun trigger before it ("a mediation mission", "a bombing campaign"), letting foreign peacekeepers,
inspectors or aid in (CAMEO 086, PLOVER RETREAT access), demobilising and laying down arms (CAMEO 0873/0874,
RETREAT disarm), withdrawing diplomats (161, SANCTION), objecting (120, REJECT), acceding to demands (083, CONCEDE).
The sentences are written for these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events, _types


def test_an_activity_head_carries_the_noun_before_it() -> None:
    assert [(t, s) for t, _, s, _ in _events("Russia stepped up its bombing campaign against rebels in Syria.")] == [
        ("ASSAULT", "RUS")]
    assert "CONSULT" in _types("Egypt led mediation efforts between Israel and Hamas on Monday.")
    # a head after a listed compound keeps the compound's reading; "war effort" names no attack
    assert _types("Britain's war effort depended on American loans, the historian said.") == []
    # a head with no trigger before it is no event
    assert _types("The trade mission from Chile toured the port of Rotterdam.") == []


def test_letting_foreign_monitors_or_aid_in_gives_access() -> None:
    assert _events("Iran allowed IAEA inspectors into the site at Natanz.")[0][:3] == ("RETREAT", "access", "IRN")
    assert [(t, m) for t, m, _, _ in _events("Israel permitted aid convoys to enter Gaza.")] == [("RETREAT", "access")]
    # "allow" with anything else names no involvement
    assert _types("Chile allowed the company to expand its mine.") == []


def test_demobilising_and_laying_down_arms_disarm() -> None:
    assert [(t, m, s) for t, m, s, _ in _events("The rebels in Angola laid down their arms.")] == [
        ("RETREAT", "disarm", "AGO")]
    assert _types("The judge in Angola laid down the law to the lawyers.") == []
    assert [(t, m, s) for t, m, s, _ in _events("The government of Colombia demobilized 5,000 paramilitary fighters.")] == [
        ("RETREAT", "disarm", "COL")]


def test_withdrawing_an_ambassador_reduces_relations_and_troops_retreat() -> None:
    assert _events("Russia withdrew its ambassador from Lithuania.") == [("SANCTION", "withdraw", "RUS", "LTU")]
    assert [(t, m) for t, m, _, _ in _events("Chile pulled its diplomats out of Peru.")] == [("SANCTION", "withdraw")]
    assert [(t, m) for t, m, _, _ in _events("Russia withdrew its troops from Lithuania.")] == [("RETREAT", "withdraw")]


def test_objecting_rejects_and_an_object_is_no_verb() -> None:
    assert [(t, s) for t, _, s, _ in _events("Turkey objected to the American plan for Syria.")] == [("REJECT", "TUR")]
    assert _types("Pilots in Japan reported unidentified flying objects over Okinawa.") == []


def test_acceding_to_demands_or_pressure_concedes() -> None:
    assert [(t, s) for t, _, s, _ in _events("The government of Peru met the demands of the striking miners.")] == [
        ("CONCEDE", "PER")]
    assert [(t, s) for t, _, s, _ in _events("Serbia caved in to pressure from the European Union.")] == [("CONCEDE", "SRB")]
    assert [(t, s) for t, _, s, _ in _events("The government of Chile yielded to the demands of the students.")] == [
        ("CONCEDE", "CHL")]
    # bowing to a crowd and meeting a deadline accede to nothing
    assert _types("The president of Peru bowed to the crowd in Lima.") == []
    assert _types("The government of Peru met the deadline for the budget.") == []
