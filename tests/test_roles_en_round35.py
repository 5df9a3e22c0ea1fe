"""Round 35 (enroles35): English roles and targets of the brief's probe classes. The sentences are written here."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in doc.events)


def test_a_call_on_a_side_is_an_appeal_to_it() -> None:
    # the noun "call on X to": an appeal to X, as the verb "called on X to"; the asked act is its content (before:
    # COERCE by the caller on its own country from "extradite", no appeal)
    assert _events("Ankara renewed its call on Norway to extradite the suspects.") == [
        ("REQUEST", "TUR-GOV", "NOR-GOV")]
    assert _events("The EU repeated its calls on the Iraqi government to release the journalists.") == [
        ("REQUEST", "eu", "IRQ-GOV")]


def test_a_call_on_a_day_stays_a_phone_call() -> None:
    # "on" followed by no side keeps the phone call's reading
    assert _events("Erdogan held a call on Monday with Putin.") == [
        ("CONSULT", "recep-tayyip-erdogan", "vladimir-putin")]


def test_a_call_for_a_side_to_act_asks_that_side() -> None:
    # "its call for X to halt": X is asked, as for the verb "called for X to"; the demanded halt is no assault (before:
    # ASSAULT by X from "offensive", the call not read: the parse hangs "for" on the verb)
    assert _events("Germany renewed its call for Israel to halt the offensive.") == [
        ("REQUEST", "DEU-GOV", "ISR-GOV")]
    assert _events("France repeated its call for Russia to end the blockade.") == [
        ("REQUEST", "FRA-GOV", "RUS-GOV")]


def test_an_accused_body_does_the_infinitive_act() -> None:
    # "accused NATO of trying | to destroy Russia": the infinitive's bare actor after its verb is its object, so the
    # accused does the act (before: Russia was the doer, with no target)
    rows = _events("Moscow accused NATO of plotting to attack Belarus.")
    assert ("ACCUSE", "RUS-GOV", "nato") in rows
    assert ("ASSAULT", "nato", "BLR-GOV") in rows


def test_an_accused_that_is_no_actor_lends_the_act_to_no_one() -> None:
    # "the West" names no actor: the act after "of" is its, not the accuser's (before: ASSAULT by Moscow)
    assert _events("Moscow accused the West of trying to destroy Belarus.") == [("ACCUSE", "RUS-GOV", None)]
    # a second verb of the accuser's own keeps its infinitive
    assert ("THREATEN", "RUS-GOV", "UKR-GOV") in _events("Russia accused the West and vowed to attack Ukraine.")


def test_the_object_of_an_alleged_verb_is_no_act_of_its_own() -> None:
    # "of firing water cannon at its vessels": "cannon" is what is fired, not a second attack (before: ASSAULT
    # CHN-MIL -> CHN from the noun, the home rule aiming it at the doer's own country)
    rows = _events("Hanoi accused China's coast guard of firing water cannon at its fishing boats.")
    assert [r for r in rows if r[0] == "ASSAULT"] == [("ASSAULT", "CHN-MIL", "VNM")]
    # a coordinated act noun stays an act of its own
    assert ("ASSAULT", "hamas", "ISR") in _events("Israel accused Hamas of launching rockets and attacks on Israeli towns.")


def test_a_participle_acts_on_the_noun_it_describes() -> None:
    # "sailors kidnapped by Nigerian gunmen": the sailors (Indian) are taken, not the navy that rescued them (before:
    # ASSAULT NGA-REB -> IND-MIL, the main verb's subject)
    rows = _events("The Ghanaian navy rescued 9 Indian sailors kidnapped by Nigerian gunmen.")
    assert ("ASSAULT", "NGA-REB", "IND") in rows
    assert not [r for r in rows if r[0] == "ASSAULT" and r[2] == "GHA-MIL"]
    # a described noun of no side leaves the act without a target, not the police's
    assert _events("Police freed 30 schoolgirls abducted by Boko Haram militants.") == [
        ("ASSAULT", "phx-boko-haram", None)]


def test_a_participle_of_a_meeting_keeps_its_partner() -> None:
    # only acts that land on people (lexicon participle_patient_types): "a lunch hosted by X" is no one's patient
    assert _events("A group of Kenyan diplomats held their first meeting with President Obama at a lunch hosted by "
                   "the Ambassador of Kenya.") == [("CONSULT", "KEN-GOV", "barack-obama")]


def test_a_nationality_before_an_ing_act_noun_is_its_doer() -> None:
    # the parser reads "Ukrainian" as the subject and "shelling" as a verb form (parse_repair_en.repair_adjective_
    # subjects makes "shelling" the subject noun, the adjective its modifier); before: no event at all
    assert _events("Ukrainian shelling killed three people in Kursk.") == [("ASSAULT", "UKR", "RUS")]
    # the parse that was right before stays right
    assert _events("Russian shelling killed two people in Kharkiv.") == [("ASSAULT", "RUS", "UKR")]
