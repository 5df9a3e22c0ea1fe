"""German trigger families added in round 10 (de10a, issue 13 item 1), on sentences written for these tests: each
family fires where a reader of news codes an event and stays silent on the everyday sense of the same words."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # a case referred to a court accuses the side whose case it is
    ("Der Sicherheitsrat leitete den Fall Sudans an den Internationalen Strafgerichtshof weiter.", ("ACCUSE", None, "SDN")),
    # declared a crime or unlawful
    ("Die Regierung Kanadas erklärte die Miliz zur Terrororganisation.", ("ACCUSE", "CAN", None)),
    # named with a verdict: criticism or praise
    ("Der Präsident Polens bezeichnete den Überfall der Separatisten als barbarisch.", ("ACCUSE", "POL", None)),
    ("Der Ministerpräsident Ungarns nannte die Kritiker aus Brüssel Lügner.", ("ACCUSE", "HUN", None)),
    ("Der deutsche Außenminister wertete den Besuch aus China als wichtigen Fortschritt.", ("SUPPORT", "DEU", None)),
    ("Die Regierung Österreichs bekannte sich zu ihrer Verantwortung gegenüber Slowenien.", ("SUPPORT", "AUT", None)),
    ("Der iranische Präsident beschimpfte die Demonstranten in Teheran als Gesindel.", ("ACCUSE", "IRN", "IRN")),
    # a status granted
    ("Die Vereinten Nationen sprachen Palästina den Beobachterstatus zu.", ("SUPPORT", None, "PSE")),
    # a delegation sent visits
    ("Die Regierung Schwedens schickte eine Delegation nach Minsk.", ("CONSULT", "SWE", "BLR")),
    # police guarding a crowd
    ("Georgische Polizisten schützten die Kundgebung der Opposition in Tiflis.", ("MOBILIZE", "GEO", "GEO")),
    # censorship: access and sites blocked
    ("Die russischen Behörden haben den Zugang zu mehreren Nachrichtenseiten gesperrt.", ("COERCE", "RUS", None)),
    # censorship told with "unterbinden"; shots into the air disperse, they attack no one
    ("Der Zugang zum Internet wurde in Syrien von den Behörden unterbunden.", ("COERCE", "SYR", None)),
    ("In Peru schossen Polizeieinheiten in die Luft, um die Menge zu zerstreuen.", ("COERCE", "PER", "PER")),
    # roads blocked by a crowd
    ("Wütende Bauern blockierten in Frankreich eine Autobahn.", ("PROTEST", "FRA", "FRA")),
    # the labour dispute's own words; a police operation named as such
    ("Die belgischen Eisenbahner wollen ihren Arbeitskampf fortsetzen.", ("PROTEST", "BEL", None)),
    ("Die spanische Polizei führte eine Polizeiaktion gegen die Drogenbanden durch.", ("COERCE", "ESP", None)),
    # aid told as an amount of money
    ("Die deutsche Regierung unterstützt die Opposition Weißrusslands mit 5.000 Euro.", ("AID", "DEU", None)),
    # plural nominalisations of "-ung" nouns
    ("Die Außenminister Russlands und Chinas unterzeichneten mehrere Vereinbarungen.", ("AGREE", "RUS", None)),
    # talks broken off are refused; relations broken off stay a sanction (next test)
    ("Die deutschen Gewerkschaften brachen die Tarifverhandlungen mit dem Konzern ab.", ("REJECT", "DEU", None)),
    ("Die Regierung Ecuadors brach die diplomatischen Beziehungen zu Kolumbien ab.", ("SANCTION", "ECU", "COL")),
    # a separable verb whose particle follows an inserted clause
    ("Die türkische Regierung lehnte die Forderung der Opposition, die Wahl zu wiederholen, ab.", ("REJECT", "TUR", None)),
    # an incident told in the perfect: "war es zu ... gekommen"
    ("In Syrien war es zu Feuergefechten zwischen der syrischen Armee und Rebellen gekommen.", ("ASSAULT", "SYR", None)),
])
def test_round10_families(text: str, expected: tuple[str, str | None, str | None]) -> None:
    got = roles(text)
    assert any(g[0] == expected[0] and (expected[1] is None or g[1] == expected[1])
               and (expected[2] is None or g[2] == expected[2]) for g in got), got


@pytest.mark.parametrize(("text", "kind"), [
    # a report laid before the Council informs it; a resolution it brings forward accuses no one
    ("In einem Bericht, der dem Sicherheitsrat vorgelegt wurde, fordert der Generalsekretär ein Ende der Kämpfe.", "ACCUSE"),
    # declaring is saying: the content's own words are no declaration of a crime
    ("Der Präsident Frankreichs erklärte, die Terrororganisation habe den Anschlag verübt.", "ACCUSE"),
    # "sprechen" tells of misfortune too
    ("Der Bürgermeister sprach von einem schrecklichen Unglück.", "ACCUSE"),
    # claiming an attack is no support, a well-known author professes nothing, and a denied praise is none either
    ("Die Hamas bekannte sich zu dem Anschlag in Tel Aviv.", "SUPPORT"),
    ("Der bekannte Autor aus Kanada sprach zu den Studenten in Berlin.", "SUPPORT"),
    ("Der russische Präsident nannte das Abkommen mit der Ukraine nicht wichtig.", "SUPPORT"),
    # the police protected, no guard posted
    ("Die Regierung Bulgariens will die Polizisten vor Angriffen schützen.", "MOBILIZE"),
    # accounts frozen stay a sanction
    ("Die Europäische Union sperrte die Konten russischer Oligarchen.", "COERCE"),
    # the police closing a road is no protest
    ("Die Polizei blockierte die Straße zum Parlament in Athen.", "PROTEST"),
    # shots at people are an attack
    ("In Peru schossen Polizeieinheiten in die Luft und auf die Demonstranten.", "COERCE"),
    # an incident that may happen did not
    ("Sollte es in Mali zu Kämpfen kommen, will die Armee eingreifen.", "ASSAULT"),
])
def test_round10_everyday_sense(text: str, kind: str) -> None:
    assert not [g for g in roles(text) if g[0] == kind], roles(text)
