#!/usr/bin/env python3
"""Convert the Phoenix/PETRARCH2 actor dictionaries (MIT) into lagebild knowledge-base data.

Reads ``../shared/data/petrarch2-dictionaries/dictionaries/`` (or ``--source``) and writes
``src/lagebild/resources/common/phoenix_persons.json`` and ``phoenix_organizations.json``:

- people (Phoenix.Countries.actors.txt, persons of Phoenix.International.actors.txt) with every
  dated role: CAMEO code ``ZWEGOV 800418-871231`` -> ``{country: ZWE, sector: GOV, from, to}``;
- intergovernmental and non-governmental organisations (Phoenix.International: IGO, NGO; the
  multinational companies are left out, their names are too often plain words);
- non-state armed groups (Phoenix.MilNonState) -> sector REB with the group's home country.

Country blocks (``AFGHANISTAN_ [AFG]`` with its provinces and cities as synonyms) are skipped:
countries and places come from countries.yaml and GeoNames. Rerun after a new dictionary release:

    python3 scripts/convert_phoenix_actors.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries" / "dictionaries"
OUT = ROOT / "src" / "lagebild" / "resources" / "common"
ORIGIN = "https://github.com/openeventdata/petrarch2 (commit 676801cd, data/dictionaries)"
LICENCE = "MIT, (c) 2014 Open Event Data Alliance; derived from CountryInfo (Parus Analytics) and START TOPS"

# CAMEO role codes -> lagebild sectors (common/sectors.yaml); None keeps only the country.
SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "POL", "SPY": "INTEL", "JUD": "JUD", "LEG": "LEG", "REB": "REB",
           "INS": "REB", "OPP": "OPP", "PTY": "OPP", "MED": "MEDIA", "BUS": "BUS", "MNC": "BUS", "NGO": "NGO",
           "IGO": "IGO", "HRI": "NGO", "EDU": "CIV", "HLH": "CIV", "AGR": "CIV", "DEV": "CIV", "ENV": "CIV",
           "LAB": "CIV", "REL": "CIV", "REF": "CIV", "CVL": "CIV", "ELI": None, "UNR": None, "SPY_": "INTEL"}
# CAMEO country codes that are not ISO 3166 alpha-3
CAMEO_ISO = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SER": "SRB", "BAH": "BHS", "KSV": "XKX"}
# regional and other non-country prefixes of armed groups and IGOs: no country
NON_COUNTRY = {"IGO", "NGO", "MNC", "IMG", "INT", "MEA", "SAS", "KKL", "WEU", "SEA", "EAF", "LAM", "CFR", "BUD",
               "AFR", "ASA", "EUR", "WAF", "NAF", "SAF", "CAS", "EEU", "CAU", "SAM", "NAM", "WST", "MDE", "HIN"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo (knowledge/codes.py)
MIN_YEAR = 1985  # roles that ended before this are history, not news


@dataclass
class Raw:
    names: list[str]
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, dates)
    file: str = ""


def _date(s: str, end: bool = False) -> date | None:
    """'030101' (YYMMDD), '20070101', '2004017' (a typo in the source: taken as its year)."""
    s = s.strip()
    if not s.isdigit():
        return None
    try:
        if len(s) == 6:
            yy = int(s[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(s[2:4]) or 1, int(s[4:6]) or 1)
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]) or 1, int(s[6:8]) or 1)
        if len(s) >= 4:
            return date(int(s[:4]), 12 if end else 1, 31 if end else 1)
    except ValueError:
        return None
    return None


def _dates(spec: str) -> tuple[date | None, date | None]:
    spec = spec.strip()
    if spec.startswith(">"):
        return _date(spec[1:]), None
    if spec.startswith("<"):
        return None, _date(spec[1:], end=True)
    if "-" in spec:
        a, b = spec.split("-", 1)
        return _date(a), _date(b, end=True)
    return None, None


def _country(code: str) -> str | None:
    head = code[:3]
    if head in NON_COUNTRY:
        return None
    head = CAMEO_ISO.get(head, head)
    # a territory after its country ("USAASM" = American Samoa)
    sub = CAMEO_ISO.get(code[3:6], code[3:6])
    if sub and sub in ISO3 and sub not in SECTORS:
        return sub
    return head if head in ISO3 else None


def _sector(code: str) -> str | None:
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    for c in chunks:
        if c in SECTORS:
            return SECTORS[c]
    return None


def _name(raw: str) -> str | None:
    """'ROBERT_GABRIEL_MUGABE_' -> 'Robert Gabriel Mugabe'; None for forms that are not names."""
    s = re.sub(r"\(.*?\)", " ", raw).replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    if not s or any(ch.isdigit() for ch in s) or "!" in s or "{" in s or len(s) < 3:
        return None
    words = []
    for w in s.split(" "):
        parts = w.split("-")
        words.append("-".join(p[:1].upper() + p[1:].lower() if not re.fullmatch(r"(?:[A-Z]\.)+", p) else p
                              for p in parts))
    if len(words) == 1 and len(s) <= 5 and s.replace(".", "").isalpha():
        return s  # an abbreviation ("PKK", "IAEA"): kept in capitals, matched case-sensitively
    if len(words) > 1 and words[0] == "The":
        words = words[1:]
    out = " ".join(words)
    out = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), out)
    return out


def _acronyms(raw: str) -> list[str]:
    """Abbreviations given in parentheses: 'SUDAN_PEOPLES_LIBERATION_ARMY_(SPLA)' -> ['SPLA']."""
    return [a for a in re.findall(r"\(([A-Z][A-Z-]{2,7})\)", raw)]


def parse(path: Path) -> list[Raw]:
    """Entries of one TABARI actor file: a head line, '+' synonyms, and tab-indented [CODE DATES] lines."""
    entries: list[Raw] = []
    cur: Raw | None = None
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", body)
        text = re.sub(r"\[[^\]]*\]", " ", body).strip()
        if body[:1] in " \t" and not text:
            if cur is not None:
                cur.codes.extend(_split_code(c) for c in codes)
            continue
        if body.startswith("+"):
            if cur is not None:
                cur.names.extend(n for n in re.split(r"\+", text) if n.strip())
                cur.codes.extend(_split_code(c) for c in codes)
            continue
        cur = Raw([text], [_split_code(c) for c in codes], path.name)
        entries.append(cur)
    return entries


def _split_code(c: str) -> tuple[str, str]:
    parts = c.split(None, 1)
    return (parts[0].lstrip("~") if parts else "", parts[1] if len(parts) > 1 else "")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def convert(source: Path) -> tuple[list[dict], list[dict]]:
    persons: list[dict] = []
    orgs: list[dict] = []
    ids: set[str] = set()

    def unique(base: str) -> str:
        i, out = 1, base
        while out in ids:
            i += 1
            out = f"{base}-{i}"
        ids.add(out)
        return out

    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for raw in parse(source / fname):
            names = list(dict.fromkeys(n for n in (_name(r) for r in raw.names) if n))
            if not names or not raw.codes:
                continue
            dated = any(d for _, d in raw.codes) or any(c.startswith("ELI") or c == "ELI" for c, _ in raw.codes)
            if fname == "Phoenix.Countries.actors.txt" and all(_sector(c) is None and "ELI" not in c
                                                                for c, _ in raw.codes):
                continue  # a country block: "UKRAINE_ [UKR >911221]" with its cities as synonyms
            if fname == "Phoenix.MilNonState.actors.txt" or not dated:
                code = raw.codes[0][0]
                if code.startswith("MNC"):
                    continue
                country = _country(code)
                sector = "REB" if fname == "Phoenix.MilNonState.actors.txt" else _sector(code)
                if sector is None and country is None:
                    continue
                kind = {"REB": "armed group", "IGO": "igo", "NGO": "ngo", "BUS": "company", "MEDIA": "media",
                        "OPP": "party", "GOV": "ministry", "MIL": "military", "INTEL": "intelligence"}.get(sector or "", "ngo")
                acr = [a for r in raw.names for a in _acronyms(r)]
                orgs.append({"id": unique("phx-" + _slug(names[0])), "name": names[0], "kind": kind,
                             "country": country, "sector": sector, "names": list(dict.fromkeys(names + acr))})
                continue
            roles = []
            undated = []
            for code, spec in raw.codes:
                if not code:
                    continue
                start, end = _dates(spec)
                if end is not None and end.year < MIN_YEAR:
                    continue
                country = _country(code) if code[:3] not in ("ELI",) else None
                role = {"country": country, "sector": _sector(code)}
                if start:
                    role["from"] = start.isoformat()
                if end:
                    role["to"] = end.isoformat()
                (roles if start or end else undated).append(role)
            roles.sort(key=lambda r: r.get("from", ""))
            roles += undated  # a role without dates is the fallback: after the dated ones
            if not roles or not any(r["country"] or r["sector"] for r in roles):
                continue
            persons.append({"id": unique("phx-" + _slug(names[0])), "name": names[0], "names": names, "roles": roles})
    return persons, orgs


def _document(items: list[dict], header: str) -> str:
    """JSON (read ~50x faster than YAML: 18k people), one entry a line, the header as a field."""
    lines = [json.dumps(i, ensure_ascii=False) for i in items]
    return '{"about": ' + json.dumps(header) + ',\n "entries": [\n' + ",\n".join(lines) + "\n]}\n"


def _header(what: str, n: int) -> str:
    return (f"GENERATED by scripts/convert_phoenix_actors.py from the Phoenix/PETRARCH2 actor dictionaries;\n"
            f"do not edit by hand (curated entries in persons.yaml / organizations.yaml take precedence). "
            f"Source: {ORIGIN}. Licence: {LICENCE}. "
            f"{n} {what}. Roles: CAMEO code -> country (ISO3) + sector (sectors.yaml), dates as given; "
            f"a role without dates applies when no dated one does. Names are matched case-insensitively "
            f"but only where written with a capital letter; abbreviations in capitals only.")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=SOURCE, help="folder with Phoenix.*.actors.txt")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if not (args.source / "Phoenix.Countries.actors.txt").is_file():
        print(f"{args.source}: Phoenix.Countries.actors.txt not found", file=sys.stderr)
        return 2
    persons, orgs = convert(args.source)
    for name, items, what in (("phoenix_persons", persons, "people"),
                               ("phoenix_organizations", orgs, "organisations and armed groups")):
        (args.out / f"{name}.json").write_text(_document(items, _header(what, len(items))), encoding="utf-8")
    print(f"{len(persons)} people, {len(orgs)} organisations -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
