"""Where an English parse says a verb after an agreement, threat, refusal or demand is that head's content and
where it is an act of its own: a verb that governs the head ("The Taliban, vowing revenge, attacked") or a joined
clause with its own subject is its own act; a bare verb in a "that" clause is what was asked ("demanded that Ukraine
withdraw")."""

from __future__ import annotations

from ..model import Token
from .analyser import Analysis
from .rules import Trigger


def governs(parse: Analysis, verb: int, head: int) -> bool:
    """The later verb at ``verb`` has the complement head at ``head`` under it in the parse ("The Taliban, vowing
    revenge, attacked": the vow is a side remark of the attack), so it is no content of that head but its own act."""
    if parse.deps.get(verb) == "conj" and parse.heads.get(verb) == head and any(
            parse.deps.get(c) in ("nsubj", "nsubjpass") for c in parse.children.get(verb, [])):
        return True  # "Russia demanded talks, and Ukraine withdrew its troops": a second clause with its own doer
    for _ in range(4):
        nxt = parse.heads.get(head, head)
        if nxt == head:
            return False
        if nxt == verb:
            return parse.tags.get(verb, "").startswith("VB")
        head = nxt
    return False


def joined_verb(words: list[str], head: int, verb: int, coordinators: set[str]) -> bool:
    """The verb follows the head across one coordinator and nothing else ("zur Aufgabe aufgefordert und
    festgenommen", "überreden und verhaften"): two acts of one doer on one object, not the head's content."""
    return verb == head + 2 and words[head + 1] in coordinators


def prepositional_object(parse: Analysis, verb: int, noun: int) -> bool:
    """The noun is the object of a preposition the verb takes ("called for a general strike", "appealed for a
    boycott"): what the call asks for, as a direct object would be."""
    prep = parse.heads.get(noun, noun)
    return parse.deps.get(noun) == "pobj" and parse.deps.get(prep) == "prep" and parse.heads.get(prep) == verb


def outside_infinitive(parse: Analysis, verb: int, marker: int) -> bool:
    """The parse hangs the trigger at ``verb`` outside the infinitive that "to" at ``marker`` opens ("signed an accord
    allowing firms to sell fuel to India, reversing a ban": the reversal is the accord's, no content of the sale)."""
    inf = parse.heads.get(marker, marker)  # only a side clause (advcl): a ccomp there is as often a misparsed content
    if parse.deps.get(marker) != "aux" or inf == marker or parse.deps.get(verb) != "advcl":
        return False
    for _ in range(8):
        if verb == inf:
            return False
        nxt = parse.heads.get(verb, verb)
        if nxt == verb:
            return True
        verb = nxt
    return False


def subjunctive(parse: Analysis, verb: int) -> bool:
    """The verb stands in its bare form with no auxiliary ("demanded that Ukraine withdraw its troops"): what the
    demand or agreement before it asks for, no act told. The tagger calls "that Germany send" VBP: after one
    singular noun a present tense would end in -s, so that is bare too ("that the rebels withdraw" may be a
    present tense and stays)."""
    kids = parse.children.get(verb, [])
    if any(parse.deps.get(c, "").startswith("aux") for c in kids):
        return False
    return parse.tags.get(verb) == "VB" or parse.tags.get(verb) == "VBP" and any(
        parse.deps.get(c) in ("nsubj", "nsubjpass") and parse.tags.get(c) in ("NN", "NNP")
        and not any(parse.deps.get(g) == "conj" for g in parse.children.get(c, [])) for c in kids)



def asked_content(parse: Analysis | None, trigs: list[Trigger], calling: dict[str, frozenset[str]]) -> list[Trigger]:
    """Without the act nouns that a noun of asking before them takes as its prepositional object ("renewed its demand
    for a ceasefire", "an appeal for talks"): the request's content, no event of its own, as after the verb "call for";
    an act the ``calling`` types call for ("calls for a general strike": a protest) stays."""
    asking = {tr.tok: tr.rule.type for tr in trigs if tr.nominal and tr.rule.type in calling}
    if parse is None or not asking:
        return trigs
    return [tr for tr in trigs if not (tr.nominal and any(
        h < tr.tok and tr.rule.type not in calling[t] and prepositional_object(parse, h, tr.tok) for h, t in asking.items()))]


def asking_document(parse: Analysis | None, head: Trigger | None, trigs: list[Trigger], asking: frozenset[str],
                    texts: frozenset[str], toks: list[Token]) -> tuple[list[Trigger], Trigger | None]:
    """A head whose object is a one-sided text (``texts``) that asks ("signed a memorandum calling for tariffs on China",
    "adopted a resolution urging talks"): the signing agrees with no one named in the request; the request is the
    event (``toks``: the document's tokens)."""
    if parse is None or head is None or head.rule.type in asking or not texts:
        return trigs, head
    inner = next((tr for tr in trigs if not tr.nominal and tr.tok > head.tok and tr.rule.type in asking
                  and parse.deps.get(tr.tok) == "acl" and toks[parse.heads.get(tr.tok, tr.tok)].lower in texts
                  and parse.deps.get(parse.heads.get(tr.tok, tr.tok)) in ("dobj", "obj")
                  and parse.heads.get(parse.heads.get(tr.tok, tr.tok)) == head.tok), None)
    return ([tr for tr in trigs if tr is not head], inner) if inner is not None else (trigs, head)
