"""The pipeline: named components run in order over one Doc, configured as data.

As in spaCy, components are registered by name (``@component("mentions")``) and the order comes
from ``resources/common/pipeline.yaml`` or the caller, so a plugin can add or replace a stage.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from .errors import InputError
from .knowledge.resources import derived_cache, languages, load
from .lasting import lasting
from .model import Article, Doc, Event

Component = Callable[[Doc, "LanguageKit"], None]
# Articles begun, parsed together and finished at a time (``Pipeline.pipe``, a single ingest process): the parser's
# steps run over all of a batch's sentences at once, and each step costs less per sentence in a larger batch
# (English extraction x0.94-0.98 CPU at 32 against 8; tok2vec runs in its own small batches, analyser.TOK2VEC_BATCH);
# the articles held at once cost ~20 MiB more than 8
PARSE_BATCH = 32
REGISTRY: dict[str, Component] = {}


def component(name: str) -> Callable[[Component], Component]:
    """Register a pipeline component under ``name`` (a plugin may override a built-in one)."""

    def wrap(fn: Component) -> Component:
        REGISTRY[name] = fn
        return fn

    return wrap


@dataclass
class LanguageKit:
    """Everything language-specific a component needs, built once per language and cached."""

    lang: str
    lexicon: dict[str, Any]
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def gazetteer(self):  # noqa: ANN201 - avoids importing the heavy module at import time
        if "gazetteer" not in self.extras:
            from .knowledge.cache import cached
            from .knowledge.gazetteer_build import build_gazetteer
            from .language.segment import tokenize_words

            def tokenize(s: str) -> list[str]:
                return tokenize_words(self.lang, s)

            g = cached(f"gazetteer-{self.lang}", lambda: build_gazetteer(self.lang, tokenize))  # built once, kept on disk
            g.tokenize = tokenize
            self.extras["gazetteer"] = g
        return self.extras["gazetteer"]


@derived_cache
def language_kit(lang: str) -> LanguageKit:
    return LanguageKit(lang, load("lexicon", lang))


@component("segment")
def _segment(doc: Doc, kit: LanguageKit) -> None:
    if "segment" not in kit.extras:
        with lasting():  # spaCy's import and the language's tokenizer: kept for the process
            from .language.segment import segment, tokenizer

            tokenizer(kit.lang)
            kit.extras["segment"] = segment
    kit.extras["segment"](doc)


@component("dates")
def _dates(doc: Doc, kit: LanguageKit) -> None:
    from .language.dates import find_dates

    doc.dates = sorted(find_dates(doc, doc.article.published), key=lambda d: d.start)  # later stages bisect


@component("quantities")
def _quantities(doc: Doc, kit: LanguageKit) -> None:
    from .language.numbers import find_quantities

    starts = [t.start for t in doc.tokens]  # tokens inside a date, found by bisection: linear overall
    blocked = {i for d in doc.dates for i in range(bisect_left(starts, d.start), bisect_left(starts, d.end))}
    doc.quantities = sorted(find_quantities(doc, blocked), key=lambda q: q.start)


@component("mentions")
def _mentions(doc: Doc, kit: LanguageKit) -> None:
    if "mentions" not in kit.extras:
        with lasting():
            from .extract.coreference import Coreference
            from .extract.mentions import Lexicon, MentionFinder
            from .extract.quote_marks import QuoteMarks

            kit.extras["mentions"] = MentionFinder(kit.gazetteer, Lexicon.from_data(kit.lexicon),
                                                   QuoteMarks.from_data(load("claims", kit.lang)),
                                                   Coreference.from_data(load("coreference", kit.lang, default={})))
    doc.mentions = kit.extras["mentions"](doc)
    from .extract.headline_case import lower_headlines

    lower_headlines(doc)  # a title-case headline's act words lowered, its names kept (English only: lexicon data)


def _event_extractor(kit: LanguageKit) -> Any:
    """The language's event extractor, built on first use and kept on its kit."""
    if "events" not in kit.extras:
        with lasting():
            from .extract.events import EventExtractor
            from .extract.triggers import load_triggers

            military = {w for w in (kit.lexicon.get("sector_nouns") or {}).get("MIL", [])}
            kit.extras["events"] = EventExtractor(kit.lang, kit.lexicon, load_triggers(kit.lang),
                                                  load("claims", kit.lang), military)
    return kit.extras["events"]


@component("events")
def _events(doc: Doc, kit: LanguageKit) -> None:
    doc.events = _event_extractor(kit)(doc)


@component("topic")
def _topic(doc: Doc, kit: LanguageKit) -> None:
    """Adds candidate events whose source is the article's topic actor (extract/topic.py), for the scorer to weigh."""
    doc.events = doc.events + _event_extractor(kit).topic_candidates(doc, doc.events)


@component("scorer")
def _scorer(doc: Doc, kit: LanguageKit) -> None:
    """Drops the events the learned scorer rates below its threshold (extract/scorer.py)."""
    if "scorer" not in kit.extras:
        with lasting():
            from .extract.scorer import EventScorer

            kit.extras["scorer"] = EventScorer.load()
    doc.events = kit.extras["scorer"](doc)


