"""Tokens, sentences and lemmas from spaCy's blank tokenizers (no model download) and simplemma.

Paragraphs are the text's lines: news text puts headlines on lines of their own without final
punctuation, so a line break always ends a sentence.
"""

from __future__ import annotations

from functools import cache, lru_cache

import simplemma
import spacy

from ..knowledge.resources import load
from ..model import Doc, Sentence, Token

_ENDERS = {".", "!", "?", "…"}
_CLOSERS = {'"', "“", "”", "„", "«", "»", "'", ")", "’"}


@cache
def tokenizer(lang: str) -> spacy.language.Language:
    """A blank spaCy pipeline for ``lang`` (its tokenizer only); multi-language if spaCy lacks it."""
    code = load("lexicon", lang).get("spacy", lang)
    try:
        return spacy.blank(code)
    except Exception:  # noqa: BLE001 - spaCy raises several types for unknown languages
        return spacy.blank("xx")


def tokenize_words(lang: str, text: str) -> list[str]:
    """Token strings only: the gazetteer tokenises its names with this, so both sides align."""
    return [t.text for t in tokenizer(lang).make_doc(text) if not t.is_space]


@lru_cache(maxsize=1)
def _lemmatizer() -> simplemma.Lemmatizer:
    from ..knowledge.cache import lemmatizer

    return lemmatizer()  # type: ignore[return-value]


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """Context-free lemma; cached, since news vocabulary repeats heavily."""
    try:
        return _lemmatizer().lemmatize(word, lang=lang).lower()
    except ValueError:  # language unknown to simplemma
        return word.lower()


def segment(doc: Doc) -> Doc:
    """Fill ``doc.tokens`` and ``doc.sentences``."""
    sdoc = tokenizer(doc.lang).make_doc(doc.text)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    paragraph = 0
    sent_start_tok = 0
    pending_break = False
    para_has_text = False

    def close(end_tok: int) -> None:
        nonlocal sent_start_tok
        if end_tok > sent_start_tok:
            first, last = tokens[sent_start_tok], tokens[end_tok - 1]
            sentences.append(Sentence(len(sentences), first.start, last.end, sent_start_tok, end_tok, paragraph))
        sent_start_tok = end_tok

    def new_paragraph() -> None:
        nonlocal paragraph, para_has_text, pending_break
        close(len(tokens))
        if para_has_text:
            paragraph += 1
        para_has_text = pending_break = False

    for t in sdoc:
        if not t.text.strip():
            if "\n" in t.text or "\n" in t.whitespace_:
                new_paragraph()
            continue
        if pending_break:
            opener = t.text in _CLOSERS and tokens[-1].space_after  # '. "Next' opens, '." Next' closes
            if opener or (t.text not in _CLOSERS and not t.text[:1].islower()):
                close(len(tokens))
            if opener or t.text not in _CLOSERS:
                pending_break = False
        tokens.append(Token(i=len(tokens), text=t.text, start=t.idx, end=t.idx + len(t.text), lower=t.text.lower(),
                            lemma=lemma(t.text, doc.lang), sent=len(sentences), space_after=bool(t.whitespace_)))
        para_has_text = True
        if t.text in _ENDERS:
            pending_break = True
        if "\n" in t.whitespace_:
            new_paragraph()
    close(len(tokens))
    for s in sentences:
        for tok in tokens[s.tok_start:s.tok_end]:
            tok.sent = s.i
    doc.tokens, doc.sentences = tokens, sentences
    return doc
