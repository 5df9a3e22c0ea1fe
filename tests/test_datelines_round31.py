"""Round 31 (dateline31): a date between the dateline's place and its agency ("Damaskus, 3. Mai 2013 (dpa) -",
"DAMASCUS, May 3, 2013 (Reuters) -") and a capital + dash with no agency in mixed case ("Damaskus - ...") are
datelines too, so the place is no doer and the agency no target. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.language.datelines import dateline_spans
from lagebild.model import Article
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _roles(pipe: Pipeline, text: str, lang: str) -> tuple[list[tuple[int, int, int, int]], list[tuple[str, str, str]]]:
    doc = pipe(Article(text, id="t", lang=lang))
    roles = [(e.event_type, e.source.text if e.source else "", e.target.text if e.target else "") for e in doc.events]
    return dateline_spans(doc), roles


_DE = "Israelische Kampfflugzeuge haben ein Ziel in Syrien angegriffen."
_EN = "Israeli warplanes attacked a target in Syria."


@pytest.mark.parametrize(("text", "lang"), [
    (f"Damaskus, 3. Mai 2013 (dpa) - {_DE}", "de"),
    (f"DAMASKUS, 3. Mai (dpa) - {_DE}", "de"),
    (f"Damaskus, Mittwoch (dpa) - {_DE}", "de"),
    (f"Damaskus, 3.5.2013 (AFP) - {_DE}", "de"),
    (f"Damaskus - {_DE}", "de"),
    (f"DAMASCUS, May 3, 2013 (Reuters) - {_EN}", "en"),
    (f"Damascus, 3 May (AFP) - {_EN}", "en"),
    (f"Damascus - {_EN}", "en"),
])
def test_dated_and_plain_datelines(pipe: Pipeline, text: str, lang: str) -> None:
    spans, roles = _roles(pipe, text, lang)
    assert spans and spans[0][:2] == (0, 1), spans  # the place is the city alone, not the date
    assert roles and all(r[0] == "ASSAULT" and r[2] in ("Syrien", "Syria") for r in roles), roles
    assert not [r for r in roles if r[1].lower().startswith("damas") or r[2] in ("dpa", "Reuters", "AFP")], roles


@pytest.mark.parametrize(("text", "lang"), [
    ("Berlin - Paris: Die Polizei hat in Hamburg drei Demonstranten festgenommen.", "de"),
    ("Merkel - die Kanzlerin - hat in Berlin Macron getroffen.", "de"),
    ("Berlin - die deutsche Hauptstadt - hat neue Regeln beschlossen.", "de"),
    ("US-China talks ended in Geneva on Friday.", "en"),
    ("Die Polizei in Berlin-Mitte hat drei Demonstranten festgenommen.", "de"),
    ("Damascus - the Syrian capital - was attacked by Israeli warplanes.", "en"),
])
def test_no_dateline(pipe: Pipeline, text: str, lang: str) -> None:
    spans, _ = _roles(pipe, text, lang)
    assert spans == [], spans


@pytest.mark.parametrize(("text", "lang", "value"), [
    (f"Damaskus, 3. Mai 2013 (dpa) - {_DE}", "de", "2013-05-03"),
    (f"DAMASCUS, May 3, 2013 (Reuters) - {_EN}", "en", "2013-05-03"),
])
def test_the_datelines_date_still_dates_the_event(pipe: Pipeline, text: str, lang: str, value: str) -> None:
    doc = pipe(Article(text, id="t", lang=lang))
    assert doc.events and all(e.date is not None and e.date.value == value for e in doc.events), doc.events
