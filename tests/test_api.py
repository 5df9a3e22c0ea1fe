"""The REST API over a database of the bundled examples: filters, pagination, article spans,
aggregates, JSON errors, and token-protected ingest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lagebild.ingest.readers import read_paths  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402
from lagebild.serve.api import create_app, load_token  # noqa: E402
from lagebild.store.db import Store  # noqa: E402

from .conftest import EXAMPLES  # noqa: E402

TOKEN = "test-token-1234"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'picture.db'}"
    pipeline = Pipeline()
    Store(url).add_many([(a, pipeline(a).events) for a in read_paths([EXAMPLES])])
    return url


@pytest.fixture(scope="module")
def api(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url)) as client:
        yield client


def test_events_filters_and_pagination(api: TestClient) -> None:
    everything = api.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) >= 10
    page = api.get("/api/events", params={"limit": 3, "offset": 2}).json()
    assert page["total"] == everything["total"] and page["limit"] == 3 and page["offset"] == 2
    assert [e["event_id"] for e in page["items"]] == [e["event_id"] for e in everything["items"][2:5]]

    mob = api.get("/api/events", params={"type": "mobilize"}).json()["items"]
    assert mob and all(e["event_type"] == "MOBILIZE" for e in mob)
    fut = api.get("/api/events", params={"modality": "future"}).json()["items"]
    assert fut and all(e["modality"] == "future" for e in fut)
    blr = api.get("/api/events", params={"country": "blr"}).json()["items"]
    assert blr and all("BLR" in {(e["source"] or {}).get("country"), (e["target"] or {}).get("country"),
                                 (e["location"] or {}).get("country")} for e in blr)
    jpn = api.get("/api/events", params={"actor": "JPN-GOV"}).json()["items"]
    assert jpn and all("JPN-GOV" in {e["source"]["actor_id"], (e["target"] or {}).get("actor_id")}
                       or any(a.get("country") == "JPN" for a in e["attribution"]) for e in jpn)
    finn = api.get("/api/events", params={"source": "finland"}).json()["items"]
    assert finn and all(any(a["name"] == "Finland" for a in e["attribution"]) for e in finn)
    own = api.get("/api/events", params={"source": "none"}).json()["items"]
    assert own and all(not e["attribution"] for e in own)
    spring = api.get("/api/events", params={"since": "2025-03-01", "until": "2025-04-30"}).json()["items"]
    assert spring and len(spring) < everything["total"]
    assert all("2025-03" <= (e["date"] or {}).get("value", "2025-03")[:7] <= "2025-04" for e in spring if e["date"])
    denied = api.get("/api/events", params={"denied": "true"}).json()["items"]
    assert denied and all(e["denied_by"] for e in denied)


def test_full_text_search_is_case_and_umlaut_aware(api: TestClient) -> None:
    found = api.get("/api/events", params={"q": "minsk"}).json()
    assert found["total"] >= 1
    assert all("minsk" in (e["evidence"]["sentence"] + str(e["location"]) + str(e["denied_by"])).lower()
               for e in found["items"])
    umlaut = api.get("/api/events", params={"q": "AUSSENMINISTER"}).json()  # casefold: ß == ss
    assert umlaut["total"] >= 1
    assert api.get("/api/events", params={"q": "minsk zzzunknown"}).json()["total"] == 0
    everything = api.get("/api/search", params={"q": "Panzer"}).json()
    assert [a["id"] for a in everything["articles"]["items"]] == ["de-ruestung-kauf"]
    assert everything["events"]["total"] >= 1


def test_a_capped_search_total_is_flagged_and_pages_on(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text search with another filter stops counting at CAP: the total reads CAP, ``capped``
    says it is a lower bound, and the cursor still reaches every match."""
    from lagebild.store import queries

    params = {"q": "factual", "modality": "factual", "limit": 2}
    n = len(api.get("/api/events", params={**params, "limit": 500}).json()["items"])
    assert n > 3
    monkeypatch.setattr(queries, "CAP", 3)
    first = api.get("/api/events", params={**params, "type": None, "since": "1900-01-01"}).json()
    assert first["total"] == 3 and first["capped"] is True
    seen, page = [], first
    while True:
        seen += [e["event_id"] for e in page["items"]]
        if not page["next"]:
            break
        page = api.get("/api/events", params={**params, "since": "1900-01-01", "after": page["next"]}).json()
    assert len(seen) == len(set(seen)) == n
    plain = api.get("/api/events", params={"q": "factual", "limit": 1}).json()
    assert plain["total"] == n and not plain["capped"]  # the search alone counts exactly in the index


