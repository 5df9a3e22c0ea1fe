"""The parts of lexicon.yaml the mention and event rules read, built once per language.

Kept apart from mentions.py so the finder stays one idea: this is only data loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..knowledge.resources import lower_words
from .federal import FederalRule
from .followers import Followers
from .group_adjectives import GroupHomes, group_adjective_forms
from .origin_people import OriginPeople
from .rebel_home import rebel_sectors
from .residents import Residents
from .scene import Scene
from .shared_names import BareParty, Party, bare_parties, seat_bodies, shared_parties


@dataclass
class Lexicon:
    """The parts of lexicon.yaml the mention and event rules need, as sets."""

    determiners: set[str]
    location_preps: set[str]
    oblique_preps: set[str]
    anaphors: dict[str, list[tuple[str, ...]]]
    genitive_links: set[str]
    place_nouns: set[str]
    coordinators: set[str]
    auxiliaries: set[str]
    noun_adjuncts: bool = True
    possessives: set[str] = field(default_factory=set)
    honorifics: frozenset[str] = frozenset()
    place_modifiers: frozenset[str] = frozenset()  # "in eastern Syria": a modifier between preposition and place
    member_heads: tuple[str, ...] = ()  # "FDP-Vorsitzende": a compound head naming a member or leader
    side_nouns: frozenset[str] = frozenset()  # "die russische Seite": a country's government in a negotiation
    posted_nouns: frozenset[str] = frozenset()  # "Botschafter in Washington": posted there, from elsewhere
    town_preps: frozenset[str] = frozenset()  # "in Lüneburg": a small town is read only after one of these
    counterparts: frozenset[str] = frozenset()  # "seinen Amtskollegen": of another country than the other party
    collective_heads: tuple[str, ...] = ()  # "US-Regierung": a body, so a name after it is not its name
    federal: FederalRule = FederalRule()  # "Bundesinnenminister": a federal state's body (extract/federal.py)
    representative_heads: frozenset[str] = frozenset()  # "Vertreter von Hamas": the actor named after "von"
    representative_preps: frozenset[str] = frozenset()
    shared_parties: dict[str, tuple[Party, ...]] = field(default_factory=dict)  # "die Grünen": whose (shared_names.py)
    scene: Scene = Scene()  # "In Kairo nahm die Polizei ... fest": whose police (scene.Scene, context.fill_generic)
    name_particles: frozenset[str] = frozenset()  # "Río de la Plata": a surname after one is another name
    product_articles: frozenset[str] = frozenset()  # "ein Airbus der Luftwaffe": a company's name is its product
    named_only_sectors: frozenset[str] = frozenset()  # "U.S. firms" is an actor, "the company" alone is not
    region_nouns: frozenset[str] = frozenset()  # "im Nordosten Nigerias": a part named before the place's genitive
    residents: Residents = Residents()  # "ethnic Albanians in Serbia": Serbia's people (extract/residents.py)
    office_sectors: frozenset[str] = frozenset()  # "X, the UN relief coordinator": X acts for the UN (representatives.py)
    led_words: frozenset[str] = frozenset()  # "US-led forces": the leader's (extract/led_compounds.py)
    member_words: frozenset[str] = frozenset()  # "NATO-member Norway": Norway's (extract/led_compounds.py)
    name_compound_sectors: frozenset[str] = frozenset()  # "die Ataka-Partei": unknown name + group noun (name_compounds.py)
    body_modifiers: frozenset[str] = frozenset()  # "EU foreign ministers": the body's own (representatives.body_members)
    several_modifiers: frozenset[str] = frozenset()  # "die europäischen Außenminister": several countries' (fill_generic;
    # the stems inflected with the language's adjective_endings, as the gazetteer inflects country adjectives)
    group_forms: dict[str, str] = field(default_factory=dict)  # "Sunni", "koptische": a group's adjective -> sector
    group_things: set[str] = field(default_factory=set)  # "Kurdish positions": the group's places, not the group
    name_titles: frozenset[str] = frozenset()  # "King Hassan", "Secretary Austin": a place word after one is a name
    product_numbers: bool = False  # "60 Boeing 787 aircraft": a count or model number makes a company's name its product
    broker_words: frozenset[str] = frozenset()  # "a U.N.-mediated ceasefire": the go-between, no side (led_compounds.py)
    acronyms_need_country: bool = False  # a Phoenix acronym only where its country is named (extract/acronyms.py)
    member_links: frozenset[str] = frozenset()  # "X vom Arbeitskreis Y": X speaks for it (affiliations.member_names)
    member_sectors: frozenset[str] = frozenset()
    # ", in dem Russland die Ukraine angriff": a relative pronoun after a comma and one of relative_preps governs
    # nothing after it (mention_context._relative_pronoun); infinitive_markers tell ", gegen den Irak vorzugehen"
    relative_pronouns: frozenset[str] = frozenset()
    relative_preps: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    owner_links: frozenset[str] = frozenset()  # "King Hassan of Morocco": the country after one owns the noun (fill_generic)
    group_member_heads: tuple[str, ...] = ()  # "Hamas-Mitglied": a member of a party or group, not of an IGO (states)
    attributive_forms: frozenset[str] = frozenset()  # "des Obersten Gerichts": the adjective, not the rank
    rank_followers: frozenset[str] = frozenset()  # "the general would": base forms after which the rank stays a noun
    officer_nouns: frozenset[str] = frozenset()  # "a Siemens executive": the company's officer, not its product
    member_named_sectors: frozenset[str] = frozenset()  # "X von der Umweltbehörde Ugandas": only a body with its country
    side_agent_preps: frozenset[str] = frozenset()  # "von russischer Seite": the side as the act's agent
    origin_people: OriginPeople = OriginPeople()  # "ein Mann aus Syrien": Syria's (extract/origin_people.py)
    particle_preps: frozenset[str] = frozenset()  # "seized off Gibraltar": locative only where parsed as a preposition
    prefix_preps: dict[str, str] = field(default_factory=dict)  # "anti-American protests": against the US, not theirs
    named_only_nouns: frozenset[str] = frozenset()  # as named_only_sectors, single nouns of others ("Russian pilots")
    colleagues: dict[str, frozenset[str]] = field(default_factory=dict)  # nouns, owners: "seinen französischen Kollegen"
    sender_verbs: frozenset[str] = frozenset()  # "the troops that Russia sent": the sender owns them (context.fill_generic)
    followers: Followers = Followers()  # "Anhänger Saddam Husseins": Iraq's civilians (extract/followers.py)
    organisation_heads: dict[str, str] = field(default_factory=dict)  # "... Farmers Union": a body (org_names.py)
    # "Russland gegenüber betonte ...": a preposition after its phrase; the words after it that make it one before
    # the next phrase instead ("Russland gegenüber der Türkei") are postposition_blockers (mention_context)
    postpositions: frozenset[str] = frozenset()
    member_state_heads: tuple[str, ...] = ()  # "der EU-Staaten": a body's members (representatives.member_state_bodies)
    member_state_sectors: frozenset[str] = frozenset()
    postposition_blockers: frozenset[str] = frozenset()
    addressee_preps: frozenset[str] = frozenset()  # "gegenüber Russland": spoken to (context.addressee_country)
    head_governments: frozenset[str] = frozenset()  # "die Regierung Netanjahu": the government its head names
    genitive_suffixes: tuple[str, ...] = ()  # "Russlands": a name's genitive (genitive_de.object_genitive)
    possessive_clitics: frozenset[str] = frozenset()  # "Burma's neighbors": an owner, not an object (context.py)
    outlet_heads: frozenset[str] = frozenset()  # "Time magazine": a title before one names the outlet (outlet_titles.py)
    town_offices: frozenset[str] = frozenset()  # "das Zollamt Wiener Neustadt": a town after a local office is its seat
    group_homes: GroupHomes = field(default_factory=GroupHomes)  # "Uyghur activists": China's (group_adjectives.py)
    bare_parties: tuple[BareParty, ...] = ()  # German "die Union": CDU/CSU in news of Germany (shared_names.py)
    seats: dict[str, Party] = field(default_factory=dict)  # "Brüssel fordert": the EU, not Belgium (shared_names.py)
    party_words: dict[str, str] = field(default_factory=dict)  # "der Linken": the party in German news only
    party_plurals: frozenset[str] = frozenset()  # "die Linken kritisierten": the party's members anywhere
    party_plural_places: frozenset[str] = frozenset()  # "die Linken in Brasilien": not so
    place_bodies: frozenset[str] = frozenset()  # "die Stadt Graz kritisierte": the town's government (place_bodies.py)
    title_links: frozenset[str] = frozenset()  # "Der Bürgermeister von X, NAME,": a title's own words (apposed_names.py)
    # "Radwelt-Chef Konrad Mahler": an unknown name glued to a head's title, before a person's name (name_compounds.py)
    name_compound_titles: frozenset[str] = frozenset()
    name_compound_title_sector: str | None = None
    # "Anna Roth, die beim ADAC ... ist,": a relative clause's link and pronouns (affiliations.member_names)
    member_relative: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    organisation_genitives: tuple[str, ...] = ()  # "Verband Deutscher X": the adjective's endings (org_names.py)
    rebel_sectors: frozenset[str] = frozenset()  # "Insurgents fired": never a foreign army's country (rebel_home.py)

    @classmethod
    def from_data(cls, lex: dict) -> Lexicon:
        ana = {k: [tuple(p.split()) for p in v] for k, v in (lex.get("anaphors") or {}).items()}
        aux = {*(lex.get("future_auxiliaries") or []), *(lex.get("passive_auxiliaries") or [])}
        return cls(set(lex.get("determiners") or []), set(lex.get("location_prepositions") or []),
                   set(lex.get("oblique_prepositions") or []), ana, set(lex.get("genitive_links") or []),
                   set(lex.get("place_nouns") or []), set(lex.get("coordinators") or []), aux,
                   bool(lex.get("noun_adjuncts", True)), set(lex.get("possessives") or []),
                   frozenset(lex.get("honorifics") or []), frozenset(lex.get("place_modifiers") or []),
                   tuple(lex.get("member_heads") or ()), frozenset(lex.get("side_nouns") or ()),
                   frozenset(lex.get("posted_nouns") or ()), frozenset(lex.get("town_prepositions") or ()),
                   frozenset(lex.get("counterpart_nouns") or ()), tuple(lex.get("collective_heads") or ()),
                   FederalRule.from_data(lex.get("federal")), frozenset(lex.get("representative_heads") or ()),
                   frozenset(lex.get("representative_prepositions") or ()), shared_parties(lex.get("shared_party_names")),
                   Scene(frozenset(lex.get("scene_sectors") or ()), frozenset(lex.get("static_location_prepositions") or ()),
                         frozenset(lex.get("there_adjectives") or ()), frozenset(lex.get("home_forces") or ()),
                         frozenset(lex.get("scene_article_nouns") or ()),
                         frozenset(lex.get("army_article_nouns") or ()),
                         frozenset(lex.get("scene_paragraph_sectors") or ()), frozenset(lex.get("coordinators") or ())),
                   frozenset(lex.get("name_particles") or ()), frozenset(lex.get("product_articles") or ()),
                   frozenset(lex.get("named_only_sectors") or ()), frozenset(lex.get("region_nouns") or ()),
                   Residents.from_data(lex.get("residents")), frozenset(lex.get("office_appositive_sectors") or ()),
                   frozenset(lex.get("led_compound_words") or ()), frozenset(lex.get("member_compound_words") or ()),
                   frozenset(lex.get("name_compound_sectors") or ()), frozenset(lex.get("body_member_modifiers") or ()),
                   frozenset(stem + end for stem in lex.get("multinational_modifiers") or ()
                             for end in lex.get("adjective_endings") or [""]),
                   group_adjective_forms(lex.get("group_adjectives"), lex.get("adjective_endings")),
                   set(lex.get("group_adjective_things") or ()),
                   frozenset(lex.get("name_titles") or ()), bool(lex.get("product_numbers")),
                   frozenset(lex.get("broker_compound_words") or ()), bool(lex.get("acronyms_need_country")),
                   frozenset((lex.get("member_names") or {}).get("links") or ()),
                   frozenset((lex.get("member_names") or {}).get("sectors") or ()),
                   frozenset(lex.get("relative_pronouns") or ()), frozenset(lex.get("relative_prepositions") or ()),
                   frozenset(lex.get("infinitive_clause_markers") or ()), frozenset(lex.get("owner_links") or ()),
                   group_member_heads=tuple(lex.get("group_member_heads") or ()),
                   attributive_forms=frozenset(lex.get("attributive_forms") or ()),
                   rank_followers=frozenset(lex.get("rank_followers") or ()),
                   officer_nouns=frozenset(lex.get("officer_nouns") or ()),
                   member_named_sectors=frozenset((lex.get("member_names") or {}).get("named_sectors") or ()),
                   side_agent_preps=frozenset(lex.get("side_agent_prepositions") or ()),
                   origin_people=OriginPeople.from_data(lex.get("origin_people")),
                   particle_preps=frozenset(lex.get("particle_prepositions") or ()),
                   prefix_preps={str(k).lower(): str(v) for k, v in (lex.get("prefix_prepositions") or {}).items()},
                   named_only_nouns=frozenset(lex.get("named_only_nouns") or ()),
                   head_governments=frozenset(lex.get("head_governments") or ()),
                   colleagues={k: frozenset(v or ()) for k, v in (lex.get("colleagues") or {}).items()},
                   sender_verbs=frozenset((lex.get("parse_roles") or {}).get("sender_verbs") or ()),
                   followers=Followers.from_data(lex.get("followers")),
                   organisation_heads={str(k).lower(): str(v or "") for k, v in
                                       (lex.get("organisation_heads") or {}).items()},
                   postpositions=frozenset((lex.get("postpositions") or {}).get("words") or ()),
                   member_state_heads=tuple((lex.get("member_state_genitives") or {}).get("heads") or ()),
                   member_state_sectors=frozenset((lex.get("member_state_genitives") or {}).get("sectors") or ()),
                   postposition_blockers=frozenset((lex.get("postpositions") or {}).get("not_before") or ()),
                   addressee_preps=frozenset(lex.get("addressee_prepositions") or ()),
                   genitive_suffixes=tuple(lex.get("genitive_suffixes") or ()),
                   possessive_clitics=lower_words(lex, "possessive_clitics"),
                   town_offices=frozenset(lex.get("town_office_nouns") or ()),
                   outlet_heads=lower_words(lex, "outlet_heads"),
                   group_homes=GroupHomes.from_data(lex.get("group_homes")),
                   bare_parties=bare_parties(lex.get("bare_party_names")),
                   seats=seat_bodies(lex.get("seat_bodies")),
                   party_words={str(k): str(v) for k, v in (lex.get("common_word_parties") or {}).items()},
                   party_plurals=lower_words(lex.get("common_word_party_plurals"), "determiners"),
                   party_plural_places=lower_words(lex.get("common_word_party_plurals"), "places"),
                   place_bodies=frozenset(lex.get("place_body_nouns") or ()),
                   title_links=frozenset(lex.get("title_links") or ()),
                   name_compound_titles=lower_words(lex.get("name_compound_titles"), "heads"),
                   name_compound_title_sector=(lex.get("name_compound_titles") or {}).get("sector"),
                   member_relative=(lower_words((lex.get("member_names") or {}).get("relative"), "links"),
                                    lower_words((lex.get("member_names") or {}).get("relative"), "pronouns")),
                   organisation_genitives=tuple(lex.get("organisation_genitive_endings") or ()),
                   rebel_sectors=rebel_sectors(lex))
