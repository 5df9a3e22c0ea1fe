"""Claims of the seventh round (issue 9): a direct quotation read as one unit, quoted titles and bracketed
acronyms as speakers, inserted and "heißt es in" frames, singular casualty counts. Paragraphs written
for these tests, after forms met in the German quotation corpus' training split."""

from __future__ import annotations

from lagebild.extract.quote_marks import QuoteMarks
from lagebild.knowledge.resources import load

from .test_claims import events, one, spoken


def test_a_frame_after_a_quotation_speaks_for_its_first_sentence_too() -> None:
    # the frame stands after the closing mark, two sentences after the attack told inside the quotation
    text = ("„Russische Truppen haben in der Nacht die ukrainische Stadt Charkiw beschossen. Das ist ein schwerer "
            "Bruch des Völkerrechts“, "
            "sagte der deutsche Außenminister Frank-Walter Steinmeier am Montag in Berlin.")
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert [a["name"] for a in e["attribution"]] == ["Frank-Walter Steinmeier"]
    assert "Steinmeier" in spoken(text, e["attribution"][0])


def test_a_quotation_without_a_frame_next_to_it_gives_no_speaker() -> None:
    text = ("Die Zeitung zitierte einen alten Slogan. „Russland hat in der Nacht die Ukraine angegriffen.“ "
            "Danach blieb es ruhig.")
    for e in events(text, "de"):
        assert not e["attribution"]


def test_quotation_spans_pair_the_marks_and_skip_an_unclosed_one() -> None:
    text = "„A. B.“, sagte er. Dann: »C« und \"D\". „E ohne Ende"
    spans = QuoteMarks.from_data(load("claims", "de")).spans(text)
    assert [text[a:b] for a, b in spans] == ["„A. B.“", "»C«", "\"D\""]


def test_quote_marks_pair_by_the_language_but_accept_every_convention_as_a_token() -> None:
    de, en = (QuoteMarks.from_data(load("claims", lang)) for lang in ("de", "en"))
    # “ closes a German quotation and opens an English one; as a token it is a mark in both
    assert [m.spans("„A“ und “B”") for m in (de, en)] == [[(0, 3)], []]
    assert [m.spans("“B”") for m in (de, en)] == [[], [(0, 3)]]
    assert "“" in de.opening and "“" in de.closing and "„" in en.opening
    assert de.left_open("Er sagte: „A. B.") and not de.left_open("Er sagte: „A.“ B.")
    assert en.left_open('He said: "A.') and not en.is_mark("-")


def test_a_quoted_lower_case_title_is_the_speaker() -> None:
    text = "Wie „heise online“ berichtet, sperrten chinesische Behörden den Zugang zu mehreren Webseiten."
    e = one(events(text, "de"), "COERCE", "CHN")
    assert [a["name"] for a in e["attribution"]] == ["heise online"]
    assert spoken(text, e["attribution"][0]) == "heise online"


def test_a_bracketed_acronym_stays_inside_a_postposition_phrase() -> None:
    text = ("Einer Erklärung des Verbandes Deutscher Journalisten (VDJ) zufolge hat die russische Polizei "
            "in Moskau zwölf Reporter festgenommen.")
    e = one(events(text, "de"), "COERCE", "RUS")
    # bits32: named by its long name in the nominative, the acronym only in the attribution's text
    assert [a["name"] for a in e["attribution"]] == ["Verband Deutscher Journalisten"]


def test_an_inserted_so_frame_covers_its_whole_sentence() -> None:
    text = "In Gaza hat die israelische Armee, so die Ermittler der Vereinten Nationen, mehrere Schulen zerstört."
    e = one(events(text, "de"), "ASSAULT", "ISR")
    assert e["attribution"] and "Ermittler" in spoken(text, e["attribution"][0])


def test_an_inserted_so_giving_examples_is_no_frame() -> None:
    # "so" as "for instance": the countries are what the sentence is about, not who says it
    text = "Mehrere Staaten, so Frankreich und Belgien, haben Soldaten nach Mali entsandt."
    for e in events(text, "de"):
        assert not e["attribution"]


def test_heisst_es_in_names_the_document_as_speaker() -> None:
    text = "Die russische Armee habe die Stadt Charkiw beschossen, heißt es in einer Erklärung der ukrainischen Regierung."
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert [a["country"] for a in e["attribution"]] == ["UKR"]


def test_a_singular_casualty_counts_one() -> None:
    text = "Bei einem Anschlag der Taliban in Kabul wurde am Montag ein Mensch getötet."
    e = one(events(text, "de"), "ASSAULT")
    assert [q["value"] for q in e["quantities"]] == [1]


