"""English nominal triggers at CAMEO breadth (issue 13): the nouns news uses after a light verb ("staged a
walkout", "held negotiations"), a light verb that yields to the act it governs ("imposed a blockade"), lifting
restrictions (CONCEDE) or sanctions (RETREAT), police raids, indictments and resignations by PLOVER's codebook.
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.mode, e.source.country if e.source else None,
                   e.target.country if e.target else None) for e in doc.events)


def _types(text: str) -> list[str]:
    return [t for t, _, _, _ in _events(text)]


def test_protest_and_meeting_nouns_after_a_light_verb() -> None:
    assert [(t, m, s) for t, m, s, _ in _events("Dock workers in France staged a walkout over pensions.")] == [
        ("PROTEST", "boycott", "FRA")]
    assert _events("Iran and Iraq held negotiations in Geneva on the border.") == [("CONSULT", None, "IRN", "IRQ")]
    assert [(t, m) for t, m, _, _ in _events("Rioting broke out in Nairobi after the election.")] == [("PROTEST", "riot")]


def test_a_light_verb_yields_to_the_act_it_governs_only() -> None:
    assert [(t, m, s) for t, m, s, _ in _events("Turkey imposed a blockade on the Kurdish region.")] == [
        ("COERCE", "restrict", "TUR")]
    # the noun inside a prepositional phrase is not what was imposed
    assert _types("Turkey imposed new tariffs on the withdrawal of funds from Iran.") != ["RETREAT"]


def test_lifting_a_curfew_concedes_and_lifting_sanctions_retreats() -> None:
    assert _types("The Kenyan government lifted the curfew in Mombasa on Monday.") == ["CONCEDE"]
    assert _events("Canada lifted its sanctions on Iran.") == [("RETREAT", None, "CAN", "IRN")]
    assert _types("Canada imposed sanctions on Iran.") == ["SANCTION"]


def test_a_police_raid_seizes_and_an_air_raid_attacks() -> None:
    assert [(t, m) for t, m, _, _ in _events("Belarusian police carried out raids on opposition offices in Minsk.")] == [
        ("COERCE", "seize")]
    # "carried out" is a light verb: its subject is the doer of the noun's act
    assert [(t, m, s) for t, m, s, _ in _events("The Russian army carried out air raids on Aleppo.")] == [
        ("ASSAULT", None, "RUS")]
    assert _types("He bought an assault rifle at a gun show in Texas.") == []


def test_a_background_noun_after_following_or_amid_tells_no_new_event() -> None:
    assert _types("Following the peace deal, the Sudanese president freed political prisoners.") == ["RETREAT"]


def test_indictments_accuse_and_resignations_retreat() -> None:
    assert _events("Prosecutors in Brazil indicted the former president.")[0][:3] == ("ACCUSE", "allege", "BRA")
    assert _events("Peru's prime minister resigned on Friday after weeks of protests.") == [("RETREAT", None, "PER", None)]
    assert _types("The Italian interior minister stepped down after the scandal.") == ["RETREAT"]
    assert _types("The Pakistani army stepped up patrols along the border.") != ["RETREAT"]


def test_dropping_charges_concedes_and_a_trip_to_a_country_is_a_visit() -> None:
    assert _events("Turkish prosecutors dropped the charges against the German journalist.") == [
        ("CONCEDE", None, "TUR", "DEU")]
    assert _events("The Chinese president began a trip to Cameroon on Sunday.") == [("CONSULT", "visit", "CHN", "CMR")]
    assert _events("Hundreds of Kenyan fans made the trip to Paris for the final.") == []


def test_figurative_objects_and_inanimate_subjects_tell_no_event() -> None:
    assert _types("Lawmakers said the Pentagon killed the deal with Boeing.") == []
    assert _types("The Egyptian government is fighting terrorism in Sinai.") == []
    assert _types("As the recent report by the Kenyan rights commission demonstrates, police abuse detainees.") == []
    assert _types("Thousands of Kenyans demonstrated in Nairobi against the government.") == ["PROTEST"]
    assert _events("Russian soldiers killed three Ukrainian civilians near Kharkiv.") == [("ASSAULT", None, "RUS", "UKR")]


def test_ordering_someone_out_of_the_country_expels() -> None:
    assert _events("Rwanda ordered the Belgian ambassador out of the country.") == [("SANCTION", "expel", "RWA", "BEL")]
    assert _events("Zimbabwe kicked out two British journalists last week.") == [("SANCTION", "expel", "ZWE", "GBR")]
    assert _types("The generals forced the Egyptian president out of office.") == []


def test_a_verb_known_only_with_other_objects_passes_its_subject_to_the_noun() -> None:
    # CAMEO codes "maintain" and "continue" only with other object words: over "aid" or "support" they tell no act
    # of their own, and the subject is the giver (round 13)
    assert [(t, s, g) for t, _, s, g in _events("Japan will continue its aid to Ukraine.")] == [("AID", "JPN", "UKR")]
    assert [(t, s, g) for t, _, s, g in _events("Japan will maintain humanitarian support for Zimbabwe.")] == [
        ("AID", "JPN", "ZWE")]
    # a verb that is an act of its own over the noun keeps it from the subject: Germany attacked no one
    assert ("ASSAULT", "DEU") not in [(t, s) for t, _, s, _ in _events("Germany criticised the Russian attacks on Kharkiv.")]


def test_the_bloc_is_the_organisation_named_before() -> None:
    doc = _PIPE(Article("The European Union imposed new sanctions on Iran on Monday. The bloc will send aid to Zimbabwe.",
                        lang="en", published=date(2025, 3, 1)))
    assert [(e.event_type, e.source.name if e.source else None) for e in doc.events if e.event_type == "AID"] == [
        ("AID", "European Union")]
