"""English round 23 (secen23): a web address in brackets before a sentence is a line of its own, and whose a bare
English sector noun is ("authorities", "officials", "police"). Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.language.segment import segment
from lagebild.model import Article, Doc

from .test_roles_en_round10 import _PIPE, _events, needs_parser


def _sentences(text: str) -> list[str]:
    d = segment(Doc(Article(text, published=date(2025, 3, 1)), lang="en"))
    return [d.sentence_text(s.i) for s in d.sentences]


def test_a_bracketed_web_address_ends_its_sentence() -> None:
    # the link line and the sentence after it were one sentence, so one parse
    assert _sentences("[http://news.example.com/story.jhtml?type=worldNews&id=7] With talks stalled, Iran "
                      "threatened Israel.") == ["[http://news.example.com/story.jhtml?type=worldNews&id=7]",
                                                "With talks stalled, Iran threatened Israel."]
    assert _sentences("(www.example.org/report) The army attacked.") == ["(www.example.org/report)",
                                                                        "The army attacked."]
    # a lower-case word after the address runs on: the address is part of the sentence
    assert _sentences("See www.example.org for the report. He left.") == ["See www.example.org for the report.",
                                                                        "He left."]



def _sectors(text: str) -> dict[str, str | None]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return {m.text: m.actor.country for m in doc.mentions if m.kind == "actor" and m.actor is not None
            and m.via.startswith(("sector", "appositive"))}


_STORY = ("The United States criticised Venezuela on Monday. Washington said the vote was unfair. Washington recalled "
          "its ambassador.\n")


@needs_parser
def test_a_title_and_name_of_a_country_are_that_countrys() -> None:
    # "King Hamid" is no known person: the article's country (Israel) was taken before "of Morocco" was read
    text = ("Israel and the Palestinians resumed talks on Monday. Israel freed 20 prisoners.\n"
            "King Hamid of Morocco offered to host a meeting between Israel and the Palestinians.")
    assert _sectors(text)["King Hamid"] == "MAR"
    assert ("AGREE", "MAR", "ISR") in _events(text)


@needs_parser
def test_people_who_act_at_home_take_the_country_of_the_storys_scene() -> None:
    # a US reaction to a Venezuelan vote: Washington is named most, the march is in Caracas (was COERCE USA -> USA)
    text = _STORY + "Thousands marched in Caracas. Later, police arrested dozens of students."
    assert _sectors(text)["police"] == "VEN"
    assert ("COERCE", "VEN", "VEN") in _events(text)
    # where the rebels fight, not the neighbour the story names most (was SDN)
    text = ("Chad said on Monday the rebels came from Sudan. Sudan denied it. Sudan said it had closed the border.\n"
            "The fighting went on in N'Djamena and in Abeche.\nRebels attacked a police station.")
    assert ("ASSAULT", "TCD", "TCD") in _events(text)
    # the ambassador is no one who acts where the story happens: still the country the story names most
    assert _sectors(_STORY + "Thousands marched in Caracas.")["ambassador"] == "USA"


@needs_parser
def test_a_possessive_country_is_no_object_against_a_bare_state_body() -> None:
    # "Venezuela's neighbours" owns the neighbours; it left "authorities" with no country (cov22's object rule)
    text = _STORY + ("Thousands marched in Caracas on Sunday.\nWith authorities continuing to arrest protesters, the "
                     "White House said Venezuela's neighbours must act.")
    assert _sectors(text)["authorities"] == "VEN"
