"""Actors without an entry of their own: context, appositives, aliases; inflected names; the
Phoenix dictionaries; and how `lagebild actors` explains each. Texts written for these tests."""

from __future__ import annotations

import json
from datetime import date

from lagebild.knowledge.explain import mentions


def found(text: str, lang: str, when: date | None = None) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.actor.country if m.actor else (m.place.country if m.place else None), m.via)
            for m in mentions(text, lang, when)]


def test_generic_actor_takes_the_place_after_it_or_the_articles_country() -> None:
    text = "Simbabwe steht vor der Wahl.\n\nDie Polizei in Harare nahm Dutzende fest. Die Opposition protestierte."
    got = found(text, "de")
    assert ("Polizei", "ZWE", "sector+place") in got and ("Opposition", "ZWE", "sector+article") in got
    got = found("Protests spread across Nepal.\n\nSecurity forces fired tear gas at demonstrators.", "en")
    assert ("Security forces", "NPL", "sector+article") in got and ("demonstrators", "NPL", "sector+article") in got


def test_a_minister_speaking_abroad_keeps_the_articles_country() -> None:
    """"Der Außenminister sagte in Kabul": the place follows a verb, so it is where he spoke, not whose he is."""
    got = found("Deutschland schickt weitere Hilfe.\n\nDer Außenminister sagte in Kabul, man helfe weiter.", "de")
    assert ("Außenminister", "DEU", "sector+article") in got
    got = found("Germany is sending more aid.\n\nThe minister said in Kabul that the aid would continue.", "en")
    assert ("minister", "DEU", "sector+article") in got
    # a diplomat "in Washington" is posted there from elsewhere
    got = found("Die Schweiz vermittelt.\n\nDie Note ging an den Botschafter in Washington.", "de")
    assert ("Botschafter", "USA", "sector+place") not in got


def test_troops_keep_their_country_open_for_the_event_stage() -> None:
    """Soldiers are as often abroad as at home: no guess from the article's country."""
    got = found("Russland verlegte Einheiten. Die Truppen trafen in Minsk ein.", "de")
    assert ("Truppen", None, "sector") in got


def test_unknown_name_after_a_sector_noun_is_an_actor_and_recurs_alone() -> None:
    text = "In Simbabwe protestierte die Oppositionspartei Zuvuka gegen das Ergebnis. Zuvuka kündigte Klagen an."
    got = found(text, "de")
    assert ("Oppositionspartei Zuvuka", "ZWE", "appositive+article") in got
    assert ("Zuvuka", "ZWE", "alias+article") in got
    got = found("the Malian rebel group Tessit Front said it had taken the town.", "en")
    assert ("Malian rebel group Tessit Front", "MLI", "appositive") in got


def test_surname_recurs_after_the_full_name_and_a_namesake_is_not_linked() -> None:
    got = found("Morgan Tsvangirai rief zu Protesten auf. Später wurde Tsvangirais Büro durchsucht.", "de",
                date(2008, 4, 1))
    assert ("Tsvangirais", "ZWE", "person") in got or any(t.startswith("Tsvangirai") and c == "ZWE" for t, c, _ in got[1:])
    # "Eurico Guterres" is not António Guterres
    assert not any(t == "Guterres" for t, _, _ in found("Gestern traf er Eurico Guterres in Dili.", "de"))


def test_multiword_country_names_inflect_and_a_name_part_is_no_country() -> None:
    assert ("Demokratischen Republik Kongo", "COD", "country") in found("Kämpfe in der Demokratischen Republik Kongo.", "de")
    assert ("Vereinigten Arabischen Emiraten", "ARE", "country") in found("Er flog zu den Vereinigten Arabischen Emiraten.", "de")
    assert ("Vereinigten Königreich", "GBR", "country") in found("Sie lebt im Vereinigten Königreich.", "de")
    assert ("Zentralafrikanischen Republik", "CAF", "country") in found("Die Lage in der Zentralafrikanischen Republik.", "de")
    assert not any(c == "SAU" for _, c, _ in found("Ein Angriff traf das El Saudi Krankenhaus.", "de"))
    assert not any(t == "Hassan" for t, _, _ in found("Das sagte Außenminister Hassan Wirajuda.", "de"))
    # a title before a town's name makes it a person's: "Hassan" is a city in India, the king is Morocco's
    got = found("King Hassan of Morocco rejected the plan.", "en")
    assert not any(t == "Hassan" for t, _, _ in got) and not any(c == "IND" for _, c, _ in got)
    assert any(t.startswith("King") and c == "MAR" for t, c, _ in got)
    assert ("Hassan", "IND", "place") in found("Troops arrived in Hassan.", "en")  # no title: the town stays
    # but an adjective before an unknown noun stays: German compounds are no names
    assert ("russische", "RUS", "adjective") in found("Die Türkei kaufte russische Luftabwehrsysteme.", "de")


