"""Trigger nouns formed from the trigger lexicon by German word formation, so that a verb's noun and a noun's plural
need no listing of their own: the next article names the act by the form its reader knows ("Beschimpfung" for
"beschimpfen", "Annexionen" for "Annexion"), not by the one dev wording happened to list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..knowledge.resources import lower_words
from ..language.segment import is_known
from .rules import Rule


@dataclass(frozen=True)
class NounFormation:
    """``derived_nouns`` of de/triggers.yaml: verb ending -> noun ending ("ieren" -> "ierung", "en" -> "ung"), noun
    ending -> plural ending ("ung" -> "ungen"), and the formed nouns whose everyday sense is no act ("Ausbildung",
    "Werbung": never an event, whatever the verb does)."""

    verb_endings: tuple[tuple[str, str], ...] = ()
    plural_endings: tuple[tuple[str, str], ...] = ()
    excluded: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> NounFormation:
        data = data or {}
        return cls(verb_endings=tuple((str(a), str(b)) for a, b in data.get("verb_endings") or []),
                   plural_endings=tuple((str(a), str(b)) for a, b in data.get("plural_endings") or []),
                   excluded=lower_words(data, "excluded"))

    def verb_nouns(self, verb: str) -> list[str]:
        """The nouns every matching ending forms from ``verb`` ("ratifizieren" -> "ratifizierung"; English "punish" ->
        "punishment" and "punishion": the dictionary check of :meth:`nouns` keeps the word that exists)."""
        out: list[str] = []
        for ending, noun in self.verb_endings:
            if verb.endswith(ending) and len(verb) > len(ending) + 2:
                formed = verb[:len(verb) - len(ending)] + noun
                if formed not in out:
                    out.append(formed)
        return out

    def plural(self, noun: str) -> str | None:
        """The plural of a noun with a regular plural ending ("annexion" -> "annexionen", "ceasefire" -> "ceasefires"):
        the first candidate."""
        found = self.plurals(noun)
        return found[0] if found else None

    def plurals(self, noun: str) -> list[str]:
        """Every plural the listed endings form, in their order: a strong plural with and without umlaut ("abbruch" ->
        "abbrüche", "besuch" -> "besuche"); :meth:`nouns` keeps the first the dictionary knows. An empty ending
        (English "" -> "s") keeps the whole noun."""
        return [noun[:len(noun) - len(ending)] + plural for ending, plural in self.plural_endings
                if noun.endswith(ending) and len(noun) > len(ending)]

    def nouns(self, by_verb: dict[str, list[Rule]], by_noun: dict[str, list[Rule]],
              known: Callable[[str], bool]) -> dict[str, list[Rule]]:
        """New noun -> rules: the noun of every verb with a rule that fires on the verb alone (a verb needing a cue
        word, "stellen ... Anklage", names no act by itself, nor does its noun), and the plurals of listed and formed
        nouns. A formed word counts only where the language's dictionary knows it (``known``: no "Angreifung"), the
        listed nouns keep their own rules, and ``excluded`` nouns stay out."""
        out: dict[str, list[Rule]] = {}
        for verb, rules in by_verb.items():
            alone = [r for r in rules if not r.with_any and not r.require_military]
            for noun in self.verb_nouns(verb) if alone else []:
                if noun not in by_noun and noun not in self.excluded and known(noun):
                    out.setdefault(noun, alone)
        for noun, rules in _items(by_noun, out):
            plural = next((p for p in self.plurals(noun) if known(p)), None)  # "abbrüche", not the old dative "abbruche"
            if plural and plural not in by_noun and plural not in out and plural not in self.excluded:
                out[plural] = rules
        return out


def _items(*maps: dict[str, list[Rule]]) -> Iterable[tuple[str, list[Rule]]]:
    """The entries of several maps, copied first (the caller adds to the last)."""
    return [item for m in maps for item in m.items()]


def known_noun(word: str, lang: str) -> bool:
    """The language's dictionary knows ``word`` as a capitalised noun (a formed word must exist: no "Angreifung")."""
    return is_known(word.capitalize(), lang)
