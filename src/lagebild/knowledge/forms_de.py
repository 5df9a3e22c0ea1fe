"""Generated German name forms for the gazetteer: inflected multiword names ("der Demokratischen
Republik Kongo"), genitives of organisation and country names ("des Verfassungsschutzes", "Irans"),
city adjectives ("Moskauer"), and which names are abbreviations matched only in capitals.

Kept apart from ``gazetteer_build.py`` (which assembles the entries): these are the language's rules of
word formation, each a small pure function.
"""

from __future__ import annotations


def abbreviation(name: str) -> bool:
    """Short all-capital names ("US", "U.S.", "UK", "DVRK") match only in capitals: "us" is a pronoun."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(ch.isupper() for ch in letters)


def oblique_forms(name: str, gen: bool) -> list[str]:
    """German multiword names inflect their adjectives: "Demokratische Republik Kongo" -> "der
    Demokratischen Republik Kongo", "Vereinigtes Königreich" -> "im Vereinigten Königreich",
    "Vereinigte Arabische Emirate" -> "den Vereinigten Arabischen Emiraten"; a modifier after the head
    keeps its case ("des Internationalen Komitees vom Roten Kreuz", "des Obersten Gerichtshofs der USA")."""
    head_part, tail = post_modifier(name)
    if tail:
        return [f + tail for f in oblique_forms(head_part, gen)]
    words = name.split(" ")
    if len(words) < 2:
        return []
    stems = [w[:-2] if w.endswith(("es", "er")) and len(w) > 5 else w[:-1] if w.endswith("e") and len(w) > 4 else None
             for w in words[:-1]]
    if not any(stems) or not all(w[:1].isupper() for w, s in zip(words, stems, strict=False) if s):
        return []
    base = [s + "en" if s else w for w, s in zip(words, stems, strict=False)]
    head = words[-1]
    out = [" ".join([*base, head])]
    if any(s and w.endswith(("es", "er")) for w, s in zip(words, stems, strict=False)):
        # the weak form after an article: "das Vereinigte Königreich", "das Europäische Parlament"
        out.append(" ".join([s + "e" if s else w for w, s in zip(words, stems, strict=False)] + [head]))
    if head.endswith("e") and not gen:  # a plural name: dative in -n ("Emiraten")
        out.append(" ".join([*base, head + "n"]))
    return [f for f in out if f != name]


def post_modifier(name: str) -> tuple[str, str]:
    """A name split before its first lower-case word ("Internationales Komitee", " vom Roten Kreuz"),
    which starts a modifier the head's inflection does not touch; ``(name, "")`` without one."""
    words = name.split(" ")
    i = next((k for k, w in enumerate(words) if k > 0 and w[:1].islower()), None)
    return (name, "") if i is None else (" ".join(words[:i]), " " + " ".join(words[i:]))


def genitive_s(name: str) -> str | None:
    """The genitive of a masculine or neuter name's oblique form: -s on the head, before any modifier
    ("Internationalen Strafgerichtshofs", "Internationalen Komitees vom Roten Kreuz")."""
    head, tail = post_modifier(name)
    return None if head.endswith(("s", "ß", "x", "z")) else head + "s" + tail


def masculine_or_neuter(name: str) -> bool:
    """A German name whose adjective has the strong masculine or neuter ending ("Internationaler
    Strafgerichtshof", "Europäisches Parlament"): its head takes the genitive -s."""
    words = name.split(" ")
    return len(words) >= 2 and words[0][:1].isupper() and words[0].endswith(("es", "er")) and len(words[0]) > 5


def city_adjective_base(name: str) -> bool:
    """German forms an adjective from a one-word city name ending in a consonant or -au ("Moskauer",
    "Pekinger", "Hamburger"); others are irregular ("Sofioter") and left out."""
    return name.isalpha() and name[:1].isupper() and not name.isupper() and len(name) >= 4 and \
        (name[-1] not in "aeiouy" or name.endswith("au"))


def noun_genitives(name: str, feminine: tuple[str, ...]) -> list[str]:
    """A one-word German organisation named by a masculine or neuter noun takes -s or -es in the genitive
    ("Verfassungsschutz" -> "Verfassungsschutzes", "Bundesheer" -> "Bundesheers", "Bundesheeres"); feminine
    endings take none (``feminine``, the lexicon's ``feminine_noun_endings``: "Bundeswehr" is no -ung word, but
    "Bundeswehrs" never occurs, so a stray form is harmless)."""
    if " " in name or len(name) < 5 or not name[:1].isupper() or not name.replace("-", "").isalpha() \
            or abbreviation(name) or name.lower().endswith(feminine):
        return []
    return [name + "es"] if name.endswith(("s", "ß", "x", "z")) else [name + "s", name + "es"]


def takes_genitive(name: str) -> bool:
    """A one-word name takes the genitive -s even where the country says ``gen: false`` for its
    multiword or plural names: "Irans Präsident", "Simbabwes Opposition", "Konsulat Osttimors";
    feminine names (Türkei, Slowakei, Ukraine) take none."""
    return name.isalpha() and name[:1].isupper() and not name.isupper() and \
        not name.endswith(("s", "ß", "x", "z", "ei", "ine"))
