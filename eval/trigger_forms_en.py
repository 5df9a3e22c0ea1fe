#!/usr/bin/env python3
"""Which grammatical forms of each English trigger family fire (rules only), on sentences written for this table.

Round 38 found the English no-trigger misses on the tuning sets are one-off wordings; this probes the lexicon from its
side instead: one family (a PLOVER type and its verb) per row, one form per column (active, headline present, passive
with and without "by", participle modifiers, the act noun with of/on/by, possessive, light and phrasal verbs). A cell is
the expected type's event ("RUS>UKR"), "trig" where a trigger of that type fired but made no event (no doer with a
country, as a passive without "by" must), "-" where none fired; other types that fired follow in brackets.
A column of "-" across families is a class of gap (a form no family reads), not a one-off wording. A past participle
used as an adjective ("the attacked convoy") is no trigger by design, in English as in German (trigger_participles.py).

    python3 eval/trigger_forms_en.py            # the table
    python3 eval/trigger_forms_en.py --gaps     # only the cells where no trigger of the type fired, with their sentence
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ["LAGEBILD_SCORER"] = "off"

from lagebild.extract.events import EventExtractor  # noqa: E402
from lagebild.pipeline import extract_events  # noqa: E402

FORMS = ("active", "headline", "pass_by", "passive", "part_post", "part_pre", "noun_of", "noun_prep", "noun_by",
         "possessive", "light", "phrasal")

# family -> (expected type, {form: sentence}); sentences written for this table, none from a corpus
FAMILIES: dict[str, tuple[str, dict[str, str]]] = {
    "attack": ("ASSAULT", {
        "active": "Russian forces attacked the Ukrainian city of Kharkiv on Monday.",
        "headline": "Russia attacks Ukrainian port of Odesa",
        "pass_by": "The Ukrainian city of Kharkiv was attacked by Russian forces on Monday.",
        "passive": "A Ukrainian army convoy was attacked near Kharkiv on Monday.",
        "part_post": "A Ukrainian convoy attacked by Russian drones near Kharkiv lost two trucks.",
        "part_pre": "The attacked Ukrainian convoy lost two trucks near Kharkiv.",
        "noun_of": "The Russian attack on Kharkiv killed ten people.",
        "noun_prep": "An attack on Kharkiv by Russian forces killed ten people.",
        "noun_by": "An attack by Russian forces killed ten people in Kharkiv.",
        "possessive": "Russia's attack on Kharkiv killed ten people.",
        "light": "Russia launched an attack on Kharkiv on Monday.",
    }),
    "strike": ("ASSAULT", {
        "active": "Israeli jets struck Hamas positions in Gaza on Monday.",
        "headline": "Israel strikes Hamas targets in Gaza",
        "pass_by": "Hamas positions in Gaza were struck by Israeli jets on Monday.",
        "noun_of": "Israeli air strikes on Gaza killed ten people.",
        "noun_by": "Strikes by Israeli jets killed ten people in Gaza.",
        "possessive": "Israel's strikes on Gaza killed ten people.",
        "light": "Israel carried out air strikes on Gaza on Monday.",
    }),
    "shell": ("ASSAULT", {
        "active": "Russian artillery shelled the Ukrainian town of Bakhmut.",
        "headline": "Russia shells Ukrainian town of Bakhmut",
        "pass_by": "The Ukrainian town of Bakhmut was shelled by Russian artillery.",
        "passive": "The Ukrainian town of Bakhmut was shelled overnight.",
        "part_post": "The Ukrainian town of Bakhmut, shelled by Russian artillery overnight, lost power.",
        "noun_of": "The Russian shelling of Bakhmut killed three people.",
        "possessive": "Russia's shelling of Bakhmut killed three people.",
    }),
    "kill": ("ASSAULT", {
        "active": "Israeli troops killed three Palestinians in the West Bank on Monday.",
        "headline": "Israeli troops kill three Palestinians in West Bank",
        "pass_by": "Three Palestinians were killed by Israeli troops in the West Bank on Monday.",
        "passive": "Three Palestinians were killed in the West Bank on Monday.",
        "part_post": "Three Palestinians killed by Israeli troops were buried in Jenin on Monday.",
        "noun_of": "The killing of three Palestinians by Israeli troops drew protests.",
        "possessive": "Israel's killing of three Palestinians drew protests.",
    }),
    "offensive": ("ASSAULT", {
        "light": "Ukraine launched an offensive against Russian forces in the south.",
        "noun_of": "The Ukrainian offensive against Russian forces began in June.",
        "possessive": "Ukraine's offensive against Russian forces began in June.",
    }),
    "arrest": ("COERCE", {
        "active": "Iranian police arrested a British journalist in Tehran.",
        "headline": "Iran arrests British journalist in Tehran",
        "pass_by": "A British journalist was arrested by Iranian police in Tehran.",
        "passive": "A British journalist was arrested in Tehran on Monday.",
        "part_post": "A British journalist arrested by Iranian police on Monday appeared in court.",
        "part_pre": "The arrested British journalist works for the BBC.",  # used as an adjective: no trigger, as in German
        "noun_of": "The arrest of a British journalist by Iranian police drew criticism.",
        "possessive": "Iran's arrest of a British journalist drew criticism.",
        "light": "Iranian police made several arrests of British citizens in Tehran.",
        "phrasal": "Iran cracked down on protesters in Tehran.",
    }),
    "detain": ("COERCE", {
        "active": "Chinese authorities detained a Canadian businessman.",
        "headline": "China detains Canadian businessman",
        "pass_by": "A Canadian businessman was detained by Chinese authorities.",
        "passive": "A Canadian businessman was detained in Beijing on Monday.",
        "part_post": "A Canadian businessman detained by Chinese authorities was released on bail.",
        "noun_of": "The detention of a Canadian businessman by China strained ties.",
        "possessive": "China's detention of a Canadian businessman strained ties.",
    }),
    "crackdown": ("COERCE", {
        "noun_prep": "The Iranian crackdown on protesters drew criticism.",
        "possessive": "Iran's crackdown on protesters drew criticism.",
        "light": "Iran launched a crackdown on protesters in Tehran.",
        "phrasal": "Iranian police cracked down on protesters in Tehran.",
    }),
    "sanction": ("SANCTION", {
        "active": "The United States sanctioned three Russian banks.",
        "headline": "US sanctions three Russian banks",
        "pass_by": "Three Russian banks were sanctioned by the United States.",
        "passive": "Three Russian banks were sanctioned on Monday.",
        "part_post": "Three Russian banks sanctioned by the United States lost access to dollars.",
        "noun_prep": "New US sanctions against Russia took effect on Monday.",
        "noun_by": "Sanctions by the United States on Russia took effect on Monday.",
        "possessive": "Washington's sanctions on Moscow took effect on Monday.",
        "light": "The United States imposed sanctions on Russia.",
    }),
    "expel": ("SANCTION", {
        "active": "Russia expelled ten British diplomats.",
        "headline": "Russia expels ten British diplomats",
        "pass_by": "Ten British diplomats were expelled by Russia.",
        "passive": "Ten British diplomats were expelled from Moscow on Monday.",
        "part_post": "Ten British diplomats expelled by Russia left Moscow on Monday.",
        "noun_of": "The expulsion of ten British diplomats by Russia angered London.",
        "possessive": "Russia's expulsion of ten British diplomats angered London.",
    }),
    "protest": ("PROTEST", {
        "active": "Kenyan teachers protested against the government in Nairobi.",
        "headline": "Kenyan teachers protest against government pay cuts",
        "noun_by": "A protest by Kenyan teachers against the government blocked Nairobi.",
        "noun_prep": "Protests against the Kenyan government spread to Mombasa on Monday.",
        "light": "Kenyan teachers staged a protest against the government in Nairobi.",
        "phrasal": "Kenyan teachers took to the streets against the government in Nairobi.",
    }),
    "talks": ("CONSULT", {
        "active": "Biden met Xi Jinping in Bali on Monday.",
        "headline": "Biden meets Xi Jinping in Bali",
        "pass_by": "Xi Jinping was received by Biden in Washington on Monday.",
        "noun_prep": "Talks between the United States and China ended in Bali on Monday.",
        "possessive": "Biden's meeting with Xi Jinping ended in Bali on Monday.",
        "light": "Biden held talks with Xi Jinping in Bali on Monday.",
    }),
    "threaten": ("THREATEN", {
        "active": "Russia threatened Ukraine with new strikes.",
        "headline": "Russia threatens Ukraine with new strikes",
        "pass_by": "Ukraine was threatened by Russia with new strikes.",
        "noun_prep": "The Russian threat against Ukraine grew on Monday.",
        "possessive": "Russia's threats against Ukraine grew on Monday.",
        "light": "Russia issued a warning to Ukraine on Monday.",
    }),
    "condemn": ("ACCUSE", {
        "active": "China condemned Japan over the visit.",
        "headline": "China condemns Japan over shrine visit",
        "pass_by": "Japan was condemned by China over the visit.",
        "noun_of": "China's condemnation of Japan came on Monday.",
        "light": "China lodged a complaint against Japan over the visit.",
    }),
    "accuse": ("ACCUSE", {
        "active": "Iran accused Israel of the attack on its embassy.",
        "headline": "Iran accuses Israel of embassy attack",
        "pass_by": "Israel was accused by Iran of the attack on its embassy.",
        "noun_prep": "Iran's accusations against Israel grew on Monday.",
        "light": "Iran leveled accusations against Israel on Monday.",
    }),
    "reject": ("REJECT", {
        "active": "Israel rejected Egypt's proposal for a truce.",
        "headline": "Israel rejects Egyptian truce proposal",
        "pass_by": "Egypt's proposal for a truce was rejected by Israel.",
        "noun_of": "Israel's rejection of Egypt's proposal came on Monday.",
        "phrasal": "Israel turned down Egypt's proposal for a truce.",
    }),
    "withdraw": ("RETREAT", {
        "active": "Russia withdrew its troops from Kherson.",
        "headline": "Russia withdraws troops from Kherson",
        "pass_by": "Russian troops were withdrawn from Kherson by Moscow.",
        "noun_of": "The withdrawal of Russian troops from Kherson began on Monday.",
        "possessive": "Russia's withdrawal from Kherson began on Monday.",
        "phrasal": "Russia pulled out of Kherson on Monday.",
    }),
    "aid": ("AID", {
        "active": "Germany sent aid to Ukraine on Monday.",
        "headline": "Germany sends aid to Ukraine",
        "pass_by": "Aid was sent to Ukraine by Germany on Monday.",
        "noun_prep": "German aid to Ukraine arrived on Monday.",
        "possessive": "Germany's aid to Ukraine arrived on Monday.",
        "light": "Germany provided assistance to Ukraine on Monday.",
    }),
    "deploy": ("MOBILIZE", {
        "active": "Russia deployed troops to Belarus.",
        "headline": "Russia deploys troops to Belarus",
        "pass_by": "Troops were deployed to Belarus by Russia.",
        "passive": "Russian troops were deployed to Belarus on Monday.",
        "part_post": "Russian troops deployed to Belarus held drills on Monday.",
        "noun_of": "The deployment of Russian troops to Belarus alarmed Poland.",
        "possessive": "Russia's deployment of troops to Belarus alarmed Poland.",
    }),
    "urge": ("REQUEST", {
        "active": "Ukraine urged Germany to send tanks.",
        "headline": "Ukraine urges Germany to send tanks",
        "pass_by": "Germany was urged by Ukraine to send tanks.",
        "possessive": "Ukraine's request to Germany for tanks came on Monday.",
        "light": "Ukraine made an appeal to Germany for tanks.",
    }),
    "agree": ("AGREE", {
        "active": "Israel and Egypt signed an agreement on gas exports.",
        "headline": "Israel, Egypt sign gas export deal",
        "pass_by": "An agreement on gas exports was signed by Israel and Egypt.",
        "noun_prep": "The agreement between Israel and Egypt took effect on Monday.",
        "light": "Israel reached an agreement with Egypt on gas exports.",
    }),
    "praise": ("SUPPORT", {
        "active": "France praised Germany for its stance.",
        "headline": "France praises Germany for its stance",
        "pass_by": "Germany was praised by France for its stance.",
        "possessive": "France's support for Ukraine grew on Monday.",
        "light": "France voiced support for Ukraine on Monday.",
    }),
    "release": ("RETREAT", {
        "active": "Iran released a French journalist on Monday.",
        "headline": "Iran releases French journalist",
        "pass_by": "A French journalist was released by Iran on Monday.",
        "passive": "A French journalist was released in Tehran on Monday.",
        "noun_of": "The release of a French journalist by Iran came on Monday.",
        "possessive": "Iran's release of a French journalist came on Monday.",
        "phrasal": "Iran handed over a French journalist to France on Monday.",
    }),
}

# light and phrasal verbs beyond the rows above, one sentence each: (wording, expected type, sentence)
IDIOMS: list[tuple[str, str, str]] = [
    ("opened fire on", "ASSAULT", "Israeli troops opened fire on Palestinian protesters near Gaza."),
    ("came under attack", "ASSAULT", "A Turkish convoy came under attack from Kurdish militants in Syria."),
    ("fired rockets at", "ASSAULT", "Hamas fired rockets at Israel on Monday."),
    ("bombed", "ASSAULT", "Saudi jets bombed a Yemeni port on Monday."),
    ("raided", "ASSAULT", "Israeli troops raided a Palestinian refugee camp in Jenin."),
    ("shot down", "ASSAULT", "Russia shot down a Ukrainian drone over Crimea."),
    ("stepped up attacks", "ASSAULT", "Russia stepped up its attacks on Ukrainian power plants."),
    ("abducted", "ASSAULT", "Nigerian militants abducted two German engineers."),
    ("rounded up", "COERCE", "Chinese police rounded up dozens of Tibetan monks."),
    ("put under house arrest", "COERCE", "Myanmar's junta placed the opposition leader under house arrest."),
    ("put on trial", "COERCE", "Iran put a French academic on trial in Tehran."),
    ("banned", "COERCE", "Russia banned the German broadcaster Deutsche Welle."),
    ("staged a rally", "PROTEST", "Thai students staged a rally against the government in Bangkok."),
    ("went on strike", "PROTEST", "French rail workers went on strike against the pension reform."),
    ("took to the streets", "PROTEST", "Thousands of Serbians took to the streets against the government."),
    ("spoke by phone", "CONSULT", "Macron spoke by phone with Putin on Monday."),
    ("paid a visit to", "CONSULT", "The Japanese prime minister paid a visit to China on Monday."),
    ("hosted", "CONSULT", "Egypt hosted Israeli and Palestinian negotiators in Cairo."),
    ("vowed to retaliate", "THREATEN", "Iran vowed to retaliate against Israel for the strike."),
    ("struck a deal", "AGREE", "Turkey struck a deal with the European Union on migrants."),
    ("reached an agreement", "AGREE", "Armenia reached an agreement with Azerbaijan on the border."),
    ("called off talks", "REJECT", "North Korea called off talks with South Korea on Monday."),
    ("broke off ties", "SANCTION", "Morocco broke off diplomatic ties with Iran."),
    ("cut ties", "SANCTION", "Bolivia cut diplomatic ties with Israel."),
    ("recalled its ambassador", "SANCTION", "France recalled its ambassador from Italy."),
    ("walked out of talks", "REJECT", "Iran walked out of the talks with the European Union."),
    ("backed down", "CONCEDE", "Turkey backed down on its demand to Sweden."),
    ("lifted sanctions", "RETREAT", "The European Union lifted its sanctions on Belarus."),
    ("pulled back troops", "RETREAT", "India pulled back its troops from the border with China."),
    ("massed troops", "MOBILIZE", "Russia massed troops on the border with Ukraine."),
    ("called up reservists", "MOBILIZE", "Israel called up reservists for the war against Hamas."),
    ("called for", "REQUEST", "Germany called for the release of the Ukrainian sailors held by Russia."),
    ("demanded", "REQUEST", "China demanded an apology from Japan."),
    ("expressed support", "SUPPORT", "Turkey expressed support for Azerbaijan on Monday."),
    ("backed", "SUPPORT", "Germany backed Ukraine's bid to join the European Union."),
    ("pledged aid", "AID", "Japan pledged $1 billion in aid to Ukraine."),
    ("lodged a protest", "ACCUSE", "China lodged a protest with Japan over the visit."),
    ("summoned ambassador", "ACCUSE", "Poland summoned the Russian ambassador over the missile."),
]


def _candidates(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    """(type, source, target, kept) of every trigger the rules tried in ``text``."""
    log: list[tuple[str, str | None, str | None, bool]] = []
    original = EventExtractor._event

    def logged(self, doc, c, trig, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        ev = original(self, doc, c, trig, *args, **kwargs)
        if ev is None:
            log.append((trig.rule.type, None, None, False))
        else:
            log.append((ev.event_type, getattr(ev.source, "country", None), getattr(ev.target, "country", None), True))
        return ev

    EventExtractor._event = logged  # type: ignore[method-assign]
    try:
        extract_events(text, lang="en")
    finally:
        EventExtractor._event = original  # type: ignore[method-assign]
    return log


def cell(expected: str, text: str) -> str:
    """One cell: the expected type's best reading, then any other type that fired."""
    cands = _candidates(text)
    mine = [c for c in cands if c[0] == expected]
    kept = [c for c in mine if c[3]]
    if kept:
        out = f"{kept[0][1] or '?'}>{kept[0][2] or '-'}"
    elif mine:
        out = "trig"
    else:
        out = "-"
    others = sorted({c[0][:4] for c in cands if c[0] != expected})
    return out + (f"[{','.join(others)}]" if others else "")


