"""Claim frames of the fourth round (issue 9): long trailing speakers, adverbials before the English
subject, passive frames. Paragraphs written for these tests, after forms met in real news."""

from __future__ import annotations

import pytest

from .test_claims import events, one, spoken


def test_a_long_speaker_name_in_a_trailing_frame_is_the_speaker_not_the_target() -> None:
    text = "Russia attacked Kharkiv, the London-based Ukrainian Centre for Civil Liberties said."
    e = one(events(text, "en"), "ASSAULT", "RUS")
    assert "Centre for Civil Liberties" in spoken(text, e["attribution"][0])
    assert "Centre" not in ((e["target"] or {}).get("text") or "")


def test_an_adverbial_before_the_english_subject_is_no_speaker() -> None:
    text = ('The State Department said on Friday: "Through a channel that was opened last spring, we can confirm '
            'that Iran has sent drones to Russia."')
    e = one(events(text, "en"), "AID", "IRN")
    assert [a["country"] for a in e["attribution"]] == ["USA"]


def test_an_adverbial_with_a_comma_keeps_the_subject_after_it() -> None:
    text = "In a statement, the Polish foreign ministry said that Belarus had sent troops to the border."
    e = one(events(text, "en"), "MOBILIZE", "BLR")
    assert [spoken(text, a) for a in e["attribution"]] == ["Polish foreign ministry"]


def test_an_inverted_frame_keeps_a_speaker_with_an_apposition() -> None:
    text = "Russia attacked Kharkiv, said Oleh Ivanenko, head of the regional council."
    e = one(events(text, "en"), "ASSAULT", "RUS")
    assert [spoken(text, a) for a in e["attribution"]] == ["Oleh Ivanenko"]


@pytest.mark.parametrize(("text", "speaker_words"), [
    # a frame before the claim, opened by "wie", with a verb-final separable particle
    ("Wie die polnische Regierung mitteilte, hat Russland Truppen nach Belarus verlegt.", "polnische Regierung"),
    ("Wie die polnische Regierung bekannt gab, hat Russland Truppen nach Belarus verlegt.", "polnische Regierung"),
    # a compound of a report noun names an unnamed source
    ("Nach Polizeiangaben hat die italienische Polizei drei Libyer festgenommen.", "Polizeiangaben"),
    ("Laut israelischen Militärangaben haben libanesische Milizen israelische Soldaten beschossen.",
     "israelischen Militärangaben"),
    # a web site as the source
    ("Laut ndr.de hat die Polizei in Hamburg zwölf Demonstranten aus Polen festgenommen.", "ndr.de"),
])
def test_german_frames_before_the_claim(text: str, speaker_words: str) -> None:
    evs = events(text, "de")
    assert evs
    for e in evs:
        assert [spoken(text, a) for a in e["attribution"]] == [speaker_words]


def test_a_wie_frame_speaker_is_no_role_of_the_event() -> None:
    e = one(events("Wie die polnische Regierung mitteilte, hat Russland Truppen nach Belarus verlegt.", "de"), "MOBILIZE")
    assert e["source"]["country"] == "RUS"


def test_konjunktiv_i_of_a_regular_verb_keeps_the_speaker_of_the_paragraph() -> None:
    text = ("Der polnische Außenminister Jan Nowak sagte, Russland habe Truppen nach Belarus verlegt. "
            "Er erwarte Festnahmen polnischer Bürger durch die belarussische Polizei.")
    evs = [e for e in events(text, "de") if e["evidence"]["sentence_index"] == 1]
    assert evs and all([a["country"] for a in e["attribution"]] == ["POL"] for e in evs)


@pytest.mark.parametrize(("text", "etype", "modality"), [
    # a purpose infinitive is meant, not done
    ("Ukraine's president travelled to Berlin to finalize a deal with Germany on air defence.", "AGREE", "future"),
    # an implicative verb says the infinitive happened
    ("Russia was forced to withdraw its troops from Kherson.", "RETREAT", "factual"),
])
def test_an_english_to_infinitive_is_intended_unless_its_verb_says_it_happened(text: str, etype: str,
                                                                                modality: str) -> None:
    assert one(events(text, "en"), etype)["modality"] == modality


def test_a_participle_after_a_noun_denies_nothing() -> None:
    text = ("Ethiopia expelled six Norwegian diplomats whom it accuses of meddling in its affairs. Only days after Sudan "
            "took a similar step against Canadian and European Union envoys, the move raises fears that expulsions are "
            "turning into a tool for governments rejecting criticism.")
    evs = events(text, "en")
    assert evs and all(e["denied_by"] == [] for e in evs)


def test_a_participle_clause_after_a_comma_is_a_denial() -> None:
    text = "Iran issued a statement on Monday, denying that Tehran had sent missiles to Russia."
    e = one(events(text, "en"), "AID", "IRN")
    assert e["modality"] == "negated" and [d["country"] for d in e["denied_by"]] == ["IRN"]


def test_a_bracketed_acronym_names_an_institution_after_nach_angaben() -> None:
    text = ("Nach Angaben des Bundesamtes für Verfassungsschutz (BfV) hat die russische Armee zwei Georgier in "
            "Deutschland festgenommen.")
    [a] = one(events(text, "de"), "COERCE")["attribution"]
    assert a["name"] == "BfV" and spoken(text, a) == "Bundesamtes für Verfassungsschutz"


def test_an_acronym_speaker_is_the_actor_whose_initials_it_spells() -> None:
    text = ("Vertreter von Amnesty International verurteilten den Einsatz. Nach Angaben von AI verhafteten iranische "
            "Polizisten mehr als 100 Iraner.")
    [a] = one(events(text, "de"), "COERCE")["attribution"]
    assert a["name"] == "Amnesty International" and spoken(text, a) == "AI"


@pytest.mark.parametrize(("text", "modality"), [
    ("Officials say Iraq will top the agenda when the US secretary of state visits Saudi Arabia.", "future"),
    ("Russia will respond after Ukraine attacked Russia.", "factual"),  # the time clause is past
])
def test_a_time_clause_under_a_future_main_clause(text: str, modality: str) -> None:
    evs = [e for e in events(text, "en") if e["event_type"] in ("CONSULT", "ASSAULT")]
    assert evs and all(e["modality"] == modality for e in evs)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("de", "Der polnische Außenminister kritisierte die russische Regierung scharf: Russland habe Truppen nach "
           "Belarus verlegt.", "POL"),
    ("en", "The Polish foreign minister criticized Moscow: Russia has moved troops to Belarus.", "POL"),
])
def test_after_a_speech_act_and_a_colon_the_claim_is_the_speakers(lang: str, text: str, speaker: str) -> None:
    evs = events(text, lang)
    assert [a["country"] for a in one(evs, "MOBILIZE", "RUS")["attribution"]] == [speaker]
    assert one(evs, "ACCUSE", speaker)["attribution"] == []  # the speech act is the speaker's own
