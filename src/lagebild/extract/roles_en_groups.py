"""Who the noun phrases around an English verb are, from the dependency parse (a mixin of roles_en.EnglishSyntax):
the subject's nationality or place, an unknown attacker, an unnamed NGO, "the two sides", the other side "with"
a mutual verb, the people a verb acts on, the place a "where" clause describes, the author of a document and the
person a resolved pronoun names. Split from roles_en.py, which reads the verb's own roles; the lexicon words
(``parse_roles``) are set by EnglishSyntax.__init__. The relative clauses on a noun are read in relatives_en.py."""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.function_words import function_words
from ..model import Doc, Mention
from .analyser import Analysis
from .relatives_en import OBJ, PASSIVE_SUBJ, SUBJ, object_relative


class EnglishGroups:
    """Stateless readings of the noun phrases around a verb; the word sets come from the lexicon."""

    groups: dict[str, str]
    nested_preps: frozenset[str]
    member_preps: frozenset[str]
    place_relatives: frozenset[str]
    relative: frozenset[str]
    place_nouns: frozenset[str]
    frontier_nouns: frozenset[str]
    unknown_nouns: frozenset[str]
    military_nouns: frozenset[str]
    two_words: frozenset[str]
    two_nouns: frozenset[str]
    ngo_heads: frozenset[str]
    ngo_modifiers: frozenset[str]
    ngo_nouns: frozenset[str]
    mutual_verbs: frozenset[str]
    mutual_objects: frozenset[str]
    noun_doer_sectors_not: frozenset[str]
    object_phrase_preps: frozenset[str]
    giver_types: frozenset[str]
    giver_preps: frozenset[str]
    receiving_verbs: frozenset[str]
    pressure_preps: frozenset[str]
    pressure_nouns: frozenset[str]
    pressure_givers: frozenset[str]
    document_nouns: frozenset[str]
    authoring_verbs: frozenset[str]

    @staticmethod
    def misread_main_verb(parse: Analysis, v: int) -> bool:
        """A past form the parse hangs off the noun before it as a reduced relative although it takes a direct
        object ("Syrian government airplanes killed 30 people, a group said"): a passive participle takes
        none, so it is the noun's own active verb and the noun its subject."""
        return parse.deps.get(v) == "acl" and parse.tags.get(v) in ("VBN", "VBD") and any(
            parse.deps.get(c) == "dobj" for c in parse.children.get(v, []))

    @staticmethod
    def conj_anchor(parse: Analysis, v: int) -> int:
        """The verb whose subject a coordinated verb at ``v`` shares: the verb it is joined to, except where that is a
        bare base form heading a complement ("demanded that Hamas release ... and bombed Gaza", "urged X to leave and
        arrested Y") and ``v`` is finite: a bare form and a past or present form are no conjunct pair, so the
        parse hung ``v`` one clause too low and it shares the main verb's subject. "said X did not go and fled" keeps
        X (the auxiliary makes "go" finite)."""
        head = parse.heads.get(v, v)
        if parse.deps.get(v) != "conj" or head == v or parse.tags.get(v) not in ("VBD", "VBZ") \
                or parse.tags.get(head) != "VB" or parse.deps.get(head) not in ("ccomp", "xcomp"):
            return head
        if any(parse.deps.get(c) in ("aux", "auxpass") and parse.tags.get(c) != "TO" for c in parse.children.get(head, [])):
            return head
        main = parse.heads.get(head, head)
        return main if main != head and parse.tags.get(main, "").startswith("VB") else head

    def document_author(self, doc: Doc, parse: Analysis, v: int) -> int | None:
        """The subject of the verb that issues the document an active participle at ``v`` describes ("Iran published a
        report accusing Israel", "sent a letter urging Greece to withdraw"): the author acts in what its document says.
        Only a document noun as the object of a verb of authoring (``parse_roles.document_nouns``, ``authoring_verbs``):
        "police found a letter threatening the mayor" names no author."""
        noun = parse.heads.get(v, v)
        if parse.deps.get(v) != "acl" or parse.tags.get(v) != "VBG" or doc.tokens[noun].lower not in self.document_nouns \
                or parse.deps.get(noun) not in OBJ:
            return None
        verb = parse.heads.get(noun, noun)
        if doc.tokens[verb].lemma not in self.authoring_verbs:
            return None
        subj = next((c for c in parse.children.get(verb, []) if parse.deps.get(c) in SUBJ), None)
        if subj is not None and doc.tokens[subj].lower in self.relative and parse.deps.get(verb) == "relcl":
            return parse.heads.get(verb, verb)  # "Trump, who signed a memorandum calling for ...": the one described
        return subj

    @staticmethod
    def pronoun_antecedent(parse: Analysis, v: int, actors: Sequence[Mention]) -> Mention | None:
        """The actor the personal pronoun subject of the verb at ``v`` stands for where the mention finder resolved it
        (via "anaphor": the last person of its gender named in the paragraph; via "coreference": a quotation's "I" or
        "we" is its speaker); an unresolved pronoun names no one."""
        subj = [c for c in parse.children.get(v, []) if parse.deps.get(c) in SUBJ]
        return next((m for m in actors if m.via in ("anaphor", "coreference") and any(m.tok_start <= s < m.tok_end for s in subj)
                     and m.actor is not None and m.actor.country), None)

    @staticmethod
    def described_doer(parse: Analysis, v: int) -> bool:
        """The verb at ``v`` is an active participle describing a noun ("demonstrators protesting the results"): that
        noun, not an actor elsewhere in the sentence, is its doer."""
        return parse.deps.get(v) == "acl" and parse.tags.get(v) == "VBG"

    @staticmethod
    def _governing_subject(parse: Analysis, v: int, steps: int = 6) -> list[int]:
        """The nearest subject up the heads from a gerund with none of its own ("Sarkozy said his aim in meeting
        with Medvedev was ...": a subject whose possessor is a pronoun refers further up, to Sarkozy)."""
        cur = v
        for _ in range(steps):
            head = parse.heads.get(cur, cur)
            if head == cur:
                return []
            cur = head
            subj = [c for c in parse.children.get(cur, []) if parse.deps.get(c) in SUBJ]
            if subj and not any(parse.deps.get(c) == "poss" and parse.tags.get(c) == "PRP$"
                                for c in parse.children.get(subj[0], [])):
                return subj[:1]
        return []

    @staticmethod
    def _chain_subject(parse: Analysis, v: int, steps: int = 3) -> list[int]:
        """The active subject of the first verb of a chain of coordinated verbs and participle clauses that share it
        ("400 soldiers crossed the border and were in the region, assisting X": "were" has none of its own); none where
        a link of the chain has a passive subject or agent (whose doer is another)."""
        cur = v
        for _ in range(steps):
            kids = parse.children.get(cur, [])
            if any(parse.deps.get(c) in PASSIVE_SUBJ | {"agent"} for c in kids):
                return []
            subj = [c for c in kids if parse.deps.get(c) in SUBJ]
            if subj:
                return subj
            head = parse.heads.get(cur, cur)
            if parse.deps.get(cur) not in ("conj", "advcl") or head == cur:
                return []
            cur = head
        return []

    @staticmethod
    def _owned_by_pronoun(parse: Analysis, n: int) -> bool:
        """The noun at ``n`` has a possessive pronoun ("his primary goal", "its aim"): it refers further up."""
        return any(parse.deps.get(c) == "poss" and parse.tags.get(c) == "PRP$" for c in parse.children.get(n, []))

    def subject_origin(self, doc: Doc, parse: Analysis, v: int, origins: Sequence[Mention]) -> Mention | None:
        """The nationality adjective of a subject that is no actor itself ("Israeli aircraft killed ...",
        "Chinese hackers attacked ...", "was attacked by Burundian militiamen", "Thousands of Iraqi Kurds
        demonstrated") or the country they are in ("Protesters in Kenya marched"): the
        country of the doer, where the parse shows no better one. ``origins`` holds both kinds of mention."""
        s = self.subject_noun(parse, v)
        if s is None and parse.deps.get(v) not in ("acl", "amod"):  # "was attacked by Burundian militiamen": the agent
            # (not a participle describing a noun: "fighters backed by the U.S.-led coalition" tells what is)
            s = next((o for a in parse.children.get(v, []) if parse.deps.get(a) == "agent"
                      for o in parse.children.get(a, []) if parse.deps.get(o) == "pobj"), None)
        if s is None:
            return None
        # "An alliance of parties in Nepal", "Protesters in Kenya": the place the doers are in (through "of")
        heads = [s, *(o for p in parse.children.get(s, []) if parse.deps.get(p) == "prep"
                            and doc.tokens[p].lower in self.nested_preps for o in parse.children.get(p, []))]
        # "Thousands of Iraqi Kurds demonstrated": the nationality of the noun a quantity counts
        near = [*heads, *(c for h in heads for c in parse.children.get(h, []) if parse.deps.get(c) in ("amod", "compound"))]
        near += [o for h in heads for p in parse.children.get(h, []) if parse.deps.get(p) == "prep"
                 and doc.tokens[p].lower in self.member_preps for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        return next((m for j in near for m in origins if m.tok_start <= j < m.tok_end), None)

    def relative_place(self, doc: Doc, parse: Analysis, v: int) -> int | None:
        """The noun a "where" clause describes, for a verb in that clause ("Somalia, where Ethiopia sent troops
        to battle ...": Somalia), through infinitives and coordinated verbs; None where there is none."""
        cur = v
        for _ in range(4):
            if parse.deps.get(cur) == "relcl" and any(
                    parse.deps.get(c) == "advmod" and doc.tokens[c].lower in self.place_relatives
                    for c in parse.children.get(cur, [])):
                return parse.heads.get(cur)
            if parse.deps.get(cur) not in ("xcomp", "advcl", "conj") or parse.heads.get(cur, cur) == cur:
                return None
            cur = parse.heads[cur]
        return None

    @staticmethod
    def clause_subject(doc: Doc, parse: Analysis, v: int, actors: Sequence[Mention]) -> Mention | None:
        """The actor a demand is made of: the subject of its "that"-clause ("demanded that the US cancel the sale",
        "are demanding that President Mugabe abandon ...")."""
        toks, that = doc.tokens, function_words(doc.lang).complementisers
        for x in (c for c in parse.children.get(v, []) if parse.deps.get(c) == "ccomp"):
            if not any(parse.deps.get(c) == "mark" and toks[c].lower in that for c in parse.children.get(x, [])):
                continue
            subj = next((c for c in parse.children.get(x, []) if parse.deps.get(c) in SUBJ | PASSIVE_SUBJ), None)
            found = next((m for m in actors if subj is not None and m.tok_start <= subj < m.tok_end), None)
            if found is not None:
                return found
        return None

    def object_origin(self, doc: Doc, parse: Analysis, v: int, origins: Sequence[Mention]) -> Mention | None:
        """The nationality adjective of a direct object that is no actor itself ("met their Saudi counterparts",
        "attacked a Turkish convoy") or of the object's own "on/against/to" phrase ("lifted a blockade on
        Palestinian lorries": ``object_phrase_prepositions``; "of" after a held thing, ``owned_object_nouns``), else the
        country its people are in ("sanctioned most of the military commanders in Burma", through "of"): the side acted
        on. ``origins`` may hold places too."""
        objs = [c for c in parse.children.get(v, []) if parse.deps.get(c) in ("dobj", "obj")]
        near = [a for o in objs for a in parse.children.get(o, []) if parse.deps.get(a) in ("amod", "compound")]
        # "lifted a blockade on Palestinian lorries", "refused admittance to Ghanaians": the object's own phrase
        of = function_words(doc.lang).genitive_prepositions
        near += [j for o in objs for p in parse.children.get(o, []) if parse.deps.get(p) == "prep" and (
                 doc.tokens[p].lower in self.object_phrase_preps  # "froze the assets of Russian oligarchs": the owner's
                 or doc.tokens[p].lower in of and doc.tokens[o].lemma in self.owned_nouns) for q in parse.children.get(p, [])
                 if parse.deps.get(q) == "pobj"
                 for j in [q, *(a for a in parse.children.get(q, []) if parse.deps.get(a) in ("amod", "compound"))]]
        found = next((m for j in near for m in origins if m.tok_start <= j < m.tok_end and not m.is_location), None)
        if found is not None:
            return found
        heads = [*objs, *(o for h in objs for p in parse.children.get(h, []) if parse.deps.get(p) == "prep"
                          and doc.tokens[p].lower in self.nested_preps for o in parse.children.get(p, []))]
        places = [o for h in heads for p in parse.children.get(h, []) if parse.deps.get(p) == "prep"
                  and doc.tokens[p].lower in self.member_preps for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        return next((m for j in places for m in origins if m.tok_start <= j < m.tok_end and m.is_location), None)

    def prep_origin(self, doc: Doc, parse: Analysis, v: int, preps: set[str], origins: Sequence[Mention],
                    aimed: bool = False, light: bool = False) -> Mention | None:
        """The nationality adjective on the noun after one of the verb's target prepositions when that noun is no actor
        itself ("fired rockets at Israeli positions", "apologized to Chinese victims"): the side acted on. Not on a noun
        the phrase only qualifies ("to the victims of Chinese raids": through "of" is another's act), nor on a place
        noun, which tells where ("deployed troops to the Finnish border"), except where the act is ``aimed`` at places
        (an attack, a blockade: "strikes on Ukrainian cities" hit Ukraine; a border still tells where). With ``light``,
        a noun trigger's phrase may hang off the light verb it is the object of ("imposed a blockade on X's ports")."""
        heads = [v]
        if light and parse.deps.get(v) in ("dobj", "obj") and parse.heads.get(v, v) != v:
            heads.append(parse.heads[v])
        if light and (rel := object_relative(parse, v)) is not None:
            heads.append(rel)  # "the strike Israel carried out on Syrian positions"
        skip = self.frontier_nouns if aimed else self.place_nouns
        objs = [o for h in heads for p in parse.children.get(h, []) if parse.deps.get(p) in ("prep", "dative")
                and doc.tokens[p].lower in preps for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"
                and doc.tokens[o].lower not in skip]
        near = [a for o in objs for a in parse.children.get(o, []) if parse.deps.get(a) in ("amod", "compound")]
        return next((m for j in near for m in origins if m.tok_start <= j < m.tok_end and not m.is_location), None)

    def prep_object_phrase(self, doc: Doc, parse: Analysis, v: int, preps: set[str], mentions: Sequence[Mention]
                           ) -> Mention | None:
        """The side named in the own "on/against/to" phrase of the noun after one of the verb's prepositions ("called
        for sanctions against Zimbabwe", "pressed for an end to attacks on Israel" reads only the first noun's): the
        one the act asked for or told would land on (``object_phrase_prepositions``); its nationality too."""
        toks = doc.tokens
        nouns = [o for p in parse.children.get(v, []) if parse.deps.get(p) == "prep" and toks[p].lower in preps
                 for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        sides = [q for n in nouns for p in parse.children.get(n, []) if parse.deps.get(p) == "prep"
                 and toks[p].lower in self.object_phrase_preps for q in parse.children.get(p, []) if parse.deps.get(q) == "pobj"]
        sides += [a for q in sides for a in parse.children.get(q, []) if parse.deps.get(a) in ("amod", "compound", "poss")]
        return next((m for j in sides for m in mentions if m.tok_start <= j < m.tok_end), None)

    def subject_noun(self, parse: Analysis, v: int) -> int | None:
        """The noun heading the subject of the verb at ``v`` (also of the first of two coordinated
        verbs, and of a verb the parse misread as a reduced relative); None where it is no noun."""
        subj = [c for c in parse.children.get(v, []) if parse.deps.get(c) in SUBJ]
        if not subj and self.misread_main_verb(parse, v):  # "government airplanes killed 30 people, ... said"
            subj = [parse.heads[v]]
        if not subj and parse.deps.get(v) == "conj":  # "raided ... and dropped": the first verb's subject
            subj = [c for c in parse.children.get(EnglishGroups.conj_anchor(parse, v), []) if parse.deps.get(c) in SUBJ]
        if not subj and parse.deps.get(v) in ("conj", "advcl"):  # "ships entered ... and stayed, harassing X": up the chain
            subj = self._chain_subject(parse, parse.heads.get(v, v))
        if not subj and parse.deps.get(v) == "xcomp" and not any(  # "The French union refused to rule out strikes": the
                parse.deps.get(c) in ("dobj", "obj") for c in parse.children.get(parse.heads.get(v, v), [])):  # controller
            subj = [c for c in parse.children.get(parse.heads.get(v, v), []) if parse.deps.get(c) in SUBJ]  # (no object's)
        if not subj or not parse.tags.get(subj[0], "").startswith("NN"):
            return None
        return subj[0]

    def attacker_noun(self, doc: Doc, parse: Analysis, v: int) -> int | None:
        """The subject of the verb at ``v`` (or of the verb a participle clause hangs off: "a bomber attacked a
        checkpoint, killing 12") when it is a bomb, blast or unnamed attacker (``unknown_attacker_nouns``)."""
        s = self.subject_noun(parse, v)
        if s is None and parse.deps.get(v) == "advcl":
            s = self.subject_noun(parse, parse.heads.get(v, v))
        if s is None or any(parse.deps.get(c) in ("amod", "compound", "poss") and parse.tags.get(c, "").startswith(("NNP", "JJ"))
                            and doc.tokens[c].text[:1].isupper() for c in parse.children.get(s, [])):
            return None  # "a Taliban bomber", "Israeli drones": a named side, not an unknown one
        t = doc.tokens[s]
        return s if t.lemma in self.unknown_nouns or t.lower in self.unknown_nouns else None

    def two_sides_subject(self, doc: Doc, parse: Analysis, v: int) -> int | None:
        """The subject of the verb at ``v`` when it is "the two leaders", "both sides", "both countries" (a number
        or "both" before a side noun, nothing else naming whose): its token, else None."""
        s = self.subject_noun(parse, v)
        toks = doc.tokens
        if s is None or toks[s].lower not in self.two_nouns:
            return None
        kids = [c for c in parse.children.get(s, []) if parse.deps.get(c) not in ("punct", "cc", "conj")]
        if not any(toks[c].lower in self.two_words for c in kids) or any(
                parse.deps.get(c) in ("poss", "prep", "compound") or parse.tags.get(c, "").startswith("NNP")
                or (toks[c].text[:1].isupper() and c != doc.sentences[toks[c].sent].tok_start) for c in kids):
            return None  # "the two Korean leaders", "the leaders of both countries" name them in the sentence
        return s

    def ngo_subject(self, doc: Doc, parse: Analysis, v: int) -> int | None:
        """The subject of the verb at ``v`` when it is an unnamed non-governmental group ("Several aid organizations",
        "human rights groups", "NGOs"), with no nationality or name of its own; None otherwise."""
        s = self.subject_noun(parse, v)
        return s if s is not None and self.ngo_noun(doc, parse, s) else None

    def ngo_giver(self, doc: Doc, parse: Analysis, n: int, receiving: frozenset[str]) -> int | None:
        """The unnamed NGO after "from" of a noun a verb of receiving takes ("China has drawn criticism from
        human-rights groups"): the giver, who acts on the subject; None where there is none."""
        v = parse.heads.get(n, n)
        if parse.deps.get(n) not in ("dobj", "obj") or doc.tokens[v].lemma not in receiving:
            return None
        return next((o for h in (n, v) for p in parse.children.get(h, []) if parse.deps.get(p) == "prep"
                     and doc.tokens[p].lower in function_words(doc.lang).origin_prepositions for o in parse.children.get(p, [])
                     if parse.deps.get(o) == "pobj" and parse.tags.get(o, "").startswith("NN")
                     and self.ngo_noun(doc, parse, o)), None)

    def ngo_noun(self, doc: Doc, parse: Analysis, s: int) -> bool:
        """The noun at ``s`` is an unnamed non-governmental group ("aid organizations", "NGOs"), with no
        nationality or name of its own."""
        toks = doc.tokens
        mods = [c for c in parse.children.get(s, []) if parse.deps.get(c) in ("amod", "compound", "poss", "nmod")]
        if any(parse.tags.get(c, "").startswith("NNP") or (toks[c].text[:1].isupper()
               and c != doc.sentences[toks[c].sent].tok_start) for c in mods):
            return False  # "Amnesty's groups", "Kenyan aid agencies": named or of a country (other mentions)
        words = {toks[j].lower for c in mods for j in range(min(c, *(parse.children.get(c, []) or [c])), c + 1)}
        words |= {w for c in mods for w in toks[c].lower.split("-")}
        return toks[s].lower in self.ngo_nouns or (toks[s].lower in self.ngo_heads and bool(words & self.ngo_modifiers))

    def military_subject(self, doc: Doc, parse: Analysis, v: int) -> bool:
        """The subject is a weapon or military vehicle ("Israeli jets", "a Russian missile"): its country's
        armed forces act (``military_subject_nouns`` in the lexicon)."""
        s = self.subject_noun(parse, v)
        return s is not None and (doc.tokens[s].lemma in self.military_nouns or doc.tokens[s].lower in self.military_nouns)

    def mutual(self, doc: Doc, parse: Analysis, v: int) -> bool:
        """The verb at ``v`` is done by its coordinated subjects to each other ("Chad and Sudan clashed",
        "Israeli forces and Hezbollah stopped their attacks"): a mutual verb with no object but their own."""
        toks = doc.tokens
        if toks[v].lemma not in self.mutual_verbs:
            return False
        objs = [c for c in parse.children.get(v, []) if parse.deps.get(c) in OBJ]
        return all(toks[o].lower in self.mutual_objects or any(
            toks[c].lower in self.mutual_objects for c in parse.children.get(o, [])) for o in objs)

    def with_partner(self, doc: Doc, parse: Analysis, v: int, actors: Sequence[Mention]) -> Mention | None:
        """The other side of a mutual verb named after "with" ("Hamas fighters clashed with Israeli troops",
        "fought with supporters of President X": through "of" to the side they belong to)."""
        toks, with_ = doc.tokens, function_words(doc.lang).partner_prepositions
        todo = [o for p in parse.children.get(v, []) if parse.deps.get(p) == "prep" and toks[p].lower in with_
                for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        for _ in range(3):
            found = next((m for j in todo for m in actors if m.tok_start <= j < m.tok_end), None)
            if found is not None:
                return found
            todo = [c for j in todo for c in parse.children.get(j, []) if parse.deps.get(c) in ("amod", "compound", "poss")
                    or (parse.deps.get(c) == "prep" and toks[c].lower in self.nested_preps)
                    or (parse.deps.get(c) == "pobj" and parse.deps.get(j) == "prep")]
        return None

    def group_object(self, doc: Doc, parse: Analysis, v: int, state_doer: bool = False) -> tuple[str, str] | None:
        """(text, sector) of a group of people the verb acts on ("detained dozens of opposition leaders",
        "were freed" with the prisoners as subject, "shelled militants"), when the parse shows one; None otherwise. The
        state's forces ("ambushed soldiers") count only where the doer is no state force (``state_doer``): an army's
        "troops" are its own it sends or withdraws, or another country's."""
        toks = doc.tokens
        groups = self.groups if state_doer else {**self.forces, **self.groups}
        todo = [c for c in parse.children.get(v, []) if parse.deps.get(c) in OBJ | PASSIVE_SUBJ]
        for _ in range(3):  # "dozens of MDC leaders": through quantity heads and "of"
            for j in todo:
                if toks[j].lower in groups or toks[j].lemma in groups:
                    return toks[j].text, groups.get(toks[j].lower) or groups[toks[j].lemma]
            todo = [c for j in todo for c in parse.children.get(j, []) if parse.deps.get(c) in ("prep", "pobj", "compound")]
        return None

    def pressure_giver(self, doc: Doc, parse: Analysis, v: int, actors: Sequence[Mention]) -> Mention | None:
        """The side whose pressure a refusal withstands ("declined to resign despite growing pressure from X", "refused
        to halt it despite calls by X", "despite US demands"): the refusal is aimed at it (``pressure_prepositions``,
        ``pressure_nouns``), on the verb or its infinitive."""
        toks, kids = doc.tokens, parse.dependents
        heads = [v, *kids(v, {"xcomp"})]
        nouns = [n for h in heads for p in kids(h, {"prep"}) if toks[p].lower in self.pressure_preps
                 for n in kids(p, {"pobj"}) if toks[n].lower in self.pressure_nouns]
        for n in nouns:
            nodes = [o for q in kids(n, {"prep"}) if toks[q].lower in self.pressure_givers for o in kids(q, {"pobj"})]
            nodes += kids(n, {"poss", "amod", "compound", "nmod"})
            nodes += [c for o in nodes for c in kids(o, {"compound", "amod"})]  # "by the Kenya Anti-Corruption Commission"
            found = [m for j in nodes for m in actors if m.tok_start <= j < m.tok_end]
            if found:
                return found[0]
        return None
