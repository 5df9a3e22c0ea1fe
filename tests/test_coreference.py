"""Per-article coreference of definite descriptions (extract/coreference.py), on sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lagebild.extract.coreference import Coreference
from lagebild.knowledge.resources import load
from lagebild.model import Article, Mention
from lagebild.pipeline import Pipeline, extract_events

ROOT = Path(__file__).resolve().parent.parent


def mentions(text: str, lang: str) -> list[Mention]:
    return Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang=lang)).mentions


def sources(text: str, lang: str, event_type: str) -> list[str | None]:
    return [e.source.actor_id if e.source else None for e in extract_events(text, lang=lang)
            if e.event_type == event_type]


@pytest.mark.parametrize(("lang", "text", "event_type", "actor"), [
    ("de", "Die Hamas feuerte Raketen auf Israel. Die Miliz drohte Israel mit weiteren Angriffen.", "THREATEN", "hamas"),
    ("en", "Hamas fired rockets at Israel. The militants threatened Israel with more attacks.", "THREATEN", "hamas"),
    # an organisation noun in English too ("the group"), as German's "die Organisation" did before
    ("en", "Hezbollah condemned Israel. The group also accused the United States of supporting Israel.",
     "ACCUSE", "hezbollah"),
])
def test_a_description_is_the_nearest_actor_of_its_kind(lang: str, text: str, event_type: str, actor: str) -> None:
    assert actor in sources(text, lang, event_type), [(e.event_type, e.source) for e in extract_events(text, lang=lang)]


def test_the_chain_says_what_it_refers_back_to() -> None:
    found = [m for m in mentions("Kenianische Truppen rückten nach Somalia vor. Am Montag griffen die Soldaten "
                                 "Stellungen der Al-Shabaab an.", "de") if m.via == "coreference"]
    assert [(m.text, m.actor.actor_id if m.actor else None, m.refers_to) for m in found] == \
        [("Soldaten", "KEN-MIL", "Kenianische Truppen, sentence 1")]
    anaphor = next(m for m in mentions("Amnesty International kritisierte die Gewalt. Die Organisation verlangte "
                                       "eine Untersuchung.", "de") if m.via == "anaphor")
    assert anaphor.refers_to == "Amnesty International, sentence 1"


def test_nothing_is_remembered_between_articles() -> None:
    extract_events("Die Hamas feuerte Raketen auf Israel.", lang="de")
    assert "hamas" not in sources("Die Miliz drohte Israel mit weiteren Angriffen.", "de", "THREATEN")


def test_a_bare_government_stays_the_articles_country() -> None:
    # the nearest government named is the German one, but the article is about Greece
    text = ("Die griechische Regierung kündigte Sparmaßnahmen an. In Athen protestierten Tausende. "
            "Bundeskanzlerin Merkel lobte in Berlin die Pläne. Die Regierung verfügt über eine knappe Mehrheit.")
    last = [m for m in mentions(text, "de") if m.text == "Regierung"][-1]
    assert last.actor is not None and last.actor.country == "GRC" and last.via != "coreference", last


def test_words_after_the_noun_that_say_which_one_stop_the_chain() -> None:
    found = {m.text: m for m in mentions("Hamas fired rockets at Israel. The group of seven nations rejected "
                                         "the plan.", "en")}
    assert all(m.refers_to is None or "Hamas" not in m.refers_to for m in found.values()), found


def test_a_verb_is_no_modifier_of_the_noun() -> None:
    # "These are soldiers": "these" is a pronoun, so "soldiers" is no description referring back
    found = mentions("Ugandan troops arrived in Mogadishu. These are soldiers from the north.", "en")
    assert not any(m.via == "coreference" for m in found), [(m.text, m.via) for m in found]


def test_heads_are_data_and_unresolved_kinds_are_left_out() -> None:
    data = {"determiners": ["the"], "heads": {
        "armed": {"sectors": ["REB"], "nouns": ["Militia"]},
        "government": {"resolve": False, "sectors": ["GOV"], "nouns": ["government"]}}}
    coref = Coreference.from_data(data)
    assert coref.sectors_of("militia") == frozenset({"REB"}) and not coref.sectors_of("government")
    assert Coreference.from_data(None).organisation_phrases() == []
    for lang in ("de", "en"):
        assert Coreference.from_data(load("coreference", lang)).organisation_phrases(), lang


def test_actor_coverage_classes_a_description_miss() -> None:
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        import actor_coverage
    except SystemExit:  # pragma: no cover - eval needs the repository layout
        pytest.skip("eval/ not importable")
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article("Die Organisation verlangte eine Untersuchung.", id="t", lang="de"))
    assert actor_coverage._Classes().classify(doc, {0}, "IRN", []) == "description"
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article('"We will respond," he said.', id="t", lang="en"))
    assert actor_coverage._Classes().classify(doc, {0}, "USA", []) == "quoted-first-person"


def test_a_quoted_first_person_is_the_speaker() -> None:
    from datetime import date

    text = ("„Wir verurteilen den Angriff auf Israel“, sagte Außenministerin Baerbock. "
            "„Deshalb unterstützen wir die Ukraine.“")
    events = extract_events(text, lang="de", published=date(2024, 5, 1))
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert support and support[0].source is not None and support[0].source.country == "DEU", \
        [(e.event_type, e.source, e.target) for e in events]
    # the frame before the opening mark
    found = [m for m in Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article("Der russische Präsident Putin sagte: „Wir werden nicht nachgeben.“", id="t", lang="de",
                published=date(2024, 5, 1))).mentions if m.via == "coreference"]
    assert [(m.text, m.actor.country if m.actor else None) for m in found] == [("Wir", "RUS")]
    # a first person outside any quotation is nobody's
    assert not any(m.via == "coreference" for m in mentions("Wir verurteilen den Angriff, sagte Putin.", "de"))


def test_a_quotation_framed_by_a_pronoun_in_the_next_paragraph_keeps_the_speaker() -> None:
    from datetime import date

    text = ('"Business as usual is unacceptable," said President Bush. "So I applaud the European Union."\n\n'
            '"I commend nations such as Japan," he added.\n\n"We will not accept this," said a resident.')
    found = [m for m in Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article(text, id="t", lang="en", published=date(2007, 10, 19))).mentions if m.via == "coreference"]
    assert [(m.text, m.actor.country if m.actor else None) for m in found] == [("I", "USA"), ("I", "USA")], found


def test_a_plural_pronoun_opening_a_sentence_is_the_plural_subject_before() -> None:
    text = ("Die syrischen Rebellen lehnten den Plan ab. Sie fordern den Abzug der Truppen. Sie wollen keine Wahlen.\n\n"
            "Sie fordern mehr Geld.")
    found = [m for m in mentions(text, "de") if m.text == "Sie"]
    # a chain keeps the first antecedent; a new paragraph starts none
    assert [(m.actor.actor_id if m.actor else None, m.via, m.refers_to) for m in found] == \
        [("SYR-REB", "coreference", "syrischen Rebellen, sentence 1")] * 2, found
    # "sie" with a singular verb is "she"; a sentence before opened by a singular verb gives nothing
    for other in ("Die syrischen Rebellen lehnten den Plan ab. Sie fordert den Abzug.",
                  "Die syrische Regierung lehnte den Plan ab. Sie fordern den Abzug."):
        assert not any(m.text == "Sie" and m.via == "coreference" for m in mentions(other, "de")), other


def test_the_organisation_resolver_is_the_coreference_one() -> None:
    from lagebild.extract.mentions import MentionFinder

    assert not hasattr(MentionFinder, "_last_organisation")
    anaphor = next(m for m in mentions("Amnesty International kritisierte die Gewalt.\n\nDie Organisation verlangte "
                                       "eine Untersuchung.", "de") if m.via == "anaphor")
    assert anaphor.refers_to == "Amnesty International, sentence 1"
    far = "Amnesty International kritisierte die Gewalt.\n\nEs regnete.\n\nDie Organisation verlangte eine Untersuchung."
    assert not any(m.via == "anaphor" for m in mentions(far, "de"))


def test_a_plural_pronoun_after_an_adverbial_vorfeld_is_the_subject_before() -> None:
    text = "Am Montag besetzten die syrischen Rebellen eine Kaserne. Dabei nahmen sie zwei Offiziere gefangen."
    found = [m for m in mentions(text, "de") if m.text == "sie"]
    assert [(m.actor.actor_id if m.actor else None, m.refers_to) for m in found] == \
        [("SYR-REB", "syrischen Rebellen, sentence 1")], found
    # a Vorfeld that may be the subject makes "sie" the object; a preposition ending like a verb is none
    for other in ("Die syrischen Rebellen besetzten eine Kaserne. Soldaten nahmen sie gefangen.",
                  "Die syrischen Rebellen besetzten eine Kaserne. Angriffe gegen sie blieben aus."):
        assert not any(m.text == "sie" and m.via == "coreference" for m in mentions(other, "de")), other


@pytest.mark.parametrize(("lang", "text", "phrase", "country", "owner"), [
    # the frame's speaker after the last comma, not the object the clause names first
    ("de", "Zwei Serben wurden in Libyen entführt. Sein Land werde eine Protestnote an die US-Regierung schicken, "
     "sagte der serbische Außenminister Ivica Dacic.", "Sein Land", "SRB", "Dacic"),
    ("de", "Die US-amerikanische Außenministerin Condoleezza Rice erklärte, dass ihr Land mit dem Iran verhandeln "
     "werde.", "ihr Land", "USA", "Rice"),
    ("en", "Russian President Vladimir Putin met the Syrian foreign minister. He said his country would send more "
     "troops.", "his country", "RUS", "Putin"),
])
def test_a_possessive_country_is_its_owners(lang: str, text: str, phrase: str, country: str, owner: str) -> None:
    found = [m for m in mentions(text, lang) if m.text == phrase]
    assert found and found[0].actor is not None and found[0].actor.country == country, found
    assert owner in (found[0].refers_to or "")


def test_a_possessive_country_that_is_no_subject_stays_unresolved() -> None:
    # "in seinem Land", "die Politik seines Landes": the owner's country as a place or an owner, not a doer
    found = mentions("Wladimir Putin kritisierte die Politik seines Landes. Er lebt in seinem Land.", "de")
    assert not [m for m in found if m.text.lower() in ("seines landes", "seinem land")], found


def test_a_possessive_of_one_gender_skips_a_person_of_the_other() -> None:
    # "sein Land" is not the woman's named right before it, but the man's before her
    found = [m for m in mentions("Wladimir Putin empfing Angela Merkel. Er sagte, sein Land werde verhandeln.", "de")
             if m.text == "sein Land"]
    assert found and found[0].actor is not None and found[0].actor.country == "RUS", found
