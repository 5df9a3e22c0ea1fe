"""The on-disk cache of built language indexes: used when nothing changed, rebuilt when a
resource file changes, off on request, and a cached gazetteer behaves like a fresh one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lagebild.knowledge import cache


def test_cache_hits_and_invalidates_on_resource_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "res"
    (extra / "en").mkdir(parents=True)
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(extra))
    counter = tmp_path / "builds"  # a file: the build may run in a forked child (cache._build_apart)

    def build() -> dict[str, int]:
        with counter.open("a") as fh:
            fh.write("1")
        return {"n": len(counter.read_text())}

    assert cache.cached("probe", build) == {"n": 1}
    assert cache.cached("probe", build) == {"n": 1} and len(counter.read_text()) == 1  # from disk
    (extra / "en" / "persons.yaml").write_text("- id: x\n  name: X\n", encoding="utf-8")
    assert cache.cached("probe", build) == {"n": 2}  # a resource changed: built again
    # the other key's entry stays while recently used (another installation may share the folder) ...
    entries = sorted((tmp_path / "cache").glob("probe-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
    assert len(entries) == 2
    old = entries[0].stat().st_mtime - cache.STALE_SECONDS - 60
    os.utime(entries[0], (old, old))
    (extra / "en" / "persons.yaml").write_text("- id: y\n  name: Y\n", encoding="utf-8")
    assert cache.cached("probe", build) == {"n": 3}
    assert not entries[0].exists()  # ... and is removed once unused for STALE_SECONDS
    monkeypatch.setenv("LAGEBILD_CACHE", "off")
    assert cache.cached("probe", build) == {"n": 4}


def test_cache_keeps_only_the_most_recently_used_entries_of_a_name(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "res"
    (extra / "en").mkdir(parents=True)
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(extra))
    written: list[Path] = []
    for i in range(cache.KEEP + 3):  # every edit of a resource file is a new key
        (extra / "en" / "persons.yaml").write_text(f"- id: x{i}\n  name: X{i}\n", encoding="utf-8")
        before = set((tmp_path / "cache").glob("probe-*.pickle"))
        assert cache.cached("probe", lambda i=i: i) == i
        [new] = set((tmp_path / "cache").glob("probe-*.pickle")) - before
        used = time.time() - 100 + i  # used recently, in the order written
        os.utime(new, (used, used))
        written.append(new)
    assert sorted((tmp_path / "cache").glob("probe-*.pickle")) == sorted(written[-cache.KEEP:])


def test_cached_gazetteer_matches_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.knowledge.gazetteer_build import build_gazetteer
    from lagebild.language.segment import tokenize_words

    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path))

    def tok(s: str) -> list[str]:
        return tokenize_words("en", s)

    fresh = build_gazetteer("en", tok)
    cache.cached("gaz-en", lambda: fresh)
    loaded = cache.cached("gaz-en", lambda: pytest.fail("not read from the cache"))
    loaded.tokenize = tok
    words = "Polish President Andrzej Duda met officials in Kyiv and Washington".split()
    assert [(h.tok_start, h.tok_end, [e.ref for e in h.entries]) for h in loaded.match(words)] == \
        [(h.tok_start, h.tok_end, [e.ref for e in h.entries]) for h in fresh.match(words)]
    assert loaded.lookup("Kyiv") == fresh.lookup("Kyiv")


@pytest.fixture(scope="module")
def lemma_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the lemma tests: building the tables takes seconds, once is enough."""
    return tmp_path_factory.mktemp("lemma-cache")


WORDS = ["Häuser", "griff", "Regierungen", "Verhandlungen", "Soldaten", "abgeschossen", "Kiews",
         "Staatsanwaltschaft", "Xqzv", "houses", "attacked", "went", "negotiations", "better"]


@pytest.mark.parametrize("bytes_per_query", [10, 10**7])  # answered from the SQLite table / after loading the dictionary
def test_cached_lemmas_equal_simplemma(lemma_cache: Path, monkeypatch: pytest.MonkeyPatch, bytes_per_query: int) -> None:
    import simplemma

    monkeypatch.setenv("LAGEBILD_CACHE", str(lemma_cache))
    monkeypatch.setattr(cache, "LEMMA_BYTES_PER_QUERY", bytes_per_query)
    lemmatizer, factory = cache.lemmatizer()
    assert factory is not None
    reference = simplemma.Lemmatizer()
    for lang in ("de", "en"):
        for word in WORDS:
            assert lemmatizer.lemmatize(word, lang=lang) == reference.lemmatize(word, lang=lang), (word, lang)
    assert list(lemma_cache.glob("lemmas-de-*.sqlite"))
    table = factory.get_dictionary("de")
    assert (table.whole is None) == (bytes_per_query < 1000)  # a few words never load the whole dictionary
    with pytest.raises(ValueError):
        factory.get_dictionary("xx")


