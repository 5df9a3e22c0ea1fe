"""German subject pronouns by agreement: "Sie fordern" goes on with the plural subject before it, "Sie will" with
a feminine singular one ("Die Regierung"), "Er" with a masculine one, "..., sie werde" / "..., man habe" with its
own sentence's subject.

Apart from coreference.py's descriptions ("die Miliz"), which match a kind noun to a named actor: a pronoun has no
kind, so number (the finite verb beside it) and gender (the antecedent's determiner, a person's dictionary gender)
choose. The words are coreference.yaml's (``plural_subject``, ``singular_subject``, ``impersonal_subject``), held
by Coreference; the chain lives in the article's mentions only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import ActorRef, Doc, Mention
from .coreference import Coreference, refers_to


def pronoun_subjects(coref: Coreference, doc: Doc, mentions: list[Mention], preps: frozenset[str] = frozenset(),
                     person_gender: Callable[[Mention], str | None] = lambda m: None) -> list[Mention]:
    """'Die Rebellen lehnten ab. Sie fordern ...', 'Die Regierung kündigte ... an. Sie will ...', 'Die Regierung
    erklärte, sie werde ...': a subject pronoun goes on with the subject of the sentence just before in its
    paragraph (a chain keeps it), or in a clause after a comma with its own sentence's subject ("man" only
    there: "Das Amt erklärte, man habe ..."), where number and gender agree (the verb tells "sie" they from
    "sie" she; the subject's determiner or a person's ``person_gender`` tells hers). ``preps`` open an adverbial
    Vorfeld ("In der Notiz teilten sie mit"). New mentions; ``mentions`` in text order."""
    if not coref.plural_pronouns and not coref.singular_pronouns:
        return []
    toks = doc.tokens
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    subjects: dict[int, tuple[Mention, str]] = {}  # sentence -> its subject actor and its gender ("p": plural)
    for m in mentions:
        s = toks[m.tok_start].sent
        if s not in subjects and m.kind == "actor" and m.actor is not None and m.actor.country \
                and (v := _subject_verb(coref, doc, m.tok_start, _member_end(doc, m, mentions), preps, covered)) \
                is not None:
            subjects[s] = (m, _gender(coref, doc, m, v, person_gender) or "")  # "": not told (only "man" fits)
    obliques: dict[int, list[tuple[Mention, str]]] = {}  # sentence -> its actors in a dative phrase, with gender
    for m in mentions:
        if m.kind == "actor" and m.actor is not None and m.actor.country \
                and (g := _oblique_gender(coref, doc, m, person_gender)) is not None:
            obliques.setdefault(toks[m.tok_start].sent, []).append((m, g))
    for s in list(obliques):  # only the sentence's one actor, and not after a subject noun phrase
        named = {(m.actor.actor_id or m.actor.name) for m in mentions if m.kind == "actor" and m.actor is not None
                 and m.actor.country and toks[m.tok_start].sent == s}
        one = doc.sentences[s]
        if len(named) > 1 or toks[one.tok_start].lower in dict(coref.genders) or any(
                w.lower in coref.plural_pronouns or w.lower in dict(coref.singular_pronouns)
                for w in toks[one.tok_start:one.tok_end]):
            del obliques[s]  # "Die Entscheidung fiel bei der Regierung. Sie hat ...": "sie" is the decision;
            # "Er wurde zum Präsidium gebracht. Er soll ...": the chain goes on with the pronoun before
    pronouns = {w for w, _ in coref.singular_pronouns} | coref.plural_pronouns | coref.impersonal
    out: list[Mention] = []
    for sent in doc.sentences:
        prev = doc.sentences[sent.i - 1] if sent.i else None
        for w in toks[sent.tok_start:sent.tok_end]:
            if w.lower not in pronouns or w.i in covered:
                continue
            own = subjects.get(sent.i)
            clause = w.i > sent.tok_start and (toks[w.i - 1].text == "," or (
                toks[w.i - 1].lower in coref.subject_openers and w.i > sent.tok_start + 1
                and toks[w.i - 2].text == ","))
            if clause and own is not None and own[0].tok_end <= w.i:
                ante, wants = own, pronoun_genders(coref, w.lower, toks[w.i + 1] if w.i + 1 < sent.tok_end else None)
            elif w.i < sent.tok_start + 8 and prev is not None and prev.paragraph == sent.paragraph \
                    and w.lower not in coref.impersonal \
                    and (v := _subject_verb(coref, doc, w.i, w.i + 1, preps, covered)) is not None:
                wants = pronoun_genders(coref, w.lower, toks[v])
                ante = subjects.get(prev.i) or _oblique(obliques.get(prev.i, []), wants)  # type: ignore[assignment]
                if (ante is None or ante[1] not in wants) and wants == {"f"} \
                        and dict(coref.genders).get(toks[prev.tok_start].lower) != "f":  # "Die Regierung lobte X"
                    ante = _named_woman(doc, mentions, prev.i, person_gender) or ante
            else:
                continue
            if ante is None or ante[1] not in wants or ante[0].actor is None:
                if not clause and ante is not None and {ante[1], *wants} <= {"m", "f"} and len(wants) == 1 \
                        and (ante[0].via == "person" or ante[1] == "f"):  # "Der Fraktion ...": "der" may be hers
                    doc.unbound_pronouns.add(w.i)  # "Macron lobte Olaf Scholz. Sie ...": she is not he
                continue
            ref = ante[0].actor
            m = Mention(w.i, w.i + 1, w.start, w.end, w.text, "actor", via="coreference",
                        actor=ActorRef(w.text, ref.name, ref.actor_id, ref.country, ref.sector),
                        refers_to=ante[0].refers_to or refers_to(doc, ante[0]))
            if not clause:
                subjects.setdefault(sent.i, (m, ante[1]))
            out.append(m)
            covered.add(w.i)
    return out + object_pronouns(coref, doc, subjects, covered)


def object_pronouns(coref: Coreference, doc: Doc, subjects: dict[int, tuple[Mention, str]], covered: set[int]) -> list[Mention]:
    """'Die Rebellen eroberten die Stadt. Die Türkei lieferte ihnen Waffen', 'Der Botschafter ... Die Regierung wies
    ihn aus': an object pronoun (coreference.yaml ``object_pronouns``) in a sentence with a subject of its own goes
    on with the subject of the sentence just before in its paragraph where the gender agrees, as a subject pronoun
    does; never that sentence's own subject's side (it would be "sich"). "sie" only right after the finite verb."""
    objects = dict(coref.object_pronouns)
    if not objects:
        return []
    toks = doc.tokens
    out: list[Mention] = []
    for sent in doc.sentences[1:]:
        prev = doc.sentences[sent.i - 1]
        own, ante = subjects.get(sent.i), subjects.get(prev.i)
        if own is None or ante is None or prev.paragraph != sent.paragraph or ante[0].actor is None \
                or own[0].actor is None or same_side(own[0].actor, ante[0].actor):
            continue
        for w in toks[own[0].tok_end:sent.tok_end]:
            if w.lower not in objects or w.i in covered or ante[1] not in objects[w.lower] or (
                    w.lower in coref.plural_pronouns and not _finite(coref, toks[w.i - 1].text)):
                continue
            ref = ante[0].actor
            out.append(Mention(w.i, w.i + 1, w.start, w.end, w.text, "actor", via="coreference",
                               actor=ActorRef(w.text, ref.name, ref.actor_id, ref.country, ref.sector),
                               refers_to=ante[0].refers_to or refers_to(doc, ante[0])))
            covered.add(w.i)
    return out


def same_side(a: ActorRef, b: ActorRef) -> bool:
    """One actor, or two of one country: an object pronoun would be "sich" ("Die Regierung lobte sich")."""
    return (a.actor_id is not None and a.actor_id == b.actor_id) or (a.country is not None and a.country == b.country)


def _named_woman(doc: Doc, mentions: list[Mention], sent: int,
                 person_gender: Callable[[Mention], str | None]) -> tuple[Mention, str] | None:
    """"Macron lobte Angela Merkel. Sie kritisierte ...": where the sentence before has no feminine subject, "sie"
    with a singular verb is the woman it named last (an object), never its subject man; by the dictionary's gender."""
    women = [m for m in mentions if m.kind == "actor" and m.via == "person" and m.actor is not None
             and m.actor.country and doc.tokens[m.tok_start].sent == sent and person_gender(m) == "f"]
    return (women[-1], "f") if women else None

