"""Clauses: the unit inside which an event's roles are sought.

A clause break is a subordinator ("dass", "um", "that") or a comma followed by one or by a relative
pronoun; other commas (appositions, "heute, am 23. Oktober,") do not break, so "Dem Direktor ...,
Kyrylo Budanow, zufolge werden ... eintreffen" stays one clause. Where a German zu-infinitive clause opens is
asked of clause_infinitives.py, which other readings share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from ..knowledge.resources import lower_words
from ..model import Doc, Mention, Token
from .clause_infinitives import infinitive_after, infinitive_ahead, opens_infinitive

_HARD = {";", ":", "(", ")", "–", "—"}
_DAY_NUMBER = re.compile(r"\d{1,2}\.(\d{1,2}\.(\d{2}|\d{4})?)?")


@dataclass
class Clause:
    sent: int
    start: int  # first token
    end: int  # exclusive
    opener: str | None  # the word that opened it ("dass", "um", ...), lower case


@dataclass(frozen=True)
class Fronted:
    """What tells a fronted subordinate clause (German verb-second order): the words that open one
    (``fronted_clause_openers`` in de/lexicon.yaml) and a test for a finite verb."""

    subordinators: frozenset[str]
    verb: Callable[[int], bool]
    prepositions: frozenset[str] = frozenset()  # a Vorfeld phrase ("Nach der Zahlung des Geldes, das ..., hatten X")


@dataclass(frozen=True)
class ClauseWords:
    """The words the splitter reads (``clause_words`` in <lang>/lexicon.yaml, documented there): language data, so
    that no German or English word sits in this module."""

    relatives: frozenset[str] = frozenset()  # ", die ...", ", which ...": a relative clause
    date_articles: frozenset[str] = frozenset()  # ", den 09.04.2005,": a date apposition, no relative clause
    main_coordinators: frozenset[str] = frozenset()  # "lehnte ab und die Grünen forderten": a second main clause
    phrase_coordinators: frozenset[str] = frozenset()  # "und"/"oder" after it: still the phrase, no verb second
    participle_auxiliaries: frozenset[str] = frozenset()  # "getötet worden": a participle, no verb second
    infinitive_openers: frozenset[str] = frozenset()  # "protestierten um zu zeigen": an adverb break that still opens
    nonverb_endings: tuple[str, ...] = ()  # "und neue", "und den": no verb opens a clause after a weak break (_verb_like)

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> ClauseWords:
        """The words of a lexicon's ``clause_words`` mapping (absent lists are empty; endings as a tuple for endswith)."""
        data = data or {}
        return cls(*(tuple(sorted(lower_words(data, f.name))) if f.default == () else lower_words(data, f.name)
                     for f in fields(cls)))


ANY_WORD = "*"  # in a condition's verbs: the condition ends at its first comma (English)


def _relative(doc: Doc, i: int, end: int, words: ClauseWords, finite: frozenset[str] | set[str] = frozenset()) -> bool:
    """', die nordkoreanische Soldaten ... zeigen' is a relative clause; ', die Entsendung' is an article,
    unless the stretch up to the next comma ends in a finite auxiliary (', die Russland beliefert haben sollen')."""
    toks = doc.tokens
    if i >= end or toks[i].lower not in words.relatives:  # a comma may end the sentence
        return False
    if toks[i].lower in words.date_articles and i + 1 < end and _DAY_NUMBER.fullmatch(toks[i + 1].text):
        return False  # "am Samstag, den 09.04.2005, einem Flugzeug ...": a date apposition, the clause goes on
    if i + 1 >= end or not toks[i + 1].text[:1].isupper():
        return True
    j = i + 1
    while j < end and toks[j].text not in (",", ";", ":"):
        j += 1
    last = j - 1
    while last > i and not toks[last].text[:1].isalpha():
        last -= 1
    return toks[last].lower in finite and last > i + 1


