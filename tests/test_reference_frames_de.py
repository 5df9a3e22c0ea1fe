"""German act nouns named as a premise, not told as an event (round 24, refde24): the topic of a link, an inquiry, a
trial or an assumption ("in Zusammenhang mit dem Anschlag", "gehen von einem Anschlag aus") gives no event; the same
noun told as a report, or inside an accusation, still does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.reference_frames import ReferenceFrames

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize("text", [
    "Die Behörden in Frankreich gehen von einem Terroranschlag aus.",
    "Die Ermittler in Frankreich wollen nicht von einem Anschlag ausgehen.",
    "Die Festnahme steht in Zusammenhang mit dem Anschlag islamistischer Rebellen auf die französische Botschaft in Mali.",
    "Gefunden wurden Fotos von Extremisten, die in die Anschläge in Brüssel und Paris verwickelt sein sollen.",
    "Der Prozess um den Angriff israelischer Soldaten auf das Dorf im Libanon beginnt am Montag.",
])
def test_a_premise_act_noun_is_no_event(text: str) -> None:
    assert not _tuples(events(text, "de"), "ASSAULT")


@pytest.mark.parametrize(("text", "kind"), [
    # a noun listed after another inside the frame's phrase, past a place
    ("Ob ein Bezug zu den Unruhen in Lahore oder der Besetzung der Moschee durch pakistanische Soldaten besteht, "
     "ist nicht bekannt.", "COERCE"),
    ("Die Staatsanwaltschaft in Paris erhebt Anklage wegen Mordes und fahrlässiger Tötung französischer Polizisten.",
     "ASSAULT"),
])
def test_a_listed_premise_act_noun_is_no_event(text: str, kind: str) -> None:
    assert not _tuples(events(text, "de"), kind)


@pytest.mark.parametrize("text", [
    "Im Zusammenhang mit den Unruhen hat die französische Polizei am Montag in Lyon drei Männer festgenommen.",
])
def test_the_frame_ends_at_its_phrase(text: str) -> None:
    assert ("FRA", "FRA") in _tuples(events(text, "de"), "COERCE")


@pytest.mark.parametrize(("text", "pair"), [
    ("Bei einem Anschlag auf die Botschaft in Paris sind am Montag drei Menschen getötet worden.", (None, "FRA")),
    ("Islamisten verübten in Lyon einen Anschlag auf eine französische Polizeiwache.", ("FRA", "FRA")),
    ("Die Angriffe der russischen Armee auf Charkiw gingen am Montag weiter.", ("RUS", "UKR")),
])
def test_a_reported_act_noun_stays(text: str, pair: tuple[str | None, str]) -> None:
    assert pair in _tuples(events(text, "de"), "ASSAULT")


def test_frames_read_from_data() -> None:
    frames = ReferenceFrames.from_data({"heads": {"Wegen": ["Ermittlungen"]}, "assume": {"prepositions": ["von"]}})
    assert frames.heads == {"wegen": ("ermittlungen",)}
    assert frames.assume_prepositions == frozenset({"von"})
    assert not ReferenceFrames.from_data(None).heads
