"""German clauses whose doer stands elsewhere: a participle coordinated with a passive shares its agent and
patient, a relative clause about a document ("eine Resolution, die ... auffordert") is the act of whoever issued
it, an infinitive completing a speech cue is the speaker's, an announced nominal act ("kündigte Sanktionen an") is
no frame, and "sowohl X als auch Y" are two doers. Helpers of roles_de, kept apart because they read across
clause boundaries and the claim cues."""

from __future__ import annotations

from ..model import Doc, Mention, Token
from .claims import AttributionSpan
from .clauses import Clause
from .roles_de import CaseWords


def continues_passive(doc: Doc, prev: Clause, c: Clause, coordinators: set[str] | frozenset[str],
                      passive_aux: set[str], finite: set[str], mentions: list[Mention]) -> bool:
    """"Der Rebellenführer wurde von Soldaten gestellt und getötet": a clause of a coordinator and a verb-final
    participle, with no subject and no auxiliary of its own, is the same passive as the clause before, so its doer is
    that clause's agent and its patient that clause's subject (not its doer, as an elided active subject would be)."""
    toks = doc.tokens
    if prev.sent != c.sent or c.start >= c.end or toks[c.start].lower not in coordinators:
        return False
    if not any(t.lower in passive_aux for t in toks[prev.start:prev.end]):
        return False
    words = [t for t in toks[c.start + 1:c.end] if t.text.isalpha()]
    if not words or any(t.lower in finite or t.lower in passive_aux for t in words):
        return False
    last = words[-1]
    if not (last.text[:1].islower() and last.lower.endswith(("t", "en")) and (last.lower != last.lemma
                                                                              or last.lower.startswith("ge"))):
        return False
    return not any(m.kind == "actor" and m.preposition is None and c.start <= m.tok_start < c.end for m in mentions)


def document_issuer(doc: Doc, c: Clause, words: CaseWords, subject: Mention | None) -> Mention | None:
    """"Das Parlament verabschiedete eine Resolution, die die Regierung auffordert, ...": a relative clause about a
    text its issuer made (``words.document_nouns``) tells the issuer's act, so the doer is the subject of the clause
    that names the text (``subject``, in the same sentence), and an actor after the pronoun is the addressee."""
    toks = doc.tokens
    if subject is None or subject.actor is None or not (subject.actor.country or subject.actor.actor_id):
        return None
    if c.start < 2 or toks[c.start - 1].text != "," or toks[c.start].lower not in (words.subject_relatives
                                                                                   | words.neuter_relatives):
        return None
    noun = toks[c.start - 2]
    if noun.lower not in words.document_nouns or toks[subject.tok_start].sent != c.sent or subject.tok_end > c.start - 2:
        return None
    return subject


def cue_speaker(c: Clause, spans: list[AttributionSpan], mentions: list[Mention]) -> Mention | None:
    """"Der Iran kündigte an, die Zusammenarbeit einzustellen": an infinitive clause completing a speech verb
    ("ankündigen", "erklären", "drohen") is done by its speaker, the bare actor of the cue whose scope holds it."""
    for sp in spans:
        if sp.cue_start < sp.cue_end <= c.start and sp.scope_start <= c.start < sp.scope_end:
            m = next((m for m in mentions if sp.cue_start <= m.tok_start < sp.cue_end and m.kind == "actor"
                      and m.preposition is None and m.actor is not None), None)
            if m is not None:
                return m
    return None


def weak_light_verb(t: Token, light_verbs: set[str], endings: tuple[str, ...]) -> bool:
    """A light verb in a weak past or participle form the lemmatiser leaves as it is ("verübte", "verübt"): the stem
    without one of ``endings`` ("-ten", "-te", "-t"; and "ge-") plus "-en" is one."""
    low = t.lower
    if not t.text[:1].islower():
        return False
    for end in endings:
        if low.endswith(end) and len(low) > len(end) + 3:
            stem = low[:-len(end)]
            if stem + "en" in light_verbs or (stem.startswith("ge") and stem[2:] + "en" in light_verbs):
                return True
    return False


def split_light_verb(doc: Doc, c: Clause, k: int, particles: set[str], light_verbs: set[str]) -> bool:
    """"kündigte ... Sanktionen ... an": the verb at ``k`` with the separable particle ending its clause is a light
    verb ("ankündigen"), which carries the nominal between them."""
    toks = doc.tokens
    last = c.end - 1
    while last > k and not toks[last].text[:1].isalpha():
        last -= 1
    p = toks[last].lower
    return last > k + 1 and p in particles and p + toks[k].lemma in light_verbs


