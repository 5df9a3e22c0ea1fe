"""Tokens, sentences and lemmas from spaCy's blank tokenizers (no model download) and simplemma.

Paragraphs are the text's lines: news text puts headlines on lines of their own without final
punctuation, so a line break always ends a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..knowledge.resources import derived_cache, load
from ..model import Doc, Sentence, Token
from .datelines import split_datelines
from .hyphens import join_hyphenated
from .simplemma_lib import simplemma as _import_simplemma
from .spacy_lib import spacy as _import_spacy

spacy = _import_spacy()  # without its command line (spacy_lib.py)
simplemma = _import_simplemma()  # its suffix rules loaded per language (simplemma_lib.py)
_ATTRS = [spacy.attrs.IDX, spacy.attrs.LENGTH, spacy.attrs.SPACY]

_ENDERS = {".", "!", "?", "…"}
_CLOSERS = {'"', "“", "”", "„", "«", "»", "'", ")", "’"}
# A web address (spaCy keeps it one token) ends its sentence where a capital follows it or its closing bracket:
# "[http://...jhtml?type=worldNews] With protests ..." is a link line and a sentence, and one parse of both loses
# the sentence's subject. "see www.x.org for more" runs on.
_URL = re.compile(r"^(?:[a-z][a-z+.-]*://|www\.)\S+$", re.IGNORECASE)
_URL_CLOSERS = {"]", ")", ">"}
# spaCy splits affixes off a whitespace-free run one at a time, rescanning the run each time, so a
# run of 100k commas costs quadratic time: longer runs are cut into pieces of this size first.
MAX_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}\s?")
# Where a line break ends a whitespace stretch and a word follows: the text is tokenised line by line, for speed
# (spaCy caches a word's tokens only in a document before its first special case, and "\n" is one, so a whole
# article after its headline missed the cache: English tokenising x0.4). Same tokens: spaCy splits at whitespace
# and each stretch is read alone, but for special cases it matches across tokens, which no cut may fall inside.
_LINE_START = re.compile(r"(?<=\n)(?=\S)")
# Whitespace stretches whose tokens spaCy's tokenizer keeps (its default 10,000 fill with the first ~100 German
# articles, after which every new word form runs the affix patterns again: German tokenising x0.43 with this; some
# 80 bytes an entry, beside the vocabulary that keeps every word anyway). The cache never changes a token.
TOKENIZER_CACHE = 100_000
# Sentences longer than this (a list, a table, a page without punctuation) are split into pieces
# of this many tokens: the clause and claim rules look at token pairs within a sentence.
MAX_SENTENCE_TOKENS = 300


@derived_cache
def tokenizer(lang: str) -> spacy.language.Language:
    """A blank spaCy pipeline for ``lang`` (its tokenizer only); multi-language if spaCy lacks it."""
    code = load("lexicon", lang).get("spacy", lang)
    try:
        nlp = spacy.blank(code)
    except Exception:  # noqa: BLE001 - spaCy raises several types for unknown languages
        nlp = spacy.blank("xx")
    nlp.max_length = 10**9  # the tokenizer alone is linear; article size is capped by the readers
    if hasattr(nlp.tokenizer, "max_cache_size"):
        nlp.tokenizer.max_cache_size = max(nlp.tokenizer.max_cache_size, TOKENIZER_CACHE)
    return nlp


def _pieces(run: str) -> Iterator[tuple[int, int]]:
    """Cut a long whitespace-free run into pieces of at most MAX_RUN characters, after
    punctuation where there is some near the cut."""
    start = 0
    while len(run) - start > MAX_RUN:
        cut = start + MAX_RUN
        for k in range(cut, cut - 40, -1):
            if not run[k - 1].isalnum():
                cut = k
                break
        yield start, cut
        start = cut
    yield start, len(run)


def _offsets(nlp: spacy.language.Language, text: str, shift: int) -> list[tuple[str, int, str]]:
    """spaCy's tokens of ``text`` as (text, offset, trailing whitespace), read from the doc's arrays:
    the same as iterating the doc, without a spaCy Token (or any) object per token."""
    doc = nlp.make_doc(text)
    return [(text[idx:idx + length], shift + idx, " " if space else "")
            for idx, length, space in doc.to_array(_ATTRS).tolist()]


@derived_cache
def _cuts_at_lines(lang: str) -> bool:
    """May ``lang``'s text be tokenised line by line? Yes unless a special case holds whitespace beside other
    characters: only such a one could match tokens on both sides of a line break (none in spaCy's languages)."""
    return not any(len(k) > 1 and any(c.isspace() for c in k) for k in tokenizer(lang).tokenizer.rules or {})


def _line_offsets(nlp: spacy.language.Language, text: str, shift: int, by_line: bool) -> list[tuple[str, int, str]]:
    """``_offsets`` of ``text`` read line by line (``by_line``; cut after a line break before a word): the same tokens."""
    if not by_line or "\n" not in text:
        return _offsets(nlp, text, shift)
    out: list[tuple[str, int, str]] = []
    pos = 0
    for m in _LINE_START.finditer(text):
        out += _offsets(nlp, text[pos:m.start()], shift + pos)
        pos = m.start()
    return out + _offsets(nlp, text[pos:], shift + pos)


def spacy_tokens(lang: str, text: str) -> list[tuple[str, int, str]]:
    """The tokens of ``text`` from spaCy's tokenizer as (text, offset, trailing whitespace), in time
    linear in the length of the text."""
    nlp = tokenizer(lang)
    by_line = _cuts_at_lines(lang)
    out: list[tuple[str, int, str]] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            out += _line_offsets(nlp, text[pos:m.start()], pos, by_line)
        run = m.group()
        for a, b in _pieces(run):
            out += _offsets(nlp, run[a:b], m.start() + a)
        pos = m.end()
    if pos < len(text):
        out += _line_offsets(nlp, text[pos:], pos, by_line)
    return out


def tokenize_words(lang: str, text: str) -> list[str]:
    """Token strings only: the gazetteer tokenises its names with this, so both sides align."""
    return [t for t, _, _ in spacy_tokens(lang, text) if t.strip()]


@derived_cache
def _lemmatizer() -> tuple[simplemma.Lemmatizer, object | None]:
    from ..knowledge.cache import lemmatizer

    return lemmatizer()  # type: ignore[return-value]


@derived_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """Context-free lemma; cached, since news vocabulary repeats heavily."""
    try:
        return _lemmatizer()[0].lemmatize(word, lang=lang).lower()
    except ValueError:  # language unknown to simplemma
        return word.lower()


def is_known(word: str, lang: str) -> bool:
    """simplemma.is_known from the same cached dictionaries as :func:`lemma` (simplemma's own
    function would decompress and hold a second copy); ValueError for a language simplemma lacks."""
    factory = _lemmatizer()[1]
    if factory is None:
        return simplemma.is_known(word, lang=lang)
    from simplemma.strategies import DictionaryLookupStrategy
    from simplemma.utils import normalize_token

    return DictionaryLookupStrategy(factory).get_lemma(normalize_token(word), lang) is not None  # type: ignore[arg-type]


def preload_lemmas(lang: str) -> None:
    """Load ``lang``'s whole lemma dictionary now (a parent process about to fork workers, which then
    share it, instead of each querying the on-disk table and loading its own copy later)."""
    factory = _lemmatizer()[1]
    try:
        table = factory.get_dictionary(lang) if factory is not None else None  # type: ignore[attr-defined]
    except ValueError:
        return
    if hasattr(table, "load"):
        table.load()


@derived_cache
def _homographs(lang: str) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """The lexicon's ``verb_homographs``: forms the lemmatiser reads as another word, the words before which they
    stand as the verb (its ``verb_before``) and those after which they never do (``not_after``: a preposition)."""
    entry = load("lexicon", lang, default={}).get("verb_homographs") or {}
    return (dict(entry.get("forms") or {}), frozenset(entry.get("verb_before") or ()),
            frozenset(entry.get("not_after") or ()))


def verb_homographs(tokens: list[Token], lang: str) -> None:
    """Give a lower-case homograph its verb lemma where it stands as a verb: before "sich", a modal or the clause end
    ("konnten sich nicht einigen"), not before the noun or adjective it determines ("in einigen Städten")."""
    forms, before, not_after = _homographs(lang)
    if not forms:
        return
    for k, tok in enumerate(tokens):
        if tok.lower in forms and tok.text.islower() and not (k and tokens[k - 1].lower in not_after):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or nxt.sent != tok.sent or not nxt.text[:1].isalnum() or nxt.lower in before:
                tok.lemma = forms[tok.lower]


def segment(doc: Doc) -> Doc:
    """Fill ``doc.tokens`` and ``doc.sentences``."""
    sdoc = spacy_tokens(doc.lang, doc.text)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    paragraph = 0
    sent_start_tok = 0
    pending_break = False
    after_url = False  # the last token was a web address or the bracket closing one
    para_has_text = False

    def close(end_tok: int) -> None:
        nonlocal sent_start_tok
        for a in range(sent_start_tok, end_tok, MAX_SENTENCE_TOKENS):
            b = min(a + MAX_SENTENCE_TOKENS, end_tok)
            if a > sent_start_tok:  # a long sentence's later pieces: its tokens were numbered for the first
                for tok in tokens[a:b]:
                    tok.sent = len(sentences)
            sentences.append(Sentence(len(sentences), tokens[a].start, tokens[b - 1].end, a, b, paragraph))
        sent_start_tok = end_tok

    def new_paragraph() -> None:
        nonlocal paragraph, para_has_text, pending_break
        close(len(tokens))
        if para_has_text:
            paragraph += 1
        para_has_text = pending_break = False

    lang = doc.lang
    for text, idx, whitespace in sdoc:
        if not text.strip():
            if "\n" in text or "\n" in whitespace:
                new_paragraph()
            continue
        if after_url and text not in _URL_CLOSERS and text[:1].isupper():
            close(len(tokens))
        # "://" or a leading "www." first: the pattern's test for every word costs more than the rest of the loop
        after_url = (("://" in text or text[:4].lower() == "www.") and _URL.match(text) is not None) or (
            after_url and text in _URL_CLOSERS)
        if pending_break:
            opener = text in _CLOSERS and tokens[-1].space_after  # '. "Next' opens, '." Next' closes
            if opener or (text not in _CLOSERS and not text[:1].islower()):
                close(len(tokens))
            if opener or text not in _CLOSERS:
                pending_break = False
        tokens.append(Token(len(tokens), text, idx, idx + len(text), text.lower(), lemma(text, lang), len(sentences),
                            bool(whitespace)))
        para_has_text = True
        if text in _ENDERS:
            pending_break = True
        if "\n" in whitespace:
            new_paragraph()
    close(len(tokens))
    tokens = join_hyphenated(tokens, sentences, lang, lambda w: lemma(w, lang))  # "sit-in": one word again
    verb_homographs(tokens, lang)
    doc.tokens, doc.sentences = tokens, sentences
    split_datelines(doc)  # "ISLAMABAD (Reuters) -" is no part of the first sentence's clause
    return doc
