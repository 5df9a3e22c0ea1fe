"""The reading of an ambiguous trigger from the words it governs: "met the demands" is no meeting, "struck a
deal" agrees, "fired the coach" dismisses, "workers went on strike" protest. Data in
resources/<lang>/triggers.yaml (``type_context.objects`` and ``type_context.cues``); built once per extractor,
never changed after."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ResourceError
from ..knowledge.function_words import function_words
from ..knowledge.resources import lower_words
from ..model import Doc
from .analyser import Analysis
from .complement_heads import subjunctive
from .relatives_en import RELATIVE_TAGS, object_relative
from .rules import Rule

# dependents that name what a verb acts on (ClearNLP labels of spaCy's English pipelines, and UD)
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass", "attr", "oprd", "dative", "iobj", "ccomp"})


@dataclass(frozen=True)
class Readings:
    """Object words and clause cues that change or cancel a trigger's type; empty for a language without the data."""

    # verb lemma -> [(type or None for "no event", object words)], tried in order
    objects: dict[str, tuple[tuple[Rule | None, frozenset[str]], ...]] = field(default_factory=dict)
    # trigger word or lemma -> (rule to read it as, cue words anywhere in the clause, words that cancel the cue)
    cues: dict[str, tuple[Rule, frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # verb lemma -> the common nouns it must act on to be an event ("released 20 prisoners", not "released a new iPod")
    required: dict[str, frozenset[str]] = field(default_factory=dict)
    quantity_heads: frozenset[str] = frozenset()  # "dozens of prisoners": read through to the noun after "of"
    object_prepositions: frozenset[str] = frozenset()  # "met with criticism": the noun after one is acted on
    # verb lemma -> the extra dependents that count as its object; without any object in the parse no event
    # ("customers were not buying", "the market declined", "helps explain"; "declined to comment" keeps xcomp)
    object_needed: dict[str, frozenset[str]] = field(default_factory=dict)
    # words after a verb that show it has no object ("a decline in sales", "prices declined for a week")
    bare_followers: frozenset[str] = frozenset()
    personal_objects: frozenset[str] = frozenset()  # objects that keep a required-object verb ("freed them")
    # verbs whose required nouns a name or pronoun does not replace ("Fiat bought Chrysler" buys no arms)
    strict: frozenset[str] = frozenset()
    # subject heads that make no verb an event ("stocks rallied", "prices went down", "the storm killed 20")
    no_event_subjects: frozenset[str] = frozenset()
    # verbs that with an infinitive tell an effort, not the act ("is fighting to stem a crash", "moved to block")
    effort_verbs: frozenset[str] = frozenset()
    # verbs that with a question as complement ask, not request ("asked whether the deal helps", "asked about the
    # talks"), and the words that open such a question (a complement's marker or wh-word, or a preposition)
    question_verbs: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    question_condition_words: frozenset[str] = frozenset()  # of those, the ones that open a question in an adverbial clause
    # verbs of leaving and the contests left with them: "withdrew from the run-off", "pulled out of the race" end a
    # candidacy, no force withdraws
    exit_verbs: frozenset[str] = frozenset()
    contests: frozenset[str] = frozenset()
    exit_preps: frozenset[str] = frozenset()  # "from", "of": the phrase naming what is left
    exit_particles: frozenset[str] = frozenset()  # "out": "pulled out | of the race"
    # ... and the talks left with them: "withdrew from the talks", "pulled out of negotiations" break them off, a
    # refusal (news-gold REJECT: "breaking off talks"), no force withdraws (None where the data names no talks)
    talks: frozenset[str] = frozenset()
    talks_exit: Rule | None = None
    # verbs that are an act only with an object that has its own infinitive: "wants Iran to halt enrichment" demands
    # of Iran, where "wants to buy arms" and "wants better ties" ask no one (CAMEO 10 lists WANT among the demands)
    object_infinitive: frozenset[str] = frozenset()
    # modals that stand for that "to" in such a complement ("wants China and India must do more": a demand)
    object_infinitive_modals: frozenset[str] = frozenset()
    # money holders: a trigger moving something from, to or into one of these moves money, no force or aid
    # ("halted withdrawals from three funds", "transferred $24 billion to reserves"); common nouns only
    money_places: frozenset[str] = frozenset()
    money_preps: frozenset[str] = frozenset()
    # marks of a clause whose bare verb with its own subject is a mandative subjunctive: "its demands that the
    # government grant more rights", "insisted that Germany send tanks" ask for the act, none is told
    mandative_marks: frozenset[str] = frozenset()
    # verbs whose bare-infinitive complement is an aim, not a told act, where they stand in base form themselves
    # ("dropped food to help feed refugees", "a force which will help Lebanese troops deploy"); "helped X retake" stays
    aim_heads: frozenset[str] = frozenset()
    # required-object verbs whose "with" names the other side, not the thing ("exchanged fire with Hezbollah fighters"
    # swaps no fighters; "supplied them with weapons" keeps its "with")
    partner_with: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any], rules: list[Rule]) -> Readings:
        plain: dict[str, Rule] = {}
        for r in rules:  # the plain rule of each type (no pattern word) gives the roles of a re-read trigger
            if not r.with_any and r.type not in plain:
                plain[r.type] = r

        def rule_of(etype: str, mode: str | None = None) -> Rule:
            base = plain.get(etype)
            if base is None:
                raise ResourceError(f"triggers.yaml type_context: no plain rule of type {etype} to read a trigger as")
            return replace(base, mode=mode) if mode else base

        objects: dict[str, tuple[tuple[Rule | None, frozenset[str]], ...]] = {}
        for lemma, spec in (data.get("objects") or {}).items():
            entries = []
            for key, words in (spec or {}).items():
                rule = None if key in ("none", None) else rule_of(str(key).split("/")[0], (str(key).split("/") + [""])[1] or None)
                entries.append((rule, frozenset(str(w).lower() for w in words or [])))
            objects[str(lemma).lower()] = tuple(entries)
        cues: dict[str, tuple[Rule, frozenset[str], frozenset[str]]] = {}
        for spec in data.get("cues") or []:
            rule = rule_of(str(spec["type"]), spec.get("mode"))
            words = lower_words(spec, "with_any")
            stop = lower_words(spec, "with_none")
            for w in spec.get("words") or []:
                cues[str(w).lower()] = (rule, words, stop)
        required = {str(k).lower(): frozenset(str(w).lower() for w in v or [])
                    for k, v in (data.get("required_objects") or {}).items()}
        needed = {str(k).lower(): frozenset(str(d) for d in v or []) for k, v in (data.get("object_needed") or {}).items()}
        talks = [str(w).lower() for w in (data.get("contest_exits") or {}).get("talks") or []]
        return cls(objects=objects, cues=cues, required=required,
                   quantity_heads=lower_words(data, "quantity_heads"),
                   object_prepositions=lower_words(data, "object_prepositions"),
                   object_needed=needed,
                   bare_followers=lower_words(data, "bare_followers"),
                   personal_objects=lower_words(data, "personal_objects"),
                   strict=lower_words(data, "strict_objects"),
                   no_event_subjects=lower_words(data, "no_event_subjects"),
                   effort_verbs=lower_words(data, "effort_verbs"),
                   question_verbs=lower_words(data, "question_verbs"),
                   question_words=lower_words(data, "question_words"),
                   question_condition_words=lower_words(data, "question_condition_words"),
                   exit_verbs=lower_words(data.get("contest_exits"), "verbs"),
                   contests=lower_words(data.get("contest_exits"), "contests"),
                   exit_preps=lower_words(data.get("contest_exits"), "prepositions"),
                   exit_particles=lower_words(data.get("contest_exits"), "particles"),
                   talks=frozenset(talks), talks_exit=rule_of("REJECT") if talks else None,
                   object_infinitive=lower_words(data, "object_infinitive"),
                   object_infinitive_modals=lower_words(data, "object_infinitive_modals"),
                   money_places=lower_words(data.get("money_moves"), "places"),
                   money_preps=lower_words(data.get("money_moves"), "prepositions"),
                   mandative_marks=lower_words(data, "mandative_marks"),
                   aim_heads=lower_words(data, "aim_heads"),
                   partner_with=lower_words(data, "partner_with"))

    def verb(self, doc: Doc, i: int, start: int, end: int, lemma: str, candidates: list[Rule],
             parse: Analysis | None) -> list[Rule]:
        """The rules of the verb at ``i`` read with its object: others ("struck a deal": AGREE), none ("met the
        deadline"), or its own."""
        if candidates and (parse is None or i not in parse.heads) and (
                lemma in self.object_infinitive or self._bare_without_parse(doc, i, end, lemma)):
            return []
        if candidates and parse is not None and i in parse.heads and (
                self._subject_blocks(doc, i, parse) or self._lacks_object(i, lemma, parse) or (
                    lemma in self.effort_verbs and any(parse.deps.get(c) == "xcomp" for c in parse.children.get(i, [])))
                or self._asks_question(doc, i, lemma, parse) or self._leaves_contest(doc, i, lemma, parse)
                or self.moves_money(doc, i, parse) or self._mandative(doc, i, parse) or self._aimed(doc, i, parse)
                or (lemma in self.object_infinitive and not self._object_infinitive(doc, i, parse))):
            return []
        if candidates and parse is not None and i in parse.heads and self.talks_exit is not None and (
                self._left(doc, i, lemma, parse) & self.talks):
            return [self.talks_exit]
        entries = self.objects.get(lemma)
        if entries and candidates:
            objs = self._objects(doc, i, start, end, parse)
            for rule, words in entries:
                # "*": any object in the parse ("demonstrated the new phone" shows, "thousands demonstrated" protest)
                if objs & words or ("*" in words and parse is not None and any(
                        parse.deps.get(c) in _OBJECT_DEPS for c in parse.children.get(i, []))):
                    return [] if rule is None else [rule]
        if candidates and lemma in self.required and not self._acts_on(doc, i, end, parse, lemma):
            return []
        return self.cued(doc, start, end, lemma, candidates)

    def _subject_blocks(self, doc: Doc, i: int, parse: Analysis) -> bool:
        """The verb's subject is a market figure, a storm or a vehicle: no actor acts ("stocks rallied")."""
        toks = doc.tokens
        # "prices continued to fall", "a car came along and killed him": the subject of the verb it hangs on
        verbs = [i, parse.heads[i]] if parse.deps.get(i) in ("xcomp", "conj") and i in parse.heads else [i]
        return any(parse.deps.get(c) in ("nsubj", "nsubjpass") and (toks[c].lower in self.no_event_subjects
                   or toks[c].lemma in self.no_event_subjects) for v in verbs for c in parse.children.get(v, []))

    def moves_money(self, doc: Doc, i: int, parse: Analysis | None) -> bool:
        """The trigger at ``i`` (verb or noun) moves something from, to or into a money holder: "withdrawals from
        three investment funds", "transferred $24 billion to reserves" are finance, no retreat or aid."""
        if not self.money_places or parse is None or i not in parse.heads:
            return False
        toks = doc.tokens
        # a noun that is a verb's object shares the verb's phrases ("halted withdrawals from ... funds")
        at = [i, parse.heads[i]] if parse.tags.get(i, "").startswith("NN") and parse.deps.get(i) in ("dobj", "obj") else [i]
        return any(parse.deps.get(p) == "prep" and toks[p].lower in self.money_preps and any(
            parse.deps.get(o) in ("pobj", "obj") and toks[o].text.islower() and toks[o].lower in self.money_places
            for o in parse.children.get(p, [])) for h in at for p in parse.children.get(h, []))

    def _mandative(self, doc: Doc, i: int, parse: Analysis) -> bool:
        """The verb at ``i`` stands bare with its own subject in a "that" clause of a noun or adjective: a mandative
        subjunctive ("its demands that the government grant", "Russia's demand that Ukraine withdraw"), asked for,
        not done. After a verb ("insisted that X send") the demand is the speaker's (event_builder, demands.py)."""
        if not self.mandative_marks or i not in parse.heads or not parse.tags.get(parse.heads[i], "").startswith(
                ("NN", "JJ")) or not subjunctive(parse, i):
            return False
        kids = parse.children.get(i, [])
        return (any(parse.deps.get(c) == "mark" and doc.tokens[c].lower in self.mandative_marks for c in kids)
                and any(parse.deps.get(c) in ("nsubj", "nsubjpass") for c in kids))

    def _aimed(self, doc: Doc, i: int, parse: Analysis) -> bool:
        """The verb at ``i`` is the complement of an aim verb in base form ("to help feed refugees", "will help
        troops deploy"): the act is the aim of another's help, not told as done; past "helped them retake" is told."""
        h = parse.heads.get(i)
        return (bool(self.aim_heads) and h is not None and h != i and parse.deps.get(i) in ("xcomp", "ccomp")
                and parse.tags.get(h) == "VB" and (doc.tokens[h].lemma or doc.tokens[h].lower) in self.aim_heads)

    def _asks_question(self, doc: Doc, i: int, lemma: str, parse: Analysis) -> bool:
        """The verb asks a question: its complement clause opens with "whether", "if" or a wh-word, or a question
        preposition ("about") hangs on it; a request asks for something ("asked Iran to stop", "asked for aid")."""
        if lemma not in self.question_verbs:
            return False
        toks = doc.tokens
        for c in parse.children.get(i, []):
            dep = parse.deps.get(c, "")
            if dep == "prep" and toks[c].lower in self.question_words:
                return True
            # an adverbial clause opened by "if" or "when" is a condition or a time ("asked for help if fighting
            # resumes"): there only ``question_condition_words`` open a question
            words = self.question_words if dep == "ccomp" else self.question_condition_words if dep == "advcl" else frozenset()
            if any(g < c and toks[g].lower in words and parse.deps.get(g) in ("mark", "advmod", "nsubj", "dobj", "attr")
                   for g in parse.children.get(c, [])):
                return True
        return False

    def _leaves_contest(self, doc: Doc, i: int, lemma: str, parse: Analysis) -> bool:
        """The verb leaves a contest: its "from" or "(out) of" phrase names a race, poll or tournament ("withdrew from
        the run-off", "pulled out of the race"); a candidate who quits fights no one and withdraws no force."""
        return bool(self._left(doc, i, lemma, parse) & self.contests)

    def _left(self, doc: Doc, i: int, lemma: str, parse: Analysis) -> set[str]:
        """Words of what a verb of leaving leaves: the heads of its "from" or "(out) of" phrase (empty for others)."""
        if lemma not in self.exit_verbs:
            return set()
        toks, kids = doc.tokens, list(parse.children.get(i, []))
        kids += [g for c in kids if toks[c].lower in self.exit_particles for g in parse.children.get(c, [])]  # "out | of"
        objs = [o for p in kids if parse.deps.get(p) == "prep" and toks[p].lower in self.exit_preps
                for o in parse.children.get(p, []) if parse.deps.get(o) in ("pobj", "obj")]
        words: set[str] = set()
        for o in objs:
            first = min([c for c in parse.children.get(o, []) if parse.deps.get(c) == "compound"] + [o])
            hyphened = "".join(t.text for t in toks[first:o + 1]).lower()  # "run-off": "run" "-" "off"
            words |= {toks[o].lower, toks[o].lemma, hyphened}
        return words

    def _object_infinitive(self, doc: Doc, i: int, parse: Analysis) -> bool:
        """The verb has an object with an infinitive of its own: "wants Iran to halt" (a complement clause with its
        own subject and "to", or an object beside an infinitive complement; a modal of ``object_infinitive_modals``
        serves as the "to": "wants China and India must do more"); not "wants to buy" (its own act)."""
        toks, kids, to = doc.tokens, parse.children.get(i, []), function_words(doc.lang).infinitive_markers
        for c in kids:
            dep = parse.deps.get(c)
            if dep not in ("ccomp", "xcomp") or c < i:
                continue
            sub = parse.children.get(c, [])
            has_to = any((toks[g].lower in to or toks[g].lower in self.object_infinitive_modals)
                         and parse.deps.get(g) == "aux" for g in sub)
            own_subject = any(parse.deps.get(g) in ("nsubj", "nsubjpass", "nsubj:pass") and g < c for g in sub)
            if has_to and (own_subject or any(parse.deps.get(o) in ("dobj", "obj") and o < c for o in kids)):
                return True
        return False

    def _lacks_object(self, i: int, lemma: str, parse: Analysis) -> bool:
        """A verb that needs an object has none in the parse (an attributive participle's noun counts); read as a
        noun it names no act either ("a decline in sales")."""
        extra = self.object_needed.get(lemma)
        if extra is None or parse.deps.get(i) in ("acl", "amod"):
            return False
        if parse.tags.get(i, "").startswith("NN") and not parse.tags.get(i, "").startswith("NNP"):
            return True
        deps = (_OBJECT_DEPS - {"ccomp"}) | extra
        return not any(parse.deps.get(c) in deps for c in parse.children.get(i, []))

    def _bare_without_parse(self, doc: Doc, i: int, end: int, lemma: str) -> bool:
        """Without a parse, a verb that needs an object followed by the clause's end, a punctuation mark or a
        preposition has none ("a decline in sales", "were declining for two years"); "to" counts as an object
        where an infinitive does ("declined to comment")."""
        if lemma not in self.object_needed:
            return False
        nxt = doc.tokens[i + 1].lower if i + 1 < end else ""
        if nxt in function_words(doc.lang).infinitive_markers and "xcomp" in self.object_needed[lemma]:
            return False
        return not nxt[:1].isalnum() or nxt in self.bare_followers

    def noun_ok(self, doc: Doc, i: int, parse: Analysis | None, word: str) -> bool:
        """A noun of the required-object verbs names the event only with its object after "of" or before it ("the
        release of the hostages", "a prisoner exchange"; not "the release of Apple's iLife", "foreign exchange")."""
        if word not in self.required or parse is None or i not in parse.heads:
            return True
        return self._noun_object(doc, i, parse, word)

    def _noun_object(self, doc: Doc, i: int, parse: Analysis, word: str) -> bool:
        toks, of = doc.tokens, function_words(doc.lang).genitive_prepositions
        heads = [c for c in parse.children.get(i, []) if parse.deps.get(c) == "compound"]
        heads += [o for p in parse.children.get(i, []) if parse.deps.get(p) == "prep" and toks[p].lower in of
                  for o in parse.children.get(p, []) if parse.deps.get(o) in ("pobj", "obj")]
        return self._any_required(doc, parse, heads, word) if heads else False

    def _any_required(self, doc: Doc, parse: Analysis, heads: list[int], word: str) -> bool:
        toks, of = doc.tokens, function_words(doc.lang).genitive_prepositions
        for h in list(heads):  # "dozens of prisoners", "the release of some of them"
            if toks[h].lower in self.quantity_heads or toks[h].lemma in self.quantity_heads:
                heads.extend(o for p in parse.children.get(h, []) if parse.deps.get(p) == "prep" and toks[p].lower in of
                             for o in parse.children.get(p, []) if parse.deps.get(o) in ("pobj", "obj"))
        words = self.required[word]
        loose = () if word in self.strict else ("NNP", "PRP", "CD", "WP", "$")
        return any(parse.tags.get(h, "").startswith(loose) or toks[h].lower in words
                   or toks[h].lemma in words for h in heads)

    def _acts_on(self, doc: Doc, i: int, end: int, parse: Analysis | None, lemma: str) -> bool:
        """The verb at ``i`` acts on what makes it an event: its object (passive subject, or the noun a participle
        modifies) is a name, a pronoun, a number or one of the verb's required nouns; or the parse shows no object.
        Without a parse: one of the five words after it is such a word."""
        if parse is None or i not in parse.heads:
            after = doc.tokens[i + 1:min(end, i + 6)]
            return not after or any(t.lower in self.required[lemma] or t.lemma in self.required[lemma]
                                    or t.lower in self.personal_objects or t.text[:1].isdigit() or t.text[:1].isupper()
                                    for t in after)
        if parse.tags.get(i, "").startswith("NN"):  # "foreign exchange", "in exchange for": read as a noun
            return self._noun_object(doc, i, parse, lemma)
        heads = [c for c in parse.children.get(i, []) if parse.deps.get(c, "") in _OBJECT_DEPS]
        if lemma not in self.partner_with:  # "supply X with vessels"; "exchanged fire with X": X is the other side
            with_ = function_words(doc.lang).partner_prepositions
            heads += [o for p in parse.children.get(i, []) if parse.deps.get(p) == "prep" and doc.tokens[p].lower in with_
                      for o in parse.children.get(p, []) if parse.deps.get(o) in ("pobj", "obj")]
        if parse.deps.get(i) == "acl" and i in parse.heads:
            heads.append(parse.heads[i])  # "data released Wednesday": the noun is what is released
        if not heads and any(parse.deps.get(c) in ("xcomp", "ccomp") and parse.tags.get(c, "").startswith("VB")
                             and not any(parse.deps.get(g) in ("nsubj", "nsubjpass") for g in parse.children.get(c, []))
                             for c in parse.children.get(i, [])):
            return False  # "helps explain", "will help fight the war": a verb, no goods or people, is what it helps
        return self._any_required(doc, parse, heads, lemma) if heads else True

    def cued(self, doc: Doc, start: int, end: int, word: str, rules: list[Rule] | None) -> list[Rule] | None:
        """The rules of a trigger re-read by a cue word in its clause ("workers ... strike": a labour strike)."""
        cue = self.cues.get(word)
        if not rules or cue is None:
            return rules
        rule, words, stop = cue
        seen = {w for t in doc.tokens[start:end] for w in (t.lower, t.lemma)}
        return [rule] if seen & words and not seen & stop else rules

    def _objects(self, doc: Doc, i: int, start: int, end: int, parse: Analysis | None) -> set[str]:
        """Words (forms and lemmas) of the heads of what the verb at ``i`` acts on: its object or passive subject
        in the parse, or the noun after one of the ``object_prepositions`` or agent "by" ("met with criticism", "hit
        by a storm"); without a parse the five words after it."""
        toks = doc.tokens
        if parse is None or i not in parse.heads:
            return {w for t in toks[i + 1:min(end, i + 6)] for w in (t.lower, t.lemma)}
        heads: list[int] = []
        for c in parse.children.get(i, []):
            dep = parse.deps.get(c, "")
            if dep in _OBJECT_DEPS:
                heads.append(c)
            elif dep == "agent" or (dep == "prep" and toks[c].lower in self.object_prepositions):
                heads.extend(g for g in parse.children.get(c, []) if parse.deps.get(g) in ("pobj", "obj"))
        if parse.deps.get(i) == "acl" and i in parse.heads:
            heads.append(parse.heads[i])  # "the letter, signed by the minister": the noun is what is signed
        elif i in parse.heads and object_relative(parse, parse.heads[i]) == i:
            # "the raid, which was carried out by X", "the strike Israel carried out": the relative stands for the noun
            heads = [c for c in heads if parse.tags.get(c) not in RELATIVE_TAGS and c > i] + [parse.heads[i]]
        # a name is read by its title ("welcomed Prime Minister Narendra Modi": a minister)
        heads += [g for c in heads if parse.tags.get(c, "").startswith("NNP") for g in parse.children.get(c, [])
                  if parse.deps.get(g) == "compound"]
        return {w for c in heads for w in (toks[c].lower, toks[c].lemma)}
