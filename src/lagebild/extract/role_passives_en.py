"""English passives over the spaCy parse (a mixin of role_finder_en.EnglishRoleFinder): whether a passive is told as an
act of its own, and whether a "by" in the clause names the passive's doer or only who made what its subject names ("the
plan proposed by France was rejected"). Split from role_finder_en.py."""

from __future__ import annotations

from typing import Any

from ..model import Doc, Mention
from .among_en import among_those
from .analyser import analysis_of
from .relatives_en import PASSIVE_SUBJ, other_by_head
from .rules import Trigger


class EnglishPassiveRoles:
    """Mixin of EnglishRoleFinder: reads the finder's ``syntax``, ``by_verb``, ``by_noun`` and its sentence parses."""

    syntax: Any
    by_verb: dict[str, list[Any]]
    by_noun: dict[str, list[Any]]

    def _described_agent(self, doc: Doc, m: Mention, trig: Trigger) -> bool:
        """``m``'s "by" names who made what the passive subject names ("the plan proposed by France was rejected", "the
        attack by Russia was condemned"): not the doer, unless that maker undoes its measure ("sanctions imposed by X
        were lifted") or the thing is an act of the trigger's type ("killed in an attack carried out by X"). German: False."""
        parse = self._sentence_parse(doc, doc.tokens[trig.tok].sent) if self.syntax is not None else None  # type: ignore[attr-defined]
        if parse is None or trig.rule.type in self.syntax.maker_undoes or trig.tok not in parse.deps:
            return False
        g = other_by_head(parse, m.tok_start, m.tok_end)
        verb = g is not None and parse.deps.get(g) in ("acl", "relcl", "amod")
        if g is None or g == trig.tok or not verb and not (parse.heads.get(g) == trig.tok and parse.deps.get(g) in PASSIVE_SUBJ):
            return False  # a noun's own "by" is set aside only on the passive subject ("killed in an attack by X": X kills)
        rules = [*self.by_verb.get(doc.tokens[g].lemma, []), *self.by_noun.get(doc.tokens[parse.heads.get(g, g)].lower, [])] \
            if verb else self.by_noun.get(doc.tokens[g].lower, [])
        return all(r.type != trig.rule.type for r in rules)

    def _told_passive(self, doc: Doc, tok: int) -> bool:
        """An English passive told as a clause of its own ("has been imprisoned", "were detained in Iran"): its
        unnamed doer is the state (rule ``unnamed_source``). A participle that only describes a noun ("four
        Americans detained in Iran", "prisoners who had been convicted") tells what was, not an event; with no
        parse (German) every passive counts."""
        parse = analysis_of(doc) if self.syntax is not None else None
        if parse is None or self._sentence_parse(doc, doc.tokens[tok].sent) is None or tok not in parse.deps:  # type: ignore[attr-defined]
            return self.syntax is None
        if among_those(doc, parse, tok) is not None:
            return True  # "X was among those detained": X's detention is told, not only described
        return parse.deps.get(tok) not in ("relcl", "acl", "amod") and any(
            parse.deps.get(c) == "auxpass" for c in parse.children.get(tok, []))
