"""A threshold per PLOVER type family for the learned event scorer (round 26, scr26): verbal acts (the ontology's
verbal_cooperation and verbal_conflict quads: AGREE, CONSULT, SUPPORT, CONCEDE, REQUEST, ACCUSE, REJECT, THREATEN) and
material ones (the rest). The model has no type weights since round 13 (they memorised which types the rules read
well), and a threshold per type lost cross-set in round 24 (sixteen thresholds fitted to few events each); two
families are one parameter more than a language's threshold, read from the ontology, not from the data.

Chosen by the cross-SET validation (scripts/scorer_crossset.py): each left-out set's probabilities come from a model
fitted without it, each (verbal, material) pair of thresholds is scored on it, and the pair on the best plateau of
the mean F1 gain over left-out sets wins (the left-out news-gold set losing at most NEWS_GOLD_TOLERANCE). A language
takes the pair only where an honest check agrees: the pair (and, apart, the single threshold) chosen on every
left-out set but one and scored on that one, in turn; the families must gain F1 over the single threshold there and
lose no precision. The grid's diagonal is the single threshold, so both are read off one table.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from scorer_crossset import THRESHOLDS, dev2_parts, left_out_probs, left_out_sets, no_candidates  # noqa: F401 - tests
from scorer_data import Record
from scorer_fit import Data, Probs, figures
from scorer_policy import NEWS_GOLD_TOLERANCE, languages

from lagebild.knowledge.ontology import ontology

FAMILIES = ("verbal", "material")
Pair = tuple[float, float]  # (verbal, material) thresholds


def family_of(event_type: str) -> str:
    """'verbal' for a type whose PLOVER quad class is verbal cooperation or conflict, else 'material'."""
    quad = str(ontology()["types"].get(event_type, {}).get("quad", ""))
    return "verbal" if quad.startswith("verbal") else "material"


def typed(lang: str, pair: Pair) -> dict[str, float]:
    """The model file's per-type thresholds ("de:ACCUSE") for a language's (verbal, material) pair."""
    return {f"{lang}:{t}": pair[0] if family_of(t) == "verbal" else pair[1] for t in ontology()["types"]}


def pair_of(thresholds: dict[str, float], lang: str) -> Pair | None:
    """The (verbal, material) pair a thresholds dict sets for a language, None where it sets no per-type threshold."""
    by = {family_of(k.split(":", 1)[1]): v for k, v in thresholds.items() if k.startswith(f"{lang}:") and "=" not in k}
    return (by["verbal"], by["material"]) if set(by) == set(FAMILIES) else None


def _prf(records: list[Record], probs: Probs, thresholds: dict[str, float] | None) -> tuple[float, float, float]:
    """P, R, F1 of one left-out set (None: the rules alone); the GSR's full matching."""
    masks = [a.rules_mask() for a in records] if thresholds is None else probs
    figs = figures(records, masks, thresholds or {})
    return figs[next(g for g in figs if g != "gsr type-only")]


def table(records: list[Record], data: Data, fit: Any, strength: float, weights: dict[str, float],
          sets: dict[str, Callable[[Record], bool]], lang: str,
          pairs: list[Pair] | None = None) -> dict[str, dict[str, Any]]:
    """Per left-out set of one language: the rules' (P, R, F1) and the model's at each (verbal, material) pair (every
    pair of THRESHOLDS unless given), in scorer_crossset.table's layout (so its gains and lines read it)."""
    pairs = pairs if pairs is not None else [(v, m) for v in THRESHOLDS for m in THRESHOLDS]
    out: dict[str, dict[str, Any]] = {}
    for name, member in sets.items():
        held, probs = left_out_probs(records, data, fit, strength, weights, member)
        sub = [records[i] for i in held]
        out[name] = {"rules": _prf(sub, probs, None),
                     "model": {p: _prf(sub, probs, {lang: p[1], **typed(lang, p)}) for p in pairs}}
    return out


def _mean(result: dict[str, Any], names: list[str], p: Pair, j: int = 2) -> float:
    return statistics.mean(result[s]["model"][p][j] - result[s]["rules"][j] for s in names)


