"""Round 30 (detype30): German words whose event type depends on their place or context. The lemmatiser reads the
verb "einigen" as the determiner "einige", so "konnten sich einigen" gave no AGREE; the verb is told by its place
(before "sich", a modal or the clause end), the determiner stands before its noun or adjective. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture applies by name)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    ("Die Türkei konnte sich mit Schweden einigen, sagte der Außenminister.", ("AGREE", "TUR", "SWE")),
    ("Frankreich und Deutschland wollen sich bis Freitag über die Quote einigen.", ("AGREE", "FRA", "DEU")),
    ("Frankreich und Deutschland einigen sich auf einen Kompromiss.", ("AGREE", "FRA", "DEU")),
])
def test_the_verb_einigen_agrees(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(text), _events(text)


@pytest.mark.parametrize("text", [
    "Die russische Polizei nahm in einigen Städten Demonstranten fest.",
    "Die Türkei hat mit einigen anderen Staaten verhandelt.",
])
def test_the_determiner_einigen_is_no_agreement(text: str) -> None:
    assert all(r[0] != "AGREE" for r in _events(text)), _events(text)
