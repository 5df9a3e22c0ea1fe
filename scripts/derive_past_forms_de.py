"""Derive German singular past-tense finite forms without the weak "-te" ending ("traf", "sprach", "kam") from the
UD German GSD treebank in ../shared, for coreference.yaml's singular_subject.past_verbs (strong verbs' preterite is
no ending a rule can see; the treebank's tags are a source fitted on no lagebild sentence).

    .venv/bin/python scripts/derive_past_forms_de.py     # prints the YAML list
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

UD = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ud-german-gsd"
FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")
COVERED_ENDINGS = ("t", "te")  # singular_subject.verb_endings already reads these


def past_forms(folder: Path) -> list[str]:
    """Lower-case forms tagged finite, singular and past more often than anything else, alphabetic and not ending
    in a covered ending."""
    past: collections.Counter[str] = collections.Counter()
    other: collections.Counter[str] = collections.Counter()
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            word, tag, feats = cols[1], cols[4], cols[5].split("|")
            if tag in FINITE_TAGS and "Number=Sing" in feats and "Tense=Past" in feats and word.islower():
                past[word] += 1
            else:
                other[word.lower()] += 1
    return sorted(w for w, n in past.items() if w.isalpha() and not w.endswith(COVERED_ENDINGS) and n > other[w])


def main() -> int:
    """Print the list, or say the treebank is absent."""
    if not UD.is_dir():
        print(f"no treebank at {UD}", file=sys.stderr)
        return 1
    print(f"  past_verbs: [{', '.join(past_forms(UD))}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
