"""Who says it, round 27 (attr27): a reporting verb in a clause after a contrast ("while X said ...", "and insisted
...", "but media reports said ...") or in a participle (", saying ...") reports the clause after it only; the clause
before is the article's own, and the participle's speaker is the subject of the verb it hangs on.

Every sentence is written for this test; none is copied from news-gold, the GSR or dev2."""

from __future__ import annotations

import pytest

from .test_claims import events, one


def _speakers(e: dict) -> list[str]:
    return [a["name"] for a in e["attribution"]]


@pytest.mark.parametrize(("text", "etype", "source"), [
    ("Britain recalled its ambassador from Tehran on Monday while Iranian officials said they needed more time.",
     "SANCTION", "GBR"),
    ("Chad and Sudan agreed to a ceasefire after a week of fighting but media reports said clashes were continuing.",
     "AGREE", "TCD"),
    ("Protesters blocked the main road in Nairobi on Monday, saying police had arrested their leaders.",
     "PROTEST", "KEN"),
    ("Rebels in Mali on Friday rejected an appeal from the government to lay down their arms, saying they had lost "
     "all trust in it.", "REJECT", "MLI"),
])
def test_the_clause_before_a_contrast_or_participle_frame_is_not_attributed(text: str, etype: str, source: str) -> None:
    e = one(events(text, "en"), etype, source)
    assert e["attribution"] == [], _speakers(e)


def test_a_participle_frame_speaks_with_the_subject_of_its_main_verb() -> None:
    e = one(events("Syria fired missiles at Israel, saying Israeli jets had bombed Damascus.", "en"), "ASSAULT", "ISR")
    assert [a["country"] for a in e["attribution"]] == ["SYR"]


@pytest.mark.parametrize(("text", "etype", "source", "country"), [
    ("Russia attacked Kyiv overnight, Ukrainian officials said.", "ASSAULT", "RUS", "UKR"),  # a trailing frame
    ("The United Nations said Sudan's army had bombed a market in Darfur, killing 40 people.", "ASSAULT", "SDN", None),
])
def test_frames_before_or_after_the_claim_keep_their_speaker(text: str, etype: str, source: str,
                                                            country: str | None) -> None:
    e = one(events(text, "en"), etype, source)
    assert len(e["attribution"]) == 1 and e["attribution"][0]["country"] == country, e["attribution"]


def test_a_german_reporting_verb_after_waehrend_reports_what_follows_it_only() -> None:
    text = ("Russland griff Kiew an, während der ukrainische Präsident Selenskyj sagte, die Armee habe zehn Drohnen "
            "abgeschossen.")
    assert one(events(text, "de"), "ASSAULT", "RUS")["attribution"] == []


def test_a_subject_before_an_apposition_between_dashes_is_the_speaker() -> None:
    text = ("An official with the Ras Kamboni militia – a group allied with the Somali government – told VOA that about "
            "400 Kenyan soldiers crossed the border on Friday.")
    e = one(events(text, "en"), "MOBILIZE", "KEN")
    assert [a["country"] for a in e["attribution"]] == ["SOM"], e["attribution"]
