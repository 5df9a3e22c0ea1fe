"""Analyser: a spaCy pipeline adds a dependency parse (part of speech, heads, labels) to a Doc.

By default each language uses the parser its lexicon names (``parser:`` in
``resources/<lang>/lexicon.yaml``; English: the ``en_core_web_sm`` model, a regular dependency) when
that package is installed; ``LAGEBILD_ANALYSER=rules`` (``evaluate --analyser rules``) turns it off and
``spacy:NAME[,NAME]`` names other pipelines (package or path). The parse is aligned to lagebild's own
tokens by character offset, so the rules keep working on the same tokens and only trigger checks
and role assignment consult it. Sentences are parsed on demand, when the extractor asks about one
(a sentence with a trigger word and an actor): news text is mostly sentences without events, and
the parse is the costliest step of the pipeline.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ..errors import InputError, OptionError
from ..knowledge.resources import derived_cache
from ..language.blas import NumpyBlas
from ..lasting import lasting
from ..model import Doc
from .headline_case import parse_text
from .helped_doers_en import repair_helped_doers
from .parse_repair_en import repair_adjective_subjects, repair_conjoined_subjects, repair_dated_verbs, repair_reduced_relatives
from .spacy_loading import is_installed, load_pipeline, package_names

ENV = "LAGEBILD_ANALYSER"
RULES = "rules"
DEFAULT = "default"
# What role assignment does not need: named entities and lemmas (lagebild has its own of both), the
# universal POS the attribute ruler maps from the fine tags, the sentence splitter (disabled anyway)
_SKIP = ["ner", "lemmatizer", "attribute_ruler", "senter"]
# Sentences spaCy parses in one batch at most: a batch's working memory grows with its size (~0.17 MiB a
# sentence: 4,000 sentences of one article took 0.7 GiB, 32,000 over 5 GiB); news articles stay far below.
MAX_BATCH = 1000
# Sentences the shared token-to-vector layer embeds in one batch: its cost per token grows with the batch (the arrays
# of a batch of ~75 sentences no longer fit a core's cache; 1,100 sentences at once cost 2.2x), while the parser steps
# gain from a larger batch; so tok2vec runs in these smaller batches first and the rest of the pipeline reads its
# vectors from each Doc (spaCy's listeners read ``doc.tensor`` outside training), the same vectors either way
TOK2VEC_BATCH = 24


@dataclass
class Analysis:
    """A parse over lagebild token indices: head, label and fine tag per token, children per head. No
    universal part of speech: spaCy's English pipeline sets it in the attribute ruler, which is not
    loaded (nothing reads it; the rules use the fine tags).

    ``need(sent)`` parses sentence ``sent`` the first time it is asked for; without a parser behind
    it (tests, pre-parsed input) every sentence counts as parsed. The event rules read a sentence's
    parse only through ``usable``: which sentences they may read is fixed per document up front
    (``event_sentences``), so a parse made for another reason (a speaker phrase) or earlier in the
    document never changes their result."""

    heads: dict[int, int] = field(default_factory=dict)
    deps: dict[int, str] = field(default_factory=dict)
    children: dict[int, list[int]] = field(default_factory=dict)
    tags: dict[int, str] = field(default_factory=dict)  # fine tag (Penn: VBD, NNS, NNP, ...)
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # (first token, end token, label)
    parse_sentences: Callable[[list[int]], None] | None = field(default=None, repr=False)
    parsed: set[int] = field(default_factory=set)
    prefetched: bool = False
    # parsed ahead in a batch of several documents (parse_ahead), recorded only when asked for:
    # which sentences count as parsed is part of what the rules see, so it must not change
    ready: dict[int, Any] = field(default_factory=dict, repr=False)
    parser: Any = field(default=None, repr=False)  # what parse_ahead batches by
    event_sentences: frozenset[int] | None = None  # the sentences the event rules may read; None: all

    @property
    def parse_sentence(self) -> Callable[[list[int]], None] | None:
        return self.parse_sentences

    def need(self, sent: int) -> bool:
        """Make sure sentence ``sent`` is parsed; True when a parse is there for it."""
        if sent in self.parsed:  # most asks (the rules ask per clause and word): no batch of one to build
            return True
        return self.prefetch([sent])

    def prefetch(self, sents: list[int]) -> bool:
        """Parse these sentences in one batch (cheaper than one by one), skipping those already parsed."""
        todo = [i for i in dict.fromkeys(sents) if i not in self.parsed]
        if todo and self.parse_sentences is not None:
            self.parsed.update(todo)
            self.parse_sentences(todo)
        return True

    def usable(self, sent: int) -> bool:
        """May the event rules read sentence ``sent``'s parse? Parses it on first use; decided by
        ``event_sentences`` alone, never by what happens to be parsed already."""
        if self.parse_sentences is None:
            return True
        if self.event_sentences is not None and sent not in self.event_sentences:
            return False
        return self.need(sent)

    def dependents(self, tok: int, labels: set[str]) -> list[int]:
        return [c for c in self.children.get(tok, []) if self.deps.get(c, "").lower() in labels]

    def subtree(self, tok: int) -> set[int]:
        """``tok`` and every token below it in the parse: the whole phrase a head word stands for."""
        todo, span = [tok], {tok}
        while todo:
            kids = self.children.get(todo.pop(), [])
            span.update(kids)
            todo.extend(kids)
        return span


class SpacyAnalyser:
    """One installed spaCy pipeline (package name or path); applies to articles in its language."""

    def __init__(self, spec: str, where: str = ENV, exclude: list[str] | None = None, quick: bool = False) -> None:
        self.blas = NumpyBlas()
        with self.blas.ops():  # its matrix products on numpy's BLAS where that is faster (language/blas.py)
            self.nlp: Any = load_pipeline(package_names(spec), where, exclude or [], quick)
        if "parser" not in self.nlp.pipe_names and "ner" not in self.nlp.pipe_names:
            raise InputError(where, f"spaCy pipeline {spec!r} has neither a parser nor an NER component")
        self.lang: str = self.nlp.lang
        self.spec = spec

    def __call__(self, doc: Doc) -> None:
        if doc.lang != self.lang:
            return
        a = Analysis()
        a.parse_sentences = _SentenceParser(doc, lambda: self)
        doc.analysis = a  # type: ignore[attr-defined]  # read with analysis_of()

    def _parse(self, doc: Doc, a: Analysis, sents: list[int]) -> None:
        """Parse these sentences (one spaCy batch) and record them on ``a`` by lagebild token index."""
        missing = [i for i in sents if i not in a.ready]
        for i in sents:  # those parsed ahead first
            if i in a.ready:
                self._record(doc, a, doc.sentences[i], a.ready.pop(i))
        if not missing:  # all parsed ahead (most asks): no BLAS thread limit to set and restore, which costs as much
            return
        texts = (_text(doc, i) for i in missing)
        with self.blas.one_thread():
            for i, sdoc in zip(missing, _pipe(self.nlp, texts, min(MAX_BATCH, max(1, len(missing)))), strict=True):
                self._record(doc, a, doc.sentences[i], sdoc)  # as they come: at most one batch of spaCy Docs held

    def _record(self, doc: Doc, a: Analysis, s: Any, sdoc: Any) -> None:
        start = s.start
        by_start = {t.start - start: t.i for t in doc.tokens[s.tok_start:s.tok_end]}
        for t in doc.tokens[s.tok_start:s.tok_end]:  # a word joined at its hyphens ("sit-in", language/hyphens.py)
            if "-" in t.text[1:]:  # its pieces, which spaCy parses apart, are its own
                by_start.update((c - start, t.i) for c in range(t.start + 1, t.end))
        has_parse = sdoc.has_annotation("DEP")
        # from the doc's arrays rather than its tokens (two spaCy Token objects made per token, for itself and its
        # head): the same tags, heads and labels; HEAD holds the offset to the head, read as signed
        import numpy

        rows = sdoc.to_array(_record_attrs())
        idxs = rows[:, 0].tolist()
        strings = sdoc.vocab.strings
        for k, (off, tag, dep) in enumerate(zip(rows.view(numpy.int64)[:, 1].tolist(), rows[:, 2].tolist(),
                                               rows[:, 3].tolist(), strict=True)):
            i = by_start.get(idxs[k])
            if i is None:
                continue
            h = by_start.get(idxs[k + off])
            if off and h == i or (i in a.heads and idxs[k] != doc.tokens[i].start - start):
                a.tags.setdefault(i, strings[tag])  # a joined word's inner link, or a second piece leaving it
                continue
            a.tags[i] = strings[tag]  # the piece whose head is outside the word speaks for it
            if h is None or not has_parse:
                continue
            a.heads[i] = h
            a.deps[i] = strings[dep]
            if h != i:
                a.children.setdefault(h, []).append(i)
        if has_parse and self.lang == "en":  # "attacked Ukraine and China condemned": China's own verb
            repair_conjoined_subjects(a, s.tok_start, s.tok_end)
            repair_reduced_relatives(a, s.tok_start, s.tok_end)  # "police killed in X were buried": not their act
            repair_dated_verbs(a, doc, s.tok_start, s.tok_end)  # "the minister called Thursday on X": a verb
            repair_adjective_subjects(a, s.tok_start, s.tok_end)  # "Ukrainian shelling killed": the shelling did
            repair_helped_doers(a, doc, s.tok_start, s.tok_end)  # "helping Russia attack Ukraine": Russia is helped
        for ent in sdoc.ents:
            first = by_start.get(ent.start_char)
            if first is not None:
                last = first
                while last < len(doc.tokens) and doc.tokens[last].end - start <= ent.end_char:
                    last += 1
                a.entities.append((first, last, ent.label_))


class _SentenceParser:
    """``Analysis.parse_sentences`` for one document: holds the document by weak reference, so that a document and
    its parse form no reference cycle and refcounting frees them when they are dropped (a closure over both kept
    every document, its tokens and mentions, for the cyclic collector, whose full passes then walked them all)."""

    __slots__ = ("_doc", "_analyser")

    def __init__(self, doc: Doc, analyser: Callable[[], SpacyAnalyser]) -> None:
        self._doc = weakref.ref(doc)
        self._analyser = analyser

    def __call__(self, sents: list[int]) -> None:
        doc = self._doc()
        a = analysis_of(doc) if doc is not None else None
        if doc is not None and a is not None:
            self._analyser()._parse(doc, a, sents)


class DefaultAnalysers:
    """The parser each language's lexicon names (``parser:``), attached to every article in that
    language but loaded only when a sentence first needs a parse (a trigger word and an actor):
    a run whose sentences never need one does not pay the ~0.3 s model load. A language without a
    parser, or whose package is not installed, stays with the rules."""

    def __init__(self) -> None:
        self._by_lang: dict[str, _LazyParser | None] = {}

    def __call__(self, doc: Doc) -> None:
        if doc.lang not in self._by_lang:  # which package to load, found once per language
            self._by_lang[doc.lang] = _installed_parser(doc.lang)
        lazy = self._by_lang[doc.lang]
        if lazy is None:
            return
        a = Analysis(parser=lazy)
        a.parse_sentences = _SentenceParser(doc, lazy.get)
        doc.analysis = a  # type: ignore[attr-defined]  # read with analysis_of()

    def preload(self) -> None:
        """Load every parser found so far now (a pool loads them before it forks its workers)."""
        for lazy in self._by_lang.values():
            if lazy is not None:
                lazy.get()


class _LazyParser:
    """One installed pipeline, loaded on the first call of ``get`` (once, also under threads)."""

    def __init__(self, name: str, where: str) -> None:
        self.name, self.where = name, where
        self._analyser: SpacyAnalyser | None = None
        self._lock = threading.Lock()

    def get(self) -> SpacyAnalyser:
        if self._analyser is None:
            with self._lock:
                if self._analyser is None:
                    with lasting():  # the model is kept for the process
                        self._analyser = SpacyAnalyser(self.name, self.where, exclude=_SKIP, quick=True)
        return self._analyser


def _installed_parser(lang: str) -> _LazyParser | None:
    """The first parser ``resources/<lang>/lexicon.yaml`` names that is installed, not yet loaded."""
    from ..knowledge.resources import load

    where = f"resources/{lang}/lexicon.yaml"
    for spec in (load("lexicon", lang, default={}) or {}).get("parser") or []:
        for name in package_names(spec):
            if is_installed(name):
                return _LazyParser(name, where)
    return None


def default_analyser(lang: str) -> SpacyAnalyser | None:
    """The parser ``resources/<lang>/lexicon.yaml`` names, loaded now, or None when it names none or none loads."""
    lazy = _installed_parser(lang)
    try:
        return lazy.get() if lazy is not None else None
    except InputError:
        return None


@derived_cache
def _record_attrs() -> tuple[int, ...]:
    """spaCy's attribute ids that ``_record`` reads (spaCy is imported only when a parse is asked for); a tuple, as
    the cached value is shared by every call."""
    from spacy.attrs import DEP, HEAD, IDX, TAG

    return (IDX, HEAD, TAG, DEP)


def _text(doc: Doc, sent: int) -> str:
    return parse_text(doc, sent)  # a title-case headline with its act words lowered (headline_case.py)


def _pipe(nlp: Any, texts: Iterable[str], batch: int) -> Iterator[Any]:
    """``nlp.pipe(texts, batch_size=batch)`` with the pipeline's shared ``tok2vec`` run first in batches of
    ``TOK2VEC_BATCH`` sentences (see there): the same parse, in less time. Docs come batch by batch, as from spaCy."""
    names = nlp.pipe_names
    if "tok2vec" not in names or names[0] != "tok2vec":
        yield from nlp.pipe(texts, batch_size=batch)
        return
    tok2vec = nlp.get_pipe("tok2vec")
    it = iter(texts)
    while chunk := [nlp.make_doc(t) for t in islice(it, batch)]:
        for k in range(0, len(chunk), TOK2VEC_BATCH):
            part = chunk[k:k + TOK2VEC_BATCH]
            tok2vec.set_annotations(part, tok2vec.predict(part))
        yield from nlp.pipe(chunk, batch_size=len(chunk), disable=["tok2vec"])


def parse_ahead(wanted: list[tuple[Doc, list[int]]]) -> None:
    """Parse these sentences of several documents in one batch per parser (spaCy is much faster
    on one batch of many sentences than on one batch per article) and keep each parse on its
    document's Analysis until extraction asks for it. A sentence's parse does not depend on the
    batch it is in, so the events are the same."""
    groups: dict[int, tuple[_LazyParser, list[tuple[Analysis, int, str]]]] = {}
    for doc, sents in wanted:
        a = analysis_of(doc)
        if a is None or not isinstance(a.parser, _LazyParser):
            continue
        todo = [(a, i, _text(doc, i)) for i in dict.fromkeys(sents) if i not in a.parsed and i not in a.ready]
        if todo and len(todo) <= MAX_BATCH:  # a longer article parses in bounded batches when it is read
            groups.setdefault(id(a.parser), (a.parser, []))[1].extend(todo)
    for parser, items in groups.values():
        analyser = parser.get()
        with analyser.blas.one_thread():
            texts = [t for _, _, t in items]
            for (a, i, _), sdoc in zip(items, _pipe(analyser.nlp, texts, min(MAX_BATCH, len(items))), strict=True):
                a.ready[i] = sdoc


def analysis_of(doc: Doc) -> Analysis | None:
    """The parse added by an analyser, or None under the rule core."""
    return getattr(doc, "analysis", None)


def make_analysers(spec: str | None) -> list[Callable[[Doc], None]]:
    """``None``: ``$LAGEBILD_ANALYSER``, else the default parsers. ``"rules"``: none.
    ``"default"``: each language's own parser. ``"spacy:NAME[,NAME...]"``: these pipelines only."""
    where = "--analyser" if spec is not None else ENV
    spec = spec if spec is not None else os.environ.get(ENV, "")
    if not spec or spec == DEFAULT:
        return [DefaultAnalysers()]
    if spec == RULES:
        return []
    if not spec.startswith("spacy:"):
        # a usage error whether the option or the variable gave it (exit 2, as every bad option value)
        raise OptionError(where, f"unknown analyser {spec!r} (use 'rules', 'default' or 'spacy:PIPELINE[,PIPELINE]')")
    names = [s.strip() for s in spec[len("spacy:"):].split(",") if s.strip()]
    if not names:
        raise OptionError(where, f"no spaCy pipeline named after 'spacy:' in {spec!r}")
    return [SpacyAnalyser(n, where) for n in names]
