"""The web UI in a real browser: Debian's chromium (installed by scripts/test-setup.d/10-browser.sh)
driven by Playwright, against `lagebild serve`'s app on a free localhost port over the examples.

Screenshots go to a temporary folder, or to $LAGEBILD_SCREENSHOTS (``docs`` refreshes the README's).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from .conftest import EXAMPLES, SEED

CHROMIUM = os.environ.get("LAGEBILD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TOKEN = "e2e-token"

if not Path(CHROMIUM).is_file():
    pytest.skip(f"{CHROMIUM} is missing (scripts/test-setup.d/10-browser.sh installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from lagebild.ingest.readers import read_paths
    from lagebild.pipeline import Pipeline
    from lagebild.serve.api import create_app
    from lagebild.store.db import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'picture.db'}"
    pipeline = Pipeline()
    Store(url).add_many([(a, pipeline(a).events) for a in read_paths([EXAMPLES])])
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # a hang guard: the server starts in well under a second
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    yield from _page(browser, base_url, WIDE)


@pytest.fixture
def phone(browser: Any, base_url: str) -> Iterator[Any]:
    yield from _page(browser, base_url, PHONE)


def _page(browser: Any, base_url: str, viewport: dict[str, int]) -> Iterator[Any]:
    """A fresh page that fails the test on a JavaScript error or any request off localhost."""
    context = browser.new_context(viewport=viewport, base_url=base_url)
    pg = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("request", lambda req: None if req.url.startswith((base_url, "data:")) else foreign.append(req.url))
    pg.set_default_timeout(60_000)  # a hang guard for each wait: a view renders in ~1 s even on a loaded machine
    yield pg
    context.close()
    assert not errors, errors
    assert not foreign, f"the UI reached off the server: {foreign}"


def api(base_url: str, path: str) -> Any:
    with urllib.request.urlopen(f"{base_url}/api/{path}") as r:
        return json.load(r)


def wait_ready(page: Any, name: str) -> None:
    """Wait until the UI has drawn the current route (it marks <body> when done)."""
    page.wait_for_function("() => document.body.dataset.ready && document.body.dataset.hash === location.hash")
    assert page.evaluate("document.body.dataset.ready") == name


def open_page(page: Any, route: str) -> None:
    page.goto(f"/#/{route}")
    wait_ready(page, route.split("?")[0].split("/")[0])
    assert page.locator("#error").is_hidden(), page.locator("#error").text_content()


def rows(page: Any) -> Any:
    return page.locator("[data-testid=events-table] tbody tr")


def test_events_table_filters_and_search(page: Any, base_url: str) -> None:
    open_page(page, "events")
    total = api(base_url, "events")["total"]
    assert rows(page).count() == total
    assert page.get_by_test_id("total").text_content() == f"1–{total} of {total} events"

    page.get_by_test_id("filter-type").select_option("MOBILIZE")
    page.wait_for_url("**type=MOBILIZE**")
    wait_ready(page, "events")
    mob = api(base_url, "events?type=MOBILIZE")["total"]
    assert 0 < mob < total and rows(page).count() == mob
    assert set(page.locator("[data-testid=events-table] tbody .type").all_text_contents()) == {"MOBILIZE"}

    page.get_by_test_id("filter-modality").select_option("future")
    page.wait_for_url("**modality=future**")
    wait_ready(page, "events")
    both = api(base_url, "events?type=MOBILIZE&modality=future")["items"]
    assert [r.get_attribute("data-event") for r in rows(page).all()] == [e["event_id"] for e in both]

    page.get_by_test_id("reset").click()
    page.wait_for_url("**/#/events")
    wait_ready(page, "events")
    assert rows(page).count() == total

    page.get_by_test_id("filter-q").fill("außenminister")
    page.get_by_test_id("filter-q").press("Enter")
    page.wait_for_url("**q=**")
    wait_ready(page, "events")
    found = api(base_url, "events?q=au%C3%9Fenminister")["items"]
    assert found and [r.get_attribute("data-event") for r in rows(page).all()] == [e["event_id"] for e in found]

    page.get_by_test_id("reset").click()
    wait_ready(page, "events")
    page.get_by_test_id("filter-source").select_option("Finland")
    page.wait_for_url("**source=Finland**")
    wait_ready(page, "events")
    assert rows(page).count() == api(base_url, "events?source=Finland")["total"] >= 1
    assert "Finland" in rows(page).first.text_content()

    page.get_by_test_id("filter-denied").select_option("true")
    page.wait_for_url("**denied=true**")
    wait_ready(page, "events")
    denied = api(base_url, "events?source=Finland&denied=true")["items"]
    assert denied and [r.get_attribute("data-event") for r in rows(page).all()] == [e["event_id"] for e in denied]
    assert all("denied by" in r.text_content() for r in rows(page).all())

    open_page(page, "events?since=2025-03-01&until=2025-03-31")
    assert page.get_by_test_id("filter-since").input_value() == "2025-03-01"
    assert rows(page).count() == api(base_url, "events?since=2025-03-01&until=2025-03-31")["total"] >= 1


def test_article_view_highlights_evidence_attribution_and_denial(page: Any, base_url: str) -> None:
    open_page(page, "events?q=minsk%20eingetroffen")
    assert rows(page).count() == 1
    event_id = rows(page).first.get_attribute("data-event")
    ev = api(base_url, f"events/{event_id}")
    rows(page).first.get_by_test_id("article-link").click()
    page.wait_for_url(f"**/#/article/{ev['article']}?event={event_id}")
    wait_ready(page, "article")
    assert page.get_by_test_id("article-title").text_content() == ev["article_meta"]["title"]

    text = page.get_by_test_id("article-text")
    stored = api(base_url, f"articles/{ev['article']}")
    assert text.text_content() == stored["text"]  # the marks change no character of the article
    focused = "".join(page.locator("mark.hl.evidence.focus").all_text_contents())
    assert focused == ev["evidence"]["text"]
    assert page.locator(f".card.focus[data-event='{event_id}']").count() == 1
    marks = {k: page.locator(f"mark.hl.{k}").all_text_contents() for k in ("evidence", "attribution", "denial")}
    assert "Dem ukrainischen Geheimdienst" in marks["attribution"]
    assert marks["denial"] == ["Moskau", "Minsk"]
    assert len(marks["evidence"]) >= len(stored["events"])
    assert "denied by Russia" in (page.locator("mark.hl.denial").first.get_attribute("title") or "")

    # another event's card moves the focus to its own evidence
    other = next(e for e in stored["events"] if e["event_id"] != event_id)
    page.locator(f".card[data-event='{other['event_id']}']").click()
    assert "".join(page.locator("mark.hl.evidence.focus").all_text_contents()) == other["evidence"]["text"]

    # and back to the table, with the event's row marked
    page.locator(f".card[data-event='{event_id}']").get_by_test_id("back-to-table").click()
    page.wait_for_url(f"**focus={event_id}**")
    wait_ready(page, "events")
    assert page.locator("tr.focus").get_attribute("data-event") == event_id
    assert rows(page).count() == len(stored["events"])


def test_map_shows_countries_and_event_places(page: Any, base_url: str) -> None:
    open_page(page, "map")
    assert page.locator("[data-testid=map] path.map-country").count() > 150
    places = api(base_url, "places")
    assert page.get_by_test_id("map-point").count() == len(places["points"]) > 0
    shaded = page.locator("[data-testid=map] path[data-country='BLR']")
    assert shaded.count() == 1 and shaded.get_attribute("fill") != "#d5dadd"
    page.get_by_test_id("filter-type").select_option("MOBILIZE")
    page.wait_for_url("**type=MOBILIZE**")
    wait_ready(page, "map")
    assert page.get_by_test_id("map-point").count() == len(api(base_url, "places?type=MOBILIZE")["points"])
    points = api(base_url, "places?type=MOBILIZE")["points"]
    minsk = next(i for i, p in enumerate(points) if p["name"] == "Minsk")
    page.get_by_test_id("map-point").nth(minsk).click(force=True)
    page.wait_for_selector("[data-testid=map-events] .card")
    assert page.locator("[data-testid=map-events] .card").count() == points[minsk]["events"] >= 1
    page.locator("[data-testid=map-events] .card a").first.click()
    wait_ready(page, "article")
    assert page.locator("mark.hl.evidence.focus").count() >= 1


def test_actor_network(page: Any, base_url: str) -> None:
    open_page(page, "network")
    net = api(base_url, "network")
    assert page.get_by_test_id("node").count() == len(net["nodes"])
    assert page.get_by_test_id("edge").count() == len(net["edges"])
    consult = next(e for e in net["edges"] if e["event_type"] == "CONSULT")
    edge = page.locator("[data-testid=edge]", has_text=f"{consult['source']} → {consult['target']}")
    assert edge.first.get_attribute("stroke") == "#1976d2"  # colour = type
    page.locator(f"[data-testid=node][data-actor='{consult['source']}'] circle").click()
    page.wait_for_url(f"**actor={consult['source']}**")
    wait_ready(page, "events")
    assert rows(page).count() == api(base_url, f"events?actor={consult['source']}")["total"]


def test_story_timeline(page: Any, base_url: str) -> None:
    import lagebild.fuse

    if not hasattr(lagebild.fuse, "build_stories"):
        pytest.skip("lagebild.fuse has no stories yet")
    open_page(page, "stories")
    stories = api(base_url, "stories")
    assert stories["total"] >= 1 and page.locator("[data-testid=story-list] a").count() == stories["total"]
    first = api(base_url, f"stories/{stories['items'][0]['story_id']}")
    assert page.locator("[data-testid=timeline] .timeline-item").count() == len(first["timeline"])
    page.locator("[data-testid=timeline] .timeline-item circle").first.click()
    page.wait_for_selector("[data-testid=fused-detail] a")
    page.locator("[data-testid=fused-detail] a").first.click()
    wait_ready(page, "article")


def test_articles_list_and_errors(page: Any, base_url: str) -> None:
    open_page(page, "articles")
    assert page.locator("[data-testid=articles-table] tbody tr").count() == 5
    page.get_by_test_id("articles-q").fill("Panzer")
    page.get_by_test_id("articles-q").press("Enter")
    page.wait_for_url("**q=Panzer")
    wait_ready(page, "articles")
    assert page.locator("[data-testid=articles-table] tbody tr").count() == 1
    page.goto("/#/article/no-such-article")
    wait_ready(page, "article")
    assert page.get_by_test_id("error").text_content() == "no article 'no-such-article'"


def test_api_reference_page(page: Any, base_url: str) -> None:
    page.goto("/api/docs")
    page.wait_for_selector("body[data-ready='apidocs']")
    spec = api(base_url, "openapi.json")
    assert page.locator("section.card[data-testid=operation]").count() == sum(len(ops) for ops in spec["paths"].values())
    assert page.locator("code", has_text="/api/events").count() >= 1


SHOTS = {"events": "events", "article": "article/de-truppen-belarus", "stories": "stories", "map": "map",
         "network": "network", "articles": "articles"}


def test_screenshots_of_each_page(page: Any, phone: Any, tmp_path: Path) -> None:
    """Every view at 1280 px (the README's screenshots) and at 390 px (a phone), where nothing may
    be wider than the screen."""
    out = Path(os.environ.get("LAGEBILD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for pg, suffix in ((page, ""), (phone, "-390")):
        for name, route in SHOTS.items():
            open_page(pg, route)
            if suffix:
                assert pg.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
            pg.screenshot(path=str(out / f"screenshot-{name}{suffix}.png"), full_page=False)
            assert (out / f"screenshot-{name}{suffix}.png").stat().st_size > 10_000


def test_seed_article_posted_through_the_api(page: Any, base_url: str) -> None:
    """The third-party seed article (read from ../shared, never copied) ingested with the token,
    then every span in its article view is the article's own text."""
    if not SEED.is_file():
        pytest.skip("../shared/examples/seed-de-2024-10-23.txt is not present")
    text = SEED.read_text(encoding="utf-8")
    body = json.dumps({"id": "seed", "text": text, "published": date(2024, 10, 23).isoformat(), "lang": "de"}).encode()
    req = urllib.request.Request(f"{base_url}/api/articles", data=body, method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req) as r:
        assert r.status == 201 and json.load(r)["events"] >= 10
    stored = api(base_url, "articles/seed")
    open_page(page, "article/seed")
    assert page.get_by_test_id("event-card").count() == len(stored["events"])
    for kind in ("evidence", "attribution", "denial"):
        marked = page.locator(f"mark.hl.{kind}").all_text_contents()
        spans = [stored["text"][s["start"]:s["end"]] for s in stored["spans"] if s["kind"] == kind]
        assert marked and all(any(m in s for s in spans) for m in marked), kind
    assert any("Budanow" in m for m in page.locator("mark.hl.attribution").all_text_contents())
    assert {"Moskau", "Pjöngjang"} <= set(page.locator("mark.hl.denial").all_text_contents())
