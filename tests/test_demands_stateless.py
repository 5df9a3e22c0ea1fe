"""Round 21 (igo21): a body of no country reports a demand as a state does ("The U.N. said Israel must withdraw":
REQUEST by the UN of Israel; triggers ``demand_speaker_sectors``, extract/demands.reported_demand). A generic noun
of no country stays no demander. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = _PIPE(Article(text, lang=lang, published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.source.sector if e.source else None,
                   e.target.country if e.target else None) for e in doc.events)


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("The U.N. said Israel must withdraw from the occupied areas.", "en", "ISR"),
    ("The Red Cross said British forces must ensure security in the city.", "en", "GBR"),
    ("Die Vereinten Nationen sagten, Israel müsse sich aus den Gebieten zurückziehen.", "de", "ISR"),
    ("Das Rote Kreuz erklärte, die USA müssten die Sicherheit in der Stadt gewährleisten.", "de", "USA"),
])
def test_a_body_of_no_country_reports_a_demand(text: str, lang: str, target: str) -> None:
    events = _events(text, lang)
    assert any(t == "REQUEST" and c is None and s in ("IGO", "NGO") and g == target for t, c, s, g in events), events
    assert not any(t == "RETREAT" and c == target for t, c, _, _ in events)  # the demanded act is no event of its own


def test_a_member_country_is_no_stateless_speaker() -> None:
    # the speaker has a country: the demand stays the state's, not the body's
    assert ("REQUEST", "FRA", "GOV", "ISR") in _events("France said Israel must withdraw from the occupied areas.", "en")


def test_it_in_what_a_body_says_is_that_body() -> None:
    # role_speakers_en._reporter: "it" of the reported clause is the speaker, a body of no country too
    events = _events("The U.N. said on Monday it would send food aid to Sudan.", "en")
    assert ("AID", None, "IGO", "SDN") in events, events
