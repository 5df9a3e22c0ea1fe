"""Doer and target of an English noun trigger from its own dependents in the parse ("Russia's invasion of Ukraine",
"the attack on Kenyan troops by Somali militants", "Russian military aid to Syria"). Split from roles_en_groups.py,
whose phrase readings it uses; part of roles_en.EnglishSyntax, built once per extractor and stateless."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..knowledge.function_words import function_words
from ..model import Doc, Mention
from .analyser import Analysis
from .relatives_en import OBJ, PASSIVE_SUBJ, SUBJ, object_relative
from .roles_en_groups import EnglishGroups


class EnglishNounRoles(EnglishGroups):
    """The roles a noun trigger names itself; the word sets (``noun_giver_types`` ...) are EnglishSyntax's."""

    def noun_roles(self, doc: Doc, parse: Analysis, n: int, mentions: Sequence[Mention], object_target: bool,
                   target_preps: set[str], kind: str | None = None) -> tuple[Mention, Mention | None] | None:
        """Doer and target of a noun trigger from its own dependents: a possessor ("Russia's invasion of Ukraine")
        or a "by" phrase ("the attack on Kenyan troops by Somali militants") of a country acts; "of" names the one
        acted on where the type takes an object ("expulsion of diplomats"), else the doer ("the withdrawal of US
        troops"); "on/against/to ..." the target. None where the noun names no doer of its own (the rules and the
        verb's subject then decide). A nationality before the noun is left to the rules ("U.S. release", "the
        Malaysia visit" name no doer on fresh news), except a state's name where the noun names another state it acts
        on ("US sanctions on Russia") and a given noun's ("Russian military aid to Syria"), which
        (``noun_giver_types``) names its giver after "from" too, both only with a recipient named. "by" and the
        target's preposition are also read where the parse hung them on the noun phrase before ("the arrest of X by
        police", "attacks by X on Y")."""
        toks, fw = doc.tokens, function_words(doc.lang)
        of_, by = set(fw.genitive_prepositions), set(fw.agent_prepositions)  # "of", "by"

        def at(i: int) -> Mention | None:
            return next((m for m in mentions if m.tok_start <= i < m.tok_end), None)

        def preps(head: int, words: set[str]) -> list[int]:
            return [o for p in parse.children.get(head, []) if parse.deps.get(p) == "prep" and toks[p].lower in words
                    for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]

        def pp(words: set[str], nested: bool = False) -> Mention | None:
            objs = preps(n, words)
            if nested and not objs:  # "the arrest of the leader by police": "by" hung on "leader" in the parse
                objs = [o for q in preps(n, (of_ | by | set(target_preps)) - words) for o in preps(q, words)]
            return next((m for o in objs
                         for j in [o, *(c for c in parse.children.get(o, []) if parse.deps.get(c) in ("amod", "compound"))]
                         if (m := at(j)) is not None), None)

        kids = parse.children.get(n, [])
        doer = next((m for c in kids if parse.deps.get(c) == "poss" and (m := at(c)) is not None), None) \
            or pp(by, nested=True)
        given = doer is None and kind in self.giver_types and not (parse.deps.get(n) in OBJ and doc.tokens[
            parse.heads.get(n, n)].lemma in self.receiving_verbs)  # "faced criticism from X": acted on (nominal_roles)
        doer = pp(set(self.giver_preps)) if given else doer  # "aid from Japan to Kenya"
        if given and doer is None:  # "Russian military aid to Syria": the giver's nationality before the noun
            doer = next((m for c in kids if parse.deps.get(c) in ("amod", "compound") and (m := at(c)) is not None
                         and m.kind in ("origin", "actor")), None)
        of = pp(of_)
        if doer is None and self._owned_by_pronoun(parse, n) and parse.deps.get(n) in SUBJ | PASSIVE_SUBJ \
                and parse.deps.get(parse.heads.get(n, n)) == "ccomp":
            # "Israeli officials say their blockade of Lebanon will continue": whose is the speaker's; "of" is acted on
            up = self._governing_subject(parse, n)
            doer = next((m for m in doc.mentions if up and m.tok_start <= up[0] < m.tok_end and m.kind in ("actor", "origin")
                         and m.actor is not None and m.actor.country), None)
            if doer is not None and doer.actor is not None and doer.actor.sector not in self.noun_doer_sectors_not:
                target = pp(set(target_preps) - of_ - by) or of
                return doer, (target if target is not doer else None)
        if doer is None and not object_target and of_.isdisjoint(target_preps):
            doer, of = of, None  # "the withdrawal of US troops"; not "the blockade of Japan", whose rule aims "of" at it
        if doer is None and not given and (named := self._named_before(parse, n, at)) is not None:
            # "US sanctions on Russia", "the China attack on Taiwan": a state's name before the act noun is its doer
            # where the noun names another state it acts on ("Russia sanctions", "the Malaysia visit" stay unread)
            aim = pp(set(target_preps) - of_ - by)
            if aim is not None and aim.actor is not None and aim.actor.country not in (None, "", named.actor.country):
                return named, aim
        if doer is None or doer.actor is None or not doer.actor.country or doer.actor.sector in self.noun_doer_sectors_not:
            return None  # "Boeing's protest of the award": a firm's business, no political act
        target = pp(set(target_preps) - of_ - by, nested=True) or (of if object_target else None)
        if target is None and object_target and any(self._owned_by_pronoun(parse, o) for o in preps(n, of_)):
            # "condemned the expulsion of its diplomats by Poland": whose diplomats is the subject's up the clause
            up = self._governing_subject(parse, n)
            target = next((m for m in doc.mentions if up and m.tok_start <= up[0] < m.tok_end and m.kind == "actor"
                           and m.actor is not None and m.actor.country and m.actor.country != doer.actor.country), None)
        if given and target in (None, doer):
            return None  # "contributions from the United States": to whom the sentence leaves to the context
        return doer, (target if target is not doer else None)

    @staticmethod
    def _named_before(parse: Analysis, n: int, at: Callable[[int], Mention | None]) -> Mention | None:
        """A state named by a compound before noun ``n`` ("US" in "US sanctions"); None for a nationality adjective,
        which the rules read already ("Russian attacks"), and for a group or a person."""
        return next((m for c in parse.children.get(n, []) if parse.deps.get(c) == "compound" and c < n
                     and (m := at(c)) is not None and m.kind == "actor" and m.actor is not None and m.actor.country
                     and m.actor.sector in (None, "", "GOV", "MIL")), None)

    def relative_doer(self, doc: Doc, parse: Analysis, n: int, mentions: Sequence[Mention]) -> bool:
        """The noun's doer is named in its object relative clause ("condemned the strike that Israel carried out on
        Damascus"): an actor of a country as that clause's subject or agent, so the noun is an act of its own."""
        v = object_relative(parse, n)
        if v is None:
            return False
        kids = parse.children.get(v, [])
        doers = [c for c in kids if parse.deps.get(c) == "nsubj"] + [
            o for a in kids if parse.deps.get(a) == "agent" for o in parse.children.get(a, [])]
        return any(m.kind == "actor" and m.actor is not None and m.actor.country and m.tok_start <= d < m.tok_end
                   for d in doers for m in mentions)
