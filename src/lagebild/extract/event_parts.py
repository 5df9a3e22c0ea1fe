"""Small helpers shared by the event extractor's parts: actor references, spans, duplicates."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..model import ActorRef, Attribution, DateRef, Doc, Event, Mention
from .claims import OWN_SIDE, UNNAMED, AttributionSpan
from .clause_infinitives import infix_infinitive
from .clauses import Clause
from .rules import Rule
from .scene import GENERIC_VIAS


def with_target(doc: Doc, ev: Event, m: Mention) -> Event | None:
    """The same event aimed at a second, coordinated target, its evidence widened to cover it."""
    target = actor_ref(m)
    if target is None or not (target.country or target.actor_id) or (ev.source and target.country == ev.source.country):
        return None
    start, end = min(ev.start, m.start), max(ev.end, m.end)
    return replace(ev, target=target, start=start, end=end, evidence_text=doc.text[start:end],
                   quantities=list(ev.quantities), attribution=list(ev.attribution), denied_by=list(ev.denied_by))


def cue_infinitive(doc: Doc, c: Clause, spans: list[AttributionSpan], mentions: list[Mention],
                   particles: frozenset[str] | set[str]) -> tuple[Clause, Mention] | None:
    """"Russland kündigte an, die Gaslieferungen an Polen einzustellen": the clause splitter leaves an infinitive with
    "zu" inside the word in its clause (cutting all of them cost news-gold dev de three events), so the speech cue
    hid its own speaker from the act. The stretch after the comma that follows a cue of this clause and ends in such
    an infinitive is that infinitive's clause, and the cue's bare actor its doer."""
    toks = doc.tokens
    for sp in spans:
        if not (c.start <= sp.cue_start < sp.cue_end <= c.end):
            continue
        k = next((j for j in range(sp.cue_start + 1, c.end) if toks[j].text == ","), None)
        if k is None:
            return None
        end = next((j for j in range(k + 1, c.end) if toks[j].text in (",", ";", ":")), c.end)
        words = [t for t in toks[k + 1:end] if t.text[:1].isalpha()]
        speaker = next((m for m in mentions if sp.cue_start <= m.tok_start < sp.cue_end and m.kind == "actor"
                        and m.preposition is None and m.actor is not None), None)
        if len(words) >= 2 and infix_infinitive(words[-1].text, particles) and speaker is not None:
            return Clause(c.sent, k + 1, end, "zu"), speaker
    return None


def accuser(ev: Event) -> Attribution:
    """The accuser as the source of the act the accusation alleges."""
    s = ev.source
    assert s is not None
    start = (ev.start + ev.evidence_text.find(s.text)) if s.text and s.text in ev.evidence_text else None
    return Attribution(s.text, s.name, s.country, s.sector, ev.trigger, start,
                       start + len(s.text) if start is not None else None)


def own_side(a: Attribution, source: ActorRef) -> Attribution:
    """ "the army said" about Israel's withdrawal: Israel's army; unnamed if the event's side is unknown."""
    if a.name != OWN_SIDE:
        return a
    if not source.country:
        return Attribution(a.text, UNNAMED, None, a.sector, a.cue, a.start, a.end, a.level)
    return Attribution(a.text, country_name(source.country), source.country, a.sector, a.cue, a.start, a.end, a.level)


def country_name(code: str) -> str:
    from ..knowledge.names import country_name

    return country_name(code)


def country_ref(text: str, iso3: str) -> ActorRef:
    """A country named by a place or adjective (``text``) as the side of an act: no sector, the country its own id."""
    return ActorRef(text, country_name(iso3), iso3, iso3, None)


def last_two_sides(mentions: list[Mention], before: int) -> tuple[Mention, Mention] | None:
    """The last two countries named as actors before token ``before`` ("beide Seiten", "the two leaders"), the
    earlier first; not a news agency (it reports) nor a place (it is where): neither is a side."""
    seen: dict[str, Mention] = {}
    for m in mentions:
        if m.tok_start >= before:
            break
        if m.kind in ("actor", "origin") and m.actor is not None and m.actor.country and m.actor.sector != "MEDIA" \
                and not m.is_location:
            seen.pop(m.actor.country, None)
            seen[m.actor.country] = m
    if len(seen) < 2:
        return None
    *_, a, b = seen.values()
    return a, b


def mention_country(m: Mention) -> str | None:
    """The country a mention names, by its place or its actor."""
    return (m.place.country if m.place is not None else None) or (m.actor.country if m.actor is not None else None)


def one_other_country(mentions: list[Mention], own: str) -> str | None:
    """The one country other than ``own`` that ``mentions`` (a sentence's) name, by a place or an actor; None when
    there are none or several: where an army's act lands when no target nor place is told ("... teilten ukrainische
    Behörden mit", "Lebanese officials say Israeli aircraft killed seven people")."""
    return other_countries({c for m in mentions if (c := mention_country(m))}, own)[1]


