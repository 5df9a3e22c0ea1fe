"""Round 20 (cut20): German clause cuts. A subordinate clause opened by "als"/"bis"/"seit" after a comma is a clause
of its own when it ends in its verb; a list of objects inside a verb bracket runs up to the participle that closes it.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .test_roles_de_round16 import roles


def test_an_als_clause_after_a_comma_has_its_own_doer() -> None:
    got = roles("Frankreich verurteilte den Angriff, als russische Truppen die Ukraine angriffen.")
    assert ("ASSAULT", "RUS", "UKR") in got, got
    assert not any(t == "ASSAULT" and s == "FRA" for t, s, _ in got), got


def test_als_before_a_noun_phrase_opens_no_clause() -> None:
    got = roles("Israel griff Ziele im Gazastreifen an, als Reaktion auf die Raketen der Hamas.")
    assert any(t == "ASSAULT" and s == "ISR" for t, s, _ in got), got


def test_a_bis_clause_after_a_comma_has_its_own_doer() -> None:  # a guard: read so before the cut too
    got = roles("Frankreich drohte Russland mit Sanktionen, bis russische Truppen Georgien verlassen.")
    assert ("THREATEN", "FRA", "RUS") in got, got
    assert not any(t == "RETREAT" and s == "FRA" for t, s, _ in got), got


def test_the_last_object_of_a_list_before_the_participle_is_a_target() -> None:
    got = roles("Die Bundesregierung hat Russland, Iran und Syrien aufgefordert, die Angriffe einzustellen.")
    for tgt in ("RUS", "IRN", "SYR"):
        assert ("REQUEST", "DEU", tgt) in got, got


def test_two_objects_before_the_participle_are_both_targets() -> None:
    got = roles("Die Bundesregierung hat Russland und Nordkorea kritisiert.")
    assert ("ACCUSE", "DEU", "RUS") in got and ("ACCUSE", "DEU", "PRK") in got, got


def test_a_list_in_a_subordinate_clause_runs_to_its_final_verb() -> None:
    got = roles("Die Zeitung berichtete, dass Frankreich Russland und Syrien kritisierte.")
    assert ("ACCUSE", "FRA", "RUS") in got and ("ACCUSE", "FRA", "SYR") in got, got


def test_a_list_still_ends_before_the_verb_of_a_new_clause() -> None:
    got = roles("Frankreich kritisierte die Ukraine und die USA protestierten.")
    assert not any(t == "ACCUSE" and tgt == "USA" for t, _, tgt in got), got


def test_an_als_clause_keeps_the_toll_the_sentence_tells_before_it() -> None:
    from lagebild.pipeline import extract_events

    evs = extract_events("In der Hauptstadt Äthiopiens kamen mindestens 22 Menschen ums Leben, als die Polizei das Feuer "
                         "auf Demonstranten eröffnete.", lang="de")
    shot = [e for e in evs if e.event_type == "ASSAULT"]
    assert shot and shot[0].quantities, evs


def test_a_relative_clause_after_a_vorfeld_phrase_ends_before_the_main_verb() -> None:
    got = roles("Nach der Zahlung des Lösegeldes, das am Montag übergeben wurde, hatten somalische Piraten das "
                "deutsche Schiff freigegeben.")
    assert ("RETREAT", "SOM", "DEU") in got, got


def test_a_passive_after_a_vorfeld_phrase_and_its_relative_clause_names_its_own_patient() -> None:
    got = roles("Bei einem Angriff somalischer Rebellen, die aus dem Süden kamen, wurden drei kenianische Soldaten getötet.")
    assert any(t == "ASSAULT" and tgt == "KEN" for t, _, tgt in got), got


def test_an_infinitive_after_a_list_of_partners_is_one_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.extract import events as ev_mod
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    seen: list[list[str]] = []
    orig = ev_mod.split_clauses

    def spy(doc: Any, sent: int, *a: Any, **k: Any) -> Any:
        out = orig(doc, sent, *a, **k)
        seen.append([" ".join(t.text for t in doc.tokens[c.start:c.end]) for c in out])
        return out

    monkeypatch.setattr(ev_mod, "split_clauses", spy)
    Pipeline(scorer=False)(Article("Die Partei hatte angekündigt, mit allen Parteien, auch mit den Kommunisten, "
                                   "verhandeln zu wollen.", id="t", lang="de"))
    assert seen and seen[0][-1].startswith("mit allen Parteien"), seen
