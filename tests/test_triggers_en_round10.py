"""Round 10 English triggers (en10r): families by class, each with a neighbour sense that must stay no event or
another type, and the passive voice of verb + object patterns. Rules alone (no learned scorer)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lagebild.extract.triggers import merge_generated
from lagebild.pipeline import Pipeline

from .test_triggers_en_round9 import HAS_PARSER, _events

ROOT = Path(__file__).resolve().parent.parent
needs_parser = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(scorer=False)


@needs_parser
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
    # CAMEO's military-subject patterns
    ("Russian forces advanced on Kyiv.", ("ASSAULT", "RUS", "UKR")),
    ("Indian troops rushed to the border with China.", ("MOBILIZE", "IND", None)),
    ("Turkish troops entered the Syrian town of Afrin.", ("COERCE", "TUR", "SYR")),
    ("American soldiers returned home from Iraq.", ("RETREAT", "USA", "IRQ")),
])
def test_family_fires_with_its_type(pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(pipe, text)


@needs_parser
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
    ("Kenya's economy advanced.", "ASSAULT"),                       # no military doer
    ("Russian troops continued to patrol the area.", "ASSAULT"),
    # "after India's nuclear test": a past event in a phrase the blocker reads across the possessive
    ("The US lifted a ban on such trade imposed after India's first nuclear test in 1974.", "MOBILIZE"),
])
def test_neighbour_sense_stays_out(pipe: Pipeline, text: str, absent: str) -> None:
    assert absent not in [e[0] for e in _events(pipe, text)]


def test_converter_reads_military_subject_patterns(tmp_path: Path) -> None:
    """"- &MILITARY * [190]" codes the block's verbs only with a military doer; an object word or set may follow."""
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", ROOT / "scripts" / "convert_cameo_verbs.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    dictionary = tmp_path / "CAMEO.txt"
    dictionary.write_text("####### VERB DICTIONARY #######\n---  ADVANCE   [---]  ---\nADVANCE\n"
                          "- &MILITARY *             [190]   # ADVANCE\n---  ENTER   [---]  ---\nENTER\n"
                          "- &MILITARY * TOWN        [192]   # ENTER\n- &MILITARY * (BY FORCE)  [192]   # ENTER\n"
                          "- &MILITARY *             [:071]  # ENTER\n", encoding="latin-1")
    *_, military = mod.read_dictionary(dictionary)
    assert military == [(["advance"], "190", []), (["enter"], "192", ["town"])]  # no prepositional or reversed ones


def test_loader_takes_military_patterns_of_chosen_codes_only() -> None:
    generated = {"military": [{"cameo": "190", "type": "ASSAULT", "verbs": ["advance", "continue"], "require_military": True},
                              {"cameo": "150", "type": "MOBILIZE", "verbs": ["remain"], "require_military": True}]}
    cfg = {"templates": {"ASSAULT": {}, "MOBILIZE": {}}, "military": {"codes": ["190"], "exclude_verbs": ["continue"]}}
    rules = merge_generated({"rules": []}, generated, cfg)["rules"]
    assert [(r["type"], r["verbs"], r.get("require_military")) for r in rules] == [("ASSAULT", ["advance"], True)]
