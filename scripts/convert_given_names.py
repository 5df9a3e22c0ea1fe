#!/usr/bin/env python3
"""Write the given names that tell a person's name from a run of capitalised German nouns.

German capitalises every noun and its dictionaries know most surnames as words ("Müller", "Fischer",
"Koch"), so "Heinz Müller (FDP)" or "Bürgermeister Hans Fischer" has no unknown word to mark it as a
name; a given name in front does. The names come from Faker's person providers (MIT licence, (c)
joke2k and contributors) for the locales German and English news names most people from; names that
are also countries, capitals or places (``--exclude`` words) are dropped by the reader, which checks the
gazetteer. Faker is needed only to run this script, not at run time:

    pip install faker && python3 scripts/convert_given_names.py
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lagebild" / "resources" / "common" / "given_names.json"
# Latin-script locales whose people German and English world news names most often
LOCALES = ("de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL",
           "cs_CZ", "da_DK", "sv_SE", "no_NO", "fi_FI", "hu_HU", "pt_PT", "pt_BR", "tr_TR", "hr_HR", "sk_SK")


def _names(provider: type) -> set[str]:
    out: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        value = next((k.__dict__[attr] for k in provider.__mro__ if attr in k.__dict__), None)
        if isinstance(value, dict):
            value = list(value)
        if isinstance(value, (list, tuple)):
            out.update(v for v in value if isinstance(v, str))
    return out


def main(argv: list[str] | None = None) -> int:
    """Collect the names and write them sorted (one clear line if Faker is missing)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT, help="the JSON file to write")
    args = ap.parse_args(argv)
    try:
        faker = importlib.import_module("faker")
    except ImportError:
        print("convert_given_names: Faker is not installed (pip install faker)", file=sys.stderr)
        return 1
    names: set[str] = set()
    for loc in LOCALES:
        try:
            names |= _names(importlib.import_module(f"faker.providers.person.{loc}").Provider)
        except (ImportError, AttributeError):
            print(f"convert_given_names: no person provider for {loc}, skipped", file=sys.stderr)
    # one word of letters (and hyphens), capitalised: "Hans-Peter" yes, "Mary Ann" no
    kept = sorted(n for n in names if len(n) >= 3 and n[:1].isupper() and n.replace("-", "").isalpha())
    about = {"source": f"Faker {faker.VERSION} person providers: {', '.join(LOCALES)}",
             "licence": "MIT, (c) joke2k and the Faker contributors", "generated_by": "scripts/convert_given_names.py"}
    args.out.write_text(json.dumps({"about": about, "entries": kept}, ensure_ascii=False, indent=0) + "\n",
                        encoding="utf-8")
    print(f"{len(kept)} given names -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
