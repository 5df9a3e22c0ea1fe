"""Round 33 (trail33): one reading of a German speech-act verb told after its content. Besides reported content
(Konjunktiv, quotation; round 32), one indicative clause is content where it holds a demand or threat of the verb's
type ("Sie müssen bestraft werden, forderte die SPD", "Wir werden zurückschlagen, drohte X") or where an object follows
the verb's subject ("..., warf die Opposition der Regierung vor"). Own sentences; guards for "sagte X", "heißt es", a
question, a coordinated verb and a relative clause."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Sie müssen bestraft werden, forderte die SPD.", ("REQUEST", "spd", "DEU")),
    ("Berlin – Russland muss die Truppen abziehen, forderte die Bundesregierung.", ("REQUEST", "DEU-GOV", "RUS")),
    ("Wien – Die Regierung soll zurücktreten, verlangt die FPÖ.", ("REQUEST", "fpoe", "AUT")),
])
def test_an_indicative_demand_before_a_demand_verb(text: str, row: tuple[str, str, str]) -> None:
    """The content's demand modal headed the clause and swallowed the verb after it, and had no speaker of its own:
    no event at all. The verb is the demand, its inverted subject the doer ("soll ..., verlangt" was read already: kept)."""
    assert row in event_rows(text, "de", source_id=True)


def test_the_indicative_demand_is_told_once() -> None:
    rows = event_rows("Berlin – Sie müssen bestraft werden, forderte die SPD.", "de", source_id=True)
    assert [r[0] for r in rows] == ["REQUEST"]


def test_an_indicative_threat_before_a_threat_verb() -> None:
    """"Wir werden zurückschlagen, drohte X": the future told is the threat (was only the content's own act)."""
    rows = event_rows("Berlin – Wir werden zurückschlagen, drohte die iranische Regierung.", "de", source_id=True)
    assert ("THREATEN", "IRN-GOV", "IRN") in rows


@pytest.mark.parametrize(("text", "source"), [
    ("Berlin – Die Regierung hat gelogen, warf die Opposition der Regierung vor.", "DEU-OPP"),
    ("Berlin – Russland hat gelogen, warf die SPD der Regierung vor.", "spd"),
])
def test_an_accusation_with_its_object_after_its_subject(text: str, source: str) -> None:
    """The content's subject became the accuser (speech_acts read the phrase before the verb as its speaker); a
    subject and then an object after "warf" mark that phrase as the verb's own subject."""
    rows = event_rows(text, "de", source_id=True)
    accusers = [r[1] for r in rows if r[0] == "ACCUSE"]
    assert source in accusers and not {"DEU-GOV", "RUS-GOV"} & set(accusers)


def test_an_imperative_before_a_demand_verb_keeps_its_speaker() -> None:
    rows = event_rows("Berlin – Hört auf damit, verlangte die SPD.", "de", source_id=True)
    assert ("REQUEST", "spd", "DEU") in rows


@pytest.mark.parametrize("text", [
    "Berlin – Die Lage ist ernst, sagte die SPD.",
    "Berlin – Die Regierung muss handeln, heißt es.",
    "Berlin – Muss Russland abziehen, fragte die SPD.",
])
def test_saying_and_asking_stay_no_act(text: str) -> None:
    """A plain "sagte X" tells no act of its own, "heißt es" names no doer, and "fragte" is no demand verb: the content's
    modal gives no demand by a doer there."""
    assert not [r for r in event_rows(text, "de") if r[0] in ("REQUEST", "THREATEN", "ACCUSE") and r[1] is not None]


def test_a_coordinated_accusation_keeps_its_subject() -> None:
    """"X kritisierte das Gesetz, warf der Regierung die Lüge vor": the dative after the verb is no subject, so the
    first clause is no content and the government never accuses."""
    rows = event_rows("Berlin – Die SPD kritisierte das Gesetz, warf der Regierung die Lüge vor.", "de", source_id=True)
    assert not [r for r in rows if r[0] == "ACCUSE" and r[1] == "DEU-GOV"]


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Wir werden nicht nachgeben, drohte die Gewerkschaft Verdi.", ("THREATEN", "verdi", "DEU")),
    ("Paris – Die EU wird Sanktionen verhängen, drohte Frankreich.", ("THREATEN", "FRA-GOV", None)),
])
def test_the_threat_verbs_own_clause_decides_its_sense(text: str, row: tuple[str, str, str | None]) -> None:
    """"drohen" with a misfortune is a risk ("ihm drohen Sanktionen", "... Jahre Haft"); the words of a content told
    before the comma are no subject of the verb after it, and "Gewerkschaft" is no compound of "Haft"."""
    assert row in event_rows(text, "de", source_id=True)


@pytest.mark.parametrize("text", [
    "Berlin – Dem Politiker drohen zehn Jahre Untersuchungshaft.",
    "Berlin – Dem Politiker droht Haft.",
    "Berlin – Russland verliert Geld, dem Land drohen Sanktionen.",
])
def test_a_misfortune_that_awaits_stays_no_threat(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "THREATEN"]


def test_indicative_content_is_the_speakers_claim() -> None:
    """As for reported content, the content told before the act is its speaker's (the claims stage reads the same
    content): the shelling is attributed to Russia, which accuses Ukraine."""
    from lagebild.pipeline import extract_events
    events = extract_events("Moskau – Die Ukraine hat die Grenze beschossen, warf die russische Regierung der Ukraine "
                            "vor.", lang="de")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert [a.country for a in assault.attribution] == ["RUS"]
    assert any(e.event_type == "ACCUSE" and e.source and e.source.country == "RUS" for e in events)


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Lasst die Gefangenen frei, forderte Amnesty International.", ("REQUEST", "amnesty", "DEU")),
    ("Brüssel – Beendet die Blockade, forderte die EU.", ("REQUEST", "eu", "BEL")),
])
def test_an_imperative_before_a_demand_verb(text: str, row: tuple[str, str, str | None]) -> None:
    """An imperative content ("Lasst ... frei") is a demand the verb after it tells: the prisoners named in it never
    demand, and the content's own act no longer swallows the demand verb."""
    rows = event_rows(text, "de", source_id=True)
    assert row in rows and not [r for r in rows if r[0] == "REQUEST" and r[1] != row[1]]


def test_a_verb_first_question_is_no_imperative() -> None:
    assert not [r for r in event_rows("Berlin – Zieht Russland ab, fragte die SPD.", "de") if r[0] == "REQUEST"]
