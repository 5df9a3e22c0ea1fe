"""Round 23's speed-ups on the extraction path (issue 13), each the same answer as before: the German topic read takes
the rules' read's clauses, denials and attribution spans of a sentence (extract/sentence_reads.py) where its claim state
reads the same, instead of scanning the sentence again; the tokens inside dates that the alias finder leaves alone are
found by bisection. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract import sentence_reads
from lagebild.extract.name_context import _inside_dates
from lagebild.extract.sentence_reads import SPEAKER_REACH, SentenceReads, speaker_key
from lagebild.extract.speakers import ClaimState
from lagebild.model import Article, Attribution
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

TEXTS = ["Russland hat am Montag die Ukraine angegriffen. Der Sprecher sagte, man werde weiter kämpfen. "
         "Moskau bestritt das. Er sagte, die Truppen hätten die Grenze nicht überquert.\n\n"
         "Später griffen sie Kiew erneut an. Demnach wurden Häuser zerstört.",
         "Der Präsident sagte, die Armee werde die Stadt nicht angreifen. Die Truppen zogen danach ab.\n\n"
         "Nach Angaben der Regierung wurden zwei Dörfer beschossen. Sie bestreitet, Soldaten geschickt zu haben."]


def _att(name: str) -> Attribution:
    return Attribution(name, name, "RUS", "GOV", "sagte", 0, 5)


def test_the_speaker_key_sees_only_a_speaker_within_reach() -> None:
    state = ClaimState()
    assert speaker_key(state, 3) is None
    state.remember([_att("Moskau")], 2)
    assert speaker_key(state, 2 + SPEAKER_REACH) is not None
    assert speaker_key(state, 3 + SPEAKER_REACH) is None  # too old for every reader: reads as none
    other = ClaimState()
    other.remember([_att("Kiew")], 2)
    assert speaker_key(other, 4) != speaker_key(state, 4)


def test_each_read_gets_its_own_copies_and_the_state_as_the_scan_leaves_it() -> None:
    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article("Ein Satz.", lang="de"))
    reads = SentenceReads(doc, ("tables",))
    scans = []

    def scan(state: ClaimState) -> list[sentence_reads.AttributionSpan]:
        scans.append(1)
        said = [_att("Moskau")]
        state.remember(said, 0)
        return [sentence_reads.AttributionSpan(0, 1, 0, 2, said)]

    first_state = ClaimState()
    first = reads.attributions(0, first_state, lambda: scan(first_state))
    second_state = ClaimState()
    second = SentenceReads(doc, ("tables",)).attributions(0, second_state, lambda: scan(second_state))
    assert len(scans) == 1  # the second read of the same sentence under the same state: the first's answer
    assert second == first and second[0] is not first[0]
    assert second_state.last_speaker == first_state.last_speaker and second_state.last_speaker_sent == 0
    assert second_state.last_speaker[0] is second[0].attributions[0]  # shared as the scan shares them
    first[0].attributions[0].country = "UKR"  # a later change by the first read does not reach the kept answer
    third = SentenceReads(doc, ("tables",)).attributions(0, ClaimState(), lambda: scan(ClaimState()))
    assert third[0].attributions[0].country == "RUS"
    near = ClaimState()
    near.remember([_att("Kiew")], 0)
    SentenceReads(doc, ("tables",)).attributions(1, near, lambda: scan(near))
    assert len(scans) == 2  # another speaker within reach: scanned afresh


def test_the_topic_read_takes_the_rules_reads_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = _event_extractor(language_kit("de"))
    cues = type(extractor.cues)
    scanned: list[int] = []
    real = cues.attributions
    monkeypatch.setattr(cues, "attributions", lambda self, doc, sent, *a, **k: scanned.append(sent) or real(
        self, doc, sent, *a, **k))
    doc = Pipeline(analyser="rules", scorer=False)(Article(TEXTS[0], lang="de"))
    first = len(scanned)
    assert first == len(doc.sentences)
    reader = extractor.for_document()
    reader._extract(doc)  # a second read from a fresh state: every sentence's state reads as the first's
    assert len(scanned) == first


def test_the_same_events_with_and_without_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = Pipeline(analyser="rules", scorer=True)

    def events() -> list[str]:
        return [repr(e) for text in TEXTS for e in pipe(Article(text, lang="de")).events]

    with_memo = events()

    def no_memo_clauses(self: SentenceReads, sent: int, split, deny):  # type: ignore[no-untyped-def]
        clauses = split()
        return clauses, deny(clauses)

    monkeypatch.setattr(SentenceReads, "clauses", no_memo_clauses)
    monkeypatch.setattr(SentenceReads, "attributions", lambda self, sent, state, read: read())
    assert events() == with_memo


def test_the_tokens_inside_dates_are_those_the_per_token_test_finds() -> None:
    doc = Pipeline(["segment", "dates"], analyser="rules", scorer=False)(Article(
        "Am Montag, dem 3. März 2025, trafen sich die Minister. Seit Anfang November gilt das Verbot bis Ende des Jahres.",
        lang="de", published=date(2025, 3, 5)))
    assert len(doc.dates) >= 3
    want = {i for i, t in enumerate(doc.tokens) if any(d.start <= t.start and t.end <= d.end for d in doc.dates)}
    assert _inside_dates(doc) == want and want


def test_a_parse_asked_for_after_the_batch_sets_no_thread_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Recording a sentence parsed ahead needs no BLAS thread limit (threadpoolctl's set and restore cost as much as
    the record): only a sentence parsed then and there enters it. The events stay those of articles read alone."""
    from lagebild.extract import analyser

    monkeypatch.delenv("LAGEBILD_ANALYSER", raising=False)
    if analyser.default_analyser("en") is None:
        pytest.skip("the English parse model is not installed")
    texts = ["Russia attacked Ukraine on Monday. France condemned the attack.",
             "Police arrested two men in Berlin. Germany expelled a diplomat."]
    alone = [Pipeline(analyser="default")(Article(t, id=str(k), lang="en")).events for k, t in enumerate(texts)]
    limits: list[int] = []
    pipe = Pipeline(analyser="default")
    pipe.preload_parsers()
    parser = next(a for a in pipe.analysers)
    docs = [pipe.begin(Article(t, id=str(k), lang="en")) for k, t in enumerate(texts)]
    spacy_analyser = analyser.analysis_of(docs[0]).parser.get()  # type: ignore[union-attr]
    real = spacy_analyser.blas.one_thread
    monkeypatch.setattr(spacy_analyser.blas, "one_thread", lambda: limits.append(1) or real())
    pipe.parse_ahead(docs)
    assert parser is not None and len(limits) == 1  # the batch
    assert [pipe.finish(d).events for d in docs] == alone and len(limits) == 1


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("de", "Zweihundertfünfzig Soldaten und Zehntausende Menschen, mindestens 3.000 Polizisten und ein Dutzend Panzer.",
     [250.0, 20000.0, 3000.0, 12.0]),
    ("en", "Two hundred troops, tens of thousands of people, 1,500 police and a dozen tanks.",
     [200.0, 20000.0, 1500.0, 12.0])])
def test_quantities_skip_only_words_that_are_no_number(lang: str, text: str, values: list[float]) -> None:
    """find_quantities asks parse_number only of a token that starts with a digit, is a number word or may start a
    joined one (numbers._may_start): the quantities stay, and every token it skips is no number."""
    from lagebild.language.numbers import _data, _may_start, find_quantities, parse_number

    doc = Pipeline(["segment"], analyser="rules", scorer=False)(Article(text, lang=lang))
    assert [q.value for q in find_quantities(doc)] == values
    d = _data(lang)
    asked = [t.text for t in doc.tokens if _may_start(t.text, t.lower, d)]
    # the nouns are never asked; every number token is
    assert not {"Soldaten", "Menschen", "Polizisten", "Panzer", "troops", "people", "police", "tanks"} & set(asked)
    assert [t for t in asked if parse_number(t, lang) is not None] == [
        t.text for t in doc.tokens if t.text[:1].isdigit() or parse_number(t.text, lang) is not None]
