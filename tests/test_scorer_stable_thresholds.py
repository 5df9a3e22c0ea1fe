"""scripts/scorer_stable_thresholds.py (round 26, stab26b): a language's thresholds stay the replaced model's unless the
new pick beats them on the left-out sets by more than the spread of the paired difference."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import scorer_stable_thresholds as st  # noqa: E402


def _articles(rows: list[list[tuple[int, int, int, int]]]) -> object:
    """A left-out set: per article the (gold, found, predicted, tp) of the rules, the incumbent and the new pick."""
    return np.array(rows, dtype=float)


def test_a_pick_within_the_noise_leaves_the_incumbent() -> None:
    # the new pick drops a wrong event in one article and a right one in another: about even, swinging by resample
    rows = [[(2, 2, 3, 2), (2, 2, 3, 2), (2, 2, 2, 2)], [(2, 2, 2, 2), (2, 2, 2, 2), (2, 1, 1, 1)]] * 4
    rows += [[(2, 2, 2, 2), (2, 2, 2, 2), (2, 2, 2, 2)]] * 4
    take, why = st.decide({"news-gold": _articles(rows)}, n=100)
    assert not take and "incumbent kept" in why


def test_a_pick_better_on_every_article_replaces_the_incumbent() -> None:
    # the incumbent keeps a wrong event in every article, the new pick none: the difference never changes sign
    rows = [[(2, 2, 3, 2), (2, 2, 3, 2), (2, 2, 2, 2)], [(3, 3, 4, 3), (3, 3, 4, 3), (3, 3, 3, 3)]] * 5
    take, why = st.decide({"news-gold": _articles(rows), "hand": _articles(rows)}, n=100)
    assert take and "new taken" in why


def test_mean_gains_average_the_sets_and_a_language_part_is_read() -> None:
    one = _articles([[(4, 4, 8, 4), (4, 4, 4, 4), (4, 4, 8, 4)]])  # the incumbent gains 1/3, the new pick nothing
    assert st.mean_gains({"a": one, "b": one}, None) == pytest.approx([1 - 2 / 3, 0.0])
    both = {"de": 0.3, "de:ACCUSE": 0.15, "en": 0.25}
    assert st.of_lang(both, "de") == {"de": 0.3, "de:ACCUSE": 0.15} and st.of_lang(both, "en") == {"en": 0.25}


def test_without_incumbent_thresholds_the_pick_stands() -> None:
    new = {"de": 0.3}
    assert st.stable([], None, None, 1.0, {}, {}, "de", new, {}) == (new, "no incumbent thresholds")
    assert st.stable([], None, None, 1.0, {}, {}, "de", new, {"de": 0.3})[0] == new


def test_the_trainer_applies_the_threshold_rule_under_stable_choice() -> None:
    import inspect

    import train_event_scorer

    assert "scorer_stable_thresholds.apply" in inspect.getsource(train_event_scorer.main)
