"""German targets and roles, round 10 (targets_de.py, incidents_de.between_sides, role_finder), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.targets_de import GermanTargets
from lagebild.pipeline import extract_events


def events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in extract_events(text, lang="de")]


def test_a_demands_target_is_the_subject_of_its_dass_clause_and_the_act_is_only_asked_for() -> None:
    found = events("Russland forderte, dass die Ukraine ihre Truppen aus dem Donbass abzieht.")
    assert ("REQUEST", "RUS", "UKR", "factual") in found, found
    # round 20: a withdrawal from a place told leaves that place's country (was UKR -> None)
    assert ("RETREAT", "UKR", "UKR", "hypothetical") in found, found
    # a nationality names the subject too; an object in the clause ("den Iran") is not who is asked
    assert ("REQUEST", "USA", "RUS", "factual") in events("Die USA verlangten, dass die russischen Truppen abziehen.")
    found = events("Frankreich forderte, dass man den Iran bestraft.")
    assert not any(t == "REQUEST" and g == "IRN" for t, _, g, _ in found), found


def test_a_criticism_of_what_its_dass_clause_tells_aims_at_that_clauses_subject() -> None:
    found = events("Die Regierung in Kiew kritisierte, dass Russland Truppen entsandt hat.")
    assert ("ACCUSE", "UKR", "RUS", "factual") in found, found
    # the criticised act happened: only a demand's act is merely asked for
    assert any(t == "MOBILIZE" and s == "RUS" and m == "factual" for t, s, _, m in found), found


def test_an_oppositions_reaction_without_a_target_aims_at_its_own_government() -> None:
    found = events("Die Opposition in Simbabwe hat eine Klage eingereicht.")
    assert any(t == "ACCUSE" and (s, g) == ("ZWE", "ZWE") for t, s, g, _ in found), found
    # a government's reaction gets no such default: whom it criticised is not told
    found = events("Die Regierung in Simbabwe hat eine Klage eingereicht.")
    assert not any(t == "ACCUSE" and g == "ZWE" for t, _, g, _ in found), found


def test_fighting_between_one_group_has_that_group_as_its_doer() -> None:
    found = events("Bei Kämpfen zwischen Rebellengruppen in Syrien ist Senfgas eingesetzt worden.")
    assert ("ASSAULT", "SYR", "SYR", "factual") in found, found
    found = events("Bei Kämpfen zwischen rivalisierenden Milizen in Libyen wurden zehn Menschen getötet.")
    assert any(t == "ASSAULT" and (s, g) == ("LBY", "LBY") for t, s, g, _ in found), found
    # two sides named: the first is the source, the second the target, as before
    found = events("Bei Zusammenstößen zwischen der Polizei und Demonstranten in Kairo wurden zehn Menschen verletzt.")
    assert any(t == "ASSAULT" and (s, g) == ("EGY", "EGY") for t, s, g, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd protesting a foreign side aims at that side, and does not take its country
    ("In Ramallah demonstrierten Tausende gegen die israelische Besatzung.", ("PROTEST", "PSE", "ISR", "factual")),
    ("Tausende Menschen protestierten in Kiew gegen die russische Annexion der Krim.", ("PROTEST", "UKR", "RUS", "factual")),
    # against their own government, a crowd at home still aims at home
    ("In Tiflis demonstrierten Tausende gegen die Regierung.", ("PROTEST", "GEO", "GEO", "factual")),
    # a visit told as a noun with its place: the clause's subject visits the place's country
    ("Zu Besuch in Sarajevo stellte Österreichs Außenminister am Donnerstag klar, dass Reformen nötig seien.",
     ("CONSULT", "AUT", "BIH", "factual")),
    ("Der Chef der US-Weltraumbehörde NASA, Michael Griffin, ist zu einem Besuch nach China aufgebrochen.",
     ("CONSULT", "USA", "CHN", "factual")),
])
def test_crowds_against_a_foreign_side_and_visits_told_as_nouns(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in events(text), events(text)


def test_the_readings_are_data() -> None:
    empty = GermanTargets.from_lexicon({})
    assert not empty.clause_types and not empty.domestic_sectors and not empty.openers


def test_a_passives_agent_may_stand_in_a_prepositional_vorfeld() -> None:
    # "durch"/"seitens" there name the passive's doer; "von" after a noun is that noun's ("der Kritik von Russland")
    found = events("Syrische Soldaten griffen an. Bei dem Beschuss durch die Regierungstruppen wurden 18 Zivilisten getötet.")
    assert sum(1 for t, s, g, _ in found if t == "ASSAULT" and (s, g) == ("SYR", "SYR")) >= 1
    assert not any(s is None for t, s, _, _ in found if t == "ASSAULT"), found


def test_of_two_passive_agents_each_participle_takes_the_nearer() -> None:
    found = events("Der Aktionsplan, der von Marokko und Spanien gemeinsam erstellt wurde und von Frankreich "
                   "unterstützt wird, soll verabschiedet werden.")
    assert any(t == "SUPPORT" and s == "FRA" for t, s, _, _ in found), found
    assert not any(t == "SUPPORT" and s == "MAR" for t, s, _, _ in found), found


def test_each_target_of_a_list_gets_its_event() -> None:
    found = events("Die Bundesregierung hatte den USA und Großbritannien unter anderem Überflugrechte eingeräumt.")
    assert {("COOPERATE", "DEU", "USA"), ("COOPERATE", "DEU", "GBR")} <= {(t, s, g) for t, s, g, _ in found}, found
    found = events("Die EU verhängte Sanktionen gegen Russland, Belarus und den Iran.")
    assert {g for t, _, g, _ in found if t == "SANCTION"} == {"RUS", "BLR", "IRN"}, found
    # a list ends before a verb: the USA praise, they are not criticised
    found = events("Russland kritisierte die Ukraine und die USA lobten den Plan.")
    assert not any(t == "ACCUSE" and g == "USA" for t, _, g, _ in found), found


def test_a_sector_noun_of_a_named_group_is_that_group() -> None:
    # "Kämpfer der Jihadistenmiliz Islamischer Staat": the militia acts (no country), its victims are the target
    found = events("Bei einem Überfall auf eine Fabrik in der Nähe von Damaskus haben Kämpfer der Jihadistenmiliz "
                   "Islamischer Staat hunderte Mitarbeiter als Geiseln genommen.")
    assert ("ASSAULT", None, "SYR", "factual") in found, found
    assert not any(s == "SYR" for t, s, _, _ in found if t == "ASSAULT"), found


def test_a_state_force_as_passive_agent_stays_beside_named_victims() -> None:
    # "von der Armee erschossen": the army (the story's country) acts, though the victims are named by nationality
    found = events("Jerusalem – Zwei Palästinenser sind nach einer Messerattacke auf eine israelische Soldatin von der "
                   "Armee erschossen worden.")
    assert any(t == "ASSAULT" and (s, g) == ("ISR", "PSE") for t, s, g, _ in found), found
    # a bare spokesman is no such agent: no country is guessed for him
    found = events("London – Die Haltung der Hamas wurde vom Sprecher kritisiert.")
    assert not any(t == "ACCUSE" and s == "GBR" for t, s, _, _ in found), found


def test_sides_that_accuse_each_other_are_each_others_targets() -> None:
    found = {(t, s, g) for t, s, g, _ in events("Indien und Pakistan werfen sich gegenseitig vor, die Waffenruhe "
                                                 "gebrochen zu haben.")}
    assert {("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")} <= found, found
    # without "gegenseitig" nobody is named as accused
    found = {(t, s, g) for t, s, g, _ in events("Indien und Pakistan erhoben Vorwürfe.")}
    assert ("ACCUSE", "IND", "PAK") not in found, found


def test_a_visit_noun_beside_two_countries_is_nobodys_visit() -> None:
    # two countries beside the place: whose visit it is is not told by position alone
    found = events("Zu Besuch in Sarajevo kritisierten Österreich und Ungarn die Regierung.")
    assert not any(t == "CONSULT" for t, _, _, _ in found), found



def test_only_the_first_phrase_of_a_dass_clause_is_its_subject() -> None:
    # the dass-clause's subject is no actor ("die Demonstration"): a later nationality in it is not the criticised one
    found = events("Die Regierung in Kiew kritisierte, dass die Demonstration gefilmt und russische Teilnehmer erfasst wurden.")
    assert not any(t == "ACCUSE" and g == "RUS" for t, _, g, _ in found), found
    # (round 13: a criticism aimed at no one named is no event, so a demand, which may go to no one, shows the doer kept)
    found = events("Die Regierung in Kiew forderte, dass die Demonstration gefilmt und russische Teilnehmer erfasst werden.")
    assert any(t == "REQUEST" and s == "UKR" for t, s, _, _ in found), found
    assert not any(t == "REQUEST" and g == "RUS" for t, _, g, _ in found), found


def test_a_nouns_own_nationality_adjective_is_its_doer_inside_a_phrase_too() -> None:
    found = events("Tausende Menschen protestierten in Kiew gegen die russische Annexion der Krim.")
    assert any(t == "COERCE" and s == "RUS" for t, s, _, _ in found), found
    assert not any(t == "COERCE" and s == "UKR" for t, s, _, _ in found), found
    found = events("Bei einem amerikanischen Luftangriff in Afghanistan wurden zehn Zivilisten getötet.")
    assert ("ASSAULT", "USA", "AFG", "factual") in found, found
