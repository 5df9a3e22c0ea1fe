"""Round 38 (detarget38): targets. A phrase of place is no role ("Im Norden" is no person's name before "von X";
"nördlich der Hauptstadt X" is a place like "nahe der Hauptstadt"), so the patient of the passive keeps the target; a
prenominal genitive after a time phrase is the object ("am Mittwoch Putins Anwesen"); coordinated adjectives of a thing
name one target each ("ukrainische und polnische Stellungen"). Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_region_before_a_comma_is_no_target() -> None:
    # "Im Süden" is no person's name of the "von" phrase after it: the aid worker keeps the target
    got = roles("Im Süden von Mali, nahe der Grenze, ist am Montag ein Mitarbeiter der Deutschen Welthungerhilfe "
                "entführt worden.")
    assert any(t == "DEU" for _, _, t in got), got
    assert not any(t == "MLI" for _, _, t in got), got


def test_a_side_preposition_with_a_genitive_places_the_capital() -> None:
    # "nördlich der Hauptstadt Bamako" is a place like "nahe der Hauptstadt": the aid worker is the target
    got = roles("Rund 300 Kilometer nördlich der Hauptstadt Bamako wurde ein Mitarbeiter der Deutschen Welthungerhilfe "
                "entführt.")
    assert any(t == "DEU" for _, _, t in got), got
    assert not any(t == "MLI" for _, _, t in got), got


def test_a_true_passive_agent_still_acts() -> None:
    got = roles("Unweit der Hauptstadt Kiew wurden zwei Zivilisten von russischen Soldaten getötet.")
    assert ("ASSAULT", "RUS", "UKR") in got, got


def test_a_region_noun_is_no_persons_name() -> None:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article("Im Norden von Somalia, nahe der Küste, ist ein Helfer entführt worden.", id="t", lang="de"))
    assert not any(m.kind == "actor" and doc.tokens[m.tok_start].lower == "im" for m in doc.mentions)


def test_a_prenominal_genitive_after_a_time_phrase_is_the_object() -> None:
    # "am Mittwoch Putins Anwesen": "am" governs "Mittwoch", not the owner of the searched house
    got = roles("Österreichische Ermittler durchsuchten am Mittwoch Putins Anwesen in Wien.")
    assert ("COERCE", "AUT", "RUS") in got, got
    assert ("COERCE", "AUT", "AUT") not in got, got


def test_a_genitive_after_a_place_noun_stays_placed() -> None:
    # "vor der Küste Taiwans" then the verb: Taiwan is where, no object of the patrol
    got = roles("Chinesische Schiffe patrouillierten am Freitag vor der Küste Taiwans.")
    assert not any(t == "TWN" for _, _, t in got), got


def test_coordinated_adjectives_of_a_thing_name_each_target() -> None:
    got = roles("Russland griff ukrainische und polnische Stellungen an.")
    assert ("ASSAULT", "RUS", "UKR") in got, got
    assert ("ASSAULT", "RUS", "POL") in got, got


def test_an_adjective_list_ends_at_its_noun() -> None:
    # "polnische Dörfer" comes after the noun of the first phrase: no list, one target only
    got = roles("Russland griff ukrainische Stellungen nahe polnischen Dörfern an.")
    assert ("ASSAULT", "RUS", "POL") not in got, got
