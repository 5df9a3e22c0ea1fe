"""scripts/scorer_stability.py (round 26, stab26): the cross-set objective recomputed from per-article counts, its paired
bootstrap over the left-out sets' articles, and THE STABILITY RULE: the replaced model's setting stays unless another
grid point beats it by more than one spread."""

from __future__ import annotations

import json
import sys
from itertools import product
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import scorer_stability  # noqa: E402

T = (0.0, 0.5, 0.6)  # three thresholds: 0 keeps every event


def _set(rules: tuple[int, int, int, int], at: list[tuple[int, int, int, int]], articles: int = 1) -> object:
    """A left-out set of identical articles, each with these (gold, found, predicted, tp) counts."""
    one = [list(rules)] + [list(c) for c in at]
    return np.array([one] * articles, dtype=float)


def test_f1_matches_the_shared_formula() -> None:
    # gold 10, found 5 (R 0.5), predicted 5, tp 5 (P 1.0): F1 2/3; nothing predicted: 0
    assert scorer_stability.f1(np.array([10.0, 5.0, 5.0, 5.0])) == pytest.approx(2 / 3)
    assert scorer_stability.f1(np.array([10.0, 0.0, 0.0, 0.0])) == 0.0


def test_objective_takes_the_best_plateau_and_zero_where_nothing_gains() -> None:
    # rules P 0.5 R 1.0 (F1 0.667); at 0.5 the model drops every wrong event: P 1.0 R 1.0
    gains = {"de": {"news-gold": _set((4, 4, 8, 4), [(4, 4, 8, 4), (4, 4, 4, 4), (4, 4, 4, 4)])}}
    assert scorer_stability.objective(gains, None, T) == pytest.approx(1.0 - 2 / 3)  # the plateau at 0.6
    loses = {"de": {"hand": _set((4, 4, 4, 4), [(4, 4, 4, 4), (4, 2, 2, 2), (4, 2, 2, 2)])}}
    assert scorer_stability.objective(loses, None, T) == 0.0


def test_news_gold_losing_beyond_the_tolerance_is_never_picked() -> None:
    # news-gold loses half its recall at 0.5; the other set gains a lot there: 0.5 is not eligible
    sets = {"de": {"news-gold": _set((4, 4, 4, 4), [(4, 4, 4, 4), (4, 2, 2, 2), (4, 2, 2, 2)]),
                   "hand": _set((4, 4, 16, 4), [(4, 4, 16, 4), (4, 4, 4, 4), (4, 4, 4, 4)])}}
    assert scorer_stability.objective(sets, None, T) == pytest.approx(0.0)


def test_the_bootstrap_is_paired_and_reproducible() -> None:
    grid = {(1.0, (0.0,)): {"de": {"hand": _set((4, 4, 8, 4), [(4, 4, 8, 4), (4, 4, 4, 4), (4, 4, 4, 4)], articles=5)}},
            (0.1, (0.0,)): {"de": {"hand": _set((4, 4, 8, 4), [(4, 4, 8, 4), (4, 4, 4, 4), (4, 4, 4, 4)], articles=5)}}}
    a = scorer_stability.bootstrap(grid, T, n=20, seed=3)
    assert a == scorer_stability.bootstrap(grid, T, n=20, seed=3)
    assert a[(1.0, (0.0,))] == a[(0.1, (0.0,))]  # the same draws: identical points never differ


def test_the_incumbent_stays_within_one_spread_and_yields_beyond_it() -> None:
    inc, other = (1.0, (0.0, 1.0, 2.0)), (0.1, (1.0, 1.0, 2.0))
    noisy = {inc: [0.09, 0.07, 0.11, 0.08], other: [0.07, 0.10, 0.08, 0.12]}  # paired differences swing by ~0.03
    point, why = scorer_stability.stable_choice({inc: 0.0870, other: 0.0879}, noisy, inc)
    assert point == inc and "incumbent kept" in why
    steady = {inc: [0.09, 0.07, 0.11, 0.08], other: [0.12, 0.10, 0.14, 0.11]}  # always +0.03
    point, why = scorer_stability.stable_choice({inc: 0.0870, other: 0.1170}, steady, inc)
    assert point == other and "best taken" in why


def test_without_an_incumbent_the_most_frequent_winner_is_taken() -> None:
    a, b = (1.0, (0.0,)), (0.1, (0.0,))
    boot = {a: [0.1, 0.1, 0.3], b: [0.2, 0.2, 0.1]}  # b wins two of three draws, a has the higher full objective
    assert scorer_stability.win_counts(boot) == {a: 1, b: 2}
    assert scorer_stability.stable_choice({a: 0.3, b: 0.2}, boot, None)[0] == b


def test_the_incumbent_is_read_from_the_model_file_with_the_seed_weight_left_to_the_grid(tmp_path: Path) -> None:
    grid = {"gsr": (0.0, 0.5, 1.0), "seed": (1.0,), "hand": (1.0, 2.0)}
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"C": 0.1, "source_weights": {"gsr": 1.0, "seed": 10.0, "hand": 2.0}}), encoding="utf-8")
    assert scorer_stability.incumbent_of(path, grid) == (0.1, (1.0, 1.0, 2.0))
    path.write_text(json.dumps({"C": 0.1, "source_weights": {"gsr": 0.25, "seed": 1.0, "hand": 2.0}}), encoding="utf-8")
    assert scorer_stability.incumbent_of(path, grid) is None  # off the grid
    assert scorer_stability.incumbent_of(tmp_path / "absent.json", grid) is None