def _named_relative(doc: Doc, i: int, end: int, determiners: set[str], markers: set[str]) -> bool:
    """', in dem Russland die Ukraine angriff', ', bei dem Israel Ziele im Libanon bombardierte': the pronoun at ``i``
    is no article of the name right after it when another phrase (an article or a capitalised word) follows the name
    at once and the stretch to the next comma ends in a verb that is no zu-infinitive (a ``markers`` word inside it);
    ', in der Hauptstadt seien ...'
    (a verb second) and ', gegen den Irak vorzugehen' stay phrases."""
    toks = doc.tokens
    if i + 2 >= end or not toks[i + 1].text[:1].isupper() or not (
            toks[i + 2].lower in determiners or toks[i + 2].text[:1].isupper()):
        return False
    j = i + 1
    while j < end and toks[j].text not in (",", ";", ":"):
        j += 1
    words = [t for t in toks[i + 1:j] if t.text[:1].isalpha()]
    last = words[-1].text if words else ""
    return len(words) >= 3 and last.isalpha() and last.islower() and len(last) > 2 and last not in determiners \
        and not any(m in last[2:-2] for m in markers) and not any(t.lower in markers for t in words)


def actors_before_comma(mentions: list[Mention], comma: int) -> list[Mention]:
    """The actors of ``mentions`` that end just before the comma at ``comma`` or one word earlier ("die Vorwürfe des
    Irans zurück, der ..."): what a relative pronoun after that comma may stand for (the splitter and relatives_de ask)."""
    return [m for m in mentions if m.kind == "actor" and m.actor is not None and comma - 1 <= m.tok_end <= comma]


def _verb_second(doc: Doc, i: int, end: int, finite: frozenset[str] | set[str]) -> bool:
    """', die Europäische Union sei bereit': a finite auxiliary before the last word of the stretch after ``i`` makes
    a main clause's verb second, no relative clause's verb last."""
    toks = doc.tokens
    j = i + 1
    while j < end and toks[j].text not in (",", ";", ":"):
        j += 1
    words = [t.lower for t in toks[i + 1:j] if t.text[:1].isalpha()]
    return any(w in finite for w in words[:-1])


def _verb_like(word: str, determiners: set[str], phrase_words: frozenset[str] | set[str],
               adjective_suffixes: tuple[str, ...] = (), nonverb_endings: tuple[str, ...] = ()) -> bool:
    """A lower-case word that is no determiner, adjective, number or phrase-opening preposition (``phrase_words``
    in the lexicon: "die seit Tagen erwartete Offensive", "Russland und auch China"): after 'und' it starts a
    new clause. An inflected word ends in one of ``nonverb_endings``, an uninflected adjective ("als niveaulos und
    inakzeptabel") in one of ``adjective_suffixes``."""
    return word.isalpha() and word.islower() and word not in determiners and word not in phrase_words and not word.endswith(
        nonverb_endings) and len(word) > 2 and not (adjective_suffixes and word.endswith(adjective_suffixes))


def _second_main(doc: Doc, start: int, i: int, end: int, determiners: set[str], verb: Callable[[int], bool],
                 finite: set[str], words: ClauseWords) -> bool:
    """'X lehnte den Plan ab und die Fraktion der Grünen forderte vom Minister ...': the "und" at ``i`` joins a second
    main clause with its own subject, an article's noun phrase, and its finite verb second. Only where the clause so
    far (a main or reported one: the caller asks) holds a verb and the verb after the phrase has words after it:
    "dass Russland die Ukraine und die USA angegriffen habe" (no verb before), "hat X kritisiert und die USA gelobt"
    (the verb last) and "waren 21 Touristen und ein Polizist getötet worden" (a participle) stay one clause."""
    toks = doc.tokens
    if i + 2 >= end or toks[i + 1].lower not in determiners or not toks[i + 2].text[:1].isupper() or not any(
            toks[k].text[:1].islower() and (verb(k) or toks[k].lower in finite or _weak_past(toks[k])) for k in range(start, i)):
        return False
    for k in range(i + 2, min(i + 12, end - 1)):
        t = toks[k]
        if t.text in (",", ";", ":") or t.text in words.phrase_coordinators:
            return False
        if t.text[:1].islower() and t.lower not in determiners and verb(k):
            # a participle before its auxiliary is no verb second ("21 Touristen und ein Polizist getötet worden")
            return toks[k + 1].text[:1].isalpha() and toks[k + 1].lower not in finite \
                and toks[k + 1].lower not in words.participle_auxiliaries
    return False


