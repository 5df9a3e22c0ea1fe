"""The gazetteer's entries stored once, compactly, and indexed by its automaton.

A built gazetteer holds ~60k-90k keys and ~95k entries. Pickled as dataclass objects inside both the
automaton's values and a ``dict`` of keys, the cached gazetteer took 0.23-0.34 s to load on every
start. Here the automaton maps each key to an integer (its slot; key length and token count lie in two
arrays), the entries are kept as plain tuples per slot (several times faster to unpickle than objects), and an
``Entry`` is made the first time a slot is read, so one sentence pays only for the names it holds.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import fields

import ahocorasick

from .gazetteer import SEP, Entry, Role

_NAMES = tuple(f.name for f in fields(Entry))
_ROLE_NAMES = tuple(f.name for f in fields(Role))
_ROLE_AT = _NAMES.index("roles")


def _row(e: Entry) -> tuple:
    """An entry as a flat tuple (its roles as tuples too): what the cache stores."""
    row = [getattr(e, name) for name in _NAMES]
    row[_ROLE_AT] = tuple(tuple(getattr(r, name) for name in _ROLE_NAMES) for r in e.roles)
    return tuple(row)


def _entry(row: tuple) -> Entry:
    if row[_ROLE_AT]:
        row = (*row[:_ROLE_AT], tuple(Role(*r) for r in row[_ROLE_AT]), *row[_ROLE_AT + 1:])
    return Entry(*row)


class EntryIndex(Mapping[str, list[Entry]]):
    """Read-only ``key -> entries`` over the automaton (``get`` is the automaton's exact lookup)."""

    def __init__(self, by_key: dict[str, list[Entry]]) -> None:
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.rows: list[tuple[tuple, ...]] = []
        self.sizes = array("I")  # per slot: the key's token count
        self.lengths = array("I")  # per slot: the key's length in characters
        for key, entries in by_key.items():  # STORE_INTS keeps 32-bit values: the slot alone
            self.automaton.add_word(key, len(self.rows))
            self.sizes.append(key.count(SEP) - 1)
            self.lengths.append(len(key))
            self.rows.append(tuple(_row(e) for e in entries))
        self.automaton.make_automaton()
        self._made: dict[int, list[Entry]] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        return {"automaton": self.automaton, "rows": self.rows, "sizes": self.sizes, "lengths": self.lengths}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._made, self._lock = {}, threading.Lock()

    def slot_entries(self, slot: int) -> list[Entry]:
        """The entries of the key in ``slot``, made once (callers must not change the list)."""
        made = self._made.get(slot)
        if made is None:
            with self._lock:
                made = self._made.get(slot)
                if made is None:
                    made = self._made[slot] = [_entry(r) for r in self.rows[slot]]
        return made

    def with_ref(self, ref: str) -> Iterator[Entry]:
        """Every entry pointing to ``ref``, in key order, made only for the slots that hold one."""
        at = _NAMES.index("ref")
        for slot, rows in enumerate(self.rows):
            if any(r[at] == ref for r in rows):
                yield from (e for e in self.slot_entries(slot) if e.ref == ref)

    def iter(self, text: str) -> Iterator[tuple[int, int, int, list[Entry]]]:
        """(end char, token count, key length, entries) of every key found in ``text``."""
        made, sizes, lengths = self._made, self.sizes, self.lengths
        for end, slot in self.automaton.iter(text):  # a match per dictionary word in the text: the memo read inline
            entries = made.get(slot)
            yield end, sizes[slot], lengths[slot], entries if entries is not None else self.slot_entries(slot)

    def get(self, key: str, default=None):  # noqa: ANN001, ANN201 - Mapping's signature
        value = self.automaton.get(key, None)
        return default if value is None else self.slot_entries(value)

    def __getitem__(self, key: str) -> list[Entry]:
        value = self.automaton.get(key, None)
        if value is None:
            raise KeyError(key)
        return self.slot_entries(value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.automaton.exists(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.automaton.keys())

    def __len__(self) -> int:
        return len(self.automaton)


class PlaceIndex(Mapping[str, Entry]):
    """Read-only ``name -> place entry`` with the entries stored as tuples, each made into an
    ``Entry`` when first read: as a dict of ~99k ``Entry`` objects the places took as long to
    unpickle as the whole automaton (0.14 s of every start)."""

    def __init__(self, places: Mapping[str, Entry]) -> None:
        self.rows: dict[str, tuple] = {name: _row(e) for name, e in places.items()}
        self._made: dict[str, Entry] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"rows": self.rows}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._made = {}

    def __getitem__(self, name: str) -> Entry:
        made = self._made.get(name)
        if made is None:
            # a race makes two equal Entry objects and keeps one: no lock needed
            made = self._made.setdefault(name, _entry(self.rows[name]))
        return made

    def __contains__(self, name: object) -> bool:
        return name in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
