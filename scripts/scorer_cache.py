"""The learned event scorer's training records between runs of scripts/train_event_scorer.py: read once per set of
reading flags and kept with every feature (``cached``), then cut to a run's feature families (``filtered``), so option
variants refit without reading every document again (round 14)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import scorer_data
from scorer_data import Record, _filter, collect


def filtered(records: list[Record], prefixes: tuple[str, ...] | None) -> list[Record]:
    """Copies of the records keeping only the features whose names start with one of the prefixes (None: all; labels,
    gold and the per-document score cache are shared: they do not depend on the features)."""
    if prefixes is None:
        return records
    out = []
    for a in records:
        b = Record(a.source, a.id, a.lang, a.events, a.labels, _filter(a.features, prefixes), a.gold)
        b._cache = a._cache
        b.topic, b.paths = a.topic, a.paths
        out.append(b)
    return out


def cached(cache: Path | None, prefixes: tuple[str, ...] | None, sources: tuple[str, ...]) -> list[Record]:
    """The training records, read once per set of reading flags (sources, --topic, --exclude-dev2): ``cache`` keeps
    them with every feature, so option variants of one run refit without reading every document again."""
    from lagebild.extract.topic import OFFERED_PATHS

    key = {"sources": list(sources), "topic": scorer_data.TOPIC, "exclude": list(scorer_data.EXCLUDE_DEV2),
           "paths": sorted(OFFERED_PATHS)}
    if cache is not None and cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        if stored.get("key") == key:
            for a in stored["records"]:
                a.__post_init__()  # what is derived from the features, as this trainer derives it
            return filtered(stored["records"], prefixes)
        print(f"{cache}: read with other flags ({stored.get('key')}): reading again", file=sys.stderr)
    if cache is None:
        return collect(prefixes, sources)
    records = collect(None, sources)
    cache.write_bytes(pickle.dumps({"key": key, "records": records}))
    return filtered(records, prefixes)