def test_facet_counts_of_a_text_search_are_its_events(api: TestClient) -> None:
    """With ``q`` the dropdown counts are counted in the database over the matching events (not
    by loading them): each choice gives as many rows as the events list then shows."""
    facets = api.get("/api/facets", params={"q": "factual"}).json()
    for value, n in facets["event_types"].items():
        assert api.get("/api/events", params={"q": "factual", "type": value, "limit": 1}).json()["total"] == n
    for value, n in facets["countries"].items():
        assert api.get("/api/events", params={"q": "factual", "country": value, "limit": 1}).json()["total"] == n
    assert sum(facets["modalities"].values()) == api.get("/api/events", params={"q": "factual"}).json()["total"]


def test_article_view_carries_text_events_and_exact_spans(api: TestClient) -> None:
    listing = api.get("/api/articles").json()
    assert listing["total"] == 5 and all("events" in a and "text" not in a for a in listing["items"])
    art = api.get("/api/articles/de-truppen-belarus").json()
    text = art["text"]
    assert art["events"] and all(e["article"] == "de-truppen-belarus" for e in art["events"])
    by_kind: dict[str, list[str]] = {}
    for sp in art["spans"]:
        by_kind.setdefault(sp["kind"], []).append(text[sp["start"]:sp["end"]])
        assert sp["event_ids"] and sp["labels"]
    for e in art["events"]:
        assert e["evidence"]["text"] in by_kind["evidence"]
    assert "Dem ukrainischen Geheimdienst" in by_kind["attribution"]
    # the denial is the sentence "Moskau und Minsk bestreiten dies", not "Minsk" as the place of arrival
    denials = [sp for sp in art["spans"] if sp["kind"] == "denial"]
    assert sorted(text[sp["start"]:sp["end"]] for sp in denials) == ["Minsk", "Moskau"]
    assert all(text.rfind("\n", 0, sp["start"]) == text.rfind("\n") for sp in denials)


def test_event_detail_links_back_to_its_article(api: TestClient) -> None:
    ev = api.get("/api/events", params={"limit": 1}).json()["items"][0]
    got = api.get(f"/api/events/{ev['event_id']}").json()
    assert got["event_id"] == ev["event_id"] and got["article_meta"]["id"] == ev["article"]
    assert api.get(f"/api/articles/{ev['article']}").status_code == 200


def test_actors_network_and_places(api: TestClient) -> None:
    actors = api.get("/api/actors", params={"limit": 2}).json()
    assert actors["total"] > 2 and len(actors["items"]) == 2
    top = actors["items"][0]
    assert top["events"] == top["as_source"] + top["as_target"] >= actors["items"][1]["events"]
    net = api.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert all(e["weight"] == len(e["event_ids"]) for e in net["edges"])
    assert {"source": "LTU-GOV", "target": "POL-GOV", "event_type": "CONSULT"}.items() <= \
        next(e for e in net["edges"] if e["source"] == "LTU-GOV").items()
    places = api.get("/api/places", params={"type": "MOBILIZE"}).json()
    assert {"Minsk"} <= {p["name"] for p in places["points"]}
    assert all(set(p["event_types"]) == {"MOBILIZE"} for p in places["points"])
    blr = next(c for c in places["countries"] if c["country"] == "BLR")
    assert blr["numeric"] == "112" and blr["events"] >= 1


