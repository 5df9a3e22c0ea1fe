"""German roles, round 11 (de11r): doers the clause does not name, on sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import extract_events


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def test_man_opening_a_reported_clause_is_the_speakers_side() -> None:
    found = events("Der spanische Innenminister sagte gestern, man erwäge, rechtliche Schritte einzuleiten.")
    assert any(t == "THREATEN" and s == "ESP" for t, s, _ in found), found
    # (round 12: a meeting or agreement with no other side is no event, so a refusal carries these checks)
    found = events("Der afghanische Innenminister teilte mit, man werde die Forderungen der Stammesältesten ablehnen.")
    assert any(t == "REJECT" and s == "AFG" for t, s, _ in found), found
    # without a speaker "man" names nobody: no doer, no event
    assert not any(t == "REJECT" for t, _, _ in events("Man werde die Forderungen der Stammesältesten ablehnen."))


def test_man_in_the_next_sentence_is_the_side_told_of_last() -> None:
    found = events("Serbien wies die Forderungen des Kosovo zurück. "
                   "Zudem lehnte man die Vorschläge zur Verwaltung der Grenzübergänge ab.")
    assert sum(t == "REJECT" and s == "SRB" for t, s, _ in found) == 2, found
    # in another paragraph, two sentences on, it is no longer the same "man"
    found = events("Serbien wies die Forderungen des Kosovo zurück.\n\nDas Wetter war schlecht. "
                   "Zudem lehnte man die Vorschläge zur Verwaltung der Grenzübergänge ab.")
    assert sum(t == "REJECT" for t, _, _ in found) == 1, found


def test_a_demonym_before_a_name_gives_the_person_its_country_and_the_surname_refers_back() -> None:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline(scorer=False)(Article("Die Polizei nahm den Syrer Ahmed Khalil fest. Später wurde Khalil verhört.",
                                         id="t", lang="de"))
    named = {m.text: m.actor.country for m in doc.mentions if m.actor is not None}
    assert named.get("Syrer Ahmed Khalil") == "SYR" and named.get("Khalil") == "SYR", named
    found = events("Der König hat den Schweizer Oliver Jufer begnadigt. Die Polizei nahm Jufer in Bangkok fest.")
    assert any(t == "COERCE" and g == "CHE" for t, _, g in found), found
    # a word of the language after the demonym is no name: "der Schweizer Franken" is a currency
    doc = Pipeline(scorer=False)(Article("Der Kurs des Schweizer Franken stieg.", id="t", lang="de"))
    assert not any(m.text.endswith("Franken") for m in doc.mentions), [m.text for m in doc.mentions]


def test_er_after_a_surname_alone_is_that_person_not_one_named_in_full_later() -> None:
    found = events("US-Außenminister John Kerry besuchte Kairo. Er traf dort Präsident Abdel Fattah al-Sisi. "
                   "Die Lage sei schwierig, sagte Kerry. Er sagte Ägypten Unterstützung zu.")
    assert any(t in ("AGREE", "SUPPORT", "AID") and (s, g) == ("USA", "EGY") for t, s, g in found), found
    assert not any(s == "EGY" and g == "EGY" for _, s, g in found), found


def test_er_is_a_person_introduced_by_title_or_demonym_and_repeated_mentions_do_not_make_the_story_his() -> None:
    from lagebild.extract.priors_de import document_country
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline(scorer=False)(Article(
        "Die thailändische Regierung hat den Schweizer Oliver Jufer begnadigt. Jufer war verurteilt worden, weil er "
        "Plakate besprüht hatte. Er lebt in Bangkok.", id="t", lang="de"))
    pronouns = [m.actor.country for m in doc.mentions if m.via == "anaphor" and m.actor is not None]
    assert pronouns == ["CHE", "CHE"], [(m.text, m.via, m.actor) for m in doc.mentions]
    # the Swiss is named four times, Thailand twice: the story is still Thailand's
    assert document_country(doc) == "THA"


def test_a_number_word_between_preposition_and_actor_keeps_the_preposition() -> None:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline(scorer=False)(Article("Ein Richter hat Haftbefehl gegen drei Iraker erlassen.", id="t", lang="de"))
    assert [m.preposition for m in doc.mentions if m.text == "Iraker"] == ["gegen"]
    # so the people behind "gegen" are no doer of the warrant
    assert not any(s == "IRQ" for _, s, _ in events("Ein Richter in Berlin hat Haftbefehl gegen drei Iraker erlassen."))


def test_an_incident_with_the_one_side_named_after_mit_has_that_side_as_its_doer() -> None:
    found = events("In Jakarta kam es zu Zusammenstößen mit der Polizei.")
    assert any(t == "ASSAULT" and s == "IDN" for t, s, _ in found), found
    # talks with a partner are no incident: the partner is not who talks
    assert not any(s == "IRN" for _, s, _ in events("Es kam zu Gesprächen mit dem Iran."))


def test_role_losses_tells_where_the_gold_actor_stands() -> None:
    """eval/role_losses.py: named in the sentence, in the one before, elsewhere, or nowhere."""
    import sys
    from pathlib import Path

    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
    from role_losses import where

    text = ("Die Armee Israels rückte vor. Am Montag wurden drei Dörfer bombardiert. Der Iran protestierte. "
            "Das Wetter war gut. Es regnete. Es schneite.")
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de"))
    assert where(doc, {1}, "ISR") == "previous"
    assert where(doc, {0}, "ISR") == "here-actor"
    assert where(doc, {5}, "IRN") == "elsewhere"
    assert where(doc, {5}, "FRA") == "absent"
    assert where(doc, {5}, None) == "no-country"