def announced(doc: Doc, c: Clause, spans: list[AttributionSpan], nominal_toks: list[int], particles: set[str],
              light_verbs: set[str]) -> set[int]:
    """"Die Regierung Japans kündigte neue Sanktionen gegen Nordkorea an": a speech cue that is a split light verb
    with a nominal trigger inside is no frame around other words but the act itself, so its speaker and the
    nominal's target stay actors of the clause. The cue tokens to keep."""
    keep: set[int] = set()
    for sp in spans:
        if not c.start <= sp.cue_start < sp.cue_end <= c.end:
            continue
        verb = next((k for k in range(sp.cue_start, sp.cue_end) if doc.tokens[k].text[:1].islower()
                     and split_light_verb(doc, Clause(c.sent, c.start, sp.cue_end, c.opener), k, particles, light_verbs)), None)
        if verb is not None and any(verb < t < sp.cue_end - 1 for t in nominal_toks):
            keep.update(range(sp.cue_start, sp.cue_end))
    return keep


def correlative_links(doc: Doc, m: Mention, determiners: set[str], words: CaseWords) -> frozenset[str]:
    """"Sowohl die EU als auch die USA": after a correlative opener before ``m`` (its article between), "als auch"
    joins a second doer as "und" does; else no link words."""
    toks = doc.tokens
    j = m.tok_start - 1
    if j >= 0 and toks[j].lower in determiners:
        j -= 1
    return words.correlative_links if j >= 0 and toks[j].lower in words.correlatives else frozenset()


def nearest_agent(doc: Doc, trig: int, agents: list[Mention], determiners: set[str]) -> Mention | None:
    """The agent of the passive participle at ``trig`` among several ("der von Marokko und Spanien erstellt wurde und
    von Frankreich unterstützt wird": France supports): the last one before it, else the first after. A phrase after a
    noun ("mit Unterstützung von Russland") belongs to that noun and is no agent; None where that leaves none."""
    toks = doc.tokens

    def after_noun(m: Mention) -> bool:
        j = m.tok_start - 1
        while j >= 0 and toks[j].lower in determiners:
            j -= 1
        return j >= 1 and toks[j - 1].text[:1].isupper() and toks[j - 1].sent == toks[j].sent \
            and doc.sentences[toks[j].sent].tok_start != j - 1

    own = [m for m in agents if not after_noun(m)]
    before = [m for m in own if m.tok_end <= trig]
    return before[-1] if before else next((m for m in own if m.tok_start > trig), None)


def _participle_form(t: Token) -> bool:
    """A past participle by its form: written small, ending in "-t" or "-en", and either not its own lemma ("erteilt",
    "geliefert") or with the "ge-" prefix ("gegeben")."""
    low = t.lower
    return t.text[:1].islower() and low.endswith(("t", "en")) and (low != t.lemma or low.startswith("ge"))


def recipient_passive(doc: Doc, participle: int, end: int, receivers: frozenset[str]) -> int | None:
    """"hat von der EU ein Flugverbot erteilt bekommen", "Waffen geliefert bekam": a participle right before
    "bekommen"/"erhalten" (``receivers``, their forms and lemmas) is the recipient passive, whose subject is the one the
    act is done to and whose "von" phrase is the doer. The index of the receiving verb, or None."""
    toks = doc.tokens
    nxt = participle + 1
    if nxt >= end or not _participle_form(toks[participle]) or toks[participle].sent != toks[nxt].sent:
        return None
    return nxt if toks[nxt].lower in receivers or toks[nxt].lemma in receivers else None


def giver_before(doc: Doc, start: int, tok: int, mentions: list[Mention], givers: frozenset[str]) -> Mention | None:
    """The doer named before what a subject receives ("bekam von Deutschland Hilfe zugesagt", "hat von der Enac ein
    Flugverbot erteilt bekommen"): the last actor behind ``givers`` between ``start`` and ``tok`` with no comma between."""
    toks = doc.tokens
    return next((m for m in sorted(mentions, key=lambda m: -m.tok_start) if start <= m.tok_start and m.tok_end <= tok
                 and m.preposition in givers and not any(t.text in (",", ";", ":") for t in toks[m.tok_end:tok])), None)
