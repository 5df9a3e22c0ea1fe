"""Round 31 (deroles31): German addressees, member states' bodies, genitive doers and plural sector nouns, on
sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_fronted_gegenueber_phrase_gives_the_speaker_no_country() -> None:
    # "Gegenüber Russland forderte der Minister": Russia is spoken to; whose minister, the sentence does not say
    got = roles("Gegenüber Russland forderte der Minister einen Abzug der Truppen.")
    assert not any(s == "RUS" for _, s, _ in got), got


def test_a_gegenueber_phrase_after_the_verb_gives_the_speaker_no_country() -> None:
    got = roles("Gegenüber Frankreich drohte der Minister mit Sanktionen.")
    assert not any(s == "FRA" for _, s, _ in got), got


def test_a_news_agency_spoken_to_gives_the_speaker_no_country() -> None:
    got = roles("Die Regierung kritisierte gegenüber der chinesischen Nachrichtenagentur Xinhua die Angriffe.")
    assert not any(s == "CHN" for _, s, _ in got), got


def test_gegenueber_after_its_noun_governs_it() -> None:
    # "Russland gegenüber forderte ...": the postposition; Russia is no doer nor the minister's country
    got = roles("Russland gegenüber forderte der Minister einen Abzug der Truppen.")
    assert not any(s == "RUS" for _, s, _ in got), got


def test_a_postposed_gegenueber_leaves_the_phrase_after_it_alone() -> None:
    # "Russland gegenüber die Angriffe": Russia is no genitive doer of the attacks before which it stands
    got = roles("Frankreich kritisierte Russland gegenüber die Angriffe auf die Ukraine.")
    assert not any(s == "RUS" for _, s, _ in got), got
    assert any(t == "ACCUSE" and s == "FRA" for t, s, _ in got), got


def test_a_speaker_placed_by_a_place_keeps_its_country() -> None:
    # the guard: a sentence with no one spoken to still places its minister
    got = roles("In Moskau forderte der Minister einen Abzug der Truppen.")
    assert any(t == "REQUEST" and s == "RUS" for t, s, _ in got), got


def test_the_subject_of_a_clause_with_gegenueber_before_another_phrase_stays() -> None:
    # "gegenüber der Türkei": a preposition before its phrase; France, the subject, still acts
    got = roles("Frankreich kritisierte gegenüber der Türkei die Angriffe auf Syrien.")
    assert any(t == "ACCUSE" and s == "FRA" for t, s, _ in got), got


def test_dicht_is_a_separable_particle() -> None:
    got = roles("Die Türkei machte die Botschaft in Syrien dicht.")
    assert ("COERCE", "TUR", "SYR") in got, got


def test_dichtgemacht_is_read_as_before() -> None:
    got = roles("Die Türkei hat die Botschaft in Syrien dichtgemacht.")
    assert ("COERCE", "TUR", "SYR") in got, got


def test_the_governments_of_the_eu_states_are_no_country_of_the_article() -> None:
    # "den Angriff Russlands": Russia did the act condemned; the EU states' governments condemn it
    got = roles("Die Regierungen der EU-Staaten verurteilten den Angriff Russlands auf die Ukraine.")
    assert ("ACCUSE", None, "RUS") in got, got
    assert not any(t == "ACCUSE" and s in ("RUS", "UKR") for t, s, _ in got), got


def test_an_annexion_by_a_state_is_what_the_eu_states_condemn() -> None:
    got = roles("Die Regierungen der EU-Staaten verurteilten die Annexion der Krim durch Russland.")
    assert ("ACCUSE", None, "RUS") in got, got


def test_a_genitive_after_an_act_noun_in_the_object_is_no_subject() -> None:
    got = roles("Die EU-Staaten verurteilten den Angriff Russlands.")
    assert not any(t == "ACCUSE" and s == "RUS" for t, s, _ in got), got
    got = roles("Die Nato-Staaten kritisierten die Drohungen Chinas.")
    assert not any(t == "ACCUSE" and s == "CHN" for t, s, _ in got), got


def test_a_genitive_after_a_noun_naming_no_act_keeps_its_reading() -> None:
    # "die beiden Bewerber um das Amt des afghanischen Präsidenten": the office is no act; the candidates sign
    got = roles("Am Sonntag unterzeichneten die beiden Bewerber um das Amt des afghanischen Präsidenten einen Kompromiss, "
                "der Ashraf Ghani das Amt gibt.")
    assert any(t == "AGREE" and s == "AFG" for t, s, _ in got), got


def test_a_bare_government_is_not_of_the_country_whose_act_it_condemns() -> None:
    got = roles("Die Regierung verurteilte den Angriff Russlands auf die Ukraine.")
    assert not any(t == "ACCUSE" and s == "RUS" for t, s, _ in got), got


def test_a_genitive_of_the_subject_noun_still_owns_it() -> None:
    # the guards: the clause's own first phrase and an actor noun keep their genitive owner
    assert ("ACCUSE", "FRA", "SYR") in roles("Die Regierung Frankreichs verurteilte den Angriff auf Syrien.")
    assert ("ACCUSE", "FRA", "SYR") in roles("Am Montag verurteilte die Regierung Frankreichs den Angriff auf Syrien.")


def test_a_plural_sector_noun_in_e_is_a_sector_noun() -> None:
    got = roles("Mehrere Landtage forderten die Regierung in Berlin zum Handeln auf.")
    assert any(t == "REQUEST" and s == "DEU" for t, s, _ in got), got
    got = roles("Die Parlamente in Polen kritisierten die EU.")
    assert any(t == "ACCUSE" and s == "POL" for t, s, _ in got), got


def test_the_national_parliaments_of_the_eu_states_take_no_single_country() -> None:
    got = roles("Die nationalen Parlamente der EU-Staaten kritisierten Polen.")
    assert got and all(s is None for t, s, _ in got if t == "ACCUSE"), got
