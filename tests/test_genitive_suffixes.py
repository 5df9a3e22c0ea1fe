"""genitive_de.object_genitive reads a name's bare genitive by the suffixes the lexicon gives (lexicon.yaml
``genitive_suffixes``), not by a hard-coded -s. Documents built by hand here."""

from __future__ import annotations

from pathlib import Path

import yaml

from lagebild.extract.genitive_de import object_genitive
from lagebild.extract.mention_lexicon import Lexicon
from lagebild.model import ActorRef, Article, Doc, Mention, Sentence, Token


def _doc(words: list[str]) -> Doc:
    toks, pos = [], 0
    for i, w in enumerate(words):
        toks.append(Token(i, w, pos, pos + len(w), w.lower(), w.lower(), sent=0))
        pos += len(w) + 1
    return Doc(Article(" ".join(words)), "de", toks, [Sentence(0, 0, toks[-1].end, 0, len(toks))])


def _name(doc: Doc, i: int, country: str) -> Mention:
    t = doc.tokens[i]
    return Mention(i, i + 1, t.start, t.end, t.text, "actor", ActorRef(t.text, t.text, country, country, None))


_RES = Path(__file__).resolve().parent.parent / "src" / "lagebild" / "resources"
_DETS = frozenset({"den", "die", "der"})
_LINKS = frozenset({"des", "der"})


def test_a_bare_genitive_is_read_by_the_suffixes_given() -> None:
    doc = _doc("Die EU-Staaten verurteilten den Angriff Russlands .".split())
    name = _name(doc, 5, "RUS")
    assert object_genitive(doc, name, 0, [name], _DETS, _LINKS, ("s",))
    assert not object_genitive(doc, name, 0, [name], _DETS, _LINKS, ())  # a language whose names take no genitive -s
    assert not object_genitive(doc, name, 0, [name], _DETS, _LINKS, ("ens",))


def test_the_german_lexicon_gives_its_genitive_suffix() -> None:
    lex = yaml.safe_load((_RES / "de" / "lexicon.yaml").read_text(encoding="utf-8"))
    assert Lexicon.from_data(lex).genitive_suffixes == ("s",)
