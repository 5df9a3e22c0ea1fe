"""Per-article coreference of actors: a definite description ("die Miliz", "das Ministerium", "the group",
"the rebels") is the nearest actor of its kind named before it, not a guess from the article's main country.

News names an actor once in full and then by its kind; without the chain the kind noun alone takes the
article's country (context.fill_generic), which is wrong whenever the actor named is another country's or
a group with its own. The chain lives in the article's mentions (``Mention.refers_to``): nothing is kept
between documents. Head nouns and their kinds are data (resources/<lang>/coreference.yaml).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import ActorRef, Doc, Mention
from .demonstratives_de import Demonstratives
from .quote_marks import QuoteMarks

ORG = "ORG"  # a kind that any organisation the knowledge base names fits (coreference.yaml)
# mentions that name their actor: what a description refers back to (a chain ends at the name, so
# "Hamas ... die Organisation ... die Miliz" is Hamas twice, never an anaphor's copy)
NAMED_VIAS = ("country", "capital", "phrase", "adjective+head", "compound", "people", "person", "org", "federal",
              "appositive", "alias", "place-body")
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
    plural_pronouns: frozenset[str] = frozenset()  # "Sie fordern ...": the plural subject of the sentence before
    plural_verbs: frozenset[str] = frozenset()  # plural finite forms not ending in plural_endings ("sind")
    plural_endings: tuple[str, ...] = ()
    non_verbs: frozenset[str] = frozenset()  # words with a plural verb's ending that are none ("gegen")
    possessive_country: tuple[tuple[str, str], ...] = ()  # ("sein land", "m"): a possessive with the country noun
    subject_verbs: frozenset[str] = frozenset()  # "Sein Land werde ...": the possessive phrase is the subject
    subject_openers: frozenset[str] = frozenset()  # "..., dass sein Land ...": so it is after a subordinator
    # "Die Regierung kündigte an ... Sie will ...": a singular subject pronoun with its gender ("er": "m", "sie": "f")
    singular_pronouns: tuple[tuple[str, str], ...] = ()
    singular_verbs: frozenset[str] = frozenset()  # singular finite forms not ending in singular_endings ("war")
    singular_endings: tuple[str, ...] = ()
    genders: tuple[tuple[str, str], ...] = ()  # a subject's determiner -> its gender ("der": "m", "die": "f")
    both_words: frozenset[str] = frozenset()  # "beider Länder": the two countries named last (both_countries.py)
    both_nouns: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()  # "Das Ministerium erklärte, man habe ...": the speaker's side
    impersonal_verbs: frozenset[str] = frozenset()  # the subjunctive forms that make it reported speech
    person_reach: int = 0  # "er" names a person named at most this many sentences before (0: anywhere in the paragraph)
    demonstratives: Demonstratives = Demonstratives()  # "Dieser wurde ...": the one told last before
    # "Mit der Opposition kam es zu keiner Einigung. Sie fordert": a sentence whose subject is no actor hands a
    # subject pronoun the one actor in its dative phrase; the words before it -> its gender ("der": "f", "zum": "m")
    oblique_preps: frozenset[str] = frozenset()
    oblique_genders: tuple[tuple[str, str], ...] = ()
    # "Macron traf Scholz. Er ...": "er" opening a sentence is the man who opened the sentence before as its subject;
    # a Vorfeld led by one of these determiners is an object ("Den Kanzler traf Macron"), never the subject
    object_determiners: frozenset[str] = frozenset()
    # "Malmström ... Die Schwedin sagte": a singular nationality noun after one of these determiners (-> its gender) is
    # the person of that gender named shortly before (nationality_anaphors.py)
    national_genders: tuple[tuple[str, str], ...] = ()
    feminine_titles: tuple[str, ...] = ()  # "Präsidentin Dilma Rousseff": a title's ending tells her gender
    # "Iran's foreign minister arrived ... He condemned": a subject pronoun with no person named in reach is the one
    # person told by a title alone shortly before (``titled_person``: its pronouns, the title heads, the reach)
    titled_pronouns: frozenset[str] = frozenset()
    titled_heads: frozenset[str] = frozenset()
    titled_reach: int = 0
    # "Die Ukraine verurteilte sie": an object pronoun -> the genders it may stand for ("ihn": "m", "ihnen": "p"); it
    # goes on with the subject of the sentence before, as a subject pronoun does (subject_pronouns.object_pronouns)
    object_pronouns: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Coreference:
        """From coreference.yaml (empty or absent: no description resolves)."""
        data = data or {}
        heads = tuple((noun.lower(), frozenset(kind.get("sectors") or []))
                      for kind in (data.get("heads") or {}).values() if kind.get("resolve", True)
                      for noun in kind.get("nouns") or [])
        plural = data.get("plural_subject") or {}
        pc = data.get("possessive_country") or {}
        owned = tuple((p.lower(), g[0] if g != "any" else "") for g in ("masculine", "feminine", "any")
                      for p in pc.get(g) or [])
        one = data.get("singular_subject") or {}
        return cls(frozenset(data.get("determiners") or []), heads, frozenset(data.get("first_person") or []),
                   frozenset(data.get("speaker_pronouns") or []), frozenset(data.get("frame_pronouns") or []),
                   frozenset(plural.get("pronouns") or []), frozenset(plural.get("verbs") or []),
                   tuple(plural.get("verb_endings") or []),
                   frozenset([*(plural.get("non_verbs") or []), *(one.get("non_verbs") or [])]), owned,
                   frozenset(pc.get("subject_verbs") or []), frozenset(pc.get("subject_openers") or []),
                   tuple((w.lower(), g) for w, g in (one.get("pronouns") or {}).items()),
                   frozenset([*(one.get("verbs") or []), *(one.get("past_verbs") or [])]),
                   tuple(one.get("verb_endings") or []),
                   tuple((w.lower(), g) for w, g in (one.get("determiner_genders") or {}).items()),
                   frozenset((data.get("both_countries") or {}).get("words") or []),
                   frozenset((data.get("both_countries") or {}).get("nouns") or []),
                   frozenset((data.get("impersonal_subject") or {}).get("pronouns") or []),
                   frozenset((data.get("impersonal_subject") or {}).get("verbs") or []),
                   int(data.get("person_reach_sentences") or 0),
                   Demonstratives.from_data(data.get("demonstrative_subject")),
                   frozenset((one.get("oblique_antecedent") or {}).get("preps") or []),
                   tuple((w.lower(), g) for w, g in ((one.get("oblique_antecedent") or {}).get("genders") or {}).items()),
                   frozenset(one.get("object_determiners") or []),
                   national_genders=tuple((w.lower(), g) for w, g in
                                          ((data.get("nationality_anaphor") or {}).get("determiners") or {}).items()),
                   feminine_titles=tuple(data.get("feminine_title_endings") or ()),
                   titled_pronouns=frozenset((data.get("titled_person") or {}).get("pronouns") or []),
                   titled_heads=frozenset((data.get("titled_person") or {}).get("heads") or []),
                   titled_reach=int((data.get("titled_person") or {}).get("reach_sentences") or 0),
                   object_pronouns=tuple((w.lower(), str(g)) for w, g in (data.get("object_pronouns") or {}).items()))

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
        latest: dict[str, Mention] = {}  # sector (and ORG) -> the last named actor of it with a country so far
        countries: dict[int, set[str]] = {}  # sentence -> the countries its named mentions and places name
        for m in mentions:
            if m.kind in ("actor", "origin", "place") and (c := _country(m)):
                countries.setdefault(toks[m.tok_start].sent, set()).add(c)
        for m in mentions:
            ante = self._antecedent(doc, latest, m, auxiliaries, specified)
            if m.kind == "actor" and m.actor is not None and m.actor.country and m.via in NAMED_VIAS:
                latest[m.actor.sector or ""] = m
                if m.via in ORG_VIAS and m.actor.sector != "MEDIA":
                    latest[ORG] = m
            if ante is None or ante.actor is None or m.actor is None:
                continue
            sectors = self.sectors_of(toks[m.tok_end - 1].lower)
            if "GOV" in sectors and countries.get(toks[m.tok_start].sent, set()) - {ante.actor.country}:
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

    def owner(self, doc: Doc, mentions: list[Mention], i: int, end: int,
              other_gender: Callable[[Mention], bool]) -> Mention | None:
        """'Sein Land werde protestieren, sagte Außenminister X', 'die Bereitschaft ihres Landes' (tokens i..end): the
        actor the country belongs to, which a possessive names by its owner, not as the last country told: the
        nearest named actor with a country (or a pronoun resolved to one: "He said his country") before it in its
        sentence, else the first after the sentence's last comma (the frame's speaker: "..., sagte X"), else the last
        of the sentence before in its paragraph. Not a place, nor a person of the possessive's other gender
        (``other_gender``: "sein" is not a woman's)."""
        toks = doc.tokens
        sent = toks[i].sent
        if not self._owned_subject(doc, i, end):
            return None
        fits = [m for m in mentions if m.kind == "actor" and m.actor is not None and m.actor.country
                and m.via in (*NAMED_VIAS, "anaphor") and not m.is_location and not other_gender(m)
                and not (m.tok_start < end and i < m.tok_end)]
        before = [m for m in fits if m.tok_end <= i and toks[m.tok_start].sent == sent]
        commas = [k for k in range(end, doc.sentences[sent].tok_end) if toks[k].text == ","]
        after = [m for m in fits if commas and m.tok_start > commas[-1] and toks[m.tok_start].sent == sent]
        prev = [m for m in fits if toks[m.tok_start].sent == sent - 1
                and doc.sentences[sent - 1].paragraph == doc.sentences[sent].paragraph]
        return before[-1] if before else after[0] if after else prev[-1] if prev else None

    def _owned_subject(self, doc: Doc, i: int, end: int) -> bool:
        """Tokens i..end ("sein Land", "his country") are a clause's subject: a finite auxiliary or modal right after
        them ("Sein Land werde", "his country would"), or a subordinator right before ("dass sein Land")."""
        toks = doc.tokens
        after = toks[end].lower if end < len(toks) and toks[end].sent == toks[i].sent else ""
        before = toks[i - 1].lower if i > 0 and toks[i - 1].sent == toks[i].sent else ""
        return after in self.subject_verbs or before in self.subject_openers

    def quoted_speakers(self, doc: Doc, mentions: list[Mention], quotes: QuoteMarks) -> list[Mention]:
        """'„Wir verurteilen den Angriff“, sagte Außenministerin X': a first person inside a quotation is its
        speaker, named in the frame right after the closing mark or right before the opening one (or, for a
        quotation opening the next sentence of the paragraph, the one before's). New mentions, in text order."""
        if not self.speaker_pronouns:
            return []
        toks = doc.tokens
        starts = [t.start for t in toks]
        actors = [m for m in mentions if m.kind == "actor" and m.actor is not None and m.actor.country]
        out: list[Mention] = []
        last: tuple[int, int, Mention | None] = (-1, -1, None)  # paragraph, end of the last quotation, its speaker
        for a, b in quotes.spans(doc.text):
            inside = [t for t in toks[bisect_right(starts, a):bisect_left(starts, b)] if t.end < b]
            if not inside:
                continue
            para = doc.sentences[inside[0].sent].paragraph
            speaker = _frame_speaker(doc, actors, starts, a, b, quotes.marks, self.determiners)
            if speaker is None and last[0] == para and not doc.text[last[1]:a].strip(" \n\t.,;").count(" ") > 8:
                speaker = last[2]  # '"...," said President Bush. "So I applaud ..."'
            elif speaker is None and last[0] == para - 1 and self._pronoun_frame(doc, starts, b):
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

    def _pronoun_frame(self, doc: Doc, starts: list[int], b: int) -> bool:
        """A frame after the closing mark whose speaker is a pronoun ('," he added', '“, fügte er hinzu')."""
        i = bisect_left(starts, b)
        after = doc.tokens[i:i + 4]
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

    def _antecedent(self, doc: Doc, latest: dict[str, Mention], m: Mention, auxiliaries: frozenset[str],
                    specified: Callable[[Doc, int, int], bool]) -> Mention | None:
        """For a bare definite sector noun, the nearest earlier named actor with a country whose sector fits (ORG:
        an organisation, not a news medium, which reports), in m's paragraph or the one before; else None."""
        if m.via != "sector" or m.kind != "actor" or m.actor is None or m.actor.country is not None:
            return None
        toks = doc.tokens
        sectors = self.sectors_of(toks[m.tok_end - 1].lower)
        if not sectors or not self._definite(doc, m, auxiliaries) or specified(doc, m.tok_start, m.tok_end):
            return None
        fits = [p for s, p in latest.items() if s in sectors and p.tok_end <= m.tok_start]
        if not fits:
            return None
        p = max(fits, key=lambda x: x.tok_start)
        return p if within_reach(doc, p, m.tok_start) else None

    def last_organisation(self, doc: Doc, mentions: list[Mention], i: int, end: int,
                          specified: Callable[[Doc, int, int], bool]) -> Mention | None:
        """'die Organisation', 'die Gruppe' (tokens i..end): the organisation named last, in this paragraph or
        the one before (a name the knowledge base knows, not a sector noun, a country or a news medium, which
        reports). Not when the words after say which one it is (``specified``: "die Gruppe Wagner")."""
        if specified(doc, i, end):
            return None  # "die Vereinigung aller Mönche", "die Gruppe Wagner"
        prior = [m for m in mentions if m.tok_end <= i and m.kind == "actor" and m.actor is not None
                 and m.via in ORG_VIAS and m.actor.actor_id and m.actor.sector != "MEDIA"
                 and within_reach(doc, m, i)]
        return prior[-1] if prior else None


def within_reach(doc: Doc, ante: Mention, i: int) -> bool:
    """An antecedent a description at token ``i`` may name: in its paragraph or the one before (news names an
    actor again by its kind within a paragraph or two; farther back another actor has usually come between)."""
    sents = doc.sentences
    return sents[doc.tokens[i].sent].paragraph - sents[doc.tokens[ante.tok_start].sent].paragraph <= 1


def _frame_speaker(doc: Doc, actors: list[Mention], starts: list[int], a: int, b: int,
                   marks: frozenset[str], determiners: frozenset[str] = frozenset()) -> Mention | None:
    """The actor a quotation's frame names: within four words after the closing mark, with only a comma between
    ('„…“, sagte X', '"...," said X'), else ending within three words before the opening one after a colon or
    comma ('X sagte: „…“'), else, after a colon, the actor that opens the colon's sentence ('The State Department
    confirmed details in a statement issued Saturday: “...”': a statement quoted at length is its subject's).
    ``actors``: the mentions of actors with a country, in text order."""
    toks = doc.tokens
    i = bisect_left(starts, b)
    after = toks[i:i + 5]
    if after and doc.text[b:after[0].start].strip() in ("", ","):
        near = actors[bisect_left(actors, after[0].i, key=lambda m: m.tok_start):
                      bisect_right(actors, after[-1].i, key=lambda m: m.tok_start)]
        first = next((m for m in near if toks[m.tok_start].sent == after[0].sent
                      and not _quote_between(doc, b, m.start, marks)), None)
        if first is not None:
            return first
    j = bisect_left(starts, a)
    before = toks[max(0, j - 4):j]
    if before and before[-1].text in (":", ","):
        near = actors[bisect_left(actors, before[0].i - 8, key=lambda m: m.tok_start):
                      bisect_left(actors, before[-1].i, key=lambda m: m.tok_start)]
        found = next((m for m in reversed(near) if before[0].i <= m.tok_end - 1 < before[-1].i
                      and toks[m.tok_start].sent == before[-1].sent), None)
        sent = doc.sentences[before[-1].sent]
        k = bisect_left(actors, sent.tok_start, key=lambda m: m.tok_start)
        lead = actors[k:k + 1]
        if found is None and before[-1].text == ":" and lead and lead[0].tok_start < before[-1].i and all(
                toks[k].lower in determiners for k in range(sent.tok_start, lead[0].tok_start)):
            found = lead[0]
        return found
    return None


def _quote_between(doc: Doc, lo: int, hi: int, marks: frozenset[str]) -> bool:
    """A quotation mark (QuoteMarks.marks, the language's claims.yaml) between two offsets: the frame of the next
    quotation, not of this one."""
    return any(ch in marks for ch in doc.text[lo:hi])


def _country(m: Mention) -> str | None:
    """The country a mention names: its actor's (not a generic noun's guess) or its place's."""
    if m.actor is not None and m.kind in ("actor", "origin") and m.via in NAMED_VIAS:
        return m.actor.country
    return m.place.country if m.place is not None and m.kind == "place" else None


def refers_to(doc: Doc, ante: Mention) -> str:
    """What a resolved mention refers back to, for explanations: "Hamas, sentence 2" (counted from 1)."""
    name = ante.actor.name if ante.actor is not None and ante.via in ORG_VIAS + ("person",) else ante.text
    return f"{name}, sentence {doc.tokens[ante.tok_start].sent + 1}"
