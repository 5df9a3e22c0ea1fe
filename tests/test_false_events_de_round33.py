"""Round 33 (defp33): German words read in another sense than an act between sides, found in sport, culture and
accident news: "in die dritte Runde eingezogen" advances, "in Angriff nehmen" tackles a task, "den Zugang zur Autobahn
sperren" and ", die ... gesperrt worden war" after a road close traffic. Own sentences; guards keep the acts."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> list[str]:
    return [r[0] for r in event_rows(text, "de", source_id=True)]


@pytest.mark.parametrize("text", [
    "Miami – Hans Gruber ist am Sonntag mit einem 7:6 (4), 7:6 (3)-Sieg gegen den Qualifikanten Peter Novak in die "
    "dritte Runde eingezogen. Er tat sich gegen Slowaken recht schwer.",
    "Miami – Hans Gruber ist am Sonntag mit einem 7:6 (4), 7:6 (3)-Sieg gegen den Qualifikanten Peter Novak ins "
    "Halbfinale eingezogen. Er tat sich gegen Slowaken recht schwer.",
])
def test_advancing_to_a_round_seizes_nothing(text: str) -> None:
    """"einziehen" into a round or final of a contest moves on; the seizing sense needs a thing taken."""
    assert "COERCE" not in _types(text)


def test_passports_seized_stay_coercion() -> None:
    assert "COERCE" in _types("Wien – Die Polizei hat die Pässe der Verdächtigen eingezogen.")


@pytest.mark.parametrize("text", [
    "Wien – Der Franzose nahm den Schlussanstieg in Angriff.",
    "Berlin – Die Bundesregierung will die Reform der Bundeswehr noch in diesem Jahr in Angriff nehmen.",
])
def test_in_angriff_nehmen_tackles_a_task(text: str) -> None:
    """"in Angriff" without an article is the idiom; no attack is told."""
    assert "ASSAULT" not in _types(text)


def test_an_attack_with_an_article_stays() -> None:
    assert "ASSAULT" in _types("Kabul – Bei einem Angriff der Taliban auf die afghanische Armee wurden zehn Soldaten getötet.")


@pytest.mark.parametrize("text", [
    "Wien – Die Polizei soll den Zugang zur Autobahn sperren.",
    "Wien – Die Autobahn A4, die am Sonntag gesperrt worden war, wurde wieder freigegeben.",
])
def test_a_road_closed_is_traffic(text: str) -> None:
    """Access to a road is no censorship; a relative clause about a road closes the road (its antecedent)."""
    assert "COERCE" not in _types(text)


@pytest.mark.parametrize("text", [
    "Ankara – Die türkischen Behörden haben den Zugang zu Wikipedia gesperrt.",
    "Wien – Die Polizei, die am Sonntag die Zeitung gesperrt hatte, wurde kritisiert.",
])
def test_censorship_and_a_relative_about_the_doer_stay(text: str) -> None:
    assert "COERCE" in _types(text)