def _oblique(cands: list[tuple[Mention, str]], wants: frozenset[str]) -> tuple[Mention, str] | None:
    """The antecedent in a dative phrase of the sentence before, the only actor it names: where it agrees."""
    return next((c for c in cands if c[1] in wants), None)

def _oblique_gender(coref: Coreference, doc: Doc, m: Mention, person_gender: Callable[[Mention], str | None]) -> str | None:
    """An actor's gender where it stands in a dative phrase ("mit der Opposition" "f", "zum Präsidenten" "m",
    "laut Andreas Richter" the dictionary's), told by the determiner after the preposition; None elsewhere."""
    if not coref.oblique_preps:
        return None
    toks = doc.tokens
    sent = toks[m.tok_start].sent
    genders = dict(coref.oblique_genders)
    k = m.tok_start - 1
    while k >= 0 and m.tok_start - k <= 2 and toks[k].sent == sent and toks[k].text.islower() \
            and toks[k].lower not in genders and toks[k].lower not in coref.oblique_preps:
        k -= 1  # "mit der radikalen Opposition"
    if k < 0 or toks[k].sent != sent:
        return None
    if toks[k].lower in coref.oblique_preps:  # "laut Andreas Richter": no determiner, a person's gender
        return person_gender(m) if m.via == "person" and k == m.tok_start - 1 else None
    if toks[k].lower not in genders:
        return None
    if toks[k].lower not in coref.determiners:  # a contraction ("zur", "beim"): preposition and determiner
        return genders[toks[k].lower]
    return genders[toks[k].lower] if k > 0 and toks[k - 1].sent == sent and toks[k - 1].lower in coref.oblique_preps \
        else None

