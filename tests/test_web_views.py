"""The web UI's views as an analyst meets them, in a real browser at 1280 and 390 px: the network
(stable, labels apart, zoom), the map (framed, unplaced events counted), the events table, dropdown
counts, quantities, stories (readable, searchable, paged), the phone layout and the API reference.
Fixtures and helpers are those of test_web_e2e (which skips the lot without a browser)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from . import test_web_e2e as e2e
from .test_web_e2e import PHONE, SHOTS, WIDE, _free_port, _page, api, open_page, rows, uvicorn, wait_ready

# the shared fixtures, by the names the tests ask for
base_url, browser, page, phone = e2e.base_url, e2e.browser, e2e.page, e2e.phone


def boxes(page: Any, selector: str) -> list[dict[str, float]]:
    return page.evaluate(f"""() => [...document.querySelectorAll({selector!r})].map((e) => {{
        const r = e.getBoundingClientRect(); return {{x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}}; }})""")


def overlapping(bs: list[dict[str, float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(bs) for j, b in enumerate(bs[i + 1:], i + 1)
            if min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5 and min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > 0.5]


def inside(bs: list[dict[str, float]], frame: dict[str, float]) -> bool:
    return all(b["x0"] >= frame["x0"] - 0.5 and b["x1"] <= frame["x1"] + 0.5 and b["y0"] >= frame["y0"] - 0.5
               and b["y1"] <= frame["y1"] + 0.5 for b in bs)


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1280", "390"])
def test_network_labels_never_overlap_or_clip_and_the_layout_is_stable(browser: Any, base_url: str,
                                                                       viewport: dict[str, int]) -> None:
    for pg in _page(browser, base_url, viewport):
        open_page(pg, "network")
        labels = boxes(pg, "[data-testid=network] .node text")
        frame = boxes(pg, "[data-testid=network]")[0]
        assert labels and not overlapping(labels)
        assert inside(labels + boxes(pg, "[data-testid=network] .node circle"), frame)
        texts = pg.locator("[data-testid=network] .node text").all_text_contents()
        assert not any(re.search(r"[A-Z]{3}-[A-Z]{2,5}\)-", t) for t in texts) and "Poland (government)" in texts
        first = pg.locator("[data-testid=node]").evaluate_all("(ns) => ns.map((n) => n.getAttribute('transform'))")
        pg.reload()
        wait_ready(pg, "network")
        assert pg.locator("[data-testid=node]").evaluate_all("(ns) => ns.map((n) => n.getAttribute('transform'))") == first
        # zoom and pan, then back to the whole picture
        viewport_g = pg.locator("[data-testid=network] g.viewport")
        pg.locator("[data-testid=network]").hover()
        pg.mouse.wheel(0, -400)
        pg.wait_for_function("() => (document.querySelector('g.viewport').getAttribute('transform') || '').includes('scale')")
        assert "scale" in (viewport_g.get_attribute("transform") or "")
        pg.get_by_test_id("fit").click()
        pg.wait_for_function("() => /scale\\(1\\)/.test(document.querySelector('g.viewport').getAttribute('transform') || '')")


def test_map_frames_the_data_without_label_clashes_and_counts_unplaced(page: Any, base_url: str) -> None:
    open_page(page, "map")
    frame = boxes(page, "[data-testid=map]")[0]
    points, labels = boxes(page, "[data-testid=map-point]"), boxes(page, "[data-testid=map-label]")
    assert points and inside(points + labels, frame) and not overlapping(labels)
    assert not [(i, j) for i, j in overlapping(labels + points) if i < len(labels) <= j]  # no label over a point
    assert page.locator("[data-testid=map] path.map-sphere").count() == 0  # no globe edge drawn
    places = api(base_url, "places")
    total = api(base_url, "events?limit=1")["total"]
    located = sum(p["events"] for p in places["points"])
    text = page.get_by_test_id("map-unplaced").text_content()
    assert f"{located} of {total} event(s)" in text and f"{total - located} event(s) have no place" in text
    # the points span most of the view: the map is framed on them, not the whole globe
    xs = [b["x0"] for b in points] + [b["x1"] for b in points]
    assert max(xs) - min(xs) > 0.5 * (frame["x1"] - frame["x0"])


def test_events_table_shows_evidence_title_dates_and_canonical_sources(page: Any, base_url: str) -> None:
    open_page(page, "events")
    items = api(base_url, "events?limit=500")["items"]
    articles = {a["id"]: a for a in api(base_url, "articles?limit=500")["items"]}
    for row, ev in zip(rows(page).all(), items, strict=True):
        assert row.get_by_test_id("evidence").text_content().startswith(f"“{ev['evidence']['text']}”")
        meta = articles[ev["article"]]
        assert row.get_by_test_id("article-link").text_content() == (meta["title"] or meta["id"])
        date_cell = row.get_by_test_id("event-date").text_content()
        if ev["date"]:
            assert date_cell == ev["date"]["value"]
        else:
            assert date_cell.startswith(meta["published"]) and "pub." in date_cell
    raw = next(i for i, e in enumerate(items) if e["source"]["name"] == e["source"]["text"] == "Truppen")
    source_cell = rows(page).nth(raw).locator("td").nth(2).text_content()
    assert source_cell == "Russia (military)"


@pytest.mark.parametrize("route", ["events", "events?type=MOBILIZE", "events?modality=future&q=Soldaten"])
def test_dropdown_counts_equal_the_filtered_results(page: Any, base_url: str, route: str) -> None:
    """Each choice's count is what choosing it gives, the other filters in force kept."""
    open_page(page, route)
    held = dict(re.findall(r"(\w+)=([^&]+)", route.partition("?")[2]))
    for name in ("country", "type", "modality", "source"):
        options = page.get_by_test_id(f"filter-{name}").locator("option")
        for opt in options.all()[1:]:
            value = opt.get_attribute("value")
            if value == "none":
                continue
            m = re.fullmatch(r"(.+) \((\d+)\)", opt.text_content())
            assert m and m.group(1) == value, opt.text_content()
            query = "&".join(f"{k}={v}" for k, v in {**held, name: value}.items())
            assert api(base_url, f"events?{query}&limit=1")["total"] == int(m.group(2)), (route, name, value)


