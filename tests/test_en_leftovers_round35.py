"""Round 35 (fuen35): English leftovers. Ordering another country's troops to leave expels them (SANCTION expel, as
ordering an envoy out does); ordering one's own troops anywhere commands them and is no event of this rule.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, target", [
    ("Mali's junta ordered French troops to leave the country.", "FRA"),
    ("Russia ordered Ukrainian soldiers to leave Kursk.", "UKR"),
])
def test_ordering_foreign_troops_out_expels_them(text: str, target: str) -> None:
    rows = event_rows(text, "en")
    assert ("SANCTION", rows[0][1], target) in rows and rows[0][1] != target


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Putin ordered Russian troops to withdraw from the border.",
    "Mali's junta ordered Malian soldiers to leave the town.",
])
def test_ordering_ones_own_troops_is_no_expulsion(text: str) -> None:
    assert "SANCTION" not in [t for t, _, _ in event_rows(text, "en")]
