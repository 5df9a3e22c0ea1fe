"""German relative clauses: whom the relative pronoun stands for. A subject pronoun (", die ... ablehnen") makes the
antecedent the doer, an object pronoun (", dem X Betrug vorwirft", ", den die Polizei festnahm") the one acted on."""

from __future__ import annotations

from ..model import Doc, Mention
from .clauses import actors_before_comma
from .roles_de import CaseWords, feminine_noun


def relative_start(doc: Doc, start: int, words: CaseWords) -> bool:
    """A clause opened by a subject relative pronoun after a comma (", der die Frau tötete"): after a subordinate
    clause its pronoun points into that clause, never at the main clause's subject ("urteilte ein Gericht, dass der
    53-Jährige, der die Frau tötete, ...")."""
    toks = doc.tokens
    return 1 <= start < len(toks) and toks[start - 1].text == "," and toks[start].lower in words.subject_relatives


def antecedent_words(doc: Doc, start: int, words: CaseWords, span: int = 3) -> set[str]:
    """The lower-case words of the noun phrase just before the comma of a subject relative clause at ``start``
    (", die am Sonntag gesperrt worden war" after "Die Ostautobahn A4"): what the clause tells of; empty otherwise."""
    if not relative_start(doc, start, words):
        return set()
    toks, first = doc.tokens, doc.sentences[doc.tokens[start].sent].tok_start
    out: set[str] = set()
    for j in range(start - 2, max(first, start - 2 - span) - 1, -1):
        if not toks[j].text[:1].isalnum():
            break
        out.add(toks[j].lower)
    return out


def relative_antecedent(doc: Doc, start: int, opener: str | None, sentence: list[Mention],
                        actors: list[Mention], words: CaseWords) -> Mention | None:
    """In a relative clause whose pronoun is its subject (", die ebenfalls einen Beitritt der Türkei
    ablehnen"), the doer is the antecedent: the actor just before the comma. When an actor follows the
    pronoun at once (", die Russland beliefert haben soll"), that actor is the subject instead, unless "der" follows
    a masculine antecedent ("die Vorwürfe des Irans, der Syrien Angriffe vorwirft": "der" is nominative there)."""
    toks = doc.tokens
    if opener not in words.subject_relatives or start < 1 or toks[start - 1].text != "," or toks[start].lower != opener:
        return None
    before = actors_before_comma(sentence, start - 1)
    if any(m.tok_start == start + 1 and m.preposition is None for m in actors) and not (
            before and opener in words.oblique_feminine_articles and masculine(doc, before[-1], words)):
        return None
    if before and opener in words.oblique_feminine_articles and feminine_noun(toks[before[-1].tok_end - 1].lower, words):
        return None  # "die Türkei, der Syrien Angriffe vorwirft": "der" after a feminine noun is its dative
    return before[-1] if before else None


def masculine(doc: Doc, m: Mention, words: CaseWords) -> bool:
    """"des Irans", "den Präsidenten", "einem Minister": an article of the masculine or neuter singular just before or
    at the head of the phrase."""
    toks = doc.tokens
    return any(toks[j].lower in words.masculine_articles for j in (m.tok_start - 1, m.tok_start) if 0 <= j < len(toks))


def object_relative_antecedent(doc: Doc, start: int, opener: str | None, sentence: list[Mention],
                               words: CaseWords) -> Mention | None:
    """', dem die Staatsanwaltschaft Betrug vorwirft', ', den die Polizei festnahm': a relative clause whose pronoun is
    its object is about its antecedent, the actor just before the comma; "der" after a feminine one is its dative
    ("die Ministerin, der Russland Spionage vorwirft")."""
    toks = doc.tokens
    if opener is None or start < 1 or toks[start - 1].text != "," or toks[start].lower != opener:
        return None
    before = actors_before_comma(sentence, start - 1)
    if not before:
        return None
    if opener in words.object_relatives or (opener in words.oblique_feminine_articles
                                            and feminine_noun(toks[before[-1].tok_end - 1].lower, words)):
        return before[-1]
    return None
