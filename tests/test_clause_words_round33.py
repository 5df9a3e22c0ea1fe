"""The clause splitter's words are language data (round 33, review33): the relative pronouns, the articles of a date
apposition, "und"/"oder", "worden" and "um" come from ``clause_words`` in <lang>/lexicon.yaml, not from
extract/clauses.py. The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.clauses import ClauseWords, split_clauses
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _count(text: str, lang: str, words: ClauseWords) -> int:
    doc = Pipeline(components=["segment"])(Article(text, id="t", lang=lang))
    lex = load("lexicon", lang)
    return len(split_clauses(doc, 0, set(lex["clause_breaks"]), set(lex["weak_clause_breaks"]),
                             finite=set(lex.get("finite_auxiliaries") or []), words=words))


def _words(lang: str) -> ClauseWords:
    return ClauseWords.from_data(load("lexicon", lang).get("clause_words"))


def test_the_lexicon_gives_each_language_its_relative_pronouns() -> None:
    de, en = _words("de"), _words("en")
    assert {"die", "dessen"} <= de.relatives and "who" not in de.relatives
    assert {"who", "which"} <= en.relatives and "die" not in en.relatives
    assert de.date_articles == {"den", "dem"} and de.participle_auxiliaries == {"worden"}
    assert de.main_coordinators == {"und"} and de.phrase_coordinators == {"und", "oder"} and de.infinitive_openers == {"um"}


def test_a_comma_before_a_relative_pronoun_of_the_lexicon_opens_a_clause() -> None:
    text = "Die Polizei nahm die Männer fest, deren Wagen gebrannt hatte."
    assert _count(text, "de", _words("de")) == 2
    assert _count(text, "de", ClauseWords()) == 1  # no word list, no relative clause: the words are data only


def test_a_date_apposition_is_read_from_the_lexicon() -> None:
    text = "Am Samstag, den 09.04.2005, stürzte ein Flugzeug der Armee ab."
    assert _count(text, "de", _words("de")) == 1
    assert _count(text, "de", ClauseWords(relatives=_words("de").relatives)) == 2  # without date_articles: a relative
