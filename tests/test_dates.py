"""Weekdays as a reader resolves them: against the publication day and the tense of the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.language.dates import find_dates
from lagebild.language.segment import segment
from lagebild.model import Article, Doc

SAT = date(2024, 11, 2)  # a Saturday
THU = date(2024, 10, 31)  # a Thursday


def dates(text: str, lang: str, pub: date) -> list[tuple[str, str]]:
    d = segment(Doc(Article(text, published=pub), lang=lang))
    return [(x.text, x.value) for x in find_dates(d, pub)]


@pytest.mark.parametrize(("lang", "text", "pub", "expected"), [
    # past tense, the publication day itself
    ("de", "Die Polizei nahm am Samstag zwanzig Menschen fest.", SAT, [("am Samstag", "2024-11-02")]),
    ("en", "Police detained twenty people on Thursday.", THU, [("on Thursday", "2024-10-31")]),
    # past tense, a day before the publication day
    ("de", "Am Mittwoch hatten die Gespräche begonnen.", SAT, [("Am Mittwoch", "2024-10-30")]),
    ("en", "The minister resigned Tuesday.", THU, [("Tuesday", "2024-10-29")]),
    # future tense: the next such day, from the publication day on
    ("de", "Die Waffenruhe soll am Sonntag in Kraft treten.", SAT, [("am Sonntag", "2024-11-03")]),
    ("de", "Die Außenminister werden sich am Montag in Genf treffen.", SAT, [("am Montag", "2024-11-04")]),
    ("en", "The two leaders will meet on Monday.", THU, [("on Monday", "2024-11-04")]),
    ("en", "The delegation is scheduled to arrive Thursday.", THU, [("Thursday", "2024-10-31")]),
    # past tense, a weekday after the publication day's weekday: the week before
    ("de", "Am Sonntag hatte die Armee die Stadt beschossen.", THU, [("Am Sonntag", "2024-10-27")]),
    ("en", "On Friday the army had shelled the city.", THU, [("On Friday", "2024-10-25")]),
    # schedules and deadlines in the present tense are future
    ("de", "Die Stichwahl findet am Sonntag statt.", SAT, [("am Sonntag", "2024-11-03")]),
    ("de", "Bis Freitag muss das Kabinett antworten.", THU, [("Bis Freitag", "2024-11-01")]),
    ("en", "Both ministers plan to meet on Wednesday.", THU, [("on Wednesday", "2024-11-06")]),
    # reportative "soll ... worden sein" is past, not future
    ("de", "Er soll am Freitag festgenommen worden sein.", SAT, [("am Freitag", "2024-11-01")]),
    # explicit "last"/"next" are strictly before/after the publication day
    ("de", "Am vergangenen Samstag demonstrierten Tausende.", SAT, [("vergangenen Samstag", "2024-10-26")]),
    ("en", "Troops withdrew last Thursday.", THU, [("last Thursday", "2024-10-24")]),
    ("de", "Am kommenden Samstag wird gewählt.", SAT, [("kommenden Samstag", "2024-11-09")]),
    ("en", "Voters go to the polls next Thursday.", THU, [("next Thursday", "2024-11-07")]),
    # parts of the day keep the day
    ("de", "Am Freitagabend kam es zu Zusammenstößen.", SAT, [("Am Freitagabend", "2024-11-01")]),
    ("de", "Die Kämpfe dauerten bis Sonntagmorgen.", date(2024, 11, 4), [("bis Sonntagmorgen", "2024-11-03")]),
    ("en", "Protesters gathered again Monday night.", THU, [("Monday night", "2024-10-28")]),
    ("en", "The rebels will attack on Saturday morning, officials fear.", THU, [("on Saturday morning", "2024-11-02")]),
])
def test_weekday_resolution(lang: str, text: str, pub: date, expected: list[tuple[str, str]]) -> None:
    assert dates(text, lang, pub) == expected


def test_weekday_granularity_is_a_day() -> None:
    """A weekday is a day (YYYY-MM-DD), never widened to the week."""
    [(_, value)] = dates("Am Dienstagnachmittag trafen sie sich.", "de", SAT)
    assert len(value) == 10 and date.fromisoformat(value).weekday() == 1
