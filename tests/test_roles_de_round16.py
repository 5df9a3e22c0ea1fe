"""German doers named in the text (round 16): the main clause after a fronted subordinate clause, on sentences
written for these tests."""

from __future__ import annotations

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def test_the_subject_of_a_main_clause_after_a_fronted_subordinate_clause_follows_its_verb() -> None:
    got = roles("Nachdem Israel den Gazastreifen bombardiert hatte, verurteilte Ägypten den Angriff.")
    assert ("ACCUSE", "EGY", "ISR") in got, got
    assert not any(t == "ACCUSE" and s == "ISR" for t, s, _ in got), got


def test_a_fronted_infinitive_clause_leaves_the_main_clause_its_own_subject() -> None:
    got = roles("Nachdem die Gespräche gescheitert waren, um die Krise zu beenden, verhängte Frankreich Sanktionen gegen Syrien.")
    assert ("SANCTION", "FRA", "SYR") in got, got


def test_a_pronoun_after_the_verb_is_the_fronted_clause_subject() -> None:
    got = roles("Nachdem die USA neue Zölle angekündigt hatten, drohten sie China mit weiteren Sanktionen.")
    assert ("THREATEN", "USA", "CHN") in got, got


def _clauses(text: str) -> list[str]:
    from lagebild.extract.clauses import ClauseWords, Fronted, split_clauses
    from lagebild.knowledge.resources import load
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline(components=["segment"])(Article(text, lang="de"))
    finite = {"wurden", "hatte", "verurteilte"}
    fronted = Fronted(frozenset({"nachdem"}), lambda j: doc.tokens[j].lower in finite)
    return [" ".join(t.text for t in doc.tokens[c.start:c.end])
            for c in split_clauses(doc, 0, {"nachdem", "die"}, {"die"}, finite=finite, fronted=fronted,
                                         words=ClauseWords.from_data(load("lexicon", "de").get("clause_words")))]


def test_the_main_clause_is_cut_from_a_fronted_subordinate_clause_only() -> None:
    assert _clauses("Nachdem die Armee angegriffen hatte, verurteilte Ägypten den Angriff.")[-1].startswith("verurteilte")
    # a prepositional Vorfeld is no subordinate clause: its relative clause stays with the main clause, whose doer
    # the phrase may name ("Bei einem Angriff der Rebellen, die ..., wurden ... getötet")
    got = _clauses("Bei einem Angriff der Rebellen, die seit Jahren kämpfen, wurden fünf Soldaten getötet.")
    assert not any(c.startswith("wurden") for c in got), got


def test_a_verb_that_approves_signals_or_sends_an_act_makes_its_subject_the_doer() -> None:
    assert ("MOBILIZE", "ISR", None) in roles("Das Kabinett Israels habe dem Einberufungsbefehl für zehntausend Reservisten "
                                              "zugestimmt.")
    assert ("REJECT", "POL", "DEU") in roles("Die Regierung Polens signalisierte Ablehnung gegenüber dem Vorschlag Deutschlands.")
    # an infinitive the lemmatiser gets wrong ("schicken" -> "schick") still carries the note
    assert any(t in ("ACCUSE", "PROTEST") and s == "SRB" for t, s, _ in roles(
        "Serbien werde eine Protestnote an die Regierung der USA schicken."))
