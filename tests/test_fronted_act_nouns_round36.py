"""Round 36 (fude36): a support-verb act noun reads the same in both German orders. V2 puts the subject after the
finite verb when the noun (or its whole phrase) is fronted, so a genitive inside the noun's side ("an dem Vorgehen
der Türkei") is the side, never the doer; a genitive right after the noun ("Kritik der Grünen") stays its doer.
Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Kritik übte die SPD an dem Vorgehen der Türkei.", ("ACCUSE", "spd", "TUR")),  # was no event
    ("Kritik an dem Vorgehen der Türkei übte die SPD.", ("ACCUSE", "spd", "TUR")),  # was TUR -> DEU
    ("Die SPD übte Kritik an dem Vorgehen der Türkei.", ("ACCUSE", "spd", "TUR")),  # subject first, as before
    ("Kritik am Vorgehen der Türkei übte die SPD.", ("ACCUSE", "spd", "TUR")),
    ("Kritik übte die SPD am Vorgehen der Türkei.", ("ACCUSE", "spd", "TUR")),
    ("Druck auf die Türkei übte die SPD aus.", ("REQUEST", "spd", "TUR")),  # was spd -> DEU
    ("Druck übte die SPD auf die Türkei aus.", ("REQUEST", "spd", "TUR")),
    ("Die SPD übte Druck auf die Türkei aus.", ("REQUEST", "spd", "TUR")),
    ("Druck auf die Regierung der Türkei übte die SPD aus.", ("REQUEST", "spd", "TUR")),
    ("Forderungen an die Türkei stellte die SPD.", ("REQUEST", "spd", "TUR")),
    ("Vorwürfe gegen die Türkei erhob die SPD.", ("ACCUSE", "spd", "TUR")),
])
def test_fronted_act_noun_reads_in_both_orders(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "de", source_id=True)
    assert row in rows
    assert not any(r[1] and r[1].startswith("TUR") for r in rows)  # the side never becomes the doer


def test_genitive_right_after_the_fronted_noun_is_its_doer() -> None:
    rows = event_rows("Kritik der Grünen an der Türkei übte auch die SPD.", "de", source_id=True)
    assert ("ACCUSE", "gruene", "TUR") in rows
    assert not any(r[1] and r[1].startswith("TUR") for r in rows)


def test_fronted_phrase_with_its_doer_after_von_keeps_the_genitive_as_side() -> None:
    rows = event_rows("Kritik an dem Vorgehen der Türkei kam von der SPD.", "de", source_id=True)  # no light verb
    assert ("ACCUSE", "spd", "TUR") in rows
    assert not any(r[1] and r[1].startswith("TUR") for r in rows)
