"""How the rules found an event, kept on ``Event.trace`` (never in its JSON): the learned scorer's input.

Only plain values (strings, numbers, booleans) are stored, so a copied event (a second coordinated
target) keeps a valid trace and the scorer needs nothing but the Event and its Doc.
"""

from __future__ import annotations

from typing import Any

from ..model import ActorRef, Mention
from .rules import Trigger


def _mention(prefix: str, m: Mention | None, ref: ActorRef | None, trig_tok: int) -> dict[str, Any]:
    """Where a role came from: a mention in the clause (its resolution 'via', preposition, side of the
    trigger) or something else (inherited, unnamed crowd, document or story fallback)."""
    if ref is None:
        return {f"{prefix}_from": "none"}
    if m is None or m.actor is None or m.actor.text != ref.text:
        return {f"{prefix}_from": "derived"}
    return {f"{prefix}_from": "mention", f"{prefix}_via": m.via or "?", f"{prefix}_prep": m.preposition or "-",
            f"{prefix}_before": m.tok_start < trig_tok, f"{prefix}_dist": abs(m.tok_start - trig_tok),
            f"{prefix}_tok": m.tok_start, f"{prefix}_coref": m.refers_to is not None}


def _shape(trig: Trigger) -> str:
    """The trigger's kind: a verb, a noun the lexicon lists, one of its inflected or derived forms, or a compound read by
    its head (German "Raketenangriff"); the scorer learns how often each kind is a real event."""
    if not trig.nominal:
        return "verb"
    if trig.lemma in trig.rule.nouns:
        return "noun"
    # a head three letters shorter or more is a compound's; a closer one an inflected or derived form ("Angriffe")
    compound = any(trig.lemma.endswith(n) and len(trig.lemma) - len(n) >= 3 for n in trig.rule.nouns)
    return "compound" if compound else "form"


def event_trace(trig: Trigger, source_m: Mention | None, target_m: Mention | None, inherited: Mention | None,
                source: ActorRef | None, target: ActorRef | None, n_actors: int, clause_start: int,
                clause_end: int) -> dict[str, Any]:
    """The trace of one event as the extractor built it (see :func:`lagebild.extract.scorer.features`)."""
    rule = trig.rule
    out: dict[str, Any] = {
        "nominal": trig.nominal, "lemma": trig.lemma, "trigger_tok": trig.tok,
        "inherited": source_m is not None and source_m is inherited, "n_actors": n_actors,
        "clause_len": clause_end - clause_start, "clause_pos": trig.tok - clause_start,
        "rule_cue": bool(rule.with_any), "rule_military": rule.require_military, "rule_object": rule.object_target,
        "rule_unnamed": bool(rule.unnamed_source), "rule_require_target": rule.require_target,
        "committed": trig.committed, "trigger_shape": _shape(trig),
    }
    out.update(_mention("source", source_m, source, trig.tok))
    out.update(_mention("target", target_m, target, trig.tok))
    return out
