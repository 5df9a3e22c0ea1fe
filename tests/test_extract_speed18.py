"""Round 18's speed-ups on the extraction path (issue 13), each the same answer as before: the quotation scan
that visits only the marks, the one scan over all of a verb's context words, and the guess which English
sentences the speaker rules will parse (parsed ahead in a batch). Sentences written for these tests."""

from __future__ import annotations

from lagebild import pipeline as pl
from lagebild.extract.quote_marks import QuoteMarks
from lagebild.knowledge.resources import load
from lagebild.model import Article, Doc


def _spans_per_character(marks: QuoteMarks, text: str) -> list[tuple[int, int]]:
    """The scan as it was before round 18: every character compared with the marks."""
    out: list[tuple[int, int]] = []
    depth, start, toggle_open = 0, -1, -1
    for k, ch in enumerate(text):
        if ch in marks.open:
            if depth == 0 and toggle_open < 0:
                start = k
            depth += 1
        elif ch in marks.close and depth > 0:
            depth -= 1
            if depth == 0 and toggle_open < 0:
                out.append((start, k + 1))
        elif ch in marks.toggle and depth == 0:
            if toggle_open < 0:
                toggle_open = k
            else:
                out.append((toggle_open, k + 1))
                toggle_open = -1
    return out


def test_quotation_spans_read_only_the_marks_and_pair_them_as_before() -> None:
    texts = ["„Wir bleiben“, sagte sie. „Noch „ein“ Satz“ und \"ein anderer\" Satz.",
             "He said \"we stay\" and “we go” today, then “one more",
             "Keine Anführungszeichen hier, nur [Klammern] und ein Strich - und ein ^ Zeichen.",
             ""]
    for lang in ("de", "en"):
        marks = QuoteMarks.from_data(load("claims", lang))
        for text in texts:
            assert marks.spans(text) == _spans_per_character(marks, text)
    odd = QuoteMarks(("<<", "]"), ("-",), ("^",), frozenset(), frozenset(), frozenset())
    text = "a ]b- c << d ^e^ -"
    assert odd.spans(text) == _spans_per_character(odd, text) == [(2, 5), (13, 16)]


def _begun(text: str, lang: str) -> Doc:
    return pl.Pipeline(analyser="rules").begin(Article(text, lang=lang))


def test_one_union_holds_every_context_word_of_a_verbs_rules() -> None:
    ex = pl._event_extractor(pl.language_kit("en"))
    lemma = max(ex.by_verb, key=lambda v: sum(bool(r.with_any) for r in ex.by_verb[v]))  # "open": fifty rules
    rules = ex.by_verb[lemma]
    words, suffixes = ex._with_any_union(rules)
    assert all(r.with_any <= words and set(r.with_any_tuple) <= set(suffixes) for r in rules)
    assert ex._with_any_union(list(rules))[1] is suffixes  # one union per rule list, reused


def test_the_speaker_parse_is_guessed_for_a_long_english_speaker_phrase_only() -> None:
    ex = pl._event_extractor(pl.language_kit("en"))
    speech = ex.cues.speech_verbs

    def lemma_of(t: object) -> str | None:
        return next((w for w in (t.lemma, t.lower) if w in speech), None)  # type: ignore[attr-defined]

    long_phrase = _begun("The spokesman of the regional water authority in the north said the dam was safe.", "en")
    short_phrase = _begun("Police said the dam was safe.", "en")
    assert ex.cues.speakers.may_parse(long_phrase, 0, lemma_of)
    assert not ex.cues.speakers.may_parse(short_phrase, 0, lemma_of)
    de = pl._event_extractor(pl.language_kit("de"))
    german = _begun("Der Sprecher der regionalen Wasserbehörde im Norden sagte, der Damm sei sicher.", "de")
    assert not de.cues.speakers.may_parse(german, 0, lemma_of)
