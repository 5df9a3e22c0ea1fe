"""Plans, plots, conditions and ruled-out acts (round 10, de10c): how certain an event is told, read off its clause.

Every sentence is written for this test after a form met in news-gold's dev half or dev2; none is copied."""

from __future__ import annotations

import pytest

from .test_claims import events, one


@pytest.mark.parametrize(("lang", "text"), [
    # a plan told as past: the act was planned, never told as done
    ("de", "Der Mann soll einen Anschlag auf die Botschaft der USA in Kairo geplant haben."),
    ("de", "Die Polizei nahm zwei Iraner fest, die verdächtigt werden, Anschläge in Nairobi geplant zu haben."),
    ("de", "Die Zelle hatte einen Anschlag auf die Botschaft der USA in Kairo geplant."),
    ("en", "The cell had planned an attack on the US embassy in Cairo."),
])
def test_a_plot_told_as_past_is_no_attack(lang: str, text: str) -> None:
    assert not [e for e in events(text, lang) if e["event_type"] == "ASSAULT"], text


def test_the_arrest_of_plotters_stays_and_a_carried_out_attack_stays() -> None:
    evs = events("Die Polizei nahm zwei Iraner fest, die Anschläge in Nairobi geplant haben sollen.", "de")
    assert one(evs, "COERCE", "KEN")["modality"] == "factual"
    done = events("Der Mann soll einen Anschlag auf die Botschaft der USA in Kairo verübt haben.", "de")
    assert one(done, "ASSAULT")["modality"] == "factual"


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("de", "Russland plant einen Angriff auf die Ukraine.", "ASSAULT"),
    # a present perfect of the plan is a plan now, not a plot
    ("de", "Die USA haben für Montag Gespräche mit Russland in Genf geplant.", "CONSULT"),
    ("en", "The United States have planned talks with Russia in Geneva for Monday.", "CONSULT"),
    ("de", "Die für Mittwoch geplante Kundgebung der Opposition in Bangkok soll am Regierungssitz beginnen.", "PROTEST"),
    ("en", "Russia's planned talks with Ukraine in Istanbul are expected to focus on grain.", "CONSULT"),
])
def test_a_plan_now_is_future(lang: str, text: str, etype: str) -> None:
    assert one(events(text, lang), etype)["modality"] == "future"


@pytest.mark.parametrize(("text", "modality"), [
    # "kündigte ... auf" / "kündigte den Vertrag": terminated, a deed told as done
    ("Die Regierung Polens kündigte das Abkommen mit Russland auf.", "factual"),
    ("Die USA kündigten den Vertrag mit Russland.", "factual"),
    # "kündigte ... an": announced
    ("Russland kündigte den Abbruch der Beziehungen zu Georgien an.", "future"),
])
def test_kuendigen_is_future_only_with_its_particle(text: str, modality: str) -> None:
    e = next(e for e in events(text, "de") if e["event_type"] in ("SANCTION", "REJECT"))
    assert e["modality"] == modality, text


@pytest.mark.parametrize(("lang", "text", "etype", "modality"), [
    ("de", "Ein Angriff der Türkei auf Syrien sei nicht ausgeschlossen, sagte der Sprecher.", "ASSAULT", "hypothetical"),
    ("de", "Ein Angriff der Türkei auf Syrien sei nicht auszuschließen, sagte der Sprecher.", "ASSAULT", "hypothetical"),
    # not ruling out one's own strikes holds them over the other side: a THREATEN (dep31, round 31), made by saying so,
    # so factual (deroles32; the strikes themselves are no event of their own and stay possible)
    ("de", "Die Regierung der Türkei schloss Luftangriffe der türkischen Armee auf kurdische Rebellen nicht aus.", "THREATEN",
     "factual"),
    ("de", "Die Türkei hat Syrien nicht angegriffen.", "ASSAULT", "negated"),
    # English reads as German since enparity32 (round 32): a threat made by saying so
    ("en", "Turkey did not rule out an attack on Syria.", "THREATEN", "factual"),
])
def test_a_negated_ruling_out_keeps_the_act_possible(lang: str, text: str, etype: str, modality: str) -> None:
    found = [e for e in events(text, lang) if e["event_type"] == etype]
    assert found and found[0]["modality"] == modality, (text, [(e["event_type"], e["modality"]) for e in events(text, lang)])


