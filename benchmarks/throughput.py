"""End-to-end throughput of `lagebild ingest` on a German + English news corpus.

Prints articles/s and words/s for each worker count, peak memory (largest process and the whole
process tree, PSS), the ratio of lagebild's time to spaCy's blank tokenizer alone on the same
text (the floor for any pipeline), and the top costs from a profile of the extraction.

    .venv/bin/python benchmarks/throughput.py                      # reads ../shared/data
    .venv/bin/python benchmarks/throughput.py --data DIR --workers 1,2 --profile-articles 400
    .venv/bin/python benchmarks/throughput.py --synthetic 2000      # no ../shared: the project's own examples
    .venv/bin/python benchmarks/throughput.py --lang en --workers 1 # English only (MEANTIME), parse on
    .venv/bin/python benchmarks/throughput.py --lang en --analyser rules   # the same without the parse

The corpora are read from the data folder at run time and written only to a temporary folder
(10kGNAD is CC BY-NC-SA: never copied into the project). Without the data folder (and without
--synthetic) the script says so and exits 0. Not a test: it checks nothing, it measures.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TARGETS = {"articles_per_s": 100.0, "peak_rss_mib": 1024.0, "ratio": 10.0}


# -- corpus ----------------------------------------------------------------------------------------

def gnad(data: Path) -> Iterator[dict[str, Any]]:
    """10kGNAD test split (DER STANDARD, German): label;'text' per line."""
    path = data / "10kgnad-test" / "test.csv"
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
            if len(row) == 2 and row[1].strip():
                yield {"id": f"gnad-{n}", "text": row[1], "lang": "de", "published": "2016-01-01"}


def wikinews_de(data: Path) -> Iterator[dict[str, Any]]:
    path = data / "german-wikinews-texts" / "dewikinews_998.jsonl"
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            yield {"id": f"wn-de-{obj['wikinews_id']}", "text": obj["text"], "title": obj.get("title"),
                   "published": obj.get("date"), "lang": "de"}


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ll\b|'ve\b|'d\b)")


def meantime_en(data: Path) -> Iterator[dict[str, Any]]:
    """MEANTIME (English Wikinews): text rebuilt from the token layer, the title as first line."""
    folder = data / "meantime-en" / "intra-doc_annotation"
    for path in sorted(folder.rglob("*.xml")) if folder.is_dir() else []:
        root = ET.parse(path).getroot()
        sentences: dict[int, list[str]] = defaultdict(list)
        for tok in root.iter("token"):
            sentences[int(tok.get("sentence", 0))].append(tok.text or "")
        lines = [_NO_SPACE_BEFORE.sub(r"\1", " ".join(toks)).replace("( ", "(") for _, toks in sorted(sentences.items())]
        created = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), "")
        created = created if re.fullmatch(r"\d{4}-\d\d-\d\d.*", created or "") else None  # some are DD-MM-YYYY
        yield {"id": f"meantime-{root.get('doc_id')}", "text": lines[0] + "\n" + " ".join(lines[1:]), "lang": "en",
               "published": (created or "")[:10] or None, "url": root.get("url")}


def synthetic(n: int, seed: int = 6) -> Iterator[dict[str, Any]]:
    """Articles recombined from the sentences of the project's own examples (no third-party text)."""
    sys.path.insert(0, str(ROOT / "src"))
    from lagebild.ingest.readers import read_paths

    rng = random.Random(seed)
    pools: dict[str, list[str]] = defaultdict(list)
    for a in read_paths([ROOT / "examples"]):
        lang = a.lang or ("de" if a.id.startswith("de") else "en")
        pools[lang].extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", a.text) if len(s.split()) > 3)
    langs = sorted(pools)
    for i in range(n):
        lang = langs[i % len(langs)]
        body = " ".join(rng.sample(pools[lang], k=min(len(pools[lang]), rng.randint(6, 14))))
        yield {"id": f"syn-{i}", "text": f"Meldung {i}\n{body}", "lang": lang, "published": "2025-02-20"}


