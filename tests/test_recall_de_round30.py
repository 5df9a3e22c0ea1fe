"""Round 30 (de2dev30): German wordings of a gold type no rule read, found on dev2's fresh parts. Turning to a side
with a request ("wandte sich mit einer Bitte an die EU": the request noun after "mit" is no event of its own, so the
verb carries it), catching the wanted ("die Ausbrecher wurden auf der Flucht gefasst"), protesters gathering
("Gegendemonstranten hatten sich eingefunden") and forces detached or ordered ("stellte Truppen ab", "beorderte").
Own sentences; the guards keep contacting the press, a decision taken ("einen Beschluss gefasst"), a foothold
("Fuß gefasst"), a concert crowd and wrongs put right ("Missstände abstellen") no event."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture applies by name)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    ("Der ungarische Premier Orbán hat sich mit einer Bitte um Hilfe an die Europäische Union gewandt.",
     ("REQUEST", "HUN", None)),
    ("Der französische Präsident hatte sich mit einer Rücktrittsaufforderung an den italienischen Regierungschef gewandt.",
     ("REQUEST", "FRA", "ITA")),
    ("Die kenianische Polizei hat zwei mutmaßliche Terroristen gefasst.", ("COERCE", "KEN", "KEN")),
    ("Die zwei Ausbrecher sind in Bayern auf ihrer Flucht gefasst worden.", ("COERCE", "DEU", "DEU")),
    # protesters gathering under another verb than "versammeln"
    ("Vor dem Parlament in Tiflis hatten sich am Abend zahlreiche Gegendemonstranten eingefunden.", ("PROTEST", "GEO", "GEO")),
    ("In Tiflis fanden sich am Sonntag Tausende Demonstranten vor dem Parlament ein.", ("PROTEST", "GEO", "GEO")),
    # forces detached or ordered somewhere
    ("Die USA beorderten zwei Kriegsschiffe in den Persischen Golf.", ("MOBILIZE", "USA", None)),
    ("Die palästinensische Autonomiebehörde hat Truppen für die Suche nach den Flüchtigen abgestellt.",
     ("MOBILIZE", "PSE", None)),
])
def test_reading_gives_the_event(text: str, want: tuple[str, str | None, str | None]) -> None:
    rows = _events(text)
    if want[2] is None:  # an organisation or no one as target: the source's side is the reading
        assert any(r[:2] == want[:2] for r in rows), rows
    else:
        assert want in rows, rows


@pytest.mark.parametrize("text, kind", [
    # contacting someone without a request, or turning against someone (the criticism rule's)
    ("Der ungarische Premier Orbán wandte sich am Montag an die Presse in Budapest.", "REQUEST"),
    ("Die ungarische Regierung wandte sich mit einem Brief an die EU, um gegen die Quote zu protestieren.", "REQUEST"),
    # a decision or a foothold "gefasst" is no arrest
    ("Die kenianische Regierung hat den Beschluss gefasst, die Polizei aufzustocken.", "COERCE"),
    ("Die Terrormiliz hat in Libyen Fuß gefasst, sagte die libysche Polizei.", "COERCE"),
    # a gathering of others than protesters; wrongs put right ("Missstände abstellen") move no forces
    ("In Tiflis fanden sich am Sonntag Tausende Besucher zu dem Konzert ein.", "PROTEST"),
    ("Die georgische Regierung will die Missstände in den Gefängnissen abstellen.", "MOBILIZE"),
])
def test_no_event(text: str, kind: str) -> None:
    assert all(r[0] != kind for r in _events(text)), _events(text)
