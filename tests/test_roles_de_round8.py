"""German sources and targets, round 8 (extract/roles_de.py, claims.py), on sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def test_a_reporting_verbs_addressee_is_no_doer() -> None:
    # "sagte der Nachrichtenagentur Reuters, ...": the agency belongs to the frame; the reported clause has its roles
    text = "Der Minister sagte der Nachrichtenagentur Reuters, russische Soldaten hätten ukrainische Zivilisten angegriffen."
    assert ("ASSAULT", "RUS", "UKR") in roles(text), roles(text)


def test_a_pronoun_after_a_sentence_without_event_is_its_subject() -> None:
    text = "Die Polizei in Kairo war am Montag im Einsatz. Sie nahm 20 Demonstranten fest."
    assert ("COERCE", "EGY", "EGY") in roles(text), roles(text)
    # one sentence between, with no actor of its own
    text = ("Die Polizei in Kairo war am Montag im Einsatz. Die Lage blieb angespannt. "
            "Sie nahm 20 Demonstranten fest.")
    assert ("COERCE", "EGY", "EGY") in roles(text), roles(text)


def test_a_genitive_owner_is_no_antecedent() -> None:
    # "die Haltung der Hamas wurde kritisiert. Er rief ...": Hamas is whose stance, not who speaks next
    text = "Auch die Haltung der Regierung Pakistans wurde kritisiert. Er rief die Muslime zum Kampf gegen den Westen auf."
    assert not any(t == "REQUEST" and s == "PAK" for t, s, _ in roles(text)), roles(text)


def test_a_sector_object_before_the_clause_final_verb_is_the_target() -> None:
    # German puts the object before a participle: "hat die Opposition kritisiert", "hat die Rebellen ... unterstützt"
    assert ("ACCUSE", "ZWE", "ZWE") in roles("Simbabwes Präsident Robert Mugabe hat die Opposition kritisiert.")
    assert ("SUPPORT", "USA", "SYR") in roles("Die US-Regierung hat die Rebellen in Syrien unterstützt.")



def test_a_name_in_apposition_is_the_title_not_a_second_actor() -> None:
    # "Der Präsident des Landes, X, kritisierte Y": X is the president, never the target
    found = roles("Der Präsident des Landes, Alexander Lukaschenko, kritisierte die Europäische Union.")
    assert ("ACCUSE", "BLR", None) in found and not any(tg == "BLR" for _, _, tg in found), found


def ids(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in extract_events(text, lang="de")}


def test_coordinated_doers_share_the_object() -> None:
    # "China und Russland kritisierten die EU": both criticise the EU; the second doer is no target of the first
    assert ids("China und Russland kritisierten die Europäische Union.") == {("CHN-GOV", "eu"), ("RUS-GOV", "eu")}
    found = ids("In Kairo kam es zu Protesten. Die Polizei und die Armee griffen die Demonstranten an.")
    assert ("EGY-POL", "EGY-MIL") not in found and ("EGY-MIL", "EGY-CIV") in found, found


def test_the_organisation_is_the_one_named_last() -> None:
    text = ("Amnesty International kritisierte die Gewalt in Teheran. "
            "Die Organisation verlangte eine Untersuchung der Vorfälle durch die iranische Regierung.")
    requests = [e for e in extract_events(text, lang="de") if e.event_type == "REQUEST"]
    assert requests and requests[0].source.actor_id == "amnesty", [(e.event_type, e.source) for e in requests]
    # the words after say which organisation it is: no reference back
    text = ("Amnesty International kritisierte die Gewalt in Teheran. "
            "Der Präsident unterstützt die Rhetorik des Verbandes der Veteranen.")
    assert not any(e.target is not None and e.target.actor_id == "amnesty" for e in extract_events(text, lang="de"))


def test_the_subject_of_a_passive_with_agent_is_the_target() -> None:
    # the patient stands before the agent; an origin adjective names it ("Der österreichische Vorschlag")
    text = "Der österreichische Vorschlag wurde vom Sprecher der CDU/CSU-Bundestagsfraktion Friedbert Pflüger begrüßt."
    assert ("SUPPORT", "DEU", "AUT") in roles(text), roles(text)


def test_a_comma_between_two_full_main_clauses_splits_them() -> None:
    # "X wurde geschlagen, Y wurde unter Hausarrest gestellt": each passive has its own patient
    from datetime import date

    from lagebild.extract.clauses import ClauseWords, split_clauses
    from lagebild.knowledge.resources import load
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    lex = load("lexicon", "de")
    finite = set(lex["finite_auxiliaries"])

    def parts(text: str) -> list[str]:
        doc = Pipeline()(Article(text=text, lang="de", published=date(2024, 10, 23)))
        return [doc.text[doc.tokens[c.start].start:doc.tokens[c.end - 1].end]
                for c in split_clauses(doc, 0, set(), set(), finite=finite,
                                           words=ClauseWords.from_data(lex.get("clause_words")))]

    assert parts("Ein Dolmetscher wurde geschlagen, ein Reporter wurde unter Hausarrest gestellt.") == [
        "Ein Dolmetscher wurde geschlagen", "ein Reporter wurde unter Hausarrest gestellt."]
    # a list of actors before the verb, and a trailing frame, stay one clause
    assert len(parts("Südafrika, Großbritannien und die USA werden aufgefordert zu handeln.")) == 1
    assert len(parts("Russland hat die Ukraine angegriffen, hat der Minister gesagt.")) == 1


def test_police_crowds_and_rebels_act_where_their_sentence_is() -> None:
    lead = "Der US-Außenminister reiste nach Deutschland. Die USA und Deutschland beraten über Syrien. "
    assert ids(lead + "In Kairo nahm die Polizei am Montag 20 Demonstranten fest.") >= {("EGY-POL", "EGY-CIV")}
    assert ("IRQ-REB", "IRQ") in ids(lead + "Im Irak griffen Rebellen einen Konvoi an.")
    assert ("EGY-POL", "EGY-CIV") in ids(lead + "In der ägyptischen Hauptstadt nahm die Polizei 20 Demonstranten fest.")
    assert ("EGY-POL", "EGY-CIV") in ids(lead + "Die ägyptische Polizei nahm 20 Demonstranten fest.")
    # the government travels: a minister in Kairo is still the article's
    assert not any(s == "EGY-GOV" for s, _ in ids(lead + "In Kairo kritisierte der Außenminister die Regierung Syriens."))