def _hyphen_bound(doc: Doc, i: int, end: int) -> bool:
    """The word at ``i`` is the first part of a hyphened compound ("so-called", "after-effects"): a modifier
    inside the clause, not the conjunction it spells alone."""
    toks = doc.tokens
    return i + 2 < end and toks[i + 1].text == "-" and toks[i].end == toks[i + 1].start \
        and toks[i + 1].end == toks[i + 2].start


def _weak_past(tok: Token) -> bool:
    """"forderte", "kritisierten": a weak verb's past tense, its lemma the stem plus "-en"/"-n" ("fordern"), which
    ``_verb_like`` turns down for its adjective-like ending; "neue" ("neu"), "erste" ("erst") keep no such lemma."""
    w, lemma = tok.lower, tok.lemma
    stem = w[:-2] if w.endswith("te") else w[:-3] if w.endswith("ten") else None
    return stem is not None and len(stem) > 2 and lemma in (stem + "en", stem + "n")


def _short_brackets(doc: Doc, lo: int, hi: int) -> set[int]:
    """Brackets around a few words ("(NIS)", "(CDU)", "(50 km)") name or gloss what stands before
    them: no clause break."""
    toks = doc.tokens
    out: set[int] = set()
    for i in range(lo, hi):
        if toks[i].text == "(":
            j = next((k for k in range(i + 1, min(hi, i + 5)) if toks[k].text == ")"), None)
            if j is not None and all(t.text not in (",", ";", ":", "(") for t in toks[i + 1:j]):
                out.update((i, j))
    return out


def _asyndetic(doc: Doc, start: int, i: int, end: int, finite: set[str]) -> bool:
    """'X wurde geschlagen, Y wurde unter Hausarrest gestellt, dem Stab wurde verboten, ...': after a comma that
    closes a clause with a finite auxiliary, a stretch that opens with a noun phrase, has a finite auxiliary after
    it and ends in a lower-case verb (a participle, "worden") is a main clause of its own."""
    toks = doc.tokens
    if not finite or not any(toks[j].lower in finite for j in range(start, i)):
        return False
    j = i + 1
    while j < end and toks[j].text not in (",", ";", ":"):
        j += 1
    words = [t for t in toks[i + 1:j] if t.text[:1].isalpha()]
    if len(words) < 3 or words[0].text[:1].islower() and not words[1].text[:1].isupper():
        return False  # "hat der Minister gesagt", "sagte er": a frame, not a clause with a subject first
    aux = next((k for k, t in enumerate(words) if t.lower in finite), None)
    return aux is not None and 1 <= aux < len(words) - 1 and words[-1].text.islower() and words[0].lower not in finite


def _verb_final(doc: Doc, i: int, end: int, determiners: set[str]) -> bool:
    """', als die Armee Belarus verließ': the stretch after the word at ``i`` up to the next comma ends in a lower-case
    word, the verb of a subordinate clause; ', als Reaktion auf die Angriffe' and ', bis Ende Mai' end in a noun."""
    toks = doc.tokens
    j = i + 1
    while j < end and toks[j].text not in (",", ";", ":"):
        j += 1
    words = [t for t in toks[i + 1:j] if t.text[:1].isalpha()]
    return len(words) >= 2 and words[-1].text.islower() and len(words[-1].text) > 2 and words[-1].lower not in determiners


