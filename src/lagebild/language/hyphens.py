"""Hyphenated lexicon words joined back into one token where spaCy's tokenizer split them.

English spaCy splits "sit-in" into "sit", "-", "in", so a trigger word written with its hyphen ("sit-in",
"cease-fire", "re-establish") never met a token. Joining here, once, makes every rule, with_any and none-list
that names such a word match it; only words the trigger data name are joined, so names ("Kremlin-backed",
"al-Qaeda") keep the tokens the mention layer reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..knowledge.resources import derived_cache, load
from ..model import Sentence, Token

_WORD = re.compile(r"=?([^\W\d_]+(?:-[^\W\d_]+)+)")
_IN_PHRASE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)+)(?![\w-])")  # "six-day" of "six-day war"
# the trigger data, and the lexicon's and judgements' single words ("hostage-takers", "war-torn", "witch-hunt"):
# their lists read one token each, as the unhyphenated twin is read
_SOURCES = ("triggers", "triggers_cameo", "lexicon", "judgements")
_SKIP_KEYS = {"mode", "type", "cameo"}  # rule settings, no words of the text ("mode: martial-law")


def _collect(node: Any, key: str, out: set[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, str) and (m := _WORD.fullmatch(k)) and k.islower():
                out.add(m.group(1))
            _collect(v, str(k), out)
    elif isinstance(node, list):
        for v in node:
            _collect(v, key, out)
    elif isinstance(node, str) and key not in _SKIP_KEYS and node.islower():
        if m := _WORD.fullmatch(node):
            out.add(m.group(1))
        elif " " in node:  # a phrase split on spaces: "six-day war" reads "six-day" as one token
            out.update(_IN_PHRASE.findall(node))


def _inflections(word: str) -> set[str]:
    """The word and its regular inflections ("re-establish": "re-established", "test-fire": "test-fired")."""
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", word + "es", stem + "ed", stem + "ing", word + word[-1] + "ed", word + word[-1] + "ing"}


@derived_cache
def hyphen_words(lang: str) -> frozenset[str]:
    """The hyphenated words ``lang``'s trigger, lexicon and judgement data name, with their regular inflections (lower case)."""
    found: set[str] = set()
    for name in _SOURCES:
        _collect(load(name, lang, default={}), "", found)
    # words the other layers read better in pieces (lexicon ``hyphen_keep_split``, measured: docs/gold.md round 31)
    keep = {str(w).lower() for w in (load("lexicon", lang, default={}) or {}).get("hyphen_keep_split") or []}
    return frozenset(form for w in found - keep for form in _inflections(w))


def join_hyphenated(tokens: list[Token], sentences: list[Sentence], lang: str,
                    lemma: Callable[[str], str]) -> list[Token]:
    """``tokens`` with each "a - b" written without spaces joined into one where the data name "a-b"; the
    sentences' token spans are renumbered in place."""
    words = hyphen_words(lang)
    if not words or not any(t.text == "-" for t in tokens):
        return tokens
    out: list[Token] = []
    new_index: list[int] = []
    k, n = 0, len(tokens)
    while k < n:
        t, last = tokens[k], -1
        j, parts = k, [t.lower]
        while t.text[:1].isalpha() and j + 2 < n and tokens[j + 1].text == "-" and tokens[j + 1].start == tokens[j].end \
                and tokens[j + 2].start == tokens[j + 1].end and tokens[j + 2].text[:1].isalpha() \
                and tokens[j + 2].sent == t.sent:
            j += 2
            parts.append(tokens[j].lower)
            if "-".join(parts) in words:
                last = j
        if last < 0:
            t.i = len(out)
            new_index.append(len(out))
            out.append(t)
            k += 1
            continue
        text = "".join(tok.text for tok in tokens[k:last + 1])
        new_index.extend([len(out)] * (last + 1 - k))
        out.append(Token(len(out), text, t.start, tokens[last].end, text.lower(), lemma(text), t.sent,
                         tokens[last].space_after))
        k = last + 1
    for s in sentences:
        s.tok_start, s.tok_end = new_index[s.tok_start], new_index[s.tok_end - 1] + 1
    return out
