"""German: the speaker of a judgement verb set after what was said ("Russland hat versagt, kritisierte der Kanzler")."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Doc, Mention


def inverted_speaker(doc: Doc, start: int, trig: int, actors: list[Mention], determiners: set[str],
                     is_finite: Callable[[int], bool], not_nominative: frozenset[str] = frozenset()) -> Mention | None:
    """After a comma the finite verb opens its own main clause with what was said as its Vorfeld, so its subject follows
    it ("..., kritisierte der österreichische Kanzler", "..., forderte Präsident X"): that actor speaks, not one named in
    the words before the comma. A relative clause (", die kritisierte") has its pronoun before the verb, not a comma; the
    words said hold a finite verb of their own, an apposition ("Der Präsident, ein Verbündeter Deutschlands,") none."""
    toks = doc.tokens
    if trig <= start or toks[trig - 1].text != "," or not any(is_finite(j) for j in range(start, trig - 1)):
        return None
    m = next((m for m in actors if m.preposition is None and m.tok_start > trig), None)
    if m is None or m.tok_start - trig > 3:
        return None
    between = toks[trig + 1:m.tok_start]
    if any(t.lower in not_nominative for t in between) or doc.tokens[m.tok_start].lower in not_nominative:
        return None
    return m if all(t.lower in determiners or t.text[:1].islower() for t in between) else None
