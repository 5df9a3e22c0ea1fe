"""What a trigger verb acts on, for the rules whose context words must stand in its object ("lifted the ban",
"declared martial law"): the parse's object and passive subjects, else the words right after the verb. Split from
trigger_finder.py, which finds the triggers and asks this where a rule names object words; also what a noun's own
phrase holds (a noun rule's context words) and an act noun that heads a verb's subject."""

from __future__ import annotations

from typing import Any

from ..knowledge.function_words import function_words
from ..model import Doc, Mention, Token
from .analyser import Analysis
from .clauses import Clause
from .complement_heads import subjunctive
from .rules import Rule, Trigger

# dependents that open a clause of their own below a noun: not the noun's phrase ("a ban that hit imports")
_CLAUSE_DEPS = frozenset({"relcl", "acl", "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "conj", "cc", "appos"})


def _infinitive_to(after: list[Token], k: int, determiners: frozenset[str]) -> bool:
    """The "to" at ``after[k]`` marks an infinitive: a lower-case word other than a determiner or number follows."""
    nxt = after[k + 1].text if k + 1 < len(after) else ""
    return nxt[:1].islower() and nxt.lower() not in determiners

def _names_side(doc: Doc, j: int, end: int, near: list[Mention]) -> bool:
    """An actor mention opens right after the cue word at ``j`` or after one lower-case word ("on Sweden", "on the
    Iraqi government"): the preposition names a side, not a day or a topic ("on Monday with Putin"). ``near``: the
    mentions the per-document index files under ``j`` (events._index: those opening one or two tokens after it)."""
    return any(m.kind == "actor" and m.actor is not None and m.tok_start < end and (
        m.tok_start == j + 1 or (m.tok_start == j + 2 and doc.tokens[j + 1].text.islower())) for m in near)


def thing_opposed(doc: Doc, c: Clause, rule: Rule, pronouns: frozenset[str], by_sent: dict[int, list[Mention]]) -> bool:
    """Whether the object of the rule's target preposition in the clause is a thing, no actor ("sprach sich gegen den
    Plan der Regierung aus", or one of ``pronouns``, "dagegen"): the noun after the preposition and its lower-case words
    names no actor. ``by_sent``: the document's mentions by sentence (events._index); only the clause's are asked."""
    toks = doc.tokens
    for j in range(c.start, c.end):
        if toks[j].lower in pronouns:
            return True
        if toks[j].lower not in rule.target_preps:
            continue
        head = j + 1
        while head < c.end and head <= j + 4 and toks[head].text[:1].islower():
            head += 1  # "gegen einen erneuten Einsatz": the determiner and adjectives before the noun
        if head >= c.end or not toks[head].text[:1].isupper():
            return False
        return not _actor_at(by_sent.get(c.sent, []), head)
    return False


def thing_backed(doc: Doc, c: Clause, rule: Rule, by_sent: dict[int, list[Mention]]) -> bool:
    """Whether the object of the rule's target preposition is a thing with no side behind it ("sich für einen harten
    Sparkurs aussprechen"): backing a policy is no act on a side. A side right after the noun keeps the act: an owner
    ("für einen Beitritt der Türkei") or a role ("für Romney als Kandidaten"). ``by_sent``: the document's mentions by
    sentence (events._index); only the clause's are asked, not every mention of the document."""
    toks = doc.tokens
    mentions = by_sent.get(c.sent, [])
    for j in range(c.start, c.end):
        if toks[j].lower not in rule.target_preps:
            continue
        head = j + 1
        while head < c.end and head <= j + 4 and toks[head].text[:1].islower():
            head += 1  # "für einen harten Sparkurs": the determiner and adjectives before the noun
        if head >= c.end or not toks[head].text[:1].isupper() or _actor_at(mentions, head):
            return False
        k = head + 1
        while k < c.end and k <= head + 4 and toks[k].text[:1].islower():
            k += 1  # "der", "als republikanischen": the words before a side behind the noun
        return not (k < c.end and toks[k].text[:1].isupper() and _actor_at(mentions, k))
    return False


def _actor_at(mentions: list[Mention], k: int) -> bool:
    """Token ``k`` lies inside one of ``mentions`` that names an actor."""
    return any(m.actor is not None and m.tok_start <= k < m.tok_end for m in mentions)


def _under(parse: Analysis, j: int, head: int) -> bool:
    """Token ``j`` hangs off ``head`` within three steps up the parse, passing no verb."""
    for _ in range(3):
        j = parse.heads.get(j, j)
        if j == head:
            return True
        if parse.tags.get(j, "").startswith("VB"):
            return False
    return False


class TriggerObjects:
    """Mixin of TriggerFinder (and so of EventExtractor): a verb's object read for its rules' object words; the
    attributes are EventExtractor's, the sentence's parse TriggerFinder's."""

    lang: str
    acting_speech_verbs: set[str]
    mandative_speech_verbs: set[str]
    mandative_marks: frozenset[str]
    mandative_modals: frozenset[str]
    object_phrase_preps: frozenset[str]
    by_verb: dict[str, list[Rule]]
    vorfeld: bool
    location_preps: set[str]
    nominal_blockers: set[str]
    agent_preps: set[str]
    _near: dict[int, list[Mention]]  # per document: mentions by nearby token (events._index)
    nominal_agent_preps: frozenset[str]
    coordinators: set[str]
    finite: set[str]
    pattern_particles: frozenset[str]
    phrase_determiners: frozenset[str]
    _by_sent: dict[int, list[Any]]

    def _pattern_object(self, doc: Doc, clause: Clause, i: int, lemma: str) -> bool:
        """A speech verb read as a speech cue acts on one of its own patterns' words ("declared a state of emergency",
        "declared martial law"): the act is told, not a statement. Only ``acting_speech_verbs``: CAMEO's patterns for
        "report" ("reported an attack") tell of another's act."""
        return lemma in self.acting_speech_verbs and any(
            r.object_words and r.with_any and self._object_word(doc, clause, i, r.with_any, r.object_preps)
            for r in self.by_verb.get(lemma, []))

    def _mandative(self, doc: Doc, clause: Clause, i: int, lemma: str) -> bool:
        """A speech verb of ``mandative_speech_verbs`` whose "that" clause is in the mandative subjunctive ("insisted
        that Greece cut its spending", "... should cut"): a demand, not a claim; "insisted that it had not" stays one."""
        if lemma not in self.mandative_speech_verbs or (parse := self._sentence_parse(doc, clause.sent)) is None:
            return False
        toks = doc.tokens
        return any(parse.deps.get(c) == "ccomp" and any(
            parse.deps.get(m) == "mark" and toks[m].lower in self.mandative_marks for m in parse.children.get(c, [])) and (
            subjunctive(parse, c) or parse.tags.get(c) == "VB" and any(
                parse.deps.get(a) == "aux" and toks[a].lower in self.mandative_modals for a in parse.children.get(c, [])))
            for c in parse.children.get(i, []))

    def _object_word(self, doc: Doc, clause: Clause, i: int, words: set[str], preps: frozenset[str] = frozenset()) -> bool:
        """One of ``words`` in the verb's object: its dependents in the parse (not its subject), else the
        six words after it; under one of ``preps`` too (a pattern's own preposition: "looked for help")."""
        toks = doc.tokens
        parse = self._sentence_parse(doc, clause.sent)
        if parse is None or i not in parse.heads:
            after = toks[i + 1:min(clause.end, i + 7)]
            if self.lang != "en":
                return any(t.lower in words or t.lemma in words for t in after)
            to = function_words(self.lang).infinitive_markers
            return any((t.lower in words or t.lemma in words) and (k == 0 or t.lower not in self.pattern_particles)
                       and not (t.lower in to and _infinitive_to(after, k, self.phrase_determiners))
                       for k, t in enumerate(after))
        if any(toks[p].lower in words or toks[p].lemma in words for p in self._patients(doc, parse, i)):
            return True  # "bans were lifted", "had their licences revoked", "the plot, thwarted by Britain"
        todo, depth = [i], 0
        while todo and depth < 3:
            todo = [c for j in todo for c in parse.children.get(j, []) if parse.deps.get(c) not in
                    ("nsubj", "nsubjpass", "punct", "cc", "conj", "advcl", "mark", "aux", "ccomp", "parataxis", "relcl")
                    and (parse.deps.get(c) != "prep" or toks[c].lower in self.object_phrase_preps or toks[c].lower in preps)
                    and not (parse.deps.get(c) == "xcomp" and parse.tags.get(c) == "VB")]  # "began a tour in an effort
            # to" is no tour's object; "ordered the ambassador out (of the country)": "out" is the pattern's word;
            # an infinitive is no object ("sought to release the sailors" asks for no release)
            # a participle matches by its form only: "remained closed" is not "remain close"
            if any(toks[c].lower in words or (toks[c].lemma in words and not parse.tags.get(c, "").startswith("VB"))
                   for c in todo):
                return True
            depth += 1
        return False

    @staticmethod
    def _patients(doc: Doc, parse: Analysis, i: int) -> list[int]:
        """What a passive verb acts on, which the object search skips as a subject: its passive subject ("bans were
        lifted"), the subject of a bare participle ("had their licences revoked"), the noun a participle set off by a
        comma tells of ("the plot, thwarted by Britain"). Both voices name the same act, so a pattern's word may stand
        there; a participle right after its noun only says which one is meant ("met the deadline set by Peru")."""
        kids = parse.children.get(i, [])
        out = [c for c in kids if parse.deps.get(c) in ("nsubjpass", "nsubj:pass")]
        if parse.tags.get(i) != "VBN" or any(parse.deps.get(c, "").startswith("aux") for c in kids):
            return out
        out += [c for c in kids if parse.deps.get(c) == "nsubj"]
        if parse.deps.get(i) == "acl" and parse.heads.get(i, i) != i and i > 0 and doc.tokens[i - 1].text == ",":
            out.append(parse.heads[i])
        return out

    def _verb_object(self, doc: Doc, clause: Clause, verb: int, noun: int) -> bool:
        """The noun at ``noun`` heads what the verb at ``verb`` acts on in the parse (its object, or one joined to
        it): "imposed a blockade" yields to the blockade, "imposed a blackout on the withdrawal" not to the
        withdrawal. Without a parse any noun near the verb counts (the German rule)."""
        parse = self._sentence_parse(doc, clause.sent)
        if parse is None or verb not in parse.heads or noun not in parse.heads:
            return True
        j = noun
        while parse.deps.get(j) == "conj" and parse.heads.get(j, j) != j:
            j = parse.heads[j]  # "a blockade and a curfew": the first conjunct's role
        return parse.heads.get(j) == verb and parse.deps.get(j) in ("dobj", "obj", "nsubjpass", "nsubj:pass", "attr")

    def _noun_context(self, doc: Doc, clause: Clause, i: int, rule: Rule) -> int | None:
        """Where a noun-only rule's ``with_any`` word stands in the noun's own phrase ("ban" + imports, "recall" +
        ambassador): a doping ban or a car recall is no sanction. -1 for a rule without such words, which always
        holds; rules that also list verbs keep their words for the verb (their nouns fire alone, as always)."""
        if not rule.with_any or rule.verbs:
            return -1
        toks = doc.tokens
        sent = doc.sentences[clause.sent]
        # sentence_cue: the word may stand anywhere in the sentence ("Hintergrund der Rücktritte sind Proteste"); it is
        # a cue there, not a part of this act (-1: the protests stay an event of their own). Otherwise the word right
        # after the noun is its own even where the parse hangs it on the verb ("renewed its call | for Israel to halt":
        # "for" heads an infinitive clause of "renewed")
        after = [i + 1] if i + 1 < clause.end else []
        where = range(sent.tok_start, sent.tok_end) if rule.sentence_cue else [*self._noun_phrase(doc, clause, i), *after]
        at = next((j for j in where if (toks[j].lower in rule.with_any
                   or toks[j].lemma in rule.with_any or toks[j].lower.endswith(rule.with_any_tuple))
                   and (not rule.cue_side or _names_side(doc, j, clause.end, self._near.get(j, [])))), None)
        return -1 if at is not None and rule.sentence_cue else at

    def _noun_phrase(self, doc: Doc, clause: Clause, i: int) -> list[int]:
        """The positions of the noun's phrase: in the parse its modifiers and what hangs off it (three steps down, no
        clause of its own); without one up to three words before it (its modifiers, "an import ban") and six after
        it, both within the clause and up to a punctuation mark."""
        toks = doc.tokens
        parse = self._sentence_parse(doc, clause.sent)
        if parse is not None and i in parse.heads:
            out, todo = [], [i]
            for _ in range(3):
                todo = [c for j in todo for c in parse.children.get(j, []) if parse.deps.get(c) not in _CLAUSE_DEPS]
                out += todo
            return out
        out = []
        for j in range(i - 1, max(clause.start, i - 4) - 1, -1):
            if not toks[j].text[:1].isalnum():
                break
            out.append(j)
        for j in range(i + 1, min(clause.end, i + 7)):
            if not toks[j].text[:1].isalnum():
                break
            out.append(j)
        return out

    def _subject_act(self, doc: Doc, clause: Clause, verb: Trigger, tr: Trigger) -> bool:
        """An assault noun heading the subject of an assault verb ("The bombing of Gaza by Israeli jets killed 20"): the
        verb tells what the act did, the noun tells the act and its doer; not in a V2 language, whose first noun may be
        the object ("Den Angriff verurteilte Russland")."""
        if self.vorfeld or not tr.nominal or tr.tok > verb.tok or verb.rule.type != "ASSAULT" or tr.rule.type != "ASSAULT":
            return False
        parse = self._sentence_parse(doc, clause.sent)
        if parse is not None and verb.tok in parse.heads and tr.tok in parse.heads:
            return parse.heads.get(tr.tok) == verb.tok and parse.deps.get(tr.tok) in ("nsubj", "nsubjpass")
        toks = doc.tokens
        preps = self.location_preps | self.nominal_blockers | self.agent_preps
        return tr.tok - clause.start <= 3 and verb.tok - tr.tok <= 9 and not any(
            toks[j].lower in preps or not toks[j].text[:1].isalnum() for j in range(clause.start, tr.tok)) and not any(
            not toks[j].text[:1].isalnum() for j in range(tr.tok + 1, verb.tok))

    def _agent_before(self, doc: Doc, noun: int, verb: int) -> bool:
        """An agent preposition between the subject noun and its verb with a side right after it ("The bombing of Gaza
        by Israeli jets killed"): the noun names its doer, so it tells the act the verb tells the result of."""
        toks = doc.tokens
        return any(toks[j].lower in self.nominal_agent_preps and any(
            m.kind in ("actor", "origin") and m.actor is not None and m.actor.country and j < m.tok_start <= j + 2
            for m in self._by_sent.get(toks[noun].sent, [])) for j in range(noun + 1, verb))

    def _named_agent(self, doc: Doc, tok: int) -> bool:
        """The noun's own doer, named after an agent preposition inside its phrase (a few words on, no comma, verb or
        "und" between; in a parse the preposition hangs off the noun): the clause's verb acts on another act."""
        toks = doc.tokens
        sent = toks[tok].sent
        parse = self._sentence_parse(doc, sent)
        for j in range(tok + 1, min(doc.sentences[sent].tok_end, tok + 7)):
            t = toks[j]
            if not t.text[:1].isalnum() or t.lower in self.coordinators or t.lower in self.finite \
                    or (parse is not None and parse.tags.get(j, "").startswith("VB")):
                return False
            if t.lower in self.nominal_agent_preps:
                if parse is not None and not _under(parse, j, tok):
                    return False  # "raised concerns about the strikes by phone": the verb's, not the noun's
                return any(m.kind == "actor" and m.actor is not None and m.actor.country and j < m.tok_start <= j + 3
                           for m in self._by_sent.get(sent, []))
        return False
