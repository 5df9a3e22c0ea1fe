"""A definite noun that repeats the head of an actor phrase told before ("Sunni clerics in Fallujah condemned the raid.
The clerics demanded talks"): the same actor. Coreference.resolve reads the kind nouns its heads list ("the militia",
"the troops") by sector; this reads any other noun by its repetition, the way news names a group again."""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention
from .analyser import analysis_of
from .coreference import refers_to, within_reach


def repeated_heads(doc: Doc, mentions: list[Mention], determiners: frozenset[str],
                   kind_noun: frozenset[str] | None = None) -> list[Mention]:
    """New mentions for "the <noun>" (a lower-case plural no mention covers, no kind noun of ``kind_noun``) whose noun
    ends an earlier actor phrase with a country in its paragraph or the one before: "Sunni clerics" (an actor ending
    in it) or "Iraqi clerics" (an origin adjective right before it). The nearest such phrase; ``mentions`` in any order."""
    toks = doc.tokens
    covered = {j for m in mentions for j in range(m.tok_start, m.tok_end)}
    nouns = {toks[i + 1].lower for i in range(len(toks) - 1) if toks[i].lower in determiners
             and _plural_noun(toks[i + 1].text) and (kind_noun is None or toks[i + 1].lower not in kind_noun)}
    # where "the <noun>" may take an antecedent (the loop below): a head found after the last such place names nothing
    told: dict[str, list[int]] = {}
    for i in range(len(toks) - 1):
        if toks[i].lower in determiners and toks[i + 1].lower in nouns and i + 1 not in covered and i not in covered \
                and toks[i].sent == toks[i + 1].sent:
            told.setdefault(toks[i + 1].lower, []).append(i)
    heads: list[tuple[int, str, Mention]] = []  # (where the head noun stands, the noun, the phrase's mention)
    parse = analysis_of(doc)
    if parse is not None:  # the sentences _modified_noun will ask for, parsed in one batch, not one by one
        parse.prefetch([toks[m.tok_start].sent for m in mentions if m.actor is not None and m.actor.country
                        and m.kind in ("actor", "origin") and _asks_parse(doc, m, nouns, covered, told) is not None])
    for m in mentions:
        if m.actor is None or not m.actor.country:
            continue
        if m.kind == "actor" and m.tok_end - m.tok_start > 1:
            heads.append((m.tok_end - 1, toks[m.tok_end - 1].lower, m))
        elif m.kind == "origin" and m.tok_end < len(toks) and m.tok_end not in covered \
                and toks[m.tok_end].sent == toks[m.tok_start].sent:
            heads.append((m.tok_end, toks[m.tok_end].lower, m))
        if m.kind in ("actor", "origin") and (k := _modified_noun(doc, m, nouns, covered, told)) is not None:
            heads.append((k, toks[k].lower, m))  # "American Air Force transport planes": the planes
    if not heads:
        return []
    heads.sort(key=lambda h: h[0])
    out: list[Mention] = []
    for i in sorted(i for places in told.values() for i in places):
        det, noun = toks[i], toks[i + 1]
        ante = next((m for k, w, m in reversed(heads) if k < i and w == noun.lower and within_reach(doc, m, i)), None)
        if ante is None or ante.actor is None:
            continue
        ref, text = ante.actor, doc.text[det.start:noun.end]
        out.append(Mention(i, i + 2, det.start, noun.end, text, "actor", via="coreference",
                           actor=ActorRef(text, ref.name, ref.actor_id, ref.country, ref.sector),
                           refers_to=refers_to(doc, ante)))
    return out


def _modified_noun(doc: Doc, m: Mention, nouns: set[str], covered: set[int], told: dict[str, list[int]]) -> int | None:
    """The plural noun a few words after ``m`` (one of ``nouns``, told again later with "the") whose noun phrase ``m``
    modifies, by the parse ("three American Air Force transport planes": "planes"); None without a parse, and None
    where no "the <noun>" of ``told`` (their determiners' places) within reach follows: such a head names nothing."""
    toks = doc.tokens
    sent = toks[m.tok_start].sent
    k = _asks_parse(doc, m, nouns, covered, told)
    parse = analysis_of(doc) if k is not None else None
    if k is None or parse is None or not parse.need(sent):
        return None
    if not parse.tags.get(k, "").startswith("NNS"):
        return None
    cur = m.tok_end - 1
    for _ in range(4):  # the mention's head up through compounds and modifiers to the noun
        if cur == k:
            return k
        if parse.deps.get(cur) not in ("compound", "amod", "nmod", "nummod") or parse.heads.get(cur, cur) == cur:
            return None
        cur = parse.heads[cur]
    return k if cur == k else None


def _asks_parse(doc: Doc, m: Mention, nouns: set[str], covered: set[int], told: dict[str, list[int]]) -> int | None:
    """The noun after ``m`` whose reading ``_modified_noun`` asks the parse for, None where it asks none: told apart
    so that a document's asks are parsed in one batch (a sentence parsed alone costs ~3x its share of a batch)."""
    toks = doc.tokens
    sent = toks[m.tok_start].sent
    near = [k for k in range(m.tok_end, min(m.tok_end + 3, len(toks)))
            if toks[k].sent == sent and toks[k].lower in nouns and k not in covered]
    if not near or any(not toks[j].text.isalpha() or not toks[j].text.islower() for j in range(m.tok_end, near[0])):
        return None  # only lower-case words between: a parse is asked for (outside the batch) only then
    if not any(i > near[0] and within_reach(doc, m, i) for i in told.get(toks[near[0]].lower, ())):
        return None  # told again nowhere after it within reach: the parse could give it no later description
    return near[0]


def _plural_noun(word: str) -> bool:
    """A lower-case word that may be a plural noun ("clerics", "planes")."""
    return word.isalpha() and word.islower() and word.endswith("s")
