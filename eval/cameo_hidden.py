#!/usr/bin/env python3
"""Which generated CAMEO verb + object patterns a hand rule hides (round 33, entrig33).

``extract/triggers.merge_generated`` drops a generated verb wherever a hand rule (not ``cameo_too``) lists that verb,
whatever its type: "SEND * ENVOY [042]" never reached the rules because "send" has hand AID and MOBILIZE rules. This
lists each such pattern whose type no hand rule of the verb has, as candidates to read (not to add wholesale).

    .venv/bin/python eval/cameo_hidden.py                 # counts per PLOVER type
    .venv/bin/python eval/cameo_hidden.py --show          # each code, type, verb, the hand types and the words
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from lagebild.knowledge.resources import load  # noqa: E402


def hidden() -> list[tuple[str, str, str, list[str], list[str]]]:
    """(code, type, verb, hand types of the verb, object words) of each generated pattern a hand rule hides."""
    data, generated = load("triggers", "en"), load("triggers_cameo", "en")
    excluded = tuple(str(c) for c in (data.get("cameo") or {}).get("exclude_codes") or [])
    by_verb: dict[str, set[str]] = defaultdict(set)
    for r in data.get("rules") or []:
        if not r.get("cameo_too"):
            for v in r.get("verbs") or []:
                by_verb[v].add(r["type"])
    return [(str(e["cameo"]), e["type"], v, sorted(by_verb[v]), list(e["with_any"]))
            for e in generated.get("phrases") or [] if not str(e["cameo"]).startswith(excluded)
            for v in e["verbs"] if v in by_verb and e["type"] not in by_verb[v]]


def main() -> None:
    """Print the hidden patterns, counted per type or one a line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rows = hidden()
    if args.show:
        for code, etype, verb, hand, words in rows:
            print(code, etype, verb, "hand:", ",".join(hand), " ".join(words[:12]))
    for etype, n in sorted(Counter(r[1] for r in rows).items()):
        print(f"{etype:10} {n}")
    print(f"total      {len(rows)}")


if __name__ == "__main__":
    main()
