"""Anaphors back to earlier mentions: "das Land" / "the country" to the country the paragraph is about, "sein Land"
to its owner's, "die Organisation" to the last organisation, "er" / "she" to the last person of that gender named.

A mixin of ``MentionFinder`` (mentions.py, through mentions_read.MentionReader), split from mention_context.py, which
reads the places and location marking around a mention; this reads the mentions told before it.
"""

from __future__ import annotations

from functools import partial

from ..model import ActorRef, Doc, Mention
from .analyser import Analysis, analysis_of
from .coreference import refers_to, within_reach
from .mention_context import COUNTRY_VIAS, actor_id
from .name_context import name_like
from .owned_land import owned_land
from .person_names import given_names
from .relatives_en import OBJ, PASSIVE_SUBJ, SUBJ
from .scene import main_country
from .subject_pronouns import _subject_verb, opening_subject


class MentionAnaphors:
    """Anaphor rules of MentionFinder; ``self.gaz``, ``self.lex``, ``self.coref``, ``self.quotes`` and the anaphor
    phrase sets (``self._owned_land`` too) are MentionFinder's."""

    def _anaphors(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'das Land' / 'the country' -> the last country named in the paragraph (or the one before);
        'ihm' / 'him' / 'she' -> the last person of that gender named in the same paragraph."""
        out: list[Mention] = []
        toks = doc.tokens
        lows = doc.lowers
        main: str | None = None  # the article's country, for "im Land"
        surnames: dict[str, list[int]] | None = None  # a person's surname -> where it stands, for "er"/"he"
        heads = self._anaphor_heads
        for i, t in enumerate(toks):
            if heads is not None and lows[i] not in heads:
                continue  # no anaphor starts here (most words)
            para = doc.sentences[t.sent].paragraph
            gender, words = next(((g, w) for g, ps in self._owned_countries.items() if (w := ps.match_at(lows, i))),
                                 ("", None))
            if words:  # "Sein Land werde ...", "his country": the owner's country, not the last one named
                ante = self.coref.owner(doc, [*mentions, *out], i, i + len(words),  # "He said his country"
                                        partial(self._other_gender, gender=gender))
                ref = self._government_of(ante)
            elif words := (self._country_anaphors.match_at(lows, i) if self._country_anaphors else None):
                # actors only: "südkoreanische Waffen" says where goods come from, not what the text is about
                prior = [m for m in mentions if m.tok_start < i and m.kind == "actor" and m.actor
                         and m.actor.country and (m.via in COUNTRY_VIAS or self._adjective_named(doc, m))
                         and within_reach(doc, m, i)]
                # troops, journalists, tourists named by nationality in the anaphor's own sentence are often
                # abroad ("Kenyan troops pushed into the south of the country", "die Korrespondentin des
                # schwedischen Fernsehens musste das Land verlassen"): the country is one named as such
                prior = [m for m in prior if toks[m.tok_start].sent != t.sent or not self._foreigners(doc, m)] or prior
                # the country the paragraph is about, not one it mentions as a destination ("nach Belarus")
                if words[0] in self.lex.location_preps:
                    # "Die USA wollen Truppen im Land lassen": "im Land" is the country the article is about,
                    # never one of its own sentence (no country is "in the country" itself)
                    if main is None:
                        main = main_country(doc, mentions) or ""
                    prior = [m for m in prior if toks[m.tok_start].sent != t.sent and m.actor
                             and m.actor.country == main][-1:]
                else:
                    prior = [m for m in prior if not m.is_location] or prior
                ante = prior[-1] if prior else None
                ref = self._government_of(ante)
            elif self._org_anaphors and (words := self._org_anaphors.match_at(lows, i)):
                ante = self.coref.last_organisation(doc, mentions, i, i + len(words), self._specified)  # "Die Organisation ..."
                ref = ante.actor if ante else None
            else:
                gender, words = next(((g, w) for g, ps in self._person_anaphors.items()
                                      if ps and (w := ps.match_at(lows, i))), ("", None))
                if words and surnames is None:
                    surnames = _surname_places(doc, mentions)
                # the person named last in the paragraph, by full name or by surname alone ("..., sagte Kerry. Er ...")
                prior = sorted(((_last_named(doc, m, i, surnames), m) for m in mentions if m.tok_end <= i
                                and _named_person(m, doc.lang) and m.actor
                                and self.gaz.genders.get(m.actor.actor_id or "", "m") == gender),
                               key=lambda p: p[0]) if words else []
                placed = [(k, m) for k, m in prior if doc.sentences[toks[k].sent].paragraph == para
                          and (not self.coref.person_reach or t.sent - toks[k].sent <= self.coref.person_reach)]
                prior = [m for _, m in placed]
                # "Er lobte ihn": a second pronoun in the sentence is someone else (unnamed, here)
                taken = {m.actor.actor_id for m in out if m.actor and toks[m.tok_start].sent == t.sent}
                bound: set[str | None] = set()
                if lows[i] in self._bound_objects and any(toks[m.tok_start].sent == t.sent for m in prior):
                    bound = _clause_subject_actors(doc, i, [*mentions, *out])  # "Putin praised him": not Putin
                prior = [m for m in prior if m.actor and m.actor.actor_id not in taken]
                if bound & {m.actor.actor_id for m in prior if m.actor}:
                    # the person named last is bound out: only one named higher in the same sentence is safe ("Macron
                    # said Putin had praised him"); one of an earlier sentence is as likely someone unnamed
                    prior = [m for m in prior if m.actor and m.actor.actor_id not in bound
                             and toks[m.tok_start].sent == t.sent]
                ante = prior[-1] if prior else None
                if ante is None and words and lows[i] in self.coref.titled_pronouns:
                    ante = self._titled_person(doc, mentions, i)  # "Iran's foreign minister ... He condemned"
                if ante is not None and words:  # "Macron traf Scholz. Er ...": the subject before, not the object
                    ante = self._continued_subject(doc, i, placed, out, gender) or ante
                ref = ante.actor if ante else None
            if words and ref is not None and ante is not None:
                n = len(words)
                text = doc.text[t.start:toks[i + n - 1].end]
                out.append(Mention(i, i + n, t.start, toks[i + n - 1].end, text, "actor", via="anaphor",
                                   actor=ActorRef(text, ref.name, ref.actor_id, ref.country, ref.sector),
                                   refers_to=ante.refers_to or refers_to(doc, ante)))
        return [*out, *owned_land(doc, mentions, self._owned_land, self.gaz.countries,  # "its territory"
                                  self._owned_targets, self._doer_own)]  # "its embassy"

    def _titled_person(self, doc: Doc, mentions: list[Mention], i: int) -> Mention | None:
        """The person a title alone names ("Iran's foreign minister", "the Iranian president") in the sentences just
        before the pronoun at ``i`` in its paragraph, where no named person is in reach: the last one, and only where
        all such titles there are of one country (two countries' ministers leave "he" open)."""
        toks, sent = doc.tokens, doc.tokens[i].sent
        para = doc.sentences[sent].paragraph
        found = [m for m in mentions if m.tok_end <= i and m.kind == "actor" and m.via == "phrase" and m.actor is not None
                 and m.actor.country and doc.lowers[m.tok_end - 1] in self.coref.titled_heads
                 and 0 < sent - toks[m.tok_start].sent <= self.coref.titled_reach
                 and doc.sentences[toks[m.tok_start].sent].paragraph == para]
        return found[-1] if found and len({m.actor.country for m in found if m.actor is not None}) == 1 else None

    def _continued_subject(self, doc: Doc, i: int, placed: list[tuple[int, Mention]], out: list[Mention],
                           gender: str) -> Mention | None:
        """A German subject pronoun opening its clause ("Er lobte", "Dann sagte er") goes on with the subject of the
        sentence before in its paragraph (centering), where that is a person of its gender: the one of ``placed``
        (where each was named last) or a pronoun already read as one ("Er lobte ihn. Er sagte")."""
        toks = doc.tokens
        sent = doc.sentences[toks[i].sent]
        if doc.lang == "en":
            return _continued_subject_en(doc, i, placed, [a for a in out if a.actor is not None
                                                          and self.gaz.genders.get(a.actor.actor_id or "", "m") == gender])
        preps = frozenset(self.lex.location_preps | self.lex.oblique_preps)
        if toks[i].lower not in dict(self.coref.singular_pronouns) or not sent.i \
                or doc.sentences[sent.i - 1].paragraph != sent.paragraph \
                or (i != sent.tok_start and _subject_verb(self.coref, doc, i, i + 1, preps, set()) is None):
            return None
        prev, links = sent.i - 1, frozenset(self.lex.coordinators)
        named = [(k, m.tok_end if k == m.tok_start else k + 1, m) for k, m in placed if toks[k].sent == prev]
        chained = [(a.tok_start, a.tok_end, a) for a in out if toks[a.tok_start].sent == prev and a.actor is not None
                   and self.gaz.genders.get(a.actor.actor_id or "", "m") == gender]
        return next((m for k, end, m in sorted([*named, *chained], key=lambda c: c[0])
                     if opening_subject(self.coref, doc, k, end, preps, links)), None)

    def _adjective_named(self, doc: Doc, m: Mention) -> bool:
        """A person told with their country's adjective ("den brasilianischen Gesundheitsminister Jose Temporao"):
        the text names that country as much as "der brasilianische Minister" does, so "das Land" may go back to it."""
        if m.via != "person" or m.actor is None:
            return False
        return any(e.kind == "adjective" and e.country == m.actor.country
                   for e in self.gaz.lookup(doc.tokens[m.tok_start].text))

    def _government_of(self, ante: Mention | None) -> ActorRef | None:
        """"Das Land", "sein Land": the government of the antecedent's country (what a country noun stands for as doer)."""
        ref = ante.actor if ante else None
        if ref is None:
            return None
        return ActorRef(ref.text, self.gaz.countries.get(ref.country or "", ref.name), actor_id(ref.country, "GOV"),
                        ref.country, "GOV")

    def _person_gender(self, m: Mention) -> str | None:
        """A named person's gender for a pronoun: the dictionary's; where it gives none (phoenix persons), "f" for a
        mention opened by a title of a feminine ending ("Präsidentin Dilma Rousseff"), else "m" (as for "er" above)."""
        if m.actor is None:
            return None
        told = self.gaz.genders.get(m.actor.actor_id or "")
        if told:
            return told
        words = m.text.split()
        while len(words) > 2 and words[0].islower():
            words = words[1:]  # "bayerische Justizministerin Beate Merk": the title after its adjectives
        first = words[0].rsplit("-", 1)[-1] if len(words) > 1 else ""  # "EU-Kommissarin": the title after the hyphen
        return "f" if self.coref.feminine_titles and len(first) > 4 and first[:1].isupper() \
            and first.lower().endswith(self.coref.feminine_titles) and words[0] not in given_names() else "m"

    def _other_gender(self, m: Mention, gender: str) -> bool:
        """A person known to be of the other gender than a possessive's ("m" / "f"; "" any): "sein Land" is not a
        woman's. A person whose gender the dictionary does not give may be either."""
        known = self.gaz.genders.get(m.actor.actor_id or "") if gender and m.via == "person" and m.actor else None
        return known is not None and (known == "f") != (gender == "f")

    def _specified(self, doc: Doc, i: int, end: int, names_only: bool = False) -> bool:
        """The words after a description say which one it is ("der Gruppe Wagner", "die Regierung der
        Republik", "the ministry of defence", a genitive "aller Mönche": a verb after the noun never ends in -er).
        ``names_only``: a capitalised word says so only where it is a name ("griffen die Soldaten Stellungen an")."""
        toks = doc.tokens
        nxt = toks[end] if end < len(toks) and toks[end].sent == toks[i].sent else None
        capital = nxt is not None and nxt.text[:1].isupper() and (not names_only or name_like(nxt.text, doc.lang))
        return nxt is not None and (nxt.lower in self.lex.genitive_links or nxt.lower in self.lex.oblique_preps
                                    or nxt.lower in self.lex.determiners
                                    or (nxt.text.islower() and nxt.lower.endswith("er")
                                        and nxt.lower not in self.lex.rank_followers)  # "The group later said"
                                    or capital or nxt.text[:1] in (*self.quotes.openers, "("))

    def _names_after(self, doc: Doc, i: int, end: int) -> bool:
        """:meth:`_specified` for a sector noun (coreference.py), whose German object may follow it."""
        return self._specified(doc, i, end, names_only=True)

    def _foreigners(self, doc: Doc, m: Mention) -> bool:
        """A nationality adjective with a sector other than the government ("Kenyan troops",
        "schwedischen Fernsehens"): people of that country, who may be anywhere."""
        if m.via not in ("phrase", "adjective+head") or m.actor is None or m.actor.sector in (None, "GOV"):
            return False
        return any(e.kind == "adjective" for t in doc.tokens[m.tok_start:m.tok_end] for e in self.gaz.lookup(t.text))


def _continued_subject_en(doc: Doc, i: int, placed: list[tuple[int, Mention]], out: list[Mention]) -> Mention | None:
    """"Macron met Scholz. He urged him ...": an English "he"/"she" that is the subject of its sentence's main verb goes
    on with the main subject of the sentence before in its paragraph (centering), where that is a person of its gender
    (``placed``: where each was named last; ``out``: pronouns already read); not the one named last, often the object.
    A pronoun in a clause under another ("Scholz said he would") keeps the person named last."""
    toks = doc.tokens
    sent = doc.sentences[toks[i].sent]
    if not sent.i or doc.sentences[sent.i - 1].paragraph != sent.paragraph:
        return None
    prev = sent.i - 1
    cands = [(k, m.tok_end if k == m.tok_start else k + 1, m) for k, m in placed if toks[k].sent == prev]
    cands += [(a.tok_start, a.tok_end, a) for a in out if toks[a.tok_start].sent == prev]
    if len({m.actor.actor_id for _, _, m in cands if m.actor is not None}) < 2:
        return None  # one person there at most: the one named last already is it (no parse needed)
    parse = analysis_of(doc)
    if parse is None or not parse.prefetch([prev, sent.i]) or not _main_subject(parse, i):
        return None
    return next((m for k, end, m in sorted(cands, key=lambda c: c[0])
                 if any(_main_subject(parse, j) for j in range(k, end))), None)


def _main_subject(parse: Analysis, tok: int) -> bool:
    """A token that is the subject of its sentence's main verb (the parse's root)."""
    head = parse.heads.get(tok)
    return parse.deps.get(tok) in SUBJ | PASSIVE_SUBJ and head is not None and parse.deps.get(head) == "ROOT"


def _clause_subject_actors(doc: Doc, pron: int, mentions: list[Mention]) -> set[str | None]:
    """The actors of the subject of an object pronoun's own clause ("Putin praised him", "Putin wanted to meet him"),
    which the pronoun never names (a reflexive would): the subject of the verb the pronoun is the object of, or
    of a preposition under it; a to-infinitive or coordinated verb with no subject of its own takes its
    controller's (the governing verb's object if it has one: "asked Macron to praise him" may mean the asker).
    Empty without an English parse, or where the pronoun hangs under a noun ("a meeting with him")."""
    parse = analysis_of(doc)
    if parse is None or not parse.need(doc.tokens[pron].sent) or pron not in parse.heads:
        return set()
    verb = _governing_verb(parse, pron)
    subjects: list[int] = []
    for _ in range(3):  # up a chain of infinitives and coordinated verbs
        if verb is None:
            break
        subjects = [c for c in parse.children.get(verb, []) if parse.deps.get(c) in SUBJ | PASSIVE_SUBJ]
        head = parse.heads.get(verb, verb)
        if subjects or head == verb or parse.deps.get(verb) not in ("xcomp", "conj"):
            break
        objects = [c for c in parse.children.get(head, []) if parse.deps.get(c) in OBJ]
        if parse.deps.get(verb) == "xcomp" and objects:
            subjects = objects  # object control: "asked Macron to praise him"
            break
        verb = head
    return {m.actor.actor_id for m in mentions for s in subjects
            if m.kind == "actor" and m.actor is not None and m.tok_start <= s < m.tok_end}


def _governing_verb(parse: Analysis, pron: int) -> int | None:
    """The verb whose object the pronoun is, directly or through a preposition ("praised him", "spoke with him",
    "was criticised by him"); None for a pronoun in a noun's phrase."""
    cur, dep = pron, parse.deps.get(pron)
    if dep == "pobj":
        cur = parse.heads.get(cur, cur)
        dep = "obj" if parse.deps.get(cur) in ("prep", "agent") else dep
    if dep not in OBJ and dep != "obj":
        return None
    head = parse.heads.get(cur, cur)
    return head if head != cur and parse.tags.get(head, "").startswith("VB") else None


def _surname_places(doc: Doc, mentions: list[Mention]) -> dict[str, list[int]]:
    """Where each named person's surname stands alone (also in the German genitive "Kerrys"): a person
    introduced in full is named by surname from then on, before name_context.aliases makes those mentions."""
    names = {doc.tokens[m.tok_end - 1].text for m in mentions if _named_person(m, doc.lang) and m.tok_end - m.tok_start >= 2}
    out: dict[str, list[int]] = {}
    for k, t in enumerate(doc.tokens):
        word = t.text if t.text in names else t.text[:-1] if t.text.endswith("s") and t.text[:-1] in names else None
        if word is not None:
            out.setdefault(word, []).append(k)
    return out


def _named_person(m: Mention, lang: str) -> bool:
    """A person named in full: a dictionary person, or a title's name of two or three words led by a given name
    or all unknown to the dictionary ("der Schweizer Oliver Jufer", "Kollegen Sameh Shukri"; not "die Partei MDC")."""
    if m.via == "person":
        return True
    if m.via != "appositive" or m.actor is None:
        return False
    words = m.actor.name.split()
    if 2 <= len(words) <= 3 and (words[0] in given_names() or all(name_like(w, lang) and w.isalpha() for w in words)):
        return True
    # a title before a given name and surname ("CEO Bill Gates", "Bürgermeister Klaus Wowereit"): a person named last
    return len(words) > 2 and words[-2] in given_names() and name_like(words[-1], lang) and words[-1].isalpha()


def _last_named(doc: Doc, m: Mention, i: int, surnames: dict[str, list[int]]) -> int:
    """The last token before ``i`` that names the person ``m``: its own mention or its surname alone later."""
    later = [k for k in surnames.get(doc.tokens[m.tok_end - 1].text, []) if m.tok_end <= k < i] \
        if m.tok_end - m.tok_start >= 2 else []
    return later[-1] if later else m.tok_start