def test_phoenix_people_and_groups_resolve_by_date() -> None:
    got = found("Hamid Karzai met Paul Kagame and a spokesman of al-Shabab.", "en", date(2005, 1, 1))
    assert ("Hamid Karzai", "AFG", "person") in got
    assert ("Paul Kagame", "RWA", "person") in got  # only in the Phoenix dictionary
    assert any("al-Shabab" in t and c == "SOM" for t, c, _ in got)


def test_actors_command_explains_dictionary_context_and_appositive(cli) -> None:
    r = cli("actors", "Die Polizei in Harare nahm die Oppositionspartei Zuvuka fest", "--lang", "de", "--format", "json")
    assert r.code == 0, r.err
    whys = {m["text"]: m["why"] for m in json.loads(r.out)["results"][0]["mentions"]}
    assert "context" in whys["Polizei"] and "place" in whys["Polizei"]
    assert "appositive" in whys["Oppositionspartei Zuvuka"]
    r = cli("actors", "Paul Kagame", "--lang", "en", "--format", "json")
    cand = json.loads(r.out)["results"][0]["candidates"][0]
    assert cand["country"] == "RWA" and "Phoenix" in cand["why"]
    r = cli("actors", "Der französische Außenminister traf in Berlin seinen Amtskollegen", "--lang", "de", "--format", "json")
    whys = {m["text"]: m["why"] for m in json.loads(r.out)["results"][0]["mentions"]}
    assert "counterpart" in whys["Amtskollegen"]
    r = cli("actors", "Lüneburg", "--lang", "de", "--format", "json")
    assert "town" in json.loads(r.out)["results"][0]["candidates"][0]["why"]


def test_title_and_honorific_refer_back_to_a_full_name() -> None:
    text = ("China's President Hu Jintao began a tour of Africa. Mr. Hu arrived in Cameroon on Tuesday. "
            "Indian Foreign Minister Rajan Varkey flew on. Foreign Minister Varkey met officials.")
    got = found(text, "en", date(2007, 1, 30))
    # (an invented minister: a dictionary one, "Foreign Minister Mukherjee", is now read by his surname)
    assert ("Hu", "CHN", "alias") in got and ("Foreign Minister Varkey", "IND", "appositive+name") in got
    # without the honorific a bare first name is not linked
    assert not any(t == "Hu" for t, _, _ in found("Hu Jintao left. Hu gave no reason.", "en", date(2007, 1, 30))[1:])


def test_generic_actor_takes_the_place_after_a_place_noun() -> None:
    """"Sicherheitskräfte in der Provinz Helmand": the province, not the article's country."""
    text = "Die Bundesregierung in Berlin äußerte sich.\n\nSicherheitskräfte in der Provinz Helmand nahmen zwei Männer fest."
    assert ("Sicherheitskräfte", "AFG", "sector+place") in found(text, "de")
    text = "Officials in Washington commented.\n\nPolice in the province of Helmand arrested two men."
    assert ("Police", "AFG", "sector+place") in found(text, "en")
    # a place after a verb is where something happened, not whose the minister is
    text = "Die Bundesregierung in Berlin äußerte sich.\n\nDer Außenminister sprach in der Provinz Helmand mit Soldaten."
    assert ("Außenminister", "DEU", "sector+article") in found(text, "de")
    # but police act where they are (the scene rule, as "Die Polizei nahm in Kabul ... fest")
    text = "Die Bundesregierung in Berlin äußerte sich.\n\nDie Polizei nahm in der Provinz Helmand zwei Männer fest."
    assert ("Polizei", "AFG", "sector+place") in found(text, "de")


def test_a_counterpart_is_of_another_country_than_the_other_party() -> None:
    got = found("Frankreich sucht Verbündete.\n\nDer französische Außenminister traf in Berlin seinen Amtskollegen.", "de")
    assert ("Amtskollegen", "DEU", "sector+counterpart") in got
    got = found("Poland and Germany disagree. The German chancellor called her counterpart on Monday.", "en")
    assert ("counterpart", "POL", "sector+counterpart") in got
    # no country left that is not a party's: a miss, not a guess
    got = found("Deutschland verhandelt.\n\nDie deutsche Kanzlerin rief ihren Amtskollegen an.", "de")
    assert ("Amtskollegen", None, "sector") in got


