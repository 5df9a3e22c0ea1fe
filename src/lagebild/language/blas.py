"""The parse's matrix products on numpy's BLAS (OpenBLAS or MKL) instead of the BLIS that thinc bundles.

The parse is most of extraction's cost and its tok2vec layers are almost all matrix products: on x86
numpy's OpenBLAS does them in ~40 % of BLIS's CPU time (same tags, heads and labels on every sentence
measured). Each parse runs with one BLAS thread: a worker is one core, and extra BLAS threads on a busy
machine spin and cost more CPU than they save. Where numpy has no such BLAS (or threadpoolctl is
missing) nothing changes: thinc keeps BLIS.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

# numpy builds whose BLAS is faster than BLIS; a reference BLAS ("generic", "flexiblas" over netlib) is not
_FAST = ("openblas", "mkl")


class NumpyBlas:
    """numpy's optimised BLAS, if there is one: ``ops()`` loads a pipeline onto it, ``one_thread()`` runs a
    parse on it with one thread (both are no-ops without one)."""

    def __init__(self) -> None:
        self._blas: Any = None
        try:
            import numpy  # noqa: F401 - the BLAS must be loaded to be found
            from threadpoolctl import ThreadpoolController
        except ImportError:
            return
        blas = ThreadpoolController().select(user_api="blas")
        if blas.lib_controllers and all(c.internal_api in _FAST for c in blas.lib_controllers):
            self._blas = blas

    @property
    def available(self) -> bool:
        return self._blas is not None

    @contextlib.contextmanager
    def ops(self) -> Iterator[None]:
        """Models built in this block multiply with numpy (thinc's NumpyOps without BLIS)."""
        if self._blas is None:
            yield
            return
        from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):
            yield

    @contextlib.contextmanager
    def one_thread(self) -> Iterator[None]:
        """numpy's BLAS limited to one thread in this block (restored after it)."""
        if self._blas is None:
            yield
            return
        with self._blas.limit(limits=1):
            yield
