"""Runs fuzz cases through the real CLI entry point in this process and classifies each outcome.

clean: exit 0, or exit 1 with exactly one error line that names the input; traceback: an
exception escaped ``main()`` or stderr holds a traceback or several error lines; hang: over the
time limit (the run is interrupted); lost: a failed ingest changed the database, or a successful
one stored fewer articles than the input holds.
"""

from __future__ import annotations

import _thread
import contextlib
import io
import json
import os
import sqlite3
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.serve.cli import main

from .fuzzgen import Case

LIMIT_S = 180.0  # a hang guard in wall time: the largest case ("big-line") needs ~12 CPU s and passed 60 s at load 10


@dataclass
class Outcome:
    case: Case
    command: str
    kind: str  # clean | traceback | hang | lost
    code: int
    seconds: float
    err: str
    why: str = ""


@dataclass
class Tally:
    tried: Counter = field(default_factory=Counter)
    kinds: dict[str, Counter] = field(default_factory=dict)
    bad: list[Outcome] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.tried[o.case.family] += 1
        self.kinds.setdefault(o.case.family, Counter())[o.kind] += 1
        if o.kind != "clean":
            self.bad.append(o)

    def table(self) -> str:
        rows = [f"{'family':<12}{'tried':>7}{'clean':>7}{'traceback':>11}{'hang':>6}{'lost':>6}"]
        for fam in sorted(self.tried):
            k = self.kinds[fam]
            rows.append(f"{fam:<12}{self.tried[fam]:>7}{k['clean']:>7}{k['traceback']:>11}{k['hang']:>6}{k['lost']:>6}")
        total = sum(self.kinds.values(), Counter())
        rows.append(f"{'total':<12}{sum(self.tried.values()):>7}{total['clean']:>7}{total['traceback']:>11}"
                    f"{total['hang']:>6}{total['lost']:>6}")
        return "\n".join(rows)


def run_cli(*args: str, limit: float = LIMIT_S) -> tuple[int, str, str, BaseException | None, bool, float]:
    """(exit code, stdout, stderr, escaped exception, timed out, seconds) of `lagebild ARGS`."""
    out, err = io.StringIO(), io.StringIO()
    fired = threading.Event()

    def interrupt() -> None:
        fired.set()
        _thread.interrupt_main()

    timer = threading.Timer(limit, interrupt)
    code, escaped = 0, None
    argv = sys.argv
    sys.argv = ["lagebild", *args]
    began = time.monotonic()
    timer.start()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except KeyboardInterrupt:
        code = 130
    except BaseException as exc:  # noqa: BLE001 - exactly what the harness looks for
        escaped, code = exc, 1
    finally:
        timer.cancel()
        sys.argv = argv
    return code, out.getvalue(), err.getvalue(), escaped, fired.is_set(), time.monotonic() - began


def _named(err_line: str, path: Path) -> bool:
    from lagebild.ingest.readers import shown

    return shown(path.name) in err_line or shown(path) in err_line


def _errors(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("lagebild: warning: ")]


def classify(case: Case, command: str, result: tuple, before: frozenset = frozenset(), after: frozenset = frozenset(),
             stored: int | None = None) -> Outcome:
    code, out, err, escaped, timed_out, seconds = result
    o = Outcome(case, command, "clean", code, seconds, err[-2000:])
    errors = _errors(err)
    if timed_out:
        o.kind, o.why = "hang", f"no answer within {LIMIT_S:g} s"
    elif escaped is not None or "Traceback" in err:
        o.kind, o.why = "traceback", f"{type(escaped).__name__}: {escaped}" if escaped else "traceback on stderr"
    elif code not in (0, 1):
        o.kind, o.why = "traceback", f"exit status {code}"
    elif code == 1 and (len(errors) != 1 or not errors[0].startswith("lagebild: error: ")
                        or not _named(errors[0], case.path)):
        o.kind, o.why = "traceback", f"not one error line naming the input: {errors[:3]}"
    elif command == "extract" and code == 0:
        try:
            for line in filter(None, out.split("\n")):  # JSON lines end at \n; U+2028 is text
                json.loads(line, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
        except ValueError as exc:
            o.kind, o.why = "lost", f"invalid JSON output: {exc}"
    elif command == "ingest" and code != 0 and not before <= after:
        o.kind, o.why = "lost", "a failed ingest changed what was stored before it"
    elif command == "ingest" and code == 0 and case.expect is not None and (stored or 0) < case.expect:
        o.kind, o.why = "lost", f"stored {stored} of {case.expect} article(s)"
    return o


def _db_state(db: Path) -> frozenset:
    """What is stored: (article id, text hash, number of events) per article."""
    if not db.exists():
        return frozenset()
    con = sqlite3.connect(db)
    try:
        return frozenset(con.execute("SELECT a.id, a.content_hash, (SELECT count(*) FROM events e "
                                     "WHERE e.article_id = a.id) FROM articles a").fetchall())
    finally:
        con.close()


def _articles(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def _copy(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


def run_case(case: Case, base_db: Path, work: Path) -> list[Outcome]:
    """`extract` and then `ingest --workers 1` of one case (into a copy of ``base_db``)."""
    outcomes = [classify(case, "extract", run_cli("extract", str(case.path), "--published", "2024-10-23"))]
    db = work / "fuzz.db"
    _copy(base_db, db)
    before = _db_state(db)
    n0 = _articles(db)
    result = run_cli("ingest", str(case.path), "--db", str(db), "--workers", "1", "--quiet")
    after = _db_state(db)
    outcomes.append(classify(case, "ingest", result, before, after, _articles(db) - n0 if result[0] == 0 else None))
    for f in work.glob("fuzz.db*"):
        f.unlink()
    return outcomes


def fresh_db(work: Path, examples: Path) -> Path:
    """A database that already holds the bundled examples, so 'unchanged' means something."""
    db = work / "base.db"
    code, _, err, escaped, _, _ = run_cli("ingest", str(examples), "--db", str(db), "--workers", "1", "--quiet")
    assert code == 0 and escaped is None, err
    return db


def fuzz(folder: Path, work: Path, examples: Path, seed: int = 12) -> Tally:
    from .fuzzgen import Generator

    os.environ.setdefault("LAGEBILD_ARTICLE_SECONDS", "30")
    base = fresh_db(work, examples)
    tally = Tally()
    for case in Generator(folder, seed).all():
        for o in run_case(case, base, work):
            tally.add(o)
    return tally
