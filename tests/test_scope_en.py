"""Acts with political actors that are no political event (extract/actor_scope.py, round 10, en10p): a firm's
business, an embassy's advice to its own nationals, a meeting with the press. Sentences are written for these tests;
each class is checked beside the political wording the same verb still has."""

from __future__ import annotations

from lagebild.extract.actor_scope import ActorScope
from lagebild.knowledge.resources import load
from lagebild.model import ActorRef

from .test_roles_en_round10 import _events, needs_parser


def _ref(country: str | None, sector: str | None, text: str = "") -> ActorRef:
    return ActorRef(text, country or "", f"{country}-{sector}" if sector else country, country, sector)


def test_scope_reads_the_english_lexicon() -> None:
    scope = ActorScope.from_lexicon(load("lexicon", "en"))
    firm, state = _ref("USA", "BUS"), _ref("CHN", "GOV")
    assert scope.business("AGREE", firm, state)  # a contract with a ministry is still business
    assert scope.business("REJECT", firm, None) and scope.business("ACCUSE", firm, _ref("USA", "BUS"))
    assert not scope.business("REJECT", firm, state)  # a firm defying a state acts politically
    assert not scope.business("AGREE", state, firm)  # a state's deal with a firm stays
    embassy = _ref("USA", "GOV", "U.S. embassy")
    assert scope.advisory("THREATEN", embassy, _ref("USA", None, "Americans"))
    assert not scope.advisory("THREATEN", embassy, _ref("SEN", "GOV"))  # warning another state is a threat
    assert not scope.advisory("THREATEN", _ref("USA", "POL", "police"), _ref("USA", "CIV", "protesters"))
    assert ActorScope().business("AGREE", firm, None) is False  # no data, no filter (German has none)


@needs_parser
def test_a_firms_business_is_no_event() -> None:
    assert _events("Boeing signed a contract with Air India for 40 jets.") == []
    assert _events("Toyota will offer buyouts to 5,000 workers.") == []
    assert not any(t == "COOPERATE" for t, _, _ in _events("Lufthansa agreed to purchase 20 Airbus jets."))
    # the same verbs with a state as doer are events
    assert ("AGREE", "IND", "USA") in _events("India signed a defence agreement with the United States.")


@needs_parser
def test_a_firm_defying_a_state_acts_politically() -> None:
    assert ("REJECT", "USA", "CHN") in _events("Google rejected the Chinese government's demands.")


@needs_parser
def test_an_embassy_advising_its_nationals_threatens_no_one() -> None:
    assert not any(t == "THREATEN" for t, _, _ in _events("The British embassy warned Britons to avoid the protests."))
    assert not any(t in ("THREATEN", "REQUEST") for t, _, _ in
                   _events("The U.S. embassy in Nairobi urged U.S. citizens to stay indoors."))
    assert ("THREATEN", "USA", "PRK") in _events("The United States warned North Korea against a new missile test.")


@needs_parser
def test_the_press_is_no_side_of_a_meeting() -> None:
    assert not any(t == "CONSULT" for t, _, _ in
                   _events("In a conference call with reporters, the French foreign minister said the talks would go on."))
    assert not any(t == "CONSULT" for t, _, _ in _events("The Iranian president met with foreign journalists in Tehran."))
    assert ("CONSULT", "IRN", "TUR") in _events("The Iranian president met with Turkey's foreign minister in Tehran.")


@needs_parser
def test_an_agreement_needs_the_other_side() -> None:
    # an agreement or cooperation told with no one agreed or worked with is no whole event ...
    assert not any(t == "AGREE" for t, _, _ in _events("The Lebanese army said it will abide by the rules."))
    assert not any(t == "AGREE" for t, _, _ in _events("The president, who signed a memorandum on Friday, left."))
    # ... with the other side named it is, and acts told alone stay (a resignation, a deployment)
    assert ("AGREE", "IND", "USA") in _events("India signed a memorandum with the United States on Friday.")
    assert ("RETREAT", "PER", None) in _events("Peru's prime minister resigned on Friday.")
    assert ("ACCUSE", "FRA", None) in _events("France condemned the decision on Monday.")
    scope = ActorScope.from_lexicon(load("lexicon", "en"))
    assert scope.one_sided("AGREE", None) and not scope.one_sided("AGREE", _ref("ISR", "GOV"))
    assert scope.one_sided("CONSULT", None) and not scope.one_sided("REJECT", None)
    assert not scope.one_sided("MOBILIZE", None)


@needs_parser
def test_a_possessor_of_critics_or_allies_is_no_doer() -> None:
    # the critics, rivals or neighbours act, not the country they are named by
    assert not any(s == "ISR" for t, s, _ in _events("Israel's critics condemned the raid on Gaza.") if t == "ACCUSE")
    assert not any(s == "CHN" for t, s, _ in _events("China's rivals accused Beijing of dumping steel.") if t == "ACCUSE")
    assert not any(t == "REQUEST" and g == "MMR" for t, _, g in _events("Bush says Burma's neighbors must do more."))
    # a possessive with the actor's own organ is the actor
    assert ("ACCUSE", "RUS", None) in _events("Russia's government condemned the strike.")


def test_scope_reads_travellers_from_the_english_lexicon() -> None:
    scope = ActorScope.from_lexicon(load("lexicon", "en"))
    assert scope.travel("MOBILIZE", "fly", _ref("IDN", "GOV", "Indonesian president"))
    assert scope.travel("MOBILIZE", "arrive", ActorRef("Obama", "Obama", "barack-obama", "USA", "GOV"))
    assert not scope.travel("MOBILIZE", "fly", _ref("RUS", "GOV", "Russia"))  # a state flying in deploys
    assert not scope.travel("MOBILIZE", "fly", _ref("USA", "MIL", "American warplanes"))
    assert not scope.travel("MOBILIZE", "send", _ref("USA", "GOV", "the president"))  # sending troops deploys
    assert not scope.travel("CONSULT", "arrive", _ref("TUR", "GOV", "Turkish minister"))


@needs_parser
def test_a_country_in_a_firms_name_names_the_firm() -> None:
    assert _events("Bank of America and Barclays pulled out of negotiations over the weekend.") == []
    # leaving talks breaks them off: REJECT (news-gold GUIDELINES, fren27), no force withdraws
    assert ("REJECT", "USA", "IRN") in _events("The United States pulled out of negotiations with Iran.")
    assert ("ASSAULT", "USA", "SYR") in _events("The U.S. Air Force bombed targets in Syria.")  # no firm's word



@needs_parser
def test_a_states_aid_to_an_unnamed_firm_is_business() -> None:
    """Round 15 (fp15): aid, deals or backing whose object is a firm or an industry and no side is found."""
    assert not any(t == "AID" for t, _, _ in _events("The French government gave fresh loans to the company."))
    assert not any(t == "AID" for t, _, _ in
                   _events("The German government will give 2 billion euros in loans to the carmakers."))
    # the same verbs with a state on the other side are aid
    assert ("AID", "JPN", "IDN") in _events("Japan gave fresh loans to Indonesia.")


def test_firm_side_needs_its_data() -> None:
    scope = ActorScope.from_lexicon(load("lexicon", "en"))
    assert "AID" in scope.firm_side_types and scope.firm_reach > 0
    assert "SANCTION" not in scope.firm_side_types  # sanctions on firms are political ("sanctioned companies")
