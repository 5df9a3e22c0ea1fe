"""A possessive before a land noun ("its territory", "their airspace") names the land of an actor told before it in
its sentence, and never the doer of the act on that land: "Pakistan said Indian troops violated its territory" is
Pakistan's, "Georgia said Russia annexed part of its territory" Georgia's. Read only where the English parse says who
the doer is (the subject of the verb the land noun hangs under, or the object that controls it: "accused Israel of
occupying its territory") and another country's actor stands before it; "Russia moved troops to its border" names
no one else, so nothing is read there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..language.phrases import PhraseSet
from ..model import ActorRef, Doc, Mention
from .analyser import Analysis, analysis_of
from .coreference import refers_to
from .relatives_en import OBJ, PASSIVE_SUBJ, SUBJ

_CLIMB = ("pobj", "prep", "dobj", "obj", "nmod", "compound", "conj", "appos")  # up from the noun to its verb


@dataclass(frozen=True)
class LandPhrases:
    """The land phrases (lexicon ``anaphors.owned_land``); one of two words ("its towns") may hold modifiers of its
    noun between ("its northern towns", "its own territory"), which the parse must hang on that noun."""

    phrases: PhraseSet = PhraseSet([])
    nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "its" -> {"territory", "towns", ...}
    openers: frozenset[str] | None = None  # the words a land phrase can open with (None: try every word)

    @classmethod
    def of(cls, words: list[Any]) -> LandPhrases:
        """Built once from the lexicon list, so a scan tests each word against the openers only."""
        pairs: dict[str, set[str]] = {}
        for w in words:  # a phrase as text or as its words
            if len(parts := (w.split() if isinstance(w, str) else list(w))) == 2:
                parts = [x.lower() for x in parts]
                pairs.setdefault(parts[0], set()).add(parts[1])
        phrases = PhraseSet(words)
        firsts = phrases.openers
        return cls(phrases, {k: frozenset(v) for k, v in pairs.items()},
                   None if firsts is None else frozenset(firsts) | frozenset(pairs))

    def match_at(self, lows: list[str], i: int) -> tuple[int, int]:
        """(length, modifiers between) of a land phrase at ``i``; (0, 0) where none starts there."""
        if words := self.phrases.match_at(lows, i):
            return len(words), 0
        nouns = self.nouns.get(lows[i])
        if nouns:
            for k in (1, 2):
                if i + k + 1 < len(lows) and lows[i + k + 1] in nouns \
                        and all(w.isalpha() for w in lows[i + 1:i + k + 1]):
                    return k + 2, k
        return 0, 0


def owned_land(doc: Doc, mentions: list[Mention], phrases: LandPhrases, countries: dict[str, str],
               targets: LandPhrases | None = None, own: frozenset[str] = frozenset()) -> list[Mention]:
    """New mentions, one for each land phrase whose owner is read: the owner's country (no sector: its land). With
    ``targets`` (lexicon ``anaphors.owned_targets``: "its embassy", "its citizens") the same for a possessive's people
    and property, more strictly (``_strict_refuses``): those are as often the doer's own as its land is not."""
    out = _owned(doc, mentions, phrases, countries, frozenset(), False)
    return out if targets is None else [*out, *_owned(doc, mentions, targets, countries, own, True)]


def _owned(doc: Doc, mentions: list[Mention], phrases: LandPhrases, countries: dict[str, str], own: frozenset[str],
           strict: bool) -> list[Mention]:
    """The owned phrases of one list (see ``owned_land``)."""
    if not phrases.phrases:
        return []
    toks, lows = doc.tokens, doc.lowers
    out: list[Mention] = []
    firsts = phrases.openers  # a word that opens no phrase: one set test, not a call per word
    for i in range(len(toks)) if firsts is None else (i for i, w in enumerate(lows) if w in firsts):
        n, between = phrases.match_at(lows, i)
        if not n or toks[i + n - 1].sent != toks[i].sent:
            continue
        words = lows[i:i + n]
        sent = toks[i].sent
        prior = [m for m in mentions if m.kind == "actor" and m.actor is not None and m.actor.country
                 and not m.is_location and m.tok_end <= i and toks[m.tok_start].sent == sent]
        if len({m.actor.country for m in prior if m.actor is not None}) < 2:
            continue  # one country before it: the doer's own land, or no telling
        parse = analysis_of(doc)
        if parse is None or not parse.need(sent):
            continue
        noun = i + len(words) - 1
        if between and not all(parse.heads.get(j) == noun and parse.deps.get(j) in ("amod", "compound")
                               for j in range(i + 1, noun)):
            continue  # "its forces attacked towns": no modifiers of the land noun
        if strict and _strict_refuses(parse, lows, i, noun, own):
            continue
        doers = _doer_countries(parse, i + len(words) - 1, mentions)
        owners = [m for m in prior if m.actor is not None and m.actor.country not in doers]
        if not doers or not owners:
            continue
        ante, end = owners[-1], toks[i + len(words) - 1].end
        c = ante.actor.country if ante.actor is not None else None
        text = doc.text[toks[i].start:end]
        out.append(Mention(i, i + len(words), toks[i].start, end, text, "actor", via="anaphor",
                           actor=ActorRef(text, countries.get(c or "", c or ""), c, c, None),
                           refers_to=ante.refers_to or refers_to(doc, ante)))
    return out


def _doer_countries(parse: Analysis, noun: int, mentions: list[Mention]) -> set[str]:
    """The countries of the doer of the act the land noun is a part of: the subject of the first verb above it, or
    for a gerund or infinitive without one ("of occupying", "to enter") the object (else subject) of the verb above."""
    cur = noun
    for _ in range(6):
        if parse.tags.get(cur, "").startswith("VB") and cur != noun:
            break
        if parse.deps.get(cur) not in _CLIMB or parse.heads.get(cur, cur) == cur:
            return set()
        cur = parse.heads[cur]
    else:
        return set()
    subjects = [c for c in parse.children.get(cur, []) if parse.deps.get(c) in SUBJ | PASSIVE_SUBJ]
    if not subjects and parse.deps.get(cur) in ("pcomp", "xcomp", "advcl", "conj"):
        up = parse.heads.get(cur, cur)
        up = parse.heads.get(up, up) if parse.deps.get(up) == "prep" else up  # "accused Israel of occupying"
        kids = parse.children.get(up, [])
        subjects = [c for c in kids if parse.deps.get(c) in OBJ] or [c for c in kids if parse.deps.get(c) in SUBJ]
    return {m.actor.country for m in mentions for s in subjects if m.kind == "actor" and m.actor is not None
            and m.actor.country and m.tok_start <= s < m.tok_end}


def _strict_refuses(parse: Analysis, lows: list[str], i: int, noun: int, own: frozenset[str]) -> bool:
    """A people or property phrase is not read with "own" in it ("killing its own citizens": the doer's) nor under
    an infinitive with no subject of its own ("urged Japan to protect its citizens": whose, the request leaves open)."""
    if any(w in own for w in lows[i + 1:noun]):
        return True
    cur = noun
    for _ in range(6):
        if parse.tags.get(cur, "").startswith("VB") and cur != noun:
            return parse.deps.get(cur) == "xcomp" and not any(
                parse.deps.get(c) in SUBJ | PASSIVE_SUBJ for c in parse.children.get(cur, []))
        if parse.heads.get(cur, cur) == cur:
            return False
        cur = parse.heads[cur]
    return False
