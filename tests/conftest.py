"""Shared fixtures: the bundled examples, the third-party seed article (read from ../shared, never
copied), and an in-process CLI runner that goes through the real entry point."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "examples" / "seed-de-2024-10-23.txt"
# the suite tests the rules; the learned filter over them (extract/scorer.py) is tested on its own in
# test_scorer.py with an explicit switch. LAGEBILD_SCORER=on pytest runs everything with it.
os.environ.setdefault("LAGEBILD_SCORER", "off")


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/examples/seed-de-2024-10-23.txt is not present")
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/examples/seed-de-2024-10-23.txt is not present")
    return SEED.read_text(encoding="utf-8")


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run `lagebild ARGS...` in this process through ``main()``; returns exit code and output."""
    from lagebild.serve.cli import main

    monkeypatch.delenv("LAGEBILD_DB", raising=False)

    def run(*args: str) -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["lagebild", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="module")
def de_mentions() -> Any:
    """A pipeline up to the mentions (German doer tests: tests/german_doers.py)."""
    from lagebild.pipeline import Pipeline

    return Pipeline(["segment", "dates", "quantities", "mentions"])


@pytest.fixture(scope="module")
def de_rules() -> Any:
    """The whole pipeline, rules only, whatever LAGEBILD_SCORER says (German doer tests: tests/german_doers.py)."""
    from lagebild.pipeline import Pipeline

    return Pipeline(scorer=False)


@pytest.fixture(scope="session")
def en_pipe() -> Any:
    """The whole English pipeline with its parser (the speed tests ask what the parse is asked), made once: a
    Pipeline keeps no state between documents. Skips where no English parser is installed."""
    from lagebild.extract.analyser import analysis_of
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    pipe = Pipeline()
    if analysis_of(pipe.begin(Article("The police arrested two men.", lang="en"))) is None:
        pytest.skip("no English parser installed")
    return pipe
