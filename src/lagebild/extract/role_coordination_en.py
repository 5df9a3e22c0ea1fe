"""English coordination and apposition over the spaCy parse: which actors "and" joins to one (each conjunct is a
side or an object acted on) and which two mentions name one party twice (an apposition)."""

from __future__ import annotations

from dataclasses import replace

from ..model import ActorRef, Doc, Event, Mention
from .analyser import Analysis
from .event_parts import country_name, same_actor


class EnglishCoordination:
    """Mixin of EnglishRoleFinder: split from it so each file holds one idea; reads the finder's ``_by_sent``."""

    _by_sent: dict[int, list[Mention]]
    _last_source: Mention | None

    def _head_doers(self, doc: Doc, ev: Event, tok: int) -> list[Event]:
        """The same act for each further country of a doer's coordinated modifiers on one head noun ("Syrian and
        Russian jets bombed"), which shares the noun's sector; a joint act ("held joint drills") aims each at the other."""
        m, src = self._last_source, ev.source
        parse = self._sentence_parse(doc, doc.tokens[tok].sent)  # type: ignore[attr-defined]
        if parse is None or m is None or src is None or m.actor is None or m.actor.country != src.country \
                or not src.country or doc.tokens[m.tok_start].sent != doc.tokens[tok].sent:
            return []
        refs = [ActorRef(o.text, country_name(c), f"{c}-{src.sector}" if src.sector else c, c, src.sector)
                for o in self._head_partners(doc, parse, m) if (c := o.actor.country)  # type: ignore[union-attr]
                and (ev.target is None or c != ev.target.country)]  # already the other side: "say they will observe"
        joint = ev.target is None and self._joint_act(doc, parse, tok)
        out = [replace(ev, source=r, target=src if joint else ev.target, quantities=list(ev.quantities),
                       attribution=list(ev.attribution), denied_by=list(ev.denied_by)) for r in refs]
        if joint and refs:
            ev.target = refs[0]  # "Russian and Chinese warships held joint exercises": each the other's partner
        return out

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

    def _head_partners(self, doc: Doc, parse: Analysis, m: Mention) -> list[Mention]:
        """The nationalities or countries joined by "and" to the doer's own modifier of one head noun ("Syrian and
        Russian jets", "US and South Korean troops"): the noun is shared, so each names a doer of the same act."""
        for a in range(m.tok_start, m.tok_end):
            first = parse.heads.get(a, a) if parse.deps.get(a) == "conj" else a
            if parse.deps.get(first) not in ("amod", "compound", "nmod"):
                continue
            joined = [first, *(c for c in parse.children.get(first, []) if parse.deps.get(c) == "conj")]
            sent = doc.tokens[m.tok_start].sent
            found = [o for j in joined if not m.tok_start <= j < m.tok_end for o in self._by_sent.get(sent, [])
                     if o.tok_start <= j < o.tok_end and o.kind in ("actor", "origin") and o.actor is not None
                     and o.actor.country and not same_actor(o, m) and o.actor.country != (m.actor.country if m.actor else None)]
            if found:  # "South Korean": the conjunct is the last word of a modifier of its own
                return [o for k, o in enumerate(found) if all(o is not p for p in found[:k])]
        return []

    def _joint_pair(self, doc: Doc, ev: Event | None, ev2: Event | None, tok: int) -> None:
        """Two coordinated doers of a joint act ("Russia and China held joint exercises"), neither aimed at anyone
        named, are each other's partner: the act is done with the other."""
        parse = self._sentence_parse(doc, doc.tokens[tok].sent)  # type: ignore[attr-defined]
        if parse is None or ev is None or ev2 is None or ev.target is not None or ev2.target is not None \
                or ev.source is None or ev2.source is None or not ev.source.country \
                or ev.source.country == ev2.source.country or not self._joint_act(doc, parse, tok):
            return
        ev.target, ev2.target = ev2.source, ev.source

    def _joint_act(self, doc: Doc, parse: Analysis, tok: int) -> bool:
        """The act is told as done together ("held joint drills", "joint exercises"): its doers act on each other."""
        words = self.syntax.joint_modifiers  # type: ignore[attr-defined]
        nouns = [tok, *(c for c in parse.children.get(tok, []) if parse.deps.get(c) in ("dobj", "obj"))]
        return any(doc.tokens[c].lower in words for n in nouns for c in parse.children.get(n, [])
                   if parse.deps.get(c) == "amod")

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
