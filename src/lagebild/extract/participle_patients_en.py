"""The patient of an English passive participle that describes a noun ("rescued 12 Indian sailors kidnapped by
Nigerian gunmen"): the noun described is who was acted on, so the participle's target is that noun's side (an actor,
else its nationality adjective) or no one; never another actor of the clause such as the main verb's subject."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .analyser import Analysis


def described_noun(parse: Analysis, v: int) -> int | None:
    """The noun a participle at ``v`` describes (dependency ``acl``), or None; None too where that noun is its verb's
    subject: the thing carries the act on to the verb's target ("Rockets fired by Hamas hit southern Israel")."""
    if parse.deps.get(v) != "acl" or parse.heads.get(v, v) == v:
        return None
    n = parse.heads[v]
    return None if parse.deps.get(n) in ("nsubj", "nsubjpass") else n


def participle_patient(parse: Analysis, v: int, mentions: Sequence[Mention]) -> Mention | None:
    """The mention of the described noun or of a nationality adjective on it ("Indian sailors": IND); None where the
    noun names no side ("30 schoolgirls")."""
    n = described_noun(parse, v)
    if n is None:
        return None
    near = [n, *(a for a in parse.children.get(n, []) if parse.deps.get(a) in ("amod", "compound"))]
    return next((m for j in near for m in mentions if m.tok_start <= j < m.tok_end
                 and m.kind in ("actor", "origin") and not m.is_location), None)
