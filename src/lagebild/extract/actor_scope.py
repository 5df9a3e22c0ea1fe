"""Acts that are told with political actors but are no political event: a firm's business (news-gold's guidelines
take businesses only "when they act politically"), a state's advice to its own nationals (an embassy "warned
Americans" to stay home: no threat), a meeting whose other side is the press ("a conference call with reporters").
The words are data (lexicon ``actor_scope``); this module only decides."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention
from .home_targets import type_modes


@dataclass(frozen=True)
class ActorScope:
    """Which doers, targets and partners make an act political (lexicon ``actor_scope``; empty: every act is)."""

    business_sectors: frozenset[str] = frozenset()  # a firm and its executives
    business_political_types: frozenset[str] = frozenset()  # what a firm does politically, aimed at a state or IGO
    advisory_types: frozenset[str] = frozenset()  # a state's warning or call to its own people abroad
    advisory_sources: frozenset[str] = frozenset()  # ... told by its missions ("embassy", "state department")
    people_sectors: frozenset[str | None] = frozenset()  # ... to its own people: no sector ("Americans") or civilians
    target_required: frozenset[str] = frozenset()  # acts between two sides: none without the other side ...
    home_modes: frozenset[tuple[str, str]] = frozenset()  # ... but these (type, mode) are aimed at home (home_targets)
    place_modes: frozenset[tuple[str, str]] = frozenset()  # ... and these at the place they leave, where one is told
    # acts that need the other side when a state body does them (a state's demand names whom it asks): type -> sectors
    target_required_by_sector: tuple[tuple[str, frozenset[str]], ...] = ()
    others: frozenset[str] = frozenset()  # "Israel's critics", "Burma's neighbors": other actors than the possessor
    possessives: frozenset[str] = frozenset()
    press_types: frozenset[str] = frozenset()  # a meeting ...
    press_partners: frozenset[str] = frozenset()  # ... with the press is none
    press_sectors: frozenset[str] = frozenset()  # ... nor with a named paper or broadcaster ("mit der Welt am Sonntag")
    partner_prepositions: frozenset[str] = frozenset()  # "with reporters"
    partner_skip: frozenset[str] = frozenset()  # words between the preposition and the noun ("with foreign reporters")
    travel_types: frozenset[str] = frozenset()  # a deployment ...
    travel_verbs: frozenset[str] = frozenset()  # ... told by a verb of one's own motion ("flew", "arrived") ...
    traveller_sectors: frozenset[str] = frozenset()  # ... of an office holder or a person of these sectors ...
    firm_name_words: frozenset[str] = frozenset()  # "Bank of America", "China Eastern Airlines": a country in a firm's name
    name_links: frozenset[str] = frozenset()  # lowercase words inside a firm's name ("Bank of America")
    traveller_nouns: frozenset[str] = frozenset()  # ... named by office ("the president flies"): a trip, no troops
    firm_side_types: frozenset[str] = frozenset()  # a state's aid, deal or backing ...
    firm_nouns: frozenset[str] = frozenset()  # ... whose other side is a firm or an industry ("the automakers") ...
    firm_receiving: frozenset[str] = frozenset()  # ... or a firm that receives it ("GM received government loans")
    firm_stops: frozenset[str] = frozenset()  # where the trigger's object ends (",", ";")
    firm_reach: int = 0  # how many words after the trigger its object may stand
    member_meeting_types: frozenset[str] = frozenset()  # a meeting ...
    member_sectors: frozenset[str] = frozenset()  # ... of a body of states' ...
    member_nouns: tuple[str, ...] = ()  # ... ministers or leaders ("NATO defence ministers met"): whole without a partner

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> ActorScope:
        d = lex.get("actor_scope") or {}
        return cls(business_sectors=frozenset(d.get("business_sectors") or []),
                   business_political_types=frozenset(d.get("business_political_types") or []),
                   advisory_types=frozenset(d.get("advisory_types") or []), advisory_sources=lower_words(d, "advisory_sources"),
                   people_sectors=frozenset(d.get("people_sectors") or []),
                   target_required=frozenset(d.get("target_required_types") or []), others=lower_words(d, "others_nouns"),
                   target_required_by_sector=tuple((t, frozenset(ss or [])) for t, ss in
                                                   (d.get("target_required_by_sector") or {}).items()),
                   possessives=frozenset(lex.get("possessives") or []), press_types=frozenset(d.get("press_types") or []),
                   press_partners=lower_words(d, "press_partners"), press_sectors=frozenset(d.get("press_sectors") or []),
                   partner_prepositions=lower_words(d, "partner_prepositions"),
                   partner_skip=lower_words(d, "partner_skip"), travel_types=frozenset(d.get("travel_types") or []),
                   travel_verbs=lower_words(d, "travel_verbs"), traveller_sectors=frozenset(d.get("traveller_sectors") or []),
                   traveller_nouns=lower_words(d, "traveller_nouns"), firm_name_words=lower_words(d, "firm_name_words"),
                   name_links=lower_words(d, "firm_name_links"), firm_side_types=frozenset(d.get("firm_side_types") or []),
                   firm_nouns=lower_words(d, "firm_nouns"), firm_receiving=lower_words(d, "firm_receiving"),
                   firm_stops=lower_words(d, "firm_stops"), firm_reach=int(d.get("firm_reach") or 0),
                   home_modes=type_modes(d, "home_side_modes"), place_modes=type_modes(d, "place_side_modes"),
                   member_meeting_types=frozenset(d.get("member_meeting_types") or []),
                   member_sectors=frozenset(d.get("member_sectors") or []),
                   member_nouns=tuple(sorted(lower_words(d, "member_nouns"))))

    def business(self, event_type: str, source: ActorRef | None, target: ActorRef | None) -> bool:
        """A firm's act is business unless it is of a political kind and aimed at a state or a body of states
        ("Boeing signed a deal", "Apple will offer a case", "GM and Chrysler seek aid": none)."""
        if source is None or source.sector not in self.business_sectors:
            return False
        if event_type not in self.business_political_types or target is None:
            return True
        return target.sector in self.business_sectors or not (target.country or target.actor_id)

    def firm_side(self, doc: Doc, event_type: str, trigger: int, lemma: str, start: int, end: int,
                  target: ActorRef | None, mentions: list[Mention]) -> bool:
        """A state's aid, deal or backing with no side found whose object is a firm or an industry is business, no
        politics ("bail out the automakers", "more aid to the firm", "the union will support the restructuring"): a
        firm's word or name stands as the trigger's object (the ``firm_reach`` words after it, up to a stop) or, for a
        receiving verb, before it in the clause from ``start``; a firm's word counts in lower case only (a name such
        as "West Bank" or "World Bank" is no firm). Aid to a firm named as the target stays (hand labels:
        "the government will give GM ... loans" is an event)."""
        if event_type not in self.firm_side_types or target is not None:
            return False
        toks = doc.tokens
        after = []
        for i in range(trigger + 1, min(end, trigger + 1 + self.firm_reach)):
            if toks[i].lower in self.firm_stops:
                break
            after.append(i)
        span = [*range(start, trigger), *after] if lemma in self.firm_receiving else after
        if not span:
            return False
        text = f" {' '.join(toks[i].lower if toks[i].text.islower() else '|' for i in span)} "  # "West Bank" no firm
        if any(f" {w} " in text for w in self.firm_nouns):
            return True
        lo, hi = span[0], span[-1] + 1
        return any(m.actor is not None and m.actor.sector in self.business_sectors and lo <= m.tok_start < hi
                   for m in mentions)

    def firm_name(self, doc: Doc, m: Mention) -> ActorRef | None:
        """The actor as a firm when its mention stands inside a capitalised name with a firm's word ("Bank of America
        pulled out", "China Eastern Airlines signed"): the country names the firm, not the state; else None."""
        if m.actor is None or not self.firm_name_words or not self.business_sectors:
            return None
        sent = doc.sentences[doc.tokens[m.tok_start].sent]
        words = [*self._name_words(doc, m.tok_start - 1, -1, sent.tok_start, sent.tok_end),
                 *self._name_words(doc, m.tok_end, 1, sent.tok_start, sent.tok_end)]
        if not any(w in self.firm_name_words for w in words):
            return None
        return replace(m.actor, sector=min(self.business_sectors))

    def _name_words(self, doc: Doc, i: int, step: int, lo: int, hi: int) -> list[str]:
        """The capitalised words (and ``name_links`` between two of them) from ``i`` on in direction ``step``, within
        the sentence's tokens ``lo``..``hi``: the rest of the name a mention stands in."""
        toks, words = doc.tokens, []
        while lo <= i < hi and (toks[i].text[:1].isupper() or (toks[i].lower in self.name_links and lo <= i + step < hi
                                                                and toks[i + step].text[:1].isupper())):
            words.append(toks[i].lower)
            i += step
        return words

    def advisory(self, event_type: str, source: ActorRef | None, target: ActorRef | None) -> bool:
        """A state's mission warning or urging its own people ("the U.S. embassy warned Americans", "urged U.S.
        citizens to leave") gives them advice, no threat or demand."""
        if event_type not in self.advisory_types or source is None or target is None or not source.country:
            return False
        return target.country == source.country and target.sector in self.people_sectors \
            and any(f" {w} " in f" {source.text.lower()} " for w in self.advisory_sources)

    def travel(self, event_type: str, lemma: str, source: ActorRef | None) -> bool:
        """An office holder or a named person who flies, arrives or moves travels: no deployment of forces ("the
        president flies on a state aircraft", "the minister arrived in Kabul"); a state or its army moving does deploy."""
        if event_type not in self.travel_types or lemma not in self.travel_verbs or source is None \
                or source.sector not in self.traveller_sectors:
            return False
        person = bool(source.actor_id) and source.actor_id == source.actor_id.lower()  # "barack-obama", not "RUS-GOV"
        return person or any(f" {w} " in f" {source.text.lower()} " for w in self.traveller_nouns)

    def one_sided(self, event_type: str, target: ActorRef | None, committed: bool = False, mode: str | None = None,
                  placed: bool = False, source: ActorRef | None = None) -> bool:
        """An act between two sides told with no other side: the event is not whole (an agreement with no one; a
        state's demand of no one named, ``target_required_by_sector``: "asked other countries to review their laws").
        A pledge to an act (``committed``: "agreed to open its border") is whole with its doer alone; a resignation
        (``mode``) leaves the doer's own office and a withdrawal from a place told (``placed``) leaves that place's
        country: home_targets gives them that side."""
        if target is not None or committed or self.members_meeting(event_type, source):
            return False
        kind = (event_type, mode or "")
        if event_type in self.target_required:
            return kind not in self.home_modes and not (placed and kind in self.place_modes)
        return source is not None and any(
            event_type == t and source.sector in ss for t, ss in self.target_required_by_sector)

    def members_meeting(self, event_type: str, source: ActorRef | None) -> bool:
        """The members of one body of states meeting among themselves ("Die EU-Außenminister kommen zusammen", "NATO
        defence ministers met"): the meeting is whole with that one side, as news-gold codes it (source and target null)."""
        if event_type not in self.member_meeting_types or source is None or source.sector not in self.member_sectors:
            return False
        words = source.text.lower().replace("-", " ").split()
        return any(w.endswith(self.member_nouns) for w in words)

    def names_others(self, doc: Doc, m: Mention) -> bool:
        """The actor is only the possessor of others who act ("Israel's critics condemned", "China's rivals accused
        Beijing", "Burma's neighbors must do more"): it takes no role in their act."""
        toks, i = doc.tokens, m.tok_end
        if i < len(toks) and toks[i].lower in self.others and any(
                toks[j].lower in self.possessives for j in range(m.tok_start, i)):
            return True  # "Israel's militia ally": the mention took the possessive and a modifier in
        if i > m.tok_start and toks[i - 1].lower in self.possessives:
            i -= 1  # the mention took its possessive in
        if i >= len(toks) or toks[i].lower not in self.possessives:
            return False
        # "Iran's regional allies", "Russia's closest ally": up to two lower-case modifiers before the noun
        for j in range(i + 1, min(i + 4, len(toks))):
            if toks[j].lower in self.others:
                return True
            if not (toks[j].text.isalpha() and toks[j].text.islower()):
                return False
        return False

    def press_meeting(self, doc: Doc, event_type: str, trigger: int, end: int) -> bool:
        """A meeting or call whose partner after the trigger is the press ("a conference call with reporters",
        "met with journalists", "in einem Gespräch mit der Welt am Sonntag"): the press is no side of a meeting (it
        reports on it), whether named by a word or as a paper or broadcaster (an actor of press_sectors)."""
        if event_type not in self.press_types:
            return False
        toks = doc.tokens
        for i in range(trigger + 1, min(end, trigger + 4)):
            if toks[i].lower not in self.partner_prepositions:
                continue
            j = i + 1
            while j < end and toks[j].lower in self.partner_skip:
                j += 1
            return j < end and (toks[j].lower in self.press_partners or any(
                m.tok_start == j and m.actor is not None and m.actor.sector in self.press_sectors for m in doc.mentions))
        return False
