"""The context words of several trigger rules together, so that a clause with none of them is ruled out for all
the rules in one scan (a verb such as "open" has fifty rules that each need a context word)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

from .rules import Rule


@dataclass(frozen=True)
class ContextUnion:
    """Every ``with_any`` word and ending of a list of rules, built once in setup per verb (ExtractorSetup)."""

    words: frozenset[str]
    suffixes: tuple[str, ...]
    rule_ids: frozenset[int]  # the rules it covers: a union of more words than a rule list's own is still a sound test

    @classmethod
    def of(cls, rules: list[Rule]) -> ContextUnion:
        return cls(frozenset(w for r in rules for w in r.with_any),
                   tuple(dict.fromkeys(s for r in rules for s in r.with_any_tuple)),
                   frozenset(map(id, rules)))

    def covers(self, rules: list[Rule]) -> bool:
        """Each of ``rules`` is one of this union's: its words include all of theirs."""
        return self.rule_ids.issuperset(map(id, rules))  # one C loop, not a generator step per rule

    def fits(self, pool: set[str]) -> bool:
        """Some word of ``pool`` is, or ends with, a context word of the rules: else none of them fits."""
        return ends_in(pool, self.words, self.suffixes)


def ends_in(pool: set[str], words: frozenset[str] | set[str], suffixes: tuple[str, ...]) -> bool:
    """Some word of ``pool`` is one of ``words`` or ends with one of ``suffixes``: asked per trigger word and rule,
    so both tests run in C (no set built, no generator step per word)."""
    return not words.isdisjoint(pool) or any(map(str.endswith, pool, repeat(suffixes)))


NO_RULES = ContextUnion(frozenset(), (), frozenset())  # a word with no candidate rules: nothing to scan for
