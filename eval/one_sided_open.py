#!/usr/bin/env python3
"""What ``ActorScope.one_sided`` (an act between two sides told with no other side: dropped) costs and saves: the
rules run twice on a tuning set, as shipped and with the filter switched off, and the events the second run adds
are counted right (a required gold event newly found, or a tuple newly counted right) or false, per PLOVER type.
A false one is split by what gold has: the same type and doer with a target we missed ("target missed"), with a
target we found ("found": the targetless copy is a duplicate), or nothing ("no gold"). Rules alone (scorer off).

    .venv/bin/python eval/one_sided_open.py --set news-gold             # news-gold dev, both languages
    .venv/bin/python eval/one_sided_open.py --set dev2 --lang de --part a,b,c --show
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "news-gold"


def _as_cli(argv: list[str]) -> int:
    """The lagebild CLI with the one-sided filter off (every call says False)."""
    from lagebild.extract import actor_scope
    from lagebild.serve.cli import main

    actor_scope.ActorScope.one_sided = lambda *_a, **_k: False  # type: ignore[method-assign]
    sys.argv = ["lagebild", *argv]
    return int(main() or 0)


def _news_gold(cmd: str) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Scorer JSON over news-gold dev and the gold events per article."""
    out = subprocess.run([sys.executable, str(ROOT / "eval" / "news_gold.py"), "--half", "dev", "--json", "--cmd", cmd],
                         capture_output=True, text=True, env=dict(os.environ, LAGEBILD_SCORER="off"), check=True)
    gold = {}
    for f in GOLD.glob("*/*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        gold[g["article"]] = g["events"]
    return json.loads(out.stdout), gold


def _dev2(cmd: str, lang: str, part: str) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Scorer JSON over dev2 parts (tuning parts only) and the gold events per article."""
    sys.path.insert(0, str(ROOT / "eval"))
    import unseen_gold

    res, _ = unseen_gold.score([lang], "off", cmd, unseen_gold.SETS["dev2"], part)
    gold = {f"{r['id']}.txt": r["events"] for r in unseen_gold.load(lang, unseen_gold.SETS["dev2"], part)}
    return res, gold


def compare(base: dict[str, Any], opened: dict[str, Any], gold: dict[str, list[dict[str, Any]]],
            show: bool) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Right events per type and false ones per (type, class) that switching the filter off adds."""
    right: Counter[str] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    before = {r["article"]: r for r in base["results"]}
    for r in opened["results"]:
        o = before[r["article"]]
        events = gold.get(r["article"], [])
        found = set(o["missed"]) - set(r["missed"])
        for e in events:
            if e["id"] in found:
                right[e["types"][0]] += 1
                if show:
                    print(f"RIGHT {r['article']} {e['types']} {e['source']}->{e['target']}")
        if not found and r["true_positive"] > o["true_positive"]:
            right["(tuple)"] += r["true_positive"] - o["true_positive"]
        for t in Counter(r["false_positive"]) - Counter(o["false_positive"]):
            typ, src = t.split("/")[:2]
            same = [e for e in events if typ in e["types"] and str(e["source"]) == src]
            cls = "target missed" if any(e["id"] in o["missed"] for e in same) else "found" if same else "no gold"
            false[(typ, cls)] += 1
            if show:
                print(f"FALSE {r['article']} {t} ({cls})")
    return right, false


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--as-cli":
        return _as_cli(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold")
    ap.add_argument("--lang", choices=["de", "en"], default="de", help="dev2 only")
    ap.add_argument("--part", default=None, help="dev2 parts, comma-separated (tuning parts only: a-h, o; en a,b)")
    ap.add_argument("--show", action="store_true", help="each added event")
    args = ap.parse_args()
    if args.set == "dev2" and args.lang == "de" and any(p in "ijklmn" for p in (args.part or "ijklmn").split(",")):
        print("dev2 de: name tuning parts with --part (i-n are carry checks, totals only)", file=sys.stderr)
        return 2
    base_cmd = str(ROOT / ".venv" / "bin" / "lagebild")
    with tempfile.TemporaryDirectory() as tmp:
        wrapper = Path(tmp) / "lagebild-open"
        wrapper.write_text(f"#!/bin/sh\nexec {sys.executable} {Path(__file__).resolve()} --as-cli \"$@\"\n")
        wrapper.chmod(0o755)
        runs = [(_news_gold(c) if args.set == "news-gold" else _dev2(c, args.lang, args.part or ""))
                for c in (base_cmd, str(wrapper))]
    (base, gold), (opened, _) = runs
    right, false = compare(base, opened, gold, args.show)
    print(f"F1 {base['f1']:.3f} (P {base['precision']:.3f}, R {base['recall']:.3f}) as shipped; filter off: "
          f"F1 {opened['f1']:.3f} (P {opened['precision']:.3f}, R {opened['recall']:.3f})")
    print(f"added right {sum(right.values())}: {dict(right)}")
    print(f"added false {sum(false.values())}:")
    for (typ, cls), n in sorted(false.items()):
        print(f"  {typ:10} {cls:14} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