def pronoun_genders(coref: Coreference, word: str, verb: Any) -> frozenset[str]:
    """What a subject pronoun may stand for, by its finite verb where one is next to it: "sie" with a plural verb
    "p", with a singular one "f"; without a verb beside it ("dass sie ... werde") either."""
    if word in coref.impersonal:  # "man habe": any speaker, told by the subjunctive; "man einigte sich": none
        return frozenset({"m", "f", "n", "p", ""}) if verb is not None and verb.lower in coref.impersonal_verbs \
            else frozenset()
    one = dict(coref.singular_pronouns).get(word)
    plural = word in coref.plural_pronouns
    if verb is not None and _plural_verb(coref, verb.text):
        return frozenset({"p"} if plural else ())
    if verb is not None and singular_verb(coref, verb.text):
        return frozenset({one} if one else ())
    return frozenset({*(("p",) if plural else ()), *((one,) if one else ())})

def _gender(coref: Coreference, doc: Doc, m: Mention, v: int, person_gender: Callable[[Mention], str | None]) -> str | None:
    """A subject's number and gender: "p" before a plural verb, else its determiner's ("Die Regierung" "f", "Der
    Konzern" "m"), else a named person's; None where nothing tells."""
    toks = doc.tokens
    if _plural_verb(coref, toks[v].text):
        return "p"
    if not singular_verb(coref, toks[v].text):
        return None
    genders = dict(coref.genders)
    k = m.tok_start - 1
    if k > 0 and toks[k].text.islower() and toks[k].lower not in genders:
        k -= 1  # "die radikale Miliz"
    if k >= 0 and toks[k].sent == toks[m.tok_start].sent and toks[k].lower in genders:
        return genders[toks[k].lower]
    return person_gender(m) if m.via == "person" or _named_member(doc, m) else None


def _member_end(doc: Doc, m: Mention, mentions: list[Mention]) -> int:
    """Where a subject's noun phrase ends: a named member's reaches over the body it speaks for ("Patrick Kamanda von
    der Umweltbehörde Ugandas | sagte"), so its finite verb comes after that; any other mention's is its own end."""
    if not _named_member(doc, m):
        return m.tok_end
    end = next((o.tok_end for o in mentions if m.tok_end < o.tok_start <= m.tok_end + 4 and o.kind == "actor"),
               m.tok_end)  # "von der Nationalen Umwelt Behörde": the link, its determiner, two words of the name
    toks = doc.tokens
    if end < len(toks) and toks[end].text == "(":  # "... Ugandas (NEMA) sagte": the body's own name in brackets
        close = next((k for k in range(end + 1, min(end + 12, len(toks))) if toks[k].text == ")"), None)
        end = close + 1 if close is not None else end
    return end


def _named_member(doc: Doc, m: Mention) -> bool:
    """An unknown person named with the body it speaks for ("Patrick Kamanda von der Umweltbehörde", "Jens Nacke
    (CDU)"): a person, so the dictionary's default gender holds as for a named one; not a group ("die Ataka-Partei")."""
    return m.via in ("appositive+org", "appositive+party") and m.tok_end - m.tok_start >= 2 \
        and doc.tokens[m.tok_start].text[:1].isupper()