def build_corpus(args: argparse.Namespace, folder: Path) -> tuple[Path, list[dict[str, Any]]] | None:
    items: list[dict[str, Any]] = []
    if args.data.is_dir():
        for source in (gnad, wikinews_de, meantime_en):
            items.extend(source(args.data))
    if args.synthetic:
        items.extend(synthetic(args.synthetic))
    if args.lang:
        items = [it for it in items if it["lang"] == args.lang]
    if not items:
        return None
    if args.limit:
        items = items[: args.limit]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    return path, items


# -- measuring -------------------------------------------------------------------------------------

def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children[ppid].append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _mem(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB of one process."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class MemoryWatch(threading.Thread):
    """Samples the process tree every 0.5 s: peak RSS of the largest process and peak total PSS
    (shared pages counted once), which is what the tree really occupies."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.max_rss, self.max_pss_total, self.stop = pid, 0, 0, threading.Event()

    def run(self) -> None:
        tick = 0
        pids: list[int] = []
        while not self.stop.is_set():
            if tick % 4 == 0:  # the tree changes only at start-up: look it up now and then
                pids = _tree(self.pid)
            tick += 1
            mems = [_mem(p) for p in pids]
            if mems:
                self.max_rss = max(self.max_rss, max(r for r, _ in mems))
                self.max_pss_total = max(self.max_pss_total, sum(p for _, p in mems))
            self.stop.wait(0.5)


def run_ingest(corpus: Path, workers: int, folder: Path) -> dict[str, float]:
    db = Path(tempfile.mkdtemp(dir=folder)) / f"bench-{workers}.db"  # fresh: no stale -wal/-shm files
    exe = shutil.which("lagebild", path=str(Path(sys.executable).parent)) or "lagebild"
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen([exe, "ingest", str(corpus), "--db", str(db), "--workers", str(workers), "--quiet",
                             "--skip-bad"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = MemoryWatch(proc.pid)
    watch.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    watch.stop.set()
    watch.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err.strip()}")
    import sqlite3

    with sqlite3.connect(db) as con:
        articles, events = (con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events"))
    bad = [line for line in err.splitlines() if "warning: skipped" in line]
    return {"seconds": seconds, "cpu_seconds": cpu, "load_before": load, "load_after": os.getloadavg()[0],
            "articles": articles, "events": events, "bad": len(bad), "bad_examples": bad[:3], "max_rss_mib": watch.max_rss / 1024,
            "pss_total_mib": watch.max_pss_total / 1024}


def tokenizer_floor(items: list[dict[str, Any]]) -> float:
    """CPU seconds spaCy's blank tokenizers take over the same texts (one process, warm). CPU
    time, not wall time: other work on a shared machine does not inflate it."""
    import spacy

    best = float("inf")
    for _ in range(2):  # best of two, as for the runs it is compared with
        # a fresh tokenizer each time: a second pass over the same texts would find every word
        # in the vocabulary cache already, which lagebild, reading them once, does not
        nlps = {lang: spacy.blank(lang) for lang in {it["lang"] for it in items}}
        for lang, nlp in nlps.items():
            nlp.make_doc("warm up " + lang)
        start = time.process_time()
        for it in items:
            nlps[it["lang"]].make_doc(it["text"])
        best = min(best, time.process_time() - start)
    return best


def _extract(pipe: Any, articles: list[Any]) -> int:
    """Extract as ingest does (a few articles begun, parsed together, finished); a chunk with a bad
    article is run article by article, skipping it (counted in the ingest runs). The events found."""
    from lagebild.ingest.parallel import PARSE_BATCH

    events = 0
    for k in range(0, len(articles), PARSE_BATCH):
        chunk = articles[k:k + PARSE_BATCH]
        try:
            events += sum(len(doc.events) for doc in pipe.pipe(chunk, batch=PARSE_BATCH))
        except Exception:  # noqa: BLE001
            for a in chunk:
                try:
                    events += len(pipe(a).events)
                except Exception:  # noqa: BLE001, S112
                    continue
    return events


def profile(items: list[dict[str, Any]], n: int, top: int
            ) -> tuple[float, float, float, dict[str, float], list[tuple[str, float, float]]]:
    """In-process extraction of ``n`` articles (after a warm-up): CPU and wall seconds without the
    profiler, the tokenizer's CPU seconds on the same texts, share per pipeline component, and the
    functions with the most own time (cProfile). CPU time is the steady figure on a shared machine."""
    sys.path.insert(0, str(ROOT / "src"))
    from lagebild import pipeline as pl
    from lagebild.ingest.readers import parse_date
    from lagebild.model import Article

    per: dict[str, float] = defaultdict(float)
    for name, fn in list(pl.REGISTRY.items()):
        def timed(doc: Any, kit: Any, fn: Any = fn, name: str = name) -> None:
            t = time.perf_counter()
            fn(doc, kit)
            per[name] += time.perf_counter() - t
        pl.REGISTRY[name] = timed
    pipe = pl.Pipeline()
    real_ahead = pipe.parse_ahead

    def timed_ahead(docs: list[Any]) -> None:  # the parse of a batch of articles, outside any component
        t = time.perf_counter()
        real_ahead(docs)
        per["parse (batched)"] += time.perf_counter() - t
    pipe.parse_ahead = timed_ahead
    articles = [Article(it["text"], id=it["id"], lang=it["lang"], published=parse_date(it.get("published"), it["id"]))
                for it in items]
    sample = articles[:: max(1, len(articles) // n)][:n]
    for lang in {a.lang for a in sample}:  # build gazetteers etc. outside the measurement
        pipe(Article("Warm-up.", lang=lang))
    _extract(pipe, sample[:20])  # simplemma loads its dictionaries on first use
    start, wall = time.process_time(), time.perf_counter()
    _extract(pipe, sample)
    plain, wall = time.process_time() - start, time.perf_counter() - wall
    per.clear()
    prof = cProfile.Profile()
    start = time.perf_counter()
    prof.enable()
    _extract(pipe, sample)
    prof.disable()
    seconds = time.perf_counter() - start  # with cProfile's overhead: only for the shares
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_cc, _nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        short = file.split("site-packages/")[-1].split("/src/")[-1]
        rows.append((f"{short}:{line} {func}", tt, ct))
    rows.sort(key=lambda r: r[1], reverse=True)
    total = sum(per.values()) or 1.0
    floor = tokenizer_floor([{"lang": a.lang, "text": a.text} for a in sample])
    shares = {k: v / total for k, v in per.items()}
    return plain, wall, floor, shares, [(name, tt / seconds, ct / seconds) for name, tt, ct in rows[:top]]


# -- main ------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the corpora (default ../shared/data)")
    ap.add_argument("--workers", default=None, help="comma-separated worker counts (default: 1 and all cores)")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    ap.add_argument("--synthetic", type=int, default=0, help="add N articles recombined from examples/")
    ap.add_argument("--lang", choices=["de", "en"], help="only the articles in this language")
    ap.add_argument("--analyser", help="LAGEBILD_ANALYSER for the runs: 'rules', 'default' (the parse, as without "
                    "the option) or 'spacy:NAME'")
    ap.add_argument("--profile-articles", type=int, default=300, help="articles for the in-process profile (0: none)")
    ap.add_argument("--top", type=int, default=15, help="functions to list from the profile")
    ap.add_argument("--repeat", type=int, default=2, help="runs per worker count; the fastest is reported")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    if args.analyser:
        os.environ["LAGEBILD_ANALYSER"] = args.analyser  # read by `lagebild ingest` and by the in-process profile
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    workers = [int(w) for w in args.workers.split(",")] if args.workers else sorted({1, cores})
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as tmp:
        folder = Path(tmp)
        built = build_corpus(args, folder)
        if built is None:
            print(f"benchmark skipped: no corpora under {args.data} (give --data DIR or --synthetic N)")
            return 0
        corpus, items = built
        words = sum(len(it["text"].split()) for it in items)
        by_lang: dict[str, int] = defaultdict(int)
        for it in items:
            by_lang[it["lang"]] += 1
        print(f"corpus: {len(items)} articles ({', '.join(f'{k} {v}' for k, v in sorted(by_lang.items()))}), "
              f"{words:,} words, {sum(len(it['text']) for it in items) / 2**20:.1f} MiB; {cores} core(s)")
        floor = tokenizer_floor(items)
        print(f"spaCy blank tokenizer alone: {floor:.2f} CPU s ({len(items) / floor:,.0f} articles/s, "
              f"{words / floor:,.0f} words/s)")
        results: dict[str, Any] = {"articles": len(items), "words": words, "cores": cores, "tokenizer_s": floor, "runs": {}}
        print(f"\n{'workers':>7} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'events':>7} {'max RSS':>9} "
              f"{'tree PSS':>9} {'ratio':>6} {'CPU s':>7} {'art/CPU s':>9} {'CPU ratio':>9} {'load':>5} {'bad':>4}")
        for w in workers:
            # best of --repeat runs: other work on a shared machine only ever makes a run slower
            r = min((run_ingest(corpus, w, folder) for _ in range(args.repeat)), key=lambda x: x["seconds"])
            r["ratio"] = r["seconds"] / floor
            r["ratio_cpu"] = r["cpu_seconds"] / floor
            results["runs"][w] = r
            print(f"{w:>7} {r['seconds']:>8.1f} {r['articles'] / r['seconds']:>11.1f} {words / r['seconds']:>9,.0f} "
                  f"{r['events']:>7} {r['max_rss_mib']:>7.0f} M {r['pss_total_mib']:>7.0f} M {r['ratio']:>6.1f} "
                  f"{r['cpu_seconds']:>7.1f} {r['articles'] / r['cpu_seconds']:>9.1f} {r['ratio_cpu']:>9.1f} "
                  f"{r['load_before']:>5.1f} {r['bad']:>4}")
            for line in r["bad_examples"]:
                print(f"        {line}")
        print("(end to end: process start, reading, language ID, extraction, storing in SQLite; best of --repeat runs; "
              "ratio = wall time / tokenizer CPU time; CPU s = all processes' CPU time; art/CPU s = articles per CPU second, "
              "the rate of one free core, steady on a busy machine; CPU ratio = CPU s / tokenizer "
              "CPU time; load = 1-min load average before the run: other work on the machine slows the wall-clock "
              "figures; bad = articles skipped by --skip-bad)")
        if args.profile_articles:
            load = os.getloadavg()[0]
            seconds, wall, sample_floor, shares, top = profile(items, args.profile_articles, args.top)
            n = min(args.profile_articles, len(items))
            ratio_x = seconds / sample_floor
            print(f"\nprofile: {n} articles in one process, extraction only: {seconds:.2f} CPU s ({n / seconds:.0f} articles "
                  f"per CPU s, ratio to the tokenizer {ratio_x:.1f}); wall {wall:.2f} s ({n / wall:.0f} articles/s at load "
                  f"{load:.1f})")
            print("share per pipeline component: " + ", ".join(f"{k} {v:.0%}" for k, v in
                                                             sorted(shares.items(), key=lambda kv: -kv[1])))
            print(f"{'own %':>6} {'cum %':>6}  function (cProfile, % of the profiled time)")
            for name, own, cum in top:
                print(f"{own:>6.1%} {cum:>6.1%}  {name}")
            results["profile"] = {"seconds": seconds, "wall_seconds": wall, "load": load, "articles": n, "ratio": ratio_x,
                                  "components": shares,
                                  "top": [{"function": f, "own": o, "cumulative": c} for f, o, c in top]}
        best = max(results["runs"].values(), key=lambda r: r["articles"] / r["seconds"])
        one_w = 1 if 1 in results["runs"] else max(results["runs"], key=lambda w: results["runs"][w]["articles"])
        one = results["runs"][one_w]
        print("\ntargets: "
              f"{best['articles'] / best['seconds']:.0f} articles/s (≥ {TARGETS['articles_per_s']:.0f}), "
              f"peak RSS {max(r['max_rss_mib'] for r in results['runs'].values()):.0f} MiB per process, "
              f"{max(r['pss_total_mib'] for r in results['runs'].values()):.0f} MiB tree total "
              f"(≤ {TARGETS['peak_rss_mib']:.0f}), ratio {one['ratio']:.1f} wall / {one['ratio_cpu']:.1f} CPU end to end "
              f"with {one_w} worker(s) (≤ {TARGETS['ratio']:.0f})")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
