"""Actor, place, sector and equipment gazetteer for one language, matched in one pass.

Every name is tokenised with the same tokenizer as the text and stored as a token sequence in an
Aho-Corasick automaton over lower-cased tokens, so matching is linear in the text and aligned with
token boundaries; the longest match wins. German inflection is generated from the data (adjective
endings, genitive -s), not listed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal
from unicodedata import combining, normalize

from ..language.suffixes import FirstEnding

Kind = Literal["country", "capital", "adjective", "people", "person", "org", "sector", "place", "equipment"]
SEP = "\x1f"
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae", "ı": "i"})
# marks for the Arabic and Persian glottal stop and ayn inside a transliterated name ("Chamene'i",
# "Mu'ammar", "Sa'ud", "Jaʿafari"): one spelling writes them, the next leaves them out
_GLOTTAL = str.maketrans("", "", "'\u2019\u02bc\u02bf\u02be`\u00b4")
# typographic apostrophes a text writes for the dictionaries' ASCII one ("Lord’s Resistance Army", "People´s
# Party"): the tokenizer cuts them apart from "'" ("Lord's" is one German token, "Lord ’s" two), so each name
# with "'" is stored in these spellings too (Gazetteer.add)
_APOSTROPHES = ("\u2019", "\u00b4", "\u2018")
# the Arabic article glued to a surname ("al-Gaddafi", "as-Sadr", "el-Sisi"), which the dictionaries
# write apart ("Al Assad") or leave out ("Muammar Gaddafi")
_ARTICLE = re.compile(r"^(?:[aAeE]l|a[dnrstz]|asch|ash)-(?=[A-ZÄÖÜ][a-zäöü]{3})")


def fold(token: str) -> str:
    """The token without diacritics ("Thorbjørn" -> "Thorbjorn", "Erdoğan" -> "Erdogan"), as the
    Phoenix dictionaries write names, without glottal-stop marks inside it ("Chamene'i" -> "Chamenei")
    and without a glued Arabic article ("al-Gaddafi" -> "Gaddafi")."""
    if token.isascii() and "-" not in token and "'" not in token and "`" not in token:
        return token  # most tokens: no diacritic, no mark, no article to drop (the steps below would keep it)
    if len(token) > 3 and token[1:-1].translate(_GLOTTAL) != token[1:-1] and token[:1].isalpha():
        token = token[0] + token[1:-1].translate(_GLOTTAL) + token[-1]
    token = _ARTICLE.sub("", token)
    if token.isascii():
        return token
    return "".join(ch for ch in normalize("NFKD", token.translate(_LETTERS)) if not combining(ch))


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    title: str = ""
    org: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: what a surface form points to, and why."""

    kind: Kind
    ref: str  # ISO3 for country-like kinds, id for persons/orgs/equipment, sector code, place key
    name: str
    country: str | None = None
    sector: str | None = None
    case_sensitive: bool = False
    surface: str = ""
    source: str = ""  # resource file the entry came from
    roles: tuple[Role, ...] = ()
    lat: float | None = None
    lon: float | None = None
    etype: str | None = None  # equipment type, organisation kind or place type
    form: str = ""  # "gen": derived genitive ("Polens"), which may follow a noun directly; "city": city
    # adjective ("Moskauer"); "de-spelling": German transliteration of a dictionary name ("Juschtschenko");
    # "surname": a dictionary person's surname alone ("Olmert"), read by extract/surnames.py
    surface_toks: tuple[str, ...] = ()
    capitalised: bool = False  # matched in any case, but only where some token starts with a capital

    def role_at(self, when: date | None) -> Role | None:
        """The post a person held at ``when`` (the latest one if unknown), for date-aware resolution."""
        if not self.roles:
            return None
        if when is not None:
            for r in self.roles:
                if (r.start is None or r.start <= when) and (r.end is None or when <= r.end):
                    return r
        return sorted(self.roles, key=lambda r: r.start or date.min)[-1]


@dataclass
class Hit:
    tok_start: int
    tok_end: int
    entries: list[Entry]
    compound_part: bool = False  # matched as the first part of a hyphenated compound


