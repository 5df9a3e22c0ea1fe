"""The inferred-target flag end to end: a target no words of the text name (the doer's own country, home_targets.py)
carries ``"inferred": true`` from extraction through the store to the REST API, the table and the CSV row; a named
target carries no flag; a schema-10 database opens and gets the column. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from lagebild.extract.home_targets import HomeTargets
from lagebild.model import ActorRef, Article, Denier, Event
from lagebild.pipeline import Pipeline
from lagebild.serve.render import _actor, flatten
from lagebild.store.db import Store
from lagebild.store.plain import SCHEMA_VERSION

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lagebild.serve.api import create_app  # noqa: E402

HOME = Article("Der polnische Bauernverband drohte am Mittwoch mit neuen Blockaden.", id="home", lang="de",
               published=date(2025, 3, 5))
NAMED = Article("Frankreich forderte Russland am Dienstag auf, die Truppen abzuziehen.", id="named", lang="de",
                published=date(2025, 3, 4))


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('inferred') / 'flag.db'}"
    pipeline = Pipeline()
    with Store(url) as store:
        store.add_many([(a, pipeline(a).events) for a in (HOME, NAMED)])
    return url


@pytest.fixture(scope="module")
def api(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url)) as client:
        yield client


def test_only_a_target_without_words_is_marked_inferred() -> None:
    home = HomeTargets(frozenset({"REQUEST"}))
    filled = home.fill([Event("a", "REQUEST", ActorRef("Die Partei", "Partei", "TUR-OPP", "TUR", "OPP"), None, 0, 0, 5)])
    assert filled[0].target is not None and filled[0].target.inferred and filled[0].target.country == "TUR"
    assert filled[0].to_json()["target"]["inferred"] is True
    named = ActorRef("Russland", "Russia", "RUS-GOV", "RUS", "GOV")
    kept = home.fill([Event("a", "REQUEST", named, named, 0, 0, 5)])
    assert kept[0].target is named and "inferred" not in kept[0].to_json()["target"]  # older readers see no new key
    # the event stage's own conclusion (no mention text) is just as much the system's: marked too
    told = HomeTargets().fill([Event("a", "THREATEN", named, ActorRef("", "Poland", "POL", "POL", None), 0, 0, 5)])
    assert told[0].target is not None and told[0].target.inferred


def test_a_denier_keeps_its_positional_fields() -> None:
    """The flag is keyword only: Denier (an ActorRef) is built positionally with its offsets and cue after the sector."""
    d = Denier("Die Polizei", "Polizei", None, "AUT", "POL", 10, 21, "bestreitet")
    assert (d.start, d.end, d.cue, d.inferred) == (10, 21, "bestreitet", False)


def test_the_api_gives_the_flag_and_filters_by_it(api: TestClient) -> None:
    items = api.get("/api/events", params={"limit": 100}).json()["items"]
    home = [e for e in items if e["article"] == "home"]
    named = [e for e in items if e["article"] == "named"]
    assert home and all(e["target"] and e["target"]["inferred"] is True and e["target"]["country"] == "POL" for e in home)
    assert named and all("inferred" not in (e["target"] or {}) for e in named)
    only = api.get("/api/events", params={"inferred": "true"}).json()["items"]
    assert {e["event_id"] for e in only} == {e["event_id"] for e in home}
    rest = api.get("/api/events", params={"inferred": "false"}).json()["items"]
    assert {e["event_id"] for e in rest} == {e["event_id"] for e in items} - {e["event_id"] for e in home}


def test_the_table_and_the_csv_row_say_inferred(api: TestClient) -> None:
    home = [e for e in api.get("/api/events", params={"article": "home"}).json()["items"]]
    assert home and _actor(home[0]["target"]).endswith("(inferred)") and flatten(home[0])["target_inferred"] is True
    named = [e for e in api.get("/api/events", params={"article": "named"}).json()["items"] if e["target"]]
    assert named and "(inferred)" not in _actor(named[0]["target"]) and flatten(named[0])["target_inferred"] is False


def test_a_schema_10_database_opens_and_gets_the_column(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v10.db'}"
    pipeline = Pipeline()
    with Store(url) as store:
        store.add_many([(NAMED, pipeline(NAMED).events)])
        with store.writing() as s:  # as a version-10 file looks: no target_inferred column
            s.execute(text("DROP INDEX IF EXISTS ix_events_target_inferred"))
            s.execute(text("ALTER TABLE events DROP COLUMN target_inferred"))
            s.execute(text("UPDATE lagebild_meta SET value = '10' WHERE key = 'schema'"))
    with Store(url) as reopened:
        with reopened.session() as s:
            assert s.execute(text("SELECT value FROM lagebild_meta WHERE key = 'schema'")).scalar() == SCHEMA_VERSION
            assert s.execute(text("SELECT count(*) FROM events WHERE target_inferred IS 0")).scalar() >= 1
        reopened.add_many([(HOME, pipeline(HOME).events)])
    with TestClient(create_app(url)) as client:
        inferred = client.get("/api/events", params={"inferred": "true"}).json()["items"]
        assert inferred and {e["article"] for e in inferred} == {"home"}
