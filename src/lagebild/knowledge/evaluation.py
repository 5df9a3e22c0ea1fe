"""Precision and recall of entity linking against the gold mentions in ``eval/mentions/``.

Linking is scored, not roles: a country name counts as correctly linked whether the mention finder
marks it as a place ("in Polen") or an actor ("Polen liefert"), since that choice belongs to the
event stage. Run ``python -m lagebild.knowledge.evaluation [DIR]`` for the figures per language.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..model import Mention

GOLD_DIR = Path(__file__).resolve().parents[3] / "eval" / "mentions"
REAL_DIR = GOLD_DIR / "real"  # sentences of real news cited by offset (needs ../shared/data)
SHARED_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
TYPES = {"actor", "origin", "place", "equipment"}
COUNTRY_VIAS = {"country", "capital"}


@dataclass
class Score:
    lang: str
    gold: int = 0
    predicted: int = 0
    true_pos_pred: int = 0  # predictions that overlap a gold mention with the same link
    found: int = 0  # gold mentions with at least one such prediction
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_pos_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def load_gold(path: Path, data_dir: Path | None = None) -> list[dict[str, Any]]:
    """One gold file: a list of {published, text, mentions: [{text, type, id?, country?, sector?}]}, or of
    real-text items {source, span, published, mentions: [{span, type, ...}]} that cite a file under
    ``data_dir`` (../shared/data) by character offsets instead of copying it; those get ``text`` and
    ``article`` filled in. A corpus file of many documents is cited with ``doc`` as eval/unseen-gold/ does
    (``line N`` of a JSONL, ``row N`` of a CSV, a CoNLL-U ``newdoc id``, ``meantime-<id>``), the offsets
    then count in that document's rebuilt text. Raises FileNotFoundError when a cited file is absent."""
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read gold mentions: {str(exc).splitlines()[0]}") from exc
    articles: dict[str, str] = {}
    for n, item in enumerate(items):
        if "source" in item:
            key = f"{item['source']}#{item.get('doc', '')}"
            if key not in articles:
                articles[key] = _document(data_dir or SHARED_DATA, item["source"], item.get("doc"))
            article = articles[key]
            s0, s1 = item["span"]
            item["article"], item["text"] = article, article[s0:s1]
            for g in item.get("mentions") or []:
                a, b = g["span"]
                if not s0 <= a < b <= s1:
                    raise InputError(f"{path}: item {n + 1}", f"mention span {g['span']} lies outside {item['span']}")
                g["text"] = article[a:b]
        for g in item.get("mentions") or []:
            if g.get("type") not in TYPES or g.get("text") not in item.get("text", ""):
                raise InputError(f"{path}: item {n + 1}", f"bad gold mention {g!r}: type must be one of "
                                 f"{sorted(TYPES)} and text must occur in the sentence")
    return items


