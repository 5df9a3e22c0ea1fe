"""eval/trigger_misses.py sorts a lost event by why no trigger of its type fired, and the dev2 part filter leaves the
carry-check part unread. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))


def test_dev2_parts_are_read_alone() -> None:
    from unseen_gold import SETS, load

    whole = {r["id"] for r in load("de", SETS["dev2"])}
    some = {r["id"] for r in load("de", SETS["dev2"], "a,b")}
    carry = {r["id"] for r in load("de", SETS["dev2"], "f")}
    if not carry:
        pytest.skip("no dev2 part f")
    assert some and some < whole and not some & carry


@pytest.mark.parametrize(("text", "types", "cls"), [
    # the attack is told after "nach dem": a known event, the noun guard drops it
    ("Die Polizei nahm nach dem Anschlag auf das Hotel in Kairo zwei Ägypter fest.", ["ASSAULT"], "prep"),
    # an arrest fired, the gold says the act was another
    ("Die ägyptische Polizei nahm in Kairo zwei Journalisten fest.", ["PROTEST"], "confusion"),
    # nothing in the sentence reads as an event
    ("Der ägyptische Präsident wohnte damals in Kairo.", ["CONSULT"], "no-word"),
])
def test_a_loss_is_sorted_by_its_kind(text: str, types: list[str], cls: str) -> None:
    from trigger_misses import _extractor, classify

    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de"))
    cands = [(e.evidence_sentence, e.event_type, None, None, True) for e in doc.events]
    got, _ = classify(_extractor("de"), doc, {0}, {"types": types}, cands)
    assert got == cls
