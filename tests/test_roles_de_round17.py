"""Round 17 (gende17): German roles named in the text and missed: a passive's pronoun subject after an act on
someone is that act's patient, not its doer; on sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_passive_pronoun_in_the_next_sentence_is_the_arrested() -> None:
    got = roles("Die kenianische Polizei nahm zwei Iraner fest. Sie wurden später abgeschoben.")
    assert ("COERCE", "KEN", "IRN") in got, got
    assert not any(t == "COERCE" and tgt == "KEN" for t, _, tgt in got), got


def test_a_passive_pronoun_in_a_joined_clause_is_the_arrested() -> None:
    got = roles("Die kenianische Polizei nahm drei Somalier fest, und sie wurden abgeschoben.")
    assert ("COERCE", "KEN", "SOM") in got, got
    assert not any(tgt == "KEN" for _, _, tgt in got), got


def test_a_released_prisoner_is_the_one_arrested_before() -> None:
    got = roles("Die Polizei in Teheran nahm zwei Deutsche fest. Sie wurden nach drei Tagen freigelassen.")
    assert ("RETREAT", "IRN", "DEU") in got, got


def test_a_relative_passive_after_a_demand_is_about_its_object() -> None:
    got = roles("Die afghanische Regierung forderte die Freilassung des deutschen Entwicklungshelfers, "
                "der in Kundus entführt worden war.")
    assert not any(t == "ASSAULT" and tgt == "AFG" for t, _, tgt in got), got


def test_a_criticism_in_the_passive_keeps_the_doer() -> None:
    from lagebild.extract.targets_de import GermanTargets
    from lagebild.knowledge.resources import load

    targets = GermanTargets.from_lexicon(load("lexicon", "de"))
    assert "COERCE" in targets.passive_patient_types and "ACCUSE" not in targets.passive_patient_types


def test_a_comma_and_a_pronoun_before_a_finite_verb_open_a_clause() -> None:
    got = roles("Die Armee nahm in Kabul drei Briten fest, und sie wurden verhört.")
    assert not any(s == t and s is not None for _, s, t in got), got


def test_a_fronted_feminine_dative_is_the_target_not_the_doer() -> None:
    got = roles("Der Ukraine hat Deutschland weitere Hilfe zugesagt.")
    assert ("AGREE", "DEU", "UKR") in got, got
    assert not any(s == "UKR" for _, s, _ in got), got


def test_a_fronted_dative_before_a_speech_act_is_no_speaker() -> None:
    got = roles("Der russischen Regierung warf die EU Versagen vor.")
    assert any(t == "ACCUSE" and tgt == "RUS" for t, _, tgt in got), got
    assert not any(s == "RUS" for _, s, _ in got), got


def test_der_before_a_masculine_nominative_stays_a_subject() -> None:
    got = roles("Der russische Präsident kritisierte die Ukraine.")
    assert ("ACCUSE", "RUS", "UKR") in got, got


def test_a_multiword_country_takes_the_genitive_s() -> None:
    got = roles("Die Armee Sri Lankas griff die Stellungen der Rebellen an.")
    assert any(s == "LKA" for _, s, _ in got), got


def test_a_prepositional_relative_clause_keeps_its_actors() -> None:
    got = roles("Die EU hat ein generelles Moratorium für Waffenlieferungen beschlossen, von dem nur einige Ausnahmen "
                "für Frankreich und Großbritannien gelten.")
    assert not any(tgt in ("FRA", "GBR") for _, _, tgt in got), got


def test_a_comma_before_a_preposition_and_a_noun_opens_no_clause() -> None:
    from lagebild.extract.clauses import ClauseWords, split_clauses
    from lagebild.knowledge.resources import load
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    words = ClauseWords.from_data(load("lexicon", "de").get("clause_words"))
    doc = Pipeline()(Article("Die Polizei nahm die Männer fest, von dem Präsidenten begleitet.", id="t", lang="de"))
    assert len(split_clauses(doc, 0, set(), set(), relative_preps={"von"}, words=words)) == 1
    doc = Pipeline()(Article("Sie verhängten Sanktionen, von denen nur Frankreich ausgenommen ist.", id="t", lang="de"))
    assert len(split_clauses(doc, 0, set(), set(), relative_preps={"von"}, words=words)) == 2
