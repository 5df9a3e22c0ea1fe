"""Language stage: sentences, dates against the publication date, quantities with qualifiers."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.language.dates import find_dates
from lagebild.language.numbers import find_quantities
from lagebild.language.segment import segment
from lagebild.model import Article, Doc

PUB = date(2024, 10, 23)  # a Wednesday


def doc(text: str, lang: str) -> Doc:
    return segment(Doc(Article(text, published=PUB), lang=lang))


def test_line_break_ends_a_headline_and_quotes_open_sentences() -> None:
    d = doc('Polen kauft Drohnen\nDer Vertrag wurde unterzeichnet. "Kamikaze-Drohnen" sind billig.', "de")
    texts = [d.sentence_text(s.i) for s in d.sentences]
    assert texts == ["Polen kauft Drohnen", "Der Vertrag wurde unterzeichnet.", '"Kamikaze-Drohnen" sind billig.']
    assert [s.paragraph for s in d.sentences] == [0, 1, 1]


def test_abbreviation_and_ordinal_do_not_split() -> None:
    d = doc("Am 23. Oktober traf Dr. Müller ein. Danach reiste er ab.", "de")
    assert len(d.sentences) == 2


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "heute, am 23. Oktober", [("heute", "2024-10-23"), ("23. Oktober", "2024-10-23")]),
    ("de", "vergangene Woche", [("vergangene Woche", "2024-10-14/2024-10-20")]),
    ("de", "bis Ende des Jahres", [("bis Ende des Jahres", "2024-10-23/2024-12-31")]),
    ("de", "Anfang November", [("Anfang November", "2024-11-01/2024-11-10")]),
    ("de", "seit Februar 2022", [("seit Februar 2022", "2022-02-01/2024-10-23")]),
    ("de", "am Dienstag", [("am Dienstag", "2024-10-22")]),
    ("de", "am 3. Januar", [("3. Januar", "2025-01-03")]),  # nearest year to the publication date
    ("en", "last Tuesday", [("last Tuesday", "2024-10-22")]),
    ("en", "on October 5, 2023", [("October 5, 2023", "2023-10-05")]),
    ("en", "in recent days", [("in recent days", "2024-10-16/2024-10-23")]),
    ("en", "in March 2024", [("March 2024", "2024-03")]),
])
def test_dates_normalise_against_publication(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    d = doc(text, lang)
    assert [(x.text, x.value) for x in find_dates(d, PUB)] == expected


def test_relative_dates_need_a_publication_date() -> None:
    d = doc("heute und vergangene Woche", "de")
    assert find_dates(d, None) == []


def quantities(text: str, lang: str) -> list[tuple[str, float, str | None, str]]:
    d = doc(text, lang)
    blocked = {t.i for x in find_dates(d, PUB) for t in d.tokens if x.start <= t.start < x.end}
    return [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(d, blocked)]


def test_german_quantities_with_qualifier_and_distribution() -> None:
    got = quantities("mindestens 3.000 nordkoreanische Soldaten und zwei Militäreinheiten mit jeweils 6.000 Soldaten", "de")
    assert got == [("mindestens 3.000 nordkoreanische Soldaten", 3000, "troops", "at_least"),
                   ("zwei Militäreinheiten mit jeweils 6.000 Soldaten", 12000, "troops", "exact")]


def test_english_quantities_and_scales() -> None:
    got = quantities("at least 3,000 troops; two brigades of 2,500 soldiers each; about 1.5 million dollars", "en")
    assert got == [("at least 3,000 troops", 3000, "troops", "at_least"),
                   ("two brigades of 2,500 soldiers each", 5000, "troops", "exact"),
                   ("about 1.5 million dollars", 1_500_000, "USD", "about")]


def test_years_dates_and_articles_are_not_quantities() -> None:
    assert quantities("Im Jahr 2024 kam eine Delegation am 23. Oktober an.", "de") == []


def test_placeholder_publication_dates_do_not_crash() -> None:
    d = doc("In den vergangenen Tagen und heute", "de")
    assert find_dates(d, date(1, 1, 1)) == [] and find_dates(d, date(9999, 12, 31)) == []


def test_language_detection_takes_clear_texts_from_the_trigram_models() -> None:
    """A clear text is decided by lingua's trigram models alone (no 3-second load of every model);
    the answer is the one the high-accuracy detector gives, and other languages are still refused."""
    from lagebild.language import detect

    texts = {"de": "Die Regierung in Wien kündigte am Dienstag neue Gespräche mit den Nachbarländern an.",
             "en": "The ministry said on Tuesday that talks with the neighbouring countries would resume."}
    detect._detector.cache_clear()
    for lang, text in texts.items():
        assert detect.detect_language(text) == lang
    assert detect._detector.cache_info().currsize == 1  # only the fast detector was built
    high, langs = detect._detector()
    for lang, text in texts.items():
        assert langs[high.compute_language_confidence_values(text)[0].language] == lang
    with pytest.raises(detect.UnsupportedLanguage):
        detect.detect_language("Le gouvernement a annoncé mardi de nouvelles négociations avec les pays voisins.")
