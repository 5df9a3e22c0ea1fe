"""English roles by class, round 11 (en11), read from the parse for any trigger rather than seen wording: a given
noun's giver ("aid from Japan to Kenya", "Russian military aid to Syria"); "by" and the target's preposition where the
parser hung them on the noun phrase before; a passive relative clause's antecedent; an agentless passive decided in a
body; light-verb families (custody, control, siding with); eval/role_losses_en.py's classes. Sentences are written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article

from .test_roles_en_round10 import _PIPE, _events, needs_parser


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("The agency still needs money, despite generous contributions from the United States to Kenya.",
     ("AID", "USA", "KEN")),
    ("Military aid from Japan to Kenya will continue next year.", ("AID", "JPN", "KEN")),
    ("Repeated threats from North Korea against Japan worried investors.", ("THREATEN", "PRK", "JPN")),
    # ... or by the nationality or forces named before it
    ("Russian military aid to Syria will continue.", ("AID", "RUS", "SYR")),
    ("US threats against Iran worried Europe.", ("THREATEN", "USA", "IRN")),
])
def test_a_given_noun_names_its_giver_after_from(text: str, event: tuple[str, str, str | None]) -> None:
    assert event in _events(text)


@needs_parser
def test_from_is_no_giver_where_it_is_left_or_received() -> None:
    # a withdrawal leaves the place after "from"; a verb of receiving keeps its own reading (the subject is acted on)
    assert ("RETREAT", "RUS", "GEO") in _events("The withdrawal of Russian troops from Georgia began on Monday.")
    assert ("ACCUSE", "FRA", "RUS") in _events("Russia faced criticism from France over the attack.")


@needs_parser
def test_a_by_phrase_hung_on_the_object_still_names_the_doer() -> None:
    # the parser attaches "by Zimbabwean police" to "leader": the arrested leader is not the one who arrests
    events = _events("The arrest of the opposition leader by Zimbabwean police drew criticism.")
    assert ("COERCE", "ZWE", "ZWE") in events
    assert all(t != "COERCE" or s == "ZWE" for t, s, _ in events)


@needs_parser
def test_a_given_noun_without_a_recipient_is_left_to_the_context() -> None:
    # news-gold codes the recipient from the context; an event without one would be half right
    events = _events("The agency still needs money, despite generous contributions from the United States.")
    assert ("AID", "USA", None) not in events


@needs_parser
def test_a_passive_relative_clause_acts_on_the_noun_it_describes() -> None:
    # "who were backed by Rwanda": the rebels are backed, not the troops they attack
    events = _events("The rebels, who were backed by Rwanda, attacked Congolese troops.")
    assert ("SUPPORT", "RWA", "COD") not in events
    assert any(t == "SUPPORT" and s == "RWA" for t, s, _ in events)
    assert ("COERCE", "ZWE", "ZWE") in _events("The opposition leader, who was arrested by police in Harare, was released.")


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("Azerbaijani troops took control of several villages in Nagorno-Karabakh.", ("COERCE", "AZE", "AZE")),
    ("Russian forces gained control over the Zaporizhzhia nuclear plant in Ukraine.", ("COERCE", "RUS", "UKR")),
])
def test_taking_control_of_a_place_is_a_seizure(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


@needs_parser
def test_taking_control_without_a_known_doer_is_no_event() -> None:
    # parties and investors are no actors: "took control of the House" is no seizure by force
    assert _events("The Democrats took control of the House of Representatives.") == []
    assert _events("Chinese investors took control of the Greek port of Piraeus.") == []


@needs_parser
def test_taking_into_custody_is_an_arrest() -> None:
    assert ("COERCE", "TUR", "TUR") in _events("Turkish police took 30 Kurdish activists into custody.")
    assert ("COERCE", "RUS", "RUS") in _events("Russian police took the opposition leader Alexei Navalny into custody.")


@needs_parser
def test_siding_with_a_side_supports_it() -> None:
    # CAMEO 051 (praise or endorse): the side taken is the target
    assert ("SUPPORT", "PAK", "CHN") in _events("Pakistan sided with China in the dispute.")



@needs_parser
@pytest.mark.parametrize(("text", "word", "nominal", "cls"), [
    ("Three journalists were detained on Monday.", "detained", False, "passive-no-agent"),
    ("The planes dropped the food to hungry refugees.", "dropped", False, "generic-subject"),
    ("We offered clemency to seven prisoners.", "offered", False, "pronoun-subject"),
    ("Attacks on the capital continued on Monday.", "Attacks", True, "noun-no-doer"),
])
def test_role_losses_classify_a_trigger_without_source(text: str, word: str, nominal: bool, cls: str) -> None:
    # eval/role_losses_en.py: why a fired trigger found no source, from the parse around it
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
    from role_losses_en import no_source_class, wrong_target_class

    from lagebild.extract.analyser import analysis_of

    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    parse = analysis_of(doc)
    assert parse is not None
    tok = next(t.i for t in doc.tokens if t.text == word)
    assert no_source_class(doc, parse, tok, nominal) == cls
    assert wrong_target_class(doc, parse, tok, {0}, "ZZZ") == "target-in-context"  # no such country named


@needs_parser
def test_an_agentless_passive_decided_in_a_body_is_that_bodys_act() -> None:
    # parse_roles.passive_venue_*: "in" a legislature, court, government or IGO (not a place) names who decided
    assert ("REJECT", "USA", None) in _events("The bailout deal was rejected in the United States Senate.")
    assert any(t == "SANCTION" and g == "IDN" for t, _, g in
               _events("Several Indonesian airlines were banned in the European Union."))
    assert _events("Three soldiers were killed in Kabul.") == []  # a place, and bodies do not attack
    assert not any(t == "ASSAULT" for t, _, _ in _events("The law was struck down in the Supreme Court of India."))