@component("home_targets")
def _home_targets(doc: Doc, kit: LanguageKit) -> None:
    """Aims the events still without a target at their doer's own country (extract/home_targets.py); after the
    scorer, which weighs a targetless event as the rules told it."""
    extractor = _event_extractor(kit)
    told = extractor.topic_acts.drop(doc, doc.events, extractor.by_noun)  # before the fill: a topic has no side
    doc.events = extractor.untold_plans.drop(extractor.home_targets.fill(told))


@component("counts")
def _counts(doc: Doc, kit: LanguageKit) -> None:
    """Gives events the counts told after them (extract/later_counts.py); after the scorer, so it weighs none."""
    if "counts" not in kit.extras:
        from .extract.later_counts import LaterCounts

        kit.extras["counts"] = LaterCounts(kit.lang)
    kit.extras["counts"](doc)


class Pipeline:
    """Runs the configured components over articles; the public entry point for extraction.

    ``analyser``: ``"rules"`` (the offline default) or ``"spacy:PIPELINE[,PIPELINE]"``, installed spaCy
    pipelines (package names or paths) whose parse improves role assignment in their language; None
    reads ``$LAGEBILD_ANALYSER``, so every command can use one without an option of its own.
    ``scorer``: run the learned event filter (True/False); None reads ``$LAGEBILD_SCORER`` (on/off),
    else the shipped model's default. ``topic``: propose topic-actor candidates (extract/topic.py); None: only where the
    scorer runs and its model was trained on them, so rules mode never outputs them (the trainer asks for True)."""

    def __init__(self, components: Iterable[str] | None = None, analyser: str | None = None,
                 scorer: bool | None = None, topic: bool | None = None) -> None:
        from .extract.analyser import make_analysers
        from .extract.scorer import scorer_enabled, scorer_topic

        names = list(components) if components is not None else list(load("pipeline")["components"])
        scoring = scorer_enabled(scorer)  # None: $LAGEBILD_SCORER, else the model file's default
        if not scoring:
            names = [n for n in names if n != "scorer"]
        # languages whose documents get topic candidates: every one when asked for (the trainer), else those the
        # shipped model admits where the scorer runs (rules mode never outputs them)
        self._topic_langs: frozenset[str] | None = (None if topic else frozenset()) if topic is not None \
            else (scorer_topic() if scoring else frozenset())
        if self._topic_langs is not None and not self._topic_langs:
            names = [n for n in names if n != "topic"]
        unknown = [n for n in names if n not in REGISTRY]
        if unknown:
            raise ValueError(f"unknown pipeline component(s): {', '.join(unknown)} (known: {', '.join(REGISTRY)})")
        self.components = names
        self.analysers = make_analysers(analyser)

    def __call__(self, article: Article) -> Doc:
        return self.finish(self.begin(article))

    def begin(self, article: Article) -> Doc:
        """Run the components before ``events`` (``finish`` runs the rest): in between, a caller
        with several articles may call ``parse_ahead`` on all of them."""
        from .language.detect import resolve_language

        where = article.origin or article.id
        if not article.text.strip():
            raise InputError(where, "empty article: no text to analyse")
        lang = resolve_language(article.text, article.lang, where)
        article.lang = lang
        doc = Doc(article, lang=lang)
        self._run(doc, self.components[:self._split])
        return doc

    def finish(self, doc: Doc) -> Doc:
        self._run(doc, self.components[self._split:])
        return doc

    @property
    def _split(self) -> int:
        return self.components.index("events") if "events" in self.components else len(self.components)

    def _run(self, doc: Doc, names: list[str]) -> None:
        kit = language_kit(doc.lang)
        for name in names:
            if name == "topic" and self._topic_langs is not None and doc.lang not in self._topic_langs:
                continue
            REGISTRY[name](doc, kit)
            if name == "segment":
                for analyse in self.analysers:
                    analyse(doc)

    def parse_ahead(self, docs: list[Doc]) -> None:
        """Parse in one batch the sentences of these begun documents that extraction will ask the
        parser for first; the events stay those of documents run one by one, only faster."""
        if "events" not in self.components or not self.analysers:
            return
        from .extract.analyser import analysis_of, parse_ahead

        wanted = [(d, _event_extractor(language_kit(d.lang)).parse_candidates(d)) for d in docs
                  if analysis_of(d) is not None and d.mentions]
        parse_ahead(wanted)

    def preload_parsers(self) -> None:
        """Load now the parsers of the languages seen so far, which otherwise load on the first
        sentence that needs a parse: a pool then forks workers that share them, a server answers at once."""
        for analyse in self.analysers:
            preload = getattr(analyse, "preload", None)
            if preload is not None:
                preload()

    def pipe(self, articles: Iterable[Article], batch: int = PARSE_BATCH) -> Iterator[Doc]:
        """The documents of ``articles`` in order, ``batch`` at a time begun, parsed together, finished."""
        it = iter(articles)
        while chunk := list(islice(it, batch)):
            docs = [self.begin(a) for a in chunk]
            if len(docs) > 1:
                self.parse_ahead(docs)
            for doc in docs:
                yield self.finish(doc)


def extract_events(text: str, published: date | None = None, lang: str | None = None, article_id: str = "") -> list[Event]:
    """Convenience: the events of one text (``lang`` None or "auto" detects it)."""
    return Pipeline()(Article(text, id=article_id, lang=lang, published=published)).events


def supported_languages() -> list[str]:
    return languages()
