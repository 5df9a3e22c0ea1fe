"""English nouns formed from the trigger lexicon (round 16, gsr16): the nominalisation of an event verb names its act
("confiscate" -> "confiscation", "imprison" -> "imprisonment", "suspend" -> "suspension") and plurals follow their
singular ("condemnations"), by the suffix rules of en/triggers.yaml `derived_nouns`, where the English dictionary
knows the word; a formed word that is another word ("signal" of "sign") or names no act ("conviction" as a belief)
stays out. The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.derived_nouns import NounFormation

from .test_triggers_en_nominal import _events, _types

ENGLISH = NounFormation.from_data({"verb_endings": [["ate", "ation"], ["ise", "isation"], ["", "ment"], ["y", "ial"],
                                                    ["end", "ension"]],
                                   "plural_endings": [["ion", "ions"], ["ment", "ments"]]})


def test_every_matching_ending_forms_a_candidate() -> None:
    assert ENGLISH.verb_nouns("confiscate") == ["confiscation", "confiscatement"]
    assert ENGLISH.verb_nouns("deny") == ["denyment", "denial"]
    assert ENGLISH.verb_nouns("suspend") == ["suspendment", "suspension"]
    # too short a stem forms nothing from that ending
    assert ENGLISH.verb_nouns("ate") == ["atement"]


def test_the_dictionary_keeps_the_word_that_exists() -> None:
    from lagebild.extract.rules import Rule

    rule = Rule(type="COERCE", verbs={"confiscate"})
    formed = ENGLISH.nouns({"confiscate": [rule]}, {}, lambda w: w in {"confiscation", "confiscations"})
    assert set(formed) == {"confiscation", "confiscations"}
    # a verb that fires only with a cue word names no act by its noun
    cued = Rule(type="COERCE", verbs={"confiscate"}, with_any={"land"})
    assert ENGLISH.nouns({"confiscate": [cued]}, {}, lambda w: True) == {}


def test_a_formed_noun_is_a_trigger_with_its_verbs_type() -> None:
    assert [(t, s, g) for t, _, s, g in _events("Israeli forces carried out the confiscation of Palestinian land.")] == [
        ("COERCE", "ISR", "PSE")]
    assert [(t, s, g) for t, _, s, g in _events("Russia's imprisonment of Ukrainian journalists drew criticism.")] == [
        ("COERCE", "RUS", "UKR")]
    # round 35: "announced the suspension ..." is a plan whose target the rules miss, so no event (untold_plans.py)
    assert [(t, s) for t, _, s, _ in _events("Egypt's suspension of gas exports to Israel angered Jerusalem.")] == [
        ("SANCTION", "EGY")]
    assert [(t, s) for t, _, s, _ in _events("Britain voiced objections to the French plan.")] == [("REJECT", "GBR")]


def test_a_plural_follows_its_listed_singular() -> None:
    assert [(t, s) for t, _, s, _ in _events("China issued condemnations of the Japanese visit.")] == [("ACCUSE", "CHN")]


def test_formed_words_of_another_sense_stay_out() -> None:
    assert _types("His conviction that Iran would comply was strong.") == []
    assert _types("The commission said Iran had complied.") == []
    assert _types("Several Kenyan officials met in Nairobi.") == []


# -- CAMEO patterns of verbs with a code of their own (scripts/convert_cameo_verbs.py `pattern_verbs`)

_BLOCK = ("####### VERB DICTIONARY #######\n---  DISCUSS   [040]  ---\nDISCUSS [040]\nCONSULT [040]\n"
          "- * AID                  [061]   # DISCUSS\n- * MEETING              [040]   # DISCUSS\n"
          "- * TRUCE                [087]   # SOMEONE\n")


def _converter():
    from .test_cameo_conversion import _converter as load

    return load()


def test_a_pattern_is_converted_for_the_verb_its_comment_names(tmp_path) -> None:
    mod = _converter()
    dictionary = tmp_path / "CAMEO.txt"
    dictionary.write_text(_BLOCK, encoding="latin-1")
    _syn, verbs, _forms, patterns, _mil = mod.read_dictionary(dictionary)
    assert [(p[1], p[2], p[5]) for p in patterns] == [("061", ["aid"], "discuss"), ("040", ["meeting"], "discuss"),
                                                      ("087", ["truce"], "")]
    own = {lemma: code for lemma, code, _ in verbs}
    table = {"04": ("CONSULT", None, []), "06": ("COOPERATE", None, []), "08": ("RETREAT", None, [])}
    block = ["discuss", "consult"]
    # another type by the object: converted for the comment's verb, flagged
    assert mod.pattern_verbs(block, "discuss", "061", own, table) == (("discuss",), True)
    # the verb's own type: nothing to add; no verb named: nothing to convert it for
    assert mod.pattern_verbs(block, "discuss", "040", own, table) == ((), False)
    assert mod.pattern_verbs(block, "", "087", own, table) == ((), False)


def test_an_owned_pattern_stands_only_for_a_verb_left_out_alone() -> None:
    from lagebild.extract.triggers import merge_generated

    generated = {"phrases": [{"cameo": "061", "type": "COOPERATE", "verbs": ["discuss", "order"], "with_any": ["aid"],
                              "owned": True}]}
    cfg = {"templates": {"COOPERATE": {}}, "exclude_verbs": ["order"]}
    rules = merge_generated({"rules": []}, generated, cfg)["rules"]
    assert [r["verbs"] for r in rules] == [["order"]]


# -- a noun trigger carried on after a future auxiliary, told by its own side, threatens (en/claims.yaml implicit)

def test_an_act_carried_on_by_its_own_side_threatens() -> None:
    assert [(t, s) for t, _, s, _ in _events("Mugabe said the Zimbabwean crackdown would continue.")] == [
        ("THREATEN", "ZWE")]
    assert [(t, s, g) for t, _, s, g in _events("Russia said it would step up its attacks on Ukraine.")] == [
        ("THREATEN", "RUS", "UKR")]


def test_a_noun_with_will_alone_or_told_by_others_is_no_threat() -> None:
    assert "THREATEN" not in _types("The UN said the Israeli blockade would continue.")
    assert "THREATEN" not in _types("Mugabe said the Zimbabwean crackdown had ended.")


# -- a cooperative act the doer negates for itself is a refusal (en/claims.yaml implicit refused_types)

def test_an_act_the_doer_will_not_do_is_a_refusal() -> None:
    assert [(t, s) for t, _, s, _ in _events("The U.S. said it would not meet the hostage-takers' demands.")] == [
        ("REJECT", "USA")]
    assert [(t, s, g) for t, _, s, g in _events("Israel said it will not withdraw its troops from Lebanon.")] == [
        ("REJECT", "ISR", "LBN")]
    # support refused in the past refuses too
    assert _types("Russia did not support the resolution on Syria.") == ["REJECT"]


def test_not_yet_unable_or_a_past_fact_is_no_refusal() -> None:
    assert "REJECT" not in _types("Britain said it would not yet recognize the new government of Libya.")
    assert "REJECT" not in _types("Iran and Iraq could not agree on the border.")
    assert "REJECT" not in _types("China has not sent aid to North Korea.")
