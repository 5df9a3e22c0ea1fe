"""English coordination and apposition over the spaCy parse: which actors "and" joins to one (each conjunct is a
side or an object acted on) and which two mentions name one party twice (an apposition)."""

from __future__ import annotations

from ..model import Doc, Mention
from .analyser import Analysis
from .event_parts import same_actor


class EnglishCoordination:
    """Mixin of EnglishRoleFinder: split from it so each file holds one idea; reads the finder's ``_by_sent``."""

    _by_sent: dict[int, list[Mention]]

    def _coordinated_with(self, doc: Doc, parse: Analysis, m: Mention) -> Mention | None:
        """The actor or nationality joined to ``m`` by "and" in its own sentence ("Russia and France say they ...",
        "The Israeli and Lebanese governments say they ..."): the partner of a reciprocal act "they" do."""
        return next(iter(self._coordinated(doc, parse, m)), None)

    def _coordinated(self, doc: Doc, parse: Analysis, m: Mention) -> list[Mention]:
        """Every actor or nationality joined to ``m`` by "and" in its sentence, the first conjunct too where ``m`` is
        a later one ("called for Georgian and Russian troops to withdraw", "demanded that Russia and Belarus end")."""
        span = [*range(m.tok_start, m.tok_end)]  # a nationality stands for the noun it qualifies ("two Polish diplomats")
        span += [parse.heads[j] for j in span if m.kind == "origin" and parse.deps.get(j) == "amod" and j in parse.heads]
        heads = {parse.heads.get(j, j) for j in span if parse.deps.get(j) == "conj"} - set(span)
        conj = [c for j in [*span, *heads] for c in parse.children.get(j, []) if parse.deps.get(c) == "conj"] + list(heads)
        sent = doc.tokens[m.tok_start].sent
        found: list[Mention] = []
        for j in conj:  # the conjunct itself, else its nationality ("two Ukrainian sailors and a Turkish captain")
            at = [j, *(a for a in parse.children.get(j, []) if parse.deps.get(a) == "amod")]
            o = next((o for k in at for o in self._by_sent.get(sent, []) if o.tok_start <= k < o.tok_end and o is not m
                      and o.kind in ("actor", "origin") and o.actor is not None and o.actor.country
                      and not same_actor(o, m)), None)
            if o is not None and o not in found:
                found.append(o)
        return found

    @staticmethod
    def _object_head(parse: Analysis, v: int, j: int) -> bool:
        """Token ``j`` is the verb's direct object or a conjunct of it: each coordinated object is acted on."""
        if parse.deps.get(j) == "conj":
            j = parse.heads.get(j, j)
        return parse.deps.get(j) in ("dobj", "obj") and parse.heads.get(j) == v

    @staticmethod
    def _apposed(parse: Analysis, a: Mention, b: Mention) -> bool:
        """``b`` stands in an apposition to ``a`` in the parse, or inside one ("Oshima, the UN relief coordinator,"):
        one party, named twice."""
        def inside_appos(x: Mention, y: Mention) -> bool:
            for j in range(x.tok_start, x.tok_end):
                for _ in range(4):  # "the United Nations relief coordinator": up through the compound to its head
                    if parse.deps.get(j) == "appos" and y.tok_start <= parse.heads.get(j, -1) < y.tok_end:
                        return True
                    if parse.deps.get(j) not in ("compound", "amod", "poss", "appos") or parse.heads.get(j, j) == j:
                        break
                    j = parse.heads[j]
            return False
        return inside_appos(b, a) or inside_appos(a, b)
