#!/usr/bin/env python3
"""Why no trigger of the gold type fired: the "none" losses of eval/recall_stages.py, sorted into classes.

Round 10 added words and nothing carried, so this asks what KIND of loss each is (rules only, no scorer):
  confusion  a trigger of another type fired in the sentence (the pair gold<-ours is counted);
  guard      a word of the sentence has a rule of the gold type (verb lemma, noun, compound head), but a context
             rule or guard dropped it; apart from it:
  prep       ... the word is a noun after a preposition that marks a known event ("nach dem Anschlag", "bei seinem
             Besuch", "über das Treffen": trigger_finder._blocked) or a genitive ("Seit Beginn der Luftangriffe");
  cue        ... the word is a verb whose gold-type rules all need a cue word the clause lacks ("bezeichnete ... als");
  split      a verb of the gold type exists only as particle + stem, and the particle is elsewhere in the sentence
             (the lemma joiner missed the split particle verb);
  compound   a capitalised word holds a trigger noun of the gold type inside it (not as its head, or its head is
             refused: "Raketenangriffs", "Angriffswelle");
  stem       a word shares a gold-type verb's stem (a participle, infinitive or inflection the lemmatiser missed);
  no-word    none of these: the act is told by a word with no rule of that type, or only implied.

    python3 eval/trigger_misses.py --half dev --lang de --show    # each loss with its class and sentence
    python3 eval/trigger_misses.py --set dev2 --lang de --show     # dev2's parts but the carry checks
    python3 eval/trigger_misses.py --half test --lang de           # counts only
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from news_gold import GOLD  # noqa: E402
from recall_stages import _record_candidates, articles, stage_of  # noqa: E402

from lagebild.model import Article, Doc  # noqa: E402
from lagebild.pipeline import Pipeline, _event_extractor, language_kit  # noqa: E402


class _Pass:
    """A reading component that reads nothing: every candidate passes (for :func:`which_guard`). Each method names
    the argument it hands back: the English readings take the parse after the rules, so "the last argument" was an
    ``Analysis`` there, and the trigger search crashed on it."""

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def verb(self, doc: object, i: int, start: int, end: int, lemma: str, candidates: list, *rest: object) -> list:
        return candidates

    def noun(self, *args: object) -> object:
        return args[-1]  # German readings_de.noun: the rules come last

    def cued(self, doc: object, start: int, end: int, word: str, rules: list | None) -> list | None:
        return rules

    def noun_ok(self, *args: object) -> bool:
        return True

    def verb_ok(self, *args: object, **kwargs: object) -> bool:
        return True

    def false_head(self, *args: object) -> bool:
        return False


# the context checks of trigger_finder.TriggerFinder.triggers, each switched off alone to find which one drops a word
_GUARDS: dict[str, tuple[str, object]] = {
    "attributive": ("_attributive", lambda *a: False),
    "blocked-noun": ("_blocked", lambda *a: False),
    "own-actor": ("_own_actor", lambda *a: True),
}


def which_guard(ex: object, doc: Doc, sents: set[int], types: set[str]) -> str:
    """The first context check whose removal lets a trigger of ``types`` fire in the sentences ("outside": it fires
    with all checks on, so a filter after the trigger search drops it: a complement head, a denial, a cue token)."""
    from lagebild.extract.clauses import Fronted, split_clauses

    def fires(reader: object) -> bool:
        r: Any = reader
        fronted = Fronted(r.fronted_openers, lambda j: r._finite_after(doc, j)) if r.fronted_openers else None
        for s in doc.sentences:
            if s.i not in sents:
                continue
            # the clauses as events.py cuts them (the English parse's verb test included)
            for c in split_clauses(doc, s.i, r.breaks, r.weak, r.determiners, r.comma_breaks, r.finite,
                                   r.infinitive_markers, r.phrase_words, r.adverb_breaks, r.cues.conditions,
                                   fronted, r.relative_preps, r._weak_verb(doc, s.i)):
                if any(t.rule.type in types for t in r.triggers(doc, c)):
                    return True
        return False

    base = copy.copy(ex)
    base._index(doc)  # type: ignore[attr-defined]
    base._cue_toks = set()  # type: ignore[attr-defined]
    if fires(base):
        return "outside"
    for name, (attr, stub) in _GUARDS.items():
        reader = copy.copy(base)
        setattr(reader, attr, stub)
        if fires(reader):
            return name
    for name, attr in (("readings-de", "readings_de"), ("parse-check", "syntax"), ("type-context", "type_context")):
        reader = copy.copy(base)
        if attr == "readings_de":
            reader.readings_de = _Pass(base.readings_de)  # type: ignore[attr-defined]
        elif attr == "syntax":  # English: the parse calls the word a name or no verb (roles_en verb_ok / noun_ok)
            if base.syntax is None:  # type: ignore[attr-defined]
                continue
            reader.syntax = _Pass(base.syntax)  # type: ignore[attr-defined]
        else:
            ctx = copy.copy(base.type_context)  # type: ignore[attr-defined]
            object.__setattr__(ctx, "apply", lambda doc, start, out, parse=None: out)
            object.__setattr__(ctx, "conditions", lambda doc, parse, out: out)
            object.__setattr__(ctx, "compound_rules", lambda doc, i, start, rules: rules)
            object.__setattr__(ctx, "readings", _Pass(ctx.readings))
            reader.type_context = ctx  # type: ignore[attr-defined]
        if fires(reader):
            return name
    return "other"


def _types_of(rules: list | None) -> set[str]:
    return {r.type for r in rules or []}


def lexical(ex: object, doc: Doc, sents: set[int], types: set[str]) -> dict[str, list[str]]:
    """The words of the sentences that the trigger data could read as one of ``types``, by way of reading."""
    found: dict[str, list[str]] = {"guard": [], "prep": [], "cue": [], "split": [], "compound": [], "stem": []}
    toks = [t for s in doc.sentences if s.i in sents for t in doc.tokens[s.tok_start:s.tok_end]]
    lows = {t.lower for t in toks}
    heads = sorted(ex.noun_head_index.words, key=len, reverse=True)  # type: ignore[attr-defined]  # longest first
    forms = ex.cues.verb_forms  # type: ignore[attr-defined]
    stems = {v[:-2] if v.endswith("en") else v[:-1]: v for v, rs in ex.by_verb.items()  # type: ignore[attr-defined]
             if _types_of(rs) & types and len(v) >= 6}
    for k, t in enumerate(toks):
        low = t.lower
        cands = {t.lemma, low, forms.get(low)}
        rules = [r for c in cands if c for r in ex.by_verb.get(c, []) if r.type in types]  # type: ignore[attr-defined]
        if rules:
            found["cue" if all(r.with_any for r in rules) else "guard"].append(t.text)
            continue
        if ex.lang != "de" and _types_of(ex.by_noun.get(low)) & types:  # type: ignore[attr-defined]
            # English nouns are lower case: "the attack", "sanctions" (no compound heads)
            before = {b.lower for b in toks[max(0, k - 4):k]}
            found["prep" if before & ex.nominal_blockers else "guard"].append(t.text)  # type: ignore[attr-defined]
            continue
        if t.text[:1].isupper() and ex.lang == "de":
            head = low if _types_of(ex.by_noun.get(low)) & types \
                else ex.noun_head_index.longest_ending(low, 3)  # type: ignore[attr-defined]
            if head and _types_of(ex.by_noun.get(head)) & types:  # type: ignore[attr-defined]
                before = {b.lower for b in toks[max(0, k - 4):k]}
                after = toks[k - 1].lower if k else ""
                prep = before & ex.nominal_blockers or after in ex.genitive_links  # type: ignore[attr-defined]
                found["prep" if prep else "guard"].append(t.text if head == low else f"{t.text}<{head}>")
                continue
            inner = next((h for h in heads if h in low and not low.endswith(h)
                          and _types_of(ex.by_noun.get(h)) & types), None)  # type: ignore[attr-defined]
            if inner:
                found["compound"].append(f"{t.text}<{inner}>")
                continue
        for p in ex.particles:  # type: ignore[attr-defined]
            if p in lows and _types_of(ex.by_verb.get(p + (forms.get(low) or t.lemma))) & types:  # type: ignore[attr-defined]
                found["split"].append(f"{p}+{t.text}")
                break
        else:
            stem = next((s for s in stems if len(low) >= len(s) and s in low and not t.text[:1].isupper()), None)
            if stem:
                found["stem"].append(f"{t.text}~{stems[stem]}")
    return found


def classify(ex: object, doc: Doc, sents: set[int], gold: dict, cands: list) -> tuple[str, str]:
    """The class of one "none" loss and a short note (the words or the confused pair)."""
    types = set(gold["types"])
    hits = lexical(ex, doc, sents, types)
    for cls in ("guard", "prep", "split"):
        if hits[cls]:
            return cls, f"{which_guard(ex, doc, sents, types)}: " + " ".join(hits[cls])
    other = sorted({c[1] for c in cands if c[1] not in types})
    if other:
        return "confusion", f"{'/'.join(sorted(types))}<-{'/'.join(other)}"
    for cls in ("compound", "stem", "cue"):
        if hits[cls]:
            return cls, " ".join(hits[cls])
    return "no-word", ""


def loss_args(doc: str | None) -> argparse.Namespace | None:
    """The options of a loss report over news-gold or dev2 (None, with one line said, where they cannot be served):
    shared with eval/multi_events.py, so both refuse test-half detail the same way."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold")
    ap.add_argument("--parts", help="dev2 parts, comma-separated (default: all but the carry checks)")
    ap.add_argument("--show", action="store_true", help="print each loss with its class and sentence (dev only)")
    args = ap.parse_args()
    if args.set == "news-gold" and not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}: nothing to classify", file=sys.stderr)
        return None
    if args.show and (args.half != "dev" and args.set == "news-gold"):
        print("--show is for the dev half only (never read test-half errors to tune)", file=sys.stderr)
        return None
    return args


