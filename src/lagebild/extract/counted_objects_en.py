"""The victims a count stands for as the object of a verb whose subject is an English act noun ("Israeli airstrikes
killed dozens of Palestinians"): the noun's target, read through the count's "of" as the bare object ("killed
Palestinians") already is by the clause rules, which take no actor behind "of" (enroles39). fuen38 reads the same
count in the passive ("Dozens of Palestinians were killed in Israeli airstrikes", role_places_en)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..model import Doc, Mention
from .analyser import Analysis
from .event_parts import same_actor
from .relatives_en import OBJ, SUBJ


def counted_object(doc: Doc, parse: Analysis, n: int, mentions: Sequence[Mention], counts: Collection[str],
                   of: Collection[str], source: Mention | None) -> Mention | None:
    """The actor of a country behind the count's "of" in the direct object of the verb whose subject is the noun at
    ``n``; None where the noun is no verb's subject, the object is no count (``counts``: "dozens", "hundreds") or the
    one counted is the doer's own side."""
    toks, kids, deps = doc.tokens, parse.children, parse.deps
    v = parse.heads.get(n, n)
    if deps.get(n) not in SUBJ or v == n:
        return None
    counted = [o for c in kids.get(v, []) if deps.get(c) in OBJ and (toks[c].lower in counts or toks[c].lemma in counts)
               for o in after_of(doc, parse, c, of)]
    return next((m for o in counted for m in mentions if m.tok_start <= o < m.tok_end and m.kind == "actor"
                 and m.actor is not None and m.actor.country and (source is None or not same_actor(m, source))), None)


def after_of(doc: Doc, parse: Analysis, h: int, of: Collection[str]) -> list[int]:
    """The nouns after the "of" of ``h`` ("dozens of Palestinians": Palestinians): who a count stands for, for the
    active object here and the passive subject (role_places_en) alike."""
    kids, deps = parse.children, parse.deps
    return [o for p in kids.get(h, []) if deps.get(p) == "prep" and doc.tokens[p].lower in of
            for o in kids.get(p, []) if deps.get(o) == "pobj"]
