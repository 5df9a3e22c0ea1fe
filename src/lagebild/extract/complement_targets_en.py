"""Targets an English verb names beyond its own object: the one its infinitive complement or purpose clause acts on
("threatened to attack South Korea", "agreed to send troops to help defend Saudi Arabia") and the side an act is done
for ("protest in support of Syria"). A mixin of EnglishSyntax (roles_en.py), kept apart because these readings walk
to other predicates than the trigger's own; the word sets are EnglishSyntax's, read from resources/en/lexicon.yaml."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..knowledge.function_words import function_words
from ..model import Doc, Mention
from .analyser import Analysis
from .relatives_en import OBJ, SUBJ

if TYPE_CHECKING:
    from .roles_en import Roles


class EnglishComplementTargets:
    """Mixin of EnglishSyntax: the complement's and the cause's target of a verb trigger."""

    condition_marks: frozenset[str]
    cause_nouns: dict[str, frozenset[str]]
    roles: Callable[..., Roles]

    def complement_target(self, doc: Doc, parse: Analysis, v: int, actors: Sequence[Mention],
                          preps: set[str]) -> Mention | None:
        """The target of a threat, refusal or agreement is the one its infinitive acts on ("threatened to attack South Korea",
        "to impose tariffs on American goods", "to cut gas supplies to Ukraine"), or the one its purpose clause names
        ("agreed to send troops to help defend Saudi Arabia")."""
        for x in (c for c in parse.children.get(v, []) if parse.deps.get(c) == "xcomp" or self._purpose(doc, parse, c)):
            r = self.roles(doc, parse, x, actors, preps)
            if r.target is not None and r.target.actor is not None and (r.target.actor.country or r.target.actor.actor_id):
                return r.target
            # "agreed to send more troops to Somalia": a bare "troops" object of no side yields to the side named after
            actors = [m for m in actors if m is not r.target]
            heads = [x, *(o for o in parse.children.get(x, []) if parse.deps.get(o) in OBJ)]
            nodes = [j for h in heads for p in parse.children.get(h, []) if parse.deps.get(p) == "prep"
                     and doc.tokens[p].lower in preps for j in parse.children.get(p, []) if parse.deps.get(j) == "pobj"]
            nodes += heads[1:]  # "to shell Iraqi towns": the object's nationality
            nodes += [a for j in nodes for a in parse.children.get(j, []) if parse.deps.get(a) in ("amod", "compound")]
            # "on American-made products": the maker's country before the participle
            nodes += [n for a in nodes for n in parse.children.get(a, []) if parse.deps.get(a) == "amod"
                      and parse.deps.get(n) in ("npadvmod", "compound")]
            # "to launch an offensive ... unless Baghdad accepted": the one the condition is put to
            nodes += [sj for h in (v, x) for a in parse.children.get(h, []) if parse.deps.get(a) == "advcl" and any(
                doc.tokens[m].lower in self.condition_marks for m in parse.children.get(a, []) if parse.deps.get(m) == "mark")
                for sj in parse.children.get(a, []) if parse.deps.get(sj) in SUBJ]
            # "on American goods"; a kind of act with no country ("a new military offensive ... unless Baghdad accepted")
            # yields to a side named further on
            found = [m for j in nodes for m in actors if m.tok_start <= j < m.tok_end]
            if found:
                return next((m for m in found if m.actor is not None and m.actor.country), found[0])
            deeper = self.complement_target(doc, parse, x, actors, preps)  # "committed to keep cooperating with Japan"
            if deeper is not None:
                return deeper
        return None

    @staticmethod
    def _purpose(doc: Doc, parse: Analysis, c: int) -> bool:
        """``c`` heads an infinitive of purpose ("sent troops to help defend X"): an adverbial clause with "to"."""
        to = function_words(doc.lang).infinitive_markers
        return parse.deps.get(c) == "advcl" and any(parse.deps.get(a) == "aux" and doc.tokens[a].lower in to
                                                    for a in parse.children.get(c, []))

    def cause_target(self, doc: Doc, parse: Analysis, v: int, actors: Sequence[Mention]) -> Mention | None:
        """The side an act is done for ("protest in support of Syria", "rallied in solidarity with Lebanon":
        ``cause_nouns``); the parse hangs the side on the noun or, as often, on the verb itself."""
        toks = doc.tokens

        def kids(i: int, dep: str) -> list[int]:
            return [c for c in parse.children.get(i, []) if parse.deps.get(c) == dep]
        for n in (n for p in kids(v, "prep") if toks[p].lower == "in" for n in kids(p, "pobj")):
            links = self.cause_nouns.get(toks[n].lemma.lower(), frozenset())
            sides = [o for q in [*kids(n, "prep"), *kids(v, "prep")] if toks[q].lower in links for o in kids(q, "pobj")]
            sides += [c for o in sides for c in parse.children.get(o, []) if parse.deps.get(c) in ("amod", "compound")]
            found = next((m for j in sides for m in actors if m.tok_start <= j < m.tok_end), None)
            if found is not None:
                return found
        return None
