"""The on-disk cache of built language indexes: used when nothing changed, rebuilt when a
resource file changes, off on request, and a cached gazetteer behaves like a fresh one."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.knowledge import cache


def test_cache_hits_and_invalidates_on_resource_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "res"
    (extra / "en").mkdir(parents=True)
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(extra))
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"n": len(built)}

    assert cache.cached("probe", build) == {"n": 1}
    assert cache.cached("probe", build) == {"n": 1} and len(built) == 1  # from disk
    (extra / "en" / "persons.yaml").write_text("- id: x\n  name: X\n", encoding="utf-8")
    assert cache.cached("probe", build) == {"n": 2}  # a resource changed: built again
    assert len(list((tmp_path / "cache").glob("probe-*.pickle"))) == 1  # the stale entry is gone
    monkeypatch.setenv("LAGEBILD_CACHE", "off")
    assert cache.cached("probe", build) == {"n": 3}


def test_cached_gazetteer_matches_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.knowledge.gazetteer import build_gazetteer
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
