"""Claims on real-news forms: who says it, how sure, who denies it (issue 9).

Each paragraph is written for this test after a form seen in real news; the offsets of every
attribution and denial must point at the words that name the speaker or the denier."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from lagebild.pipeline import extract_events


def events(text: str, lang: str) -> list[dict[str, Any]]:
    return [e.to_json() for e in extract_events(text, date(2024, 10, 23), lang)]


def one(evs: list[dict[str, Any]], etype: str, source: str | None = None) -> dict[str, Any]:
    found = [e for e in evs if e["event_type"] == etype and (source is None or (e["source"] or {}).get("country") == source)]
    assert found, f"no {etype} by {source} in {[(e['event_type'], (e['source'] or {}).get('country')) for e in evs]}"
    return found[0]


def spoken(text: str, entry: dict[str, Any]) -> str:
    """The article words an attribution or denial entry points at."""
    assert isinstance(entry["start"], int) and isinstance(entry["end"], int)
    return text[entry["start"]:entry["end"]]


@pytest.mark.parametrize(("lang", "text", "speaker_words"), [
    # genitive source after "nach Angaben", unknown to the gazetteer
    ("de", "Nach Angaben Brenners haben russische Truppen die ukrainische Stadt Charkiw angegriffen.", "Brenners"),
    # trailing cue after the claim
    ("de", "Russische Truppen haben die Stadt Charkiw beschossen, wie die Nachrichtenagentur Reuters berichtete.",
     "Nachrichtenagentur Reuters"),
    ("de", "Russische Truppen haben die Stadt Charkiw beschossen, so der ukrainische Präsident.", "ukrainische Präsident"),
    # a frame after a direct quote, and one before a colon
    ("de", "„Russland hat Truppen nach Belarus verlegt“, sagte Scholz.", "Scholz"),
    ("de", "Scholz sagte: „Russland hat Truppen nach Belarus verlegt.“", "Scholz"),
    ("de", "„Russland hat Truppen nach Belarus verlegt“, ließ ein Sprecher verlauten.", "Sprecher"),
    # V2: an adverbial first, the speaker after the finite verb
    ("de", "Am Montag hat der polnische Außenminister erklärt, Russland habe Truppen nach Belarus verlegt.",
     "polnische Außenminister"),
    # inverted and trailing English frames
    ("en", "Russia attacked Kharkiv, said the Ukrainian army.", "Ukrainian army"),
    ("en", "Russia attacked Kharkiv, the Ukrainian army said.", "Ukrainian army"),
])
def test_attribution_forms(lang: str, text: str, speaker_words: str) -> None:
    evs = events(text, lang)
    assert evs
    for e in evs:
        assert [spoken(text, a) for a in e["attribution"]] == [speaker_words]


def test_a_named_speaker_with_an_apposition_is_named_and_takes_the_side_of_the_apposition() -> None:
    text = ("Olaf Brandt, Sprecher des deutschen Verteidigungsministeriums, erklärte, dass Russland Truppen "
            "nach Belarus verlegt habe.")
    [a] = one(events(text, "de"), "MOBILIZE", "RUS")["attribution"]
    assert a["name"] == "Olaf Brandt" and a["country"] == "DEU" and spoken(text, a) == "Olaf Brandt"


def test_the_addressee_is_not_the_speaker() -> None:
    text = "Kim Min-ji, a spokesperson for the ministry, told lawmakers that North Korea had sent troops to Russia."
    [a] = one(events(text, "en"), "MOBILIZE", "PRK")["attribution"]
    assert a["name"] == "Kim Min-ji" and "lawmakers" not in a["text"]


def test_a_bracketed_acronym_does_not_cut_the_speaker_from_its_verb() -> None:
    text = "South Korea's National Intelligence Service (NIS) has reported that North Korea sent troops to Russia."
    [a] = one(events(text, "en"), "MOBILIZE", "PRK")["attribution"]
    assert a["country"] == "KOR" and a["sector"] == "INTEL"


@pytest.mark.parametrize(("lang", "text", "speaker", "cue_words"), [
    ("en", "Ukraine's president met the Polish prime minister. According to him, Russia has attacked Kharkiv again.",
     "UKR", "him"),
    ("de", "Der polnische Außenminister sagte, Russland habe Truppen nach Belarus verlegt. "
           "Demnach hat Russland auch Litauen angegriffen.", "POL", "Demnach"),  # offsets: where this sentence says so
    ("de", "Russische Truppen haben die Stadt Charkiw angegriffen. Das bestätigte der ukrainische Präsident.",
     "UKR", "ukrainische Präsident"),
])
def test_pronouns_demnach_and_back_frames_reach_the_speaker_told_before(lang: str, text: str, speaker: str,
                                                                         cue_words: str) -> None:
    e = one(events(text, lang), "ASSAULT", "RUS")
    assert [a["country"] for a in e["attribution"]] == [speaker]
    assert spoken(text, e["attribution"][0]) == cue_words


def test_nested_reports_are_kept_as_a_chain() -> None:
    text = "Scholz sagte, der BND habe berichtet, dass Russland Truppen nach Belarus verlegt habe."
    chain = one(events(text, "de"), "MOBILIZE", "RUS")["attribution"]
    assert [(a["name"], a["level"]) for a in chain] == [("BND", 0), ("Olaf Scholz", 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Jan Kowalski, Sprecher des polnischen Außenministeriums, hat belarussische Soldaten beschuldigt, "
           "einen Grenzposten angegriffen zu haben."),
    ("en", "Poland accused Belarus of attacking a border post."),
])
def test_an_accusation_makes_the_accused_the_doer_on_the_accusers_word(lang: str, text: str) -> None:
    evs = events(text, lang)
    accuse = one(evs, "ACCUSE", "POL")
    assert accuse["target"]["country"] == "BLR" and accuse["attribution"] == []  # the speaker's own act
    attack = one(evs, "ASSAULT")
    assert attack["source"]["country"] == "BLR"  # not the accuser
    assert [a["country"] for a in attack["attribution"]] == ["POL"] and attack["modality"] == "factual"


def test_a_demand_is_the_speakers_own_request() -> None:
    e = one(events("Der französische Präsident verlangte von Iran die Freilassung einer Lehrerin.", "de"), "REQUEST", "FRA")
    assert e["target"]["country"] == "IRN" and e["attribution"] == [] and e["modality"] == "factual"


@pytest.mark.parametrize(("lang", "text", "etype", "denier"), [
    ("en", "Iran's foreign minister denied that Tehran had sent missiles to Russia.", "AID", "IRN"),
    ("de", "Russland bestreitet, dass russische Soldaten die Stadt Charkiw angegriffen haben.", "ASSAULT", "RUS"),
])
def test_a_denied_claim_is_never_a_fact(lang: str, text: str, etype: str, denier: str) -> None:
    e = one(events(text, lang), etype)
    assert e["modality"] == "negated"
    [d] = e["denied_by"]
    assert d["country"] == denier and text[d["start"]:d["end"]] == d["text"]


def test_a_denial_in_its_own_paragraph_links_to_the_deniers_event() -> None:
    text = ("North Korea has sent thousands of troops to Russia, South Korea said.\n\n"
            "Talks between Seoul and Washington continued on Monday.\n\n"
            "Russia and North Korea have so far denied the troop movements.")
    e = one(events(text, "en"), "MOBILIZE", "PRK")
    assert sorted(d["country"] for d in e["denied_by"]) == ["PRK", "RUS"]
    assert e["modality"] == "factual"  # on South Korea's word; the denial does not make it false
    assert all(text[d["start"]:d["end"]] in ("Russia", "North Korea") for d in e["denied_by"])


def test_rejecting_a_request_is_no_denial() -> None:
    e = one(events("Turkey rejected Sweden's request to extradite the suspects.", "en"), "REJECT", "TUR")
    assert e["denied_by"] == []


@pytest.mark.parametrize(("lang", "text", "etype", "modality"), [
    ("en", "Zelensky traveled to Washington, hoping to win more American support.", "SUPPORT", "future"),
    # round 35: a targetless plan is no event (untold_plans.py), so the sentence names a target
    ("en", "Russia is expected to send more troops to Ukraine.", "MOBILIZE", "future"),
    ("en", "Trump ordered new tariffs. He said he will impose an additional 10 percent tariff on China.",
     "SANCTION", "future"),
    ("en", "Russia refused to withdraw its troops from Georgia.", "REJECT", "factual"),  # the refusal happened
    ("en", "Russia managed to capture the town.", "ASSAULT", "factual"),
    ("de", "Polen will die Zusammenarbeit mit Japan ausbauen.", "COOPERATE", "future"),
    ("de", "Russland hat nicht nur Charkiw angegriffen, sondern auch Odessa.", "ASSAULT", "factual"),
    # another side's forecast (the doer's own announcement is a threat: tests/test_implicit_events.py)
    ("de", "Die Ukraine erklärte, Russland werde Charkiw weiter angreifen.", "ASSAULT", "future"),
])
def test_modality_from_verbs_auxiliaries_and_infinitives(lang: str, text: str, etype: str, modality: str) -> None:
    # the last event of the type is the one the case is about ("ordered new tariffs" is a factual sanction before it)
    evs = events(text, lang)
    one(evs, etype)
    assert [e for e in evs if e["event_type"] == etype][-1]["modality"] == modality


def test_a_pronoun_opening_the_reported_clause_is_the_speaker() -> None:
    e = one(events("Russland erklärte, es werde Truppen an die Grenze zur Ukraine verlegen.", "de"), "MOBILIZE", "RUS")
    assert [a["country"] for a in e["attribution"]] == ["RUS"]
    # an attack it announces is its own threat, the same pronoun its doer (tests/test_implicit_events.py)
    e = one(events("Russland erklärte, es werde die Ukraine weiter angreifen.", "de"), "THREATEN", "RUS")
    assert e["target"]["country"] == "UKR"


def test_every_attribution_and_denial_points_at_its_words(seed_text: str) -> None:
    from lagebild.ingest.readers import ReadOptions, read_paths
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    from .conftest import EXAMPLES

    pipe = Pipeline()
    articles = [*read_paths([EXAMPLES], ReadOptions()), Article(seed_text, lang="de", published=date(2024, 10, 23))]
    checked = 0
    for art in articles:
        for e in pipe(art).events:
            for entry in [*e.to_json()["attribution"], *e.to_json()["denied_by"]]:
                assert art.text[entry["start"]:entry["end"]] == entry["text"], (art.id, entry)
                checked += 1
    assert checked >= 10


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Scholz sagte: „Wir sind besorgt. Russland hat Truppen nach Belarus verlegt.“ Polen hat Truppen an die "
           "Grenze verlegt."),
    ("en", "Biden said: “We are worried. Russia has sent troops to Belarus.” Poland sent troops to the border."),
])
def test_a_quotation_over_several_sentences_keeps_its_speaker_until_it_closes(lang: str, text: str) -> None:
    evs = events(text, lang)
    assert [a["text"] for a in one(evs, "MOBILIZE", "RUS")["attribution"]] == [text.split()[0]]
    assert one(evs, "MOBILIZE", "POL")["attribution"] == []  # after the quotation: the article's own claim


@pytest.mark.parametrize(("lang", "text", "denier"), [
    ("en", "Zimbabwean security forces detained dozens of activists. Party officials said the opposition leader "
           "was among them, but police denied the charge.", "ZWE"),
    ("de", "Russland hat Truppen nach Belarus verlegt. Das bestritt die Regierung.", "RUS"),
])
def test_an_institution_denies_for_the_side_told_just_before(lang: str, text: str, denier: str) -> None:
    denied = [e for e in events(text, lang) if e["denied_by"]]
    assert denied and all([d["country"] for d in e["denied_by"]] == [denier] for e in denied)
