"""Round 32 (gdq32): German readings from dev2 part Q's wording (courts, suits, wage rounds, economy news), each as a
word family that holds on any news: fighting a verdict appeals it, "klagen" before a court or for damages sues, a wage
round negotiates; examining a proposal, ruining a reputation, an offence "erfüllt" and "ist eingezogen" (moved in) are
no events; a given name before a city makes the city a surname ("Stefano Colombo"). Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Wien – Die FPÖ bekämpft das Urteil des Verfassungsgerichtshofs.", ("REJECT", "AUT", "AUT")),
    ("Die polnische Staatsanwaltschaft bekämpfte den Freispruch des Bürgermeisters mit einer Berufung.",
     ("REJECT", "POL", "POL")),
    ("Wien – Die Grünen haben den Bescheid der Landesregierung beeinsprucht.", ("REJECT", "AUT", "AUT")),
])
def test_fighting_a_verdict_appeals_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_fighting_prejudice_or_inflation_rejects_nothing() -> None:
    """A guard: "bekämpfen" without a verdict or ruling is no appeal ("Vorurteil" is no "Urteil")."""
    rows = event_rows("Wien – Die ÖVP bekämpft die Inflation und Vorurteile gegen Flüchtlinge.", "de")
    assert not [r for r in rows if r[0] == "REJECT"]


@pytest.mark.parametrize(("text", "row"), [
    ("Wien – Die SPÖ hat die ÖVP wegen Verleumdung vor dem Landesgericht geklagt.", ("ACCUSE", "AUT", "AUT")),
    ("Wien – Die SPÖ hat die ÖVP auf Schadenersatz geklagt.", ("ACCUSE", "AUT", "AUT")),
    ("Wien – Die Grünen klagen gegen die Regierung.", ("ACCUSE", "AUT", "AUT")),
])
def test_suing_accuses(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_complaining_of_a_rash_sues_no_one() -> None:
    rows = event_rows("Wien – Viele Anrainer der ÖVP-Zentrale klagen über Hautausschlag und Erbrechen.", "de")
    assert not [r for r in rows if r[0] == "ACCUSE"]


def test_a_wage_round_negotiates() -> None:
    rows = event_rows("Wien – Die Gewerkschaft PRO-GE und die Wirtschaftskammer setzen am Montag die Lohnrunde fort.", "de")
    assert [r for r in rows if r[0] == "CONSULT"]


def test_examining_a_proposal_accuses_no_one() -> None:
    rows = event_rows("Wien – Die Gewerkschaft ist dabei, einen neuen Vorschlag der Wirtschaftskammer zu prüfen.", "de")
    assert not [r for r in rows if r[0] == "ACCUSE"]
    # the charge examined stays an investigation
    rows = event_rows("Wien – Die Staatsanwaltschaft prüft die Vorwürfe gegen die FPÖ.", "de")
    assert ("ACCUSE", "AUT", "AUT") in rows


def test_ruining_a_reputation_is_no_attack() -> None:
    for text in ("Die Wiener Stadtregierung wollte den Ruf der amerikanischen Firma zerstören.",
                 "Die Regierung in Ankara zerstörte das Ansehen der deutschen Stiftung."):
        assert not [r for r in event_rows(text, "de") if r[0] == "ASSAULT"]
    assert ("ASSAULT", "SYR", "SYR") in event_rows("Die syrische Armee zerstörte die Stellungen der Rebellen.", "de")


@pytest.mark.parametrize("text", [
    "Mainz – Eine Beleidigung von Organen und Vertretern fremder Staaten sei deshalb nicht erfüllt, weil die Satire nicht "
    "den Bundespräsidenten der Republik Österreich meine.",
    "Mainz – Die Staatsanwälte meinen, eine Beleidigung von Vertretern ausländischer Staaten sei nicht erfüllt, weil die "
    "Satire nicht den Präsidenten Österreichs meine.",
])
def test_an_offence_made_out_concedes_nothing(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "CONCEDE"]


def test_moved_in_with_sein_seizes_nothing() -> None:
    text = ("Wien – Die für Führungskräfte gedachte Pauschale sei längst in allen Branchen von den Führungsebenen "
            "abwärts zu den Arbeitern eingezogen, sagte die SPÖ.")
    assert not [r for r in event_rows(text, "de") if r[0] == "COERCE"]
    rows = event_rows("Moskau – Die Pässe der Oppositionellen wurden von den russischen Behörden eingezogen.", "de")
    assert ("COERCE", "RUS", "RUS") in rows


def test_a_city_after_a_given_name_is_a_surname() -> None:
    rows = event_rows("Wien – Das Landesgericht verurteilte den Broker und Ex-Finanzchef Stefano Colombo zu Haftstrafen.", "de")
    assert rows and not [r for r in rows if "LKA" in r]


def test_the_pope_named_is_the_pope() -> None:
    """A state's own office before a name is its holder, not a generic noun taking the sentence's country."""
    rows = event_rows("Papst Franziskus empfing den Präsidenten Kolumbiens im Vatikan.", "de")
    assert ("CONSULT", "VAT", "COL") in rows and not [r for r in rows if r[1] == "COL"]


def test_the_general_prosecution_office_is_a_prosecutor() -> None:
    text = "Wien – Die Generalprokuratur moniert, dass das Landesgericht wesentliche Beweise nicht berücksichtigt habe."
    rows = event_rows(text, "de")
    assert ("ACCUSE", "AUT", "AUT") in rows
