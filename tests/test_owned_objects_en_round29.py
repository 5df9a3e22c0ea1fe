"""Round 29 (enjoint29): a held thing's "of" names its owner, the side an act on it lands on ("froze the assets of
Russian oligarchs": GBR -> RUS, as "froze Russian assets" already read); an act noun's "of" stays another's act."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, rows", [
    ("Britain froze the assets of Russian oligarchs on Wednesday.",   # was GBR -> None
     {("SANCTION", "GBR", "RUS")}),
    ("Britain froze Russian assets on Wednesday.",   # guard: the adjective on the object itself
     {("SANCTION", "GBR", "RUS")}),
])
def test_owner_of_a_held_thing_is_acted_on(text: str, rows: set[tuple[str, str | None, str | None]]) -> None:
    assert set(event_rows(text, "en")) == rows
