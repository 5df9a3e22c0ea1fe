"""List items of fused events stay small however big the group: ids, articles and contradictions
are cut at LISTED with their full numbers beside them; the item's own view keeps them all."""

from __future__ import annotations

from lagebild.store.aggregates import LISTED, trimmed


def test_a_list_item_cuts_long_lists_and_says_how_long_they_were() -> None:
    item = {"event_ids": [f"e{i}" for i in range(150)], "articles": ["a"],
            "contradictions": [{"kind": "quantity", "detail": f"{i} vs {i + 1}"} for i in range(LISTED + 7)]}
    listed = trimmed(dict(item))
    assert len(listed["event_ids"]) == LISTED and listed["n_events"] == 150 and listed["n_articles"] == 1
    assert listed["contradictions"] == item["contradictions"][:LISTED] and listed["n_contradictions"] == LISTED + 7
    whole = trimmed(dict(item), None)
    assert whole["contradictions"] == item["contradictions"] and "n_contradictions" not in whole
    few = trimmed({"contradictions": item["contradictions"][:3]})
    assert len(few["contradictions"]) == 3 and "n_contradictions" not in few
