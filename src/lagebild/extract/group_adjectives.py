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

from dataclasses import dataclass, field

from ..model import ActorRef, Doc, Mention


def group_adjective_forms(data: dict | None, endings: list[str] | None) -> dict[str, str]:
    """Inflected form -> sector from the lexicon's ``group_adjectives`` ({sector: [stems]}). Where the language
    inflects adjectives, the bare stem is left out: German "islamistisch motiviert" is an adverb, not a group."""
    ends = [e for e in endings or [""] if e] or [""]
    return {stem + end: sector for sector, stems in (data or {}).items() for stem in stems or () for end in ends}


def group_adjectives(doc: Doc, mentions: list[Mention], forms: dict[str, str],
                     not_nouns: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()) -> list[Mention]:
    """New actor mentions for group adjectives whose noun is no mention and no place noun ("Sunni areas"),
    and which no name or country adjective right before qualifies. ``not_nouns``: place nouns and the words
    that show the noun is further on ("Kurdish and Arab forces": the coordinator's; the forces decide). An adjective
    that is also a given name (``names``: "Karen") is one only before a lower-case noun ("Karen rebels", not "Karen
    Pierce")."""
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
        if nxt is None or i + 1 in covered or nxt.lower in not_nouns or not nxt.text[:1].isalpha() \
                or t.lower in names and not nxt.text[:1].islower():
            continue
        text = doc.article.text[t.start:nxt.end]
        out.append(Mention(i, i + 2, t.start, nxt.end, text, "actor", via="group",
                           actor=ActorRef(text, text, None, None, sector)))
    return out


@dataclass(frozen=True)
class GroupHomes:
    """The countries a people named by its adjective lives in (``group_homes`` in resources/<lang>/lexicon.yaml:
    "Uyghur" China's, "Rohingya" Myanmar's, "Kurdish" of four). A group left without a country by its context
    (context.fill_generic) takes its one home, or, of several, the one home a place of its sentence is in ("Kurdish
    fighters ... in Syria"); else it stays open: never the government of a place it is merely near."""

    homes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    names: frozenset[str] = frozenset()  # adjectives that are also given names ("Karen"): only before a lower-case noun

    @classmethod
    def from_data(cls, data: dict | None) -> GroupHomes:
        """{adjective: country or [countries], names: [...]} from the lexicon."""
        data = dict(data or {})
        names = frozenset(str(n).lower() for n in data.pop("names", None) or ())
        return cls({str(k).lower(): tuple([v] if isinstance(v, str) else v or ()) for k, v in data.items()}, names)

    def apply(self, doc: Doc, mentions: list[Mention], groups: frozenset[str]) -> None:
        """Give a group of no country its home: one named by a group adjective (``via="group"``) or a sector noun
        right after one (``groups``: "Uyghur activists"); the via tells it came from the group's place."""
        toks = doc.tokens
        for m in mentions:
            if m.actor is None or m.actor.country or m.actor.actor_id or m.kind != "actor":
                continue
            if m.via == "group":
                word = toks[m.tok_start].lower
            elif m.via == "sector" and m.tok_start > 0 and toks[m.tok_start - 1].sent == toks[m.tok_start].sent \
                    and toks[m.tok_start - 1].lower in groups:
                word = toks[m.tok_start - 1].lower
            else:
                continue
            homes = self.homes.get(word)
            if not homes:
                if (told := told_country(doc, mentions, m, word)) is not None:
                    m.actor.country, m.actor.actor_id = told, f"{told}-{m.actor.sector}" if m.actor.sector else told
                    m.via = f"{m.via}+article"
                continue
            if len(homes) > 1:
                sent = toks[m.tok_start].sent
                there = {x.place.country for x in mentions if x.place is not None and x.place.country in homes
                         and (x.kind == "place" or x.is_location) and toks[x.tok_start].sent == sent}
                if len(there) != 1:
                    continue  # "Kurdish militants" with no place, or places of two homes: whose, the text does not say
                homes = tuple(there)
            c = homes[0]
            m.actor.country, m.actor.actor_id = c, f"{c}-{m.actor.sector}" if m.actor.sector else c
            m.via = f"{m.via}+place"


def told_country(doc: Doc, mentions: list[Mention], m: Mention, word: str) -> str | None:
    """The one country the article gives the group adjective ``word`` elsewhere, by a country's adjective or an actor
    right before it ("a Somali Islamist movement": "Islamist threats" are Somalia's), before or after ``m``; None
    where two countries qualify it or a place of another country stands in ``m``'s sentence: the text says whose."""
    toks = doc.tokens
    told: set[str] = set()
    for o in mentions:
        if o is m or o.actor is None or not o.actor.country or o.kind not in ("origin", "actor") \
                or o.via == "group" or o.tok_end >= len(toks) or toks[o.tok_end].sent != toks[o.tok_end - 1].sent:
            continue
        if toks[o.tok_end].lower == word:
            told.add(o.actor.country)
    if len(told) != 1:
        return None
    country = next(iter(told))
    sent = toks[m.tok_start].sent
    if any(x.place is not None and x.place.country and x.place.country != country and toks[x.tok_start].sent == sent
           and (x.kind == "place" or x.is_location) for x in mentions):
        return None
    return country
