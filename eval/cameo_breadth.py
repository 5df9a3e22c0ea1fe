#!/usr/bin/env python3
"""Which CAMEO verb families and patterns lagebild does NOT read as their PLOVER type (round 31, entrig31).

English news-gold's test half loses a third of its events for want of a trigger of the gold type, so this asks the
source of the English lexicon itself: each verb pattern of PETRARCH2's CAMEO.2.0.txt made only of words ("- *
SANCTIONS [163]", "- * DOWN [0831]", "- * (INTO CHARGES)", "+CRACK_DOWN") becomes a plain sentence ("Iraqi officials
stepped down."), and lagebild (rules alone) is asked whether it gives the type the CAMEO to PLOVER table maps the code
to (scripts/convert_cameo_verbs.py: plover_table, with lagebild's overrides). A family with no hit is a candidate for
data, to be checked in natural wording and on the tuning sets; a sentence is synthetic and gives no accuracy figure.
Statements (01) and uncoded patterns are skipped; synonym sets stand for their first plain member. Reads ../shared/data
and skips cleanly when it is absent.

    .venv/bin/python eval/cameo_breadth.py               # hits per PLOVER type
    .venv/bin/python eval/cameo_breadth.py --show miss   # each missed sentence, by type and code
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))
from cameo_shapes import PARTICLES  # noqa: E402
from convert_cameo_verbs import (  # noqa: E402
    DATA,  # noqa: E402
    HEADER_LINE,
    ONTOLOGY,
    line_code,
    pattern_fields,
    plover_of,
    plover_table,
    verb_lines,
)

DICT = DATA / "petrarch2-dictionaries" / "dictionaries" / "CAMEO.2.0.txt"
TABLE = DATA / "plover" / "CAMEO2PLOVER-2021.txt"
SOURCE, TARGET = "Iraqi officials", "the Kuwaiti government"
_WORD = re.compile(r"^[A-Z][A-Z'\-]*$")


def past(verb: str, forms: dict[str, list[str]]) -> str:
    """The past form of a CAMEO verb: its listed form in -ED or an irregular one, else the regular ending."""
    listed = forms.get(verb, [])
    for f in listed:
        if f.endswith("ed"):
            return f
    irregular = [f for f in listed if not f.endswith(("s", "ing"))]
    if irregular:
        return irregular[-1]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _word(tok: str, synsets: dict[str, list[str]]) -> str | None:
    """A pattern token as plain words: a compound in braces, a synonym set's first member, or None where unreadable."""
    tok = tok.strip("()")
    if tok.startswith("&"):
        members = synsets.get(tok, [])
        return members[0] if members else None
    if tok.startswith("{") or tok.endswith("}"):
        tok = tok.strip("{}")
    if not tok or tok[0] in "%^|" or not _WORD.match(tok.rstrip("_")):
        return None
    return tok.rstrip("_").replace("_", " ").lower()


def sentences() -> list[tuple[str, str, str]]:
    """(code, verb, sentence) for each readable coded pattern and each verb or two-word verb ("+CRACK_DOWN")."""
    synsets: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, list[str]] = {}
    out: dict[str, tuple[str, str]] = {}
    block_code, block_verbs = "---", []
    for line, note in verb_lines(DICT, lambda name, member: synsets[name].append(member)):
        head = HEADER_LINE.match(line)
        if head:
            block_code, block_verbs = head.group(2).split(":")[0], []
            continue
        if line.startswith("-"):
            body, code, _ = pattern_fields(line)
            verb = (note.split() or [""])[0].lower()
            verb = verb if verb in block_verbs else (block_verbs[0] if block_verbs else "")
            toks = body.split()
            if not code.isdigit() or not verb or "*" not in toks:
                continue
            words = [SOURCE if t == "$" else TARGET if t == "+" else past(verb, forms) if t == "*" else _word(t, synsets)
                     for t in toks]
            if None in words:
                continue
            star = toks.index("*")
            nxt = toks[star + 1] if star + 1 < len(toks) else ""
            if nxt and nxt[0] not in "($+(" and (words[star + 1] or "") not in PARTICLES:
                words[star + 1] = f"the {words[star + 1]}"  # an object noun: "imposed the sanctions"
            if toks[-1] == "(TO)" or toks[-1].endswith("(AGAINST)"):
                words.append(TARGET)
            if toks[0] == "*":
                words.insert(0, SOURCE)
            if "+" not in toks and len(toks) == 1:
                words.append(TARGET)
            out.setdefault(" ".join(w for w in words if w) + ".", (code, verb))
            continue
        word = line.strip().split()[0]
        code = line_code(line, block_code)
        listed = [f.lstrip("+").lower() for g in re.findall(r"\{([^}]*)\}", line) for f in g.split()]
        parts = word.lstrip("+").split("_")
        if not all(_WORD.match(p) for p in parts) or len(parts) > 2:
            continue
        lemma = parts[0].lower()
        if len(parts) == 1:
            block_verbs.append(lemma)
            forms[lemma] = listed
        if code.isdigit():
            verb_past = past(lemma, {lemma: [f.split("_")[0] for f in listed]})
            particle = f" {parts[1].lower()}" if len(parts) == 2 else ""
            target = "" if particle.strip() in PARTICLES else f" {TARGET}"
            out.setdefault(f"{SOURCE} {verb_past}{particle}{target}.", (code, lemma + particle))
    return [(c, v, s) for s, (c, v) in out.items()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", choices=["miss", "hit"], help="print each missed (or hit) sentence")
    ap.add_argument("--type", help="only this PLOVER type")
    ap.add_argument("--codes", default="", help="only codes starting so (comma-separated: 17,18)")
    args = ap.parse_args()
    if not DICT.is_file() or not TABLE.is_file():
        print("../shared/data absent: nothing to do")
        return 0
    os.environ["LAGEBILD_SCORER"] = "off"
    from recall_stages import _record_candidates

    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    log: list[tuple[int, str, str | None, str | None, bool]] = []
    _record_candidates(log)

    pipe = Pipeline()
    table = plover_table(TABLE, yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8")))
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for code, verb, sentence in sorted(sentences()):
        mapped = plover_of(code, table) if not code.startswith("01") else None
        if mapped is None or (args.type and mapped[0] != args.type) or not code.startswith(tuple(args.codes.split(","))):
            continue
        log.clear()
        found = {e.event_type for e in pipe(Article(sentence, lang="en")).events}
        triggered = {c[1] for c in log}
        totals[mapped[0]] += 1
        hit = mapped[0] in triggered
        hits[mapped[0]] += hit
        events[mapped[0]] += mapped[0] in found
        if args.show == ("hit" if hit else "miss"):
            print(f"{mapped[0]:9} {code:5} {verb:14} {sentence} | {' '.join(sorted(triggered)) or '-'}")
    print(f"{'type':9} {'trigger':>9} {'event':>5}   (of the CAMEO type, in its pattern's sentence)")
    for etype in sorted(totals):
        print(f"{etype:9} {hits[etype]:4}/{totals[etype]:<4} {events[etype]:5}")
    print(f"{'all':9} {sum(hits.values()):4}/{sum(totals.values()):<4} {sum(events.values()):5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