def pick(result: dict[str, Any], names: list[str] | None = None, diagonal: bool = False,
         tolerance: float = NEWS_GOLD_TOLERANCE) -> tuple[Pair, float]:
    """The pair on the best plateau (itself and its grid neighbours) of the mean F1 gain over the named left-out sets,
    among pairs where news-gold (if named) loses at most ``tolerance``; ties to the lower pair, which keeps more.
    ``diagonal``: single thresholds only (both families alike). (0, 0) with gain 0 where nothing gains."""
    names = names if names is not None else list(result)
    grid = [t for t in THRESHOLDS if all((t, t) in result[s]["model"] for s in names)]
    n = len(grid)
    cells = [(i, i) for i in range(n)] if diagonal else [(i, k) for i in range(n) for k in range(n)]
    curve = {c: _mean(result, names, (grid[c[0]], grid[c[1]])) for c in cells}

    def smooth(c: tuple[int, int]) -> float:
        near = [d for d in cells if abs(d[0] - c[0]) <= 1 and abs(d[1] - c[1]) <= 1]
        return statistics.mean(curve[d] for d in near)

    def ok(c: tuple[int, int]) -> bool:
        if c == (0, 0) or "news-gold" not in names:
            return True
        ng = result["news-gold"]
        return ng["model"][(grid[c[0]], grid[c[1]])][2] >= ng["rules"][2] - tolerance - 1e-9

    best = max((c for c in cells if ok(c)), key=lambda c: (round(smooth(c), 9), -c[0] - c[1], -c[1]))
    pair = (grid[best[0]], grid[best[1]])
    return (pair, curve[best]) if curve[best] > 1e-9 else ((0.0, 0.0), 0.0)


def honest(result: dict[str, Any]) -> dict[str, Any]:
    """Each left-out set scored at the pair (and, apart, the single threshold) chosen on the other sets: the mean F1
    and P gains of both, and the picks."""
    names = list(result)
    out: dict[str, Any] = {"family": [], "single": [], "family_picks": [], "single_picks": []}
    for s in names:
        rest = [r for r in names if r != s]
        for kind, diagonal in (("family", False), ("single", True)):
            p, _ = pick(result, rest, diagonal)
            out[f"{kind}_picks"].append(p)
            out[kind].append((_mean(result, [s], p), _mean(result, [s], p, 0)))
    for kind in ("family", "single"):
        out[f"{kind}_f1"] = statistics.mean(g for g, _ in out[kind])
        out[f"{kind}_p"] = statistics.mean(p for _, p in out[kind])
    return out


def decide(result: dict[str, Any]) -> tuple[Pair | None, str]:
    """A language's verdict: the pair on the whole table where the honest check says the families gain F1 over one
    threshold and lose no precision, else None (the language keeps its single threshold); and a line that says why."""
    h = honest(result)
    pair, gain = pick(result)
    single, s_gain = pick(result, diagonal=True)
    line = (f"honest F1 gain families {h['family_f1']:+.4f} (P {h['family_p']:+.4f}, picks {h['family_picks']}) vs "
            f"one threshold {h['single_f1']:+.4f} (P {h['single_p']:+.4f}, picks {h['single_picks']}); "
            f"on every set {pair} {gain:+.4f} vs {single[0]} {s_gain:+.4f}")
    if pair[0] == pair[1] or h["family_f1"] <= h["single_f1"] + 1e-9 or h["family_p"] < h["single_p"] - 1e-9 \
            or gain < s_gain - 1e-9:
        return None, line + ": one threshold"
    return pair, line + f": verbal {pair[0]}, material {pair[1]}"


def apply(records: list[Record], data: Data, fit: Any, chosen: dict[str, Any]) -> None:
    """Round 26 (scr26), in place: each language the cross-set choice gave a threshold takes a (verbal, material) pair
    of per-type thresholds where scripts/scorer_type_families.decide finds the pair gains on left-out sets."""
    sets = left_out_sets(dev2_parts())
    for lang in languages(chosen["thresholds"]):
        if chosen["thresholds"].get(lang, 0.0) <= 0 or lang not in sets:
            continue
        result = table(records, data, fit, chosen["C"], chosen["weights"], sets[lang], lang)
        pair, line = decide(result)
        print(f"  {lang}: type families: {line}", flush=True)
        if pair is not None:
            chosen["thresholds"].update({lang: pair[1], **typed(lang, pair)})
