"""More claim forms seen in real news (issue 9, second round): who says it, who denies it, how sure, how many.

Each paragraph is written for this test after a form met in the quotation corpus or news-gold dev
half; none is copied from them."""

from __future__ import annotations

import pytest

from .test_claims import events, one, spoken


@pytest.mark.parametrize(("text", "speaker_words"), [
    # an adjective between "nach" and "Angaben" is no source: the genitive after it is
    ("Nach übereinstimmenden Angaben der Zeitung Le Monde haben russische Truppen die Stadt Charkiw angegriffen.",
     "der Zeitung Le Monde"),
    # "nach Aussage", "nach Ansicht", "nach Einschätzung" name their source like "nach Angaben"
    ("Nach Aussage eines Sprechers der Stadt Lyon hat die französische Polizei zwölf Demonstranten festgenommen.",
     "eines Sprechers der Stadt Lyon"),
    ("Nach Einschätzung des britischen Geheimdienstes hat Russland Soldaten nach Belarus verlegt.",
     "britischen Geheimdienstes"),
])
def test_nach_cues_name_the_phrase_after_them(text: str, speaker_words: str) -> None:
    evs = events(text, "de")
    assert evs, text
    a = evs[0]["attribution"][0]
    assert speaker_words in spoken(text, a)


def test_an_apposition_before_the_finite_verb_keeps_the_named_speaker() -> None:
    text = ("Pjotr Wolkow, Kommandeur der belarussischen Grenztruppen, hat angekündigt, er werde Soldaten "
            "an die Grenze zu Litauen verlegen.")
    atts = one(events(text, "de"), "MOBILIZE")["attribution"]
    assert [a["name"] for a in atts] == ["Pjotr Wolkow"] and atts[0]["country"] == "BLR"


def test_the_reported_clause_after_a_comma_is_claimed_even_when_a_clause_follows() -> None:
    text = ("Die Außenministerin hatte in Kiew erklärt, die USA würden der Ukraine weitere Raketen liefern, "
            "um die Luftabwehr zu stärken.")
    e = one(events(text, "de"), "AID", "USA")
    assert [spoken(text, a) for a in e["attribution"]] == ["Außenministerin"]


@pytest.mark.parametrize("second", [
    "Zudem habe die russische Armee ein Dorf bei Charkiw angegriffen.",
    "Russische Truppen sollen zudem ein Dorf bei Charkiw angegriffen haben.",
])
def test_konjunktiv_and_sollen_keep_the_speaker_of_the_paragraph(second: str) -> None:
    first = "Der ukrainische Generalstab teilte mit, Russland habe die Stadt Sumy beschossen."
    text = f"{first} {second}"
    evs = [e for e in events(text, "de") if e["evidence"]["start"] > len(first)]
    assert evs and all([a["country"] for a in e["attribution"]] == ["UKR"] for e in evs)


def test_a_plan_told_in_a_later_clause_is_no_reported_speech() -> None:
    first = "Der ukrainische Generalstab teilte mit, Russland habe die Stadt Sumy beschossen."
    text = f"{first} Im Mai hatten Armenien und Aserbaidschan ein Abkommen unterzeichnet, das den Krieg beenden soll."
    evs = [e for e in events(text, "de") if e["evidence"]["start"] > len(first)]
    assert evs and all(e["attribution"] == [] for e in evs)


def test_a_speaker_quoted_by_a_news_agency_is_kept_as_a_chain() -> None:
    text = ("Anna Petrowa, Sprecherin der belarussischen Opposition, wird von der Nachrichtenagentur Reuters mit den "
            "Worten zitiert, die belarussische Polizei habe zwei Journalisten festgenommen.")
    chain = one(events(text, "de"), "COERCE", "BLR")["attribution"]
    assert [(a["name"], a["level"]) for a in chain] == [("Anna Petrowa", 0), ("Reuters", 1)]


def test_a_pronoun_denies_for_the_actor_named_last() -> None:
    text = ("Die Ukraine wirft dem russischen Verteidigungsminister vor, den Angriff auf Charkiw befohlen zu haben, "
            "was dieser jedoch zurückweist.")
    deniers = [d for e in events(text, "de") for d in e["denied_by"]]
    assert deniers and {d["country"] for d in deniers} == {"RUS"}
    assert all(spoken(text, d) == "dieser" for d in deniers)


def test_a_denied_report_is_what_others_said_not_the_deniers_own_act() -> None:
    text = ("Iran's foreign minister met his Russian counterpart in Moscow. Western officials say Iran sent drones "
            "to Russia. He denied the report.")
    evs = events(text, "en")
    assert [d["country"] for d in one(evs, "AID", "IRN")["denied_by"]] == ["IRN"]
    assert one(evs, "CONSULT", "IRN")["denied_by"] == []


def test_an_event_noun_that_is_denied_is_extracted_as_negated() -> None:
    text = "Moskau dementierte einen Angriff russischer Truppen auf die Stadt Charkiw."
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert e["modality"] == "negated" and [spoken(text, d) for d in e["denied_by"]] == ["Moskau"]


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "Germany pledged to send more tanks to Ukraine.", "AGREE"),
    ("en", "Iran has committed to keep cooperating with Japan on the investigation.", "AGREE"),
    ("de", "Frankreich versprach der Ukraine weitere Waffenlieferungen.", "AGREE"),
])
def test_a_pledge_is_future(lang: str, text: str, etype: str) -> None:
    assert one(events(text, lang), etype)["modality"] == "future"


@pytest.mark.parametrize(("lang", "text", "etype", "value"), [
    ("de", "In Nairobi nahm die kenianische Polizei drei Iraner fest.", "COERCE", 3),
    ("en", "Ethiopia has expelled six Norwegian diplomats.", "SANCTION", 6),
    # the relative clause counts its antecedent
    ("de", "In Niamey wurden rund 5.000 Menschen, die gegen die Regierung von Niger demonstrierten, gezählt.",
     "PROTEST", 5000),
])
def test_counts_in_words_and_of_an_antecedent(lang: str, text: str, etype: str, value: int) -> None:
    assert value in [q["value"] for q in one(events(text, lang), etype)["quantities"]]


def test_a_span_of_time_is_no_count() -> None:
    text = "Russland hat vor zwei Wochen Truppen nach Belarus verlegt."
    assert one(events(text, "de"), "MOBILIZE", "RUS")["quantities"] == []