def named_country(m: Mention) -> str | None:
    """The country a mention names as a state, a people, an origin or a place; none for a named organisation ("laut
    BBC", "der Deutschen Bahn"), which says nothing of whom an act is aimed at."""
    return None if m.via == "org" else mention_country(m)


def other_countries(countries: set[str] | frozenset[str], own: str | None) -> tuple[set[str], str | None]:
    """The countries of a sentence (``named_country`` of its mentions) other than ``own`` (none without ``own``), and
    the one other when there is exactly one. Where another is in view a side left unnamed is seldom the doer's own
    state; the one other is its aim ("Russland hat Charkiw angegriffen")."""
    others = set(countries) - {own} if own else set()
    return others, next(iter(others)) if len(others) == 1 else None


# a state's own bodies: unnamed ("die Armee", "government troops"), they are the story's state (context_side)
STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "POL", "MIL", "INTEL"})


def context_side(country: str | None, other: str | None, event_type: str, home_types: frozenset[str],
                 sector: str | None, other_state: bool = False) -> str | None:
    """The country the event stage gives a side without one from context (the last event's doer, the document's):
    none where that is the other side's own country, the act is not one done at home (``home_types``: arrests,
    protests) and the side is no state body. "Ethiopia sent troops to battle Islamist fighters" does not make the
    fighters Ethiopian; "die Armee", "government troops" of the story's country act on their own state's people too,
    but never on their state named by its name (``other_state``: "Die Regierung drohte Syrien" is no Syrian threat)."""
    if country is not None and country == other and event_type not in home_types and (
            sector not in STATE_BODIES or other_state):
        return None
    return country


def teller_ref(a: Attribution) -> ActorRef:
    """The side a claim's teller speaks for, as an event's actor (an accuser, the party told of a breach)."""
    return ActorRef(a.text, a.name, f"{a.country}-{a.sector}" if a.sector else a.country, a.country, a.sector)


def actor_ref(m: Mention | None) -> ActorRef | None:
    if m is None or m.actor is None:
        return None
    a = m.actor
    return ActorRef(a.text, a.name, a.actor_id, a.country, a.sector)


def same_actor(a: Mention, b: Mention) -> bool:
    return a.actor is not None and b.actor is not None and a.actor.actor_id == b.actor.actor_id


def who(r: ActorRef | None) -> str | None:
    """The side an actor stands for when events are compared: its country, else its own id."""
    return (r.country or r.actor_id) if r is not None else None


def duplicate(a: Event, b: Event) -> bool:
    """One sentence telling the same act twice ("visited Russia and held talks with Putin")."""
    if a.event_type != b.event_type or who(a.source) != who(b.source):
        return False
    return who(a.target) == who(b.target) or who(a.target) is None


def doerless(r: ActorRef | None) -> bool:
    """No doer, or the unknown one of an attack told without its doer (priors_de.unknown_doer)."""
    return r is None or (not r.country and (r.actor_id or "unknown").startswith("unknown"))


def without_partial_repeats(events: list[Event]) -> list[Event]:
    """An article tells an act in full once and refers back to it without its other side ("the strikes", "die
    Forderung des Iran"): news-gold's "a repetition of the same event later in the article is the same entry".
    An event with no target goes where one of its type and doer has a target (a denied act only beside a denied
    one), unless it carries news of its own: a claim (attribution, hedging, denial), a quantity, or a date the full
    telling lacks; and not beside a denied telling ("fired on Sunday" stays beside "accused of shelling, which X denied").
    Likewise an event with no doer (or the unknown one) goes where one of its type and target has a doer ("Auch die
    beiden Serben waren entführt worden" after the kidnappers were named), on the same conditions."""
    told: dict[tuple[str, str | None, bool], list[Event]] = {}
    done_by: dict[tuple[str, str | None, bool], list[Event]] = {}  # the same by target, for acts told with a doer
    for o in events:
        if o.target is not None:
            told.setdefault((o.event_type, who(o.source), o.modality == "negated"), []).append(o)
        if not doerless(o.source) and who(o.target) is not None:
            done_by.setdefault((o.event_type, who(o.target), o.modality == "negated"), []).append(o)

    def repeat(e: Event) -> bool:
        if e.attribution or e.hedged or e.denied_by or e.quantities:
            return False
        if e.target is not None:  # told without its doer: "die serbischen Diplomaten waren entführt worden"
            if not doerless(e.source) or who(e.target) is None:
                return False
            full = done_by.get((e.event_type, who(e.target), e.modality == "negated"), [])
        else:
            full = told.get((e.event_type, who(e.source), e.modality == "negated"), [])
        return any(not o.denied_by and (e.date is None or (o.date is not None and e.date.value == o.date.value))
                   for o in full)
    return [e for e in events if not repeat(e)]


