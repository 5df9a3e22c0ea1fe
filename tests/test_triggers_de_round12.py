"""German false positives by class (round 12, fp12): a body's decision is no agreement ("beschließen"), a misfortune
that looms is no threat ("Dem Konzern droht die Insolvenz"), summoning one's own minister is no diplomatic sanction
("einbestellen" summons a diplomat), feeling threatened is a perception, and a road closed for traffic is no
coercion. Each class keeps its real reading: "drohen mit", an ambassador summoned, sanctions decided. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize("text", [
    "Das türkische Parlament beschloss am Freitag die Aufhebung der Immunität von Abgeordneten.",
    "Der UN-Sicherheitsrat hat beschlossen, ein Expertenteam nach Syrien zu schicken.",
    "Die französische Regierung beschloss am Mittwoch eine Reform der Renten.",
])
def test_a_decision_is_no_agreement(text: str) -> None:
    assert not _tuples(events(text, "de"), "AGREE")


def test_what_is_decided_stays_an_event() -> None:
    evs = events("Die Europäische Union beschloss am Montag Sanktionen gegen Russland.", "de")
    assert (None, "RUS") in _tuples(evs, "SANCTION")


@pytest.mark.parametrize("text", [
    "Bosnien-Herzegowina droht im Herbst die Staatspleite.",
    "Der griechischen Regierung drohte im Sommer die Zahlungsunfähigkeit.",
    "Dem russischen Energiekonzern droht ein Verlust in Milliardenhöhe.",
    # a violence that may strike a country is a risk told by someone else, no threat by that country
    "Die US-Regierung befürchtet, dass Kenia ein großangelegter Anschlag droht.",
])
def test_a_looming_misfortune_is_no_threat(text: str) -> None:
    assert not _tuples(events(text, "de"), "THREATEN")


@pytest.mark.parametrize(("text", "pair"), [
    ("Russland drohte der Ukraine mit einem Stopp der Gaslieferungen.", ("RUS", "UKR")),
    # a misfortune named as what the threat brings: "mit" keeps it a threat
    ("Die russische Regierung drohte der Ukraine mit dem Ende der Gaslieferungen.", ("RUS", "UKR")),
])
def test_a_threat_with_mit_stays_a_threat(text: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), "THREATEN")


@pytest.mark.parametrize("text", [
    "Die estnische Regierung sieht sich durch Russlands Vorgehen bedroht.",
    "Die polnische Regierung fühlt sich von Russland bedroht.",
])
def test_feeling_threatened_is_no_threat(text: str) -> None:
    assert not _tuples(events(text, "de"), "THREATEN")


def test_summoning_a_minister_is_no_sanction() -> None:
    evs = events("Der thailändische König bestellte den thailändischen Premierminister in den Palast ein.", "de")
    assert not _tuples(evs, "SANCTION") and not _tuples(evs, "ACCUSE")  # a summons protests only to a diplomat


def test_summoning_an_ambassador_stays_an_event() -> None:
    """A diplomatic protest since detype37 (PLOVER manual: ACCUSE, not SANCTION nor CONSULT)."""
    evs = events("Das deutsche Außenministerium bestellte den russischen Botschafter ein.", "de")
    assert ("DEU", "RUS") in _tuples(evs, "ACCUSE")
    assert ("DEU", "RUS") not in _tuples(evs, "SANCTION")


@pytest.mark.parametrize("text", [
    "Die österreichische Polizei sperrte nach dem Brand die Straße.",
    "Die Polizei in Wien hat den Tunnel am Montag für mehrere Stunden gesperrt.",
])
def test_a_road_closed_for_traffic_is_no_coercion(text: str) -> None:
    assert not _tuples(events(text, "de"), "COERCE")


def test_a_lawsuit_between_firms_is_business() -> None:
    evs = events("Der südkoreanische Konzern Samsung verklagt den US-Konzern Apple wegen Patentverletzungen.", "de")
    assert not _tuples(evs, "ACCUSE")


def test_a_firm_rejecting_a_government_stays_political() -> None:
    evs = events("Der Konzern Google wies die Forderungen der chinesischen Regierung zurück.", "de")
    assert ("USA", "CHN") in _tuples(evs, "REJECT")


def test_german_actor_scope_needs_the_other_side() -> None:
    """The German lexicon carries the English mechanism: an agreement, cooperation or meeting with no other side found
    names no one (on dev and dev2 a-e, 15 of 19 such German events were wrong); a firm's deal is business."""
    from lagebild.extract.actor_scope import ActorScope
    from lagebild.knowledge.resources import load
    from lagebild.model import ActorRef

    scope = ActorScope.from_lexicon(load("lexicon", "de"))
    firm = ActorRef("Huawei", "Huawei", "huawei", "CHN", "BUS")
    state = ActorRef("Regierung", "China", "CHN-GOV", "CHN", "GOV")
    assert all(scope.one_sided(t, None) for t in ("AGREE", "COOPERATE", "CONSULT"))
    assert not scope.one_sided("MOBILIZE", None)  # a deployment is often told alone
    assert scope.business("AGREE", firm, state) and not scope.business("ACCUSE", firm, state)



def test_german_support_needs_the_other_side() -> None:
    """Round 12 (fpde12b): support goes to someone; with no one found it names no side (carry parts F-K: 4 such, none
    right). Aid told alone stays: a pledge of arms to no one named is aid in the seed article."""
    from lagebild.extract.actor_scope import ActorScope
    from lagebild.knowledge.resources import load

    scope = ActorScope.from_lexicon(load("lexicon", "de"))
    assert scope.one_sided("SUPPORT", None) and not scope.one_sided("AID", None)

def test_support_for_a_named_side_stays() -> None:
    evs = events("Die Regierung Bulgariens unterstützt die Ukraine im Krieg gegen Russland.", "de")
    assert ("BGR", "UKR") in _tuples(evs, "SUPPORT")