def test_summary_lists_the_filter_values(api: TestClient) -> None:
    s = api.get("/api/summary").json()
    assert s["counts"]["articles"] == 5 and s["writable"] is False
    assert "MOBILIZE" in s["event_types"] and "factual" in s["modalities"] and "Finland" in s["sources"]
    assert s["dates"]["first"] <= s["dates"]["last"]


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=501", 422, "limit"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?since=yesterday", 422, "since"),
    ("/api/events?country=Germany", 422, "country"),
    ("/api/events?modality=maybe", 422, "modality"),
    ("/api/events?type=INVADE", 422, "unknown event type"),  # review37: as every other filter's bad value, not 400
    ("/api/events?since=2025-05-01&until=2025-01-01", 422, "after"),
    ("/api/articles/no-such-article", 404, "no-such-article"),
    ("/api/events/0000", 404, "0000"),
    ("/api/nothing-here", 404, "/api/nothing-here"),
    ("/api/search?q=", 422, "q"),
])
def test_errors_are_json_with_a_message(api: TestClient, url: str, status: int, words: str) -> None:
    r = api.get(url)
    assert r.status_code == status
    body = r.json()["error"]
    assert body["status"] == status and words in body["message"]


def test_openapi_describes_the_endpoints(api: TestClient) -> None:
    spec = api.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/search",
                 "/api/fused", "/api/stories", "/api/stories/{story_id}", "/api/network", "/api/places"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    assert api.get("/").status_code == 200 and "<html" in api.get("/").text.lower()


def test_read_only_without_a_token(api: TestClient) -> None:
    r = api.post("/api/articles", json={"text": "Polen hat Truppen nach Litauen verlegt."})
    assert r.status_code == 403 and "read-only" in r.json()["error"]["message"]


def test_ingest_needs_the_token_and_validates(db_url: str, tmp_path: Path) -> None:
    import sqlite3

    copy = tmp_path / "copy.db"  # the other tests keep the five examples; backup() includes the WAL
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db_url = f"sqlite:///{copy}"
    with TestClient(create_app(db_url, token=TOKEN)) as api:
        before = api.get("/api/summary").json()["counts"]
        body = {"id": "api-test", "text": "Polen hat am Montag 2.000 Soldaten nach Litauen verlegt.",
                "published": "2025-07-01", "lang": "de", "title": "API"}
        r = api.post("/api/articles", json=body)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert api.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
        assert api.post("/api/articles", json=body, headers={"Authorization": TOKEN}).status_code == 401
        auth = {"Authorization": f"Bearer {TOKEN}"}
        bad = api.post("/api/articles", json={**body, "published": "someday"}, headers=auth)
        assert bad.status_code == 422 and "published" in bad.json()["error"]["message"]
        assert api.post("/api/articles", json={**body, "lang": "xx"}, headers=auth).status_code == 422
        assert api.post("/api/articles", json={"id": "x"}, headers=auth).status_code == 422
        assert api.post("/api/articles", content=b"{not json", headers={**auth, "content-type": "application/json"}
                        ).status_code == 422
        assert api.get("/api/summary").json()["counts"] == before  # nothing stored by rejected requests

        r = api.post("/api/articles", json=body, headers=auth)
        assert r.status_code == 201, r.text
        result = r.json()
        assert result["added"] and result["article_id"] == "api-test" and result["events"] >= 1
        ev = api.get(f"/api/events/{result['event_ids'][0]}").json()
        assert ev["event_type"] == "MOBILIZE" and ev["source"]["country"] == "POL"
        again = api.post("/api/articles", json=body, headers=auth)
        assert again.status_code == 200 and again.json()["added"] is False
        clash = api.post("/api/articles", json={**body, "text": "Ganz anderer Text."}, headers=auth)
        assert clash.status_code == 409 and "api-test" in clash.json()["error"]["message"]
        after = api.get("/api/summary").json()["counts"]
        assert after["articles"] == before["articles"] + 1 and after["events"] == before["events"] + result["events"]
    with TestClient(create_app(db_url)) as ro:
        assert ro.get("/api/articles/api-test").status_code == 200


def test_token_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAGEBILD_API_TOKEN", raising=False)
    monkeypatch.delenv("LAGEBILD_API_TOKEN_FILE", raising=False)
    assert load_token() is None
    monkeypatch.setenv("LAGEBILD_API_TOKEN", " from-env ")
    assert load_token() == "from-env"
    f = tmp_path / "token"
    f.write_text("from-file\n", encoding="utf-8")
    assert load_token(token_file=f) == "from-file"
    from lagebild.errors import InputError

    (tmp_path / "empty").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_token(token_file=tmp_path / "empty")


