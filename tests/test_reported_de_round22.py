"""German reported wrongdoing (round 22, rep22): a wrongdoing told on a named speaker's word is the speaker's charge
against its doer ("X sagte, Y habe sich eingemischt": ACCUSE X->Y), as the English `interfere` (trgen21); told as
fact, by the doer's own side, negated or supposed it is none. Sentences written for these tests."""

from __future__ import annotations

from .test_claims import events


def _tuples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e["event_type"], e["source"] and e["source"].get("country"), e["target"] and e["target"].get("country"))
            for e in events(text, "de")}


def _accusations(text: str) -> set[tuple[str, str | None, str | None]]:
    return {t for t in _tuples(text) if t[0] == "ACCUSE"}


def test_reported_meddling_is_the_speakers_accusation() -> None:
    assert _accusations("Der kenianische Außenminister sagte, Uganda habe sich in die inneren Angelegenheiten Kenias "
                        "eingemischt.") == {("ACCUSE", "KEN", "UGA")}


def test_reported_meddling_with_a_trailing_frame() -> None:
    assert _accusations("Russland habe sich in die Wahl in Moldau eingemischt, sagte der Präsident Moldaus.") \
        == {("ACCUSE", "MDA", "RUS")}


def test_meddling_after_laut_is_the_speakers_accusation() -> None:
    """"laut X": the preposition is the cue itself, X the speaker."""
    assert _accusations("Laut dem britischen Außenminister hat Russland sich in die Wahl eingemischt.") \
        == {("ACCUSE", "GBR", "RUS")}


def test_reported_crimes_and_breaches_of_law_are_accusations() -> None:
    assert ("ACCUSE", "UKR", "RUS") in _tuples(
        "Der ukrainische Präsident sagte, russische Truppen hätten Kriegsverbrechen begangen.")
    assert ("ACCUSE", "IRN", "USA") in _tuples(
        "Der iranische Außenminister sagte, die USA hätten mit den Sanktionen das Völkerrecht gebrochen.")


def test_reported_nuclear_weapons_are_a_charge_of_a_body_of_no_country() -> None:
    """An IGO's head names the arsenal: a charge (source of no country), and "(IAEO)" in the speaker's phrase."""
    evs = [e for e in events("In einem Interview erklärte der Direktor der Internationalen Atomenergie-Organisation "
                             "(IAEO), Mohammed el-Baradei, Nordkorea besitze vier Atomwaffen.", "de")
           if e["event_type"] == "ACCUSE"]
    assert [(e["source"]["sector"], e["target"]["country"]) for e in evs] == [("IGO", "PRK")]


def test_meddling_told_as_fact_or_by_its_own_side_is_no_event() -> None:
    assert _accusations("Uganda hat sich in die Wahl eingemischt.") == set()
    assert _accusations("Der russische Präsident sagte, Russland habe sich in die Wahl in Moldau eingemischt.") == set()


def test_a_denied_or_supposed_wrongdoing_is_no_charge() -> None:
    """"habe sich nicht eingemischt" clears the doer; "könnte sich einmischen" is a supposition, no deed charged."""
    assert _accusations("Die Regierung der USA erklärte, Russland habe sich nicht in die Wahl eingemischt.") == set()
    assert _accusations("Die Regierung Polens warnte, Russland könnte sich in die Wahl einmischen.") == set()
    assert _accusations("Der iranische Präsident sagte, der Iran entwickle keine Atomwaffen.") == set()


def test_a_country_named_bare_after_a_plural_verb_is_the_accused_not_the_accuser() -> None:
    """"Kritiker werfen Polen vor": a bare country name is singular, no subject of "werfen"; the critics name no side,
    so there is no event, never Poland accusing itself. A named side still accuses it."""
    assert _accusations("Kritiker werfen Polen vor, die Pressefreiheit einzuschränken.") == set()
    assert _accusations("Die Oppositionsparteien Polens werfen Russland vor, sich in die Wahl eingemischt zu haben.") \
        == {("ACCUSE", "POL", "RUS")}


def test_a_charge_in_konjunktiv_continues_the_speaker_told_before() -> None:
    """A Konjunktiv I sentence with no speaker of its own keeps the one before: his charge, not the writer's fact."""
    assert _accusations("Der kenianische Außenminister sagte am Montag, die Lage sei ernst. Uganda habe sich zudem in "
                        "die inneren Angelegenheiten Kenias eingemischt.") == {("ACCUSE", "KEN", "UGA")}


def test_a_denied_or_merely_reported_wrongdoing_is_no_charge() -> None:
    """The denier's clause is no charge of the denier's; a newspaper's report tells the act, it accuses no one."""
    assert _accusations("Die russische Regierung bestritt, dass russische Truppen Kriegsverbrechen begangen hätten.") \
        == set()
    assert _accusations("Die Zeitung Kommersant berichtete, Russland habe sich in die Wahl in Moldau eingemischt.") \
        == set()


def test_rigged_elections_and_spying_are_reported_charges() -> None:
    assert ("ACCUSE", "ZWE", "ZWE") in _tuples("Die Opposition in Simbabwe erklärte, die Regierung habe die Wahl gefälscht.")
    assert ("ACCUSE", "CHN", "USA") in _tuples(
        "Die chinesische Regierung sagte, die USA hätten chinesische Firmen ausspioniert.")
    assert _accusations("Die Regierung der USA fragte, ob Russland sich in die Wahl eingemischt habe.") == set()


def test_a_reported_charge_keeps_the_act_noun_it_is_about() -> None:
    """"die Polizeiaktion verstoße gegen die Verfassung": the charge's verb takes no noun as its object, the police
    action stays an event of its own (the charge itself has no doer named)."""
    assert "COERCE" in {t[0] for t in _tuples(
        "Der türkische Oppositionsführer sagte in Ankara, die Polizeiaktion verstoße gegen die Verfassung.")}