def test_is_known_equals_simplemma(lemma_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import simplemma

    from lagebild.language import segment

    monkeypatch.setenv("LAGEBILD_CACHE", str(lemma_cache))
    segment._lemmatizer.cache_clear()
    try:
        for word in ["Polizei", "Tränengas", "Tsvangirai", "MDC", "Regierung", "Milinkewitsch"]:
            assert segment.is_known(word, "de") == simplemma.is_known(word, lang="de"), word
        with pytest.raises(ValueError):
            segment.is_known("Haus", "xx")
    finally:
        segment._lemmatizer.cache_clear()


def test_large_yaml_resource_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large resource file is parsed once and then read pickled; an edit to it is seen at once."""
    import yaml

    from lagebild.knowledge import resources

    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "res"
    (extra / "en").mkdir(parents=True)
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(extra))
    path = extra / "en" / "probe_words.yaml"
    rows = "".join(f"- {{word: w{i}, on: {i % 2 == 0}, since: 2020-01-0{1 + i % 9}}}\n" for i in range(4000))
    path.write_text(rows, encoding="utf-8")
    assert path.stat().st_size >= resources._CACHED_YAML_BYTES
    fresh = yaml.load(path.read_text(encoding="utf-8"), Loader=resources._LOADER)  # noqa: S506
    resources.clear_cache()
    assert resources.load("probe_words", "en") == fresh
    assert len(list((tmp_path / "cache").glob("yaml-*.pickle"))) == 1
    resources.clear_cache()
    with monkeypatch.context() as m:
        m.setattr(resources.yaml, "load", lambda *a, **k: pytest.fail("parsed again"))
        assert resources.load("probe_words", "en") == fresh  # from the pickle
    path.write_text(rows.replace("w0,", "changed,"), encoding="utf-8")
    resources.clear_cache()
    assert resources.load("probe_words", "en")[0]["word"] == "changed"
    resources.clear_cache()


def test_a_built_index_is_returned_as_read_back_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first process gets the unpickled copy, as every later one does (not the structure its builder made);
    with the cache off there is nothing to read back."""
    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    built = {"names": [f"n{i}" for i in range(100)], "set": frozenset({"a", "b"})}
    first = cache.cached("probe-layout", lambda: built)
    assert first == built and first is not built
    assert cache.cached("probe-layout", lambda: pytest.fail("not read from the cache")) == built
    monkeypatch.setenv("LAGEBILD_CACHE", "off")
    assert cache.cached("probe-layout", lambda: built) is built


def test_a_cache_that_cannot_be_written_returns_the_built_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_CACHE", str(blocked / "cache"))
    built = [1, 2, 3]
    assert cache.cached("probe-blocked", lambda: built) is built


def test_the_key_is_the_content_not_the_checkout_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checkouts with the same resource files share their entries (worktrees no longer evict each other)."""
    from lagebild.knowledge import resources

    for where in ("one", "two"):
        (tmp_path / where / "en").mkdir(parents=True)
        (tmp_path / where / "en" / "persons.yaml").write_text("- id: x\n  name: X\n", encoding="utf-8")
    keys = []
    places = []
    for where in ("one", "two"):
        monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path / where))
        keys.append(cache.key("probe"))
        places.append(resources._place(tmp_path / where / "en" / "persons.yaml"))
    assert keys[0] == keys[1] and places[0] == places[1] == "0/en/persons.yaml"
    (tmp_path / "two" / "en" / "persons.yaml").write_text("- id: y\n  name: Y\n", encoding="utf-8")
    assert cache.key("probe") != keys[0]  # the content still decides
    (tmp_path / "two" / "en" / "persons.yaml").rename(tmp_path / "two" / "en" / "groups.yaml")
    assert cache.key("probe") != keys[0]  # and the file's name
    assert resources._place(tmp_path / "elsewhere.yaml") == str(tmp_path / "elsewhere.yaml")


def test_building_the_german_gazetteer_keeps_no_second_lemma_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The noun test of town names reads lagebild's cached dictionary: simplemma.lemmatize() loaded a second copy
    of the German one (1.1M forms) that a process building its gazetteer kept for its whole life."""
    from lagebild.knowledge import gazetteer_build
    from lagebild.knowledge.resources import load
    from lagebild.language import segment

    monkeypatch.setattr(segment.simplemma, "lemmatize", lambda *a, **k: pytest.fail("simplemma's own dictionary"))
    endings = tuple(load("lexicon", "de")["dictionary_noun_endings"])
    assert gazetteer_build._german_noun("Hof", endings)  # "Hofes" leads back to it
    assert not gazetteer_build._german_noun("Hof", ())  # no endings, no noun found
    assert not gazetteer_build._german_noun("Ulm", endings)
    assert not gazetteer_build._german_noun("Bad Ems", endings)


def test_an_index_is_built_in_a_child_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The builder's leftovers (live objects, a scattered heap) slow a process for its whole life: where fork
    is safe the entry is built and written by a child, and this process only unpickles it."""
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    who = tmp_path / "builder"

    def build() -> list[str]:
        who.write_text(str(os.getpid()), encoding="utf-8")
        return ["a", "b"]

    assert cache.cached("probe-child", build) == ["a", "b"]
    assert int(who.read_text(encoding="utf-8")) != os.getpid()
    monkeypatch.setattr(cache.threading, "active_count", lambda: 2)  # another thread: no fork, built here
    assert cache.cached("probe-child-2", build) == ["a", "b"]
    assert int(who.read_text(encoding="utf-8")) == os.getpid()