def test_serve_command_has_help(cli) -> None:
    r = cli("serve", "--help")
    assert r.code == 0 and "--port" in r.out and "--token-file" in r.out


def test_fused_events_and_stories(api: TestClient) -> None:
    fused = api.get("/api/fused", params={"limit": 500}).json()
    events = api.get("/api/events", params={"limit": 500}).json()["items"]
    assert fused["total"] >= 1
    fused_ids = [eid for f in fused["items"] for eid in f["event_ids"]]
    assert sorted(fused_ids) == sorted(e["event_id"] for e in events)  # every event in exactly one fused event
    one = fused["items"][0]
    assert api.get(f"/api/fused/{one['fused_id']}").json() == one
    mob = api.get("/api/fused", params={"type": "MOBILIZE"}).json()["items"]
    assert mob and all(f["event_type"] == "MOBILIZE" for f in mob)
    assert api.get("/api/fused/nope").status_code == 404

    stories = api.get("/api/stories").json()
    assert stories["total"] >= 1 and all("timeline" not in s for s in stories["items"])
    story = api.get(f"/api/stories/{stories['items'][0]['story_id']}").json()
    assert len(story["timeline"]) == stories["items"][0]["length"] >= 1
    known = {f["fused_id"] for f in fused["items"]}
    assert all(t["fused_id"] in known for t in story["timeline"])
    blr = api.get("/api/stories", params={"country": "BLR"}).json()["items"]
    assert blr and all("BLR" in s["countries"] for s in blr)
    by_article = api.get("/api/stories", params={"article": "de-truppen-belarus"}).json()["items"]
    assert [s["articles"] for s in by_article] == [["de-truppen-belarus"]]
    assert api.get("/api/stories/nope").json()["error"]["status"] == 404


def test_ui_is_served_without_external_resources(api: TestClient) -> None:
    import re

    index = api.get("/").text
    refs = re.findall(r'(?:src|href)="([^"]+)"', index)
    assert refs and all(r.startswith(("/static/", "#", "/api/", "data:")) for r in refs), refs
    for ref in refs:
        if ref.startswith("/static/"):
            assert api.get(ref).status_code == 200, ref
    atlas = api.get("/static/vendor/countries-110m.json").json()
    assert atlas["type"] == "Topology" and len(atlas["objects"]["countries"]["geometries"]) > 150
    assert "https://" not in api.get("/static/app.js").text


def test_serve_rejects_a_bad_port(cli) -> None:
    r = cli("serve", "--port", "0", "--db", "unused.db")
    assert r.code == 2 and "--port" in r.err  # a bad option value is a usage error (review38; was 1)


# -- issue 10: errors, parameters, duplicates, start-up ------------------------------------------
def copy_db(db_url: str, target: Path) -> str:
    """A private copy of the shared test database (backup() includes the WAL)."""
    import sqlite3

    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return f"sqlite:///{target}"


