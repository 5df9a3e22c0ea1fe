"""English trigger checks from the dependency parse: a word tagged or placed as no verb ("riot police", "called it a
mistake"), a noun trigger inside a name ("The War Zone") or a named conflict. Split from roles_en.py, which reads the
roles; both are parts of EnglishSyntax, built once per extractor and stateless."""

from __future__ import annotations

from ..model import Doc
from .analyser import Analysis


class EnglishTriggerChecks:
    """Mixin of EnglishSyntax: whether a trigger word acts as a verb or a noun of an act; the word lists are
    EnglishSyntax's, read from resources/en/lexicon.yaml."""

    needs_prep: dict[str, frozenset[str]]
    noun_positions: frozenset[str]

    def verb_ok(self, parse: Analysis, i: int, doc: Doc | None = None, lemma: str | None = None) -> bool:
        """A word tagged as a proper name or adjective is no verb trigger ("March", "Strike Group"), nor a noun
        with a determiner or modifier ("Russia's attacks"), nor a noun where only a noun stands (after a
        preposition, as subject, in a list: ``noun_positions``); a bare object noun stays a candidate: the rules
        read "tightened sanctions against X" well as a verb (measured on news-gold dev). A particle or a word that modifies
        a noun names no act of its own."""
        tag = parse.tags.get(i)
        if tag is None:
            return True
        if doc is not None and lemma in self.needs_prep and not any(
                parse.deps.get(c) in ("prep", "prt") and doc.tokens[c].lower in self.needs_prep[lemma]
                for c in parse.children.get(i, [])) and not self._clause_mark(doc, parse, i, self.needs_prep[lemma]):
            return False  # "called it a mistake", "called a meeting": naming or convening, no appeal
        if tag.startswith(("RB", "RP")) or parse.deps.get(i) in ("prt", "compound", "amod"):
            return False  # "fought back", "riot police", "strike group": an adverb, particle or modifier
        if tag.startswith("NN") and not tag.startswith("NNP") and parse.deps.get(i) in self.noun_positions:
            return False  # "fit them with gyms and bars", "heavy declines in revenues": a noun where no verb stands
        if tag.startswith("NN") and not tag.startswith("NNP"):  # "the attacks", "Russia's attacks": a noun phrase
            return not any(parse.deps.get(c) in ("det", "poss", "nummod", "compound") for c in parse.children.get(i, []))
        return not tag.startswith(("NNP", "JJ"))

    @staticmethod
    def _clause_mark(doc: Doc, parse: Analysis, i: int, words: frozenset[str]) -> bool:
        """"called for Georgian troops to withdraw": the parse makes "for" the mark of the verb's infinitive clause,
        not its preposition; the appeal is still there."""
        return any(parse.deps.get(c) in ("advcl", "ccomp", "xcomp") and any(
            parse.deps.get(m) == "mark" and doc.tokens[m].lower in words for m in parse.children.get(c, []))
            for c in parse.children.get(i, []))

    def noun_ok(self, doc: Doc, parse: Analysis, i: int) -> bool:
        """A noun trigger inside a name ("The War Zone", "Strike Group") or a named conflict
        ("the Russo-Ukrainian war") is no event."""
        if i not in parse.tags:
            return True
        if parse.tags.get(i, "").startswith("NNP"):
            return False
        head = parse.heads.get(i, i)
        if parse.deps.get(i) == "compound" and parse.tags.get(head, "").startswith("NN"):
            return False  # "carrier strike group", "a War Zone report": the noun modifies another one
        toks = doc.tokens
        for c in parse.children.get(i, []):  # "Russo-Ukrainian war", "Iran-Iraq war": a war by its name
            # (a capitalised modifier: "large-scale exercises", "US-led strikes" are no names)
            if parse.deps.get(c) in ("amod", "compound") and c > 0 and toks[c].text[:1].isupper() and any(
                    toks[j].text in ("-", "–") for j in range(max(0, c - 2), c)):
                return False
        return True
