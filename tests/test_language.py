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


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("de", "Zehntausende Menschen demonstrierten, zehntausend Reservisten rückten ein.", [20_000, 10_000]),
    ("de", "Hunderttausende flohen; zweihundertfünfzig Häftlinge und einundzwanzig Soldaten.", [200_000, 250, 21]),
    ("de", "Dreizehn Soldaten, sechzig Polizisten, ein Dutzend Verletzte und eine Million Menschen.",
     [13, 60, 12, 1_000_000]),
    ("de", "Mit Tausenden Menschen zogen sie los.", [2000]),
    ("en", "Twenty-five soldiers and one hundred and fifty protesters; two hundred troops.", [25, 150, 200]),
    ("en", "Tens of thousands of people marched and hundreds of thousands fled.", [20_000, 200_000]),
    ("en", "Thirteen agencies, sixty-two people, a dozen soldiers and a million refugees.", [13, 62, 12, 1_000_000]),
    ("en", "Hundreds were arrested.", [200]),
])
def test_number_words_join_in_one_word_or_a_run(lang: str, text: str, values: list[float]) -> None:
    """Number words are read as a whole ("two hundred" was 2, "a dozen" 1, "zehntausend" nothing); a plural count
    word is at least two of it ("Zehntausende" >= 20,000), the smallest figure the words give."""
    assert [v for _, v, _, _ in quantities(text, lang)] == values


def test_plural_count_words_are_at_least_two_of_them_and_shares_are_no_counts() -> None:
    assert quantities("Dutzende Menschen starben, 25 Prozent der Wähler und 3 % der Stimmen.", "de") == [
        ("Dutzende Menschen", 24, "people", "at_least")]
    assert quantities("Aid grew 25 percent to $3 billion; thousands fled; about hundreds.", "en") == [
        ("$3 billion", 3_000_000_000, "USD", "exact"), ("thousands", 2000, None, "at_least"),
        ("about hundreds", 200, None, "about")]


def test_ordinary_words_and_spans_of_time_stay_no_quantities() -> None:
    assert quantities("Die Einheit kam am Abend an, eine Zweiteilung droht, Eineeine Leute.", "de") == []
    assert quantities("The two sides met for the first time in five years; it was a long day.", "en") == []
    assert [v for _, v, _, _ in quantities("a ten-year term for a dozen men", "en")] == [12]


def test_currency_sign_before_the_number_is_its_unit_and_not_the_previous_ones() -> None:
    got = quantities("tariffs on more than 5,000 products totaling $60 billion; € 1.78 billion (US$ 2.4 billion)", "en")
    assert got == [("more than 5,000", 5000, None, "at_least"), ("$60 billion", 60_000_000_000, "USD", "exact"),
                   ("€ 1.78 billion", 1_780_000_000, "EUR", "exact"), ("US$ 2.4 billion", 2_400_000_000, "USD", "exact")]


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


def test_german_digits_grouped_by_spaces_join_but_a_year_stays_apart() -> None:
    """"14 000 Menschen" is 14000 (thousands grouped by a space); "seit 2009 14 Menschen" keeps its year apart."""
    assert [q[:2] for q in quantities("Seit 2009 wurden mindestens 14 000 Menschen getötet.", "de")] == [
        ("mindestens 14 000 Menschen", 14000)]
    assert [q[1] for q in quantities("Im Jahr 2009 wurden 14 Menschen und 1 200 000 Schafe gezählt.", "de")] == [
        14, 1200000]
    assert [q[1] for q in quantities("Insgesamt 300 Millionen Dollar und 1 500 Millionen Euro.", "de")] == [
        300_000_000, 1_500_000_000]


def test_digit_groups_join_ascii_digits_only() -> None:
    """"14 10³": a superscript counts as a digit to str.isdigit but not to int(); it must end the group, not raise
    (the fuzz corpus found it)."""
    assert [q[1] for q in quantities("Es kamen 14 10³ Menschen.", "de")] == [14]
    assert [q[1] for q in quantities("Es kamen 14 ¹²³ Menschen.", "de")] == [14]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "Die Kämpfer töteten mehrere hundert Zivilisten.", 200),
    ("de", "An der Kundgebung nahmen einige tausend Lehrer teil.", 2000),
    ("en", "The army moved several thousand troops to the border.", 2000),
    ("en", "The army moved a few thousand troops to the border.", 2000),  # bits32: not "a" = 1
    ("en", "Police detained a few hundred protesters in the capital.", 200),
])
def test_a_vague_plural_before_a_number_word_is_at_least_two_of_it(lang: str, text: str, value: float) -> None:
    """"mehrere hundert" is no 100 but at least 200 (the smallest figure the words give, as for "Tausende")."""
    assert [(q[1], q[3]) for q in quantities(text, lang)] == [(value, "at_least")]


def test_a_few_alone_is_no_count_of_one() -> None:
    """bits32: "a few people" is a vague count with no number word: the "a" before "few" is no quantity of one."""
    assert quantities("A few people were injured in the blast.", "en") == []
