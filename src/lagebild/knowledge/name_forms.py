"""Forms of people's names the gazetteer adds to the dictionaries' spellings: the paternal surname form of
Spanish-speaking countries, German transliterations, one person's entries merged across spellings, surnames.
Split from gazetteer_build.py, which assembles the entries; pure functions over names and entries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Entry, Role
from .resources import load, lower_words


@dataclass(frozen=True)
class PaternalNames:
    """Who names people father's surname first, and the particles inside such names (common/name_forms.yaml)."""

    countries: frozenset[str]
    particles: frozenset[str]

    @classmethod
    def from_resources(cls) -> PaternalNames:
        """Read once per gazetteer build, not per name: the dictionaries hold tens of thousands of people."""
        data = load("name_forms", default={})
        return cls(frozenset(str(c) for c in data.get("paternal_first_countries") or ()),
                   lower_words(data, "name_particles"))


def _paternal_form(name: str, roles: tuple[Role, ...], given: frozenset[str], names: PaternalNames) -> str | None:
    """"Alvaro Uribe Velez" -> "Alvaro Uribe": a Spanish-speaking country's person told without the mother's surname,
    the form news uses; None for other names, for names of fewer than three words, and where the word kept last is a
    given name ("Juan Carlos Varela" has one surname: "Juan Carlos" is no one's name) or a particle."""
    words = name.split(" ")
    if len(words) < 3 or not any(r.country in names.countries for r in roles) or words[-2] in given \
            or words[-2].lower() in names.particles \
            or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    return " ".join(words[:-1])


def _name_key(name: str) -> str:
    return " ".join(name.replace("-", " ").lower().split())


def _shared_roles(people: list[dict]) -> dict[str, list[dict]]:
    """The dictionaries list some people twice under spellings that differ only by hyphens or case
    ("Ban Ki Moon" with his Korean post, "Ban Ki-Moon" with his UN one): each such entry gets the
    posts of all, dated ones first, so the post held at the article's date is found whichever
    spelling the text uses; the latest-starting first, since an open-ended post ends when the next
    begins (Salva Kiir: Sudan's from 2005, South Sudan's from 2011). Keyed by person id; only ids
    that share a name of two or more words."""
    by_name: dict[str, list[dict]] = {}
    for p in people:
        for key in {_name_key(n) for n in p.get("names", [p["name"]]) if " " in _name_key(n)}:
            by_name.setdefault(key, []).append(p)
    out: dict[str, list[dict]] = {}
    for group in by_name.values():
        if len(group) < 2:
            continue
        for p in group:
            roles = out.get(p["id"], list(p.get("roles", [])))
            for q in group:
                roles += [r for r in q.get("roles", []) if r not in roles]
            dated = [r for r in roles if r.get("from") or r.get("to")]
            out[p["id"]] = sorted(dated, key=lambda r: r.get("from") or "", reverse=True) + \
                [r for r in roles if r not in dated]
    return out


def _collect_surname(surnames: dict[str, list[Entry]], word: str, e: Entry) -> None:
    """Gather one person's surname ("Olmert" of "Ehud Olmert"), each person once per form."""
    if len(word) >= 4 and word.isalpha() and word[:1].isupper() and not word.isupper():
        found = surnames.setdefault(word, [])
        if all(x.ref != e.ref for x in found):
            found.append(Entry(**{**e.__dict__, "form": "surname"}))


# English spellings of German umlauts after a consonant ("Schaeuble", "Proell"; not "Gusenbauer", "Leuenberger")
_UMLAUT = {"ae": "ä", "oe": "ö", "ue": "ü"}
_UMLAUT_RE = re.compile(r"([b-df-hj-np-tv-z])(ae|oe|ue)")
_DE_SPELLING = {"shch": "schtsch", "sh": "sch", "zh": "sch", "kh": "ch", "ch": "tsch", "j": "dsch", "ou": "u", "v": "w"}
_DE_SPELLING_RE = re.compile("|".join(sorted(_DE_SPELLING, key=len, reverse=True)))


def _german_spelling(name: str) -> str:
    """The German transliteration of a name the Phoenix dictionaries spell in English: "Viktor
    Yushchenko" -> "Wiktor Juschtschenko", "Mahmoud Ahmadinejad" -> "Mahmud Ahmadinedschad",
    "Khamenei" -> "Chamenei", "Yanukovych" -> "Janukowytsch" (Duden/DIN rules for Russian, Ukrainian,
    Arabic and Persian names). A form no text uses costs nothing; the ones German news uses match."""
    def word(w: str) -> str:
        low = _DE_SPELLING_RE.sub(lambda m: _DE_SPELLING[m.group()], w.lower())
        low = "".join("j" if ch == "y" and i + 1 < len(low) and low[i + 1] in "aeiou" and (i == 0 or low[i - 1] in "aeiou")
                      else ch for i, ch in enumerate(low))
        return low[:1].upper() + low[1:] if w[:1].isupper() else low
    return " ".join(word(w) if w.isalpha() else w for w in name.split(" "))