def within(items: list[Any], lo: int, hi: int) -> list[Any]:
    """Items (sorted by ``start``, as the pipeline leaves them) starting in [lo, hi), by bisection."""
    return items[bisect_left(items, lo, key=lambda x: x.start):bisect_left(items, hi, key=lambda x: x.start)]


def clause_quantities(doc: Doc, c: Clause, toll_openers: frozenset[str] | set[str] = frozenset(),
                      relatives: frozenset[str] | set[str] = frozenset()) -> list[Any]:
    """The clause's quantities; a relative clause (opened by one of ``relatives``, clause_words in the lexicon) with
    none counts its antecedent ("rund 10.000 Menschen, die sich ... versammelten", "some 200 protesters who
    marched"): the quantity just before it. A clause opened
    by one of ``toll_openers`` with none counts the sentence before it ("kamen 22 Menschen ums Leben, als die
    Polizei das Feuer eröffnete": the toll of its act)."""
    toks = doc.tokens
    found = within(doc.quantities, toks[c.start].start, toks[c.end - 1].end)
    if not found and c.opener in toll_openers and c.start > doc.sentences[c.sent].tok_start:
        return within(doc.quantities, toks[doc.sentences[c.sent].tok_start].start, toks[c.start - 1].end)
    if found or c.opener not in relatives or c.start == doc.sentences[c.sent].tok_start:
        return found
    lo = toks[max(doc.sentences[c.sent].tok_start, c.start - 4)].start
    return [q for q in within(doc.quantities, lo, toks[c.start].start)][-1:]


def sentence_words(doc: Doc, sent: int) -> set[str]:
    s = doc.sentences[sent]
    return {t.lower for t in doc.tokens[s.tok_start:s.tok_end]} | {t.lemma for t in doc.tokens[s.tok_start:s.tok_end]}


def nearest_date(dates: list[DateRef], lo: int, hi: int, at: int) -> DateRef | None:
    inside = within(dates, lo, hi)
    return min(inside, key=lambda d: abs(d.start - at)) if inside else None


def unique(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def without_subsumed(sent_events: list[Event]) -> list[Event]:
    """"shot and killed a man", "attacked and destroyed a depot": one act told by two verbs of one type; the verb
    whose target went to its partner adds nothing, so an event with no target is dropped beside one like it with one."""
    return [e for e in sent_events if e.target is not None or not any(
        o is not e and o.target is not None and duplicate(e, o) and e.modality == o.modality for o in sent_events)]


def add_targets(doc: Doc, ev: Event, targets: list[Mention | None], sent_events: list[Event]) -> None:
    """One more event like ``ev`` for each further target of a list, unless the sentence has it already."""
    for t in targets:
        if t is not None and (more := with_target(doc, ev, t)) is not None \
                and not any(duplicate(more, o) and more.target == o.target for o in sent_events):
            sent_events.append(more)


def same_side(actor: ActorRef, source: ActorRef) -> bool:
    """The same actor, or one of the same country: no side of a reply aimed at the other."""
    return actor.actor_id == source.actor_id or (actor.country is not None and actor.country == source.country)


def unnamed_source(sector: str, loc_m: Mention | None, target_m: Mention | None) -> ActorRef | None:
    """An unnamed crowd as source: the people of the place where it happens, else of the target's country, unless
    a nationality names the target ("gegen die israelische Besatzung"): a side opposed, seldom the crowd's own."""
    country = (loc_m.place.country if loc_m is not None and loc_m.place is not None else None) or (
        target_m.actor.country if target_m is not None and target_m.actor is not None and target_m.kind != "origin"
        else None)
    if not country:
        return None
    text = loc_m.text if loc_m is not None else ""
    return ActorRef(text, country_name(country), f"{country}-{sector}", country, sector)


def moved_troops(rule: Rule, m: Mention | None) -> bool:
    """ "verlegte Truppen an die Grenze": countryless troops a deployment moves are the mover's own, not its target."""
    return (rule.type == "MOBILIZE" and m is not None and m.actor is not None and m.actor.sector == "MIL"
            and not m.actor.country and m.via in GENERIC_VIAS)


def breach_target(doc: Doc, c: Clause, tok: int, etype: str, source: ActorRef | None, target: ActorRef | None,
                  attribution: list[Attribution], breach_verbs: frozenset[str], pact_nouns: frozenset[str]) -> ActorRef | None:
    """A ceasefire's breach told by a side other than the breaker ("Pakistan accused India of violating the
    ceasefire in Kashmir") is aimed at the teller, a party to the truce, where no other side is named."""
    toks = doc.tokens
    if etype != "ASSAULT" or source is None or not source.country or toks[tok].lemma.lower() not in breach_verbs \
            or (target is not None and target.country and target.country != source.country) \
            or not any(toks[j].lower in pact_nouns for j in range(tok + 1, c.end)):
        return target
    teller = next((a for a in attribution if a.level == 0 and a.country and a.country != source.country), None)
    if teller is None:
        return target
    return teller_ref(teller)