def _document(data: Path, source: str, doc: str | None) -> str:
    """The text of a cited file, or of one document of a corpus file rebuilt as the hold-outs rebuild it
    (scripts/scorer_data.py, so offsets agree with eval/unseen-gold/)."""
    if doc is None:
        return (data / source).read_text(encoding="utf-8")
    scripts = str(Path(__file__).resolve().parents[3] / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import scorer_data

    if not (data / source).exists():
        raise FileNotFoundError(data / source)
    found = scorer_data._hand_text(source, doc) if data == SHARED_DATA else None
    if found is None:
        raise InputError(f"{source} {doc}", "no such document in the corpus")
    return found[0]


def linked(m: Mention) -> bool:
    """Mentions that claim a link; a bare sector noun ("die Truppen") claims none, nor does one whose
    country is only the context's guess (scored on news-gold by eval/actor_coverage.py instead)."""
    if m.kind == "actor":
        generic = m.via.startswith("sector")
        return m.actor is not None and not generic and bool(m.actor.country or m.actor.actor_id)
    return m.kind in ("origin", "place", "equipment")


def matches(g: dict[str, Any], m: Mention) -> bool:
    """Does mention ``m`` link to what gold mention ``g`` names?"""
    a = m.actor
    country = a.country if a is not None else (m.place.country if m.place is not None else None)
    if g["type"] == "equipment":
        return m.kind == "equipment" and a is not None and a.actor_id == g.get("id")
    if g["type"] == "origin":
        return m.kind == "origin" and country == g.get("country")
    if g["type"] == "place":
        is_place = m.kind == "place" or (m.kind == "actor" and m.via in COUNTRY_VIAS)
        return is_place and ("country" not in g or country == g["country"])
    if m.kind != "actor" or a is None:
        return False
    return (("id" not in g or a.actor_id == g["id"]) and ("country" not in g or a.country == g["country"])
            and ("sector" not in g or a.sector == g["sector"]))


def score(items: list[dict[str, Any]], lang: str) -> Score:
    """Run the segmenter and mention finder over each gold sentence (or, for real-text items, over
    the whole article the sentence is cited from, so context rules apply) and compare."""
    from .explain import mentions as find_mentions

    s = Score(lang)
    in_article: dict[tuple[str, str], list[Mention]] = {}
    for item in items:
        text = item["text"]
        published = item.get("published")
        when = published if isinstance(published, date) else (date.fromisoformat(published) if published else None)
        spans: list[tuple[int, int, dict[str, Any]]] = []
        if "article" in item:
            key = (f"{item['source']}#{item.get('doc', '')}", str(when))
            if key not in in_article:
                in_article[key] = [m for m in find_mentions(item["article"], lang, when) if linked(m)]
            s0, s1 = item["span"]
            preds = [m for m in in_article[key] if s0 <= m.start and m.end <= s1]
            spans = [(g["span"][0], g["span"][1], g) for g in item.get("mentions") or []]
        else:
            preds = [m for m in find_mentions(text, lang, when) if linked(m)]
            pos = 0
            for g in item.get("mentions") or []:
                start = text.find(g["text"], pos)
                start = text.find(g["text"]) if start < 0 else start
                spans.append((start, start + len(g["text"]), g))
                pos = start + 1
        s.gold += len(spans)
        s.predicted += len(preds)
        ok_preds: set[int] = set()
        for start, end, g in spans:
            hits = [i for i, m in enumerate(preds) if m.start < end and start < m.end and matches(g, m)]
            ok_preds.update(hits)
            if hits:
                s.found += 1
            else:
                got = [f"{m.text}→{_describe(m)}" for m in preds if m.start < end and start < m.end]
                s.errors.append(f"missed {g['text']!r} ({_gold(g)}) in {text!r}; got {got or 'nothing'}")
        s.true_pos_pred += len(ok_preds)
        for i, m in enumerate(preds):
            if i not in ok_preds:
                s.errors.append(f"spurious {m.text!r} → {_describe(m)} in {text!r}")
    return s


def _describe(m: Mention) -> str:
    if m.actor is not None:
        return f"{m.kind}/{m.via} {m.actor.actor_id} {m.actor.country}-{m.actor.sector}"
    return f"{m.kind} {m.place.name if m.place else ''} {m.place.country if m.place else ''}"


def _gold(g: dict[str, Any]) -> str:
    return " ".join(str(g[k]) for k in ("type", "id", "country", "sector") if k in g)


def evaluate(directory: Path = GOLD_DIR, data_dir: Path | None = None) -> dict[str, Score]:
    """Scores per gold file, keyed by its stem: ``<lang>.yaml`` or ``<lang>-<part>.yaml``."""
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise InputError(str(directory), "no gold files (<lang>.yaml) found")
    return {f.stem: score(load_gold(f, data_dir), f.stem.split("-")[0]) for f in files}


def by_language(scores: dict[str, Score]) -> dict[str, Score]:
    """The per-file scores summed per language."""
    out: dict[str, Score] = {}
    for s in scores.values():
        t = out.setdefault(s.lang, Score(s.lang))
        t.gold += s.gold
        t.predicted += s.predicted
        t.true_pos_pred += s.true_pos_pred
        t.found += s.found
        t.errors.extend(s.errors)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print precision and recall per language (and the errors with -v); bad input is one line, exit 2."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m lagebild.knowledge.evaluation", description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", type=Path, default=GOLD_DIR,
                    help=f"a folder of gold mention files <lang>.yaml (default {GOLD_DIR})")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print each linking error")
    args = ap.parse_args(argv)
    try:
        scores = evaluate(args.directory)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, s in [*scores.items(), *((f"{k} (all)", v) for k, v in by_language(scores).items())]:
        print(f"{name}: gold {s.gold}, predicted {s.predicted}, precision {s.precision:.3f}, recall {s.recall:.3f}")
        if args.verbose and not name.endswith("(all)"):
            for e in s.errors:
                print(f"  {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
