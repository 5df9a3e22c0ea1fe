"""Two of the learned event scorer trainer's option readings (scripts/train_event_scorer.py), moved out in round 26
(stab26b) to keep the trainer under 400 lines: which dev2 parts are left out, and whether the model is on by default."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from unseen_gold import CARRY_PARTS  # noqa: E402  (dev2's parts read by totals only)


def excluded_parts(given: str) -> str:
    """The dev2 parts to leave out, resolved: 'carry' names every carry part, so the one model both ships and can be
    scored on text it never saw; 'none' leaves nothing out."""
    if given.strip() == "carry":
        return ",".join(sorted(CARRY_PARTS))
    if given.strip() == "none":
        return ""
    return ",".join(p.strip() for p in given.split(",") if p.strip())


def _default_on(choice: bool | None, path: Path) -> bool:
    """The switch as given, else as the model file being replaced had it (off for a first model)."""
    if choice is not None:
        return choice
    return path.is_file() and bool(json.loads(path.read_text(encoding="utf-8")).get("default_on"))
