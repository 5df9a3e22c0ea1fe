#!/usr/bin/env python3
"""Which of German news's most frequent act words the trigger rules know: a lexicon built by breadth, not by dev wording.

Counts verb lemmas and noun heads (-ung/-e nouns, compound heads) in sentences of ../shared/data German news that name
an actor (a country, capital, demonym, country adjective or sector noun from the resources), leaving out every
hold-out document (scorer_data.excluded_docs(): the unseen gold, the hand labels' hold-out part, news-gold's
Wikinews articles) and eval/dev2/'s German parts, and prints the most frequent with the rules' coverage:
``rule`` (a rule fires on the word alone), ``cue`` (only with a cue word), ``-`` (no rule). Picking the political acts
among them is the reader's job; the table is what to read.

    .venv/bin/python scripts/german_trigger_coverage.py --top 400 [--missing] [--kind verb|noun]
    .venv/bin/python scripts/german_trigger_coverage.py --words scripts/german_act_words.txt   # a reader's list, checked
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
GNAD = "10kgnad-test/test.csv"
WIKINEWS = "german-wikinews-texts/dewikinews_998.jsonl"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

WORD = re.compile(r"[A-Za-zÄÖÜäöüß-]+")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
# the auxiliaries, modals and copulas every sentence has: no act of their own
FUNCTION_VERBS = {"sein", "haben", "werden", "können", "müssen", "sollen", "wollen", "dürfen", "mögen", "lassen"}


def banned() -> set[tuple[str, str]]:
    """Every document no tuning may read: the hold-outs and all of dev2's German parts (one of them a hold-out)."""
    import scorer_data

    out = set(scorer_data.excluded_docs())
    for path in (ROOT / "eval" / "dev2").glob("de*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.add((rec["corpus"], rec["doc"]))
    return out


def texts(skip: set[tuple[str, str]]) -> Iterator[str]:
    """The German news texts of ../shared/data outside ``skip`` (10kGNAD rows, Wikinews lines)."""
    gnad, wiki = DATA / GNAD, DATA / WIKINEWS
    if gnad.is_file():
        with gnad.open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
                if len(row) == 2 and (GNAD, f"row {n}") not in skip:
                    yield row[1]
    if wiki.is_file():
        with wiki.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if (WIKINEWS, f"line {n}") not in skip:
                    yield json.loads(line)["text"]


def actor_words() -> set[str]:
    """Lower-case words that name an actor: countries.yaml's names, capitals, demonyms, adjectives; sector nouns."""
    from lagebild.knowledge.resources import load

    lex = load("lexicon", "de")
    endings = lex.get("adjective_endings") or [""]
    out: set[str] = set()
    for entry in load("countries", "de").values():
        if not isinstance(entry, dict):
            continue
        for key in ("names", "capitals", "people"):
            out |= {w.lower() for name in entry.get(key) or [] for w in [name.split()[-1]]}
        out |= {a.lower() + e for a in entry.get("adj") or [] for e in endings}
    for words in (lex.get("sector_nouns") or {}).values():
        out |= {w.lower() for w in words}
    return out


def coverage() -> tuple[dict[str, str], dict[str, str]]:
    """verb -> 'rule'|'cue' and noun -> 'rule'|'cue' from the merged German trigger rules."""
    from lagebild.extract.derived_nouns import NounFormation, known_noun
    from lagebild.extract.rules import Rule
    from lagebild.extract.triggers import load_triggers

    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    by_verb: dict[str, list[Rule]] = {}
    by_noun: dict[str, list[Rule]] = {}
    data = load_triggers("de")
    for r in (Rule.from_data(d) for d in data.get("rules") or []):
        kind = "cue" if r.with_any else "rule"
        for v in r.verbs:
            verbs[v] = "rule" if verbs.get(v) == "rule" else kind
            by_verb.setdefault(v, []).append(r)
        for n in r.nouns:
            nouns[n] = "rule" if nouns.get(n) == "rule" else kind
            by_noun.setdefault(n, []).append(r)
    # the nouns the extractor forms from the verbs and listed nouns (extract/derived_nouns.py) are known too
    formed = NounFormation.from_data(data.get("derived_nouns")).nouns(by_verb, by_noun, lambda w: known_noun(w, "de"))
    nouns.update({n: "rule" for n in formed if n not in nouns})
    return verbs, nouns


def noun_status(noun: str, nouns: dict[str, str]) -> str:
    """A noun's coverage as the extractor reads it: the word, or a trigger noun as its compound head."""
    for form in (noun, noun + "n", noun + "en"):  # rules list some nouns in the plural ("ausschreitungen")
        if form in nouns:
            return nouns[form]
    heads = [n for n in nouns if len(n) >= 5 and noun.endswith(n)]
    return nouns[max(heads, key=len)] if heads else "-"


def particles() -> set[str]:
    """The lexicon's separable particles: "legte ... nieder" counts as niederlegen."""
    from lagebild.knowledge.resources import load

    return {str(p).lower() for p in load("lexicon", "de").get("separable_particles") or [] if isinstance(p, str)}


def clause_verbs(words: list[str], seps: set[str]) -> list[tuple[int, str]]:
    """(index, verb lemma) of a clause's lower-case verb-like words; a clause ending in a separable particle joins it
    to the clause's first verb ("Russland wies die Vorwürfe zurück" -> zurückweisen)."""
    from lagebild.language.segment import lemma

    out = []
    for k, w in enumerate(words):
        if k == 0 or len(w) < 4 or not w[0].islower():
            continue
        lem = lemma(w, "de")
        if lem.endswith(("en", "ern", "eln")) and lem not in FUNCTION_VERBS and "-" not in lem:
            out.append((k, lem))
    if out and len(words) > 1 and words[-1] in seps and out[0][0] < len(words) - 1 \
            and not out[0][1].startswith(words[-1]):
        out[0] = (out[0][0], words[-1] + out[0][1])
    return out


def count(min_actors: int = 1) -> tuple[Counter[str], Counter[str]]:
    """Verb lemmas and noun lemmas of the sentences naming at least ``min_actors`` different actor words (nouns:
    -ung/-nahme/-e words, compounds counted whole; noun_status reads their heads)."""
    from lagebild.language.segment import lemma

    actors = actor_words()
    seps = particles()
    verbs: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    for text in texts(banned()):
        for sent in SENTENCE.split(text):
            words = WORD.findall(sent)
            if len({w.lower() for w in words if w.lower() in actors}) < min_actors:
                continue
            for clause in re.split(r"[,;:()]", sent):
                cwords = WORD.findall(clause)
                for _, lem in clause_verbs(cwords, seps):
                    verbs[lem] += 1
            for k, w in enumerate(words):
                if k == 0 or len(w) < 4 or not w[0].isupper():
                    continue
                lem = lemma(w, "de")
                if lem.endswith(("ung", "nahme", "e")) and "-" not in lem:
                    nouns[lem] += 1
    return verbs, nouns


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=400, help="how many of each kind to print")
    ap.add_argument("--missing", action="store_true", help="print only the words no rule knows")
    ap.add_argument("--kind", choices=["verb", "noun", "both"], default="both")
    ap.add_argument("--words", type=Path, help="a file of act words (verb infinitives, lower-case nouns) to check "
                                                 "instead of the top list: each with its count and coverage")
    ap.add_argument("--min-actors", type=int, default=1, help="count only sentences naming this many actor words")
    args = ap.parse_args()
    if not (DATA / GNAD).is_file() and not (DATA / WIKINEWS).is_file():
        print(f"german_trigger_coverage: {DATA} holds neither {GNAD} nor {WIKINEWS}; nothing to count")
        return 0
    verbs, nouns = count(args.min_actors)
    cov_v, cov_n = coverage()
    if args.words is not None:
        try:
            lines = args.words.read_text(encoding="utf-8").splitlines()
            wanted = list(dict.fromkeys(w for line in lines if not line.startswith("#") for w in line.split()))
        except OSError as exc:
            print(f"german_trigger_coverage: cannot read --words {args.words}: {exc.strerror}")
            return 2
        for w in wanted:
            status = cov_v.get(w) or noun_status(w, cov_n)
            print(f"word\t{verbs[w] + nouns[w]}\t{status}\t{w}")
        return 0
    for kind, counter, status in (("verb", verbs, lambda w: cov_v.get(w, "-")),
                                  ("noun", nouns, lambda w: noun_status(w, cov_n))):
        if args.kind not in (kind, "both"):
            continue
        rows = [(w, c, status(w)) for w, c in counter.most_common(args.top)]
        known = sum(1 for _, _, s in rows if s != "-")
        print(f"# {kind}s: top {len(rows)} in actor sentences, {known} known to a rule ('rule' or 'cue')")
        for w, c, s in rows:
            if not args.missing or s == "-":
                print(f"{kind}\t{c}\t{s}\t{w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
