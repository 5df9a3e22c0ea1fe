"""German trigger families added in round 9 (de9a, issue 13 item 1), on sentences written for these tests: each
family fires where a reader of news codes an event and stays silent on the everyday sense of the same word."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Bundestag verlängerte den Bundeswehreinsatz in Afghanistan.", ("MOBILIZE", "DEU", "AFG")),
    ("Der russische Militäreinsatz in Syrien dauert an.", ("MOBILIZE", "RUS", "SYR")),
    ("Griechische Polizisten bewachten das Parlament in Athen.", ("MOBILIZE", "GRC", "GRC")),
    ("Die Polizei in Minsk wird die Kundgebung der Opposition absichern.", ("MOBILIZE", "BLR", "BLR")),
    ("Der deutsche Außenminister diskutierte mit dem iranischen Präsidenten über das Atomprogramm.", ("CONSULT", "DEU", "IRN")),
    ("Russland und China wurden sich über den Vertrag einig.", ("AGREE", "RUS", "CHN")),
    ("Frankreich und Marokko erarbeiteten gemeinsam einen Aktionsplan.", ("COOPERATE", "FRA", "MAR")),
    ("Die Rebellen eigneten sich Waffen der kolumbianischen Armee an.", ("COERCE", "COL", None)),
    ("Die Polizei in Hongkong baute die Barrikaden der Demonstranten ab.", ("COERCE", "HKG", "HKG")),
    ("Die EU-Kommission äußerte Zweifel an der Darstellung der russischen Regierung.", ("ACCUSE", None, "RUS")),
    ("Die Gewalt der syrischen Armee gegen Demonstranten nimmt zu.", ("ASSAULT", "SYR", "SYR")),
    ("Die Afrikanische Union nannte die Machtübernahme in Togo einen Militärputsch.", ("ACCUSE", None, "TGO")),
    ("Zwei deutsche Ingenieure wurden im Irak entführt.", ("ASSAULT", None, "DEU")),
    ("Frankreich verhängte ein Flugverbot gegen die kamerunische Fluggesellschaft.", ("SANCTION", "FRA", "CMR")),
    ("In einem Gefängnis in Brazzaville kam es zu einer Revolte der Häftlinge.", ("PROTEST", "COG", "COG")),
    ("Die Soldaten der Armee Fidschis meuterten.", ("PROTEST", "FJI", "FJI")),
    ("Der frühere Präsident des Irak ist vor Gericht gestellt worden.", ("COERCE", "IRQ", "IRQ")),
    ("Der amerikanische Außenminister trat am Montag seine Reise nach China an.", ("CONSULT", "USA", "CHN")),
    ("Die Bundesregierung hatte den USA Überflugrechte eingeräumt.", ("COOPERATE", "DEU", "USA")),
    ("Der Iran hat die Inspekteure der IAEA des Landes verwiesen.", ("SANCTION", "IRN", None)),
    ("Spanien erwägt rechtliche Schritte gegen Deutschland.", ("THREATEN", "ESP", "DEU")),
    ("Die Regierung Spaniens leitete rechtliche Schritte gegen die Hamburger Behörde ein.", ("ACCUSE", "ESP", "DEU")),
    ("Der teilweise Abbau einer Barrikade durch die Polizei in Hongkong verlief ohne Probleme.", ("COERCE", "HKG", "HKG")),
    ("Die russische Armee wurde in Kampfbereitschaft versetzt.", ("MOBILIZE", "RUS", None)),
    ("Die Bauern blockierten die Autobahn vor Brüssel.", ("PROTEST", "BEL", "BEL")),
    ("Deutschland rief seinen Botschafter aus Moskau zurück.", ("SANCTION", "DEU", "RUS")),
    ("Die ägyptische Armee stürzte den Präsidenten Mursi.", ("ASSAULT", "EGY", "EGY")),
    ("Das Militär in Thailand hat die Macht übernommen.", ("ASSAULT", "THA", "THA")),
    ("Der Präsident Malis wurde von meuternden Soldaten abgesetzt.", ("ASSAULT", "MLI", "MLI")),
    ("Frankreich und Deutschland verstärken ihre Zusammenarbeit.", ("COOPERATE", "FRA", "DEU")),
    ("Nordkorea testete eine Interkontinentalrakete.", ("MOBILIZE", "PRK", None)),
    ("Das Technische Hilfswerk Deutschlands transportierte Hilfsgüter nach Haiti.", ("AID", "DEU", "HTI")),
    ("Die türkische Armee verteilte Lebensmittel an die syrischen Flüchtlinge.", ("AID", "TUR", "SYR")),
    ("Der türkische Hochschulratspräsident gab die französische Auszeichnung aus Protest zurück.", ("PROTEST", "TUR", "FRA")),
    ("Die Warnung Chinas an Taiwan kam am Montag.", ("THREATEN", "CHN", "TWN")),
    ("Deutschland unterstützt die Ukraine mit Waffen und Munition.", ("AID", "DEU", "UKR")),
    ("Die USA setzten den iranischen Minister auf die Sanktionsliste.", ("SANCTION", "USA", "IRN")),
    ("Rund 800 deutsche Soldaten sind im Kongo im Einsatz.", ("MOBILIZE", "DEU", "COD")),
    ("Die Bundeswehr sei in Afghanistan im Einsatz, sagte der Minister.", ("MOBILIZE", "DEU", "AFG")),
    ("Die türkische Luftwaffe flog Angriffe auf kurdische Stellungen im Irak.", ("ASSAULT", "TUR", "IRQ")),
    ("Die USA setzten dem Iran eine Frist bis Montag.", ("THREATEN", "USA", "IRN")),
    # the genitive of an expulsion is the expelled
    ("Polen kündigte die Ausweisung russischer Diplomaten an.", ("SANCTION", "POL", "RUS")),
    # a summons to hear a protest is ACCUSE (PLOVER; detype37), not an expulsion
    ("Der Iran kündigte die Einbestellung des deutschen Botschafters an.", ("ACCUSE", "IRN", "DEU")),
])
def test_round9_family_fires(text: str, expected: tuple[str, str | None, str | None]) -> None:
    got = roles(text)
    assert any(g[:2] == expected[:2] and (expected[2] is None or g[2] == expected[2]) for g in got), got


@pytest.mark.parametrize(("text", "wrong"), [
    ("Die Ärzte in Berlin arbeiteten mit vollem Einsatz.", "MOBILIZE"),  # effort, no deployment
    ("Die UN verurteilten den Einsatz von Giftgas durch die syrische Armee.", "MOBILIZE"),  # a weapon used
    ("Amnesty International verurteilte den Einsatz der Polizei in Teheran.", "MOBILIZE"),  # a police action criticised
    ("Der französische Präsident sagte auf einer Pressekonferenz in Paris, er sei zufrieden.", "CONSULT"),
    ("Der Bundestag diskutierte über das neue Gesetz.", "CONSULT"),  # a debate on a topic, no talks
    ("Das weitere Vorgehen der Regierung in Berlin ist unklar.", "COERCE"),  # a plan, no crackdown
    ("Der Deutsche wurde aus der Gewalt der Entführer befreit.", "ASSAULT"),  # captivity
    ("Die Regierung Frankreichs bekannte sich zum Gewaltverzicht.", "ASSAULT"),
    ("Die Staatsgewalt geht in Deutschland vom Volke aus.", "ASSAULT"),  # power, no violence
    ("Die Polizei in Berlin entfernte die Leiche aus dem Kanal.", "COERCE"),  # no camp or barricade
    ("Die Räumung des Gebäudes in Bonn nach dem Brand dauerte Stunden.", "COERCE"),
    ("Der Stellenabbau bei der Deutschen Bahn in Berlin geht weiter.", "COERCE"),
    ("Das Gericht in Moskau stellte fest, dass der russische Journalist unschuldig sei.", "COERCE"),
    ("Der russische Minister verwies auf die Lage in Syrien.", "SANCTION"),  # refers, expels no one
    ("Die Regierung Russlands hat der Sicherheit Vorrang eingeräumt.", "COOPERATE"),
    ("Der französische Minister wurde nach Brüssel versetzt.", "MOBILIZE"),  # a transfer, no alert
    ("Das Parlament in Kiew setzte den Präsidenten ab.", "ASSAULT"),  # a vote, no coup
    ("Die Opposition in Polen hat nach der Wahl die Macht übernommen.", "ASSAULT"),
    ("Die Regierung Indiens testete ein neues Wahlsystem.", "MOBILIZE"),
    ("Die Regierung Frankreichs brachte das Gesetz ins Parlament ein.", "AID"),
    ("Der türkische Hochschulratspräsident hat die französische Auszeichnung zurückgegeben.", "SUPPORT"),  # no award told
    ("Die Regierung in Tokio gab eine Reisewarnung für China heraus.", "THREATEN"),  # a travel advisory
    ("Der Iran hat die von den USA beschlagnahmten Tanker zurückgegeben.", "PROTEST"),  # goods returned, no honour
    ("Die Abgeordneten Frankreichs unterstützten den Vorschlag mit großer Mehrheit.", "AID"),  # a vote, nothing given
    ("Der Minister Deutschlands ist gegen einen Einsatz der Bundeswehr in Mali.", "MOBILIZE"),  # an opinion
    ("Der Notarzt in Berlin war den ganzen Tag im Einsatz.", "MOBILIZE"),  # no forces
])
def test_round9_family_keeps_its_sense(text: str, wrong: str) -> None:
    got = roles(text)
    assert not [g for g in got if g[0] == wrong], got


def test_the_trigger_is_no_passive_auxiliary_of_itself() -> None:
    """ "wurden sich einig" is an active agreement: the finite "wurden" is the trigger, not a passive marker."""
    assert ("AGREE", "RUS", "CHN") in roles("Russland und China wurden sich über den Vertrag einig.")
    assert ("COERCE", "BLR", "BLR") in roles("Drei Demonstranten wurden in Minsk festgenommen.")


def test_a_nominal_agreement_after_erzielen_has_its_source() -> None:
    """ "erzielen" carries a nominal event like "treffen" or "schließen" (lexicon light_verbs)."""
    # (round 12: the partner after the noun; "erzielte mit China eine Einigung" leaves it unfound, and an agreement
    # with no other side is no event since the German actor_scope)
    assert ("AGREE", "RUS", "CHN") in roles("Russland erzielte eine Einigung mit China über den Gaspreis.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Russland kündigte Sanktionen gegen die Ukraine an.", ("SANCTION", "RUS", "UKR")),
    ("Russland kündigte den Abzug seiner Truppen aus Syrien an.", ("RETREAT", "RUS", "SYR")),
    ("Die Regierung Syriens kündigte eine Amnestie für politische Gefangene an.", ("CONCEDE", "SYR", None)),
])
def test_a_split_separable_light_verb_carries_its_nominal_event(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """ "kündigte ... an" is "ankündigen" (a light verb), not "kündigen": the subject is the announced act's source."""
    got = [e for e in extract_events(text, lang="de")
           if (e.event_type, e.source.country if e.source else None) == expected[:2]]
    assert got and (expected[2] is None or got[0].target is not None and got[0].target.country == expected[2]), got
    assert got[0].modality == "future"
