"""Round 29 (fp29) English readings, on sentences written for these tests: "the U.S. military" / "the US military" are the
country's own body, not a Phoenix acronym read only where the article names its country elsewhere (it vanished from
an article that named the USA nowhere else)."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _tuples(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


def test_country_short_name_before_a_noun_is_no_foreign_acronym() -> None:
    assert _tuples("The U.S. military killed two militants in Kabul.") == [("ASSAULT", "USA", "AFG")]
    assert ("ASSAULT", "USA", "AFG") in _tuples("The US military killed two militants near Kandahar.")


def test_group_acronym_still_needs_its_country() -> None:
    # "ANA" is all of the Albanian National Army's initials: an alias, read only where the article names its country
    doc = _PIPE(Article("ANA soldiers attacked a village.", lang="en", published=date(2025, 3, 1)))
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "MKD"]


def test_a_standing_habit_is_background() -> None:
    # "have long <done>": a relation that stands, told as background, not an act of the day
    assert _tuples("Chad and Sudan have long traded accusations of attempts to cause unrest.") == []
    assert _tuples("Iran has long backed Hezbollah in Lebanon.") == []
    # the act of the day stays, in the perfect too
    assert ("ACCUSE", "TCD", "SDN") in _tuples("Chad accused Sudan of attempts to cause unrest on Monday.")
    assert ("ACCUSE", "SDN", "TCD") in _tuples("Sudan has accused Chad of backing the rebels.")
    assert ("SUPPORT", "IRN", "LBN") in _tuples("Iran has backed Hezbollah in Lebanon.") \
        or ("SUPPORT", "IRN", None) in _tuples("Iran has backed Hezbollah in Lebanon.")


def test_security_forces_act_where_the_story_is() -> None:
    # "security forces" with no place of their own are of the article's scene (its static locations), like
    # "police", not of the country its named actors give most (the US president here)
    got = _tuples("President Bush imposed new sanctions on Burma's military rulers on Monday. The White House said the"
                  " measures target leaders in Burma. Mr. Bush sanctioned most of the top military commanders in Burma"
                  " last month after at least ten people were killed when security forces opened fire on the largest"
                  " demonstrations in decades.")
    assert ("ASSAULT", "MMR", "MMR") in got and ("ASSAULT", "USA", "USA") not in got
    # a place of their own still comes first
    assert ("COERCE", "KEN", "KEN") in _tuples("The president of Uganda visited Kampala on Monday. Security forces in"
                                               " Kenya arrested ten protesters.")


def test_cities_geonames_spells_otherwise_are_places() -> None:
    # GeoNames has "Basrah", "Al Fallujah", "Misratah", "Al Hudaydah"; news writes them so
    for text, country in (("Fighting went on in Basra.", "IRQ"), ("Marines fought in Fallujah.", "IRQ"),
                          ("Fighting went on in Misrata.", "LBY")):
        doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
        assert [m.place.country for m in doc.mentions if m.place is not None] == [country]
    assert ("ASSAULT", "SAU", "YEM") in _tuples("Saudi jets bombed Hodeidah.")
