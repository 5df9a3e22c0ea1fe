"""Names resolved from the article around them: a name the knowledge base does not know becomes an actor when a
sector noun stands before it ("die Oppositionspartei MDC", "the rebel group M23", "Präsident Tandja"), and a name
introduced in full ("Morgan Tsvangirai") is that actor again when it recurs alone ("Tsvangirai"); ``name_like`` tells a
word that may be a name. Split from context.py, which gives generic actors their country. Per article, as there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..knowledge.gazetteer import Gazetteer
from ..language.segment import is_known
from ..model import ActorRef, Doc, Mention
from .person_names import given_names, name_length


def appositives(doc: Doc, gaz: Gazetteer, mentions: list[Mention], max_words: int = 3,
                collective: tuple[str, ...] = ()) -> None:
    """'die Oppositionspartei MDC', 'the rebel group M23', 'der weißrussische Oppositionsführer
    Aljaksandr Milinkewitsch': a sector noun (alone or with its country) followed by a capitalised
    name the gazetteer does not know is that name, with the noun's sector (and country, if given)."""
    toks = doc.tokens
    starts = {m.tok_start for m in mentions}
    for m in mentions:
        # a German demonym before a name is the person's nationality ("den Schweizer Oliver Jufer": "Jufer" is
        # Swiss later on), a country's people alone has no sector
        demonym = doc.lang == "de" and m.via == "people" and m.actor is not None and bool(m.actor.country)
        # also a compound title: "CDU-Abgeordneter Jens Nacke", "US-Botschafter John Tefft"; not a body
        # whose name is followed by its object ("erklärte die US-Regierung Soleimani zum Terroristen")
        if not demonym and (m.via not in ("sector", "phrase", "adjective+head", "compound") or m.actor is None
                            or m.actor.sector is None or m.kind != "actor"
                            or (m.via == "compound" and toks[m.tok_end - 1].lower.endswith(collective))):
            continue
        words = _name_words(doc, m.tok_end, toks[m.tok_start].sent, max_words, starts)
        # a name has at least one word the dictionary does not know ("Hassan Wirajuda", "MDC", "Hu Jia"),
        # or starts with a given name ("Bürgermeister Hans Fischer")
        n = name_length([w for _, w in words], doc.lang)
        if n == 0:
            continue
        j = words[n - 1][0]
        name = doc.text[toks[m.tok_end].start:toks[j - 1].end]
        m.tok_end, m.end = j, toks[j - 1].end
        m.text = doc.text[m.start:m.end]
        a = m.actor
        assert a is not None
        ref = a.actor_id if m.via == "compound" and not a.country or demonym else None  # "NATO-Sprecher X": NATO's
        m.actor = ActorRef(m.text, name, f"{a.country}-{a.sector}" if a.country and a.sector else ref, a.country, a.sector)
        m.via = "appositive"
        starts.add(j)


def _name_words(doc: Doc, j: int, sent: int, limit: int, starts: set[int]) -> list[tuple[int, str]]:
    """The capitalised words from token ``j`` on, each with the token it ends before: a word may span
    tokens joined by a hyphen, as English tokenises "Navarro-Valls", and initials count ("C.Y. Leung")."""
    toks = doc.tokens
    out: list[tuple[int, str]] = []
    while j < len(toks) and len(out) < limit and j not in starts and toks[j].sent == sent \
            and toks[j].start == toks[j - 1].end + 1:
        k = _glued_end(doc, j)
        word = doc.text[toks[j].start:toks[k - 1].end]
        if not _capitalised(word):
            break
        out.append((k, word))
        j = k
    return out


def _glued_end(doc: Doc, j: int) -> int:
    """Where the word starting at token ``j`` ends: after any "-" glued between letters ("Navarro-Valls",
    three tokens in English, one in German)."""
    toks = doc.tokens
    k = j + 1
    while k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == toks[k - 1].end \
            and toks[k + 1].start == toks[k].end and toks[k + 1].sent == toks[j].sent:
        k += 2
    return k


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[:1].isupper() and any(ch.isalpha() for ch in word) and \
        (all(ch.isalnum() or ch in "-'’" for ch in word) or _INITIALS.fullmatch(word) is not None)


def name_like(word: str, lang: str) -> bool:
    """A capitalised name or code ("MDC", "M23", "Tandja"), not a word of the language's dictionary
    (German capitalises every noun: "die Polizei Tränengas" is no name)."""
    if _INITIALS.fullmatch(word):
        return True  # initials: "C.Y. Leung", "George W. Bush"
    if len(word) < 2 or not word[:1].isupper() or not any(ch.isalpha() for ch in word) or \
            not all(ch.isalnum() or ch in "-'’" for ch in word):
        return False
    if any(ch.isdigit() or ch.isupper() for ch in word[1:]) or len(word) == 2:
        return True  # an abbreviation or code, or a two-letter name ("Hu", "Xi")
    try:
        return not is_known(word, lang)
    except ValueError:  # a language simplemma does not know
        return True


def _inside_dates(doc: Doc) -> set[int]:
    """The tokens that lie wholly inside a date expression: a run of tokens from the first that starts in it (tokens
    are in order and do not overlap, so their ends rise too), found by bisection instead of asking every date per token."""
    toks = doc.tokens
    if not doc.dates or not toks:
        return set()
    starts = [t.start for t in toks]
    out: set[int] = set()
    for d in doc.dates:
        j = bisect_left(starts, d.start)
        while j < len(toks) and toks[j].end <= d.end:
            out.add(j)
            j += 1
    return out


