#!/usr/bin/env python3
"""Training rows for the doer picker (src/lagebild/extract/doer_picker.py), from German TUNING sets only.

Each German trigger the rules would drop for want of a doer (the picker's site) is read with a recording picker that
never picks: every candidate's features are kept with its label, 1 where a gold event of the trigger's type whose
evidence touches the trigger's sentence has the candidate's country as its source (gold source null: no label 1).
Sources: the news-gold DEV half (group "ng") and eval/dev2 de parts a–h, o–v (group = the part); never a test half
or a carry part. Rows hold ids, features and labels only, never text.

    .venv/bin/python scripts/doer_data.py --out /tmp/doer_rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from recall_stages import articles  # noqa: E402

from lagebild.extract import extractor_setup  # noqa: E402
from lagebild.extract.doer_picker import DoerPicker, Site  # noqa: E402
from lagebild.extract.roles_de import CaseWords  # noqa: E402
from lagebild.model import Article, Doc, Mention  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

TUNING_PARTS = tuple("abcdefgh") + tuple("opqrstuv")


class Recorder(DoerPicker):
    """A picker that only records: each site's ranked candidates (features, country, token) go to ``sites``."""

    def __init__(self) -> None:
        super().__init__({}, 0.0, float("inf"))
        self.sites: list[tuple[Site, list[tuple[dict[str, float], str, int]]]] = []

    def pick(self, doc: Doc, site: Site, case: CaseWords) -> Mention | None:
        ranked = self.ranked(doc, site, case)
        self.sites.append((site, [(f, m.actor.country if m.actor else "", m.tok_start) for _, m, f in ranked]))
        return None


def gold_sentences(doc: Doc, text: str, gold: dict[str, Any]) -> list[tuple[set[int], set[str], str | None, bool]]:
    """Each gold event as (sentences its evidence touches, its types, its source country, optional)."""
    out = []
    for ev in gold["events"]:
        span = _span(text, ev.get("evidence") or "")
        if span is None:
            continue
        sents = {s.i for s in doc.sentences if s.start < span[1] and span[0] < s.end}
        out.append((sents, set(ev["types"]), ev.get("source"), bool(ev.get("optional"))))
    return out


def rows_of(group: str, stem: str, doc: Doc, text: str, gold: dict[str, Any],
            sites: list[tuple[Site, list[tuple[dict[str, float], str, int]]]]) -> list[dict[str, Any]]:
    """The labelled rows of one document's sites."""
    golds = gold_sentences(doc, text, gold)
    out = []
    for k, (site, cands) in enumerate(sites):
        here = [g for g in golds if site.sent in g[0] and site.event_type in g[1]]
        sources = {g[2] for g in here if g[2]}
        for f, country, tok in cands:
            out.append({"group": group, "doc": stem, "site": k, "sent": site.sent, "type": site.event_type,
                        "gold_here": bool(here), "label": int(country in sources), "country": country, "tok": tok,
                        "f": f})
    return out


def collect(groups: list[str]) -> list[dict[str, Any]]:
    """Rows of the named groups ("ng" and dev2 part letters), read with the recording picker."""
    recorder = Recorder()
    extractor_setup.load_picker = lambda lang, *a, **k: recorder  # type: ignore[assignment]
    pipe = Pipeline(scorer=False)
    rows: list[dict[str, Any]] = []
    for group in groups:
        which, parts = ("news-gold", None) if group == "ng" else ("dev2", [group])
        for stem, g, text in articles(which, "de", "dev", parts):
            published = date.fromisoformat(g["published"]) if g.get("published") else None
            recorder.sites.clear()
            doc = pipe(Article(text, id=stem, lang="de", published=published))
            rows.extend(rows_of(group, stem, doc, text, g, list(recorder.sites)))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="where the rows go (JSON lines)")
    ap.add_argument("--groups", default=",".join(("ng", *TUNING_PARTS)))
    args = ap.parse_args()
    groups = args.groups.split(",")
    bad = set(groups) - {"ng", *TUNING_PARTS}
    if bad:
        raise SystemExit(f"not tuning groups: {', '.join(sorted(bad))}")
    rows = collect(groups)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sites = {(r["doc"], r["site"]) for r in rows}
    pos = {(r["doc"], r["site"]) for r in rows if r["label"]}
    print(f"{len(rows)} candidates at {len(sites)} sites; {len(pos)} sites have the gold doer among them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
