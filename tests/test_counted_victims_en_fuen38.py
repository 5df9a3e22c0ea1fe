"""Round 38 (fuen38): victims counted in a passive ("Dozens of Palestinians were killed in Israeli airstrikes") are
the target, read through the count's "of" (extract/role_places_en.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Dozens of Palestinians were killed in Israeli airstrikes.", ("ASSAULT", "ISR", "PSE")),
    ("Hundreds of Ukrainians were wounded in Russian missile attacks.", ("ASSAULT", "RUS", "UKR")),
    ("Three of the Syrians were killed in Turkish shelling.", ("ASSAULT", "TUR", "SYR")),
    ("Palestinians were killed in Israeli airstrikes.", ("ASSAULT", "ISR", "PSE")),
])
def test_counted_victims_of_a_passive_are_the_target(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
def test_counted_people_of_no_country_still_name_no_side() -> None:
    assert event_rows("Dozens of people were killed in Israeli airstrikes.", "en") == []