def split_clauses(doc: Doc, sent: int, breaks: set[str], weak: set[str],
                  determiners: set[str] | None = None, comma_breaks: set[str] | None = None,
                  finite: set[str] | None = None, infinitive: set[str] | None = None,
                  phrase_words: frozenset[str] | set[str] = frozenset(),
                  adverb_breaks: frozenset[str] | set[str] = frozenset(),
                  conditions: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                  fronted: Fronted | None = None,
                  relative_preps: frozenset[str] | set[str] = frozenset(),
                  verb: Callable[[int], bool] | None = None,
                  verb_final_breaks: frozenset[str] | set[str] = frozenset(),
                  adjective_suffixes: tuple[str, ...] = (),
                  reported: Callable[[int], bool] | None = None,
                  words: ClauseWords = ClauseWords()) -> list[Clause]:
    """The clauses of one sentence, split at strong breaks, at commas before a subordinator, relative pronoun
    or infinitive clause, and at a weak break ("und") before a verb. An ``adverb_breaks`` word inside a clause is
    an adverb or preposition ("trifft damit den Punkt", "während der Proteste", "um die Verteilung"), no break.
    ``conditions`` (openers, finite verbs): a condition opened by one of the first ends at a comma before one of the
    second, the main clause's verb ("Wenn X angreife, würden die USA Truppen verlegen": the USA are no part of the if);
    ``ANY_WORD`` among the second ends it at any comma ("If Iran does not comply, the US would ...").
    ``relative_preps``: a comma, one of these and a relative pronoun open a relative clause (", von dem nur einige
    Ausnahmen für Frankreich gelten"): its actors belong to it, not to the clause before; its opener is the pronoun.
    ``fronted``: German verb-second order after a fronted subordinate clause ("Nachdem ..., hatte die Regierung ...
    in Frage gestellt"): the first comma that ends a subordinate clause before a finite verb opens the main clause,
    whose subject follows that verb. (Not after a fronted phrase: "Bei einem Angriff der Rebellen, die ..., wurden
    ... getötet" names the doer there, and splitting cost the unread carry parts two events.)
    ``verb_final_breaks``: words that open a subordinate clause after a comma only when the stretch ends in a verb
    (", als die Armee Belarus verließ", ", bis die Truppen abgezogen sind"; not ", als Reaktion auf ...").
    ``verb``: the parse's verb test for the word after a weak break (English: "to release", "and seized" open a
    clause, "and local forces" does not); without it the word's form decides (``_verb_like``, German endings;
    ``adjective_suffixes``: "bezeichnete sie als niveaulos und inakzeptabel" is one clause, its cue word kept; after
    "die"/"der" such a word may still open a relative clause: "die friedlich protestierten").
    ``reported``: does the comma at this token open a reported clause with its own subject (", es habe ...")?
    ``words``: the relative pronouns and other words the splitter reads (``ClauseWords``)."""
    determiners = determiners or set()
    comma_breaks = comma_breaks or set()
    finite = finite or set()
    toks = doc.tokens
    s = doc.sentences[sent]
    strong = breaks - weak
    clauses: list[Clause] = []
    start, opener = s.tok_start, None

    def close(end: int) -> None:
        if end > start:
            clauses.append(Clause(sent, start, end, opener))

    short = _short_brackets(doc, s.tok_start, s.tok_end)
    reported_at = -1  # where a reported clause opened: its "die" is an article ("die Kanzlerin habe"), no relative
    inside_until = -1  # an infinitive clause opened ahead of its list runs past its commas up to this token
    main_pending = fronted is not None and s.tok_start < s.tok_end and toks[s.tok_start].lower in fronted.subordinators
    for i in range(s.tok_start, s.tok_end):
        low = toks[i].lower
        nxt = toks[i + 1].lower if i + 1 < s.tok_end else ""
        if i in short:
            continue
        if low in _HARD or (low == "," and ((nxt in strong and not _hyphen_bound(doc, i + 1, s.tok_end))
                                           or _relative(doc, i + 1, s.tok_end, words, finite))):
            close(i)
            start, opener = i + 1, None
        elif low == "," and (nxt in conditions[1] or ANY_WORD in conditions[1]) and (
                opener in conditions[0] or toks[start].lower in conditions[0]):
            close(i)
            start, opener = i + 1, None
        elif low == "," and nxt in relative_preps and (_relative(doc, i + 2, s.tok_end, words, finite) or (
                i + 2 < s.tok_end and toks[i + 2].lower in words.relatives
                and _named_relative(doc, i + 2, s.tok_end, determiners, infinitive or set()))):
            close(i)
            start, opener = i + 1, toks[i + 2].lower
        elif low == "," and (nxt in comma_breaks or (nxt in verb_final_breaks
                                                      and _verb_final(doc, i + 1, s.tok_end, determiners))):
            close(i)
            start, opener = i + 1, nxt
        elif low == "," and infinitive and i < inside_until:
            continue
        elif low == "," and infinitive and (marker := infinitive_after(doc, i + 1, s.tok_end, infinitive)):
            close(i)
            start, opener = i + 1, marker
        elif low == "," and infinitive and toks[i - 1].text[:1].islower() and (
                ahead := infinitive_ahead(doc, i + 1, s.tok_end, infinitive, finite)):
            close(i)  # "hat beschlossen, Truppen, Panzer und Artillerie ... zu verlegen": one infinitive clause
            start, opener, inside_until = i + 1, ahead[0], ahead[1]
        elif low == "," and reported is not None and reported(i):
            close(i)  # "warf Russland vor, es habe Kiew bombardiert": the reported clause has its own subject
            start, opener, reported_at = i + 1, None, i + 1
        elif low == "," and relative_preps and nxt in words.relatives and _named_relative(
                doc, i + 1, s.tok_end, determiners, infinitive or set()) and not _verb_second(doc, i + 1, s.tok_end, finite) \
                and actors_before_comma(doc.mentions, i):
            # "die Türkei, der Syrien Angriffe vorwirft": a bare pronoun before a name opens a relative clause as one
            # after a preposition does (German: relative_preps given), when its verb is last and an actor, whose
            # subject or object the pronoun is, stands before the comma
            close(i)
            start, opener = i + 1, nxt
        elif low == "," and _asyndetic(doc, start, i, s.tok_end, finite):
            close(i)
            start, opener = i + 1, None
        elif low == "," and main_pending and opener is not None and fronted is not None and nxt.isalpha() \
                and toks[i + 1].text.islower() and fronted.verb(i + 1):  # a subordinate clause ends: not an apposition
            close(i)
            start, opener, main_pending = i + 1, None, False
        elif low == "," and opener in words.relatives and fronted is not None \
                and toks[s.tok_start].lower in fronted.prepositions and len(clauses) == 1 and toks[i - 1].text[:1].islower() \
                and nxt.isalpha() and toks[i + 1].text.islower() and fronted.verb(i + 1):
            # "Nach der Zahlung des Geldes, das ... abgeworfen wurde, hatten die Piraten ...": the verb-final relative
            # clause after a Vorfeld phrase has ended, the finite verb after it opens the main clause, its subject next
            close(i)
            start, opener = i + 1, None
        elif low in weak and i > start and nxt and toks[i + 1].text[:1].islower() and (
                (verb(i + 1) if verb is not None else _verb_like(nxt, determiners, phrase_words,
                                                                  () if low in words.relatives else adjective_suffixes,
                                                                  words.nonverb_endings)
                 or (low not in words.relatives and _weak_past(toks[i + 1])))
                # ", und sie wurden abgeschoben": a pronoun, then the verb
                or (toks[i - 1].text == "," and nxt.isalpha() and i + 2 < s.tok_end and toks[i + 2].lower in finite)):
            close(i)
            start, opener = i, low
        elif low in words.main_coordinators and fronted is not None and opener is None and i > start and _second_main(
                doc, start, i, s.tok_end, determiners, fronted.verb, finite, words):
            # "lehnte ab und die Grünen forderten ...": a second main clause, its own subject (not inside a subordinate
            # clause: "da sonst der Grenzwert überschritten worden wäre und die Arbeiten hätten abgebrochen werden müssen")
            close(i)
            start, opener = i, low
        elif low in adverb_breaks and i > start and not opens_infinitive(doc, i, s.tok_end, infinitive,
                                                                                    words.infinitive_openers):
            continue
        elif (low in strong and not _hyphen_bound(doc, i, s.tok_end)) or (
                low in words.relatives and i == start and i > s.tok_start and i != reported_at):
            if i > start:
                close(i)
                start = i
                opener = low
            elif opener is None or low in strong:
                opener = low  # an infinitive clause keeps its marker (", die Entsendung ... zu beenden")
    close(s.tok_end)
    return clauses
