"""English roles told through speakers (a mixin of role_finder_en.EnglishRoleFinder): the speaker as doer of its own
announced act, of a pronoun in its reported clause or a quote's "I", "it" as the last doer told, and a speaker's own
side ("said its troops ..."). Split from role_finder_en.py, which reads who the parse names."""

from __future__ import annotations

from typing import Any

from ..model import ActorRef, Doc, Mention
from .analyser import Analysis
from .claims import UNNAMED
from .event_parts import country_name, teller_ref


class EnglishSpeakerRoles:
    """Stateless readings of who speaks; the attributes are EventExtractor's."""

    syntax: Any
    cues: Any
    _by_sent: dict[int, list[Mention]]
    _spans: list[Any]
    _claims: Any
    _last_source: Mention | None
    stateless_speakers: frozenset[str]  # sectors of bodies of no country that speak for themselves (the UN, the Red Cross)

    def _announcer(self, doc: Doc, parse: Analysis, n: int, actors: list[Mention]) -> Mention | None:
        """The subject of a verb of announcing whose object is the noun at ``n`` ("Germany announced new aid for
        Ukraine", "France announced sanctions against Iran"): the claims take it as a speaker, which does not act in
        what it reports, but an announcer makes its own act public (``parse_roles.announcing_verbs``)."""
        v = parse.heads.get(n, n)
        if parse.deps.get(n) not in ("dobj", "obj") or doc.tokens[v].lemma not in self.syntax.announcing_verbs:  # type: ignore[union-attr]
            return None
        subj = [c for c in parse.children.get(v, []) if parse.deps.get(c) == "nsubj"]
        return next((m for m in self._by_sent.get(doc.tokens[n].sent, []) if m.kind == "actor" and m.actor is not None
                     and m.preposition is None and m not in actors and any(m.tok_start <= s < m.tok_end for s in subj)
                     and m.actor.sector not in self.syntax.noun_doer_sectors_not), None)  # not "Apple announced the release"

    def _adding_speaker(self, doc: Doc, parse: Analysis, v: int, actors: list[Mention]) -> Mention | None:
        """The subject of a verb of saying that a participle at ``v`` goes on from ("China said on Monday, accusing Japan
        of provocation", '"...," the ministry said, urging Israel to withdraw'): the claims take it as a speaker, which
        does not act in what it reports, but the participle is its own further act, not reported content (enroles38)."""
        h = parse.heads.get(v, v)
        if parse.deps.get(v) != "advcl" or parse.tags.get(v) != "VBG" or h == v \
                or (doc.tokens[h].lemma or doc.tokens[h].lower) not in self.cues.speech_verbs:
            return None
        if any(parse.deps.get(c) in ("dobj", "obj") for c in parse.children.get(h, [])):
            return None  # "declared a state of siege, suspending ...": a declaring act, whose doer the rules read as before
        subj = [c for c in parse.children.get(h, []) if parse.deps.get(c) == "nsubj"]
        return next((m for m in self._by_sent.get(doc.tokens[v].sent, []) if m.kind == "actor" and m.actor is not None
                     and m.preposition is None and m not in actors and any(m.tok_start <= s < m.tok_end for s in subj)), None)

    def _author(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """The author of the document an active participle at ``v`` describes ("Iran published a report accusing
        Israel": roles_en_groups.document_author), from all the sentence's mentions: the claims take an author who publishes
        as a speaker, which acts in what its own document says."""
        j = self.syntax.document_author(doc, parse, v)  # type: ignore[union-attr]
        return None if j is None else next((m for m in self._by_sent.get(doc.tokens[v].sent, []) if m.kind == "actor"
                                            and m.actor is not None and m.actor.country and m.tok_start <= j < m.tok_end), None)

    def _reporter(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """The speaker a pronoun subject of the reported clause refers to, whatever stands between the verb of saying
        and the pronoun ("Switzerland said today it had expelled", "said on Monday it would", "says it is willing to
        withdraw": up through the infinitive to the verb with the pronoun). The claims take the speaker out of the
        clause's actors; the parse still ties the pronoun to it (roles_en.told_by)."""
        w = v
        for _ in range(3):  # "is willing to withdraw": withdraw -> willing -> is
            if any(parse.deps.get(c) in ("nsubj", "nsubjpass") for c in parse.children.get(w, [])):
                break
            if parse.deps.get(w) not in ("xcomp", "acomp") or parse.heads.get(w, w) == w:
                return None
            w = parse.heads[w]
        subj = next((c for c in parse.children.get(w, []) if parse.deps.get(c) in ("nsubj", "nsubjpass")), None)
        if subj is None or doc.tokens[subj].lower not in self.syntax.pronouns or parse.deps.get(w) != "ccomp":  # type: ignore[union-attr]
            return None
        said = parse.heads.get(w, w)
        speaker = next((c for c in parse.children.get(said, []) if parse.deps.get(c) == "nsubj"), None)
        m = next((m for m in self._by_sent.get(doc.tokens[v].sent, []) if speaker is not None and m.kind == "actor"
                  and m.actor is not None and (m.actor.country or m.actor.sector in self.stateless_speakers)
                  and m.tok_start <= speaker < m.tok_end), None)  # "The U.N. said it would send aid": a body too
        if m is None or (doc.tokens[subj].lower in self.syntax.plural_pronouns and m.via in ("person", "anaphor")):  # type: ignore[union-attr]
            return None  # "he says they are defying ...": they are not he
        return m if self.syntax.told_by(doc, parse, w, subj, m) else None  # type: ignore[union-attr]

    def _referred_doer(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """The doer "it" as subject of the verb at ``v`` refers to: the last doer told, in this sentence or the one
        before in the same paragraph, if it is no person ("it" is a country or a body; ``referring_pronouns``)."""
        subj = next((c for c in parse.children.get(v, []) if parse.deps.get(c) == "nsubj"), None)
        if subj is None and parse.deps.get(v) == "xcomp":  # "It vowed to retaliate": the controlling verb's "it"
            subj = next((c for c in parse.children.get(parse.heads.get(v, v), []) if parse.deps.get(c) == "nsubj"), None)
        last = self._last_source
        if subj is None or doc.tokens[subj].lower not in self.syntax.referring_pronouns or last is None \
                or last.via in ("person", "anaphor") or last.tok_start >= subj:  # type: ignore[union-attr]
            return None
        here, there = doc.sentences[doc.tokens[v].sent], doc.sentences[doc.tokens[last.tok_start].sent]
        return last if here.i - there.i <= 1 and here.paragraph == there.paragraph else None

    def _pronoun_owner(self, doc: Doc, parse: Analysis, n: int) -> Mention | None:
        """The doer a possessive pronoun on the noun trigger at ``n`` names back ("China imposed curbs. Its sanctions
        against Lithuania ...", "Putin arrived in Ankara. His visit to Turkey ..."): the last doer told, in this sentence
        before the noun or in the one before in its paragraph, a person for "his"/"her" and none for "its"/"their"
        (``parse_roles.owner_pronouns``). Only where the noun is its clause's subject and no noun stands before the
        pronoun in the sentence: "lashed out at the west for its support of Georgia" names back the west."""
        toks = doc.tokens
        own = [c for c in parse.children.get(n, []) if parse.deps.get(c) == "poss"]
        kind = next((self.syntax.owner_pronouns.get(toks[c].lower) for c in own), None)  # type: ignore[union-attr]
        last = self._last_source
        if kind is None or last is None or last.actor is None or not last.actor.country or last.tok_start >= n \
                or parse.deps.get(n) not in ("nsubj", "nsubjpass"):
            return None
        first = doc.sentences[toks[n].sent].tok_start
        if any(parse.tags.get(j, "").startswith(("NN", "PRP")) for j in range(first, own[0])):
            return None
        person = last.via == "person" or toks[last.tok_start].lower in self.syntax.person_pronouns  # type: ignore[union-attr]
        if person != (kind == "person"):
            return None
        here, there = doc.sentences[toks[n].sent], doc.sentences[toks[last.tok_start].sent]
        return last if here.i - there.i <= 1 and here.paragraph == there.paragraph else None

    def _speakers_own(self, doc: Doc, parse: Analysis, v: int, generic: Mention | None) -> Mention | None:
        """A subject owned by a pronoun in reported speech ("X said its troops withdrew", "his forces will
        abide") is the speaker's side: the speaker's country, with the sector of the group named (a sector
        noun or a weapon; other nouns are no side's)."""
        toks = doc.tokens
        subj = next((c for c in parse.children.get(v, []) if parse.deps.get(c) == "nsubj"), None)
        if subj is None:
            return None
        owned = any(parse.deps.get(c) == "poss" and toks[c].lower in self.syntax.possessives  # type: ignore[union-attr]
                    for c in parse.children.get(subj, []))
        att = next((a for sp in self._spans if sp.scope_start <= v < sp.scope_end for a in sp.attributions
                    if a.country and a.name != UNNAMED and a.level == 0), None)
        military = self.syntax.military_subject(doc, parse, v)  # type: ignore[union-attr]
        if not owned and not (military and (generic is None or generic.actor is None or not generic.actor.country)
                              and att is not None and att.sector == "MIL" and not any(
                parse.deps.get(c) in ("amod", "compound", "poss", "prep") for c in parse.children.get(subj, []))):
            return None  # "Israeli military officials say some troops pulled out": the army speaks of its own troops
        if att is None or not (military or (generic is not None and generic.actor is not None)):
            return None  # "its creditors": no group of a side the lexicon knows
        sector = "MIL" if military else generic.actor.sector  # type: ignore[union-attr]
        ref = ActorRef(toks[subj].text, country_name(att.country), f"{att.country}-{sector}" if sector else att.country,
                       att.country, sector)
        t = toks[subj]
        return Mention(subj, subj + 1, t.start, t.end, t.text, "actor", ref, via="speaker")

    def _quoted_speaker(self, doc: Doc, parse: Analysis, v: int) -> Mention | None:
        """The named speaker of a first-person subject ("I", "we") of the verb at ``v``, from the sentence's
        attribution (a quote with "said X", or the speaker of the quote before): a mention at the pronoun."""
        toks = doc.tokens
        subj = next((c for c in parse.children.get(v, []) if parse.deps.get(c) in ("nsubj", "nsubjpass")), None)
        if subj is None or toks[subj].lower not in self.syntax.first_person:  # type: ignore[union-attr]
            return None
        att = next((a for sp in self._spans if sp.scope_start <= v < sp.scope_end for a in sp.attributions
                    if a.country and a.name != UNNAMED), None)
        sent = toks[v].sent
        if att is None and self._claims.last_speaker and self._claims.last_speaker_sent >= sent - 1 and (
                doc.text[doc.sentences[sent].start:].lstrip()[:1] in self.cues.quotes.openers
                or self.cues.inside_quote(doc, sent)):
            att = next((a for a in self._claims.last_speaker if a.country), None)  # '"... ," said X. "So I ..."'
        if att is None:
            return None
        ref = teller_ref(att)
        t = toks[subj]
        return Mention(subj, subj + 1, t.start, t.end, t.text, "actor", ref, via="speaker")
