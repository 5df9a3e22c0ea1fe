"""English event types read in context (extract/trigger_context.py): noun compounds, intention frames,
verb + object patterns. The paragraphs are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _types(text: str, analyser: str | None = "rules") -> list[tuple[str, str | None, str]]:
    doc = Pipeline(analyser=analyser)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.trigger.lower()) for e in doc.events)


def test_a_hunger_strike_is_a_protest_and_a_press_release_releases_no_one() -> None:
    assert _types("Hundreds of Chilean miners began a hunger strike in Santiago.") == [("PROTEST", "CHL", "strike")]
    assert _types("The Peruvian army said in a press release that the patrol was safe.") == []


def test_intention_to_cooperate_is_agree_and_to_use_force_is_threaten() -> None:
    assert [t for t, _, _ in _types("Norway is ready to withdraw its engineers from Mali.")] == ["AGREE"]
    assert [t for t, _, _ in _types("Chile is willing to send food to Bolivia.")] == ["AGREE"]
    assert [t for t, _, _ in _types("Serbia vowed to attack the rebels in Kosovo.")] == ["THREATEN"]
    assert [t for t, _, _ in _types("Norway will send food to Mali.")] == ["AID"]  # announced: future, same type
    # without the frame the act itself is told; a main verb "prepared" is no frame
    assert [t for t, _, _ in _types("Norway withdrew its engineers from Mali.")] == ["RETREAT"]
    assert "THREATEN" not in [t for t, _, _ in _types("The Serbian army prepared to attack the rebels.")]


def test_the_object_of_a_verb_pattern_is_no_second_event() -> None:
    got = _types("Chad's rebels set fire to a police station in Abeche.")
    assert [t for t, _, _ in got] == ["ASSAULT"] and got[0][2] == "set"  # "set fire": not a truce, one event


def test_ordering_is_a_purchase_only_with_weapons() -> None:
    assert _types("The Chilean court ordered the newspaper to close.") == []
    assert [t for t, _, _ in _types("Poland ordered fighter jets from South Korea.")] == ["COOPERATE"]


def test_curfews_and_dispersals_coerce_blocked_roads_protest_and_inquiries_accuse() -> None:
    assert [t for t, _, _ in _types("The Bolivian government imposed a curfew in La Paz.")] == ["COERCE"]
    assert [t for t, _, _ in _types("Angolan police dispersed the demonstrators in Luanda.")] == ["COERCE"]
    assert [t for t, _, _ in _types("Chad's farmers blocked the roads into N'Djamena.")] == ["PROTEST"]
    assert [t for t, _, _ in _types("Chad blocked the resolution.")] == ["REJECT"]
    assert [t for t, _, _ in _types("Ghana opened an investigation into the shooting.")] == ["ACCUSE"]


def test_a_threat_noun_takes_the_infinitive_after_it_as_its_content() -> None:
    assert [t for t, _, _ in _types("Peru issued an ultimatum to Chile to halt the raids.")] == ["THREATEN"]


def test_a_reported_obligation_is_the_speakers_demand() -> None:
    doc = Pipeline(analyser="rules")(Article("Kenya said that Uganda must withdraw its soldiers from the island.",
                                             lang="en", published=date(2025, 3, 1)))
    assert [(e.event_type, e.source.country, e.target.country if e.target else None) for e in doc.events] == [
        ("REQUEST", "KEN", "UGA")]
    assert _types("Uganda must withdraw its soldiers, the Ugandan minister said.") == [] or all(
        t != "REQUEST" for t, _, _ in _types("Uganda must withdraw its soldiers, the Ugandan minister said."))
    assert _types("We must act now.") == []


def test_alerts_mobilise_beatings_assault_sharing_intelligence_cooperates() -> None:
    assert [t for t, _, _ in _types("Ghana put its troops on high alert.")] == ["MOBILIZE"]
    assert [t for t, _, _ in _types("Ghana's police beat up the demonstrators.")] == ["ASSAULT"]
    assert _types("Ghana beat Togo in the final.") == []
    assert [t for t, _, _ in _types("Ghana shared intelligence with Togo.")] == ["COOPERATE"]
    assert [t for t, _, _ in _types("Qatar mediated between Ghana and Togo.")] == ["CONSULT"]


def test_a_protests_purpose_is_no_second_event() -> None:
    got = _types("Thousands of Chilean students marched in Santiago to demand free tuition.")
    assert [t for t, _, _ in got] == ["PROTEST"]


def test_stopping_a_protest_is_coercion() -> None:
    assert [t for t, _, _ in _types("Kenya banned all rallies in Nairobi.")] == ["COERCE"]
    assert [t for t, _, _ in _types("Kenya's police broke up a protest in Nairobi.")] == ["COERCE"]


def test_a_narrowing_hand_rule_keeps_the_verbs_cameo_reading() -> None:
    # the hand rule reads "ban" + a protest word; other bans keep the generated CAMEO rule (cameo_too), except the
    # trade and travel bans the object reading makes sanctions ("banned the airlines of Uganda", round 9)
    assert [t for t, _, _ in _types("Kenya banned the party of the Ugandan opposition leader.")] == ["COERCE"]
    assert [t for t, _, _ in _types("Kenya banned the airlines of Uganda.")] == ["SANCTION"]


def test_an_intention_frame_reaches_the_object_of_its_infinitive() -> None:
    assert [t for t, _, _ in _types("Al-Shabab vowed to launch attacks on Kenya.", None)] == ["THREATEN"]
    assert [t for t, _, _ in _types("Hungary agreed to a ceasefire with Romania.", None)] == ["AGREE"]
    assert [t for t, _, _ in _types("Kenya launched attacks on Somalia.", None)] == ["ASSAULT"]
