"""Linking on real news: sentences of news-gold, German Wikinews, 10kGNAD and MEANTIME cited by offset
(eval/mentions/real/)."""

from __future__ import annotations

import pytest

from lagebild.knowledge import evaluation

pytestmark = pytest.mark.skipif(not (evaluation.SHARED_DATA / "news-gold").is_dir(),
                                reason="../shared/data/news-gold is not present")


@pytest.fixture(scope="module")
def scores() -> dict[str, evaluation.Score]:
    return evaluation.by_language(evaluation.evaluate(evaluation.REAL_DIR))


def test_real_set_is_large_enough(scores: dict[str, evaluation.Score]) -> None:
    assert set(scores) == {"de", "en"} and all(s.gold >= 300 for s in scores.values())  # issue 14: 300 per language


@pytest.mark.parametrize("lang", ["de", "en"])
def test_real_linking_precision_and_recall(scores: dict[str, evaluation.Score], lang: str) -> None:
    s = scores[lang]
    assert s.precision >= 0.9 and s.recall >= 0.85, "\n".join(s.errors)


def test_cited_spans_must_lie_in_the_sentence(tmp_path) -> None:  # noqa: ANN001
    from lagebild.errors import InputError

    (tmp_path / "a.txt").write_text("Polen liefert Panzer.", encoding="utf-8")
    f = tmp_path / "de.yaml"
    f.write_text("- {source: a.txt, span: [0, 21], mentions: [{span: [0, 30], type: actor, country: POL}]}\n",
                 encoding="utf-8")
    with pytest.raises(InputError, match="outside"):
        evaluation.load_gold(f, tmp_path)
    f.write_text("- {source: a.txt, span: [0, 21], mentions: [{span: [0, 5], type: actor, country: POL}]}\n",
                 encoding="utf-8")
    [item] = evaluation.load_gold(f, tmp_path)
    assert item["mentions"][0]["text"] == "Polen"
    s = evaluation.score([item], "de")
    assert (s.gold, s.found, s.precision) == (1, 1, 1.0)
