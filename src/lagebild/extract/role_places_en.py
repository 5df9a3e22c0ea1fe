"""English roles read from places and unnamed doers (a mixin of role_finder_en.EnglishRoleFinder): the country of a
place a verb acts on or in ("shelled Kharkiv", "a curfew in Algiers", "Somalia, where ..."), the state's own people as
target, the nationality or place of a subject that is no actor, and doers without a name (a bomb, an NGO). Split from
role_finder_en.py, which reads who the parse names."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..knowledge.function_words import function_words
from ..model import ActorRef, Doc, Mention
from . import priors_de
from .analyser import Analysis
from .clauses import Clause
from .counted_objects_en import after_of
from .event_parts import country_name, country_ref, mention_country, named_country, one_other_country
from .relatives_en import object_relative
from .rules import Trigger
from .scene import GENERIC_VIAS, NAMED_VIAS, Scene, main_country


class EnglishPlaceRoles:
    """Stateless readings of places and unnamed doers; the attributes are EventExtractor's."""

    syntax: Any
    place_targets: Any
    type_context: Any
    by_noun: dict[str, list[Any]]
    inside_preps: set[str]
    _by_sent: dict[int, list[Mention]]

    def _domestic_target(self, doc: Doc, c: Clause, trig: Trigger, source: ActorRef, loc_m: Mention | None) -> ActorRef | None:
        """'Police detained dozens of opposition leaders': people of the event's place, else of the one country of
        the places their sentence is in ("killed 23 people ... when they blew themselves up in Tel Aviv"), else of the
        one other country an army's sentence names (``_abroad_country``), else of the place a "where" clause describes
        ("Somalia, where Ethiopia sent troops to battle Islamist fighters"), else ``_home_of_armed`` (the scene's, else
        the doer's own only at home; a doer of no country gives civilians none)."""
        parse = self._sentence_parse(doc, c.sent)
        if parse is None:
            return None
        inside = self.place_targets.inside_preps if self.place_targets is not None else frozenset()
        state = self.place_targets.domestic_sectors if self.place_targets is not None else frozenset()
        found = self.syntax.group_object(doc, parse, trig.tok, source.sector in state)
        places = {m.place.country for m in self._by_sent.get(c.sent, []) if m.is_location and m.place is not None
                  and m.place.country and m.preposition in inside}
        country = (loc_m.place.country if loc_m is not None and loc_m.place is not None else None) \
            or self._subject_act_country(doc, parse, trig.tok) or (places.pop() if len(places) == 1 else None) \
            or self._abroad_country(doc, c.sent, source) or self._relative_place(doc, trig.tok)
        if found is not None and not country and (found[1] == "REB" or source.country):
            country = self._home_of_armed(doc, source)  # "US drones killed civilians" abroad: no USA->USA-CIV
        if found is None or not country:
            return None
        return ActorRef(found[0], country_name(country), f"{country}-{found[1]}", country, found[1])

    def _placed_group(self, doc: Doc, c: Clause, trig: Trigger, source: ActorRef | None, place: ActorRef) -> ActorRef:
        """"Turkish jets struck Kurdish militants in northern Iraq": the place an act is in tells whose the group it acts
        on is, not whom it hits; the group of people the verb's object names is the target, of the place's country."""
        parse = self._sentence_parse(doc, c.sent)
        state = self.place_targets.domestic_sectors if self.place_targets is not None else frozenset()
        found = None if parse is None or not place.country else self.syntax.group_object(
            doc, parse, trig.tok, source is not None and source.sector in state)
        if found is None:
            return place
        return ActorRef(found[0], place.name, f"{place.country}-{found[1]}", place.country, found[1])

    def _article_home_abroad(self, target_m: Mention | None, source_m: Mention | None) -> bool:
        """"US Central Command said it attacked militants": a group that took the article's country (the doer's, the
        only one told) is not at home for a force whose charter is war abroad; ``_domestic_target`` reads it anew."""
        pt = self.place_targets
        return pt is not None and target_m is not None and source_m is not None and target_m.via == "sector+article" \
            and target_m.actor is not None and source_m.actor is not None and bool(source_m.actor.country) \
            and target_m.actor.country == source_m.actor.country and pt.fights_abroad(source_m.actor.text)

    def _home_of_armed(self, doc: Doc, source: ActorRef) -> str | None:
        """Whose armed group a doer fights where no place is told: the article's scene's (``Scene.article_country``:
        "US drones killed militants" in a story told in Pakistan), else the doer's own only where the article is about
        the doer's country (``main_country``) or names no other (a state fighting at home); else none: a foreign
        force's target is not of its own country."""
        where = Scene(preps=frozenset(self.inside_preps)).article_country(doc, doc.mentions)
        pt = self.place_targets
        if where or not source.country or pt is not None and pt.fights_abroad(source.text):
            return where  # "US Central Command attacked militants": a force of foreign wars has no enemy at home
        named = {c for m in doc.mentions if m.via in (*NAMED_VIAS, "adjective") and (c := named_country(m))
                 and not (pt is not None and pt.frontier(doc, m))}  # "near the Afghan border": where, not whose
        return source.country if not named - {source.country} or main_country(doc, doc.mentions) == source.country else None

    def _subject_act_country(self, doc: Doc, parse: Analysis, v: int) -> str | None:
        """The country a subject noun's act lands on ("a Russian missile strike on Kharkiv killed 12 people", "raids
        on Ukrainian cities killed ten"): the people killed are where the act struck (``subject_act_prepositions``),
        by a place or actor under "on" or a nationality before its noun."""
        preps = self.place_targets.subject_act_preps if self.place_targets is not None else frozenset()
        toks = doc.tokens
        objs = [o for s in parse.children.get(v, []) if parse.deps.get(s) == "nsubj" and parse.tags.get(s, "").startswith("NN")
                for p in parse.children.get(s, []) if parse.deps.get(p) == "prep" and toks[p].lower in preps
                for o in parse.children.get(p, []) if parse.deps.get(o) == "pobj"]
        heads = objs + [a for o in objs for a in parse.children.get(o, []) if parse.deps.get(a) in ("amod", "compound")]
        return next((c for m in self._by_sent.get(toks[v].sent, [])
                     if (c := mention_country(m)) and any(m.tok_start <= h < m.tok_end for h in heads)), None)

    def _abroad_country(self, doc: Doc, sent: int, source: ActorRef) -> str | None:
        """The one country other than the doer's that the sentence names, where the doer is of a sector that acts
        abroad as well as at home (``place_targets.abroad_sectors``: an army): "Lebanese officials say Israeli aircraft
        killed seven people" hits Lebanon's people, "Syrian troops killed 30 protesters" Syria's own."""
        if self.place_targets is None or source.sector not in self.place_targets.abroad_sectors or not source.country:
            return None
        ms = self._by_sent.get(sent, [])
        edge = {mention_country(m) for m in ms if self.place_targets.frontier(doc, m)}  # "near the Afghan border": where, not
        # whom; nor is that country's speaker ("on the Thai border ..., Thai police said")
        ms = [m for m in ms if mention_country(m) not in edge]
        parse = self._sentence_parse(doc, sent) if ms else None
        return one_other_country([m for m in ms if parse is None or not (
            _describing_agent(doc, parse, m) or self._listed_with(doc, parse, m, source.country))], source.country)

    def _listed_with(self, doc: Doc, parse: Analysis, m: Mention, country: str) -> bool:
        """``m`` is joined by "and" to a side of the doer's country ("Syrian and Russian jets bombed the town"): a
        fellow doer, not where the act lands."""
        return any(o.actor is not None and o.actor.country == country
                   for o in self._coordinated(doc, parse, m))  # type: ignore[attr-defined]

    def _object_place(self, doc: Doc, parse: Analysis, v: int, source: Mention | None) -> Mention | None:
        """A place as the direct object of an attack or raid ("shelled Kharkiv", "bombed Gaza City"): its country's
        people are hit, as an attack "in" it (``place_targets``); the doer's own country's too (a domestic act)."""
        objs = [c for c in parse.children.get(v, []) if parse.deps.get(c) in ("dobj", "obj")]
        m = next((m for m in self._by_sent.get(doc.tokens[v].sent, []) if m.kind == "place" and m.place is not None
                  and m.place.country and m.preposition is None and any(m.tok_start <= o < m.tok_end for o in objs)), None)
        return None if m is None else self._hit_place(doc, parse, v, m, source)

    def _hit_place(self, doc: Doc, parse: Analysis, v: int, m: Mention, source: Mention | None) -> Mention | None:
        """The place ``m`` an attack is aimed at as its country's people; the doer's own country's too, a domestic act
        (GUIDELINES: X -> X; "Syrian troops shelled Homs"), except where the verb names the people hit ("captured rebels
        on Mindanao": ``_domestic_target`` reads them, with their sector)."""
        c = m.place.country if m.place is not None else None
        if not c:
            return None
        if source is not None and source.actor is not None and source.actor.country == c:
            state = self.place_targets.domestic_sectors if self.place_targets is not None else frozenset()
            if self.syntax.group_object(doc, parse, v, source.actor.sector in state) is not None:
                return None
        return replace(m, actor=country_ref(m.text, c), kind="actor", is_location=False)

    def _occasion_roles(self, doc: Doc, parse: Analysis, trig: Trigger, patient: Mention | None
                        ) -> tuple[Mention | None, Mention | None]:
        """(doer, patient) of a victims' passive with no agent: the attack noun's doer (``_occasion_doer``) and, with
        one, the victims a count stands for ("Dozens of Palestinians were killed in Israeli airstrikes": PSE), whom
        the patient of the clause misses, as "of" hides them from the bare subjects (fuen38)."""
        doer = self._occasion_doer(doc, parse, trig)
        if doer is None or patient is not None:
            return doer, patient
        return doer, next((m for s in self._victim_tokens(doc, parse, trig.tok) for m in self._by_sent.get(
            doc.tokens[trig.tok].sent, []) if m.tok_start <= s < m.tok_end and m.kind == "actor" and m is not doer
            and m.actor is not None and m.actor.country), None)

    def _victim_tokens(self, doc: Doc, parse: Analysis, v: int) -> list[int]:
        """The passive subject of ``v`` and, under a count ("Dozens of Palestinians"), the noun after its "of"."""
        victims = [s for s in parse.children.get(v, []) if parse.deps.get(s) == "nsubjpass"]
        counts, of = self.type_context.readings.quantity_heads, function_words(doc.lang).genitive_prepositions
        return victims + [o for s in victims if doc.tokens[s].lower in counts for o in after_of(doc, parse, s, of)]

    def _occasion_doer(self, doc: Doc, parse: Analysis, trig: Trigger) -> Mention | None:
        """The doer an assault noun names where a victims' verb in the passive says what struck its subject ("ten
        Palestinians were killed in Israeli airstrikes", "wounded in a Russian missile attack", "in U.S. drone
        strikes"): the noun's own nationality or actor (a modifier, a compound's modifier or possessor), not a place
        ("in Gaza's hospitals" is where). Only for victims named as an actor of a country: "seven people were killed
        in an Israeli airstrike" names no side struck. The caller asks only where the verb names no agent."""
        v = trig.tok
        if trig.nominal or trig.lemma not in self.syntax.victim_verbs or not self.syntax.passive(parse, v):
            return None
        toks = doc.tokens
        kids, deps = parse.children, parse.deps
        ms = self._by_sent.get(toks[v].sent, [])
        victims = self._victim_tokens(doc, parse, v)  # "Dozens of Palestinians were killed": through the count
        if not any(m.tok_start <= s < m.tok_end and m.kind == "actor" and m.actor is not None and m.actor.country
                   and m.via not in GENERIC_VIAS for s in victims for m in ms):  # "civilians": a country guessed
            return None
        nouns = [o for p in kids.get(v, []) if deps.get(p) == "prep" and toks[p].lower in self.syntax.occasion_preps
                 for o in kids.get(p, []) if deps.get(o) == "pobj"
                 and any(r.type == trig.rule.type for r in self.by_noun.get(toks[o].lower, []))]
        mods = [c for o in nouns for c in kids.get(o, []) if deps.get(c) in ("amod", "compound", "poss")]
        mods += [c for m in mods if deps.get(m) == "compound" for c in kids.get(m, []) if deps.get(c) in ("amod", "compound")]
        # a country name as the noun's compound ("in U.S. drone strikes") follows "in" but is the noun's, not a place
        return next((m for j in mods for m in ms if m.tok_start <= j < m.tok_end
                     and m.kind in ("actor", "origin") and m.actor is not None
                     and (not m.is_location or deps.get(j) == "compound")), None)

    def _aimed_place(self, doc: Doc, parse: Analysis, tok: int, preps: set[str], source: Mention | None) -> Mention | None:
        """A place the act is aimed at in the trigger's own phrase, its object's or, for a noun trigger, its verb's
        ("airstrikes on Gaza", "launched missile strikes on Kharkiv", "carried out airstrikes on Gaza"): its
        country's people, as an attack "in" it; else the nationality on the noun aimed at ("launched an attack on
        Ukrainian cities", "fired rockets at Israeli towns"): the verb with the noun reads as the noun's own phrase
        does ("Russia's attack on Ukrainian cities"). A place of the doer's own country is a domestic act (X -> X, as
        GUIDELINES code it); a nationality of it is left to ``prep_origin``; a border's side ("frontier") is none."""
        relative = object_relative(parse, tok)

        def aimed(j: int) -> bool:
            p = parse.heads.get(j, j)
            on = parse.heads.get(p, p)
            return parse.deps.get(j) == "pobj" and parse.deps.get(p) == "prep" and doc.tokens[p].lower in preps and (
                on in (tok, relative) or (parse.heads.get(on) == tok and parse.deps.get(on) in ("dobj", "obj"))
                or (parse.heads.get(tok) == on and parse.deps.get(tok) in ("dobj", "obj")))  # relative: "the blockade
            # that Israel imposed on Gaza"

        ms = self._by_sent.get(doc.tokens[tok].sent, [])
        for m in ms:
            if m.kind != "place" or m.place is None or not m.place.country or m.preposition not in preps:
                continue
            if not aimed(_span_head(parse, m)):
                continue
            return self._hit_place(doc, parse, tok, m, source)
        for m in ms:
            c = m.actor.country if m.kind == "origin" and m.actor is not None else None
            head = _span_head(parse, m)
            if not c or parse.deps.get(head) not in ("amod", "compound") or not aimed(parse.heads.get(head, head)) \
                    or (self.place_targets is not None and self.place_targets.frontier(doc, m)):
                continue
            if source is not None and source.actor is not None and source.actor.country == c:
                return None
            return replace(m, actor=country_ref(m.text, c), kind="actor", is_location=False)
        return None

    @staticmethod
    def _own_country(source: Mention | None, m: Mention | None) -> bool:
        """``m`` is of the source's own country (a list's own troops beside the other side's)."""
        return source is not None and m is not None and source.actor is not None and m.actor is not None \
            and bool(source.actor.country) and source.actor.country == m.actor.country

    def _subject_origin(self, doc: Doc, parse: Analysis, v: int, sent: int, origins: list[Mention]) -> Mention | None:
        """The doer's country from its nationality adjective or the place it is in (roles_en_groups.subject_origin);
        a place stands for its people here, not its government: the sector is left open."""
        places = [m for m in self._by_sent.get(sent, []) if m.is_location and m.actor is not None and m.actor.country]
        # the parse decides whose adjective it is, so the sentence's: an infinitive's controller may stand in the clause
        # before its "to" ("The French union refused to rule out strikes")
        places += [m for m in self._by_sent.get(sent, []) if m.kind == "origin" and m not in origins]
        m = self.syntax.subject_origin(doc, parse, v, [*origins, *places])  # type: ignore[union-attr]
        if m is not None and not m.is_location and m.actor is not None and m.actor.country \
                and self.syntax.military_subject(doc, parse, v):  # type: ignore[union-attr]
            c = m.actor.country  # "Israeli jets struck ...": the country's armed forces
            return replace(m, actor=ActorRef(m.text, country_name(c), f"{c}-MIL", c, "MIL"))
        if m is None or not m.is_location or m.actor is None:
            return m
        c = m.actor.country
        return replace(m, actor=country_ref(m.text, c), is_location=False, preposition=None)

    def _relative_place(self, doc: Doc, tok: int) -> str | None:
        """The country of the place a "where" clause around the trigger describes ("Somalia, where Ethiopia sent
        troops"): the event happens in it, as if told "in Somalia"."""
        parse = self._sentence_parse(doc, doc.tokens[tok].sent)
        if parse is None:
            return None
        h = self.syntax.relative_place(doc, parse, tok)  # type: ignore[union-attr]
        m = next((m for m in self._by_sent.get(doc.tokens[tok].sent, []) if h is not None and m.tok_start <= h < m.tok_end
                  and (m.place is not None and m.place.country or m.kind == "actor" and m.actor is not None
                       and m.actor.country and m.actor.sector in (None, "GOV"))), None)
        if m is None:
            return None
        return m.place.country if m.place is not None and m.place.country else m.actor.country  # type: ignore[union-attr]

    @staticmethod
    def _as_country(m: Mention | None) -> Mention | None:
        """A place named as where people are ("commanders in Burma") stands for its country, sector open."""
        if m is None or not m.is_location or m.actor is None or not m.actor.country:
            return m
        c = m.actor.country
        return replace(m, actor=country_ref(m.text, c), is_location=False, preposition=None)

    def _place_of_act(self, doc: Doc, parse: Analysis, v: int, source: Mention | None, home: bool = True) -> Mention | None:
        """The country of a place "in" which the act a threat, demand, refusal or pledge names would happen
        ("threatened to resume attacks in Israel", "demanded steps to end the violence in Darfur", "will evacuate the
        settlements in the Gaza Strip"; "a curfew in Algiers": the doer's own people, GEO -> GEO, where ``home``). Only
        inside the verb's complement or object: a place on the verb itself is where it was said ("demanded in Cairo")."""
        inside = self.place_targets.inside_preps if self.place_targets is not None else frozenset()
        act_deps = self.syntax.place_of_act_deps  # type: ignore[union-attr]
        xs = [c for c in parse.children.get(v, []) if parse.deps.get(c) in act_deps]
        m = next((m for m in self._by_sent.get(doc.tokens[v].sent, []) if m.is_location and m.place is not None
                  and m.place.country and m.preposition in inside and any(self.syntax.inside(parse, x, m.tok_start)  # type: ignore[union-attr]
                                                                           for x in xs)
                  and not self._circumstance(doc, parse, m.tok_start, v)), None)
        if m is None:
            return None
        c = m.place.country  # type: ignore[union-attr]
        if not home and source is not None and source.actor is not None and source.actor.country == c:
            return None  # "agreed that refugees in Hungary return": the doer's own land is no side of its pledge
        return replace(m, actor=country_ref(m.text, c), is_location=False, preposition=None)

    def _circumstance(self, doc: Doc, parse: Analysis, i: int, v: int) -> bool:
        """Token ``i`` stands in a phrase of time or concession under the verb at ``v`` ("refused to halt enrichment
        despite the costs in France", "after the attacks in Paris"): a circumstance, not the act's place."""
        blockers = self.syntax.place_of_act_blockers  # type: ignore[union-attr]
        for _ in range(12):
            if i == v or parse.heads.get(i, i) == i:
                return False
            if doc.tokens[i].lower in blockers:
                return True
            i = parse.heads[i]
        return False

    def _unknown_attacker(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """A bomb, blast or unnamed attacker as subject ("A roadside bomb killed ...", "a suicide bomber attacked
        ..., killing 12"): the doer is unknown (no country, as news-gold marks it); the event stands only with a
        target of known country (EventExtractor drops it otherwise)."""
        s = self.syntax.attacker_noun(doc, parse, v)  # type: ignore[union-attr]
        if s is None:
            return None
        t = doc.tokens[s]
        return Mention(s, s + 1, t.start, t.end, t.text, "actor", ActorRef(t.text, priors_de.UNKNOWN, priors_de.UNKNOWN,
                                                                           None, None), via="unknown")

    def _ngo_doer(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """An unnamed non-governmental group as the doer of a verbal act ("Several aid organizations have criticized
        the plan"): a doer without a country, as news-gold codes NGOs (source null)."""
        s = self.syntax.ngo_subject(doc, parse, v)  # type: ignore[union-attr]
        return None if s is None else self._ngo_at(doc, s)

    @staticmethod
    def _ngo_at(doc: Doc, s: int) -> Mention:
        """A doer mention without a country for the NGO noun at ``s`` (news-gold codes NGOs as source null)."""
        t = doc.tokens[s]
        return Mention(s, s + 1, t.start, t.end, t.text, "actor", ActorRef(t.text, "NGO", "NGO", None, "NGO"), via="ngo")



def _span_head(parse: Analysis, m: Mention) -> int:
    """The mention's token whose head lies outside it (the first token where the parse gives none)."""
    span = range(m.tok_start, m.tok_end)
    return next((j for j in span if parse.heads.get(j) not in span), m.tok_start)


def _describing_agent(doc: Doc, parse: Analysis, m: Mention) -> bool:
    """``m`` is the "by" doer of a participle or relative clause that describes a noun ("recaptured the town from
    rebels backed by Turkey", "fighters who were trained by Iran"): a doer of its own, told to say who the noun
    is, not the side the army's act lands on."""
    head = _span_head(parse, m)
    by = parse.heads.get(head, head)
    verb = parse.heads.get(by, by)
    agent = function_words(doc.lang).agent_prepositions
    return parse.deps.get(head) == "pobj" and doc.tokens[by].lower in agent and parse.deps.get(by) in ("agent", "prep") \
        and parse.deps.get(verb) in ("acl", "relcl")
