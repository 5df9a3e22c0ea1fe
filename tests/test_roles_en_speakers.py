"""English roles where the doer is the speaker of the sentence (extract/roles_en.py ``told_by`` and the subject owned
by a possessive pronoun): "X and his counterpart say they have agreed", "X said his aim in meeting Y was to call for"."""

from __future__ import annotations

from .test_families_en import _events, pytestmark  # noqa: F401  (skipped without the English parser)


def test_they_of_a_person_and_a_counterpart_is_both_speakers() -> None:
    assert ("AGREE", "RUS", "CHN") in _events(
        "Russian President Vladimir Putin and his Chinese counterpart say they have agreed on a joint plan.")


def test_they_is_never_one_person_alone() -> None:
    # "he says they are defying ...": they are others, not the speaker
    assert not any(src == "USA" for _, src, _ in _events("President Bush says they are rejecting the plan."))


def test_a_country_said_it_acts_itself() -> None:
    # an attack it announces is its own threat (extract/implicit_events.py); the doer is the speaker either way
    assert ("THREATEN", "RUS", "GEO") in _events("Russia said it would attack Georgia.")
    assert ("AID", "RUS", "GEO") in _events("Russia said it would send food aid to Georgia.")


def test_the_speakers_own_aim_is_the_speakers_act() -> None:
    # the call names whom it asks: a state's call on no one named is no event (round 20, target_required_by_sector)
    found = _events("German Chancellor Angela Merkel said her main aim in meeting with Mr. Putin was to call on Russia "
                    "to agree to a ceasefire.")
    assert ("CONSULT", "DEU", "RUS") in found
    assert any(t == "REQUEST" and src == "DEU" for t, src, _ in found)


def test_a_gerund_under_a_named_subject_is_not_the_speakers_act() -> None:
    # no possessive pronoun: "carrying out a protest" is no act of the minister who allowed the rally
    found = _events("The interior minister of Pakistan allowed the opposition leader to hold a rally after an agreement "
                    "on carrying out a peaceful protest demonstration.")
    assert not any(t == "PROTEST" and src == "PAK" and tgt is None for t, src, tgt in found if t == "PROTEST")


def test_a_speaker_is_the_doer_of_a_trigger_in_its_own_words() -> None:
    # ", warning that ...": the subject speaks, and also expresses concern itself
    found = _events("Both Iranian and Syrian officials have expressed concern about a U.S. warship returning to the gulf, "
                    "warning that the exercise endangers the region.")
    assert ("ACCUSE", "IRN", "USA") in found and ("ACCUSE", "SYR", "USA") in found


def test_a_speaker_is_no_doer_of_what_it_reports() -> None:
    assert not any(src == "FRA" for _, src, _ in _events("French officials said Ukrainian troops attacked Russia."))


def test_a_noun_owned_by_the_speakers_pronoun_is_the_speakers_act() -> None:
    # "its invasion of Ukraine": Russia invades; "of" names the one acted on, not the doer
    assert ("ASSAULT", "RUS", "UKR") in _events("Russia said its invasion of Ukraine would continue.")
    assert not any(src == "UKR" for _, src, _ in _events("Russia said its invasion of Ukraine would continue."))


def test_criticism_received_from_rights_groups_is_theirs() -> None:
    # a verb of receiving: the giver after "from" acts on the subject; an unnamed NGO has no country
    found = _events("Turkey has drawn sharp criticism from human-rights groups.")
    assert ("ACCUSE", None, "TUR") in found


def test_each_of_two_doers_acts_on_each_of_two_targets() -> None:
    found = _events("Russia and China expelled British and American diplomats.")
    assert {("SANCTION", a, b) for a in ("RUS", "CHN") for b in ("GBR", "USA")} <= set(found)


def test_a_list_of_targets_puts_the_other_side_first() -> None:
    # said by Russia: Georgia is the one asked; its own troops are no target of its own country
    assert _events("Russia called for Georgian and Russian troops to withdraw.") == [("REQUEST", "RUS", "GEO")]


def test_a_participle_describing_a_noun_has_no_doer_from_the_clause_before() -> None:
    # "imposed after Brazil's test": Brazil is neither subject nor agent of the participle
    found = _events("The accord will give Brazil access to French reactors, fuel and technology, overturning a ban on "
                    "such trade imposed after Brazil's nuclear test.")
    assert not any(t == "SANCTION" and src == "BRA" for t, src, _ in found)
    assert ("SANCTION", "USA", "IRN") in _events("Sanctions imposed by the United States on Iran were lifted.")


def test_an_attack_aimed_at_a_country_targets_it() -> None:
    assert ("ASSAULT", "PRK", "KOR") in _events("North Korea fired artillery shells at South Korea on Monday.")
    assert ("ASSAULT", "IRN", "ISR") in _events("Iran launched missiles toward Israel.")


def test_a_place_attacked_is_its_countrys_people() -> None:
    assert ("ASSAULT", "RUS", "UKR") in _events("Russian forces shelled the Ukrainian city of Kharkiv.")
    assert ("ASSAULT", "ISR", "PSE") in _events("Israeli jets bombed Gaza City.")


def test_exchanged_fire_is_each_sides_attack_on_the_other() -> None:
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= set(
        _events("Armenia and Azerbaijan exchanged fire along the border."))


def test_a_protest_made_to_a_government_targets_it() -> None:
    assert ("ACCUSE", "IRQ", "TUR") in _events("Iraq protested to Turkey over the airstrikes.")


def test_it_as_subject_is_the_last_doer_told() -> None:
    assert ("THREATEN", "RUS", "UKR") in _events("Russia has massed troops near the border. It also warned Ukraine "
                                                  "against joining NATO.")
    # "it" is no person: after a person's act it refers to no one the rules know
    assert not any(t == "ACCUSE" for t, _, _ in _events("President Putin met Erdogan. It also condemned Ukraine."))


def test_an_apposition_is_no_second_doer() -> None:
    found = _events("Hezbollah, the Iran-backed militant group, fired dozens of rockets into northern Israel.")
    assert not any(src == "IRN" for _, src, _ in found)


def test_an_apposition_is_neither_a_second_doer_nor_a_target() -> None:
    found = _events("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded parties to the conflict in "
                    "Sudan to allow aid workers to move freely.")
    # one event, the UN official's (an office of a body of no country named right after the name: round 12)
    assert found == [("REQUEST", None, "SDN")]


def test_every_doer_of_a_list_acts() -> None:
    assert {("ACCUSE", c, "USA") for c in ("CHN", "RUS", "IRN")} <= set(
        _events("China, Russia and Iran condemned the United States."))
    # a reciprocal verb with a third party named: both act on it, not on each other
    assert {("AGREE", "FRA", "UKR"), ("AGREE", "DEU", "UKR")} <= set(
        _events("France and Germany signed an agreement with Ukraine."))


def test_a_name_beside_the_doer_is_no_target() -> None:
    # "GM and Chrysler contracts": no list of doers in the parse, and no one acted on either
    from datetime import date

    from lagebild.model import Article
    from lagebild.pipeline import Pipeline
    doc = Pipeline(scorer=False)(Article("GM and Chrysler software contracts provide $300 million a year to vendors in "
                                         "India.", lang="en", published=date(2025, 3, 1)))
    assert not any(e.target is not None and e.target.actor_id == "chrysler" for e in doc.events)
