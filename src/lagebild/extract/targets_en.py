"""English targets the sentence names without an actor phrase: the country where an attack, arrest or
deployment happens ("killed 45 people in a town in eastern Syria"), and the state's own people when its
police or army acts at home with no one named ("security forces detained dozens"). news-gold counts such
events by country on both sides (guidelines: police arresting protesters GEO -> GEO)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..knowledge.resources import lower_words
from ..model import ActorRef, Doc, Mention
from .event_parts import country_name, country_ref, mention_country
from .relatives_en import object_relative


@dataclass(frozen=True)
class PlaceTargets:
    """Which event types take their target from the place or the doer's own country (lexicon ``place_targets``)."""

    place_types: frozenset[str] = frozenset()  # the country of the place "in" which it happens
    domestic_types: frozenset[str] = frozenset()  # with no place: the doer's own country
    domestic_sectors: frozenset[str] = frozenset()  # ... when the doer is the state (police, army, government)
    inside_preps: frozenset[str] = frozenset()
    # further (type, sectors) acting at home: police who fire or beat act on their own people, an army abroad does not
    domestic_more: tuple[tuple[str, frozenset[str]], ...] = ()
    abroad_sectors: frozenset[str] = frozenset()  # doers at home or abroad (an army): the sentence's other country
    movement_preps: frozenset[str] = frozenset()  # where a movement goes ("deployed troops to Crimea")
    state_types: frozenset[str] = frozenset()  # done at home against the state: the target is its government
    act_doer_types: frozenset[str] = frozenset()  # a criticism of an act aims at its doer ("condemned the arrest ... by X")
    act_agent_preps: frozenset[str] = frozenset()  # "by"
    asked_types: frozenset[str] = frozenset()  # a request's "from X" names whom it is asked of ("weapons from Germany")
    asked_preps: frozenset[str] = frozenset()  # "from"
    frontier_nouns: frozenset[str] = frozenset()  # "near the Afghan border": Afghanistan names where, not whom
    frontier_preps: frozenset[str] = frozenset()  # "the border with Afghanistan"
    asked_for_preps: frozenset[str] = frozenset()  # "called for Russia to withdraw": "for" opens the asked one's clause
    asked_for_marks: frozenset[str] = frozenset()  # "to": the infinitive after the asked one
    subject_act_preps: frozenset[str] = frozenset()  # "a strike on Kharkiv killed 12 people": the subject act's target
    restricted_types: frozenset[str] = frozenset()  # a ban's "from X" names whom it restricts ("flights from Indonesia")
    of_doer_nouns: frozenset[str] = frozenset()  # "protested the presence of Chinese ships": "of" names the doer
    group_sectors: frozenset[str] = frozenset()  # a group of no country hit in a place counts as that place's ("in Mali")
    nested_verb_preps: frozenset[str] = frozenset()  # "paid compensation to British nationals": on the verb itself
    nested_preps: frozenset[str] = frozenset()  # "troops to a force in Liberia": on the verb's object, a level down
    asked_act_nouns: frozenset[str] = frozenset()  # "called for US support": the act noun its country modifier does
    topic_preps: frozenset[str] = frozenset()  # "protested over Pakistan's shelling": what a criticism is about
    departure_types: frozenset[str] = frozenset()  # a withdrawal from a place leaves its country ("from Kherson")
    departure_preps: frozenset[str] = frozenset()  # "from"
    abroad_forces: tuple[str, ...] = ()  # "US Central Command": a force that fights abroad by its charter, never at home
    patient_preps: frozenset[str] = frozenset()  # "Russia's annexation of Crimea": a noun's place acted on
    of_doer_preps: frozenset[str] = frozenset()  # "of": the preposition an of_doer_nouns noun names its doer with

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> PlaceTargets:
        d = lex.get("place_targets") or {}
        more = tuple((t, frozenset(ss or [])) for t, ss in (d.get("domestic_by_type") or {}).items())
        return cls(frozenset(d.get("place_types") or []), frozenset(d.get("domestic_types") or []),
                   frozenset(d.get("domestic_sectors") or []),
                   frozenset(d.get("prepositions") or lex.get("inside_location_prepositions") or []), more,
                   frozenset(d.get("abroad_sectors") or []), frozenset(d.get("movement_prepositions") or []),
                   frozenset(d.get("state_target_types") or []),
                   frozenset((lex.get("act_doer") or {}).get("types") or []),
                   lower_words(lex.get("act_doer"), "prepositions"),
                   frozenset((lex.get("asked_from") or {}).get("types") or []),
                   lower_words(lex.get("asked_from"), "prepositions"),
                   lower_words(d, "frontier_nouns"),
                   lower_words(d, "frontier_prepositions"),
                   lower_words(lex.get("asked_for"), "prepositions"),
                   lower_words(lex.get("asked_for"), "infinitive_marks"),
                   lower_words(d, "subject_act_prepositions"),
                   frozenset((lex.get("asked_from") or {}).get("restricted_types") or []),
                   lower_words(lex.get("act_doer"), "of_doer_nouns"),
                   frozenset(d.get("stateless_group_sectors") or []),
                   lower_words(lex.get("nested_target"), "verb_prepositions"),
                   lower_words(lex.get("nested_target"), "prepositions"),
                   lower_words(lex.get("asked_for"), "act_nouns"),
                   lower_words(lex.get("act_doer"), "topic_prepositions"),
                   frozenset(d.get("departure_types") or []),
                   lower_words(d, "departure_prepositions"),
                   tuple(f" {w.lower()} " for w in d.get("abroad_forces") or []),
                   lower_words(d, "noun_patient_prepositions"),
                   lower_words(lex.get("act_doer"), "of_doer_prepositions"))

    def fights_abroad(self, text: str) -> bool:
        """The doer's words name a force whose charter is to fight abroad ("US Central Command", "AFRICOM")."""
        padded = f" {' '.join(text.lower().split())} "
        return any(w in padded for w in self.abroad_forces)

    def frontier(self, doc: Doc, m: Mention) -> bool:
        """The country is named only as one side of a border ("near the Afghan border", "the border with Iran"): it
        says where the act is, at the frontier, not that it lands across it."""
        toks = doc.tokens
        after = toks[m.tok_end].lower if m.tok_end < len(toks) else ""
        before = [t.lower for t in toks[max(0, m.tok_start - 2):m.tok_start]]
        return after in self.frontier_nouns or (
            len(before) == 2 and before[1] in self.frontier_preps and before[0] in self.frontier_nouns)

    def domestic(self, event_type: str, sector: str | None) -> bool:
        """The doer of this type and sector acts on its own country's people when no one else is named."""
        return (event_type in self.domestic_types and sector in self.domestic_sectors) or any(
            event_type == t and sector in ss for t, ss in self.domestic_more)

    def target(self, event_type: str, source: ActorRef, loc: Mention | None, movement: bool = False) -> ActorRef | None:
        """The target of an event whose sentence names no target actor; None where the sentence tells none. A movement
        is at the place it goes to as well as the one it is in."""
        if not source.country and source.actor_id != "unknown":  # an unknown attacker still hits a place
            return None
        if event_type in self.place_types and loc is not None and loc.place is not None and loc.place.country \
                and (loc.preposition in self.inside_preps or movement and loc.preposition in self.movement_preps):
            c = loc.place.country
            return country_ref(loc.text, c)
        if event_type in self.departure_types and movement and loc is not None and loc.place is not None \
                and loc.place.country not in (None, source.country) and loc.preposition in self.departure_preps:
            return country_ref(loc.text, loc.place.country)  # "withdrew its troops from Kherson": Ukraine's
        if self.domestic(event_type, source.sector) \
                and (loc is None or loc.place is None or loc.place.country in (None, source.country)):
            if event_type in self.state_types:  # a crowd protesting at home protests against its government
                return ActorRef("", country_name(source.country), f"{source.country}-GOV", source.country, "GOV")
            return ActorRef("", country_name(source.country), source.country, source.country, None)
        return None

    def group_place(self, event_type: str, target: ActorRef, loc: Mention | None) -> ActorRef:
        """A target that is an armed group of no country ("killed an al-Qaeda commander in northern Mali", "struck
        Islamic State positions in Syria") counts as the country of the place the act is in, as news-gold counts rebels
        and armed groups by their country (the doer's own too: a domestic fight); the group stays the actor; not an IGO."""
        if event_type not in self.place_types or target.country or target.sector not in self.group_sectors \
                or loc is None or loc.place is None or not loc.place.country or loc.preposition not in self.inside_preps:
            return target
        return ActorRef(target.text, target.name, target.actor_id, loc.place.country, target.sector)

    def act_doer(self, event_type: str, doc: Doc, parse: Any, v: int, mentions: list[Mention],
                 source: Mention | None) -> Mention | None:
        """The doer of the act a criticism's object tells ("criticized the arrest of Greek journalists by Turkish police",
        "protested the deployment of missiles by the United States"): the object noun's "by" phrase names whom the
        criticism aims at, not the act's patient or goal. An actor is no means ("by sending troops"), so a "by X" the
        parser hangs on the active verb is the act's agent too. The object's possessor is its doer as well
        ("protested China's deployment of ships"), and so is its nationality ("condemned the Israeli strikes on Syria":
        Israel, not Syria, as the German detrig38 reads "den russischen Angriff auf Kiew"; enroles39)."""
        if event_type not in self.act_doer_types or parse is None:
            return None
        kids = parse.children.get(v, [])
        if any(parse.deps.get(k) in ("auxpass", "nsubjpass") for k in kids):
            return None  # "was criticized by X": X criticises
        objs = [n for n in kids if parse.deps.get(n) in ("dobj", "obj")]
        by = _other_behind(doc, parse, objs + ([v] if objs else []), self.act_agent_preps, mentions, source)
        return by or _possessor(doc, parse, objs, mentions, source) or _nationality(parse, objs, mentions, source)

    def topic_doer(self, event_type: str, doc: Doc, parse: Any, v: int, mentions: list[Mention],
                   source: Mention | None) -> Mention | None:
        """The doer of the act a criticism is about, told in a phrase on its verb ("protested over Pakistan's shelling
        of border posts", "complained about China's military drills", "... about the arrests by Turkish police"): as
        ``act_doer`` reads it on an object, by the noun's possessor or "by" phrase. Read only where no target was found."""
        if event_type not in self.act_doer_types or parse is None or not self.topic_preps:
            return None
        if any(parse.deps.get(k) in ("auxpass", "nsubjpass") for k in parse.children.get(v, [])):
            return None
        nouns = [n for p in parse.children.get(v, []) if parse.deps.get(p) == "prep"
                 and doc.tokens[p].lower in self.topic_preps
                 for n in parse.children.get(p, []) if parse.deps.get(n) == "pobj"]
        by = _other_behind(doc, parse, nouns, self.act_agent_preps, mentions, source)
        return by if by is not None else _possessor(doc, parse, nouns, mentions, source)

    def of_doer(self, event_type: str, doc: Doc, parse: Any, v: int, mentions: list[Mention],
                source: Mention | None) -> Mention | None:
        """The doer a criticism's object names with "of" where the object is a noun of being or doing, not of an act
        done to someone ("protested the presence of Chinese warships", "condemned the activities of Russian spies";
        "the arrest of journalists" names whom the act hits, so act nouns are not listed): that doer's country, from
        an actor or a nationality on the "of" phrase's noun. Read only where no target was found."""
        if event_type not in self.act_doer_types or parse is None or not self.of_doer_nouns:
            return None
        if any(parse.deps.get(k) in ("auxpass", "nsubjpass") for k in parse.children.get(v, [])):
            return None
        own = source.actor.country if source is not None and source.actor is not None else None
        toks = doc.tokens
        for o in parse.children.get(v, []):
            if parse.deps.get(o) not in ("dobj", "obj") or not (toks[o].lower in self.of_doer_nouns
                                                               or toks[o].lemma.lower() in self.of_doer_nouns):
                continue
            nouns = [n for p in parse.children.get(o, []) if parse.deps.get(p) == "prep" and toks[p].lower in self.of_doer_preps
                     for n in parse.children.get(p, []) if parse.deps.get(n) == "pobj"]
            heads = nouns + [a for n in nouns for a in parse.children.get(n, []) if parse.deps.get(a) in ("amod", "compound")]
            m = next((m for m in mentions if m.kind in ("actor", "origin") and m.actor is not None and m.actor.country
                      and m.actor.country != own and any(m.tok_start <= h < m.tok_end for h in heads)), None)
            if m is not None:
                return m if m.kind == "actor" else replace(m, actor=country_ref(m.text, m.actor.country), kind="actor")  # type: ignore[union-attr]
        return None

    def nested(self, doc: Doc, parse: Any, v: int, mentions: list[Mention], source: Mention | None,
               depth: int = 3) -> Mention | None:
        """The side a verb's object or its complement's object is aimed at, a phrase or two down ("contribute troops
        to a force in Liberia", "refused to commit to any assistance to the US-led war", "paid compensation to 67
        British nationals"): the first actor, nationality or place of another country than the doer's on the noun
        behind such a preposition. Read only where no reading of the verb's frame found a target; a place "in" on the
        verb itself says where it was done, so the verb's own phrases count only with ``nested_verb_preps``."""
        if parse is None or not self.nested_preps:
            return None
        own = source.actor.country if source is not None and source.actor is not None else None
        toks = doc.tokens
        level = [(v, True)]
        for _ in range(depth):
            nxt: list[tuple[int, bool]] = []
            for h, at_verb in level:
                for k in parse.children.get(h, []):
                    dep = parse.deps.get(k)
                    if dep in ("dobj", "obj", "xcomp"):
                        nxt.append((k, dep == "xcomp"))
                    elif dep in ("prep", "dative") and toks[k].lower in (
                            self.nested_verb_preps if at_verb else self.nested_preps):
                        for o in parse.children.get(k, []):
                            if parse.deps.get(o) != "pobj":
                                continue
                            if (m := self._named_on(doc, parse, o, mentions, own)) is not None:
                                return m
                            nxt.append((o, False))
            level = nxt
        return None

    def _named_on(self, doc: Doc, parse: Any, o: int, mentions: list[Mention], own: str | None) -> Mention | None:
        """An actor, nationality or place of a country not ``own`` that is the noun at ``o`` or stands before it in
        its phrase ("the US-led war", "67 elderly British nationals"), as an actor; not one side of a border."""
        left, stack = o, [o]
        while stack:
            for c in parse.children.get(stack.pop(), []):
                if c < o:
                    left = min(left, c)
                    stack.append(c)
        for m in mentions:
            c = mention_country(m)
            if c and c != own and left <= m.tok_start and m.tok_end <= o + 1 and not self.frontier(doc, m):
                return m if m.kind == "actor" and m.actor is not None and m.actor.country == c else \
                    replace(m, actor=country_ref(m.text, c), kind="actor", is_location=False, preposition=None)
        return None

    def noun_target(self, event_type: str, doc: Doc, parse: Any, n: int, mentions: list[Mention],
                    source: Mention | None) -> Mention | None:
        """A noun trigger's target where its own roles found none: whom a request is made of ("its demands for
        compensation from the US", "its call for Israel to halt": the for-to clause's subject, as for the verb), else
        the place acted on (``patient_place``)."""
        return self.asked_from(event_type, doc, parse, n, mentions, source) \
            or self.asked_for(event_type, doc, n, mentions, source) \
            or self.patient_place(event_type, doc, parse, n, mentions, source)

    def patient_place(self, event_type: str, doc: Doc, parse: Any, n: int, mentions: list[Mention],
                      source: Mention | None) -> Mention | None:
        """The place a noun of a place type names as acted on with one of ``patient_preps`` ("Russia's annexation of
        Crimea", "the shelling of Kharkiv"): that place's country, when another than the doer's. The noun's roles read
        actors only, so the doer's own state was left as the aim ("annexation" of no one: its own people, COERCE)."""
        if event_type not in self.place_types or parse is None or not self.patient_preps:
            return None
        toks = doc.tokens
        objs = [o for p in parse.children.get(n, []) if parse.deps.get(p) == "prep" and toks[p].lower in self.patient_preps
                for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        own = source.actor.country if source is not None and source.actor is not None else None
        m = next((m for m in mentions if m.kind == "place" and m.place is not None and m.place.country
                  and any(m.tok_start <= o < m.tok_end for o in objs)), None)
        if m is None or m.place is None or m.place.country == own:
            return None
        return replace(m, actor=country_ref(m.text, m.place.country), kind="actor")

    def asked_from(self, event_type: str, doc: Doc, parse: Any, v: int, mentions: list[Mention],
                   source: Mention | None) -> Mention | None:
        """Whom a request is made of, told by "from" on the verb or its object ("requested more weapons from Germany",
        "asked for tanks from Germany", "demanded an apology from Japan"). Read only where the roles found no target:
        the doer of a demanded act comes first ("called for the withdrawal of Rwandan troops from Congo": Rwanda).
        A ban's or embargo's "from X" names the country whose goods or planes it stops ("decided to ban air traffic
        from Indonesia", "an embargo on oil from Iran"): ``restricted_types``."""
        if event_type not in self.asked_types and event_type not in self.restricted_types or parse is None:
            return None
        heads = [v] + [c for c in parse.children.get(v, []) if parse.deps.get(c) in ("dobj", "obj")]
        heads += [o for c in parse.children.get(v, []) if parse.deps.get(c) == "prep" and doc.tokens[c].lower not in
                  self.asked_preps for o in parse.children.get(c, []) if parse.deps.get(o) == "pobj"]  # "asked for X from Y"
        return _other_behind(doc, parse, heads, self.asked_preps, mentions, source)

    def asked_for(self, event_type: str, doc: Doc, v: int, mentions: list[Mention], source: Mention | None) -> Mention | None:
        """The subject of a request's for-to clause ("called for Russia to withdraw its troops", "pushed hard for the
        United States to back the plan"): whom the act is asked of. "for" within four words after the verb, the actor
        right after it (an article between at most) and the infinitive's "to" right after the actor; read only where
        the roles found no target ("called for sanctions against Iran" has no "to" after the actor). Or the actor
        modifies a noun of its own act right after it, one word between at most ("called for a Russian withdrawal",
        "appealed for American military aid": ``asked_act_nouns``)."""
        if event_type not in self.asked_types or not self.asked_for_preps:
            return None
        toks = doc.tokens
        end = doc.sentences[toks[v].sent].tok_end
        for j in range(v + 1, min(end, v + 5)):
            if toks[j].text in (",", ";", ":") or toks[j].text[:1] in ('"', "\u201c"):
                return None
            if toks[j].lower not in self.asked_for_preps:
                continue
            m = next((m for m in mentions if j + 1 <= m.tok_start <= j + 2 and m.kind in ("actor", "origin")
                      and m.actor is not None and m.actor.country and m is not source), None)
            if m is not None and m.kind == "actor" and m.tok_end < end and toks[m.tok_end].lower in self.asked_for_marks:
                return m
            if m is not None and any(toks[k].lower in self.asked_act_nouns for k in range(m.tok_end, min(end, m.tok_end + 2))) \
                    and toks[m.tok_end].text.isalpha() and toks[m.tok_end].text.islower():
                return m  # "for US support", "for American military aid": that country is asked to act
            return None
        return None


def _other_behind(doc: Doc, parse: Any, heads: list[int], preps: frozenset[str], mentions: list[Mention],
                  source: Mention | None) -> Mention | None:
    """The first actor of another country than the doer's behind one of ``preps`` hung on one of ``heads``."""
    own = source.actor.country if source is not None and source.actor is not None else None
    for h in heads:
        for p in parse.children.get(h, []):
            if parse.deps.get(p) != "prep" or doc.tokens[p].lower not in preps:
                continue
            for o in parse.children.get(p, []):
                m = next((m for m in mentions if m.tok_start <= o < m.tok_end and m.actor is not None
                          and m.actor.country and m.actor.country != own), None)
                if m is not None:
                    return m
    return None


def _possessor(doc: Doc, parse: Any, heads: list[int], mentions: list[Mention], source: Mention | None) -> Mention | None:
    """The actor of another country than the doer's that owns one of ``heads`` ("China's deployment") or is the subject
    or agent of its object relative clause ("condemned the strike that Israel carried out on Damascus")."""
    own = source.actor.country if source is not None and source.actor is not None else None
    owners = [p for h in heads for p in parse.children.get(h, []) if parse.deps.get(p) == "poss"]
    for r in (r for h in heads if (r := object_relative(parse, h)) is not None):
        owners += [c for c in parse.children.get(r, []) if parse.deps.get(c) == "nsubj"] + [
            o for a in parse.children.get(r, []) if parse.deps.get(a) == "agent" for o in parse.children.get(a, [])]
    return next((m for m in mentions if m.actor is not None and m.actor.country and m.actor.country != own
                 and any(m.tok_start <= p < m.tok_end for p in owners)), None)


def _nationality(parse: Any, heads: list[int], mentions: list[Mention], source: Mention | None) -> Mention | None:
    """The nationality adjective on one of ``heads`` ("the Israeli strikes", "the Ukrainian attacks"), of another country
    than the doer's, as an actor of that country; none where the adjective stands behind a preposition ("anti-American")."""
    own = source.actor.country if source is not None and source.actor is not None else None
    mods = [c for h in heads for c in parse.children.get(h, []) if parse.deps.get(c) == "amod"]
    m = next((m for m in mentions if m.kind == "origin" and m.preposition is None and m.actor is not None
              and m.actor.country and m.actor.country != own and any(m.tok_start <= c < m.tok_end for c in mods)), None)
    return None if m is None else replace(m, actor=country_ref(m.text, m.actor.country), kind="actor")  # type: ignore[union-attr]
