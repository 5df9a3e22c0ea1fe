"""What an EventExtractor knows before it reads a document: the trigger rules, word lists and frames of one
language's resources, read once into immutable attributes. Split from events.py, which reads documents with them."""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from ..knowledge.resources import lower_words
from ..language.suffixes import SuffixSet
from . import roles_de
from .actor_readings_en import ActorReadings
from .actor_scope import ActorScope
from .capacity_de import CapacityFrames
from .claims import ClaimCues
from .clauses import ClauseWords
from .co_doers_de import CoDoers
from .derived_nouns import NounFormation, known_noun
from .doer_picker import load_picker
from .genitive_de import GenitiveReadings
from .home_targets import HomeTargets
from .implicit_events import ImplicitEvents
from .incidents_de import noun_case_forms
from .named_kinds_de import NamedKinds
from .participles_de import PlacedWords
from .phrasal_en import PhrasalReadings
from .preposed_acts import PreposedActs
from .private_crime import PrivateCrime
from .rebel_home import rebel_sectors
from .reference_frames import ReferenceFrames
from .responsibility import ResponsibilityFrames
from .retold import History
from .roles_en import EnglishSyntax
from .rules import Rule
from .speech_acts import SpeechActs
from .sport_scope import SportScope
from .story_doers import StoryDoers
from .targets_de import GermanTargets
from .targets_en import PlaceTargets
from .topic_acts import TopicActs
from .trigger_context import TypeContext
from .trigger_readings_de import GermanReadings
from .untold_plans import UntoldPlans
from .verb_lemmas import LemmaReach
from .with_any import ContextUnion

_S = TypeVar("_S", bound="ExtractorSetup")


