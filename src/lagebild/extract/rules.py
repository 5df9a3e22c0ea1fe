"""The data a trigger rule holds (read from resources/<lang>/triggers*.yaml) and a trigger found in a clause."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from ..knowledge.ontology import check_event
from ..knowledge.resources import lower_words

RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}  # default; a rule may set `reciprocal` itself


@dataclass
class Rule:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    verbs: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    with_any: set[str] = field(default_factory=set)
    with_any_tuple: tuple[str, ...] = ()  # the same words for str.endswith ("Verteidigungszusammenarbeit"), but
    # not those written "=haft" in the data: they match only as a whole word ("Haft", never "Gemeinschaft")
    without_any: tuple[str, ...] = ()  # no event with one of these words (or a compound ending in one) in the clause
    without_words: frozenset[str] = frozenset()  # ... or with one of these whole words ("=wie": never "sowie")
    without_before: tuple[str, ...] = ()  # no event with one of these words before the trigger in its sentence (the doer:
    # "the planes won't be able to fly to Indonesia" is no visit)
    target_preps: set[str] = field(default_factory=set)
    object_target: bool = False
    origin_target: bool = False
    require_military: bool = False
    movement: bool = False
    source_sector_types: dict[str, str] = field(default_factory=dict)
    foreign_only: bool = False  # an event only with another country's side as target ("ordered French troops to
    # leave" expels them; "Putin ordered Russian troops to withdraw" commands his own)
    foreign_type: str | None = None  # with another country as target ("bildet ukrainische Soldaten aus": military aid)
    thing_type: str | None = None  # where the target preposition's object is a thing, no actor ("sich gegen den Plan
    # aussprechen" rejects the plan; "sich gegen die Regierung aussprechen" criticises a side)
    actor_object: bool = False  # no event where the target preposition's object is a thing: "sich für die Aufhebung des
    # Embargos aussprechen" backs a policy, no side (no PLOVER act); "sich für den Gefangenen einsetzen" backs a side
    genitive_role: str = "source"  # "Verlegung nordkoreanischer Soldaten" vs "Unterstützung der Streitkräfte"
    location_target: bool = False
    require_target: bool = False
    active_only: bool = False  # "wurden getroffen" is hit, not met
    reciprocal: bool = False  # "X und Y haben vereinbart": Y is X's partner, not a second actor
    blocked_after: set[str] = field(default_factory=set)  # a noun after these words is no event ("in Zusammenarbeit mit")
    unnamed_source: str | None = None  # sector of an unnamed source ("Tausende protestierten in Tiflis": CIV)
    passive_unnamed: bool = False  # the unnamed source only for a verb told in the passive ("gegen ihn wird ermittelt")
    police_report: bool = False  # people reported by the authorities ("wurden angezeigt"): the state's act, kept even
    # against private persons (priors_de.private_charge drops a prosecutor's charge against them)
    object_words: bool = False  # with_any must be the verb's object (CAMEO "- * WORD" patterns), not anywhere
    object_preps: frozenset[str] = frozenset()  # ... or the object of one of these prepositions of the verb, or the
    # preposition itself (CAMEO "- * (FOR HELP)": "looked for help"; "- * (TO)")
    object_also: frozenset[str] = frozenset()  # a second word the verb's object must hold, under object_preps
    # (CAMEO "- * TALKS (ON CONTRACT)": "held talks on the contract", not any talks)
    domestic_target: bool = False  # no target named: the location's country, else the source's (arrests, protests)
    sentence_cue: bool = False  # with_any words may stand anywhere in the sentence (an infinitive clause after a comma)
    unknown_doer: bool = False  # "drei Zivilisten wurden getötet": an act on a named side by an unnamed doer is still told
    receiving: bool = False  # the subject is acted on, the giver after "from" acts (CAMEO "[:071]": "received a loan")
    paid: bool = False  # the subject pays it (a fine): the receiver, behind "an" or a dative, imposed it (German)
    passive_unknown: frozenset[str] = frozenset()  # verbs whose passive without agent stands with an unknown doer and
    # its subject as target ("Die Regierung wurde scharf kritisiert"); not "verurteilt" (a court's sentence)
    reported: bool = False  # a wrongdoing that is an event only as a named speaker's charge against its doer ("X said
    # Y interfered", "X sagte, Y habe sich eingemischt": ACCUSE X->Y, as a reported "must" is X's demand;
    # extract/demands.py); told alone, by the doer's own side, negated or supposed it is none
    cue_side: bool = False  # a noun-only rule's with_any word (a preposition) must name a side right after it ("its
    # call on Sweden to extradite" appeals to Sweden; "a call on Monday with Putin" stays a phone call)
    content_verbs: frozenset[str] = frozenset()  # an infinitive the verb governs must be one of these ("ordered French
    # troops to leave" expels them; "ordered French troops to remain in their bases" does not); none: any
    naming: bool = False  # a verb of calling with a predicate ("called the vote illegal") is read even where the verb
    # wants a preposition for its other rules (lexicon needs_preposition: "called on X to"); extract/judgements.py
    object_kinds: frozenset[str] = frozenset()  # a named organisation of these kinds acted on is a with_any cue ("hat
    # die HDP verboten" as "die Partei verboten"; extract/named_kinds_de.py)

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Rule:
        rule = cls(type=d["type"], mode=d.get("mode"), context=list(d.get("context") or []),
                   verbs=set(d.get("verbs") or []), nouns={n.lower() for n in d.get("nouns") or []},
                   with_any={w.lower().lstrip("=") for w in d.get("with_any") or []},
                   with_any_tuple=tuple(w.lower() for w in d.get("with_any") or [] if not w.startswith("=")),
                   without_any=tuple(w.lower() for w in d.get("without_any") or [] if not w.startswith("=")),
                   without_words=frozenset(w.lower()[1:] for w in d.get("without_any") or [] if w.startswith("=")),
                   without_before=tuple(w.lower() for w in d.get("without_before") or []),
                   target_preps=set(d.get("target_preps") or []), object_target=bool(d.get("object_target")),
                   origin_target=bool(d.get("origin_target")), require_military=bool(d.get("require_military")),
                   movement=bool(d.get("movement")), genitive_role=d.get("genitive_role", "source"),
                   source_sector_types=dict(d.get("source_sector_types") or {}),
                   foreign_type=d.get("foreign_type"), foreign_only=bool(d.get("foreign_only")), thing_type=d.get("thing_type"),
                   actor_object=bool(d.get("actor_object")),
                   location_target=bool(d.get("location_target")), unnamed_source=d.get("unnamed_source"),
                   passive_unnamed=bool(d.get("passive_unnamed")), police_report=bool(d.get("police_report")),
                   require_target=bool(d.get("require_target")), active_only=bool(d.get("active_only")),
                   reciprocal=bool(d.get("reciprocal", d["type"] in RECIPROCAL)),
                   blocked_after={w.lower() for w in d.get("blocked_after") or []},
                   object_words=bool(d.get("object_words")),
                   object_preps=lower_words(d, "object_preps"),
                   object_also=lower_words(d, "object_also"),
                   domestic_target=bool(d.get("domestic_target")), sentence_cue=bool(d.get("sentence_cue")),
                   unknown_doer=bool(d.get("unknown_doer")), receiving=bool(d.get("receiving")),
                   paid=bool(d.get("paid")),
                   passive_unknown=frozenset(d.get("passive_unknown") or []), reported=bool(d.get("reported")),
                   naming=bool(d.get("naming")), cue_side=bool(d.get("cue_side")),
                   content_verbs=lower_words(d, "content_verbs"), object_kinds=lower_words(d, "object_kinds"))
        check_event(rule.type, rule.mode, rule.context)
        return rule

    def has_cue(self, word: str) -> bool:
        """Is this lower-case word one of the rule's cue words ("Geldbuße", "Kartellstrafe"): where the cue stands."""
        return word in self.with_any or word.endswith(self.with_any_tuple) if self.with_any else False

    def blocked_by(self, words: set[str]) -> bool:
        """A clause word that cancels the rule ("Sitze besetzen" fills posts; "um zu demonstrieren, wie" shows)."""
        return not self.without_words.isdisjoint(words) or (bool(self.without_any) and
                                                            any(map(str.endswith, words, repeat(self.without_any))))


@dataclass
class Trigger:
    rule: Rule
    tok: int
    nominal: bool
    lemma: str
    # target prepositions of a noun folded into this verb ("Abkommen über den Kauf ... aus Polen")
    extra_preps: set[str] = field(default_factory=set)
    # an intention or commitment to an act ("agreed to open its border", "is ready to send troops"): a pledge is
    # whole with its doer alone, where an agreement with no one named is not (ActorScope.one_sided)
    committed: bool = False
    # an act noun a demand or threat calls for ("zu Massendemonstrationen aufgerufen"): still to come, its own event
    called: bool = False
