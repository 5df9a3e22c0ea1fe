"""Round 32 (deverb32): a German speech act told after its content ("Die Steuern müssten sinken, fordert die SPÖ")
is the event, its inverted subject the source, an object after it or the content's subject the target; a plain
"sagte X" and "heißt es" stay no event, a coordinated verb with an elided subject keeps its old reading. Own
sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Wien – Die Steuern müssten sinken, fordert die SPÖ.", ("REQUEST", "spoe", "AUT")),
    ("Wien – Die Regierung müsse die Steuern senken, fordert die SPÖ.", ("REQUEST", "spoe", "AUT")),
    ("Wien – Die Löhne müssten steigen, verlangt der ÖGB.", ("REQUEST", "oegb", "AUT")),
    ("Berlin – Die Koalition müsse endlich handeln, forderte SPD-Chef Lars Klingbeil.",
     ("REQUEST", "lars-klingbeil", "DEU")),
])
def test_a_demand_after_its_content_is_the_speakers(text: str, row: tuple[str, str, str]) -> None:
    """The content's demand modal was the only trigger and had no speaker, so the demand was lost (or the
    content's subject became its doer); the verb after the comma is the act, the phrase after it the doer."""
    assert row in event_rows(text, "de", source_id=True)


def test_the_demand_is_told_once() -> None:
    rows = event_rows("Wien – Die Regierung müsse die Steuern senken, fordert die SPÖ.", "de", source_id=True)
    assert [r[0] for r in rows] == ["REQUEST"]


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Man werde nicht nachgeben, drohte die iranische Regierung.", ("THREATEN", "IRN-GOV", "IRN")),
    ("Berlin – Sie hätten das Land belogen, warf die SPD der Regierung vor.", ("ACCUSE", "spd", "DEU")),
    ("Moskau – Die Ukraine habe die Grenze beschossen, kritisierte das russische Außenministerium.",
     ("ACCUSE", "RUS-GOV", "UKR")),
])
def test_other_speech_acts_after_their_content(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de", source_id=True)


def test_the_contents_subject_never_acts() -> None:
    """An addressee named in the content is the target; a speaker after the verb that names no one we know leaves
    the act without a doer, never with the content's subject as one."""
    rows = event_rows("Berlin – Die Bundesregierung müsse die Grenzen schließen, forderte der Sprecher.", "de",
                      source_id=True)
    assert not [r for r in rows if r[0] == "REQUEST" and r[1] == "DEU-GOV"]


@pytest.mark.parametrize("text", [
    "Berlin – Die Lage sei ernst, sagte die SPD.",
    "Berlin – Die Regierung müsse handeln, heißt es.",
])
def test_reporting_alone_is_no_act(text: str) -> None:
    rows = event_rows(text, "de")
    assert not [r for r in rows if r[0] in ("REQUEST", "ACCUSE", "THREATEN") and r[1] is not None]


def test_a_coordinated_verb_keeps_its_reading() -> None:
    """"X kritisierte das Gesetz, forderte die Regierung zum Rücktritt auf": an indicative first clause is no
    content, the verb after the comma shares its subject."""
    rows = event_rows("Berlin – Die SPD kritisierte das Gesetz, forderte die Regierung zum Rücktritt auf.", "de",
                      source_id=True)
    assert ("REQUEST", "spd", "DEU") in rows


def test_the_content_is_the_speakers_claim() -> None:
    """As after "…, sagte X", the content told before the speech act is attributed to its speaker; "heißt es" names
    no one and frames nothing."""
    from lagebild.pipeline import extract_events
    events = extract_events("Moskau – Die Ukraine habe die Grenze beschossen, kritisierte das russische "
                            "Außenministerium.", lang="de")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert [a.country for a in assault.attribution] == ["RUS"]
    events = extract_events("Moskau – Die Ukraine habe die Grenze beschossen, heißt es.", lang="de")
    assert not any(a.country for e in events for a in e.attribution)


def test_a_content_framed_by_its_own_speaker_is_no_fronted_content() -> None:
    """"X hatte betont, er sei ..., erkannte ... nicht an": the reported clause is X's claim already, the verb after it
    goes on with X as its subject (a coordinated verb), and its object is no speaker."""
    rows = event_rows("Bagdad – Saddam Hussein hatte im Prozess betont, er sei kein Verbrecher, erkannte die Autorität "
                      "der Richter nicht an.", "de", source_id=True)
    assert ("REJECT", "phx-saddam-hussein", "IRQ") in rows


def test_an_indicative_clause_before_the_comma_is_no_content() -> None:
    """Without Konjunktiv or quotation marks the clause before the comma may be the subject's own act and the verb
    after it a coordinated one ("Merkel traf Macron, kritisierte die Türkei"): the phrase after the verb stays the
    object, never the doer."""
    rows = event_rows("Berlin – Angela Merkel traf Emmanuel Macron, kritisierte die Türkei.", "de", source_id=True)
    assert not [r for r in rows if r[0] == "ACCUSE" and r[1] == "TUR-GOV"]


def test_a_pronoun_after_the_verb_is_the_speaker_told_before() -> None:
    """"…, forderte er": the demand verb still heads its content (the content's modal was the head and swallowed it),
    and the pronoun is placed as for "Danach kritisierte er" (speech_acts.py)."""
    rows = event_rows("Berlin – SPD-Chef Lars Klingbeil sprach am Montag in Hamburg. Die CDU müsse endlich handeln, "
                      "forderte er.", "de", source_id=True)
    assert ("REQUEST", "lars-klingbeil", "DEU") in rows


@pytest.mark.parametrize(("text", "row"), [
    ("Paris – Die Angriffe müssten sofort aufhören, forderte die Bundesregierung von Russland.", ("REQUEST", "DEU", "RUS")),
    ("Paris – Die Wahl sei gefälscht worden, drohte die EU mit Sanktionen gegen Weißrussland.", ("THREATEN", None, "BLR")),
])
def test_an_addressee_behind_the_acts_target_preposition(text: str, row: tuple[str | None, str | None, str]) -> None:
    """review32: the addressee after the speaker was read only without a preposition, so "von Russland" / "gegen
    Weißrussland" (the rule's target prepositions) were passed over and the dateline's country stood in as the target."""
    assert row in event_rows(text, "de")