@pytest.mark.parametrize(("text", "etype"), [
    ("Sollte Russland angreifen, würden die USA Truppen nach Polen verlegen.", "MOBILIZE"),
    ("Falls Russland die Ukraine angreife, würde Deutschland der Ukraine Waffen liefern.", "AID"),
])
def test_an_act_under_a_condition_is_hypothetical(text: str, etype: str) -> None:
    assert one(events(text, "de"), etype)["modality"] == "hypothetical"


def test_a_threat_told_as_done_keeps_its_condition_apart() -> None:
    text = "China hatte der EU mit Konsequenzen gedroht, sollte das Parlament den Preis an den Dissidenten vergeben."
    assert one(events(text, "de"), "THREATEN", "CHN")["modality"] == "factual"


@pytest.mark.parametrize("text", [
    "Sollte Nordkorea weitere Raketen testen, werde Japan Sanktionen gegen Nordkorea verhängen.",
    "Andernfalls werde Japan Sanktionen gegen Nordkorea verhängen.",
])
def test_sanctions_under_a_condition_are_a_threat_of_the_side_that_imposes_them(text: str) -> None:
    e = one(events(text, "de"), "THREATEN", "JPN")
    assert (e["target"] or {}).get("country") == "PRK"


def test_the_condition_is_no_part_of_the_main_clause() -> None:
    # "Wenn X ..., würden Y ...": the deploying side is Y, the act stays a (hypothetical) deployment
    evs = events("Wenn Russland angreife, würden die USA Truppen nach Polen verlegen.", "de")
    e = one(evs, "MOBILIZE", "USA")
    assert e["modality"] == "hypothetical"
    assert not [x for x in evs if x["event_type"] in ("MOBILIZE", "THREATEN") and (x["source"] or {}).get("country") == "RUS"]


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("de", "Die Ankündigung neuer Sanktionen gegen Russland durch die EU löste in Moskau Empörung aus.", "SANCTION"),
    ("de", "Polen reagierte empört auf die Ankündigung Russlands, Sanktionen gegen Polen zu verhängen.", "SANCTION"),
    ("en", "The EU made the announcement of new sanctions against Russia on Monday.", "SANCTION"),
])
def test_an_act_named_by_an_announcement_is_future(lang: str, text: str, etype: str) -> None:
    assert one(events(text, lang), etype)["modality"] == "future"


def test_an_announcement_does_not_reach_the_verb_of_its_clause() -> None:
    # the welcoming is done; only what the announcement names is to come
    text = "Die Opposition in Thailand begrüßte die Ankündigung des Premierministers."
    assert one(events(text, "de"), "SUPPORT")["modality"] == "factual"
    # a verb right after a plan noun is no part of it: the protest against the plans is done
    text = "Gegen die Pläne der Regierung Polens protestierten Tausende in Warschau."
    assert one(events(text, "de"), "PROTEST")["modality"] == "factual"


def test_an_english_condition_ends_at_its_comma() -> None:
    # the negation of the condition is not the main clause's; the sanctions threaten
    evs = events("If Iran does not comply, the United States would impose sanctions on Iran.", "en")
    assert one(evs, "THREATEN", "USA")["target"]["country"] == "IRN"
    assert not [e for e in evs if e["modality"] == "negated" and (e["source"] or {}).get("country") == "USA"]


@pytest.mark.parametrize(("text", "modality"), [
    ("Am Montag soll eine Demonstration der Opposition vor dem Parlament in Bangkok stattfinden.", "future"),
    ("Außer der Kundgebung in Bangkok wird es eine Demonstration der thailändischen Opposition geben.", "future"),
    # a past infinitive tells it as done (reported), a passive participle as happening
    ("Bei der Demonstration in Bangkok soll es Festnahmen durch die thailändische Polizei gegeben haben.", "factual"),
])
def test_a_noun_under_soll_or_werden_with_a_bare_infinitive_is_to_come(text: str, modality: str) -> None:
    evs = events(text, "de")
    assert evs and evs[0]["modality"] == modality, [(e["event_type"], e["modality"]) for e in evs]


def test_what_is_not_ruled_out_in_a_dass_clause_is_possible() -> None:
    base = "Die türkische Regierung {}, dass die türkische Armee Stellungen der Kurden in Syrien {}."
    possible = one(events(base.format("schloss nicht aus", "angreift"), "de"), "ASSAULT", "TUR")
    told = one(events(base.format("bestätigte", "angegriffen hat"), "de"), "ASSAULT", "TUR")
    assert (possible["modality"], told["modality"]) == ("hypothetical", "factual")
