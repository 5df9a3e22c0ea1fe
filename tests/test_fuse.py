"""Across articles: duplicates merged, independent sources counted, contradictions kept, stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.fuse import build_stories, date_range, fuse_events
from lagebild.store.db import Store

# Our own short reports of one (invented) happening, by different outlets and in two languages.
REPORTS = [
    {"id": "wire-a", "url": "https://wire-a.example/1", "published": "2025-02-20", "lang": "de",
     "title": "Russland verlegt Truppen nach Belarus",
     "text": "Russland hat nach ukrainischen Angaben rund 4.000 Soldaten nach Belarus verlegt."},
    {"id": "paper-b", "url": "https://paper-b.example/x", "published": "2025-02-21", "lang": "en",
     "text": "Russia has deployed about 4,000 troops to Belarus, according to Polish officials."},
    {"id": "portal-c", "url": "https://portal-c.example/y", "published": "2025-02-21", "lang": "de",
     "text": "Russland hat nach ukrainischen Angaben rund 4.000 Soldaten nach Belarus verlegt.\n"
             "Weitere Informationen folgen."},  # a syndicated copy: the same sentence, another article
    {"id": "paper-d", "url": "https://paper-d.example/z", "published": "2025-02-22", "lang": "en",
     "text": "Russia has deployed 12,000 troops to Belarus, Lithuanian intelligence said."},
    {"id": "agency-e", "url": "https://agency-e.example/q", "published": "2025-02-22", "lang": "en",
     "text": "Russia did not deploy troops to Belarus, the Kremlin said."},
    {"id": "other-f", "url": "https://other-f.example/r", "published": "2025-06-02", "lang": "en",
     "text": "Japan's prime minister met Philippine President Ferdinand Marcos in Manila on Tuesday."},
]


@pytest.fixture
def store(cli, tmp_path: Path) -> Store:
    f = tmp_path / "reports.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db = tmp_path / "fuse.db"
    assert cli("ingest", f, "--db", db).code == 0
    return Store(str(db))


def test_reports_of_one_event_fuse_with_independent_sources(store: Store) -> None:
    articles = {a["id"]: a for a in store.articles()}
    fused = fuse_events(store.events(), articles)
    [dep] = [f for f in fused if f["event_type"] == "MOBILIZE" and (f["target"] or {}).get("country") == "BLR"]
    assert set(dep["articles"]) == {"wire-a", "paper-b", "portal-c", "paper-d", "agency-e"}
    # sources: UKR (told twice, once syndicated), POL officials, LTU intelligence; the Kremlin speaks
    # for the actor itself, so that report counts its outlet instead
    assert {s["country"] for s in dep["sources"] if s["country"]} == {"UKR", "POL", "LTU"}
    assert {s["name"] for s in dep["sources"] if not s["country"]} == {"agency-e.example"}
    assert dep["corroboration"] == 4
    kinds = {c["kind"]: c for c in dep["contradictions"]}
    assert "4.000" in kinds["quantity"]["detail"] or "4,000" in kinds["quantity"]["detail"]
    assert "12,000" in kinds["quantity"]["detail"]
    assert "modality" in kinds  # deployed vs did not deploy
    assert dep["modality"] == "factual"
    others = [f for f in fused if f is not dep]
    assert all("other-f" in f["articles"] for f in others)


def test_compatible_counts_are_no_contradiction() -> None:
    ev = {"event_type": "MOBILIZE", "source": {"country": "PRK"}, "target": None, "modality": "factual",
          "hedged": False, "attribution": [], "denied_by": [], "location": None, "date": {"value": "2024-10-23"}}
    a = {**ev, "event_id": "a", "article": "x", "evidence": {"sentence": "one", "start": 0},
         "quantities": [{"text": "mindestens 3.000 Soldaten", "value": 3000, "unit": "troops", "qualifier": "at_least"}]}
    b = {**ev, "event_id": "b", "article": "y", "evidence": {"sentence": "two", "start": 0},
         "quantities": [{"text": "12,000 soldiers", "value": 12000, "unit": "troops", "qualifier": "exact"}]}
    c = {**ev, "event_id": "c", "article": "z", "evidence": {"sentence": "three", "start": 0},
         "quantities": [{"text": "2,000 soldiers", "value": 2000, "unit": "troops", "qualifier": "exact"}]}
    [f] = fuse_events([a, b])
    assert f["contradictions"] == []
    [f] = fuse_events([a, b, c])
    assert [x["kind"] for x in f["contradictions"]] == ["quantity", "quantity"]  # 2,000 clashes with both


def test_plans_and_events_far_apart_stay_separate() -> None:
    base = {"event_type": "MOBILIZE", "source": {"country": "RUS"}, "target": None, "hedged": False,
            "attribution": [], "denied_by": [], "location": None, "quantities": []}
    plan = {**base, "event_id": "p", "article": "a", "modality": "future", "date": {"value": "2025-03"},
            "evidence": {"sentence": "plan", "start": 0}}
    done = {**base, "event_id": "d", "article": "b", "modality": "factual", "date": {"value": "2025-03-20"},
            "evidence": {"sentence": "done", "start": 0}}
    late = {**base, "event_id": "l", "article": "c", "modality": "factual", "date": {"value": "2025-05-20"},
            "evidence": {"sentence": "late", "start": 0}}
    assert len(fuse_events([plan, done, late])) == 3


def test_stories_and_timeline(store: Store, cli, tmp_path: Path) -> None:
    articles = {a["id"]: a for a in store.articles()}
    stories = build_stories(fuse_events(store.events(), articles), articles)
    assert [len(s["articles"]) for s in stories] == [5, 1]
    big = stories[0]
    assert big["title"] == "Russland verlegt Truppen nach Belarus" and big["start"] == "2025-02-20"
    assert "BLR" in big["countries"] and "RUS" in big["countries"]
    db = str(store.url).removeprefix("sqlite:///")
    out = cli("timeline", "wire-a", "--db", db).out
    assert "Russland verlegt Truppen nach Belarus" in out and "MOBILIZE" in out and "⚑" in out
    assert cli("timeline", "no-such-story", "--db", db).code == 1
    listed = json.loads(cli("stories", "--db", db, "--json").out)
    assert [s["story_id"] for s in listed] == [s["story_id"] for s in stories]
    disputed = json.loads(cli("fused", "--db", db, "--contradicted", "--json").out)
    assert disputed and all(f["contradictions"] for f in disputed)


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-10-23", ("2024-10-23", "2024-10-23")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2024", ("2024-01-01", "2024-12-31")), ("2024-10-14/2024-10-20", ("2024-10-14", "2024-10-20")),
    ("2024-12/2025-01", ("2024-12-01", "2025-01-31")),
])
def test_date_ranges(value: str, expected: tuple[str, str]) -> None:
    rng = date_range(value)
    assert rng is not None and (rng[0].isoformat(), rng[1].isoformat()) == expected


def test_daily_reports_make_weekly_fused_events_and_stories_in_any_order() -> None:
    """Reports of one key on every day of four weeks would chain into one fused event and one story;
    with the calendar week as window they make one per week, whatever the order they come in."""
    import random
    from datetime import date, timedelta

    from lagebild.fuse.events import period

    base = {"event_type": "ASSAULT", "source": {"country": "RUS"}, "target": {"country": "UKR"}, "modality": "factual",
            "hedged": False, "attribution": [], "denied_by": [], "location": None, "quantities": []}
    start = date(2025, 3, 3)  # a Monday
    events, articles = [], {}
    for n in range(28):
        day = start + timedelta(days=n)
        for outlet in ("a", "b"):
            aid = f"{outlet}{n:02d}"
            articles[aid] = {"published": day.isoformat(), "url": f"https://{outlet}.example/{n}"}
            events.append({**base, "event_id": f"e-{aid}", "article": aid, "date": {"value": day.isoformat()},
                           "evidence": {"sentence": f"attack {aid}", "start": 0}})
    # an article published on Monday of week 2 reports Sunday's attack and Monday's: it is in the
    # stories of both weeks, and does not tie them into one
    articles["late"] = {"published": "2025-03-10"}
    for day in ("2025-03-09", "2025-03-10"):
        events.append({**base, "event_id": f"e-late-{day}", "article": "late", "date": {"value": day},
                       "evidence": {"sentence": f"late {day}", "start": 0}})

    def picture(evs: list[dict]) -> tuple[list, list]:
        fused = fuse_events(evs, articles)
        stories = build_stories(fused, articles)
        return sorted(sorted(f["event_ids"]) for f in fused), sorted((s["story_id"], s["articles"]) for s in stories)

    fused, stories = picture(events)
    assert len(fused) == 4 and len(stories) == 4 and len({sid for sid, _ in stories}) == 4
    for f in fuse_events(events, articles):
        assert period(date.fromisoformat(f["first_seen"])) == period(date.fromisoformat(f["last_seen"]))
    built = build_stories(fuse_events(events, articles), articles)
    week1, week2 = (next(s for s in built if f"a{n:02d}" in s["articles"]) for n in (0, 7))
    assert "late" in week1["articles"] and "late" in week2["articles"] and week1 is not week2
    assert len(week1["articles"]) == len(week2["articles"]) == 15 and len(week1["timeline"]) == 1
    rng = random.Random(3)
    for _ in range(3):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert picture(shuffled) == (fused, stories)


def test_dates_at_the_ends_of_the_calendar_are_stored_not_a_traceback(cli, tmp_path: Path) -> None:
    """An article published in year 1 or 9999 (a typo, a placeholder) used to crash incremental fusion
    with OverflowError when its window was widened; it is stored, its events fuse by nothing but key."""
    rows = [{"id": f"edge-{y}", "published": f"{y}-01-01", "lang": "de",
             "text": f"Russland hat rund 4.000 Soldaten nach Belarus verlegt ({y})."} for y in ("0001", "9999")]
    f = tmp_path / "edge.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "edge.db"
    res = cli("ingest", f, "--db", db)
    assert res.code == 0, res.out
    st = Store(str(db))
    assert {a["id"] for a in st.articles()} == {"edge-0001", "edge-9999"}
    assert cli("refuse", "--db", db).code == 0


def test_many_reports_of_few_figures_give_one_contradiction_per_pair_of_figures() -> None:
    """300 reports of one attack, told as 10 or 40 dead: one quantity contradiction naming every
    report of either figure (a list of every pair of reports grew to tens of thousands of entries)."""
    base = {"event_type": "ASSAULT", "source": {"country": "RUS"}, "target": {"country": "UKR"}, "modality": "factual",
            "hedged": False, "attribution": [], "denied_by": [], "location": None, "date": {"value": "2025-03-04"}}
    events, articles = [], {}
    for n in range(300):
        aid = f"r{n:03d}"
        articles[aid] = {"published": "2025-03-04", "url": f"https://outlet{n}.example/x"}
        value = 10 if n % 3 else 40
        q = {"value": value, "text": f"{value} Tote", "unit": "killed", "qualifier": None}
        events.append({**base, "event_id": f"e-{aid}", "article": aid, "quantities": [q],
                       "evidence": {"sentence": f"attack {aid}", "start": 0}})
    [fused] = fuse_events(events, articles)
    quantity = [c for c in fused["contradictions"] if c["kind"] == "quantity"]
    assert len(quantity) == 1 and len(quantity[0]["event_ids"]) == 300
    assert quantity[0]["detail"] in ("10 Tote vs 40 Tote", "40 Tote vs 10 Tote")
