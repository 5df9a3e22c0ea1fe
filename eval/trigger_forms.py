"""Which forms of a German trigger family fire: one probe sentence per form, rules only, printed as a table.

Round 39 (detrig39) works from the lexicon's side: a verb that fires in its finite form should fire split, in the
perfect, the passive, as a participle, a zu-infinitive, in reported speech, as its act noun and in a support-verb
construction. The probe sentences (eval/trigger-forms-de.tsv: family, form, expected type, sentence) are written for
this table, none taken from a corpus.

    .venv/bin/python eval/trigger_forms.py              # every probe: family, form, ok, our events
    .venv/bin/python eval/trigger_forms.py --missing    # only the probes whose expected type did not fire
"""

from __future__ import annotations

import argparse
import csv
import os
from collections import Counter
from pathlib import Path

PROBES = Path(__file__).resolve().parent / "trigger-forms-de.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--missing", action="store_true", help="only the probes whose expected type did not fire")
    parser.add_argument("--probes", type=Path, default=PROBES, help="a TSV of family, form, type, sentence")
    args = parser.parse_args()
    os.environ["LAGEBILD_SCORER"] = "off"
    from lagebild.pipeline import extract_events

    by_form: Counter[tuple[str, bool]] = Counter()
    with args.probes.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    for family, form, expected, sentence in rows:
        events = extract_events(sentence, lang="de")
        got = [f"{e.event_type} {e.source.country if e.source else None}->{e.target.country if e.target else None}"
               for e in events]
        ok = any(e.event_type == expected for e in events)
        by_form[(form.split("-")[0], ok)] += 1
        if ok and args.missing:
            continue
        print(f"{'ok ' if ok else 'MISS'} {family:14} {form:12} {expected:9} {'; '.join(got) or '-':40} | {sentence}")
    forms = sorted({f for f, _ in by_form})
    print("\nform class: fired / probes")
    for form in forms:
        fired, total = by_form[(form, True)], by_form[(form, True)] + by_form[(form, False)]
        print(f"  {form:12} {fired}/{total}")


if __name__ == "__main__":
    main()
