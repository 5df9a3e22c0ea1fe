"""extract/generic_index.py: the one indexed "named before" lookup of context.fill_generic answers as a scan of every
mention would, for army nouns and other sectors alike, and sees a mention given a country after the index was built.
Documents built by hand here."""

from __future__ import annotations

import random
import time

from lagebild.extract.generic_index import NamedBefore, Objects, noun_stem
from lagebild.model import ActorRef, Article, Doc, Mention, Sentence, Token


def _doc(words: list[str], per_sentence: int = 4, per_paragraph: int = 2) -> Doc:
    """One token a word, sentences of ``per_sentence`` tokens, paragraphs of ``per_paragraph`` sentences."""
    toks, sents, pos = [], [], 0
    for i, w in enumerate(words):
        toks.append(Token(i, w, pos, pos + len(w), w.lower(), w.lower(), sent=i // per_sentence))
        pos += len(w) + 1
    for s in range(toks[-1].sent + 1):
        first, last = s * per_sentence, min(len(toks), (s + 1) * per_sentence)
        sents.append(Sentence(s, toks[first].start, toks[last - 1].end, first, last, paragraph=s // per_paragraph))
    return Doc(Article(" ".join(words)), "de", toks, sents)


def _mention(doc: Doc, start: int, end: int, country: str | None, sector: str | None, via: str,
             kind: str = "actor") -> Mention:
    text = " ".join(t.text for t in doc.tokens[start:end])
    return Mention(start, end, doc.tokens[start].start, doc.tokens[end - 1].end, text, kind,  # type: ignore[arg-type]
                   ActorRef(text, text, None, country, sector), via=via)


def _scan(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """The answer as round 23's scan of every mention gave it (context._named_before)."""
    toks = doc.tokens
    para = doc.sentences[toks[m.tok_start].sent].paragraph
    for p in reversed(mentions):
        if p.tok_end > m.tok_start or doc.sentences[toks[p.tok_start].sent].paragraph < para - 1 \
                or p.kind != "actor" or p.actor is None or not p.actor.country or p.actor.sector != m.actor.sector \
                or p.via.startswith("sector") or p.tok_end - p.tok_start < 2:  # type: ignore[union-attr]
            continue
        if noun_stem(toks[p.tok_end - 1].lower) == noun_stem(toks[m.tok_end - 1].lower):
            return p.actor.country
    return None


def test_the_latest_body_of_the_same_sector_and_noun_in_reach() -> None:
    words = ("Saudische Sicherheitskräfte schossen . Jemenitische Soldaten flohen . Die Sicherheitskräften kamen . "
             "Weiter nichts . Noch nichts . Die Sicherheitskräfte gingen .").split()
    doc = _doc(words)
    ms = [_mention(doc, 0, 2, "SAU", "POL", "adjective+head"), _mention(doc, 4, 6, "YEM", "MIL", "adjective+head"),
          _mention(doc, 9, 10, None, "POL", "sector"), _mention(doc, 21, 22, None, "POL", "sector")]
    index = NamedBefore(doc, ms)
    assert index.country(ms[2]) == "SAU"  # dative plural, same body, same paragraph
    assert index.country(ms[3]) is None  # two paragraphs on: as often another country's
    assert NamedBefore(doc, [ms[1], _mention(doc, 9, 10, None, "MIL", "sector")]).country(ms[2]) is None  # other noun


def test_a_mention_given_a_country_later_is_named_for_those_after_it() -> None:
    doc = _doc("Präsident Karzai sprach . Präsident Karzai kam .".split())
    first, second = _mention(doc, 0, 2, None, "GOV", "appositive"), _mention(doc, 5, 6, None, "GOV", "sector")
    ms = [first, second]
    index = NamedBefore(doc, ms)
    assert index.country(second) is None
    first.actor.country, first.via = "AFG", "appositive+name"  # type: ignore[union-attr]
    index.note(0, first)
    assert index.country(second) == "AFG" == _scan(doc, second, ms)


def test_the_index_answers_as_the_scan_on_random_articles() -> None:
    rng = random.Random(24)
    nouns = ["Soldaten", "Armee", "Polizei", "Regierung", "Sicherheitskräften", "Sicherheitskräfte"]
    for _ in range(60):
        words = [rng.choice(nouns) for _ in range(60)]
        doc = _doc(words, per_sentence=rng.randint(2, 6), per_paragraph=rng.randint(1, 3))
        ms, j = [], 0
        while j < len(words) - 2:
            n = rng.choice((1, 2, 2, 3))
            ms.append(_mention(doc, j, j + n, rng.choice((None, "AFG", "PAK")), rng.choice(("MIL", "POL")),
                               rng.choice(("sector", "adjective+head", "org", "sector+article"))))
            j += n + rng.randint(0, 2)
        index = NamedBefore(doc, ms)
        for m in ms:
            assert index.country(m) == _scan(doc, m, ms)


def test_the_lookups_stay_linear() -> None:
    """Thousands of "Soldaten" after a named army: each answer reads no more than the few that can answer it."""
    n = 20000
    doc = _doc(["Afghanische", "Soldaten"] + ["Soldaten"] * n, per_sentence=10, per_paragraph=n)
    ms = [_mention(doc, 0, 2, "AFG", "MIL", "adjective+head")] + [
        _mention(doc, k, k + 1, None, "MIL", "sector") for k in range(2, n + 2)]
    began = time.perf_counter()
    index, objects = NamedBefore(doc, ms), Objects.of(doc, ms)
    assert all(index.country(m) == "AFG" for m in ms[1:]) and not objects.by_sent
    assert time.perf_counter() - began < 5.0
