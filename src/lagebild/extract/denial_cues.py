"""Denial cues: "X bestreitet, dass ...", "X denied the troop movements", "..., was dieser zurückweist".

A mixin of :class:`~lagebild.extract.claims.ClaimCues` (which holds the cue words): it finds each
denial in a sentence, its deniers and what it points at; extract/denials.py links them to events.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.function_words import function_words
from ..model import ActorRef, Denier, Doc, Mention
from .clauses import Clause


def article_infinitive(doc: Doc, c: Clause, articles: set[str], infinitives: set[str]) -> bool:
    """detrig36: "bestritt, die Liste gekannt zu haben" opens with an article the splitter took for a relative pronoun
    (``articles``); a clause that ends in "zu" + infinitive has no finite verb: it is the infinitive all the same."""
    words = [t.lower for t in doc.tokens[c.start:c.end] if t.text[:1].isalpha()]
    return c.opener in articles and len(words) >= 3 and words[-2] in infinitives


@dataclass
class Denial:
    sent: int
    deniers: list[ActorRef]
    back_reference: bool
    clause: Clause
    types: set[str] = field(default_factory=set)  # event types its object names ("the troop movements")
    content: tuple[int, int] | None = None  # tokens of the denied "dass"/"that" clause
    has_object: bool = False  # "denied the troop movements": an object that names what is denied
    verb: int = -1  # token of the denial verb: an event noun after it ("dementierte die Festnahme") is denied
    bare: bool = False  # "denied it had sent troops": the content follows the verb in its own clause, with no "that"
    relative: bool = False  # "..., was dieser zurückweist", "..., which X denied": only its own sentence is denied


class DenialCues:
    """Finding denials; the cue words (``denial_verbs``, ``back_refs``, ...) are set by ClaimCues."""

    denial_verbs: set[str]
    back_refs: Any
    article_refs: set[str]
    article_ref_verbs: set[str]
    adjective_endings: tuple[str, ...]
    complementisers: set[str]
    denier_pronouns: set[str]
    content_auxiliaries: set[str]
    relative_openers: set[str]
    apposed_articles: set[str]
    apposed_nouns: set[str]
    back_only: set[str]
    denial_infinitives: set[str]
    infinitive_articles: set[str]  # "bestritt, die Liste gekannt zu haben": an article, no relative (claims.yaml)
    reported_speech: set[str]
    speakers: Any
    progressive_aux: set[str]
    event_verbs: set[str]
    report_nouns: set[str]
    passive_aux: set[str]
    lang: str
    verb_lemma: Callable[..., str]
    denial_reach: Any  # verb_lemmas.LemmaReach: which word forms may be denial verbs
    reach_test: Callable[..., Callable[[int], bool]]
    find: Callable[..., tuple[int, int] | None]

    def refers_back(self, doc: Doc, start: int, end: int, verb: int, parse_of: Callable[[], Any] | None = None) -> bool:
        """A back reference ("denied it") between ``start`` and ``end`` for the denial verb at ``verb``; with a parse,
        not one that hangs off another verb after it ("dismissed the charges against X, for whom it was assessed")."""
        found = self.find(doc, start, end, self.back_refs)
        while found is not None and self._article(doc, found, verb):
            found = self.find(doc, found[1], end, self.back_refs)
        return found is not None and not (
            parse_of is not None and found[0] > verb and other_verbs(parse_of(), verb, found[0], end))

    def _article(self, doc: Doc, found: tuple[int, int], verb: int) -> bool:
        """German "das"/"dies" that opens a noun phrase ("Das Gericht", "das russische Parlament") is its article:
        read as "das" (it), a court rejecting a motion became a denial of the claims before and no event."""
        toks, j = doc.tokens, found[1]
        if found[1] - found[0] != 1 or doc.lowers[found[0]] not in self.article_refs or j >= len(toks) or j == verb:
            return False
        nxt = toks[j].text
        if nxt[:1].isupper():
            return True
        return (nxt[:1].isalpha() and nxt.lower().endswith(self.adjective_endings) and nxt.lower() not in self.article_ref_verbs
                and j + 1 < len(toks) and j + 1 != verb and toks[j + 1].text[:1].isupper())

    def denials(self, doc: Doc, sent: int, clauses: list[Clause], mentions: list[Mention],
                particles: set[str], known_verbs: set[str],
                noun_type: Callable[[int], str | None] | None = None,
                parse_of: Callable[[], Any] | None = None) -> list[Denial]:
        """Denials in one sentence: "X bestreitet, dass ..." / "X denied that ..." (the content clause is
        denied), "X dementierte dies" (the claims before), "X denied the troop movements" (the last
        event of that type). A verb that also rejects ("lehnte die Forderung ab") denies only so."""
        out = []
        toks = doc.tokens
        may_deny = self.reach_test(doc, self.denial_reach, self.denial_verbs, particles, known_verbs)
        for k, c in enumerate(clauses):
            for i in range(c.start, c.end):
                if toks[i].text[:1].isupper() and i != c.start or not may_deny(i):
                    continue  # a capital inside the clause is a noun or name (its lemma is not asked: a scan per word)
                lemma = self.verb_lemma(doc, i, c, particles, known_verbs)
                if lemma not in self.denial_verbs:
                    continue
                if self._attributive(doc, i):
                    continue
                apposed = self._apposed(doc, c, i)
                if apposed is not None:  # ", a charge Baku denied": the denial is its own relative clause
                    c = apposed
                # "that" opening the clause is its complementiser, no back reference ("… that governments …")
                back_from = c.start + 1 if c.opener in self.complementisers else c.start
                back = self.refers_back(doc, back_from, c.end, i, parse_of)
                later = [cc for cc in clauses[k + 1:] if cc.opener in self.complementisers]
                content = (later[0].start, clauses[-1].end) if later and later[0].start <= c.end + 1 else None
                if content is not None and parse_of is not None and other_verbs(
                        parse_of(), i, _first_verb(parse_of(), later[0]), later[0].end, later[0].start):
                    content = None  # "dismissed the charges against X, for whom it was assessed that ...": not denied
                rejects = lemma in self.event_verbs  # "reject", "zurückweisen": a denial only of claims
                if content is None and not rejects and k + 1 < len(clauses) and clauses[k + 1].start <= c.end + 1 \
                        and self._reported_content(doc, clauses[k + 1]):
                    content = (clauses[k + 1].start, clauses[-1].end)  # "bestritt, Truppen verlegt zu haben"
                tail = next((j for j in range(i - 1, max(c.start, i - 4), -1) if toks[j].text == ","), None)
                if content is None and tail is not None and tail > c.start + 2 and toks[tail + 1].lower in self.passive_aux:
                    content = (c.start, tail)  # "…, wonach X festgenommen worden sein soll, wurde dementiert": one clause
                bare = content is None and not rejects and self._bare_content(doc, i, c.end)
                if bare:  # "denied it had sent": "it" opens the denied clause, it points back at nothing
                    content, back = (i + 1, clauses[-1].end), False
                types = set() if rejects else {t for j in range(i + 1, c.end) if (t := noun_type(j) if noun_type else None)}
                obj = not rejects and any(t.text[:1].isalpha() for t in toks[i + 1:c.end])
                if rejects and not back and content is None and not any(
                        toks[j].lower in self.report_nouns for j in range(i + 1, c.end)):
                    break  # "lehnte die Forderung ab" rejects; "weist die Vorwürfe zurück" denies
                deniers: list[Denier] = []
                # the subject before the verb; "Russia and North Korea have so far denied": a split clause keeps
                # it in the clause before; "Das bestritt die Regierung": after the verb, a named actor
                for lo, hi, sector_ok in ((c.start, i, True), ((clauses[k - 1].start, clauses[k - 1].end, True)
                                                               if k else (0, 0, False)), (i + 1, c.end, self.lang == "de")):
                    deniers = deniers or [Denier(m.actor.text, m.actor.name, m.actor.actor_id, m.actor.country,
                                                 m.actor.sector, m.start, m.end, toks[i].text)
                                          for m in mentions if m.kind == "actor" and m.actor and lo <= m.tok_start < hi
                                          and m.preposition is None and (m.actor.country or sector_ok and m.actor.sector)]
                if not deniers:  # "..., was dieser jedoch zurückweist", "He denied it": the actor named last
                    deniers = self._pronoun_deniers(doc, c.start, i, mentions, toks[i].text)
                if deniers:
                    out.append(Denial(sent, deniers, back or bool(types), c, types, content,  # type: ignore[arg-type]
                                      obj and content is None and not back or bare, i, bare,
                                      c.opener in self.relative_openers or apposed is not None))
                break
        return out

    def _apposed(self, doc: Doc, c: Clause, verb: int) -> Clause | None:
        """", a charge Baku denied" ending its clause: the stretch from the comma is a relative denial whose subject is
        the denier; read whole, the accuser and the accused before the comma were deniers and no event was read."""
        toks = doc.tokens
        if not self.apposed_nouns or any(t.text[:1].isalpha() for t in toks[verb + 1:c.end]):
            return None
        for j in range(verb - 4, max(c.start, verb - 8), -1):
            if toks[j].text == ",":
                if toks[j + 1].lower in self.apposed_articles and toks[j + 2].lower in self.apposed_nouns:
                    return Clause(c.sent, j + 1, c.end, toks[j + 2].lower)
                return None
        return None

    def _reported_content(self, doc: Doc, nxt: Clause) -> bool:
        """'bestritt, Truppen verlegt zu haben', 'bestreitet, er habe Raketen geliefert': the clause after the
        denial is its content when an infinitive marker opens it or it is in Konjunktiv I, as "dass" would."""
        if nxt.opener in self.denial_infinitives or nxt.opener is None and any(
                t.lower in self.reported_speech for t in doc.tokens[nxt.start:nxt.end]):
            return True
        return article_infinitive(doc, nxt, self.infinitive_articles, self.denial_infinitives)

    def _bare_content(self, doc: Doc, verb: int, end: int) -> bool:
        """'denied it had sent troops', 'denied Tehran was involved': a subject and a finite auxiliary right
        after the verb open the denied clause, as "that" would; so does a comma and a clause in Konjunktiv I
        ("bestreitet, er habe Raketen geliefert")."""
        toks = doc.tokens
        if verb + 2 < end and toks[verb + 1].text == "," and any(t.lower in self.reported_speech for t in toks[verb + 2:end]):
            return True
        for j in range(verb + 2, min(end, verb + 5)):
            if toks[j].lower in self.content_auxiliaries:
                return all(t.text[:1].isalpha() and t.lower not in self.back_only for t in toks[verb + 1:j])
            if not toks[j].text[:1].isalpha():
                return False
        return False

    def denier_as_subject(self, doc: Doc, c: Clause, denials: list[Denial], mentions: list[Mention]) -> Mention | None:
        """"Iran denied that it had sent missiles", "bestritt, dass er ... habe": a pronoun opening the denied
        clause is the denier, who is then the doer of what is denied (a negated event, not a lost one)."""
        toks = doc.tokens
        for d in denials:
            if d.content is None or not c.start <= d.content[0] < c.end or not d.deniers:
                continue
            first = next((j for j in range(d.content[0], min(c.end, d.content[0] + 3))
                          if toks[j].text[:1].isalpha() and toks[j].lower not in self.complementisers), None)
            infinitive = c.start == d.content[0] and c.opener in self.denial_infinitives  # "bestritt, ... verlegt zu haben"
            if not infinitive and (first is None or toks[first].lower not in self.speakers.subject_pronouns):
                continue
            if not infinitive and toks[first].lower in self.speakers.plural_pronouns and len(d.deniers) == 1 \
                    and self._one_person_denier(d, mentions):
                continue  # "he denied they had ...": they are not he
            return next((m for m in mentions if m.kind == "actor" and m.actor is not None
                         and m.start == d.deniers[0].start), None)
        return None

    @staticmethod
    def _one_person_denier(d: Denial, mentions: list[Mention]) -> bool:
        m = next((m for m in mentions if m.start == d.deniers[0].start), None)
        return m is None or m.via == "person"

    def _attributive(self, doc: Doc, i: int) -> bool:
        """'governments rejecting criticism': an English participle right after a noun describes it, nobody
        denies anything; ", denying that ..." and "is denying" are denials."""
        toks = doc.tokens
        if self.lang != "en" or not toks[i].lower.endswith(function_words(self.lang).gerund_endings) or i == 0:
            return False
        prev = toks[i - 1]
        return prev.text[:1].isalpha() and prev.lower not in self.progressive_aux

    def _pronoun_deniers(self, doc: Doc, lo: int, verb: int, mentions: list[Mention], cue: str) -> list[Denier]:
        """A pronoun or demonstrative subject of a denial ("was dieser zurückweist", "he denied it") is the
        actor named last before it in the sentence or the one before: a person, else a named body."""
        toks = doc.tokens
        pron = next((j for j in range(lo, verb) if toks[j].lower in self.denier_pronouns), None)
        if pron is None:
            return []
        first = doc.sentences[max(0, toks[pron].sent - 1)].tok_start
        prior = [m for m in doc.mentions[bisect_left(doc.mentions, first, key=lambda m: m.tok_start):
                                         bisect_left(doc.mentions, pron, key=lambda m: m.tok_start)]
                 if m.kind == "actor" and m.actor is not None and m.actor.country and not m.is_location]
        pick = next((m for m in reversed(prior) if m.via == "person" or m.via.startswith("appositive")), None) or (
            prior[-1] if prior else None)
        if pick is None or pick.actor is None:
            return []
        a, t = pick.actor, toks[pron]
        return [Denier(a.text, a.name, a.actor_id, a.country, a.sector, t.start, t.end, cue)]



def _first_verb(parse: Any, clause: Clause) -> int | None:
    """The first word an English parse tags as a verb in ``clause``."""
    if parse is None:
        return None
    return next((j for j in range(clause.start, clause.end) if parse.tags.get(j, "").startswith("VB")), None)


def other_verbs(parse: Any, verb: int, tok: int | None, end: int, start: int | None = None) -> bool:
    """English parse: the word at ``tok`` (a back reference, or the verb of a "that" clause running from ``start``
    to ``end``) hangs off another verb than the denial verb ("dismissed the charges against X, for whom it was
    assessed that ..."): that verb's object or content, not what is denied."""
    if parse is None or not parse.heads or tok is None:
        return False
    k: int | None = tok
    for _ in range(64):  # up the heads until the denial verb, or another verb outside the content clause
        if k is None or k == verb:
            return False
        if (start is None or not start <= k < end) and k != tok and parse.tags.get(k, "").startswith("VB"):
            return True
        head = parse.heads.get(k)
        k = None if head is None or head == k else head
    return False
