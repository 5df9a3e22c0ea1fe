"""Round 29 (derecall29): German wordings no rule read. Inflected strong or ge- participles as attributes ("die von
Russland angegriffenen Städte"), an attributive participle's target after the rule's aim preposition ("die von den
USA verhängten Strafzölle gegen China"), talking with a side ("sprach mit Putin"), sides after an act noun's
genitive ("die Unterzeichnung des Abkommens zwischen X und Y"). Own sentences; the guards keep what stays no event (a
participle after an article, a number or a degree adverb is an adjective)."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture applies by name)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    # the lemmatiser takes these back only to the participle; weak forms ("unterstützten") reached the verb already
    ("Die von Russland angegriffenen ukrainischen Städte liegen im Osten.", ("ASSAULT", "RUS", "UKR")),
    ("Die von der Türkei festgenommenen deutschen Journalisten sind wieder frei.", ("COERCE", "TUR", "DEU")),
    ("Die von der israelischen Armee getöteten Palästinenser wurden beerdigt.", ("ASSAULT", "ISR", "PSE")),
    # the participle's object is the act's instrument: the aim preposition names the target
    ("Die von den USA verhängten Strafzölle gegen China gelten ab Montag.", ("SANCTION", "USA", "CHN")),
    ("Die von Frankreich gegen Mali verhängten Sanktionen bleiben in Kraft.", ("SANCTION", "FRA", "MLI")),
    # talking with a side
    ("Der französische Präsident sprach am Montag mit Putin über die Lage in der Ukraine.", ("CONSULT", "FRA", "RUS")),
    ("Merkel redete mit Putin über die Krise.", ("CONSULT", "DEU", "RUS")),
    # suspending aid or payments to a side
    ("Die israelische Regierung setzte die Zahlungen an die Palästinensische Autonomiebehörde aus.", ("SANCTION", "ISR", "PSE")),
    # the sides named after the act noun's genitive object
    ("Die Unterzeichnung des Abkommens zwischen Israel und Ägypten fand in Washington statt.", ("AGREE", "ISR", "EGY")),
])
def test_reading_gives_the_event(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("text, kind", [
    # suspending sanctions eases them: no sanction
    ("Die EU setzte die Sanktionen gegen Belarus aus.", "SANCTION"),
    # a participle after an article or a number is an adjective: no act told
    ("Die getöteten Soldaten wurden am Montag beerdigt.", "ASSAULT"),
    ("Zwölf festgenommene Demonstranten kamen am Abend frei.", "COERCE"),
    ("Das gefährlichste Land war der Irak mit 15 getöteten Journalisten.", "ASSAULT"),
    ("In seinem Brief schrieb Erdogan: „Sehr geehrter Herr Macron, die Lage ist ernst.“", "SUPPORT"),
    # talking to the press, "mit Blick auf", speaking of something: no consultation
    ("Der russische Außenminister sprach mit Journalisten in Moskau über die Lage.", "CONSULT"),
    ("Putin sprach mit dem Sender CNN über die Krise in der Ukraine.", "CONSULT"),
    ("Der französische Präsident sprach mit Blick auf Russland von einer Gefahr.", "CONSULT"),
])
def test_no_event(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e[0] == kind]
