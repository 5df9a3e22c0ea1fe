"""A parse repair for "help X do Y" (en lexicon ``parse_roles.helper_verbs``). The small English parser reads the helped
one either as the subject of a complement clause ("helped Poland build": Poland nsubj of build, ccomp of helped) or,
with a bare infinitive, as a compound of the verb ("helping Russia attack Ukraine": Russia compound of attack,
compound of Ukraine, Ukraine the object of helping). Either way the helped side is lost (AID went to Ukraine, or had no
object at all) and the infinitive took the helper as its doer ("Iran helps Russia attack Ukraine" was an attack by
Iran). Both are rebuilt as the parse of "helped Ukraine to defend": the helped one is the helper's object and the
infinitive an object-controlled xcomp, so the aid goes to X and X does Y. Not "will help" / "to help" (a base form
with a bare infinitive is an aim, trigger_readings' ``aim_heads``): only a told help is rebuilt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.resources import derived_cache, load
from .parse_repair_en import rehang

if TYPE_CHECKING:
    from ..model import Doc
    from .analyser import Analysis

_NOUNS = frozenset({"NNP", "NNPS", "NN", "NNS"})
_OBJECTS = frozenset({"dobj", "obj"})
_NAME_PARTS = frozenset({"compound", "det", "amod", "poss", "nummod"})  # what stays on the helped one's head
# how the helped one hangs on the misparsed infinitive: as its compound, or as its subject under a gerund help
# ("accused China of helping Russia attack Ukraine": Russia nsubj of "attack", itself a compound of Ukraine)
_HELPED_DEPS = frozenset({"compound", "nsubj"})


@derived_cache
def _helpers() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose object is helped to do the infinitive after it (en lexicon ``parse_roles.helper_verbs``), and
    those whose object is let do it (``permission_verbs``: "refused to allow Ukraine to export grain")."""
    words = (load("lexicon", "en") or {}).get("parse_roles") or {}
    return tuple(frozenset(str(w).lower() for w in words.get(k) or []) for k in ("helper_verbs", "permission_verbs"))  # type: ignore[return-value]


def repair_helped_doers(a: Analysis, doc: Doc, tok_start: int, tok_end: int) -> None:
    """Rebuild "help X (to) do Y" as help -dobj-> X, help -xcomp-> do (see the module's doc)."""
    helpers, permits = _helpers()
    for h in range(tok_start, tok_end):
        lemma = doc.tokens[h].lemma or doc.tokens[h].lower
        if not a.tags.get(h, "").startswith("VB") or lemma not in helpers and lemma not in permits:
            continue
        if lemma in helpers and a.tags.get(h) == "VB":
            continue  # "a force which will help Lebanese troops deploy": a base form tells an aim (``aim_heads``)
        kids = a.children.get(h, [])
        if any(a.deps.get(k) in _OBJECTS and a.tags.get(k) not in _NOUNS for k in kids):
            continue  # "helped them attack": a pronoun object is read right already
        for k in list(kids):
            if k > h:
                _clause_subject(a, h, k) or lemma in helpers and _compound_doer(a, h, k)


def _clause_subject(a: Analysis, h: int, v: int) -> bool:
    """"helped Poland (to) build defences": the base-form complement's own subject between the two is the helped one."""
    if a.deps.get(v) not in ("ccomp", "xcomp") or a.tags.get(v) not in ("VB", "VBP") \
            or any(a.deps.get(c) in _OBJECTS for c in a.children.get(h, [])):
        return False
    kids = a.children.get(v, [])
    if any(a.deps.get(c) == "mark" for c in kids):
        return False  # "helps that ...": a clause of its own
    subj = [c for c in kids if a.deps.get(c) == "nsubj" and h < c < v and a.tags.get(c) in _NOUNS]
    if len(subj) != 1:
        return False
    rehang(a, subj[0], h, "dobj")
    a.deps[v] = "xcomp"
    return True


def _compound_doer(a: Analysis, h: int, k: int) -> bool:
    """"helping Russia attack Ukraine": a base-form verb read as a compound (of the object, or as the xcomp with the
    helped one its compound) holds the helped one as its compound or subject before it."""
    if a.deps.get(k) == "xcomp" and a.tags.get(k) == "VB":
        v, obj = k, None
    elif a.deps.get(k) in _OBJECTS and a.tags.get(k) in _NOUNS:
        v = next((c for c in a.children.get(k, []) if c < k and a.deps.get(c) == "compound" and a.tags.get(c) == "VB"), -1)
        obj = k
        if v < 0:
            return False
    else:
        return False
    before = [c for c in a.children.get(v, []) if h < c < v and a.deps.get(c) in _NAME_PARTS | _HELPED_DEPS]
    heads = [c for c in before if a.deps.get(c) in _HELPED_DEPS and a.tags.get(c) in _NOUNS]
    if not heads:
        return False
    x = heads[-1]
    for c in before:
        if c != x:
            rehang(a, c, x, a.deps.get(c, "compound"))  # "the Malian army": its words stay with it
    rehang(a, x, h, "dobj")
    rehang(a, v, h, "xcomp")
    a.tags[v] = "VB"
    if obj is not None:
        rehang(a, obj, v, "dobj")  # "attack Ukraine": Ukraine is what the helped one attacks
    return True