def test_an_internal_failure_answers_json(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.store import queries

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(queries, "facets", broken)
    with TestClient(create_app(db_url), raise_server_exceptions=False) as client:
        r = client.get("/api/summary")
    assert r.status_code == 500 and r.headers["content-type"].startswith("application/json")
    body = r.json()["error"]
    assert body["status"] == 500 and "RuntimeError" in body["message"] and "disk on fire" not in r.text


def test_an_extraction_failure_answers_json(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = copy_db(db_url, tmp_path / "x.db")
    app = create_app(url, token=TOKEN, preload=True)
    from lagebild import pipeline as pipeline_module

    def explode(self: object, article: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(pipeline_module.Pipeline, "__call__", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post("/api/articles", json={"text": "Polen hat Truppen verlegt."},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 500 and r.json()["error"]["message"].startswith("internal error")


@pytest.mark.parametrize(("url", "names"), [
    ("/api/events?contry=GEO", ["contry"]),
    ("/api/events?country=GEO&typ=ASSAULT&x=1", ["typ", "x"]),
    ("/api/articles?actor=RUS", ["actor"]),
    ("/api/stories?limit=5&type=MOBILIZE", ["type"]),
    ("/api/network?since=2025-01-01&page=2", ["page"]),
])
def test_unknown_query_parameters_are_named(api: TestClient, url: str, names: list[str]) -> None:
    r = api.get(url)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["detail"]["unknown"] == names and all(repr(n) in err["message"] for n in names)


def test_known_parameters_and_pages_still_work(api: TestClient) -> None:
    assert api.get("/api/events?country=BLR&type=MOBILIZE&limit=5&offset=0&q=Minsk").status_code == 200
    assert api.get("/api/fused?country=BLR").status_code == 200
    assert api.get("/api/nothing?x=1").status_code == 404
    assert api.get("/?utm=1").status_code == 200  # the UI page takes any query


@pytest.mark.parametrize(("actor", "code"), [("iran", None), ("Belarus", "BLR"), ("belarussisch", "BLR"),
                                             ("Minsk", "BLR"), ("poland", "POL"), ("Warschau", "POL")])
def test_actor_filter_accepts_country_words(api: TestClient, actor: str, code: str | None) -> None:
    items = api.get("/api/events", params={"actor": actor, "limit": 500}).json()["items"]
    if code is None:
        assert items == []
        return
    by_code = api.get("/api/events", params={"actor": code, "limit": 500}).json()["items"]
    assert items and items == by_code


def test_posting_a_stored_text_under_another_id_returns_the_stored_article(db_url: str, tmp_path: Path) -> None:
    url = copy_db(db_url, tmp_path / "dup.db")
    text = (EXAMPLES / "en-summit-agreement.txt").read_text(encoding="utf-8").split("---", 2)[2].strip("\n")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(url, token=TOKEN)) as client:
        stored = client.get("/api/articles", params={"limit": 500}).json()["items"]
        original = next(a["id"] for a in stored if a["id"] == "en-summit-agreement")
        first = client.post("/api/articles", json={"id": "fresh-id", "text": text}, headers=auth)
        assert first.status_code == 200, first.text
        body = first.json()
        assert body["article_id"] == original and body["added"] is False and body["events"] >= 1
        for eid in body["event_ids"]:
            assert client.get(f"/api/events/{eid}").json()["article"] == original
        assert client.get("/api/articles/fresh-id").status_code == 404


def test_the_pipeline_is_loaded_at_start(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild import pipeline as pipeline_module

    url = copy_db(db_url, tmp_path / "warm.db")
    app = create_app(url, token=TOKEN, preload=True)

    def no_new_pipeline(*_: object, **__: object) -> None:
        raise AssertionError("the pipeline was built on the first request, not at start")

    monkeypatch.setattr(pipeline_module, "Pipeline", no_new_pipeline)
    with TestClient(app) as client:
        r = client.post("/api/articles", json={"text": "Polen hat am Montag 2.000 Soldaten nach Litauen verlegt.",
                                               "lang": "de", "published": "2025-07-01"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and r.json()["events"] >= 1


def test_serve_refuses_a_missing_database_when_read_only(cli, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAGEBILD_API_TOKEN", raising=False)
    monkeypatch.delenv("LAGEBILD_API_TOKEN_FILE", raising=False)
    r = cli("serve", "--db", tmp_path / "nope.db")
    assert r.code == 1 and "no such database" in r.err and not (tmp_path / "nope.db").exists()


def test_api_docs_set_the_token_before_using_it() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    import re

    first_use = doc.index("$TOKEN")
    assert re.search(r"(?m)^(export )?TOKEN=", doc[:first_use])


def test_facets_count_what_each_choice_gives_with_the_other_filters(api: TestClient) -> None:
    held = {"type": "MOBILIZE"}
    facets = api.get("/api/facets", params=held).json()
    assert set(facets) == {"event_types", "modalities", "countries", "sources"}
    for code, n in facets["countries"].items():
        assert api.get("/api/events", params={**held, "country": code, "limit": 1}).json()["total"] == n
    for t, n in facets["event_types"].items():  # its own filter is left out
        assert api.get("/api/events", params={"type": t, "limit": 1}).json()["total"] == n
    assert api.get("/api/facets", params={"contry": "x"}).status_code == 422