@dataclass
class Gazetteer:
    lang: str
    tokenize: Callable[[str], list[str]]
    # while building: a dict; after finish(): an EntryIndex, the automaton over the same keys with
    # each key's entries stored once (knowledge/gazetteer_index.py)
    by_key: Mapping[str, list[Entry]] = field(default_factory=dict)
    sector_heads: dict[str, str] = field(default_factory=dict)  # compound heads ("truppen" -> MIL)
    owner_heads: tuple[str, ...] = ()  # "Armeeangaben", "Polizeieinheiten": the noun before the head decides
    countries: dict[str, str] = field(default_factory=dict)  # ISO3 -> display name
    # city names (also those shadowed by actors): a dict while building, a PlaceIndex after finish()
    places: Mapping[str, Entry] = field(default_factory=dict)
    # a city name that large cities of several countries share ("Tripoli": Libya, Lebanon): each country's city
    homonyms: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "f" / "m", for pronouns
    closed_compounds: bool = False  # German writes compounds as one word ("Kremlsprecher")
    former_prefixes: frozenset[str] = frozenset()  # "Ex-Staatschef": a former holder keeps the role's sector
    special_cases: frozenset[str] = frozenset()  # tokenizer exceptions that split a word of letters
    _toks: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    # sector_heads indexed by length after finish(): sector_of_head is asked for every noun
    _head_endings: FirstEnding | None = field(default=None, repr=False)
    # after finish(): each one-word key with a sector entry -> its first sector entry's sector (the compound readers ask
    # for every cut of every long capitalised word: one dict lookup instead of the automaton's and an entry scan)
    _sector_words: dict[str, str] | None = field(default=None, repr=False)

    def __getstate__(self) -> dict[str, object]:
        """Pickled for the disk cache (knowledge/cache.py) without the tokenizer, which the loader sets."""
        return {**self.__dict__, "tokenize": None, "_toks": {}}

    def tokens_of(self, surface: str) -> tuple[str, ...]:
        """The surface's tokens, memoised: building tokenises ~150k names, most of them twice. A word
        of letters only is one token unless the tokenizer has a special case for it ("Cannot")."""
        toks = self._toks.get(surface)
        if toks is None:
            if surface.isalpha() and surface not in self.special_cases:
                toks = (surface,)
            elif " " in surface.strip():  # the tokenizer splits at spaces first: tokenise each word alone
                words = surface.split()
                toks = tuple(words) if all(w.isalpha() and w not in self.special_cases for w in words) \
                    else tuple(t for w in words for t in self.tokens_of(w))
            else:
                toks = tuple(self.tokenize(surface))
            self._toks[surface] = toks
        return toks

    def add(self, surface: str, entry: Entry) -> None:
        """Stores ``surface`` for ``entry``; a name with an ASCII apostrophe in its typographic spellings too."""
        self._add(surface, entry)
        if "'" in surface:
            for mark in _APOSTROPHES:
                self._add(surface.replace("'", mark), entry)

    def _add(self, surface: str, entry: Entry) -> None:
        surface_toks = self.tokens_of(surface)
        if not surface_toks:
            return
        key = SEP + SEP.join(t.lower() for t in surface_toks) + SEP
        entry = Entry(**{**entry.__dict__, "surface": surface, "surface_toks": surface_toks})
        if not isinstance(self.by_key, dict):
            raise TypeError("the gazetteer is finished: names are added before finish()")
        entries = self.by_key.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def finish(self) -> None:
        """Index the names for matching; the gazetteer is read-only from here on."""
        from .gazetteer_index import EntryIndex, PlaceIndex

        self._sector_words = sector_words(self.by_key)
        self.by_key = EntryIndex(dict(self.by_key))
        self.places = PlaceIndex(self.places)
        self._head_endings = FirstEnding(self.sector_heads)

    def lookup(self, surface: str) -> list[Entry]:
        """All entries for an exact surface form (case-insensitive): `lagebild actors`."""
        toks = [t.lower() for t in self.tokens_of(surface)]
        return list(self.by_key.get(SEP + SEP.join(toks) + SEP, []))

    def match(self, tokens: Sequence[str]) -> list[Hit]:
        """Longest non-overlapping matches over ``tokens`` (original case, for case-sensitive entries)."""
        found: list[Hit] = []
        for i, n, entries in self._scan(tokens):
            surface = tokens[i:i + n]
            capital = any(t[:1].isupper() for t in surface)
            ok = [e for e in entries if (e.surface_toks == tuple(surface) if e.case_sensitive
                                         else capital or not e.capitalised)]
            if ok:
                found.append(Hit(i, i + n, ok))
        found.extend(self._folded_hits(tokens))
        found.extend(self._compound_hits(tokens))
        found.sort(key=lambda h: (-(h.tok_end - h.tok_start), h.tok_start))
        taken: set[int] = set()
        result = []
        for h in found:
            span = set(range(h.tok_start, h.tok_end))
            if span & taken:
                continue
            taken |= span
            result.append(h)
        return sorted(result, key=lambda h: h.tok_start)

    def _scan(self, tokens: Sequence[str]) -> Iterator[tuple[int, int, list[Entry]]]:
        """(first token, token count, entries) of every dictionary key found in ``tokens``, case-folded and
        aligned to whole tokens (the automaton matches characters)."""
        lowers = [t.lower() for t in tokens]
        text = SEP + SEP.join(lowers) + SEP
        starts: dict[int, int] = {}  # char offset of each token start in `text` -> token index
        pos = 1
        for i, t in enumerate(lowers):
            starts[pos] = i
            pos += len(t) + 1
        for end_char, n, key_len, entries in self.by_key.iter(text):  # type: ignore[attr-defined]
            # the key starts and ends with SEP; its first token starts one char after its start
            i = starts.get(end_char - key_len + 2)
            if i is not None:
                yield i, n, entries

    def _folded_hits(self, tokens: Sequence[str]) -> list[Hit]:
        """Dictionary names written with diacritics the (ASCII) Phoenix dictionaries lack: "Thorbjørn
        Jagland", "Recep Tayyip Erdoğan". Only entries matched in any case (``capitalised``, the converted
        ones), only where a folded token changed, so every other name keeps its exact spelling."""
        folded = [fold(t) for t in tokens]
        changed = {i for i, (a, b) in enumerate(zip(tokens, folded, strict=True)) if a != b}
        if not changed:
            return []
        hits = []
        for i, n, entries in self._scan(folded):
            if not changed & set(range(i, i + n)):
                continue
            # converted entries in any case; curated people and organisations in their written case
            ok = [e for e in entries if (e.capitalised and not e.case_sensitive) or
                  (e.case_sensitive and e.kind in ("person", "org") and e.surface_toks == tuple(folded[i:i + n]))]
            if ok and any(t[:1].isupper() for t in tokens[i:i + n]):
                hits.append(Hit(i, i + n, ok))
        return hits

    def _compound_hits(self, tokens: Sequence[str]) -> list[Hit]:
        """Names inside hyphenated compounds ("US-Kampfhubschrauber", "NATO-Verteidigung", "US-Regierung")."""
        hits = []
        for i, tok in enumerate(tokens):
            if "-" not in tok.strip("-"):
                if self.closed_compounds and len(tok) >= 8 and tok[:1].isupper():
                    hit = self._closed_compound(i, tok) or self._sector_compound(i, tok) or self._closed_former(i, tok)
                    if hit is not None:
                        hits.append(hit)
                continue
            parts = tok.split("-")
            if len(parts) == 2 and parts[0].lower() in self.former_prefixes and (hit := self._former(i, tok, parts[1])):
                hits.append(hit)
                continue
            for k in range(len(parts) - 1, 0, -1):
                prefix = "-".join(parts[:k])
                # a name of several words is hyphenated inside a compound ("Boko-Haram-Kämpfer")
                entries = [e for e in self.by_key.get(SEP + prefix.lower() + SEP, [])
                           or (self.by_key.get(SEP + SEP.join(parts[:k]).lower() + SEP, []) if k > 1 else [])
                           if (not e.case_sensitive or e.surface.replace(" ", "-") == prefix) and e.form != "surname"]
                if entries:
                    hits.append(Hit(i, i + 1, entries, compound_part=True))
                    break
        return hits

    def _former(self, i: int, tok: str, role: str) -> Hit | None:
        """'Ex-Staatschef', 'Ex-Ministerpräsidentin': a former holder of a role is a person of its sector, as the
        role noun alone would be ("der Staatschef"); the text's country comes to it as to that noun."""
        low = role.lower()
        sector = next((e.sector for e in self.by_key.get(SEP + low + SEP, ()) if e.kind == "sector"), None)
        if sector is None and (hit := self._sector_compound(i, role)) is not None:
            sector = hit.entries[0].sector
        if sector is None:
            return None
        return Hit(i, i + 1, [Entry("sector", sector, tok, None, sector, source="former prefix", surface=tok,
                                    surface_toks=(tok,))])

    def _closed_former(self, i: int, tok: str) -> Hit | None:
        """'Exkanzler', 'Altbundeskanzler': the former prefix written closed, as German often does, is the hyphenated
        one ("Ex-Kanzler"); the rest must be a role noun on its own, so "Export" or "Altstadt" stay what they are."""
        low = tok.lower()
        prefix = next((p for p in self.former_prefixes if low.startswith(p) and len(low) - len(p) >= 6), None)
        if prefix is None:
            return None
        return self._former(i, tok, tok[len(prefix)].upper() + tok[len(prefix) + 1:])

    def _closed_compound(self, i: int, tok: str) -> Hit | None:
        """'Kremlsprecher', 'Pentagonchef': a country, capital or organisation name glued to a sector
        noun. Only with a sector head, so "Chinarestaurant" or "Iranerin" stay what they are."""
        low = tok.lower()
        words = self._sector_words
        for cut in range(len(tok) - 4, 3, -1):
            head = low[cut:]
            if (head not in words) if words is not None else \
                    not any(e.kind == "sector" for e in self.by_key.get(SEP + head + SEP, ())):
                continue
            entries = [e for e in self.by_key.get(SEP + low[:cut] + SEP, [])
                       if e.kind in ("country", "capital", "org") and (not e.case_sensitive or e.surface == tok[:cut])]
            if entries:
                return Hit(i, i + 1, entries, compound_part=True)
        return None

    def _sector_compound(self, i: int, tok: str) -> Hit | None:
        """'Wirtschaftsminister', 'Gegendemonstranten', 'Zivilbevölkerung': a closed compound whose head
        is a sector noun of six letters or more is a sector noun itself, so German's open-ended
        compounds need not be listed one by one. A listed word is matched as listed."""
        low = tok.lower()
        if not tok[1:].islower() or not low.isalpha() or SEP + low + SEP in self.by_key:
            return None
        owner = self._owner_sector(low)
        for cut in range(4, len(low) - 5):  # a prefix of four letters or more: "Mitarbeiter" is no worker
            sector = owner or self.sector_heads.get(low[cut:])
            if sector is not None:
                return Hit(i, i + 1, [Entry("sector", sector, tok, None, sector, source="compound head",
                                            surface=tok, surface_toks=(tok,))])
        return None

    def compound_sector(self, token: str) -> str | None:
        """Sector of a compound's head: after the hyphen ("US-Regierung"), or the longest sector noun
        ending a closed compound ("Kremlchef")."""
        if "-" in token:
            return self.sector_of_head(token.split("-", 1)[-1])
        low = token.lower()
        for cut in range(3, len(low) - 2):
            for e in self.by_key.get(SEP + low[cut:] + SEP, []):
                if e.kind == "sector":
                    return e.sector
        return self.sector_of_head(token)

    def sector_of_head(self, token: str) -> str | None:
        """Sector of a noun or of a compound's head ("Kampftruppen" -> MIL)."""
        low = token.lower()
        for e in self.by_key.get(SEP + low + SEP, []):
            if e.kind == "sector":
                return e.sector
        tail = low.rsplit("-", 1)[-1]
        owner = self._owner_sector(tail)
        if owner is not None:
            return owner
        endings = self._head_endings if self._head_endings is not None else FirstEnding(self.sector_heads)
        head = endings.first_ending(tail)
        return self.sector_heads[head] if head is not None else None

    def _owner_sector(self, low: str) -> str | None:
        """'Armeeangaben', 'Regierungskreisen', 'Polizeieinheiten', 'Armeesprecher': a compound whose
        head only says "part or voice of" takes the sector of the noun before it."""
        for head in self.owner_heads:
            if low.endswith(head) and len(low) > len(head) + 3:
                stem = low[:-len(head)]
                for cand in (stem, stem[:-1]) if stem.endswith("s") else (stem,):
                    if self._sector_words is not None:
                        if cand in self._sector_words:
                            return self._sector_words[cand]
                        continue
                    for e in self.by_key.get(SEP + cand + SEP, []):
                        if e.kind == "sector":
                            return e.sector
        return None


def sector_words(by_key: Mapping[str, list[Entry]]) -> dict[str, str]:
    """Each one-word key that has a sector entry, with the sector of its first one (Gazetteer._sector_words)."""
    out: dict[str, str] = {}
    for key, entries in by_key.items():
        if key.count(SEP) == 2:
            sector = next((e.sector for e in entries if e.kind == "sector"), None)
            if sector is not None:
                out[key[1:-1]] = sector
    return out
