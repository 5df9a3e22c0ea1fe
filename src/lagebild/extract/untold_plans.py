"""A plan with no other side: an act told only as intended, promised or not done ("will take extra security measures",
"the promised withdrawal", "no officers will be sent") whose target no words name and no fallback found (after
home_targets.py) says neither who did anything nor to whom, so it is no event of the picture. Per language (lexicon
``untold_plan_modalities``): English drops them; empty keeps every one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Event


@dataclass(frozen=True)
class UntoldPlans:
    """The modalities whose events are dropped when they still have no target."""

    modalities: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> UntoldPlans:
        return cls(frozenset(str(m) for m in lex.get("untold_plan_modalities") or []))

    def drop(self, events: list[Event]) -> list[Event]:
        """``events`` less those of the listed modalities with no target; a pledge ("Chile is committed to opening
        its markets", trigger_context.py ``committed``) is whole with its doer alone, and a denied act ("Peru denied
        that its soldiers had fired") is a claim the picture keeps with its denier: both stay."""
        if not self.modalities:
            return events
        return [e for e in events if e.target is not None or e.modality not in self.modalities
                or bool(e.trace.get("committed")) or bool(e.denied_by)]
