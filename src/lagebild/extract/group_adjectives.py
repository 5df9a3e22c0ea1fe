"""Groups named only by a religious, ethnic or political adjective: "Sunni clerics", "the Sunni boycott",
"koptische Christen", "Islamist threats".

Such an adjective names a group of no one country ("Kurdish" is of four), so the gazetteer has no entry for
it, and the noun after it is often no actor noun ("clerics", "Christen") or an act noun the group owns
("boycott", "threats"). The adjective itself is then the actor: its sector is the data's
(``group_adjectives`` in resources/<lang>/lexicon.yaml), its country comes from context like any generic
actor's (``via="group"``, filled by context.fill_generic). Where the noun after it is an actor already
("Islamist militants", "kurdische Milizen") the noun decides, and a name or country right before it
("U.S. Muslim groups", "irakische Sunniten") owns the phrase.
"""

from __future__ import annotations

from ..model import ActorRef, Doc, Mention


def group_adjective_forms(data: dict | None, endings: list[str] | None) -> dict[str, str]:
    """Inflected form -> sector from the lexicon's ``group_adjectives`` ({sector: [stems]}). Where the language
    inflects adjectives, the bare stem is left out: German "islamistisch motiviert" is an adverb, not a group."""
    ends = [e for e in endings or [""] if e] or [""]
    return {stem + end: sector for sector, stems in (data or {}).items() for stem in stems or () for end in ends}


def group_adjectives(doc: Doc, mentions: list[Mention], forms: dict[str, str],
                     not_nouns: frozenset[str] = frozenset()) -> list[Mention]:
    """New actor mentions for group adjectives whose noun is no mention and no place noun ("Sunni areas"),
    and which no name or country adjective right before qualifies. ``not_nouns``: place nouns and the words
    that show the noun is further on ("Kurdish and Arab forces": the coordinator's; the forces decide)."""
    if not forms:
        return []
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out: list[Mention] = []
    for i, t in enumerate(toks):
        sector = forms.get(t.lower)
        if sector is None or i in covered or i - 1 in covered and toks[i - 1].sent == t.sent:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == t.sent else None
        if nxt is None or i + 1 in covered or nxt.lower in not_nouns or not nxt.text[:1].isalpha():
            continue
        text = doc.article.text[t.start:nxt.end]
        out.append(Mention(i, i + 2, t.start, nxt.end, text, "actor", via="group",
                           actor=ActorRef(text, text, None, None, sector)))
    return out
