"""Round 27 (fren27): English trigger words in another sense, read with what they act on: battling a disease, a fire or
inflation attacks no one, thanking God praises no actor, complaining of pains accuses no one. PETRARCH2's CAMEO verb
patterns leave the same contexts uncoded. Own sentences; the readings that stay events are guarded too."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "en")


@pytest.mark.parametrize("text", [
    "The Nigerian president is battling cancer, his aides said.",
    "Firefighters in Greece battled the blaze for three days.",
    "The Turkish central bank is battling inflation.",
    "The Kenyan president thanked God for the peaceful election.",
    "The former Pakistani president complained of chest pains and was taken to hospital.",
    "The jailed Ukrainian opposition leader complained of back pain, her lawyer said.",
])
def test_a_problem_god_or_a_symptom_is_no_side(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, want", [
    ("Syrian troops battled rebels in Aleppo.", "ASSAULT"),
    ("The Mexican government has been battling drug cartels for years.", "ASSAULT"),
    ("The Afghan president thanked the United States for its support.", "SUPPORT"),
    ("The Chinese government complained to Japan about the visit.", "ACCUSE"),
    ("The Iranian government complained of interference by Britain.", "ACCUSE"),
])
def test_a_side_fought_thanked_or_complained_about_stays_an_event(text: str, want: str) -> None:
    assert want in [t for t, _s, _t in _events(text)]


def test_the_cameo_finder_builds_sentences_from_the_uncoded_patterns() -> None:
    """eval/cameo_nulls.py: the patterns that motivated these readings are read, and no longer fire."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
    import cameo_nulls

    if not cameo_nulls.PATTERNS.is_file():
        pytest.skip("../shared/data absent")
    built = dict((s, v) for v, s in cameo_nulls.sentences())
    for s in ("Iraqi officials battle with cancer.", "Iraqi officials complain abdominal pain."):
        assert s in built
        assert _events(s) == []


@pytest.mark.parametrize("text, want", [
    ("The Palestinians withdrew from the talks with Israel on Tuesday.", ("REJECT", "PSE", "ISR")),
    ("Iran withdrew from the negotiations with the European Union.", ("REJECT", "IRN", None)),
    ("North Korea pulled out of the six-party talks in 2009.", ("REJECT", "PRK", None)),
])
def test_leaving_talks_breaks_them_off(text: str, want: tuple[str, str, str | None]) -> None:
    """news-gold GUIDELINES: REJECT covers "breaking off talks"; no force withdraws."""
    evs = _events(text)
    assert want in evs and not [e for e in evs if e[0] == "RETREAT"]


@pytest.mark.parametrize("text, want", [
    ("Russian troops withdrew from the Georgian town of Gori.", "RETREAT"),
    ("Israel pulled its troops out of Gaza.", "RETREAT"),
    ("The United States withdrew its ambassador from Syria.", "SANCTION"),
])
def test_leaving_ground_or_recalling_an_envoy_stays(text: str, want: str) -> None:
    assert want in [t for t, _s, _t in _events(text)]