class ExtractorSetup:
    """Base of EventExtractor: its configuration from one language's lexicon, triggers and claims data."""

    def __init__(self, lang: str, lex: dict[str, Any], triggers: dict[str, Any], claims: dict[str, Any],
                 military_words: set[str]) -> None:
        self.lang = lang
        self.lex = lex
        self.rules = [Rule.from_data(r) for r in triggers.get("rules") or []]
        self.nominal_blockers = set(triggers.get("nominal_blockers") or [])
        self.reference_nouns = {w.lower() for w in triggers.get("reference_nouns") or []}
        self.reference_determiners = {w.lower() for w in triggers.get("reference_determiners") or []}
        self.reply_nouns = lower_words(triggers, "reply_nouns")
        self.reply_determiners = lower_words(triggers, "reply_determiners")
        self.reply_types = frozenset(triggers.get("reply_types") or [])
        self.place_named_nouns = lower_words(triggers, "place_named_nouns")
        self.genitive_readings = GenitiveReadings.from_data(triggers.get("genitive_readings"))  # genitive_de.genitive_role
        self.cues = ClaimCues(lang, claims, lex)
        self.speech_acts = SpeechActs.from_data(claims, lex)
        # "..., fordert die SPÖ": a speech act after its content (German verb-second inversion only)
        self.trailing_acts = self.cues.trailing_acts
        self.implicit = ImplicitEvents.from_data(claims.get("implicit"))  # threats and rejections told by claims
        self.breaks = set(lex.get("clause_breaks") or [])
        self.clause_words = ClauseWords.from_data(lex.get("clause_words"))  # clauses.split_clauses
        self.fronted_openers = lower_words(lex, "fronted_clause_openers")
        self.comma_breaks = set(lex.get("comma_clause_breaks") or [])
        self.verb_final_breaks = frozenset(lex.get("verb_final_comma_breaks") or [])  # clauses: ", als ... verließ"
        self.toll_openers = frozenset(lex.get("toll_clause_openers") or [])  # event_parts.clause_quantities
        self.possessive_clitics = lower_words(lex, "possessive_clitics")  # "Russia's"
        pacts = lex.get("pact_breaches") or {}  # event_builder: a truce broken, told by another side, is aimed at it
        self.pact_breach_verbs = lower_words(pacts, "verbs")
        self.pact_nouns = lower_words(pacts, "nouns")
        self.finite = set(lex.get("finite_auxiliaries") or [])
        self.inside_preps = set(lex.get("inside_location_prepositions") or [])
        self.near_preps = frozenset(lex.get("near_location_prepositions") or [])  # "Manöver nahe Taiwan"
        self.infinitive_markers = set(lex.get("infinitive_clause_markers") or [])
        self.infinitive_conjunctions = frozenset(lex.get("infinitive_conjunctions") or [])  # ", als ... anzugreifen"
        self.allegation_types = set(triggers.get("allegation_types") or [])
        self.allegation_preps = frozenset(triggers.get("allegation_prepositions") or [])  # "machte X für den Angriff ..."
        self.coordinators = set(triggers.get("coordinators") or [])
        self.pattern_particles = frozenset(triggers.get("pattern_particles") or [])  # trigger_objects._object_word
        self.phrase_determiners = frozenset(triggers.get("phrase_determiners") or [])  # "to" + one: no infinitive
        self.noun_markers = set(triggers.get("noun_markers") or [])
        self.anaphoric = frozenset(triggers.get("anaphoric_determiners") or [])  # "this kidnapping": told before
        self.participle_heads = frozenset(triggers.get("participle_heads") or [])  # "those detained": a verb
        self.participle_endings = tuple(triggers.get("participle_adjective_endings") or ["\0"])
        self.inflected_participle = tuple(triggers.get("inflected_participle_endings") or [])
        self.article_adjective = tuple(triggers.get("article_adjective_endings") or [])  # "die verdächtigen Personen"
        self.degree_adverbs = frozenset(triggers.get("participle_degree_adverbs") or [])  # "Sehr geehrter Herr"
        # without these two (English) _attributive holds only for a word in participle_endings: the others skip the call
        self.participle_rules = bool(self.inflected_participle or self.article_adjective)
        self.unknown_blockers = tuple(w.lower() for w in triggers.get("unknown_doer_blockers") or [])  # disasters kill too
        self.bound_prefixes = frozenset(triggers.get("bound_prefixes") or [])  # "Zerstörung" is no kind of "Störung"
        self.apposition_openers = frozenset(lex.get("apposition_openers") or [])  # ", darunter 30 Briten,"
        self.inside_preps_de = frozenset(triggers.get("placed_participle_prepositions") or [])  # "die in Kabul stationierten"
        self.time_preps_de = frozenset(triggers.get("placed_participle_time_prepositions") or [])  # "am Montag in Gießen"
        self.weak = set(lex.get("weak_clause_breaks") or [])
        self.adverb_breaks = frozenset(lex.get("adverb_clause_breaks") or [])  # "trifft damit den Punkt": no break
        self.particles = set(lex.get("separable_particles") or [])
        self.passive_aux = set(lex.get("passive_auxiliaries") or [])
        self.recipient_aux = frozenset(lex.get("recipient_passive_auxiliaries") or [])  # "erteilt bekommen" (passives_de)
        self.agent_preps = set(lex.get("passive_agent_prepositions") or [])
        # prepositions that, opening a sentence, leave a participle after them an adjective ("Von bewaffneten Gruppen")
        self.opening_preps = lower_words(lex, "opening_prepositions")
        self.vorfeld_agent_preps = set(lex.get("vorfeld_agent_prepositions") or [])  # "Bei dem Beschuss durch X wurden"
        self.nominal_agent_preps = frozenset(lex.get("nominal_agent_prepositions") or [])  # "die Festnahme ... durch X"
        self.noun_link_preps = lower_words(lex, "noun_link_prepositions")  # role_finder_nominal: "der Angriff von X"
        self.agent_sectors = set(lex.get("passive_agent_sectors") or [])  # "von der Armee erschossen": kept beside names
        self.location_preps = set(lex.get("location_prepositions") or [])
        self.static_location_preps = set(lex.get("static_location_prepositions") or [])
        self.goal_preps = lower_words(lex, "goal_prepositions")  # "nach Syrien": a located place that may take a role
        self.light_verbs = set(lex.get("light_verbs") or [])
        self.weak_past_endings = tuple(str(e).lower() for e in lex.get("weak_past_endings") or ())  # "verübte"
        self.yielding_verbs = set(lex.get("yielding_light_verbs") or [])  # their nominal object names the event
        state = lex.get("state_phrases") or {}  # "waren ... im Einsatz": the subject is the doer (_carried)
        self.state_preps = frozenset(state.get("prepositions") or [])
        self.state_verbs = frozenset(state.get("verbs") or [])
        self.determiners = set(lex.get("determiners") or [])
        self.placed_words = PlacedWords(  # participles_de: "die in Kabul stationierten Truppen"
            self.inflected_participle, self.inside_preps_de, self.time_preps_de,
            frozenset(triggers.get("placed_participle_chain_prepositions") or []), frozenset(self.determiners),
            frozenset(self.determiners | self.agent_preps | self.nominal_blockers))
        self.document_fallback = bool(lex.get("document_country_fallback"))  # priors_de.document_country
        self.home_side_types = frozenset(lex.get("home_side_types") or [])  # event_parts.context_side
        self.land_modes = frozenset(triggers.get("land_modes") or [])  # incidents_de.seized_land: "annektierte die Krim"
        self.addressee_preps = frozenset(lex.get("addressee_prepositions") or [])  # "gegenüber Russland": spoken to
        # "die europäischen Verteidigungsminister": several countries' people take no country from context either
        self.several_forms = frozenset(stem + end for stem in lex.get("multinational_modifiers") or ()
                                       for end in lex.get("adjective_endings") or [""])
        self.rebel_sectors = rebel_sectors(lex)  # "Insurgents fired": not the foreign army's (event_builder, rebel_home)
        self.vorfeld = bool(lex.get("vorfeld_subject"))  # roles_de.vorfeld_subject
        self.case = roles_de.CaseWords.from_lex(lex)  # German case and reference words (de/lexicon.yaml case_words)
        # the learned doer of a trigger the rules would drop for want of one (doer_picker.py); None: off or no model
        self.doer_picker = load_picker(lang) if self.vorfeld else None
        self.story_doers = StoryDoers.from_data(lex.get("story_doers"))  # doer_forms._story_doer
        # articles that open no subject on their own ("den", "die"): built once, asked per trigger (trailing_acts_de)
        self.not_nominative = self.case.object_articles | self.case.ambiguous_articles
        self.phrase_words = frozenset(lex.get("phrase_words") or [])  # clauses: no break after "und auch"
        self.adjective_suffixes = tuple(lex.get("adjective_suffixes") or [])  # clauses: "niveaulos und inakzeptabel"
        self.relative_preps = frozenset(lex.get("relative_prepositions") or [])  # clauses: ", von dem ..."
        self.group_pronouns = {p for p in (lex.get("anaphors") or {}).get("group", [])}
        # "jets", "drones" name the military only after a country ("US drones"; named_only_nouns): sent alone they are
        # goods ("sent drones to Russia" is AID), so they are no military cue of their own
        military_words = military_words - frozenset(lex.get("named_only_nouns") or ())
        self.military_words = military_words | {w.lower() for w in triggers.get("military_cues") or []}
        self.military_heads = tuple(w for w in self.military_words if len(w) >= 6)  # compound heads: "Kampftruppen"
        self.troop_words = military_words
        # nouns that are a manoeuvre only beside another military word in their sentence ("Übung"; trigger_finder)
        self.cued_drills = lower_words(triggers, "military_cued_nouns")
        self.complement_types = set(triggers.get("complement_types") or [])
        # a call's object act that is an event of its own: head type -> act types ("zu Protesten aufgerufen")
        self.calling_types = {k: frozenset(v) for k, v in (triggers.get("calling_types") or {}).items()}
        # one-sided texts whose asking participle is the event, not the head that signs them ("a memorandum calling for")
        self.asking_texts = frozenset(triggers.get("asking_texts") or [])
        self.infinitive_target_types = frozenset(triggers.get("infinitive_target_types") or [])  # role_finder
        self.content_openers = frozenset(triggers.get("content_clause_openers") or [])  # "demanded that X withdraw"
        self.genitive_links = set(lex.get("genitive_links") or [])
        self.genitive_suffixes = tuple(lex.get("genitive_suffixes") or [])  # "Russlands" (genitive_de.object_genitive)
        self.preposed = PreposedActs.from_data(triggers.get("preposed_acts"))  # "vor dem Abzug der Truppe": told there
        self.reference_frames = ReferenceFrames.from_data(triggers.get("reference_frames"))  # "Ermittlungen wegen des Anschlags"
        self.side_preps = frozenset(lex.get("side_prepositions") or [])  # "talks between X and Y": the noun's own sides
        # words inside a prepositional Vorfeld that are no verb ("Nach dem Treffen mit ... und ...")
        self.vorfeld_closed = self.determiners | self.phrase_words | self.coordinators | self.genitive_links | self.weak
        self.cues.verb_forms = {k.lower(): v for k, v in (triggers.get("verb_forms") or {}).items()}
        self.cues.verb_suffixes = [tuple(x) for x in triggers.get("verb_suffixes") or []]
        self.by_verb: dict[str, list[Rule]] = {}
        self.by_noun: dict[str, list[Rule]] = {}
        for r in self.rules:
            for v in r.verbs:
                self.by_verb.setdefault(v, []).append(r)
            for n in r.nouns:
                self.by_noun.setdefault(n, []).append(r)
        if triggers.get("derived_nouns"):  # "Beschimpfung", "Annexionen": formed, not listed
            formation = NounFormation.from_data(triggers["derived_nouns"])
            self.by_noun.update(formation.nouns(self.by_verb, self.by_noun, lambda w: known_noun(w, self.lang)))
        self.case_forms = noun_case_forms(self.by_noun, triggers.get("noun_case_endings") or {})
        for form, lemma in self.case_forms.items():
            self.by_noun[form] = self.by_noun[lemma]  # "bei Angriffen": the listed noun, inflected (incidents_de)
        for rules in self.by_verb.values():  # a verb with several rules tries the military one first, then
            rules.sort(key=lambda r: (not r.require_military, not r.with_any))  # those needing a cue word
        # all context words of each verb's rules, gathered once: one scan rules a clause out for all of them
        self.verb_unions = {v: ContextUnion.of(rules) for v, rules in self.by_verb.items()}
        self.known_verbs = set(self.by_verb) | self.cues.speech_verbs | self.cues.denial_verbs
        # a verb all of whose rules need a cue word ("erklärte sich bereit") is a reporting verb otherwise
        self.cues.event_verbs = {v for v, rules in self.by_verb.items() if any(not r.with_any for r in rules)}
        self.all_target_preps = {p for r in self.rules for p in r.target_preps}
        deps = triggers.get("dependencies") or {}
        self.dep_subject = {x.lower() for x in deps.get("subject") or []}
        self.dep_object = {x.lower() for x in deps.get("object") or []}
        self.dep_agent = {x.lower() for x in deps.get("agent") or []}
        self.dep_chain = {x.lower() for x in deps.get("verb_chain") or []}
        self.dep_patient = {x.lower() for x in deps.get("patient") or []}
        self.demand_modals = {w.lower() for w in triggers.get("demand_modals") or []}  # "X said Y must ...": REQUEST
        self.stateless_speakers = frozenset(triggers.get("demand_speaker_sectors") or ())  # "The U.N. said ... must"
        # the modal's lemma ("müssen"): its other forms ("musste": had to) demand nothing
        self.modal_verbs = {w.lower() for w in triggers.get("demand_modal_verbs") or []} | self.demand_modals
        self.epistemic = {w.lower() for w in triggers.get("demand_modal_epistemic") or []}  # "must have": inferred
        # speech verbs that are the act where their object is a pattern's word ("declared martial law")
        self.acting_speech_verbs = {w.lower() for w in triggers.get("acting_speech_verbs") or []}
        # speech verbs that demand where their "that" clause is mandative ("insisted that Greece cut its spending")
        self.mandative_speech_verbs = {w.lower() for w in triggers.get("mandative_speech_verbs") or []}
        self.thing_pronouns = lower_words(triggers, "thing_pronouns")  # "dagegen": trigger_objects.thing_opposed
        self.mandative_modals = lower_words(triggers, "mandative_modals")  # "should"
        self.object_phrase_preps = lower_words(triggers, "object_phrase_prepositions")  # "of", "out"
        self.type_context = TypeContext.from_data(triggers, self.rules, self.by_noun)  # "hunger strike", "ready to"
        self.mandative_marks = self.type_context.readings.mandative_marks  # "that": type_context's, one list for both
        self.phrasal_en = PhrasalReadings.from_data(triggers, self.rules)  # "hit back at", "broke the truce"
        self.actor_readings = ActorReadings.from_data(triggers, self.rules)  # "the ministry protested": ACCUSE
        self.readings_de = GermanReadings.from_data(triggers.get("readings"))  # "sich verteidigen", "ist gefordert"
        self.named_kinds = NamedKinds.from_data(triggers.get("named_kinds"))  # "hat die HDP verboten": a party banned
        self.capacity_de = CapacityFrames.from_lexicon(lex)  # "hat Gelegenheit, die Auflagen zu erfüllen": no act
        self.targets_de = GermanTargets.from_lexicon(lex)  # "forderte, dass die Ukraine ...": who is asked
        self.co_doers = CoDoers.from_lexicon(lex)  # "Russland und China beschossen ein Boot": together, not each other
        self.syntax = EnglishSyntax(lex) if triggers.get("parse_roles") == "en" else None
        self.place_targets = PlaceTargets.from_lexicon(lex) if self.syntax is not None else None
        self.scope = ActorScope.from_lexicon(lex)  # a firm's business, advice to one's nationals, the press as partner
        self.sport = SportScope.from_lexicon(lex)  # "die Schweiz trifft in der Gruppe F auf Schweden": a game
        self.private = PrivateCrime.from_lexicon(lex)  # "ein Brite, der seine Ehefrau getötet hat": private crime
        self.history = History.from_lexicon(lex)  # acts told inside a past era ("in the Korean War")
        self.responsibility = ResponsibilityFrames.from_lexicon(lex)  # "bekannten sich zu den Anschlägen": told before
        self.home_targets = HomeTargets.from_lexicon(lex)  # an act with no side named: the doer's own country
        self.untold_plans = UntoldPlans.from_lexicon(lex)  # a plan with no other side after that: no event
        self.topic_acts = TopicActs.from_lexicon(lex)  # "in protest of the refusal": another act's topic, no event
        # compound -> trigger head noun ("Verteidigungszusammenarbeit"): a per-document memo, see for_document
        self._head_cache: dict[str, str | None] | None = None
        # trigger nouns a compound can end with, found by lookup (language/suffixes.py)
        self.noun_head_index = SuffixSet(n for n in self.by_noun if len(n) >= 5)
        # the lemmas a verb trigger check reads (a rule's verb, a speech, denial or demand-modal verb): the trigger finder
        # asks the clause-scanning verb lemma only of words whose form may make one (verb_lemmas.reach_test)
        self.trigger_reach = LemmaReach.of(set(self.by_verb) | self.cues.speech_verbs | self.cues.denial_verbs
                                           | self.modal_verbs, self.particles, self.cues.detached_particles)

    def for_document(self: _S) -> _S:
        """A copy to read one document with: what the document sets, and the memos it fills, live on the copy,
        so the extractor built in setup never changes while it reads (no state between documents)."""
        reader = copy.copy(self)
        reader._head_cache = {}
        return reader
