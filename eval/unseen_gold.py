#!/usr/bin/env python3
"""The third measure: event F1 on UNSEEN real news annotated in full (eval/unseen-gold/), a hold-out.

news-gold's test half is small and the hand labels of eval/scorer-labels.jsonl measure precision only; these
articles were annotated by news-gold's GUIDELINES.md before lagebild ever ran on them, so they measure recall
too. Each article is rebuilt from ../shared/data into a temporary folder in news-gold's own layout (text +
gold JSON, the evidence cut from the stored offsets) and scored by ../shared/tools/score_events.py itself
(its CLI run and its matching). Being a hold-out, it prints totals per language only, never an article.

    .venv/bin/python eval/unseen_gold.py                  # rules alone and with the scorer, both languages
    .venv/bin/python eval/unseen_gold.py --scorer off --lang de

`--set dev2` scores eval/dev2/ instead: fresh real articles annotated the same way (before lagebild ran on
them) as a second DEVELOPMENT set, to tune on wording the news-gold dev half does not have. Only there
`--show` prints each article's misses and false positives (never for the carry-check parts, CARRY_PARTS).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = {"unseen": ROOT / "eval" / "unseen-gold", "dev2": ROOT / "eval" / "dev2"}
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "eval"))
from scorer_failures import batch_failure, failures, report  # noqa: E402

# dev2's parts read by totals only (carry checks: nobody has read their misses), so a later round can still ask whether
# its rules carry to text no rule was written on; `--show` and the loss scripts leave them out. Round 23 moved f, g and
# h (82 articles) into tuning: rules fitted to too few articles stopped carrying, and a learned part needs the data
CARRY_PARTS = frozenset("ijklmn")


def dev_parts(lang: str) -> list[str]:
    """dev2's parts of ``lang`` that may be read to tune: all but the carry checks."""
    return sorted({p.stem.split("-", 1)[1] for p in SETS["dev2"].glob(f"{lang}-*.jsonl")} - CARRY_PARTS)


def load(lang: str, gold_dir: Path = SETS["unseen"], part: str | None = None) -> list[dict[str, Any]]:
    """The gold records of one language: every `<lang>*.jsonl` of the set (one JSON object per line), or only
    `<lang>-<part>.jsonl` (several parts comma-separated, "a,b,c"), so a new part's first figure can be taken alone
    and a part kept unread (the carry check) can be left out of the development figures."""
    records = []
    paths = ([gold_dir / f"{lang}-{p.strip()}.jsonl" for p in part.split(",")] if part
             else sorted(gold_dir.glob(f"{lang}*.jsonl")))
    for path in (p for p in paths if p.is_file()):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def text_of(rec: dict[str, Any]) -> str | None:
    """The article text rebuilt from ../shared/data (None when the corpus is absent)."""
    import scorer_data

    found = scorer_data._hand_text(rec["corpus"], rec["doc"])
    return found[0] if found else None


def news_gold_doc(rec: dict[str, Any], text: str) -> dict[str, Any]:
    """The record as a news-gold JSON document: the evidence string cut from the text by its offsets."""
    events = []
    for e in rec["events"]:
        g = {k: v for k, v in e.items() if k not in ("start", "end")}
        g["evidence"] = text[e["start"]:e["end"]]
        events.append(g)
    return {"article": f"{rec['id']}.txt", "lang": rec["lang"], "published": rec["published"],
            "topic": rec.get("topic"), "events": events}


def score(langs: list[str], scorer: str, cmd: str,
          gold_dir: Path = SETS["unseen"], part: str | None = None) -> tuple[dict[str, Any], int]:
    """Run the shared scorer over the rebuilt articles; its JSON result and the number of absent articles. An article
    the extractor failed on (a crash, the scorer's 300 s timeout) is said on stderr and left out of ``results``, not
    scored as zero events: ``result["failed"]`` holds each one's [id, lang, reason]."""
    missing = 0
    with tempfile.TemporaryDirectory(prefix="unseen-gold-") as tmp:
        dirs = []
        for lang in langs:
            out = Path(tmp) / lang
            out.mkdir()
            for rec in load(lang, gold_dir, part):
                text = text_of(rec)
                if text is None:
                    missing += 1
                    continue
                (out / f"{rec['id']}.txt").write_text(text, encoding="utf-8")
                (out / f"{rec['id']}.json").write_text(json.dumps(news_gold_doc(rec, text), ensure_ascii=False),
                                                      encoding="utf-8")
            dirs.append(str(out))
        env = dict(os.environ, LAGEBILD_SCORER=scorer) if scorer != "default" else dict(os.environ)
        if scorer == "default":
            env.pop("LAGEBILD_SCORER", None)
        proc = subprocess.run([sys.executable, str(SCORER), "--cmd", cmd, "--gold", *dirs, "--json"],
                              capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip()[-300:])
    result = json.loads(proc.stdout)
    why = batch_failure(proc.stderr)
    if why is not None:
        print(f"batch extract failed: {why} (scored article by article)", file=sys.stderr)
    failed = dict(failures(proc.stderr))
    if failed:
        print(report(list(failed.items())), file=sys.stderr)
    lang_of = {r["article"].removesuffix(".txt"): r.get("lang") for r in result["results"]}
    result["failed"] = [[i, lang_of.get(i), why] for i, why in failed.items()]
    result["results"] = [r for r in result["results"] if r["article"].removesuffix(".txt") not in failed]
    return result, missing


