#!/usr/bin/env python3
"""Convert the Phoenix/PETRARCH2 agents dictionary (MIT) into English sector nouns for the knowledge base.

Reads ``Phoenix.agents.txt`` from ``../shared/data/petrarch2-dictionaries/dictionaries/`` (or ``--source``) and writes
``src/lagebild/resources/en/phoenix_agents.json``: each agent noun ("cleric", "paratrooper", "border guard") with its
sector, its regular plural made as PETRARCH makes it ("!PERSON!" spelt out, ``{PLURAL}`` given, ``{}`` none).

The agents name a country's people only with the country ("Iranian clerics", "Israeli settlers"): the gazetteer reads
them as named-only sector nouns (knowledge/gazetteer_build._add_phoenix_agents), never as actors alone, and a noun that
lexicon.yaml or any other resource already gives keeps that meaning. Kept out: codes with no lagebild sector (crime,
religions, elites) and of companies, weapons and craft, abbreviated ranks ("COL."), model names with digits, phrases
ending in a preposition ("AMBASSADOR_TO").

    python3 scripts/convert_phoenix_agents.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from convert_phoenix_actors import LICENCE, ORIGIN, SECTORS, SOURCE

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lagebild" / "resources" / "en" / "phoenix_agents.json"
# agent codes beyond the actor files' SECTORS: unaligned armed forces ("fighter", "militia") are armed groups
EXTRA = {"UAF": "REB"}
# companies and their people are left out, as the actor conversion leaves out the multinationals: "Microsoft CEO"
# made a company an actor that then spoke (fresh_en, a false event)
SKIPPED = {"BUS", "MNC"}
# nouns of those an act hits, not of a side: "the victims of Chinese raids" read as China's people (CHN-CIV) made
# them the target of an apology to China's victims (tests/test_roles_en_round24)
PATIENTS = {"victim", "victims"}
# weapons, craft and sites the dictionary codes MIL are equipment, not agents (round 30 found the singular aircraft
# nouns as named-only military nouns cost held-out English): a phrase headed by one of these is left out
EQUIPMENT = {"aircraft", "airplane", "plane", "jet", "jetfighter", "bomber", "fighter-bomber", "warplane", "helicopter",
             "gunship", "drone", "missile", "rocket", "ship", "warship", "vessel", "boat", "submarine", "carrier",
             "tank", "craft", "system", "base", "facility", "weapon", "weapons", "artillery", "destroyer", "frigate",
             "cruiser", "trainer", "interceptor", "launcher", "battleship", "corvette", "airbase", "installation",
             "fighter", "vehicle", "humvee", "hmmwv", "predator", "hornet", "kfir", "machine"}  # MIL "fighter": the plane
LINKS = {"of", "to", "for", "at", "in", "on", "the", "and", "a", "an"}
_LINE = re.compile(r"^(?P<name>[^#\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")


def _sector(code: str) -> str | None:
    """The sector of an agent code: its first three letters ("GOVMIL" is a government's)."""
    head = code[:3]
    return None if head in SKIPPED else EXTRA.get(head) or SECTORS.get(head)


# words with no regular plural of their own (a plural already, or a mass noun)
UNCOUNTED = {"media", "police", "people", "staff", "personnel", "military", "intelligence", "clergy", "youth",
             "leadership", "aircraft", "artillery", "infantry", "cavalry", "press", "public", "army"}


def _plural(word: str) -> str | None:
    """PETRARCH's regular plural of a head word; None where it has none."""
    if word in UNCOUNTED or (word.endswith("s") and not word.endswith("ss")):
        return None
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _phrase(raw: str) -> str | None:
    """'BORDER_GUARD' -> 'border guard'; None for what is no plain noun phrase."""
    words = [w for w in raw.strip().strip("_").lower().split("_") if w]
    if not words or any(not re.fullmatch(r"[a-z][a-z'\-]*", w) for w in words):
        return None
    if words[-1] in LINKS or words[0] in LINKS or any(w.endswith(("minist", "ministr")) for w in words):
        return None  # a phrase cut before its object, or a stem ("COMMERCE_MINIST")
    return " ".join(words)


def convert(path: Path) -> dict[str, str]:
    """noun -> sector, singulars and plurals, the first code a noun is given winning."""
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("!") and "=" in line:
            key, vals = line.split("=", 1)
            subs[key.strip()] = [v.strip() for v in vals.split(",") if v.strip()]
            continue
        m = _LINE.match(line)
        if not m or (sector := _sector(m["code"])) is None:
            continue
        names = [m["name"].strip()]
        for key, vals in subs.items():
            if key in names[0]:
                names = [names[0].replace(key, v) for v in vals]
        plural = m["plural"]
        for name in names:
            noun = _phrase(name)
            if noun is None:
                continue
            forms = [noun]
            if plural is None and "!" not in m["name"]:
                words = noun.split()
                at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1  # "secretaries of state"
                if (p := _plural(words[at])) is not None:
                    forms.append(" ".join([*words[:at], p, *words[at + 1:]]))
            elif plural and (p := _phrase(plural)):
                forms.append(p)
            if sector == "MIL" and (words := noun.split())[-1] in EQUIPMENT | {_plural(w) for w in EQUIPMENT}:
                continue
            for f in forms:
                if f.split()[-1] not in PATIENTS:
                    out.setdefault(f, sector)
    return dict(sorted(out.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=SOURCE, help="folder with Phoenix.agents.txt")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    path = args.source / "Phoenix.agents.txt"
    if not path.is_file():
        print(f"{path}: not found", file=sys.stderr)
        return 2
    nouns = convert(path)
    about = (f"GENERATED by scripts/convert_phoenix_agents.py from the Phoenix/PETRARCH2 agents dictionary; do not edit "
             f"by hand (lexicon.yaml sector_nouns and every other resource take precedence). Source: {ORIGIN}. "
             f"Licence: {LICENCE}. {len(nouns)} English agent nouns -> sector (common/sectors.yaml). Each names an "
             f"actor only with a country or a name before it ('Iranian clerics'), never alone.")
    lines = [json.dumps({"noun": n, "sector": s}, ensure_ascii=False) for n, s in nouns.items()]
    args.out.write_text('{"about": ' + json.dumps(about) + ',\n "entries": [\n' + ",\n".join(lines) + "\n]}\n",
                        encoding="utf-8")
    print(f"{len(nouns)} agent nouns -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
