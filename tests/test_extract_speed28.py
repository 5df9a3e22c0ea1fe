"""Round 28's speed-ups (issue 14), each the same answer as before: the blank tokenizer reads a text line by line (spaCy
caches a word's tokens only before a document's first special case, and a line break is one). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lagebild.language import segment as sg


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("text", [
    "Troops withdraw\nThe U.S. army didn't move on Monday.\n\nTalks began in Vienna.\n",
    "A.\n B\n\n\tC \nD\xa0\nE:)\nF\r\nG",
    "\nLeading break, then words.\n",
])
def test_line_by_line_gives_the_whole_texts_tokens(lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = sg.tokenizer(lang)
    whole = sg._offsets(nlp, text, 0)
    calls: list[str] = []

    def counted(nlp_: object, piece: str, shift: int) -> list[tuple[str, int, str]]:
        calls.append(piece)
        return whole_offsets(nlp_, piece, shift)

    whole_offsets = sg._offsets
    monkeypatch.setattr(sg, "_offsets", counted)
    assert sg.spacy_tokens(lang, text) == whole
    assert "".join(calls) == text and len(calls) == len(sg._LINE_START.findall(text)) + 1 > 1


def test_no_cut_where_a_special_case_holds_whitespace(monkeypatch: pytest.MonkeyPatch) -> None:
    class Rules:
        rules = {"a\nb": [{65: "a\nb"}]}

    class Nlp:
        tokenizer = Rules()

    sg._cuts_at_lines.cache_clear()
    monkeypatch.setattr(sg, "tokenizer", lambda lang: Nlp())
    try:
        assert not sg._cuts_at_lines("en")
    finally:
        sg._cuts_at_lines.cache_clear()


def test_tokenizer_caches_more_word_forms() -> None:
    assert sg.tokenizer("de").tokenizer.max_cache_size >= sg.TOKENIZER_CACHE >= 100_000


def test_english_words_skip_the_german_participle_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.extract.trigger_finder import TriggerFinder
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    calls: list[int] = []
    original = TriggerFinder._attributive

    def counted(self: TriggerFinder, doc: object, i: int, clause: object) -> bool:
        calls.append(i)
        return original(self, doc, i, clause)  # type: ignore[arg-type]

    monkeypatch.setattr(TriggerFinder, "_attributive", counted)
    pipe = Pipeline(analyser="rules")
    doc = pipe(Article("Russian troops attacked the city and the police detained twelve protesters.", lang="en"))
    assert doc.events and not calls
    pipe(Article("Die Polizei nahm die protestierenden Studenten in Berlin fest.", lang="de"))
    assert calls