def totals(results: list[dict[str, Any]]) -> str:
    """F1, P, R and the claim checks over a set of per-article results, as the shared scorer sums them."""
    gold, found, pred, tp = (sum(r[k] for r in results) for k in ("gold", "found", "predicted", "true_positive"))
    rec, prec = (found / gold if gold else 0.0), (tp / pred if pred else 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    checks = ", ".join(f"{k} {sum(r['checks'][k][0] for r in results)}/{sum(r['checks'][k][1] for r in results)}"
                       for k in ("modality", "attribution", "denial", "quantity"))
    return (f"F1 {f1:.3f} (P {prec:.3f}, R {rec:.3f}; {found} of {gold} required events found, {tp} of {pred} "
            f"predicted tuples right; {checks}) over {len(results)} articles")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["de", "en", "all"], default="all")
    ap.add_argument("--scorer", choices=["off", "default", "both"], default="both",
                    help="off: the rules alone (LAGEBILD_SCORER=off); default: as shipped; both (default)")
    ap.add_argument("--set", choices=sorted(SETS), default="unseen",
                    help="unseen: the hold-out (totals only); dev2: the second development set")
    ap.add_argument("--part", help="dev2 only: score one part alone (the file <lang>-<part>.jsonl, e.g. d) or several (a,b,c)")
    ap.add_argument("--show", action="store_true", help="dev2 only: each article's misses and false positives")
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "lagebild"), help="the lagebild CLI to run")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"shared scorer not found at {SCORER}: ../shared is absent, nothing to score", file=sys.stderr)
        return 2
    if args.part and args.set != "dev2":
        print("--part is for --set dev2 only: the unseen set is scored whole", file=sys.stderr)
        return 2
    if args.show and args.set != "dev2":
        print("--show is for --set dev2 only: the unseen set is a hold-out and prints totals", file=sys.stderr)
        return 2
    langs = ["de", "en"] if args.lang == "all" else [args.lang]
    if args.show:
        asked = [p.strip() for p in args.part.split(",")] if args.part else None
        if asked and CARRY_PARTS & set(asked):
            print(f"dev2 parts {', '.join(sorted(CARRY_PARTS))} are carry checks: score their totals without --show",
                  file=sys.stderr)
            return 2
        if asked is None and len(langs) == 1:
            args.part = ",".join(dev_parts(langs[0]))
        elif asked is None:
            print("--show needs --lang de or en (it leaves the carry-check parts out)", file=sys.stderr)
            return 2
    for mode in (["off", "default"] if args.scorer == "both" else [args.scorer]):
        try:
            result, missing = score(langs, mode, args.cmd, SETS[args.set], args.part)
        except RuntimeError as exc:
            print(f"scoring failed ({mode}): {exc}", file=sys.stderr)
            return 1
        name = "rules alone" if mode == "off" else "default (learned scorer as shipped)"
        print(f"{name}:" + (f" ({missing} articles absent from ../shared, skipped)" if missing else ""))
        for lang in langs:
            sub = [r for r in result["results"] if r.get("lang") == lang]
            lost = [(i, why) for i, lg, why in result["failed"] if lg == lang]
            print(f"  {lang}: {totals(sub)}" + (f"; {report(lost)}" if lost else ""))
            if args.show:
                for r in sub:
                    print(f"    {r['article']}: {r['found']}/{r['gold']} found, {r['true_positive']}/{r['predicted']}"
                          f" right; missed {', '.join(r['missed']) or '-'}; false {', '.join(r['false_positive']) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
