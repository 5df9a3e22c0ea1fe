"""Per-article coreference of actors: a definite description ("die Miliz", "das Ministerium", "the group",
"the rebels") is the nearest actor of its kind named before it, not a guess from the article's main country.

News names an actor once in full and then by its kind; without the chain the kind noun alone takes the
article's country (context.fill_generic), which is wrong whenever the actor named is another country's or
a group with its own. The chain lives in the article's mentions (``Mention.refers_to``): nothing is kept
between documents. Head nouns and their kinds are data (resources/<lang>/coreference.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import ActorRef, Doc, Mention
from .quote_marks import QuoteMarks

ORG = "ORG"  # a kind that any organisation the knowledge base names fits (coreference.yaml)
# mentions that name their actor: what a description refers back to (a chain ends at the name, so
# "Hamas ... die Organisation ... die Miliz" is Hamas twice, never an anaphor's copy)
NAMED_VIAS = ("country", "capital", "phrase", "adjective+head", "compound", "people", "person", "org", "federal",
              "appositive", "alias")
ORG_VIAS = ("org", "alias")


@dataclass(frozen=True)
class Coreference:
    """One language's descriptions: determiners, head nouns with the sectors of what they may name back,
    and the first-person pronouns a quotation's speaker uses."""

    determiners: frozenset[str] = frozenset()
    heads: tuple[tuple[str, frozenset[str]], ...] = ()  # (noun, sectors); sectors may hold ORG; kinds with
    # ``resolve: false`` (coreference.yaml) are left out: only eval/actor_coverage.py counts them
    first_person: frozenset[str] = frozenset()
    speaker_pronouns: frozenset[str] = frozenset()  # of first_person, those resolved to a quotation's speaker
    frame_pronouns: frozenset[str] = frozenset()  # "he added": the speaker of the paragraph before's quotation

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Coreference:
        """From coreference.yaml (empty or absent: no description resolves)."""
        data = data or {}
        heads = tuple((noun.lower(), frozenset(kind.get("sectors") or []))
                      for kind in (data.get("heads") or {}).values() if kind.get("resolve", True)
                      for noun in kind.get("nouns") or [])
        return cls(frozenset(data.get("determiners") or []), heads, frozenset(data.get("first_person") or []),
                   frozenset(data.get("speaker_pronouns") or []), frozenset(data.get("frame_pronouns") or []))

    def sectors_of(self, noun: str) -> frozenset[str]:
        """The sectors an antecedent of ``noun`` may have (empty: the noun is no description head)."""
        return next((s for n, s in self.heads if n == noun), frozenset())

    def organisation_phrases(self) -> list[tuple[str, str]]:
        """'die Organisation', 'the group': a determiner and an ORG head, resolved by MentionFinder's anaphors."""
        return [(d, n) for n, s in self.heads if ORG in s for d in sorted(self.determiners)]

    def resolve(self, doc: Doc, mentions: list[Mention], specified: Callable[[Doc, int, int], bool],
                auxiliaries: frozenset[str] = frozenset()) -> None:
        """Give each bare sector noun after a determiner ("die Miliz", "the troops") the nearest earlier
        actor of a fitting sector in its paragraph or the one before. Not when the words after it say which
        one (``specified(doc, i, end)``: "die Partei Die Linke"), nor, where the kind may be a government
        ("the party"), when its sentence names a country other than the antecedent's; an armed group or
        troops keep their antecedent whatever else the sentence names ("Die Miliz drohte Israel").
        ``mentions`` must be in text order; resolved ones get via "coreference" and ``refers_to``."""
        toks = doc.tokens
        for k, m in enumerate(mentions):
            if m.via != "sector" or m.kind != "actor" or m.actor is None or m.actor.country is not None:
                continue
            sectors = self.sectors_of(toks[m.tok_end - 1].lower)
            if not sectors or not self._definite(doc, m, auxiliaries) or specified(doc, m.tok_start, m.tok_end):
                continue
            ante = self._antecedent(doc, mentions[:k], m, sectors)
            if ante is None or ante.actor is None:
                continue
            sent = toks[m.tok_start].sent
            if "GOV" in sectors and any(c and c != ante.actor.country for x in mentions if x is not m
                                        and toks[x.tok_start].sent == sent for c in (_country(x),)):
                continue  # "the party" / "the government" in a sentence naming another country: its own
            ref = ante.actor
            if ante.via in ORG_VIAS:
                m.actor = ActorRef(m.text, ref.name, ref.actor_id, ref.country, ref.sector)
            else:  # a country, its leader or body: the country, with the noun's own sector ("das Ministerium")
                sector = m.actor.sector
                m.actor = ActorRef(m.text, ref.name, f"{ref.country}-{sector}" if sector else ref.country,
                                   ref.country, sector)
            m.via = "coreference"
            m.refers_to = refers_to(doc, ante)

    def quoted_speakers(self, doc: Doc, mentions: list[Mention], quotes: QuoteMarks) -> list[Mention]:
        """'„Wir verurteilen den Angriff“, sagte Außenministerin X': a first person inside a quotation is its
        speaker, named in the frame right after the closing mark or right before the opening one (or, for a
        quotation opening the next sentence of the paragraph, the one before's). New mentions, in text order."""
        if not self.speaker_pronouns:
            return []
        toks = doc.tokens
        out: list[Mention] = []
        last: tuple[int, int, Mention | None] = (-1, -1, None)  # paragraph, end of the last quotation, its speaker
        for a, b in quotes.spans(doc.text):
            inside = [t for t in toks if a < t.start and t.end < b]
            if not inside:
                continue
            para = doc.sentences[inside[0].sent].paragraph
            speaker = _frame_speaker(doc, mentions, a, b)
            if speaker is None and last[0] == para and not doc.text[last[1]:a].strip(" \n\t.,;").count(" ") > 8:
                speaker = last[2]  # '"...," said President Bush. "So I applaud ..."'
            elif speaker is None and last[0] == para - 1 and self._pronoun_frame(doc, b):
                speaker = last[2]  # the next paragraph: '"I commend ...," he added.'
            last = (para, b, speaker)
            if speaker is None or speaker.actor is None:
                continue
            ref = speaker.actor
            for t in inside:
                if t.lower in self.speaker_pronouns:
                    out.append(Mention(t.i, t.i + 1, t.start, t.end, t.text, "actor", via="coreference",
                                       actor=ActorRef(t.text, ref.name, ref.actor_id, ref.country, ref.sector),
                                       refers_to=refers_to(doc, speaker)))
        return out

    def _pronoun_frame(self, doc: Doc, b: int) -> bool:
        """A frame after the closing mark whose speaker is a pronoun ('," he added', '“, fügte er hinzu')."""
        after = [t for t in doc.tokens if t.start >= b][:4]
        return bool(after) and doc.text[b:after[0].start].strip() in ("", ",") \
            and any(t.lower in self.frame_pronouns and t.sent == after[0].sent for t in after)

    def _definite(self, doc: Doc, m: Mention, auxiliaries: frozenset[str]) -> bool:
        """A determiner right before the noun, or before one lower-case modifier ("die radikale Miliz"; not a
        verb: "These are soldiers")."""
        toks = doc.tokens
        sent = toks[m.tok_start].sent
        before = [toks[j] for j in (m.tok_start - 1, m.tok_start - 2) if j >= 0 and toks[j].sent == sent]
        if before and before[0].lower in self.determiners:
            return True
        return len(before) == 2 and before[0].text.isalpha() and before[0].text.islower() \
            and before[0].lower not in auxiliaries and before[1].lower in self.determiners

    @staticmethod
    def _antecedent(doc: Doc, prior: list[Mention], m: Mention, sectors: frozenset[str]) -> Mention | None:
        """The nearest earlier named actor with a country whose sector fits (ORG: an organisation, not a
        news medium, which reports), in m's paragraph or the one before."""
        toks = doc.tokens
        para = doc.sentences[toks[m.tok_start].sent].paragraph
        for p in reversed(prior):
            if para - doc.sentences[toks[p.tok_start].sent].paragraph > 1:
                return None
            if p.kind != "actor" or p.actor is None or not p.actor.country or p.via not in NAMED_VIAS \
                    or p.tok_end > m.tok_start:
                continue
            if p.actor.sector in sectors or (ORG in sectors and p.via in ORG_VIAS and p.actor.sector != "MEDIA"):
                return p
        return None