def test_article_cards_show_quantities(page: Any, base_url: str) -> None:
    open_page(page, "article/de-truppen-belarus")
    stored = api(base_url, "articles/de-truppen-belarus")
    with_q = [e for e in stored["events"] if e["quantities"]]
    assert with_q
    for e in with_q:
        card = page.locator(f".card[data-event='{e['event_id']}']")
        assert f"{int(e['quantities'][0]['value']):,}" in card.get_by_test_id("quantities").text_content()


def test_stories_read_as_sentences_without_cut_labels(page: Any, base_url: str) -> None:
    open_page(page, "stories")
    text = page.locator("main").text_content()
    assert "→ –" not in text and not re.search(r"\b[A-Z]{3}-[A-Z]{2,5}: [A-Z]+", text)
    assert "…" not in "".join(page.locator("[data-testid=timeline] text").all_text_contents())
    labels = boxes(page, "[data-testid=timeline] text.step-label")
    assert labels and not overlapping(labels) and inside(labels, boxes(page, "[data-testid=timeline]")[0])
    page.get_by_test_id("stories-q").fill("Belarus")
    page.get_by_test_id("stories-q").press("Enter")
    page.wait_for_url("**q=Belarus**")
    wait_ready(page, "stories")
    titles = page.locator("[data-testid=story-list] a b").all_text_contents()
    assert titles and all("Belarus" in t for t in titles)


@pytest.fixture(scope="module")
def many_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over 30 short articles of our own, one story each: more than a page of stories."""
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline
    from lagebild.serve.api import create_app
    from lagebild.store.db import Store

    pairs = [("Polen", "Litauen"), ("Frankreich", "Mali"), ("Japan", "Korea"), ("Kanada", "Island"), ("Chile", "Peru"),
             ("Kenia", "Somalia"), ("Indien", "Nepal"), ("Spanien", "Marokko"), ("Ungarn", "Serbien"), ("Ghana", "Togo")]
    url = f"sqlite:///{tmp_path_factory.mktemp('many') / 'many.db'}"
    pipeline = Pipeline()
    items = []
    for day in range(3):
        for i, (a, b) in enumerate(pairs):
            art = Article(f"{a} hat am Montag Soldaten nach {b} verlegt, teilte die Regierung mit. ({day}-{i})",
                          id=f"many-{day}-{i}", lang="de", published=date(2025, 3, 3 + 7 * day),
                          title=f"{a} verlegt Soldaten nach {b} ({day + 1})")
            items.append((art, pipeline(art).events))
    Store(url).add_many(items)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # a hang guard, as in test_web_e2e
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_long_story_lists_are_paged_and_searchable(browser: Any, many_url: str) -> None:
    for pg in _page(browser, many_url, WIDE):
        open_page(pg, "stories")
        total = api(many_url, "stories?limit=500")["total"]
        assert total > 20
        assert pg.locator("[data-testid=story-list] a").count() == 20
        assert pg.get_by_test_id("stories-total").text_content() == f"1–20 of {total} stories"
        height = pg.evaluate("document.querySelector('[data-testid=story-list]').getBoundingClientRect().height")
        assert height < 2000
        pg.get_by_test_id("stories-pager").locator("button").last.click()
        pg.wait_for_url("**page=2**")
        wait_ready(pg, "stories")
        assert pg.locator("[data-testid=story-list] a").count() == total - 20
        pg.goto("/#/stories?q=Kenia")
        wait_ready(pg, "stories")
        titles = pg.locator("[data-testid=story-list] a b").all_text_contents()
        assert titles and all("Kenia" in t for t in titles)


def test_phone_layout_fits_the_screen(phone: Any) -> None:
    for route in SHOTS.values():
        open_page(phone, route)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], route
        header = boxes(phone, "header")[0]
        assert header["x1"] <= PHONE["width"] + 0.5
        assert inside(boxes(phone, "header nav a, header .counts"), {"x0": 0, "y0": 0, "x1": PHONE["width"], "y1": 400})
    open_page(phone, "article/de-truppen-belarus")
    assert boxes(phone, "[data-testid=article-text]")[0]["x1"] <= PHONE["width"]


def test_api_reference_has_no_literal_backticks(page: Any) -> None:
    page.goto("/api/docs")
    page.wait_for_selector("body[data-ready='apidocs']")
    assert "`" not in page.locator("main").text_content()
    assert page.locator("main code", has_text="POST /api/articles").count() + page.locator("main code").count() > 5
