"""Round 27 (covde27): German actors named in the sentence but not filled. A subject and an object side by side in
the Mittelfeld ("hat die Polizei die Demonstranten festgenommen") are two phrases, not one name: an article that is no
genitive opens a new one (mentions.py). A country adjective before a plain people noun ("zwei syrische Männer") makes
the noun that country's actor, as "ein Mann aus Syrien" does (origin_people.py). Sentences written for these tests."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_roles_de_round16 import roles


def _mentions(text: str) -> list[str]:
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang="de"))
    return [m.text for m in doc.mentions if m.kind == "actor"]


def test_an_article_in_the_mittelfeld_opens_a_new_phrase() -> None:
    assert _mentions("Am Montag hat der Präsident die Regierung kritisiert.") == ["Präsident", "Regierung"]
    assert _mentions("Nachdem die Polizei die Demonstranten festgenommen hatte, zogen sie ab.")[:2] == [
        "Polizei", "Demonstranten"]


def test_subject_and_object_in_the_mittelfeld_fill_both_roles() -> None:
    got = roles("Mit scharfen Worten hat der russische Außenminister die Regierung in Kiew kritisiert.")
    assert ("ACCUSE", "RUS", "UKR") in got, got


def test_a_genitive_or_a_capitalised_article_still_joins() -> None:
    assert "Präsident der Ukraine" in " ".join(_mentions("Der Präsident der Ukraine kritisierte Russland."))
    assert "Bündnis 90/Die Grünen" in _mentions("Die Fraktion von Bündnis 90/Die Grünen kritisierte das.")
    assert "Zeitung Die Welt" in " ".join(_mentions("Das sagte er der Zeitung Die Welt."))


def _origin_people(text: str) -> list[tuple[str, str | None]]:
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang="de"))
    return [(m.text, m.actor.country if m.actor else None) for m in doc.mentions if m.via == "people+origin"]


def test_people_named_by_a_country_adjective_are_the_doer() -> None:
    got = roles("Zwei syrische Männer griffen in Berlin einen Polizisten an.")
    assert ("ASSAULT", "SYR", "DEU") in got, got


def test_people_named_by_a_country_adjective_are_the_target() -> None:
    got = roles("Die Polizei in Athen nahm zwei syrische Männer fest.")
    assert ("COERCE", "GRC", "SYR") in got, got


def test_the_adjective_gives_the_noun_its_country() -> None:
    assert _origin_people("Ukrainische Frauen forderten die Freilassung.") == [("Frauen", "UKR")]
    assert _origin_people("Drei türkische Ingenieure wurden in Nigeria entführt.") == [("Ingenieure", "TUR")]


def test_no_person_without_a_people_noun_right_after_the_adjective() -> None:
    assert _origin_people("Die syrische Regierung kritisierte Israel.") == []
    assert _origin_people("Syrische Soldaten griffen die Stadt an.") == []  # a sector noun: read as a phrase already
    assert _origin_people("Die syrischen Behörden nahmen einen Mann fest.") == []
    assert _origin_people("Ein Mann wurde festgenommen.") == []


def test_a_weak_past_verb_after_und_opens_its_own_clause() -> None:
    # "und forderte": before, the "-te" ending read as an adjective's, so the criticism took the second verb's target
    got = roles("Der iranische Präsident kritisierte Deutschland und forderte neue Sanktionen gegen Israel.")
    assert ("ACCUSE", "IRN", "DEU") in got, got
    assert ("REQUEST", "IRN", "ISR") in got, got
    assert ("ACCUSE", "IRN", "ISR") not in got, got


def test_weak_past_tells_verbs_from_adjectives() -> None:
    from lagebild.extract.clauses import _weak_past

    doc = Pipeline(["segment"])(Article("Er forderte neue und erste, kritisierten gute Pläne.", id="t", lang="de"))
    assert {t.text: _weak_past(t) for t in doc.tokens if t.text.islower() and t.text.isalpha()} == {
        "forderte": True, "neue": False, "und": False, "erste": False, "kritisierten": True, "gute": False}