def _subject_verb(coref: Coreference, doc: Doc, start: int, end: int, preps: frozenset[str], covered: set[int]) -> int | None:
    """Where the finite verb of the main clause whose subject tokens start..end are stands: they open the
    sentence (after determiners and lower-case modifiers only) with a finite verb after them ("Die Nationalisten
    sehen", "Sie fordern"), or follow such a verb that stands after an adverbial Vorfeld, one adverb or a phrase
    led by a preposition ("Dabei setzten sie", "Offenbar nutzten die Demonstranten", "In der Notiz teilten sie");
    never after a Vorfeld that may itself be the subject ("Die Behörden nahmen sie fest"). None: no subject."""
    toks = doc.tokens
    sent = doc.sentences[toks[start].sent]
    k = start
    while k > sent.tok_start and start - k < 2 and (toks[k - 1].lower in coref.determiners or (
            toks[k - 1].text.islower() and not _finite(coref, toks[k - 1].lower))):
        k -= 1
    if k == sent.tok_start:  # opening the sentence, never after an object's article ("Den Kanzler traf Macron")
        return end if end < sent.tok_end and _finite(coref, toks[end].text) \
            and toks[k].lower not in coref.object_determiners else None
    v = k - 1  # the finite verb, after the Vorfeld
    vorfeld = toks[sent.tok_start:v]
    if not vorfeld or not _finite(coref, toks[v].text) or len(vorfeld) > 6 \
            or any(w.text in (",", ":", '"') for w in vorfeld):
        return None
    if len(vorfeld) == 1:  # "Dabei", "Offenbar": an adverb, not a name or a noun the knowledge base knows
        ok = vorfeld[0].text.isalpha() and vorfeld[0].i not in covered and vorfeld[0].lower not in coref.determiners
    else:
        ok = vorfeld[0].lower in preps
    return v if ok else None

def _finite(coref: Coreference, word: str) -> bool:
    """A lower-case word in a finite form, plural or singular."""
    return _plural_verb(coref, word) or singular_verb(coref, word)

def singular_verb(coref: Coreference, word: str) -> bool:
    """A lower-case word in a singular finite form ("fordert", "forderte", "will"; not "nicht", an adverb)."""
    return word.isalpha() and word.islower() and word not in coref.non_verbs and (
        word in coref.singular_verbs or bool(coref.singular_endings) and word.endswith(coref.singular_endings))

def _plural_verb(coref: Coreference, word: str) -> bool:
    """A lower-case word in a plural finite form ("fordern", "forderten", "sind"; not "gegen", a preposition)."""
    return word.isalpha() and word.islower() and word not in coref.non_verbs and (
        word in coref.plural_verbs or word.endswith(coref.plural_endings))

def opening_subject(coref: Coreference, doc: Doc, start: int, end: int, preps: frozenset[str],
                    coordinators: frozenset[str]) -> bool:
    """Whether the name at start..end is its main clause's subject, told without a parse: it opens the sentence
    (after a nominative determiner, a title, an adjective) with a lower-case word after it, the finite verb or a
    phrase of its own ("Emmanuel Macron traf", "Der Kanzler Olaf Scholz von der SPD sagte"), not "und"; or it
    stands right after the finite verb of an adverbial Vorfeld ("Am Montag lobte Macron ..."). So "er" opening the
    next sentence goes on with it (centering) rather than with a man named later as the object."""
    if not coref.object_determiners:
        return False
    toks = doc.tokens
    sent = doc.sentences[toks[start].sent]
    nxt = toks[end] if end < sent.tok_end else None
    if start > sent.tok_start and _subject_verb(coref, doc, start, end, preps, set()) is not None:
        return True  # "Am Montag lobte Macron ...", "Dabei sagte Macron ..."
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()) or nxt.lower in coordinators:
        return False
    vorfeld = toks[sent.tok_start:start]
    if len(vorfeld) > 4 or any(not w.text.isalpha() for w in vorfeld):
        return False
    if vorfeld and (vorfeld[0].lower in preps or vorfeld[0].lower in coref.object_determiners
                    or vorfeld[0].lower in coref.subject_openers):
        return False  # "Nach Angaben von Macron", "Den Kanzler Scholz traf Macron", "Ob Macron ..."
    return not any(w.text.islower() and (w.lower in preps or w.lower in coref.determiners or w.lower in coordinators
                                         or _finite(coref, w.lower))
                   for w in vorfeld[1:])  # "Die Regierung von Scholz", "Macron und Scholz", "Gestern traf Scholz Macron"
