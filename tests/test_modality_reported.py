"""Modality of acts told in reported speech and of noun acts under a future auxiliary (extract/modality.py); the
sentences are written for this test after forms seen in real news."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events


def modality_of(text: str, lang: str, etype: str) -> list[str]:
    found = [e.modality for e in extract_events(text, date(2024, 10, 23), lang) if e.event_type == etype]
    assert found, f"no {etype} in {text!r}"
    return found


@pytest.mark.parametrize(("lang", "text", "etype", "want"), [
    # Konjunktiv II "würden" standing in for the future of indirect speech
    ("de", "Die USA würden aber alle Informationen mit der serbischen Regierung teilen, sagte Pentagon-Sprecher Peter "
     "Cook.", "COOPERATE", "future"),
    ("en", "Pentagon spokesman Peter Cook said the United States would share all information with Serbia.", "COOPERATE",
     "future"),
    # a condition in the sentence keeps the supposition
    ("en", "If Serbia agrees, the United States would send troops to Serbia, Cook said.", "MOBILIZE", "hypothetical"),
    ("de", "Wenn Serbien zustimme, würden die USA Truppen nach Serbien entsenden, sagte Cook.", "MOBILIZE", "hypothetical"),
])
def test_would_in_reported_speech_is_the_future_of_the_report(lang: str, text: str, etype: str, want: str) -> None:
    assert modality_of(text, lang, etype) == [want]


def test_a_noun_act_under_werden_with_an_infinitive_the_lemmatiser_does_not_know_is_to_come() -> None:
    """"schicken" is stemmed to "schick": the clause still ends in an infinitive under "wird"."""
    assert modality_of("Serbien wird eine Protestnote an die US-Regierung schicken.", "de", "ACCUSE") == ["future"]


def test_whether_or_not_leaves_the_act_open_and_a_plain_not_still_denies() -> None:
    """"whether or not to extend the loans" (modality not_negating_before): a choice to be made, not a denied act."""
    assert modality_of("The United States will decide whether or not to extend the loans to Ukraine.", "en",
                       "AID") != ["negated"]
    assert modality_of("The United States did not extend the loans to Ukraine.", "en", "AID") == ["negated"]
