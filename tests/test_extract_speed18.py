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


def _snapshot(obj: object, seen: dict[int, int] | None = None) -> object:
    """Everything reachable from ``obj`` as plain values (containers and object attributes by value, each object
    once): two snapshots are equal only if nothing in between was added, removed or rebound anywhere inside."""
    seen = {} if seen is None else seen
    if obj is None or isinstance(obj, (str, bytes, int, float, bool)):
        return obj
    if id(obj) in seen:
        return ("seen", seen[id(obj)])
    seen[id(obj)] = len(seen)
    if isinstance(obj, dict):
        return ("dict", [(_snapshot(k, seen), _snapshot(v, seen)) for k, v in obj.items()])
    if isinstance(obj, (list, tuple)):
        return (type(obj).__name__, [_snapshot(v, seen) for v in obj])
    if isinstance(obj, (set, frozenset)):
        return (type(obj).__name__, sorted(map(repr, obj)))
    fields = dict(vars(obj)) if hasattr(obj, "__dict__") else {}
    for cls in type(obj).__mro__:
        fields.update({k: getattr(obj, k) for k in getattr(cls, "__slots__", ()) if hasattr(obj, k)})
    if not fields:
        return (type(obj).__name__, repr(obj))  # a compiled pattern, a function: immutable for this purpose
    return (type(obj).__name__, [(k, _snapshot(v, seen)) for k, v in sorted(fields.items())])


def test_the_extractor_is_the_same_before_and_after_reading_a_batch() -> None:
    """Built once, then only read: no memo on it (nor on its cues) fills up while documents are extracted; a
    document's memos live on its own copy (ExtractorSetup.for_document)."""
    texts = {"de": ["Russland griff am Montag die Ukraine an. Der Kanzler verurteilte die Angriffe scharf.",
                    "Die Polizei nahm in Berlin zwei Verdächtige fest, Demonstranten protestierten vor dem Rathaus.",
                    "Die Verteidigungszusammenarbeit mit Frankreich soll ausgebaut werden, teilte der Minister mit."],
             "en": ["Russia attacked Ukraine on Monday. The chancellor condemned the attacks.",
                    "Police arrested two suspects in Berlin as protesters demonstrated outside the town hall.",
                    "The president opened talks with China and threatened sanctions against Iran."]}
    pipe = pl.Pipeline(analyser="rules")
    for lang, batch in texts.items():
        pipe(Article(batch[0], lang=lang))  # built on first use
        ex = pl._event_extractor(pl.language_kit(lang))
        before = _snapshot(ex)
        events = [e for text in batch[1:] for e in pipe(Article(text, lang=lang)).events]
        assert events, "the batch does produce events"
        assert _snapshot(ex) == before


def test_a_verbs_union_holds_every_context_word_of_its_rules_and_stands_for_a_subset() -> None:
    ex = pl._event_extractor(pl.language_kit("en"))
    lemma = max(ex.by_verb, key=lambda v: sum(bool(r.with_any) for r in ex.by_verb[v]))  # "open": fifty rules
    rules = ex.by_verb[lemma]
    union = ex._with_any_union(lemma, rules)
    assert union is ex.verb_unions[lemma]
    assert all(r.with_any <= union.words and set(r.with_any_tuple) <= set(union.suffixes) for r in rules)
    assert ex._with_any_union(lemma, rules[1:3]) is union  # a reading left some of them: still the verb's union
    other = next(r for v, rs in ex.by_verb.items() if v != lemma for r in rs if r.with_any and r not in rules)
    own = ex._with_any_union(lemma, [other])  # a reading gave a rule of another verb: its own words
    assert own.words == other.with_any and own.fits({next(iter(other.with_any))})
    assert not ex._with_any_union(lemma, []).fits({"anything"})


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
