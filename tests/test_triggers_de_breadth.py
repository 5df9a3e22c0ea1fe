"""German trigger breadth (round 10, de10f): act words found frequent in German news outside every hold-out fire as
their one PLOVER type, and the coverage script runs (or skips cleanly without ../shared)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.pipeline import extract_events

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for this test, one per added family
    ("Polen solidarisierte sich mit der Ukraine.", ("SUPPORT", "POL", "UKR")),
    ("Die Würdigung Frankreichs durch den deutschen Kanzler fiel herzlich aus.", ("SUPPORT", "DEU", None)),
    ("Aserbaidschan hat sich mit der Türkei verbündet.", ("COOPERATE", "AZE", "TUR")),
    ("Die Abmachung zwischen Indien und Japan wurde gestern unterzeichnet.", ("AGREE", "IND", "JPN")),
    ("Der Iran verdammte Israel.", ("ACCUSE", "IRN", "ISR")),
    ("Polen hat sich mit der Ukraine solidarisiert.", ("SUPPORT", "POL", "UKR")),
    ("Russische Truppen invadierten die Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ("Die iranischen Sicherheitskräfte setzten die Unterdrückung der Proteste fort.", ("COERCE", "IRN", None)),
    ("Die Europäische Union stockte die Hilfe für Syrien auf.", ("AID", None, "SYR")),
    ("Frankreich griff militärisch in Mali ein.", ("ASSAULT", "FRA", "MLI")),
    # light verbs that carry a nominal event (no event at all on main before them)
    ("Die USA erlegten Russland neue Sanktionen auf.", ("SANCTION", "USA", "RUS")),
    ("Die polnische Regierung erstattete Anzeige gegen den russischen Botschafter.", ("ACCUSE", "POL", "RUS")),
    ("Serbien und der Kosovo besiegelten das Abkommen.", ("AGREE", "SRB", "XKX")),
])
def test_breadth_families(text: str, expected: tuple[str, str | None, str | None]) -> None:
    got = roles(text)
    assert any(g[0] == expected[0] and g[1] == expected[1] and (expected[2] is None or g[2] == expected[2]) for g in got), got


@pytest.mark.parametrize("text", [
    # the other senses left out: oppression without an act of protest to quell is no crackdown told
    "Der Roman schildert die Unterdrückung der Gefühle.",
    "Die Abmachung der Wohnung war schwierig.",
    "Die deutsche Polizei griff ein.",  # intervening without troops or arms is no attack
])
def test_no_event_without_actors_or_cue(text: str) -> None:
    assert roles(text) == []


def test_coverage_script_runs_or_skips() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "german_trigger_coverage.py"), "--top", "50",
                          "--kind", "verb"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    if not (SHARED / "10kgnad-test").is_dir() and not (SHARED / "german-wikinews-texts").is_dir():
        assert "nothing to count" in out.stdout
        pytest.skip("../shared/data absent")
    head = out.stdout.splitlines()[0]
    assert head.startswith("# verbs: top 50"), head
    rows = [line.split("\t") for line in out.stdout.splitlines()[1:]]
    assert len(rows) == 50 and all(r[2] in ("rule", "cue", "-") for r in rows)
    # a verb every rule set has: "angreifen" would be 'rule'; the table marks known words as known
    assert any(r[2] != "-" for r in rows)


def test_reader_word_list_is_checked() -> None:
    """--words prints one row per distinct word of the list; the families added here are known to a rule."""
    words = ROOT / "scripts" / "german_act_words.txt"
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "german_trigger_coverage.py"), "--words", str(words)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    if "nothing to count" in out.stdout:
        pytest.skip("../shared/data absent")
    rows = {r.split("\t")[3]: r.split("\t")[2] for r in out.stdout.splitlines()}
    listed = {w for line in words.read_text(encoding="utf-8").splitlines() if not line.startswith("#") for w in line.split()}
    assert set(rows) == listed
    assert rows["verdammen"] == "rule" and rows["abmachung"] == "rule" and rows["aufstocken"] != "-"