def test_small_towns_are_places_only_after_a_preposition_or_place_noun() -> None:
    got = found("Die Polizei in Lüneburg nahm zwei Männer fest. Ein Mann aus Bayreuth wurde verletzt.", "de")
    assert ("Lüneburg", "DEU", "place") in got and ("Bayreuth", "DEU", "place") in got
    assert ("Polizei", "DEU", "sector+place") in got
    assert ("Frankfurt", "DEU", "place") in found("In Frankfurt demonstrierten Studenten.", "de")
    # the same names elsewhere, and German nouns after "im", are no places
    got = found("Witten sagte, er sei im Alter von 60 Jahren im Norden gewesen. Sie setzten Autos in Brand.", "de")
    assert not any(via == "place" for _, _, via in got)
    got = found("Wilson said two men from the town of Hatfield were arrested in Cleethorpes.", "en")
    assert ("Hatfield", "GBR", "place") in got and ("Cleethorpes", "GBR", "place") in got
    assert not any(t == "Wilson" for t, _, _ in got)


def test_weak_and_genitive_forms_of_multiword_names() -> None:
    """"das Vereinigte Königreich", "das Europäische Parlament", "des Internationalen Strafgerichtshofs"."""
    assert ("Vereinigte Königreich", "GBR", "country") in found("Das Vereinigte Königreich protestierte.", "de")
    got = found("Das Europäische Parlament stimmte zu, die Richter des Internationalen Strafgerichtshofs nicht.", "de")
    assert ("Europäische Parlament", None, "org") in got
    assert any(t.endswith("Internationalen Strafgerichtshofs") and via == "org" for t, _, via in got)


def test_country_adjective_title_and_unknown_name_are_an_actor_of_that_country() -> None:
    """"der norwegische Komiteechef Thorbjørn Jagland": no dictionary has him, the adjective gives his country."""
    got = found("Der norwegische Komiteechef Torleif Brekkestad lobte die Wahl. Brekkestad sagte, man hoffe.", "de")
    assert ("norwegische Komiteechef Torleif Brekkestad", "NOR", "appositive") in got
    assert ("Brekkestad", "NOR", "alias") in got
    got = found("The Russian oligarch Dmitri Kovalenko paid, Chinese hackers targeted Brightwell.", "en")
    assert ("Russian oligarch Dmitri Kovalenko", "RUS", "appositive") in got
    assert not any("Brightwell" in t for t, _, _ in got)
    # a place noun makes it a place, not an actor
    assert not any(via == "appositive" for _, _, via in found("Raketen trafen die israelischen Städte Askalon und Sderot.", "de"))


def test_international_missions_are_actors_without_a_country() -> None:
    got = found("Soldaten der ISAF griffen an. Die ISAF-Truppen bedauerten den Tod.", "de")
    assert ("Soldaten der ISAF", None, "org") in got and ("ISAF-Truppen", None, "compound") in got
    assert ("UNIFIL", None, "org") in found("UNIFIL said the border was calm.", "en")


def test_dictionary_names_match_with_diacritics_the_dictionary_lacks() -> None:
    """The Phoenix dictionaries write "THORBJORN_JAGLAND"; news writes "Thorbjørn Jagland"."""
    got = found("Thorbjørn Jagland sagte, Aleksandar Vučić sei eingeladen.", "de", date(2009, 10, 9))
    assert ("Thorbjørn Jagland", "NOR", "person") in got and ("Aleksandar Vučić", "SRB", "person") in got
    # a folded word is no name: German umlauts stay words
    assert not any(v in ("person", "org") for _, _, v in found("Die Bürger wählten, die Söldner zogen ab.", "de"))


def test_government_troops_take_the_scene_not_the_last_government() -> None:
    """A government's own forces fight at home like the police: "In der Ostukraine kämpfen Regierungstruppen" after
    Warsaw's announcement is Ukraine's army; plain troops stay open for the event stage (they fight abroad too)."""
    text = ("Die Regierung in Warschau kündigte die Stationierung von US-Waffen an. "
            "In der Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten.")
    assert ("Regierungstruppen", "UKR", "sector+place") in found(text, "de"), found(text, "de")
    troops = found("Die Regierung in Warschau kündigte Manöver an. In der Ostukraine kämpfen Truppen.", "de")
    assert not any(t == "Truppen" and c == "UKR" for t, c, _ in troops), troops