def loss_docs(args: argparse.Namespace, log: list) -> Iterator[tuple[str, dict, str, Doc]]:
    """(id, gold, text, rules-only Doc) of the chosen set, ``log`` holding each document's trigger candidates."""
    _record_candidates(log)
    pipe = Pipeline(scorer=False)
    parts = [p.strip() for p in args.parts.split(",")] if args.parts else None
    for stem, g, text in articles(args.set, args.lang, args.half, parts if args.set == "dev2" else None):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        yield stem, g, text, pipe(Article(text, id=stem, lang=args.lang, published=published))


def main() -> int:
    args = loss_args(__doc__)
    if args is None:
        return 2
    log: list = []
    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    guards: Counter[str] = Counter()  # which check drops a word with a rule of the gold type
    parts = [p.strip() for p in args.parts.split(",")] if args.parts else None
    total = 0
    for stem, g, text, doc in loss_docs(args, log):
        ex = _extractor(args.lang)
        for ev in g["events"]:
            if ev.get("optional"):
                continue
            span = _span(text, ev.get("evidence") or "")
            if span is None:
                continue
            sents = {s.i for s in doc.sentences if s.start < span[1] and span[0] < s.end}
            cands = [c for c in log if c[0] in sents] + [(e.evidence_sentence, e.event_type, None, None, True)
                                                         for e in doc.events if e.evidence_sentence in sents]
            if stage_of(ev, cands) != "none":
                continue
            total += 1
            cls, note = classify(ex, doc, sents, ev, cands)
            counts[cls] += 1
            if cls == "confusion":
                pairs[note] += 1
            elif cls in ("guard", "prep", "split"):
                guards[note.split(":")[0]] += 1
            if args.show:
                sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
                print(f"[{cls}] {stem} {ev['id']} {ev['types']} {note}\n  {sent[:300]}")
    print(f"{args.lang} {args.set} {args.half if args.set == 'news-gold' else ','.join(parts or ['dev'])}: "
          f"{total} required events with no trigger of a gold type")
    for cls in ("confusion", "guard", "prep", "cue", "split", "compound", "stem", "no-word"):
        print(f"  {cls:10} {counts[cls]:4}")
    if guards:
        print("  dropped by (guard, prep, split): " + ", ".join(f"{k} {n}" for k, n in guards.most_common()))
    if pairs:
        print("  confused (gold<-ours): " + ", ".join(f"{k} {n}" for k, n in pairs.most_common()))
    return 0


def _extractor(lang: str) -> object:
    """The language's event extractor, the one the pipeline runs (its trigger data)."""
    return _event_extractor(language_kit(lang))


if __name__ == "__main__":
    sys.exit(main())
