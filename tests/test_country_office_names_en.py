"""Round 32 (uspres32): a country's short name opening a dictionary name of its own office ("US president", "US
President", "US commander in chief") names that country itself; it is no group acronym read only where the article
names the country elsewhere (it vanished from a one-sentence text). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _doc(text: str) -> Doc:
    return _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))


def _tuples(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in _doc(text).events)


def _countries(text: str) -> dict[str, str | None]:
    return {m.text: m.actor.country for m in _doc(text).mentions if m.actor is not None}


def test_us_president_names_the_usa() -> None:
    assert _tuples("The US president criticized China.") == [("ACCUSE", "USA", "CHN")]
    assert _countries("The US president criticized China.").get("US president") == "USA"


def test_capitalised_title_after_the_short_name() -> None:
    assert _tuples("US President criticized China on Monday.") == [("ACCUSE", "USA", "CHN")]
    assert ("ACCUSE", "USA", "CHN") in _tuples("The US commander in chief criticized China.")
    assert ("ACCUSE", "USA", "CHN") in _tuples("The US president's office criticized China.")
    assert _tuples("The US State Department criticized China.") == [("ACCUSE", "USA", "CHN")]


def test_the_forms_that_already_read_stay() -> None:
    assert _tuples("The U.S. president criticized China.") == [("ACCUSE", "USA", "CHN")]
    assert _tuples("The UK prime minister criticized China.") == [("ACCUSE", "GBR", "CHN")]


def test_us_the_pronoun_names_no_country() -> None:
    assert "USA" not in _countries("They told us that China had criticized Japan.").values()


def test_group_acronym_still_needs_its_country() -> None:
    # "ANA" alone is all of the Albanian National Army's initials: still read only where its country is named
    assert not [c for c in _countries("ANA soldiers attacked a village.").values() if c == "MKD"]
