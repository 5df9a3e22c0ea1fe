"""Acts told inside a past era or by a force of the past are history retold; "since the war" keeps the news."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events


def _tuples(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, date(2024, 10, 23), lang)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "China and the United States also fought in the Korean War."),
    ("en", "The United States attacked Japan during the Second World War."),
    ("de", "Deutschland griff im Zweiten Weltkrieg Polen an."),
    ("de", "Im Zweiten Weltkrieg hatten Wehrmachtssoldaten dort 500 Einwohner ermordet."),
])
def test_history_is_no_event(lang: str, text: str) -> None:
    assert not {t for t in _tuples(text, lang) if t[0] == "ASSAULT"}, _tuples(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "China attacked the United States for the first time since the Korean War."),
    ("en", "The United States attacked Japan on Monday."),
    ("de", "Russland griff am Montag die Ukraine an, erstmals seit dem Zweiten Weltkrieg."),
    ("de", "Deutschland griff am Montag Polen an."),
])
def test_news_stays(lang: str, text: str) -> None:
    assert {t for t in _tuples(text, lang) if t[0] == "ASSAULT"}, _tuples(text, lang)


@pytest.mark.parametrize("text", [
    "Castro war 2006 nach Protesten als kubanischer Staatschef zurückgetreten.",
    "Er war 1967 selbst durch einen Putsch in Togo an die Macht gekommen.",
])
def test_bare_old_year_is_background(text: str) -> None:
    assert _tuples(text, "de") == set()


@pytest.mark.parametrize("text", [
    "Russland greift seit 2014 die Ukraine an.",  # since: the act goes on
    "Castro ist nach Protesten als kubanischer Staatschef zurückgetreten.",
    "Der frühere Präsident Irans zwischen 1997 und 2005 unterstützte am Montag die Proteste gegen die Regierung Irans.",
])
def test_year_that_dates_no_act_keeps_news(text: str) -> None:
    assert _tuples(text, "de"), _tuples(text, "de")


def test_recent_year_keeps_news() -> None:
    tuples = {(e.event_type, e.trigger) for e in extract_events(
        "Castro war 2006 nach Protesten als kubanischer Staatschef zurückgetreten.", date(2006, 12, 1), "de")}
    assert tuples
