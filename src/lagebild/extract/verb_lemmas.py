"""A verb's lemma as the claim, trigger and role finders need it: a German separable particle at the clause
end joined back to its verb, irregular forms, and suffix rules for forms the lemmatiser does not know.

Split from ``claims.py``: every finder asks it for every word, so the document keeps a memo of its words
(``Doc._verb_lemmas``), which the rules' read and the topic read share.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..model import Doc
from .clauses import Clause


def separable_participle(low: str, particles: set[str] | frozenset[str], known: set[str] | frozenset[str]) -> str | None:
    """The infinitive of a weak participle of a separable verb the lemmatiser leaves as it is ("zurückerobert" ->
    zurückerobern, "zurückgedrängt" -> zurückdrängen): particle + stem (without "ge") + "n"/"en", if a known verb."""
    if not low.endswith("t") or not low.isalpha():
        return None
    if particles.isdisjoint(low[:k] for k in range(1, len(low) - 4)):
        return None  # no particle begins the word with room for a stem: the loop below would find none
    for p in particles:
        if low.startswith(p) and len(low) > len(p) + 4:
            rest = low[len(p):]
            rest = rest[2:] if rest.startswith("ge") and len(rest) > 5 else rest
            for cand in (p + rest[:-1] + "n", p + rest[:-1] + "en"):
                if cand in known:
                    return cand
    return None


def zu_infinitive(doc: Doc, i: int, markers: Collection[str], particles: Iterable[str], *, lemma: bool) -> bool:
    """A German zu-infinitive at token ``i``: after a marker ("zu erklären") or fused with a separable particle
    ("mitzuteilen", "aufzunehmen"). ``lemma``: the fused form must lemmatise to particle + stem (a claim's speech verb,
    any word); else any longer word counts (a capacity phrase's end, whose caller checks a lower-case "-n" form)."""
    t = doc.tokens[i]
    if i > 0 and doc.tokens[i - 1].lower in markers:
        return True
    if lemma:
        return any(t.lower.startswith(p + z) and t.lemma.lower() == p + t.lower[len(p) + len(z):]
                   for p in particles for z in markers)
    return any(t.lower.startswith(p + z) and len(t.lower) > len(p + z) + 2 for p in particles for z in markers)


@dataclass(frozen=True)
class LemmaReach:
    """Which words can have a lemma in ``targets`` (speech verbs, denial verbs) by a particle join: the stems a particle
    makes a target of and the lemmas a detached particle does. Made once at setup, so a finder skips the clause scans of
    ``verb_lemma`` for the many words whose every reading misses the targets (``VerbLemmas.reach_test``)."""

    targets: frozenset[str]
    particles: frozenset[str]
    stems: frozenset[str]  # t minus a leading particle p, for every target t (p + stem joined: a target)
    detached: frozenset[str]  # t minus a leading detached particle ("zusammen gezogen")

    @classmethod
    def of(cls, targets: Iterable[str], particles: Iterable[str], detached: Iterable[str]) -> LemmaReach:
        ts, ps, ds = frozenset(targets), frozenset(particles), frozenset(detached)
        return cls(ts, ps, frozenset(t[len(p):] for t in ts for p in ps if t.startswith(p)),
                   frozenset(t[len(p):] for t in ts for p in ds if t.startswith(p)))


def _always(_i: int) -> bool:
    return True


class VerbLemmas:
    """Mixin: needs ``verb_forms``, ``verb_suffixes``, ``detached_particles`` and ``particle_coordinators`` set by the
    host. Its memos live on the document (``Doc._verb_lemmas``), so the host stays immutable while documents are read."""

    verb_forms: dict[str, str]
    verb_suffixes: list[tuple[str, ...]]
    detached_particles: frozenset[str]
    particle_coordinators: frozenset[str]

    def verb_lemma(self, doc: Doc, i: int, clause: Clause, particles: set[str], known: set[str],
                   before: bool = False) -> str:
        """Lemma of a verb, joined with a clause-final separable particle when that makes a known verb (and,
        with ``before``, with a particle right before it: the verb-final "wie die Bank bekannt gab").
        With particles (German) the answer is kept on the document: three finders and the topic read ask for the
        same word in the same clause, and each answer is a scan of the clause."""
        if not particles:  # English: a function of the word form alone, kept per form for the document
            tok = doc.tokens[i]
            plain = self._plain_memo(doc, known)
            found = plain.get((tok.lower, tok.lemma))
            if found is None:
                found = plain[(tok.lower, tok.lemma)] = self._word_lemma(doc, tok.lower, tok.lemma, particles, known)
            return found
        # one table per set of tables the answer reads (shared by the host and its copies, so the topic read's copy
        # finds the first read's answers), set of particles, set of verbs and token list; the entry holds them, so
        # their ids stay theirs while the document lives
        key = ("lemma", id(self.verb_forms), id(self.verb_suffixes), id(self.detached_particles),
               id(self.particle_coordinators), id(particles), id(known), id(doc.tokens), before)
        entry = doc._verb_lemmas.get(key)
        if entry is None:  # the answers by word and clause, each clause's particles, each word form's tail answer
            entry = doc._verb_lemmas[key] = ((self.verb_forms, self.verb_suffixes, self.detached_particles,
                                              self.particle_coordinators, particles, known, doc.tokens), {}, {}, {})
        answers = entry[1]
        span = (i, clause.start, clause.end)
        found = answers.get(span)
        if found is None:
            found = answers[span] = self._verb_lemma(doc, i, clause, particles, known, before, (entry[2], entry[3]))
        return found

    def _verb_lemma(self, doc: Doc, i: int, clause: Clause, particles: set[str], known: set[str],
                    before: bool, memo: tuple[dict[Any, Any], dict[Any, Any]] | None = None) -> str:
        """verb_lemma's reading, asked once per word and clause. ``memo``: the document's tables of each clause's
        particles and each word form's answer when no particle joins it (the same answer, without the scans)."""
        tok = doc.tokens[i]
        if particles:  # (English has none: called for every word, it skips the scans below)
            stem = self.verb_forms.get(tok.lower, tok.lemma)
            inserted = -1
            if memo is None:
                inside = self._joins_inside(doc, i, clause, particles, known)
            else:  # _joins_inside from the clause's particles, found once per clause
                inside, inserted = self._clause_particles(doc, i, clause, particles, known, stem, memo[0])
            places: Iterable[int] = (inserted,)  # not inside: only the place after an inserted clause is left
            if inside or memo is None:
                last = clause.end - 1
                while last > i and not doc.tokens[last].text[:1].isalpha():
                    last -= 1
                # "teilte mit, der Minister habe ...": the clause end, then before a comma, then before "und" and a verb
                # ("sprach sich gegen das Verbot aus und sagte, ...")
                places = self._particle_places(doc, i, last, clause, particles, inside)
            for k in places:
                if k > i and doc.tokens[k].lower in particles:  # irregular stems first: "brach ... ab"
                    joined = doc.tokens[k].lower + stem
                    if joined in known:
                        return joined
            prev = doc.tokens[i - 1].lower if i > clause.start else ""
            if prev in self.detached_particles and prev + tok.lemma in known:
                return prev + tok.lemma  # written apart: "Einheiten seien zusammen gezogen worden"
            if before and prev in particles and prev + stem in known:
                return prev + stem  # verb-final: "wie die Bank bekannt gab"
        if memo is None:
            return self._word_lemma(doc, tok.lower, tok.lemma, particles, known)
        found = memo[1].get((tok.lower, tok.lemma))
        if found is None:
            found = memo[1][(tok.lower, tok.lemma)] = self._word_lemma(doc, tok.lower, tok.lemma, particles, known)
        return found

    def reach_test(self, doc: Doc, reach: LemmaReach | None, targets: Collection[str], particles: set[str],
                   known: set[str]) -> Callable[[int], bool]:
        """A test of token ``i``: False only when ``verb_lemma(doc, i, <any clause>, particles, known, <any before>)``
        cannot be in ``targets``, from its word form alone (kept per form for the document). Every answer in the
        targets comes from a particle join (the stem or lemma in ``reach``) or from ``_word_lemma``; a finder that
        wants only such lemmas asks ``verb_lemma`` (a scan of the clause) for the words this lets through."""
        if reach is None or targets is not reach.targets and targets != reach.targets \
                or particles is not reach.particles and particles != reach.particles:
            return _always  # tables not made for these sets: ask every word
        key = ("reach", id(reach), id(self.verb_forms), id(self.verb_suffixes), id(known), id(doc.tokens))
        entry = doc._verb_lemmas.get(key)
        if entry is None:
            entry = doc._verb_lemmas[key] = ((reach, self.verb_forms, self.verb_suffixes, known, doc.tokens), {})
        memo, toks, forms = entry[1], doc.tokens, self.verb_forms
        stems, detached, wanted = reach.stems, reach.detached, reach.targets
        suffixes = self._suffix_memo(doc, known)  # the document's, found once here rather than per word asked

        def test(i: int) -> bool:
            tok = toks[i]
            found = memo.get((tok.lower, tok.lemma))
            if found is None:
                found = memo[(tok.lower, tok.lemma)] = forms.get(tok.lower, tok.lemma) in stems or tok.lemma in detached \
                    or self._word_lemma(doc, tok.lower, tok.lemma, particles, known, suffixes) in wanted
            return found
        return test

    def _plain_memo(self, doc: Doc, known: set[str]) -> dict[tuple[str, str], str]:
        """The document's memo of ``_word_lemma`` by (form, lemma) for verb_lemma without particles (English)."""
        key = ("plain", id(self.verb_forms), id(self.verb_suffixes), id(known))
        entry = doc._verb_lemmas.get(key)
        if entry is None:
            entry = doc._verb_lemmas[key] = ((self.verb_forms, self.verb_suffixes, known), {})
        return entry[1]

    def _clause_particles(self, doc: Doc, i: int, clause: Clause, particles: set[str], known: set[str], stem: str,
                          table: dict[Any, Any]) -> tuple[bool, int]:
        """Whether a particle after the verb at ``i`` in its clause joins ``stem`` to a known verb (_joins_inside),
        and the particle after an inserted clause (_after_inserted_clause), from the clause's particles, which
        ``table`` keeps per clause: each word of a clause is asked, and most clauses hold no particle."""
        info = table.get((clause.start, clause.end))
        if info is None:
            lowers = doc.lowers
            info = table[(clause.start, clause.end)] = (
                [(k, lowers[k]) for k in range(clause.start, clause.end) if lowers[k] in particles],
                self._after_inserted_clause(doc, clause, particles))
        found, inserted = info
        return any(k > i and low + stem in known for k, low in found), inserted

    def _word_lemma(self, doc: Doc, low: str, lemma: str, particles: set[str], known: set[str],
                    suffixes: dict[str, str] | None = None) -> str:
        """The lemma of a word form no particle joins: a known lemma, an irregular form, a suffix rule's verb, a
        separable participle, else the lemmatiser's lemma (a function of the form, the lemma and the tables).
        ``suffixes``: ``_suffix_memo(doc, known)`` where the caller holds it already."""
        if lemma in known:
            return lemma
        if low in self.verb_forms:
            return self.verb_forms[low]
        if found := self._by_suffix(low, known, suffixes if suffixes is not None else self._suffix_memo(doc, known)):
            return found
        if particles and (sep := separable_participle(low, particles, known)) is not None:
            return sep  # "zurückerobert", "zurückgedrängt": a separable participle the lemmatiser does not know
        if particles and (verb := self._inflected_participle(low, lemma, particles, known)) is not None:
            return verb  # "die von Russland angegriffenen Städte": the verb, as "unterstützten" gives "unterstützen"
        return lemma

    def _inflected_participle(self, low: str, lemma: str, particles: set[str], known: set[str]) -> str | None:
        """The verb of an inflected participle the lemmatiser takes back only to its participle ("angegriffenen" ->
        angegriffen, "getöteten" -> getötet), read as the bare participle is: "angreifen", "töten"."""
        tail = low[len(lemma):]
        if not (low.startswith(lemma) and 0 < len(tail) <= 2 and tail[0] == "e" and lemma.endswith(("t", "en"))):
            return None
        if lemma in self.verb_forms:
            return self.verb_forms[lemma]
        if (sep := separable_participle(lemma, particles, known)) is not None:
            return sep
        if lemma.startswith("ge") and lemma.endswith("t") and len(lemma) > 5:  # a weak participle: "getötet", "geliefert"
            return next((v for v in (lemma[2:-1] + "n", lemma[2:-1] + "en") if v in known), None)
        return None

    def _particle_places(self, doc: Doc, i: int, last: int, clause: Clause, particles: set[str],
                         inside: bool = True) -> Iterator[int]:
        """Where the verb at ``i`` may have left its particle, in the order tried: the clause end, the word before
        the first comma, the word before a coordinated verb. Lazy, since each later place is a scan per word.
        ``inside`` False: no particle after the verb in its clause makes a known verb, so the first three places, all
        inside it, are skipped (the same answer without their scans)."""
        if inside:
            yield last
            comma = _index(doc.lowers, ",", i + 1, clause.end)  # lower-case "," is only ","
            yield comma - 1 if comma >= 0 else -1
            yield self._before_coordinator(doc, i, clause, particles)
        yield self._after_inserted_clause(doc, clause, particles)

    def _joins_inside(self, doc: Doc, i: int, clause: Clause, particles: set[str] | frozenset[str],
                      known: set[str] | frozenset[str]) -> bool:
        """Does a particle after the verb at ``i`` in its clause make a known verb with its stem? If not, no place
        inside the clause can (every word is asked, and most have no particle after them that fits)."""
        tok = doc.tokens[i]
        present = particles.intersection(doc.lowers[i + 1:clause.end])  # one set operation in C
        if not present:
            return False
        stem = self.verb_forms.get(tok.lower, tok.lemma)
        return any(p + stem in known for p in present)

    @staticmethod
    def _after_inserted_clause(doc: Doc, clause: Clause, particles: set[str]) -> int:
        """A particle standing alone between a comma and the sentence's end or next comma, when the verb's clause was
        cut by a comma: a clause inserted before the particle ("lehnte die Forderung, Beweise zu prüfen, ab"), or -1."""
        toks = doc.tokens
        end = doc.sentences[toks[clause.start].sent].tok_end
        if clause.end >= end or toks[clause.end - 1].text != "," and toks[clause.end].text != ",":
            return -1
        lowers = doc.lowers
        comma = _index(lowers, ",", clause.end, end - 1)
        while comma >= 0:  # each comma with a word after it, in order (a scan in C, not per word)
            k = comma + 1
            if lowers[k] in particles and (k + 1 == end or toks[k + 1].text in (".", ",", ";", ":", "!", "?")):
                return k
            comma = _index(lowers, ",", k, end - 1)
        return -1

    def _before_coordinator(self, doc: Doc, i: int, clause: Clause, particles: set[str]) -> int:
        """The first particle after the verb at ``i`` that stands before a coordinator followed by a lower-case word
        ("aus und sagte"), or -1: the particle closes the first of two coordinated verb phrases."""
        if not self.particle_coordinators:
            return -1
        toks, lowers = doc.tokens, doc.lowers
        best = -1
        for word in self.particle_coordinators:  # the earliest over each coordinator's first fit (a scan in C)
            k = _index(lowers, word, i + 2, clause.end - 1)
            while k >= 0 and (best < 0 or k - 1 < best):
                if lowers[k - 1] in particles and toks[k + 1].text[:1].islower() and toks[k + 1].text[:1].isalpha():
                    best = k - 1
                    break
                k = _index(lowers, word, k + 1, clause.end - 1)
        return best

    def _suffix_memo(self, doc: Doc, known: set[str]) -> dict[str, str]:
        """The document's memo of suffix answers for these suffix rules and this set of verbs (``_by_suffix``)."""
        key = ("suffix", id(self.verb_suffixes), id(known))
        entry = doc._verb_lemmas.get(key)
        if entry is None:
            entry = doc._verb_lemmas[key] = ((self.verb_suffixes, known), {})
        return entry[1]

    def _by_suffix(self, low: str, known: set[str], memo: dict[str, str] | None = None) -> str:
        """The known verb a suffix rule makes of ``low`` ("deployed" -> "deploy"), or "". Asked for
        every word by three finders, so answers are remembered per word in ``memo`` (a pure function of the word,
        the suffix rules and ``known``: the document's memo for them, ``_suffix_memo``)."""
        found = memo.get(low) if memo is not None else None
        if found is None:
            found = ""
            for end, rep in self.verb_suffixes:  # the first rule that makes a known verb (a loop: no generator per word)
                if low.endswith(end) and len(low) > len(end) + 2:
                    verb = low[:-len(end)] + rep
                    if verb in known:
                        found = verb
                        break
            if memo is not None:
                memo[low] = found
        return found


def _index(words: list[str], word: str, start: int, stop: int) -> int:
    """The first position of ``word`` in ``words[start:stop]``, or -1."""
    try:
        return words.index(word, start, stop)
    except ValueError:
        return -1