def _frame_speaker(doc: Doc, mentions: list[Mention], a: int, b: int) -> Mention | None:
    """The actor a quotation's frame names: within four words after the closing mark, with only a comma between
    ('„…“, sagte X', '"...," said X'), else ending within three words before the opening one after a colon or
    comma ('X sagte: „…“'); one that names its country."""
    toks = doc.tokens
    actors = [m for m in mentions if m.kind == "actor" and m.actor is not None and m.actor.country]
    after = [t for t in toks if t.start >= b][:5]
    if after and doc.text[b:after[0].start].strip() in ("", ",") and (after[0].text == "," or b > 0):
        first = next((m for m in actors if after[0].i <= m.tok_start <= after[-1].i
                      and toks[m.tok_start].sent == after[0].sent and not _quote_between(doc, b, m.start)), None)
        if first is not None:
            return first
    before = [t for t in toks if t.end <= a][-4:]
    if before and before[-1].text in (":", ","):
        return next((m for m in reversed(actors) if before[0].i <= m.tok_end - 1 < before[-1].i
                     and toks[m.tok_start].sent == before[-1].sent), None)
    return None


def _quote_between(doc: Doc, lo: int, hi: int) -> bool:
    """A quotation mark between two offsets: the frame of the next quotation, not of this one."""
    return any(ch in "\"„“”»«" for ch in doc.text[lo:hi])


def _country(m: Mention) -> str | None:
    """The country a mention names: its actor's (not a generic noun's guess) or its place's."""
    if m.actor is not None and m.kind in ("actor", "origin") and m.via in NAMED_VIAS:
        return m.actor.country
    return m.place.country if m.place is not None and m.kind == "place" else None


def refers_to(doc: Doc, ante: Mention) -> str:
    """What a resolved mention refers back to, for explanations: "Hamas, sentence 2" (counted from 1)."""
    name = ante.actor.name if ante.actor is not None and ante.via in ORG_VIAS + ("person",) else ante.text
    return f"{name}, sentence {doc.tokens[ante.tok_start].sent + 1}"
