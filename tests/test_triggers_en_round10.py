"""Round 10 English triggers (en10r): families by class, each with a neighbour sense that must stay no event or
another type, and the passive voice of verb + object patterns. Rules alone (no learned scorer)."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .test_triggers_en_round9 import HAS_PARSER, _events

pytestmark = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(scorer=False)


@pytest.mark.parametrize(("text", "want"), [
    # a verb + object pattern in the passive: the pattern's word is the passive subject or the participle's noun
    ("The sanctions imposed on Russia by the EU hurt its economy.", ("SANCTION", None, "RUS")),
    ("The protest was broken up by police in Minsk.", ("COERCE", "BLR", "BLR")),
    ("The plot, thwarted by Britain, aimed to blow up aircraft.", ("COERCE", "GBR", "GBR")),
    ("The agencies had their licenses revoked by Sudan.", ("SANCTION", "SDN", None)),
    # "those" before a participle: the participle is a verb ("among those detained")
    ("Those arrested by Russian police in Moscow included journalists.", ("COERCE", "RUS", "RUS")),
    # executions kill (news-gold ASSAULT: killings)
    ("Iran executed three protesters.", ("ASSAULT", "IRN", "IRN")),
    # closing or sealing a border restricts movement, reopening it eases the measure
    ("Algeria closed its border with Morocco.", ("COERCE", "DZA", "MAR")),
    ("Ethiopia sealed its border with Eritrea.", ("COERCE", "ETH", "ERI")),
    ("Russia closed its airspace to Polish airlines.", ("COERCE", "RUS", "POL")),
    ("Pakistan reopened its border with Afghanistan.", ("CONCEDE", "PAK", "AFG")),
    # "hit out at" is verbal
    ("Turkey hit out at Sweden over the Koran burning.", ("ACCUSE", "TUR", "SWE")),
    # targeting military positions attacks them
    ("Israeli jets targeted Hamas positions in Gaza.", ("ASSAULT", "ISR", "PSE")),
    # weapons tests show force
    ("North Korea conducted a missile test on Sunday.", ("MOBILIZE", "PRK", None)),
    ("North Korea test-fired a ballistic missile.", ("MOBILIZE", "PRK", None)),
    ("Iran tested a new ballistic missile.", ("MOBILIZE", "IRN", None)),
    # a visit paid, made or planned to a place (the light verb "pay" leaves the visit its doer)
    ("The Chinese foreign minister paid a visit to Russia.", ("CONSULT", "CHN", "RUS")),
    ("Macron's visit with Xi ended without a deal.", ("CONSULT", "FRA", "CHN")),
    # breaking off or quitting talks refuses them
    ("Venezuela broke off talks with the opposition.", ("REJECT", "VEN", "VEN")),
    ("Hamas quit the negotiations with Israel.", ("REJECT", "PSE", "ISR")),
    # shipping, transferring or handing over arms or aid gives it
    ("India shipped vaccines to Nepal.", ("AID", "IND", "NPL")),
    ("Germany handed over tanks to Ukraine.", ("AID", "DEU", "UKR")),
    ("Russia transferred troops to the Belarusian border.", ("MOBILIZE", "RUS", None)),
])
def test_family_fires_with_its_type(pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(pipe, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The company executed the plan.", "ASSAULT"),                    # no one killed
    ("The police executed a search warrant in Oslo.", "ASSAULT"),
    ("Turkey hit out at Sweden over the Koran burning.", "ASSAULT"),  # words, no strike
    ("Hamas fired rockets at Israel.", "MOBILIZE"),                   # no test: an attack
    ("The storm closed the border crossing.", "COERCE"),              # no actor restricts
    ("The Kenyan government burned the midnight oil.", "ASSAULT"),
    ("The campaign targeted young voters in Ohio.", "ASSAULT"),
    ("The talks broke down on Friday in Doha.", "REJECT"),           # no side broke them off
    ("Hamas handed over three hostages to the Red Cross in Gaza.", "AID"),  # a release
    ("The king transferred power to his son in Bhutan.", "AID"),
    ("The pope's visit to a school in Rome.", "CONSULT"),
    # "after India's nuclear test": a past event in a phrase the blocker reads across the possessive
    ("The US lifted a ban on such trade imposed after India's first nuclear test in 1974.", "MOBILIZE"),
])
def test_neighbour_sense_stays_out(pipe: Pipeline, text: str, absent: str) -> None:
    assert absent not in [e[0] for e in _events(pipe, text)]
