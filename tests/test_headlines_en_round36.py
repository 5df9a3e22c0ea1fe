"""Round 36 (entrig36): a title-case headline line states its act; the parser used to read the capitalised line as one
long name, so "Poland Expels Belarusian Diplomats" gave nothing while the same words in lower case gave the expulsion.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.headline_case import parse_text
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

_BODY = "\n\nThe report gave no further details."


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("headline", "row"), [
    ("Poland Expels Belarusian Diplomats", ("SANCTION", "POL", "BLR")),
    ("Canada Imposes New Sanctions on Iran", ("SANCTION", "CAN", "IRN")),
    ("Myanmar Releases Jailed Activists in Yangon", ("RETREAT", "MMR", "MMR")),
])
def test_a_title_case_headline_states_its_act(headline: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(headline + _BODY, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_sentence_case_headline_reads_as_before() -> None:
    assert ("SANCTION", "POL", "BLR") in event_rows("Poland expels Belarusian diplomats" + _BODY, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_name_made_of_act_words_keeps_its_capitals() -> None:
    doc = Pipeline()(Article("Free Syrian Army Fighters Hold Aleppo Suburb" + _BODY, lang="en"))
    assert doc.tokens[0].text == "Free"  # inside the mention of the group: not the verb "free"
    assert "RETREAT" not in [e.event_type for e in doc.events]


def test_only_the_act_and_function_words_are_lowered_for_the_parse() -> None:
    doc = Pipeline()(Article("Poland Expels Belarusian Diplomats From Warsaw" + _BODY, lang="en"))
    assert parse_text(doc, 0) == "Poland expels Belarusian Diplomats from Warsaw"
    assert doc.text.startswith("Poland Expels Belarusian Diplomats")  # the article text stays as written


@pytest.mark.parametrize("text", [
    "Poland Expels Belarusian Diplomats.",  # a sentence: its final stop
    "The minister said Poland Expels Nobody",  # lower-case words of four letters or more: no title
])
def test_other_lines_are_parsed_as_written(text: str) -> None:
    doc = Pipeline()(Article(text + _BODY, lang="en"))
    assert parse_text(doc, 0) == doc.text[doc.sentences[0].start:doc.sentences[0].end]


@pytest.mark.usefixtures("rules_only")
def test_german_headlines_are_left_alone() -> None:
    doc = Pipeline()(Article("Polen Weist Russische Diplomaten Aus\n\nDer Bericht nannte keine Einzelheiten.", lang="de"))
    assert parse_text(doc, 0) == "Polen Weist Russische Diplomaten Aus"


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("headline", "row"), [
    ("Japan, South Korea Sign Fishing Pact", ("AGREE", "JPN", "KOR")),
    ("Armenia, Azerbaijan agree on border talks", ("AGREE", "ARM", "AZE")),
])
def test_a_headline_comma_between_two_opening_names_is_their_and(headline: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(headline + _BODY, "en")


def test_a_comma_in_a_sentence_or_after_no_name_stays_a_comma() -> None:
    doc = Pipeline()(Article("In Yerevan, Armenia and Azerbaijan agreed on talks.\\nSoldiers, Police Clash" + _BODY,
                             lang="en"))
    assert [t.text for t in doc.tokens if t.text in (",", "&")] == [",", ","]
