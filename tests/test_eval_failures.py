"""An article the extractor fails on (a crash, the shared scorer's 300 s timeout) is reported by the eval tools that
run the shared scorer (eval/unseen_gold.py, eval/news_gold.py), not scored as an article without events. The scorer
itself is read from ../shared (skipped when absent); the extractor is a stand-in that fails where told."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
TEXT = "Frankreich verurteilte am Montag den Angriff Russlands auf Kiew."

# a stand-in for the lagebild CLI: the batch call (a .jsonl input) fails, and so does the article named 'broken'
FAKE = f"""#!{sys.executable}
import sys
path = sys.argv[2]
if path.endswith(".jsonl"):
    sys.exit("batch stand-in refuses")
if "broken" in path:
    raise RuntimeError("the parser gave up on this article")
"""


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _fake(tmp_path: Path) -> str:
    cmd = tmp_path / "fake-lagebild"
    cmd.write_text(FAKE, encoding="utf-8")
    cmd.chmod(0o755)
    return str(cmd)


def _records() -> list[dict[str, Any]]:
    event = {"id": "e1", "types": ["ACCUSE"], "source": ["FRA"], "target": ["RUS"], "start": 0, "end": len(TEXT),
             "symmetric": False, "optional": False, "modality": "asserted"}
    return [{"id": art, "lang": "de", "published": "2024-03-04", "topic": "accusations-denials", "events": [event]}
            for art in ("de-ok-1", "de-broken-2")]


def test_failure_lines_are_read_from_the_scorers_stderr() -> None:
    sf = _module("scorer_failures")
    err = ("batch extract failed (lagebild: error: no such option); scoring article by article\n"
           "de-x-1.txt: extract failed: lagebild extract a.txt exited 1: Traceback (most recent call last):\n"
           '  File "x.py", line 1, in <module>\n'
           "ValueError: odd quote\n"
           "de-x-2.txt: extract failed: Command '['lagebild', 'extract']' timed out after 300 seconds\n")
    assert sf.batch_failure(err) == "lagebild: error: no such option"
    assert sf.failures(err) == [("de-x-1", "ValueError: odd quote"),
                                ("de-x-2", "Command '['lagebild', 'extract']' timed out after 300 seconds")]
    assert sf.report(sf.failures(err)[:1]) == "1 article failed: de-x-1: ValueError: odd quote"
    assert sf.failures("") == [] and sf.batch_failure("") is None


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/tools/score_events.py is not present")
def test_unseen_gold_reports_a_failed_article_and_leaves_it_out_of_the_totals(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    ug = _module("unseen_gold")
    monkeypatch.setattr(ug, "load", lambda lang, gold_dir=None, part=None: _records() if lang == "de" else [])
    monkeypatch.setattr(ug, "text_of", lambda rec: TEXT)
    result, missing = ug.score(["de"], "off", _fake(tmp_path))
    assert missing == 0
    assert [r["article"] for r in result["results"]] == ["de-ok-1.txt"]  # the broken one is not scored as empty
    assert [f[:2] for f in result["failed"]] == [["de-broken-2", "de"]]
    assert "the parser gave up" in result["failed"][0][2]
    err = capsys.readouterr().err
    assert "1 article failed: de-broken-2: RuntimeError: the parser gave up on this article" in err
    assert "batch extract failed" in err


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/tools/score_events.py is not present")
def test_news_gold_says_a_failed_article_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ng = _module("news_gold")
    gold = tmp_path / "de"
    gold.mkdir()
    for rec in _records():
        (gold / f"{rec['id']}.txt").write_text(TEXT, encoding="utf-8")
        doc = {"article": f"{rec['id']}.txt", "lang": "de", "published": rec["published"], "topic": rec["topic"],
               "events": [dict(rec["events"][0], evidence=TEXT)]}
        (gold / f"{rec['id']}.json").write_text(json.dumps(doc), encoding="utf-8")
    for as_json in (False, True):
        proc = subprocess.run([sys.executable, str(SCORER), "--cmd", _fake(tmp_path), "--gold", str(gold),
                               *(["--json"] if as_json else [])], capture_output=True, text=True)
        assert ng.said(proc, as_json) == 1
        out, err = capsys.readouterr()
        assert "1 article failed: de-broken-2: RuntimeError: the parser gave up on this article" in err
        if as_json:
            assert json.loads(out)["failed"][0][0] == "de-broken-2"
        else:
            assert out.rstrip().splitlines()[-1].startswith("1 article failed: de-broken-2")
