"""One joined group of gazetteer hits read as one mention: a person with the title's sector, an
organisation, a country with the sector of the noun after its adjective, a place, or equipment.

Split from ``mentions.py``, which finds the hits and joins them into groups: this part decides what a
group names, from its entries alone and the words right next to it.
"""

from __future__ import annotations

from datetime import date

from ..knowledge.gazetteer import Entry, Gazetteer, Hit
from ..language.numbers import parse_number
from ..language.segment import is_known
from ..model import ActorRef, Doc, Mention, Place
from .anaphors import MentionAnaphors
from .mention_context import MentionContext, _first, actor_id
from .name_context import name_like


# mentions that name a country, so that "das Land" / "the country" can refer back to them
def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _model_code(word: str) -> bool:
    """'787', 'A380', 'A400M', '737s': a maker's model, not a year ('2009') nor a plain word."""
    return any(c.isdigit() for c in word) and word.replace("-", "").isalnum() and not _year(word)


def _country_actor(text: str, entry: Entry, gaz: Gazetteer, sector: str | None) -> ActorRef:
    country = entry.country
    return ActorRef(text, gaz.countries.get(country or "", entry.name), actor_id(country, sector), country, sector)


def _person_actor(text: str, entry: Entry, when: date | None, adj_country: str | None,
                  sector: str | None) -> ActorRef:
    role = entry.role_at(when)
    country = role.country if role and role.country else adj_country
    return ActorRef(text, entry.name, entry.ref, country, (role.sector if role else None) or sector)


