"""Title-case headlines read as sentences: "Poland Expels Belarusian Diplomats" reads as one long name, so the act
it states is lost; the trigger finder and the parser read such a line with its act and function words lowered.

Only token texts and the parse text change (same lengths, so offsets hold): names keep their capitals, and the article
text stays as written. The words lowered are the language's trigger words (verbs, nouns, object words) and its
lexicon's ``headline_case.function_words``; a language without that entry (German capitalises its nouns) is left alone.
"""

from __future__ import annotations

from ..knowledge.resources import derived_cache, load
from ..model import Doc

_ENDERS = frozenset(".!?;:…\"”'’)")


@derived_cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], int, str]:
    """(words to lower, words a headline may leave lower-case, fewest words of a headline, what a comma between two
    opening names is read as: "Japan, South Korea Sign Pact", empty: left alone) of ``lang``; empty where the lexicon
    has no ``headline_case`` entry."""
    cfg = (load("lexicon", lang, default={}) or {}).get("headline_case") or {}
    if not cfg:
        return frozenset(), frozenset(), 0, ""
    from .triggers import load_triggers

    acts: set[str] = set()
    for rule in load_triggers(lang).get("rules") or []:
        for key in ("verbs", "nouns", "with_any"):
            acts.update(w.lower() for w in rule.get(key) or [] if isinstance(w, str) and w.isalpha())
    function = frozenset(w.lower() for w in cfg.get("function_words") or [])
    return frozenset(acts) | function, function, int(cfg.get("min_words") or 3), str(cfg.get("comma_and") or "")


def _is_headline(words: list[str], small: frozenset[str], fewest: int) -> bool:
    """Every word capitalised but the small function words a title may leave lower-case, and enough words."""
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) >= fewest and all(w[:1].isupper() or w.lower() in small for w in alpha) \
        and sum(1 for w in alpha if w[:1].isupper() and not w.isupper()) >= 2


def lower_headlines(doc: Doc) -> None:
    """Lower the act and function words of each title-case headline line (no final punctuation) in ``doc.tokens``: the
    trigger finder takes a capitalised word inside a sentence for a name. Words inside a mention stay as they are ("Free
    Syrian Army"); a comma between two names opening any such line is read as "and" (``comma_and``); the article text
    is not touched."""
    lower, small, fewest, mark = _words(doc.lang)
    if not lower:
        return
    named = {i for m in doc.mentions for i in range(m.tok_start, m.tok_end)}
    ends = {m.tok_start: m.tok_end for m in sorted(doc.mentions, key=lambda m: m.tok_end)}  # the longest from a start
    for s in doc.sentences:
        text = doc.text[s.start:s.end].rstrip()
        toks = doc.tokens[s.tok_start:s.tok_end]
        if not text or text[-1] in _ENDERS:
            continue
        comma = ends.get(s.tok_start, s.tok_end)  # "Japan, South Korea Sign ...": the comma after an opening name
        if mark and comma + 1 < s.tok_end and doc.tokens[comma].text == "," and comma + 1 in ends:
            doc.tokens[comma].text = mark  # a headline's "and"; the parse then coordinates the two doers
        if not _is_headline([t.text for t in toks], small, fewest):
            continue
        for k, t in enumerate(toks, s.tok_start):
            w = t.text
            if k not in named and w[:1].isupper() and not w.isupper() and (w.lower() in lower or t.lemma in lower):
                t.text = w.lower()


def parse_text(doc: Doc, sent: int) -> str:
    """The text of sentence ``sent`` as the parser reads it: the article's, with the words ``lower_headlines`` lowered."""
    s = doc.sentences[sent]
    text = doc.text[s.start:s.end]
    changed = [t for t in doc.tokens[s.tok_start:s.tok_end]
               if len(t.text) == t.end - t.start and t.text != doc.text[t.start:t.end]]
    if not changed:
        return text
    chars = list(text)
    for t in changed:
        chars[t.start - s.start:t.end - s.start] = t.text
    return "".join(chars)