def test_police_and_crowds_take_the_scene_of_the_sentence_before_in_their_paragraph() -> None:
    """"Tibeter demonstrierten in Kathmandu. Die Polizei nahm 20 fest.": in an article about China the police and the
    demonstrators are Nepal's, the scene the paragraph set; a new paragraph with no place goes back to the article's."""
    text = ("China verschärft die Kontrollen. Peking kritisierte die Proteste.\n\n"
            "Tibeter demonstrierten am Montag in Kathmandu vor einer Botschaft. Die Polizei nahm 20 Demonstranten fest."
            "\n\nDie Polizei nahm weitere Menschen fest.")
    got = found(text, "de")
    assert got.count(("Polizei", "NPL", "sector+place")) == 1 and ("Polizei", "CHN", "sector+article") in got
    assert ("Demonstranten", "NPL", "sector+place") in got
    # two countries in the sentence before say no one scene: the article's country stays
    text = ("China verschärft die Kontrollen. Peking kritisierte die Proteste.\n\n"
            "Tibeter demonstrierten in Kathmandu und in Neu-Delhi. Die Polizei nahm 20 Demonstranten fest.")
    assert ("Polizei", "CHN", "sector+article") in found(text, "de")
    # not officials: they speak of events abroad ("Die Regierung" stays the article's)
    text = ("China verschärft die Kontrollen.\n\nTibeter demonstrierten in Kathmandu. Die Regierung kritisierte das.")
    assert ("Regierung", "CHN", "sector+article") in found(text, "de")


def test_places_listed_with_a_static_location_are_of_the_scene_too() -> None:
    """"In Nepal, Indien und Bhutan": three countries, so no one scene says whose the police are (the article's);
    before, only the first conjunct had its preposition and the list read as Nepal alone."""
    head = "China verschärft die Kontrollen. Peking kritisierte die Proteste.\n\n"
    got = found(head + "In Nepal, Indien und Bhutan demonstrierten Tibeter. Die Polizei nahm 20 Demonstranten fest.", "de")
    assert ("Polizei", "CHN", "sector+article") in got, got
    got = found(head + "In Nepal, Indien und Bhutan nahm die Polizei Tibeter fest.", "de")
    assert ("Polizei", "CHN", "sector+article") in got, got
    # one country listed twice is still one scene
    got = found(head + "In Kathmandu und Pokhara demonstrierten Tibeter. Die Polizei nahm 20 Demonstranten fest.", "de")
    assert ("Polizei", "NPL", "sector+place") in got, got


def test_a_body_of_another_country_between_ends_the_paragraph_scene() -> None:
    """"Die indische Regierung verurteilte die Gewalt" between the scene and the police: the story has turned to
    another country, so the police are the article's again; a sentence naming no other body keeps the scene."""
    head = "China verschärft die Kontrollen.\n\nTibeter demonstrierten in Kathmandu. "
    got = found(head + "Die indische Regierung verurteilte die Gewalt. Die Polizei nahm 20 Demonstranten fest.", "de")
    assert ("Polizei", "CHN", "sector+article") in got, got
    got = found(head + "Unter ihnen waren auch Mönche. Die Polizei nahm 20 Demonstranten fest.", "de")
    assert ("Polizei", "NPL", "sector+place") in got, got
    got = found(head + "Die nepalesische Regierung hatte das verboten. Die Polizei nahm 20 Demonstranten fest.", "de")
    assert ("Polizei", "NPL", "sector+place") in got, got


def test_police_take_the_scene_of_their_paragraphs_dateline() -> None:
    """"KATHMANDU (dpa) - Die Polizei nahm 20 Demonstranten fest": the dateline says where the paragraph's story is,
    whatever country the article names most; a body of another country named between ends that scene too."""
    got = found("Kathmandu (dpa) - Die Polizei nahm 20 Tibeter fest. China kritisierte die Proteste. Peking drohte.", "de")
    assert ("Polizei", "NPL", "sector+place") in got, got
    got = found("Kathmandu (dpa) - Die chinesische Regierung kritisierte die Proteste. Die Polizei nahm 20 Tibeter fest. "
                "China drohte.", "de")
    assert ("Polizei", "CHN", "sector+article") in got, got


def test_a_place_of_its_own_sentence_beats_the_paragraph_scene() -> None:
    """"Geiseln ... in der Nähe von Damaskus": not a static location, yet the sentence's own place is nearer than the
    headline's "in der Türkei" before it, so the hostages are not Turkey's (the article's Syria)."""
    text = ("Drei Menschen in der Türkei verletzt. Bei einem Überfall in der Nähe von Damaskus haben Kämpfer hunderte "
            "Arbeiter als Geiseln genommen. Syrien kritisierte den Überfall. Damaskus drohte.")
    got = found(text, "de")
    assert ("Geiseln", "SYR", "sector+article") in got, got
