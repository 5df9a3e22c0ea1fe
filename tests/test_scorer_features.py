"""Round 16's scorer features (feat16): the trigger's kind, roles read back through coreference, and the event among
its sentence's others. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.extract.scorer import document_features, neighbour_features
from lagebild.model import ActorRef, Article, Event
from lagebild.pipeline import Pipeline


def _event(event_type: str, sentence: int, tok: int) -> Event:
    ref = ActorRef("Polen", "Poland", "POL", "POL", None)
    return Event("t", event_type, ref, None, sentence, 0, 5, trace={"trigger_tok": tok})


def test_neighbours_see_copies_and_an_accusation_beside_the_act() -> None:
    accuse, act, other, copy, later = (_event("ACCUSE", 0, 1), _event("ASSAULT", 0, 4), _event("COERCE", 0, 4),
                                       _event("ASSAULT", 0, 4), _event("ASSAULT", 1, 9))
    every = [accuse, act, other, copy, later]
    f = neighbour_features(act, every)
    assert f["copies=True"] == f["beside_accuse=True"] == 1.0
    assert f["types_in_sentence"] == 2 / 3  # ACCUSE and COERCE beside ASSAULT
    assert neighbour_features(accuse, every)["accuses_act=True"] == 1.0
    g = neighbour_features(later, every)  # alone in its sentence: nothing from the sentence before
    assert g["copies=False"] == g["beside_accuse=False"] == 1.0
    assert g["types_in_sentence"] == 0.0
    assert neighbour_features(act, [act])["copies=False"] == 1.0  # an event is never its own copy


def test_trigger_shape_and_coreference_are_traced_and_become_features() -> None:
    text = ("Polen warf Russland einen Angriff auf die Ukraine vor. Der französische Präsident traf Scholz in Berlin. "
            "Er besuchte danach Polen.")
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 5, 6)))
    feats = dict(zip((id(e) for e in doc.events), document_features(doc, doc.events, candidates=True), strict=True))
    by_trigger = {e.trigger: e for e in doc.events}
    assert by_trigger["traf"].trace["trigger_shape"] == "verb"
    assert feats[id(by_trigger["traf"])]["trig_shape=verb"] == 1.0
    visit = by_trigger["besuchte"]
    assert visit.trace["source_coref"] is True  # "Er": a pronoun read back to a name
    assert feats[id(visit)]["source_coref=True"] == 1.0
    assert feats[id(by_trigger["traf"])]["source_coref=False"] == 1.0
    nominal = [e for e in doc.events if e.trace["nominal"]]
    assert nominal and all(e.trace["trigger_shape"] in ("noun", "form", "compound") for e in nominal)


def test_a_compound_is_told_from_an_inflected_form_by_its_heads_length() -> None:
    from lagebild.extract.rules import Rule, Trigger
    from lagebild.extract.trace import _shape

    rule = Rule(type="ASSAULT", nouns={"angriff"})
    shapes = {w: _shape(Trigger(rule, 0, True, w)) for w in ("angriff", "angriffe", "raketenangriff")}
    assert shapes == {"angriff": "noun", "angriffe": "form", "raketenangriff": "compound"}
    assert _shape(Trigger(rule, 0, False, "angreifen")) == "verb"


def test_every_round16_family_names_features_the_scorer_computes() -> None:
    """A family prefix that matches no feature is silently empty (round 6's lesson): each must start a name computed on
    written sentences, and the default set must hold the kept families and leave the two that lost out."""
    import sys
    from pathlib import Path

    import pytest

    pytest.importorskip("sklearn")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import train_event_scorer as t

    text = "Polen warf Russland Angriffe vor. Der Präsident traf Scholz in Berlin. Er besuchte danach Polen und Litauen."
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 5, 6)))
    names = {k for f in document_features(doc, doc.events) for k in f}
    for prefixes in t.ROUND16.values():
        for prefix in prefixes:
            assert any(n.startswith(prefix) for n in names), prefix
    assert set(t.KEPT16) <= set(t.FEATURE_SETS["small"])
    assert not {"type_lang", "source_dist", "target_dist"} & set(t.FEATURE_SETS["small"])


def test_round20_features_read_modals_the_article_and_both_roles() -> None:
    """Round 20's candidate families (scr20): a modal auxiliary in the event's sentence, how many events the article
    tells, the two roles' kinds together, where in its clause the trigger sits."""
    text = "Polen kritisierte Russland scharf. Die USA könnten Sanktionen gegen Russland verhängen."
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 5, 6)))
    feats = dict(zip((e.trigger for e in doc.events), document_features(doc, doc.events, candidates=True), strict=True))
    assert {"kritisierte", "verhängen"} <= set(feats)
    assert "modal_aux" in feats["verhängen"] and "modal_aux" not in feats["kritisierte"]
    assert all(f["doc_events"] == len(doc.events) / 30 for f in feats.values())
    assert len([k for k in feats["kritisierte"] if k.startswith("kind_pair=")]) == 1
    assert 0.0 < feats["kritisierte"]["clause_pos"] <= 1.0


def test_round20_families_stay_off_the_extraction_path() -> None:
    """The regression has no weight for round 20's candidate families, so its features leave them out (round 21: the
    scorer asks for them only for a language it scores by trees)."""
    doc = Pipeline(scorer=False)(Article("Polen kritisierte Russland scharf.", id="t", lang="de",
                                         published=date(2024, 5, 6)))
    assert doc.events
    assert not any("modal_aux" in f or "doc_events" in f for f in document_features(doc, doc.events))