def test_the_trainer_applies_the_rule_by_default() -> None:
    import train_event_scorer

    assert train_event_scorer.parser().parse_args([]).stable_choice is True
    assert "STABILITY RULE" in (train_event_scorer.__doc__ or "")


def test_each_point_is_scored_at_the_seed_weight_it_would_ship_with(monkeypatch: pytest.MonkeyPatch) -> None:
    # stab26b: the seed check ships C 0.1 with seed weight 10; its objective must be that model's, not seed 1's
    good = _set((4, 4, 8, 4), [(4, 4, 8, 4), (4, 4, 4, 4), (4, 4, 4, 4)])  # gains 1/3 at 0.5
    flat = _set((4, 4, 8, 4), [(4, 4, 8, 4), (4, 4, 8, 4), (4, 4, 8, 4)])  # gains nothing
    seen: list[tuple[float, float]] = []

    def counts(records, data, fit, strength, weights, langs, thresholds):  # type: ignore[no-untyped-def]
        seen.append((strength, weights["seed"]))
        return {"de": {"hand": flat if weights["seed"] > 1 else good}}

    monkeypatch.setattr(scorer_stability, "point_counts", counts)
    monkeypatch.setattr(scorer_stability, "shipped_seed_weight",
                        lambda records, data, fit, c, weights, at: 10.0 if c == 0.1 else 1.0)
    grid = {"gsr": (0.0,), "seed": (1.0,)}
    out, seeds = scorer_stability.shipped_counts([], None, None, [0.1, 1.0], grid, ("de",), T)
    assert seeds == {(0.1, (0.0, 1.0)): 10.0, (1.0, (0.0, 1.0)): 1.0}
    assert (0.1, 10.0) in seen and (1.0, 10.0) not in seen  # only the point the seed check makes heavier is refitted
    full = {p: scorer_stability.objective(g, None, T) for p, g in out.items()}
    assert full[(0.1, (0.0, 1.0))] == 0.0 and full[(1.0, (0.0, 1.0))] == pytest.approx(1.0 - 2 / 3)


def test_the_picks_handed_to_the_seed_check_are_zero_where_nothing_gains() -> None:
    gains = {"de": {"hand": _set((4, 4, 8, 4), [(4, 4, 8, 4), (4, 4, 4, 4), (4, 4, 4, 4)])},
             "en": {"hand": _set((4, 4, 4, 4), [(4, 4, 4, 4), (4, 2, 2, 2), (4, 2, 2, 2)])}}
    assert scorer_stability.picks(gains, T) == {"de": 0.6, "en": 0.0}


def test_the_grid_searches_the_strength_alone_at_the_shipped_source_weights() -> None:
    # stab26b: the gsr and hand weights never separated beyond noise; the grid fixes them (6x fewer points)
    import scorer_select

    assert all(len(v) == 1 for v in scorer_select.SOURCE_WEIGHTS.values()) and len(scorer_select.STRENGTHS) > 1
    assert len(list(product(*scorer_select.SOURCE_WEIGHTS_WIDE.values()))) == 6
    shipped = json.loads(scorer_stability.SHIPPED.read_text(encoding="utf-8"))["source_weights"]
    assert {s: v[0] for s, v in scorer_select.SOURCE_WEIGHTS.items() if s != "seed"} == \
        {s: shipped[s] for s in scorer_select.SOURCE_WEIGHTS if s != "seed"}


def test_the_seed_check_never_ships_a_lighter_seed_than_the_choice_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    # stab26b: a point scored at seed weight 100 ships with 100, even where weight 1 would already pass
    import train_event_scorer as t

    from lagebild.evaluate import GoldDoc, GoldEvent

    def ev(target: str) -> dict:
        return {"event_type": "COERCE", "source": {"country": "BLR"}, "target": {"country": target},
                "evidence": {"sentence_index": 0, "start": 0, "end": 1}, "attribution": [], "modality": "factual",
                "hedged": False, "denied_by": [], "quantities": []}

    feats = [{"good": 1.0}, {"bad": 1.0}]
    recs = [t.Record("hand", f"h{n}", "de", [ev("AAA"), ev("BBB")], [True, False], feats, None) for n in range(20)]
    gold = GoldDoc("seed", "de", None, "x", "seed", [GoldEvent("COERCE", "BLR", "AAA"), GoldEvent("COERCE", "BLR", "BBB")], "")
    recs.append(t.Record("seed", "seed", "de", [ev("AAA"), ev("BBB")], [True, True], feats, gold))
    data = t.Data(recs)
    monkeypatch.setattr(t.scorer_select, "SEED_WEIGHTS", (1.0, 100.0))
    every = list(range(len(recs)))
    light = {"C": 1.0, "weights": {"gsr": 0.0, "seed": 1.0, "hand": 1.0}, "thresholds": {"de": 0.0}}
    assert t.finalize(recs, data, every, light)[1]["seed"] == 1.0  # threshold 0 keeps everything: weight 1 passes
    heavy = {**light, "weights": {**light["weights"], "seed": 100.0}}
    assert t.finalize(recs, data, every, heavy)[1]["seed"] == 100.0