def main() -> None:
    """Print the family x form table, or the gaps with their sentences."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gaps", action="store_true", help="only cells where no trigger of the type fired")
    ap.add_argument("--family", help="only this family")
    args = ap.parse_args()
    fams = {k: v for k, v in FAMILIES.items() if not args.family or k == args.family}
    width = 13
    if not args.gaps:
        print(f"{'family':<10} {'type':<9}" + "".join(f"{f:<{width}}" for f in FORMS))
    misses: dict[str, int] = dict.fromkeys(FORMS, 0)
    tried: dict[str, int] = dict.fromkeys(FORMS, 0)
    for fam, (typ, forms) in fams.items():
        cells = []
        for form in FORMS:
            if form not in forms:
                cells.append("")
                continue
            c = cell(typ, forms[form])
            tried[form] += 1
            if c.startswith("-"):
                misses[form] += 1
                if args.gaps:
                    print(f"{fam:<10} {typ:<9} {form:<11} {c:<14} {forms[form]}")
            cells.append(c)
        if not args.gaps:
            print(f"{fam:<10} {typ:<9}" + "".join(f"{c[:width - 1]:<{width}}" for c in cells))
    print("no trigger per form: " + ", ".join(f"{f} {misses[f]}/{tried[f]}" for f in FORMS if tried[f]))
    if args.family:
        return
    gaps = 0
    for wording, typ, text in IDIOMS:
        c = cell(typ, text)
        gaps += c.startswith("-")
        if not args.gaps or c.startswith("-"):
            print(f"{wording:<24} {typ:<9} {c:<14} {text}")
    print(f"no trigger among light and phrasal wordings: {gaps}/{len(IDIOMS)}")


if __name__ == "__main__":
    main()
