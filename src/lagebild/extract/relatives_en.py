"""Relative clauses on an English noun, from the dependency parse: the clause of which the noun is the object ("the
strike that Israel carried out"), the subjects that sent it there ("the troops that Russia sent"), the participle
whose "by" a name stands in ("the plan proposed by France"); and the
dependency labels of subjects and objects the English role readers share. Split from roles_en_groups.py."""

from __future__ import annotations

from ..model import Doc
from .analyser import Analysis

SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj", "iobj", "attr"}
RELATIVE_TAGS = ("WDT", "WP")  # "that", "which", "who(m)" opening a relative clause


def object_relative(parse: Analysis, n: int) -> int | None:
    """The verb of a relative clause on the noun ``n`` of which the noun is the object or passive subject ("the strike
    that Israel carried out on Syria", "the talks Iran held with Britain", "the raid, which was carried out by X"): the
    noun's act is told there as by a verb over its object; None where the clause has an object of its own, its
    subject is the relative ("the rebels who launched a raid") or a pronoun ("the strike they planned")."""
    for v in parse.children.get(n, []):
        if parse.deps.get(v) != "relcl":
            continue
        kids = parse.children.get(v, [])
        if any(parse.deps.get(c) in SUBJ and parse.tags.get(c) == "PRP" for c in kids):
            continue  # "the strike they have been planning": whom the pronoun names is not read here
        # the parser tags a relative "that" as a preposition or determiner at times: a bare one before the verb
        relative = [c for c in kids if parse.tags.get(c) in RELATIVE_TAGS or (
            c < v and parse.tags.get(c) in ("IN", "DT") and not parse.children.get(c))]
        if any(parse.deps.get(c) in OBJ | PASSIVE_SUBJ for c in relative):
            return v
        if not relative and not any(parse.deps.get(c) in OBJ | PASSIVE_SUBJ for c in kids) \
                and any(parse.deps.get(c) in SUBJ for c in kids):
            return v  # no relative word: "the talks Iran held with Britain"
    return None


def sender_subjects(doc: Doc, parse: Analysis, n: int, verbs: frozenset[str]) -> list[int]:
    """The subjects of a relative clause on the noun ``n`` whose verb (one of ``verbs``) moved it there: "the troops
    that Russia sent", "the soldiers Britain deployed" are the sender's ("the troops that Russia attacked" are not).
    One reading for the mention stage (context.fill_generic) and the role stage (roles_en, a noun with no actor)."""
    v = object_relative(parse, n)
    if v is None or doc.tokens[v].lemma not in verbs:
        return []
    return [c for c in parse.children.get(v, []) if parse.deps.get(c) in SUBJ]


def other_by_head(parse: Analysis, lo: int, hi: int) -> int | None:
    """The word a mention's "by" (over tokens ``lo``..``hi``) hangs on where it is no clause's own agent: a participle
    or relative verb describing a noun ("the plan proposed by France", "civilians wounded by Russian strikes") or a
    noun ("the attack by Russian forces"); None otherwise."""
    j = next((k for k in range(lo, hi) if parse.heads.get(k) not in range(lo, hi)), lo)
    for _ in range(3):  # up from the mention: Russian -> strikes -> by
        if parse.deps.get(j) in ("agent", "prep") or parse.heads.get(j, j) == j:
            break
        j = parse.heads.get(j, j)
    g = parse.heads.get(j, j)
    if parse.deps.get(j) == "agent" and parse.deps.get(g) in ("acl", "relcl", "amod"):
        return g
    return g if parse.deps.get(j) == "prep" and parse.tags.get(g, "").startswith("NN") else None