class MentionReader(MentionContext, MentionAnaphors):
    """What one group of hits names; ``self.gaz`` and ``self.lex`` are MentionFinder's."""

    def _nominalised(self, doc: Doc, group: list[Hit]) -> bool:
        """German writes an adjective used as a noun with a capital: "der Deutsche", "die Deutschen" inside
        a sentence are people (a demonym the dictionary lists), unless a capitalised word follows
        ("Deutsche Bank": a name)."""
        if len(group) != 1 or not self.gaz.closed_compounds or _first(group[0], "people") is None:
            return False
        toks = doc.tokens
        i = group[0].tok_start
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else None
        return toks[i].text[:1].isupper() and i > doc.sentences[toks[i].sent].tok_start \
            and (nxt is None or not nxt.text[:1].isupper())

    def _generic_org(self, doc: Doc, group: list[Hit], org: Entry, adj: Entry | None) -> bool:
        """An organisation named by a common noun ("Linkspartei") read as that noun: after another
        country's adjective ("die spanische Linkspartei") or before an unknown name, which is then the
        organisation's own name ("die Linkspartei Podemos", taken up as an appositive)."""
        if adj is not None and adj.kind == "adjective" and org.country and adj.country != org.country:
            return True
        toks = doc.tokens
        last = group[-1]
        if _first(last, "org") is not org or last.tok_end - last.tok_start != 1 or last.tok_end >= len(toks):
            return False
        if org.etype == "ministry" and org.country:
            return False  # a state's own office before a name is its holder ("Papst Franziskus": the Pope)
        word, nxt = toks[last.tok_start], toks[last.tok_end]
        return word.text[1:].islower() and is_known(word.text, doc.lang) and nxt.sent == word.sent \
            and nxt.start == word.end + 1 and name_like(nxt.text, doc.lang) and not self.gaz.lookup(nxt.text)

    def _product(self, doc: Doc, hit: Hit) -> bool:
        """A company's bare name after an indefinite article, or (where the language says so) after a count or before
        a model number, names what it makes: "a Boeing", "60 Boeing 787 aircraft", "the Airbus A400M"."""
        toks = doc.tokens
        prev = toks[hit.tok_start - 1] if hit.tok_start > 0 else None
        nxt = toks[hit.tok_end] if hit.tok_end < len(toks) else None
        if nxt is not None and nxt.sent == toks[hit.tok_start].sent and nxt.lower in self.lex.officer_nouns:
            return False  # "a Siemens executive", "an Airbus official": someone of the company, not what it makes
        if prev is not None and prev.lower in self.lex.product_articles:
            return True
        if not self.lex.product_numbers:
            return False
        return (prev is not None and prev.sent == toks[hit.tok_start].sent and prev.text.replace(",", "").isdigit()
                and not _year(prev.text)) \
            or (nxt is not None and nxt.sent == toks[hit.tok_start].sent and _model_code(nxt.text))

    def _resolve(self, doc: Doc, group: list[Hit], when: date | None) -> list[Mention]:
        toks = doc.tokens
        first, last = group[0], group[-1]
        start, end = toks[first.tok_start].start, toks[last.tok_end - 1].end
        text = doc.text[start:end]
        adj = next((e for h in group for e in h.entries if e.kind in ("adjective", "country", "capital")), None)
        # the noun after the country's adjective names the sector: "Sprecher der russischen Armee" is MIL
        at = next((i for i, h in enumerate(group) if any(e.kind == "adjective" for e in h.entries)), 0)
        sectors = [e for h in [*group[at:], *group[:at]] for e in h.entries if e.kind == "sector"]
        # "Sprecher der Polizei", "Chef der Gewerkschaft": the owner's sector, not the title's
        owned = len(sectors) > 1 and sectors[0].name in self.gaz.owner_heads
        sector = sectors[1].sector if owned else sectors[0].sector if sectors else None
        person = next((e for h in group for e in h.entries if e.kind == "person"), None)
        org = next((e for h in group for e in h.entries if e.kind == "org"), None)
        if org is not None and org.etype == "company" and len(group) > 1 and _first(first, "org") is org \
                and toks[first.tok_end].lower in self.lex.genitive_links:
            return self._resolve(doc, group[1:], when)  # "ein Airbus der Luftwaffe": the air force's aircraft
        base = dict(tok_start=first.tok_start, tok_end=last.tok_end, start=start, end=end, text=text)
        owner = next((i for i, h in enumerate(group)
                      if any(e.kind == "person" and e.form in ("gen", "poss") for e in h.entries)), None)
        named = next((e for h in group[owner + 1:] for e in h.entries if e.kind == "person"), None) \
            if owner is not None else None
        if named is not None:  # "Putins Sprecher Dmitri Peskow" is Peskov
            return [Mention(**base, kind="actor", via="person", actor=_person_actor(text, named, when, None, sector))]
        if person and owner is not None and owner + 1 < len(group) and sector is not None:
            # "Selenskyjs Berater": someone of the person's country and of the noun's sector
            role = person.role_at(when)
            country = role.country if role and role.country else person.country
            return [Mention(**base, kind="actor", via="phrase",
                            actor=ActorRef(text, self.gaz.countries.get(country or "", person.name),
                                           actor_id(country, sector), country, sector))]
        if person and len(group) > 1 and _first(first, "person") is None \
                and toks[first.tok_start].lower in self.lex.head_governments and sectors:
            # "die Regierung Netanjahu", "das Regime Assad": the body the head names, his country's, not the person
            role = person.role_at(when)
            country = person.country or (role.country if role else None)
            if country:
                return [Mention(**base, kind="actor", via="phrase",
                                actor=ActorRef(text, self.gaz.countries.get(country, country),
                                               actor_id(country, sectors[0].sector), country, sectors[0].sector))]
        if person:
            return [Mention(**base, kind="actor", via="person",
                            actor=_person_actor(text, person, when, adj.country if adj else None, sector))]
        if len(group) == 1 and first.compound_part:
            tok = toks[first.tok_start]
            head_sector = self.gaz.compound_sector(tok.text)
            entry = _first(first, "country", "capital", "adjective", "org", "equipment")
            if entry is not None and entry.kind == "org":
                # "NATO-Verteidigungsminister" is NATO acting; "NATO-Munition" only says whose
                low = tok.text.lower()
                member = bool(self.lex.member_heads) and low.endswith(self.lex.member_heads) \
                    or bool(self.lex.group_member_heads) and entry.sector != "IGO" \
                    and low.endswith(self.lex.group_member_heads)
                return [Mention(**base, kind="actor" if head_sector or member else "origin", via="compound",
                                actor=ActorRef(text, entry.name, entry.ref, entry.country, entry.sector))]
            if entry is None:
                return []
            if entry.kind == "equipment":
                return [Mention(**base, kind="equipment", via="equipment", place=None,
                                actor=ActorRef(text, entry.name, entry.ref, entry.country, None))]
            kind = "actor" if head_sector else "origin"
            return [Mention(**base, kind=kind, via="compound",  # type: ignore[arg-type]
                            actor=_country_actor(text, entry, self.gaz, head_sector))]
        if org and org.etype == "company" and len(group) == 1 and self._product(doc, first):
            return []  # "ein Airbus der Luftwaffe", "a Boeing 737", "60 Boeing 787s": the aircraft, not the company
        if org:
            if self._generic_org(doc, group, org, adj):  # "die spanische Linkspartei (Podemos)": not Die Linke
                country = adj.country if adj else None
                return [Mention(**base, kind="actor", via="phrase" if adj else "sector",
                                actor=ActorRef(text, text, actor_id(country, org.sector) if country else None,
                                               country, org.sector))]
            country = org.country or (adj.country if adj else None)
            return [Mention(**base, kind="actor", via="org",
                            actor=ActorRef(text, org.name, org.ref, country, org.sector))]
        if adj is not None and adj.kind == "country" and sector is None and len(group) == 1 \
                and _first(first, "people") is not None and self._counted(doc, first.tok_start):
            adj = None  # "Tausende Polen", "5000 Ungarn": a count before a country name that is also its people's plural
        if adj is not None:
            if sector is None and adj.kind == "adjective":
                # an adjective alone: actor if the next token is a sector head ("Kampftruppen"), else origin
                nxt = toks[last.tok_end] if last.tok_end < len(toks) else None
                head = self.gaz.sector_of_head(nxt.text) if nxt is not None and nxt.sent == toks[first.tok_start].sent else None
                if head is None and nxt is not None and nxt.lower in self.lex.side_nouns \
                        and nxt.sent == toks[first.tok_start].sent and self._side_acts(doc, first.tok_start, nxt.i):
                    head = "GOV"  # "die russische Seite lehnte ab"; "auf der russischen Seite (der Grenze)" is a place
                if head is None and nxt is not None and nxt.lower in self.lex.colleagues.get("nouns", ()) \
                        and first.tok_start > 0 and toks[first.tok_start - 1].lower in self.lex.colleagues.get("owners", ()):
                    head = "GOV"  # "traf seinen französischen Kollegen": the counterpart of the minister who met him
                if head:
                    end = nxt.end  # type: ignore[union-attr]
                    text = doc.text[start:end]
                    base.update(tok_end=nxt.i + 1, end=end, text=text)  # type: ignore[union-attr]
                    return [Mention(**base, kind="actor", via="adjective+head", actor=_country_actor(text, adj, self.gaz, head))]
                shared = self._coordinated_head(doc, last.tok_end)
                if shared:  # "Lithuanian and Latvian troops", "nordkoreanische und russische Soldaten"
                    return [Mention(**base, kind="actor", via="adjective+head",
                                    actor=_country_actor(text, adj, self.gaz, shared))]
                if self._adjective_as_noun(doc, first.tok_start, last.tok_end) or self._nominalised(doc, group):
                    # "the British are ...", "sei der Deutsche befreit worden"
                    return [Mention(**base, kind="actor", via="people", actor=_country_actor(text, adj, self.gaz, None))]
                return [Mention(**base, kind="origin", via="adjective", actor=_country_actor(text, adj, self.gaz, None))]
            via = adj.kind if len(group) == 1 else "phrase"
            if sector is None:
                sector = "GOV" if adj.kind in ("country", "capital") else None
            return [Mention(**base, kind="actor", via=via, actor=_country_actor(text, adj, self.gaz, sector))]
        people = _first(first, "people")
        if people is not None:
            return [Mention(**base, kind="actor", via="people", actor=_country_actor(text, people, self.gaz, None))]
        place = _first(first, "place")
        if place is not None:
            return [Mention(**base, kind="place", via="place",
                            place=Place(text, place.name, place.country, place.lat, place.lon))]
        equip = _first(first, "equipment")
        if equip is not None:
            return [Mention(**base, kind="equipment", via="equipment",
                            actor=ActorRef(text, equip.name, equip.ref, equip.country, None))]
        if sector is not None and sector not in self.lex.named_only_sectors and text.lower() not in self.lex.named_only_nouns \
                and sectors[0].form != "named":  # a Phoenix agent noun ("clerics") names no one alone
            # "die Truppen", "officials": the country comes from context, if at all
            return [Mention(**base, kind="actor", via="sector", actor=ActorRef(text, text, None, None, sector))]
        return []

    @staticmethod
    def _counted(doc: Doc, start: int) -> bool:
        """A number right before the token at ``start`` ("Tausende", "5000"; a year is none): people are counted, a
        state is not, so the name is the people's plural."""
        if start == 0 or doc.tokens[start - 1].sent != doc.tokens[start].sent:
            return False
        prev = doc.tokens[start - 1].text
        return not _year(prev) and parse_number(prev, doc.lang) is not None

    def _side_acts(self, doc: Doc, start: int, noun: int) -> bool:
        """'die russische Seite lehnte ab', 'von russischer Seite in den Weg gelegt': a side noun with no preposition
        or an agent's (``side_agent_preps``) is a party acting; 'auf der russischen Seite', 'von der russischen
        Seite der Grenze' (a genitive after it) are places."""
        prep = self._preposition(doc, start)
        if prep is None:
            return True
        toks = doc.tokens
        after = toks[noun + 1].lower if noun + 1 < len(toks) and toks[noun + 1].sent == toks[noun].sent else ""
        return prep in self.lex.side_agent_preps and after not in self.lex.genitive_links