def test_a_pronoun_after_the_verb_is_the_speaker_of_a_speech_act() -> None:
    # an adverbial holds the first place, so "er" after the verb is the subject: the chancellor, not Macron
    text = ("Bundeskanzler Olaf Scholz sprach am Montag in Berlin. "
            "Nach dem Treffen mit Emmanuel Macron kritisierte er die russische Regierung scharf.")
    e = one(events(text, "de"), "ACCUSE")
    assert (e["source"]["country"], e["target"]["country"]) == ("DEU", "RUS")


def test_an_object_first_then_the_pronoun_speaker() -> None:
    text = ("Bundeskanzler Olaf Scholz sprach am Montag in Berlin. "
            "Die Regierung in Moskau forderte er auf, die Angriffe sofort einzustellen.")
    e = one(events(text, "de"), "REQUEST")
    assert (e["source"]["country"], e["target"]["country"]) == ("DEU", "RUS")


def test_a_back_frame_adds_its_speaker_to_a_claim_that_has_one() -> None:
    # the agency reports it, and the sentence after says the police announced it: both are sources
    text = ("Laut einer Eilmeldung des Senders N24 ist in London ein mutmaßlicher Terrorist von der Polizei "
            "festgenommen worden. Dies gab die britische Polizei am Abend bekannt.")
    e = one(events(text, "de"), "COERCE", "GBR")
    said = [spoken(text, a) for a in e["attribution"]]
    assert "einer Eilmeldung" in said and "britische Polizei" in said


def test_nach_einem_bericht_der_names_the_reporter() -> None:
    text = "Nach einem Bericht von Human Rights Watch hat die syrische Armee die Stadt Homs bombardiert."
    e = one(events(text, "de"), "ASSAULT", "SYR")
    assert [a["name"] for a in e["attribution"]] == ["Human Rights Watch"]


def test_soll_with_a_past_infinitive_is_reported_not_planned() -> None:
    done = one(events("Die syrische Armee soll die Stadt Homs bombardiert haben.", "de"), "ASSAULT", "SYR")
    planned = one(events("Die syrische Armee soll die Stadt Homs morgen bombardieren.", "de"), "ASSAULT", "SYR")
    assert (done["modality"], done["hedged"]) == ("factual", True)
    assert planned["modality"] == "future"


def test_a_quotation_opening_the_next_sentence_keeps_the_frame_of_the_one_before() -> None:
    text = ("„Die Lage in der Ukraine ist ernst“, erklärte der deutsche Außenminister Frank-Walter Steinmeier. "
            "„Russland hat die ukrainische Stadt Charkiw bombardiert. Das ist ein Bruch des Völkerrechts.“")
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert [a["name"] for a in e["attribution"]] == ["Frank-Walter Steinmeier"]


def test_an_adjective_inside_a_nach_angaben_phrase_keeps_the_speaker() -> None:
    text = "Nach Angaben der örtlichen Polizei hat die syrische Armee die Stadt Homs bombardiert."
    e = one(events(text, "de"), "ASSAULT", "SYR")
    assert [spoken(text, a) for a in e["attribution"]] == ["örtlichen Polizei"]
    assert not e["hedged"]  # a definite institution speaks for its side, no rumour


def test_a_report_relative_names_the_report_and_a_passive_denial_negates_it() -> None:
    # one clause for the splitter: "…, wonach … soll, wurde dementiert"; the report's owner speaks
    text = ("Ein Bericht der Agentur Interfax, wonach der Oppositionsführer Milinkewitsch von der weißrussischen "
            "Polizei festgenommen worden sein soll, wurde gestern dementiert.")
    e = one(events(text, "de"), "COERCE")
    assert [a["name"] for a in e["attribution"]] == ["Interfax"]
    assert e["modality"] == "negated" and e["denied_by"]


def test_a_rejected_press_report_is_the_papers_claim() -> None:
    text = ("Das iranische Außenministerium hat Pressemeldungen der New York Times zurückgewiesen, wonach die "
            "US-Armee eine iranische Stadt bombardiert habe.")
    e = one(events(text, "de"), "ASSAULT", "USA")
    assert [spoken(text, a) for a in e["attribution"]] == ["der New York Times"]


def test_german_single_marks_are_marks_but_pair_nothing() -> None:
    de = QuoteMarks.from_data(load("claims", "de"))
    assert de.is_mark("‚") and de.is_mark("‘") and de.is_mark("'")
    assert de.spans("Er nannte es ‚Krieg‘.") == []


def test_a_reporting_verb_addressee_may_be_a_title_in_single_marks() -> None:
    # the addressee between the verb and the comma is read over its quotation marks (claims_verbs._addressee_comma)
    text = "Der Minister sagte der Zeitung ‚Morgenpost‘, Russland habe in der Nacht die Ukraine angegriffen."
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert [a["name"] for a in e["attribution"]]
