"""One repair of the small English parser's dependencies: in "Russia attacked Ukraine and China condemned the strike" it
reads "China" as a second object of "attacked" (conj of "Ukraine") and "condemned" as a verb with no subject of its
own, so Russia both attacks China and condemns. A finite verb with no subject, right after a noun coordinated with
another verb's object, has that noun as its subject: the noun is moved there."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analyser import Analysis

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})  # "China has strongly condemned"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUNS = frozenset({"NNP", "NNPS", "NN", "NNS"})
_OBJECTS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


def repair_conjoined_subjects(a: Analysis, tok_start: int, tok_end: int) -> None:
    """Re-attach the subject of each coordinated finite verb the parser left subjectless (see the module's doc)."""
    for v in range(tok_start, tok_end):
        if not a.tags.get(v, "").startswith("VB") or a.deps.get(v) in ("aux", "auxpass", "xcomp", "amod", "relcl"):
            continue
        kids = a.children.get(v, [])
        if any(a.deps.get(k) in _SUBJ for k in kids) or any(a.tags.get(k) == "TO" for k in kids):
            continue  # its own subject, or an infinitive ("and France to condemn")
        before = [k for k in kids if k < v and a.deps.get(k) in _BEFORE_VERB]
        if a.tags.get(v) not in _FINITE and not any(a.deps.get(k) in ("aux", "auxpass") for k in before):
            continue  # "..., condemning the strike": a participle has no subject of its own
        n = min([v, *before]) - 1
        if n < tok_start or a.deps.get(n) != "conj" or a.tags.get(n) not in _NOUNS:
            continue
        w = _object_of(a, n)
        if w is None or w == v:
            continue
        old = a.heads[n]
        a.children[old] = [c for c in a.children.get(old, []) if c != n]
        a.heads[n], a.deps[n] = v, "nsubj"
        a.children.setdefault(v, []).append(n)


def _object_of(a: Analysis, n: int) -> int | None:
    """The verb ``n`` is coordinated with an object of ("attacked Ukraine and China", "sanctions on Iran and Russia"),
    None where ``n`` is no object's conjunct."""
    i, seen_object = n, False
    for _ in range(8):
        h = a.heads.get(i, i)
        if h == i:
            return None
        if a.deps.get(i) in _OBJECTS:
            seen_object = True
        if a.tags.get(h, "").startswith("VB"):
            return h if seen_object else None
        i = h
    return None