def aliases(doc: Doc, mentions: list[Mention], honorifics: frozenset[str] = frozenset()) -> list[Mention]:
    """Names introduced in full that recur alone: a person's surname ("Tsvangirai" after "Morgan
    Tsvangirai"), any part of an appositive's name ("Hu" after "Bürgerrechtler Hu Jia", "MDC" after
    "die Oppositionspartei MDC"), also in the German genitive ("Milinkewitschs"). A one-word namesake of someone
    named in full is replaced in ``mentions`` by a new mention of that person (``_namesakes``)."""
    toks = doc.tokens
    known: dict[str, Mention] = {}
    for m in mentions:
        if m.actor is None or m.kind != "actor" or m.actor.country is None:
            continue
        if m.via == "person" and m.tok_end - m.tok_start >= 2:
            last = toks[m.tok_end - 1].text
            if len(last) >= 3 and last[:1].isupper() and last.isalpha():
                known.setdefault(last, m)
        elif m.via.startswith("appositive"):
            known.setdefault(m.actor.name, m)
            parts = m.actor.name.split()
            for k, part in enumerate(parts):  # not a given name before the surname ("Max" of "Max Straubinger"):
                # it names many people; a surname that is also a given name ("Barney Frank") still refers back
                if len(part) >= 2 and part[:1].isupper() and (k == len(parts) - 1 or part not in given_names()) \
                        and not _INITIALS.fullmatch(part):  # "Abdelhamid A.": German news's shortened surname names no one else
                    known.setdefault(part, m)
    introduced = _bracketed_acronyms(doc, mentions)  # "Die Gewerkschaft der Polizei (GdP) ... die GdP"
    for word, m in introduced.items():
        known.setdefault(word, m)
    if not known:
        return []
    mentions[:] = _namesakes(mentions, known)  # the caller's list, with new objects where a name is re-read
    parts: dict[str, Mention] = {}  # any word of a person's name, after "Mr." / "Herr" ("Mr. Hu" for Hu Jintao)
    for m in mentions:
        if m.via == "person" and m.actor is not None and m.actor.country:
            for w in m.actor.name.split():
                if len(w) >= 2 and w[:1].isupper() and w.isalpha():
                    parts.setdefault(w, m)
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    covered |= {m.tok_end + 1 for m in introduced.values()}  # the bracket itself: the full name stands beside it
    # a surname that is also a date word ("am Montag" after "Jerzy Montag (Grüne)") is the date there
    covered |= _inside_dates(doc)
    out = []
    for i, t in enumerate(toks):
        end = _glued_end(doc, i)
        glued = known.get(doc.text[t.start:toks[end - 1].end]) if end > i + 1 else None
        if glued is not None and not covered & set(range(i, end)):  # English "Navarro-Valls" after "Joaquin Navarro-Valls"
            out.append(_alias(doc, glued, i, end))
            covered |= set(range(i, end))
            continue
        ref = known.get(t.text) or (known.get(t.text[:-1]) if doc.lang == "de" and t.text.endswith("s") else None)
        if ref is None and i > 0 and toks[i - 1].lower in honorifics:
            ref = parts.get(t.text)
        if ref is None or i in covered or (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()
                                           and toks[i + 1].start == t.end + 1 and ref.via == "person"):
            continue
        out.append(_alias(doc, ref, i, i + 1))
    return out


_BODY_VIAS = ("org", "federal", "compound", "phrase", "sector")  # not a person ("Westerwelle (FDP)": his party), not a
# place ("Berlin (dpa)": the agency's dateline)


def _bracketed_acronyms(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """A body named in full and then its short form in brackets ("Die Gewerkschaft der Polizei (GdP)", "the Free
    Syrian Army (FSA)"): the news convention that introduces the short form for the rest of the article. Only a body
    with a country; the short form has two capitals or more, at most six letters, and is no dictionary name itself."""
    toks = doc.tokens
    out: dict[str, Mention] = {}
    for m in mentions:
        j = m.tok_end
        if m.actor is None or m.kind != "actor" or not m.actor.country or not m.via.startswith(_BODY_VIAS) \
                or j + 2 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")":
            continue
        word = toks[j + 1].text
        if word.isalpha() and 2 <= len(word) <= 6 and word[0].isupper() and sum(ch.isupper() for ch in word) >= 2:
            out.setdefault(word, m)
    return out


def _namesakes(mentions: list[Mention], known: dict[str, Mention]) -> list[Mention]:
    """A one-word dictionary name that is the surname of someone named in full before it names that person again,
    not the namesake the dictionary lists by that word alone ("Saddam Hussein ... Hussein", not Jordan's king).
    Returns the mentions with each such one replaced by a new mention of that person (the old objects are left as
    they were: a caller may still hold them)."""
    out = []
    for m in mentions:
        ref = known.get(m.text) if m.via == "person" and m.tok_end - m.tok_start == 1 else None
        if ref is None or ref.tok_end > m.tok_start or ref.actor is None or m.actor is None \
                or ref.actor.actor_id == m.actor.actor_id:
            out.append(m)
            continue
        a = ref.actor
        out.append(replace(m, via="alias" + (ref.via[len("appositive"):] if ref.via.startswith("appositive") else ""),
                           actor=ActorRef(m.text, a.name, a.actor_id, a.country, a.sector)))
    return out


def _alias(doc: Doc, ref: Mention, i: int, end: int) -> Mention:
    """A mention at tokens [i, end) of the actor ``ref`` introduced in full ("alias", or "alias+..." after an
    appositive's own via)."""
    toks = doc.tokens
    a = ref.actor
    assert a is not None
    span = doc.text[toks[i].start:toks[end - 1].end]
    via = "alias" + (ref.via[len("appositive"):] if ref.via.startswith("appositive") else "")
    return Mention(i, end, toks[i].start, toks[end - 1].end, span, "actor", via=via,
                   actor=ActorRef(span, a.name, a.actor_id, a.country, a.sector))
