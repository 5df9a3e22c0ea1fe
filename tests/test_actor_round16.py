"""Round 16 actor coverage (issue 14): a German subject pronoun goes on with the subject before it where number
and gender agree ("Die Regierung kündigte ... an. Sie will ...", "Die Regierung erklärte, sie werde ...").
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.coreference import Coreference
from lagebild.extract.subject_pronouns import pronoun_genders
from lagebild.knowledge import resources
from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


def read(pipe: Pipeline, text: str) -> Doc:
    return pipe(Article(text, id="t", lang="de", published=date(2014, 6, 1)))


def pronoun(doc: Doc, word: str) -> tuple[str | None, str]:
    """The country and via of the (last) mention that is exactly ``word``; (None, "") where there is none."""
    found = [m for m in doc.mentions if m.kind == "actor" and m.text == word and m.actor is not None]
    return (found[-1].actor.country, found[-1].via) if found else (None, "")  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "word", "country"), [
    # a feminine singular subject, the pronoun opening the next sentence with a singular verb
    ("Die türkische Regierung kündigte am Montag neue Gesetze an. Sie will damit die Opposition schwächen.", "Sie", "TUR"),
    # the pronoun after an adverbial Vorfeld and its verb
    ("Der iranische Präsident kritisierte die USA. Am Dienstag forderte er ein Ende der Sanktionen.", "er", "IRN"),
    # reported speech: a clause after a comma goes on with its own sentence's subject
    ("Die russische Regierung erklärte, sie werde die Sanktionen nicht hinnehmen.", "sie", "RUS"),
    ("Die israelische Armee griff Ziele an. Die Hamas erklärte, sie habe Raketen abgefeuert.", "sie", "PSE"),
    # plural as before
    ("Die syrischen Rebellen lehnten die Gespräche ab. Sie fordern den Rücktritt des Präsidenten.", "Sie", "SYR"),
])
def test_a_subject_pronoun_goes_on_with_the_subject_before(pipe: Pipeline, text: str, word: str, country: str) -> None:
    found = pronoun(read(pipe, text), word)
    assert found == (country, "coreference")


@pytest.mark.parametrize(("text", "word"), [
    # a singular verb: "sie" is she or a feminine noun, never the plural rebels before it
    ("Die syrischen Rebellen lehnten die Gespräche ab. Sie fordert den Rücktritt des Präsidenten.", "Sie"),
    # a plural verb: not the feminine singular government
    ("Die türkische Regierung kündigte neue Gesetze an. Sie fordern mehr Geld.", "Sie"),
    # gender: "er" is not the feminine government
    ("Die türkische Regierung kündigte neue Gesetze an. Er will die Opposition schwächen.", "Er"),
    # an object pronoun after a Vorfeld that is itself the subject
    ("Die türkische Regierung kündigte neue Gesetze an. Die Opposition lehnte sie ab.", "sie"),
    # another paragraph
    ("Die türkische Regierung kündigte neue Gesetze an.\n\nSie will damit die Opposition schwächen.", "Sie"),
])
def test_no_antecedent_where_number_gender_or_place_disagree(pipe: Pipeline, text: str, word: str) -> None:
    assert pronoun(read(pipe, text), word) == (None, "")


def test_agreement_comes_from_the_verb_next_to_the_pronoun() -> None:
    coref = Coreference.from_data(resources.load("coreference", "de"))
    verb = type("Tok", (), {"text": "forderte"})()
    assert pronoun_genders(coref, "sie", verb) == {"f"}
    assert pronoun_genders(coref, "sie", type("Tok", (), {"text": "fordern"})()) == {"p"}
    assert pronoun_genders(coref, "sie", None) == {"f", "p"}
    assert pronoun_genders(coref, "er", type("Tok", (), {"text": "nicht"})()) == {"m"}


def countries_of(doc: Doc, words: tuple[str, ...]) -> set[str | None]:
    """The countries of the mentions whose text is one of ``words``."""
    return {m.actor.country for m in doc.mentions if m.kind == "actor" and m.text in words and m.actor is not None}


@pytest.mark.parametrize(("text", "words", "countries"), [
    ("Indonesien und Osttimor wollen ihre Beziehungen verbessern. Am Sonntag trafen sich die Präsidenten beider "
     "Länder auf der Insel Nias.", ("beider", "Länder"), {"IDN", "TLS"}),
    ("Russland und China kritisierten die Sanktionen. Die beiden Staaten wollen enger zusammenarbeiten.",
     ("beiden", "Staaten"), {"RUS", "CHN"}),
    # a sector noun that is the pair keeps its sector and takes the later country
    ("Serbien und der Kosovo verhandelten. Am Freitag hatten sich die beiden Außenminister angenähert.",
     ("beiden", "Außenminister"), {"SRB", "XKX"}),
])
def test_a_pair_named_by_number_is_the_two_countries_named_last(pipe: Pipeline, text: str, words: tuple[str, ...],
                                                                countries: set[str]) -> None:
    doc = read(pipe, text)
    assert countries_of(doc, words) == countries
    assert all(m.via == "coreference" and m.refers_to for m in doc.mentions if m.text in words)


def test_two_parties_are_not_two_countries(pipe: Pipeline) -> None:
    doc = read(pipe, "Russland und China verhandelten. In Berlin stritten die SPD und die CDU. Beide Parteien wollen "
                     "verhandeln.")
    assert countries_of(doc, ("Beide",)) == set()
    assert countries_of(doc, ("Parteien",)) <= {"DEU"}


@pytest.mark.parametrize(("text", "country"), [
    ("Das Auswärtige Amt erklärte, man habe den iranischen Botschafter einbestellt.", "DEU"),
    ("Israel teilte am Montag mit, man werde die Angriffe fortsetzen.", "ISR"),
])
def test_man_in_reported_speech_is_the_speakers_side(pipe: Pipeline, text: str, country: str) -> None:
    assert pronoun(read(pipe, text), "man") == (country, "coreference")


@pytest.mark.parametrize("text", [
    "Serbien und Kosovo verhandelten. Zudem einigte man sich über die Grenze.",  # an indicative
    "Serbien erklärte, man einigte sich über die Grenze.",
    "Israel teilte am Montag mit. Man werde die Angriffe fortsetzen.",  # opening a sentence: not read
])
def test_man_elsewhere_is_nobody_in_particular(pipe: Pipeline, text: str) -> None:
    assert pronoun(read(pipe, text), "man" if " man " in text else "Man") == (None, "")


def test_er_reaches_back_three_sentences_at_most(pipe: Pipeline) -> None:
    near = "Präsident Barack Obama kritisierte Russland. Er forderte Sanktionen."
    far = ("Präsident Barack Obama kritisierte Russland. Die Kämpfe gingen weiter. Es gab Tote. Die Lage blieb "
           "unklar. Er forderte Sanktionen.")
    assert pronoun(read(pipe, near), "Er")[0] == "USA"
    assert pronoun(read(pipe, far), "Er") == (None, "")
