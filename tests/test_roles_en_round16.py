"""English doers named before their pronoun (round 16, extract/roles_en.py ``pronoun_antecedent``): a "he"/"she" subject
the mention finder resolved to the last person named in the paragraph, and a quotation's "I" resolved to its speaker."""

from __future__ import annotations

from datetime import date

from lagebild.extract.analyser import analysis_of
from lagebild.extract.roles_en import EnglishSyntax
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_families_en import _events, pytestmark  # noqa: F401  (skipped without the English parser)


def test_he_in_the_next_sentence_is_the_person_named_before() -> None:
    found = _events("Russian President Vladimir Putin met Turkish officials on Monday. He threatened to attack Ukraine.")
    assert ("THREATEN", "RUS", "UKR") in found


def test_she_is_the_woman_named_before() -> None:
    found = _events("German Foreign Minister Annalena Baerbock arrived in Beijing on Tuesday. "
                    "She criticised Russia for the attacks.")
    assert any(t == "ACCUSE" and src == "DEU" and tgt == "RUS" for t, src, tgt in found)


def test_a_pronoun_with_no_person_named_before_has_no_doer() -> None:
    # nobody named: the pronoun stays unresolved and no country is guessed for it
    found = _events("He threatened to attack Ukraine.")
    assert not any(t == "THREATEN" and src is not None for t, src, _ in found)


def test_a_quoted_i_is_the_speaker_of_the_paragraph_before() -> None:
    # the paragraph's "I" is resolved to the speaker of the quotation before it (coreference.yaml speaker_pronouns)
    found = _events('"This is unacceptable," said President George W. Bush. "So I welcome the efforts of Australia, which has '
                    'announced sanctions."\n\n"I commend nations such as Canada that have curtailed their trade in '
                    'response to the killings. I thank nations such as Chile who have spoken out against the killings," '
                    'he added.')
    assert ("SUPPORT", "USA", "CAN") in found


def test_its_on_a_subject_noun_is_the_doer_told_before() -> None:
    found = _events("China summoned the ambassador of Lithuania on Monday. Its sanctions against Lithuania took effect "
                      "on Tuesday.")
    assert ("SANCTION", "CHN", "LTU") in found


def test_its_demands_are_the_country_that_acted_before() -> None:
    found = _events("Iran rejected the offer on Monday. Its demands for compensation from the United States "
                      "were ignored.")
    assert any(t == "REQUEST" and src == "IRN" for t, src, _ in found)


def test_its_after_a_noun_in_its_own_sentence_is_that_noun() -> None:
    # "the west ... its support": the pronoun names back the nearer noun, not the doer of the sentence
    found = _events("The Russian president lashed out at the west for its support of Georgia in the conflict.")
    assert not any(t == "SUPPORT" for t, _, _ in found)


def test_its_names_back_no_person() -> None:
    found = _events("Russian President Vladimir Putin condemned the plan on Monday. Its sanctions against Lithuania "
                    "took effect on Tuesday.")
    assert not any(t == "SANCTION" and src == "RUS" for t, src, _ in found)


def test_the_author_of_a_document_acts_in_what_it_says() -> None:
    found = _events("Iran published a report accusing Israel of the killing.")
    assert ("ACCUSE", "IRN", "ISR") in found


def test_a_document_found_names_no_author() -> None:
    # roles_en_groups.document_author: only a verb of authoring ("published") makes its subject the document's author
    syntax = EnglishSyntax(load("lexicon", "en"))
    pipe = Pipeline(scorer=False)
    for text, author in (("Turkish police published a letter threatening the governor.", "police"),
                         ("Turkish police found a letter threatening the governor.", None)):
        doc = pipe(Article(text, lang="en", published=date(2025, 3, 1)))
        parse = analysis_of(doc)
        assert parse is not None
        v = next(t.i for t in doc.tokens if t.text == "threatening")
        found = syntax.document_author(doc, parse, v)
        assert (doc.tokens[found].text if found is not None else None) == author


def test_a_statement_quoted_after_a_colon_is_its_sentences_subjects() -> None:
    # coreference._frame_speaker: the actor opening the colon's sentence speaks the quotation, paragraphs on
    text = ("The U.S. State Department confirmed the exchange in a statement issued on Saturday afternoon:\n\n"
            "“Through a channel set up for this, we can confirm the release of four Americans.\n\n"
            "\"We offered clemency to seven Iranians who had been convicted in the United States.”")
    found = [m for m in Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article(text, id="t", lang="en", published=date(2016, 1, 17))).mentions if m.via == "coreference"]
    assert [(m.text, m.actor.country if m.actor else None) for m in found] == [("we", "USA"), ("We", "USA")], found
    # no actor opening the sentence: a colon after a place or a time names no speaker
    text = "On Saturday afternoon in Washington, a statement said:\n\n“We can confirm the release of four Americans.”"
    found = [m for m in Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article(text, id="t", lang="en", published=date(2016, 1, 17))).mentions if m.via == "coreference"]
    assert found == []
