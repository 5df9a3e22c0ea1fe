"""Round 27 (en27) English roles and readings: a finite verb the parse joins to a bare complement verb ("demanded that
Hamas release ... and bombed Gaza") shares the main clause's subject; "backed down" concedes (CAMEO 08). Guards keep
the complement's own conjuncts, support by "back", and modality already right (negated, hedged, vowed). The sentences
are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None,
                   e.modality) for e in doc.events)


def test_a_finite_conjunct_after_a_bare_complement_is_the_main_subjects() -> None:
    assert _events("Israel demanded that Hamas release the hostages and bombed Gaza.") == [
        ("ASSAULT", "ISR", "PSE", "factual"), ("REQUEST", "ISR", "PSE", "factual")]
    assert ("SANCTION", "USA", "RUS", "factual") in _events(
        "The United States urged Russia to withdraw its troops and imposed sanctions on Moscow.")


def test_a_conjunct_of_a_finite_complement_keeps_its_subject() -> None:
    assert ("ASSAULT", "RUS", "UKR", "factual") in _events("France said that Russia attacked Ukraine and arrested journalists.")
    assert any(t == "COERCE" and s == "RUS" for t, s, _, _ in _events(
        "France said that Russia attacked Ukraine and arrested journalists."))


def test_backing_down_concedes() -> None:
    assert _events("Russia backed down from its threat to cut gas supplies to Ukraine.") == [
        ("CONCEDE", "RUS", None, "factual")]
    assert [e[:2] for e in _events("The Turkish government backed down on the tax increase after protests.")] == [
        ("CONCEDE", "TUR")]


def test_backing_someone_stays_support_and_a_refusal_to_back_down_concedes_nothing() -> None:
    assert _events("The United States backed Ukraine.") == [("SUPPORT", "USA", "UKR", "factual")]
    assert [t for t, _, _, _ in _events("Russia refused to back down.")] == ["REJECT"]


def test_modality_of_negated_and_intended_acts() -> None:
    assert _events("The opposition leader was not arrested by Russian police.") == [("COERCE", "RUS", "RUS", "negated")]
    assert _events("Iran vowed to strike Israel.") == [("THREATEN", "IRN", "ISR", "future")]
    assert _events("Germany intends to deploy troops to Lithuania.") == [("MOBILIZE", "DEU", "LTU", "future")]


def test_a_believed_arrest_is_hedged() -> None:
    doc = _PIPE(Article("The journalist is believed to have been detained by Iranian police.", lang="en",
                        published=date(2025, 3, 1)))
    assert [(e.event_type, e.modality, e.hedged) for e in doc.events] == [("COERCE", "factual", True)]


def test_a_threat_is_told_as_done() -> None:
    """The threat itself happened (GSR and news-gold code threats without modality); see docs/gold.md round 27."""
    assert _events("Russia threatened to cut gas supplies to Ukraine.") == [("THREATEN", "RUS", "UKR", "factual")]
    assert _events("The United States threatened Iran with sanctions.") == [("THREATEN", "USA", "IRN", "factual")]


def test_a_verb_after_an_infinitive_phrase_is_told_as_it_is() -> None:
    assert _events("An attempt by Britain to pass the resolution was blocked by Russia.") == [
        ("REJECT", "RUS", "GBR", "factual")]
    assert {m for _, _, _, m in _events("An effort by the British and U.S. governments to impose sanctions on Mr. Mugabe "
                                          "was vetoed by Russia and China.")} == {"factual"}
    assert _events("Russia wants to send troops to Syria.") == [("MOBILIZE", "RUS", "SYR", "future")]
    assert _events("Russia wants to send troops.") == []  # round 35: a targetless plan is no event (untold_plans.py)


def test_an_act_continued_is_done_and_a_plan_named_is_no_cue() -> None:
    assert _events("Police are continuing to arrest protesters in Moscow.") == [("COERCE", "RUS", "RUS", "factual")]
    assert _events("Georgian President Mikhail Saakashvili has accepted the French-brokered peace plan calling for an "
                   "immediate cease-fire with Russia.") == [("AGREE", "GEO", "RUS", "factual")]
    assert _events("Iran plans to attack Israel.") == [("ASSAULT", "IRN", "ISR", "future")]
    assert _events("Russia and China hold talks tomorrow.") == [("CONSULT", "RUS", "CHN", "future")]
