#!/usr/bin/env python3
"""List news-gold's claim checks (modality, attribution, denial, quantity) that fail on matched events, one by one.

score_events.py only counts the checks; to fix a class of errors one has to see each: the gold
event, what it wants, and what lagebild gave for the events matched to it. Dev half only by default
(tune on dev; ``--half test`` prints the counts only, never the per-event errors).

    python3 eval/claim_checks.py                 # every failing check on the dev half
    python3 eval/claim_checks.py --all           # passing ones too
    python3 eval/claim_checks.py --dev2 de       # dev2's readable German parts (never the carry parts)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
from news_gold import GOLD, SCORER, half_of  # noqa: E402


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(golds: list[dict[str, Any]], cmd: str) -> dict[str, list[dict[str, Any]]]:
    """All articles in one CLI call, as the scorer's batch mode does."""
    lines = [json.dumps({"id": g["article"],
                         "text": g.get("_text") or (GOLD / g["lang"] / g["article"]).read_text(encoding="utf-8"),
                         "published": g["published"], "lang": g["lang"]}) for g in golds]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    try:
        proc = subprocess.run([cmd, "extract", f.name, "--format", "jsonl"], capture_output=True, text=True, check=True)
    finally:
        Path(f.name).unlink()
    out: dict[str, list[dict[str, Any]]] = {g["article"]: [] for g in golds}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            ev = json.loads(line)
            out.setdefault(ev["article"], []).append(ev)
    return out


def _show(ev: dict[str, Any]) -> str:
    att = "; ".join(f"{a.get('name')}/{a.get('country')} ({a.get('text')!r})" for a in ev.get("attribution") or []) or "-"
    den = "; ".join(f"{a.get('name')}/{a.get('country')}" for a in ev.get("denied_by") or []) or "-"
    qty = "; ".join(f"{q.get('value')} {q.get('unit') or ''}".strip() for q in ev.get("quantities") or []) or "-"
    return (f"{ev['event_type']} {(ev.get('source') or {}).get('country')}->{(ev.get('target') or {}).get('country')} "
            f"trig={ev.get('trigger')!r} mod={ev.get('modality')} att={att} denied={den} qty={qty}\n"
            f"        ev: {ev['evidence']['text'][:220]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test"], default="dev")
    ap.add_argument("--all", action="store_true", help="print passing checks too")
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "lagebild"))
    ap.add_argument("--dev2", choices=["de", "en"], help="check dev2's readable parts of this language instead")
    args = ap.parse_args()
    if not GOLD.is_dir() or not SCORER.is_file():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    se = _scorer()
    golds = _dev2_golds(args.dev2) if args.dev2 else [
        json.loads(p.read_text()) for p in sorted(GOLD.glob("*/*.json")) if half_of(p.stem) == args.half]
    events = extract(golds, args.cmd)
    totals = {"modality": [0, 0], "attribution": [0, 0], "denial": [0, 0], "quantity": [0, 0]}
    for g in golds:
        evs = events.get(g["article"], [])
        tuples: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for ev in evs:
            tuples.setdefault(se.tuple_of(ev), []).append(ev)
        matched: dict[str, list[dict[str, Any]]] = {}
        for tup, tevs in tuples.items():
            cands = [x for x in g["events"] if se.matches(x, tup) and not x.get("optional")]
            if cands:
                x = next((x for x in cands if x["id"] not in matched), cands[0])
                matched.setdefault(x["id"], []).extend(tevs)
        for x in g["events"]:
            mevs = matched.get(x["id"])
            if not mevs or x.get("optional"):
                continue
            for kind, want, ok in _checks(x, mevs):
                totals[kind][0] += ok
                totals[kind][1] += 1
                if args.half == "dev" and (args.all or not ok):
                    print(f"[{'ok' if ok else 'FAIL'}] {kind} {g['article']} {x['id']} wants {want}")
                    print(f"    gold ev: {x.get('evidence', '')[:220]!r}")
                    for ev in mevs:
                        print("    " + _show(ev))
    print(" ".join(f"{k} {a}/{b}" for k, (a, b) in totals.items()))
    return 0


def _dev2_golds(lang: str) -> list[dict[str, Any]]:
    """dev2's readable parts as news-gold documents, each with its text; the carry parts are never read."""
    import unseen_gold as ug

    golds = []
    for part in ug.dev_parts(lang):
        for rec in ug.load(lang, ug.SETS["dev2"], part):
            text = ug.text_of(rec)
            if text is not None:
                golds.append({**ug.news_gold_doc(rec, text), "_text": text})
    return golds


def _checks(x: dict[str, Any], evs: list[dict[str, Any]]) -> list[tuple[str, Any, bool]]:
    """The scorer's four claim checks for one gold event and its matched events."""
    out = []
    if x.get("modality"):
        want = x["modality"] if isinstance(x["modality"], list) else [x["modality"]]
        out.append(("modality", want, any((e.get("modality") or "") in want for e in evs)))
    want = [n.lower() for n in x.get("attribution_names", [])] + [c.lower() for c in x.get("attribution_countries", [])]
    if want:
        got = " | ".join(str(a.get(k) or "") for e in evs for a in e.get("attribution") or []
                         for k in ("name", "text", "country")).lower()
        out.append(("attribution", want, any(w in got for w in want)))
    if x.get("denied_by"):
        got = " | ".join(str(a.get(k) or "") for e in evs for a in e.get("denied_by") or []
                         for k in ("name", "text", "country")).lower()
        out.append(("denial", x["denied_by"], all(d.lower() in got for d in x["denied_by"])))
    if x.get("quantity_min"):
        vals = [q.get("value") for e in evs for q in e.get("quantities") or [] if isinstance(q, dict)]
        out.append(("quantity", f">= {x['quantity_min']}",
                    any(isinstance(v, (int, float)) and v >= x["quantity_min"] for v in vals)))
    return out


if __name__ == "__main__":
    sys.exit(main())
