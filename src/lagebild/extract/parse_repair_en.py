"""Two repairs of the small English parser's dependencies. First, in "Russia attacked Ukraine and China condemned the strike" it
reads "China" as a second object of "attacked" (conj of "Ukraine") and "condemned" as a verb with no subject of its
own, so Russia both attacks China and condemns. A finite verb with no subject, right after a noun coordinated with
another verb's object, has that noun as its subject: the noun is moved there. Second, in "Iraqi police killed in a
friendly fire incident were buried" it reads "killed" as the police's own act and "were buried" as a second verb: a
verb whose subject is followed by a past form and, with no coordinator between, by a subjectless "were/was" verb is a
participle describing the subject (a reduced relative: those killed), and the later verb is the sentence's. Third, in
"Syria's foreign minister called Thursday on Arab states to unite" it reads "called" before a day name as a participle
naming the noun ("a man called John") and leaves the sentence without a verb (``repair_dated_verbs``). Fourth, in
"Ukrainian shelling killed two people" it reads the adjective as the subject and "shelling" as an adverb-like verb
form: the -ing word between them is the subject noun, the adjective its modifier (``repair_adjective_subjects``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.resources import derived_cache, load

if TYPE_CHECKING:
    from ..model import Doc
    from .analyser import Analysis

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})  # "China has strongly condemned"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUNS = frozenset({"NNP", "NNPS", "NN", "NNS"})
_OBJECTS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})
_AUX = frozenset({"aux", "auxpass"})
_PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})
_CLAUSE_LINKS = frozenset({"conj", "advcl", "ccomp", "parataxis"})
_BREAKS = frozenset({"cc", "mark", "punct", "advmod", "nsubj", "nsubjpass"})


def rehang(a: Analysis, i: int, head: int, dep: str) -> None:
    """Hang token ``i`` on ``head`` with label ``dep``, taken off its old head's children (a move
    the repairs here and in helped_doers_en.py share)."""
    old = a.heads.get(i, i)
    if old != i:
        a.children[old] = [c for c in a.children.get(old, []) if c != i]
    a.heads[i], a.deps[i] = head, dep
    a.children.setdefault(head, []).append(i)


def repair_conjoined_subjects(a: Analysis, tok_start: int, tok_end: int) -> None:
    """Re-attach the subject of each coordinated finite verb the parser left subjectless (see the module's doc)."""
    for v in range(tok_start, tok_end):
        if not a.tags.get(v, "").startswith("VB") or a.deps.get(v) in ("aux", "auxpass", "xcomp", "amod", "relcl"):
            continue
        kids = a.children.get(v, [])
        if any(a.deps.get(k) in _SUBJ for k in kids) or any(a.tags.get(k) == "TO" for k in kids):
            continue  # its own subject, or an infinitive ("and France to condemn")
        before = [k for k in kids if k < v and a.deps.get(k) in _BEFORE_VERB]
        if a.tags.get(v) not in _FINITE and not any(a.deps.get(k) in ("aux", "auxpass") for k in before):
            continue  # "..., condemning the strike": a participle has no subject of its own
        n = min([v, *before]) - 1
        if n < tok_start or a.deps.get(n) != "conj" or a.tags.get(n) not in _NOUNS:
            continue
        w = _object_of(a, n)
        if w is None or w == v:
            continue
        rehang(a, n, v, "nsubj")


def repair_reduced_relatives(a: Analysis, tok_start: int, tok_end: int) -> None:
    """Read "X killed in the attack were buried" as X (killed in the attack) were buried (see the module's doc); so
    too inside a clause opened by a conjunction ("mourners gathered as police killed by US troops were buried"), where
    the parse hangs the later verb on the main clause's or the participle's clause on the later verb."""
    for v in range(tok_start, tok_end):
        if a.tags.get(v) not in _PARTICIPLE_TAGS:
            continue  # a past form
        if a.heads.get(v) == v:  # the parse's root
            later = [k for k in a.children.get(v, []) if k > v and a.deps.get(k) in _CLAUSE_LINKS
                     and a.tags.get(k, "").startswith("VB")]
            if (x := _described(a, v, later[:1])) is not None:
                w = later[0]
                a.children[v] = [k for k in a.children.get(v, []) if k not in (x, w)]
                a.heads[w], a.deps[w] = w, "ROOT"
                _describe(a, v, x, w)
                return  # one root per sentence
        elif a.deps.get(v) == "advcl" and a.heads.get(v) is not None:
            marks = [k for k in a.children.get(v, []) if k < v and a.deps.get(k) == "mark"]
            g = a.heads[v]
            later = [k for k in a.children.get(g, []) if k > v and a.deps.get(k) == "conj"
                     and a.tags.get(k, "").startswith("VB")] or ([g] if g > v else [])  # or the clause's head itself
            if len(marks) == 1 and a.tags.get(later[0] if later else v, "").startswith("VB") \
                    and (x := _described(a, v, later[:1])) is not None:
                w, m = later[0], marks[0]
                a.children[v] = [k for k in a.children.get(v, []) if k not in (x, m)]
                if w == g:
                    a.children[g] = [k for k in a.children.get(g, []) if k != v]
                else:
                    a.deps[w] = "advcl"  # the clause's own verb now, still under the main clause's
                a.heads[m] = w
                a.children.setdefault(w, []).append(m)
                _describe(a, v, x, w)


def _described(a: Analysis, v: int, later: list[int]) -> int | None:
    """The one subject of participle ``v`` when ``v`` describes it and the verb in ``later`` is the subject's own: no
    object of ``v`` ("police killed three men": their act), a subjectless finite "were/was" verb after it and only a
    phrase of place, time or agent between; None otherwise."""
    kids = a.children.get(v, [])
    subj = [k for k in kids if k < v and a.deps.get(k) == "nsubj"]
    if len(subj) != 1 or not later or any(a.deps.get(k) in ("dobj", "aux", "auxpass", "neg") for k in kids):
        return None
    w = later[0]
    w_kids = a.children.get(w, [])
    aux = [k for k in w_kids if k < w and a.deps.get(k) in _AUX and a.tags.get(k) in _FINITE]
    if not aux or any(a.deps.get(k) in (*_SUBJ, "mark") for k in w_kids):
        return None  # "were buried" needs its subject; "after they were ..." is a clause of its own
    if any(a.deps.get(j) in _BREAKS or a.tags.get(j, "").startswith("VB") or a.tags.get(j) in ("TO", "MD")
           for j in range(v + 1, min(aux))):
        return None  # only a phrase of place, time or agent between ("killed in the attack", "deployed to the
        # border"); not "X resigned to allow ...", "prepared to resume ... as attempts were ...", "X and were"
    return subj[0]


def _describe(a: Analysis, v: int, x: int, w: int) -> None:
    """Make participle ``v`` describe its former subject ``x``, and ``x`` the subject of verb ``w``."""
    aux = [k for k in a.children.get(w, []) if k < w and a.deps.get(k) in _AUX]
    a.heads[x], a.deps[x] = w, "nsubjpass" if any(a.deps.get(k) == "auxpass" for k in aux) else "nsubj"
    a.heads[v], a.deps[v], a.tags[v] = x, "acl", "VBN"
    a.children.setdefault(x, []).append(v)
    a.children.setdefault(w, []).append(x)


@derived_cache
def _dated_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The day words of en/dates.yaml (weekdays, "today", "yesterday") and the verbs that act only with a preposition
    (en/lexicon.yaml ``needs_preposition``: "call on", "press for"), read once."""
    dates = load("dates", "en") or {}
    lex = ((load("lexicon", "en") or {}).get("parse_roles") or {}).get("needs_preposition") or {}
    days = frozenset(w.lower() for w in [*(dates.get("weekdays") or {}), *(dates.get("days") or {})])
    return days, {v: frozenset(ps) for v, ps in lex.items()}


def repair_dated_verbs(a: Analysis, doc: Doc, tok_start: int, tok_end: int) -> None:
    """Read "the minister called Thursday on X to unite" / "called Monday for talks" as a plain appeal (see the
    module's doc): a verb of ``needs_preposition`` with a day word right after it and its preposition after that.
    Hung as a participle on the sentence's root noun it is no name given ("a man called John") nor a passive ("a
    strike called for Monday" has no day word between): it is made the root, the noun its subject. Its to-infinitive,
    which the day word makes the parser read as an adverbial clause, is the asked act (xcomp) as without the day."""
    days, needs = _dated_words()
    toks = doc.tokens
    for v in range(tok_start, tok_end - 2):
        preps = needs.get(toks[v].lemma)
        if not preps or not a.tags.get(v, "").startswith("VB") or toks[v + 1].lower not in days:
            continue
        kids = a.children.get(v, [])
        if v + 1 not in kids or not any(k > v + 1 and toks[k].lower in preps and a.deps.get(k) == "prep" for k in kids):
            continue
        for k in kids:
            if k > v + 1 and a.deps.get(k) == "advcl" and any(
                    a.tags.get(m) == "TO" and m < k for m in a.children.get(k, [])):
                a.deps[k] = "xcomp"  # "called Thursday on Arab states to unite": they are asked to unite
        n = a.heads.get(v, v)
        if a.deps.get(v) != "acl" or a.tags.get(v) not in _PARTICIPLE_TAGS or n >= v or a.heads.get(n) != n \
                or a.tags.get(n) not in _NOUNS:
            continue
        later = [k for k in a.children.get(n, []) if k > v]  # the full stop, a clause after: the verb's now
        a.children[n] = [k for k in a.children.get(n, []) if k < v]
        for k in later:
            a.heads[k] = v
        a.children[v] = [*kids, *later, n]
        a.heads[n], a.deps[n] = v, "nsubj"
        a.heads[v], a.deps[v], a.tags[v] = v, "ROOT", "VBD"
        a.deps[v + 1] = "npadvmod"


def repair_adjective_subjects(a: Analysis, tok_start: int, tok_end: int) -> None:
    """Read "Ukrainian shelling killed" as (Ukrainian shelling) killed: an adjective parsed as the subject of the
    finite verb right after the -ing form that stands between them (see the module's doc)."""
    for j in range(tok_start, tok_end - 2):
        g, v = j + 1, j + 2
        if a.tags.get(j) != "JJ" or a.deps.get(j) != "nsubj" or a.heads.get(j) != v or a.tags.get(g) != "VBG" \
                or a.heads.get(g) != v or a.tags.get(v) not in _FINITE or a.children.get(g):
            continue
        a.children[v] = [k for k in a.children.get(v, []) if k != j]
        a.heads[g], a.deps[g], a.tags[g] = v, "nsubj", "NN"
        a.heads[j], a.deps[j] = g, "amod"
        a.children[g] = [j]


def _object_of(a: Analysis, n: int) -> int | None:
    """The verb ``n`` is coordinated with an object of ("attacked Ukraine and China", "sanctions on Iran and Russia"),
    None where ``n`` is no object's conjunct."""
    i, seen_object = n, False
    for _ in range(8):
        h = a.heads.get(i, i)
        if h == i:
            return None
        if a.deps.get(i) in _OBJECTS:
            seen_object = True
        if a.tags.get(h, "").startswith("VB"):
            return h if seen_object else None
        i = h
    return None
