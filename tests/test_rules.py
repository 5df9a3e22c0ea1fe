"""Event and claim rules on short news sentences, one behaviour each (German and English)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline, extract_events


def events(text: str, lang: str, published: date = date(2024, 10, 23)) -> list[dict[str, Any]]:
    return [e.to_json() for e in extract_events(text, published, lang)]


def roles(evs: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return [(e["event_type"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in evs]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a rejection verb without a back-reference rejects; with one ("die Vorwürfe") it denies
    ("de", "Die Türkei hat die Forderung Schwedens zurückgewiesen.", [("REJECT", "TUR", "SWE")]),
    ("en", "Turkey rejected Sweden's request to extradite the suspects.", [("REJECT", "TUR", "SWE")]),
    # an agreement, request or refusal with its content is one event
    ("de", "Polen und Litauen haben vereinbart, die Zusammenarbeit auszubauen.", [("AGREE", "POL", "LTU")]),
    ("en", "The United States urged North Korea to return to talks.", [("REQUEST", "USA", "PRK")]),
    ("de", "Indien und Pakistan haben eine Waffenruhe vereinbart.", [("AGREE", "IND", "PAK")]),
    # targets behind prepositions, genitives and origin adjectives
    ("de", "Israel hat seine Truppen aus dem Süden des Libanon abgezogen.", [("RETREAT", "ISR", "LBN")]),
    ("en", "Poland is buying 96 Apache helicopters from the United States.", [("COOPERATE", "POL", "USA")]),
    ("de", "Die chinesische Küstenwache hat zwei philippinische Fischer festgenommen.", [("COERCE", "CHN", "PHL")]),
    ("de", "Die israelische Armee hat Stellungen im Libanon bombardiert.", [("ASSAULT", "ISR", "LBN")]),
    ("de", "Nordkorea hat weitere Artilleriegranaten an Russland geliefert.", [("AID", "PRK", "RUS")]),
    # "send troops" mobilises, "send aid" is aid
    ("en", "Russia did not send troops to Belarus.", [("MOBILIZE", "RUS", "BLR")]),
    ("en", "Germany sent humanitarian aid to Ukraine.", [("AID", "DEU", "UKR")]),
    # irregular forms the lemmatiser misses
    ("de", "Iran hat Israel mit ballistischen Raketen beschossen.", [("ASSAULT", "IRN", "ISR")]),
    ("en", "Russian forces shelled Ukraine overnight.", [("ASSAULT", "RUS", "UKR")]),
    # passive with agent
    ("en", "Sanctions were imposed on Russia by the European Union.", [("SANCTION", None, "RUS")]),
    # "trifft ... ein": troops mobilise, a delegation visits (only with a host country)
    ("de", "Eine russische Delegation trifft am Montag in Pjöngjang ein.", [("CONSULT", "RUS", "PRK")]),
    ("de", "Russische Truppen treffen in Belarus ein.", [("MOBILIZE", "RUS", "BLR")]),
    ("en", "Russia's foreign minister arrived in Pyongyang on Monday.", [("CONSULT", "RUS", "PRK")]),
    ("de", "Nordkoreanische Soldaten wurden nach Russland entsandt.", [("MOBILIZE", "PRK", "RUS")]),
    # "teilte mit, ..." is speech (particle before the comma), "wurden getroffen" is hit, not met
    # (a pledge needs the side it is made to: round 12's German actor_scope drops an agreement with no other side)
    ("de", "Das Büro des israelischen Regierungschefs teilte mit, Israel habe der Ukraine Hilfe zugesagt.",
     [("AID", "ISR", "UKR"), ("AGREE", "ISR", "UKR")]),
    ("de", "Mehrere Schulen in Syrien seien von russischen Raketen getroffen worden.", []),
    ("de", "Die Präsidenten Polens und Litauens werden sich morgen in Warschau treffen.", [("CONSULT", "POL", "LTU")]),
    ("de", "Russland warnt vor einem drohenden Konflikt.", []),
    # participles before their noun are adjectives ("inhaftierte": no arrest told); the pardon is the event
    ("de", "Der Staatschef von Belarus hat sechs inhaftierte Oppositionsführer begnadigt.", [("CONCEDE", "BLR", "BLR")]),
    ("de", "Russland inhaftierte mehrere Journalisten.", [("COERCE", "RUS", "RUS")]),  # domestic: no other target named
    # an attack told without its doer: unknown source (no country, as news-gold marks it), the victims' side as target
    ("de", "Drei ukrainische Zivilisten wurden getötet.", [("ASSAULT", None, "UKR")]),
    ("en", "Ukrainian troops were deployed to the border.", [("MOBILIZE", "UKR", None)]),
    # English nouns and names that look like verb triggers (from a look at MEANTIME business news)
    ("en", "Shares of US carmakers fell in March after the decline in demand.", []),
    ("en", "Russia shared intelligence with Iran.", [("COOPERATE", "RUS", "IRN")]),  # CAMEO 064 -> PLOVER COOPERATE
    # one act told twice in a sentence is one event
    ("en", "Hungary's prime minister visited Russia and held talks with Vladimir Putin.", [("CONSULT", "HUN", "RUS")]),
])
def test_roles(lang: str, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert roles(events(text, lang)) == expected


def test_accusation_carries_the_alleged_act() -> None:
    evs = events("Die Ukraine hat Russland vorgeworfen, ein Wohnviertel in Charkiw mit Gleitbomben angegriffen zu haben.", "de")
    assert roles(evs) == [("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR")]  # Charkiw: the place names the target
    assert evs[1]["attribution"][0]["country"] == "UKR" and evs[1]["attribution"][0]["cue"] == "vorgeworfen"


def test_protest_crowd_is_the_people_of_the_place() -> None:
    [e] = events("In Belgrad haben Zehntausende gegen die serbische Regierung demonstriert.", "de")
    assert e["event_type"] == "PROTEST" and e["source"]["country"] == "SRB" and e["source"]["sector"] == "CIV"
    assert e["target"]["country"] == "SRB" and e["target"]["sector"] == "GOV"


def test_nominal_event_beside_verb_keeps_its_own_actor() -> None:
    evs = events("Polen und Südkorea intensivieren ihre Zusammenarbeit angesichts nordkoreanischer "
                 "Truppenbewegungen nach Russland.", "de")
    assert roles(evs) == [("COOPERATE", "POL", "KOR"), ("MOBILIZE", "PRK", "RUS")]


def test_in_zusammenarbeit_mit_is_no_event() -> None:
    evs = events("Südkorea plant Maßnahmen in Zusammenarbeit mit der internationalen Gemeinschaft.", "de")
    assert not [e for e in evs if e["event_type"] == "COOPERATE"]


def test_conditional_clause_after_comma() -> None:
    evs = events("Nordkorea hat den USA mit einem Atomschlag gedroht, sollte Washington weitere Flugzeugträger "
                 "in die Region entsenden.", "de")
    assert [(e["event_type"], e["source"]["country"], e["modality"]) for e in evs] == [
        ("THREATEN", "PRK", "factual"), ("MOBILIZE", "USA", "hypothetical")]


def test_plan_to_is_future_and_keeps_the_partner() -> None:
    [e] = events("Japan and the Philippines plan to expand their defence cooperation.", "en")
    assert roles([e]) == [("COOPERATE", "JPN", "PHL")] and e["modality"] == "future"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Israel withdrew its troops from southern Lebanon, the army said.", "ISR"),
    ("de", "Deutschland wird der Ukraine weitere Flugabwehrsysteme liefern, teilte das Verteidigungsministerium mit.", "DEU"),
    ("en", "China will hold large military exercises near Taiwan next week, state media reported.", "CHN"),
])
def test_definite_institution_speaks_for_its_own_side(lang: str, text: str, speaker: str) -> None:
    [e] = events(text, lang)
    assert [a["country"] for a in e["attribution"]] == [speaker] and not e["hedged"]


@pytest.mark.parametrize(("lang", "text", "speaker", "expected"), [
    ("en", "Norway's military said Russia had moved fighter jets to the Arctic.", "NOR", ("MOBILIZE", "RUS", None)),
    ("de", "Der südkoreanische Geheimdienst teilte mit, Nordkorea habe Raketen an Russland geliefert.", "KOR",
     ("AID", "PRK", "RUS")),
])
def test_reported_clause_without_complementiser(lang: str, text: str, speaker: str,
                                                expected: tuple[str, str, str | None]) -> None:
    [e] = events(text, lang)
    assert roles([e]) == [expected] and [a["country"] for a in e["attribution"]] == [speaker]


def test_unnamed_officials_stay_unnamed_and_hedge() -> None:
    [e] = events("Russia has deployed troops to Belarus, officials said.", "en")
    assert e["attribution"][0]["name"] == "unnamed" and e["hedged"]


def test_relative_clause_with_capitalised_subject_is_its_own_clause() -> None:
    [e] = events("Die USA haben Sanktionen gegen drei chinesische Firmen verhängt, die Russland mit Drohnenteilen "
                 "beliefert haben sollen.", "de")
    assert roles([e]) == [("SANCTION", "USA", "CHN")] and not e["hedged"]  # "sollen" belongs to the relative clause


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "Russland wird bis Ende März weitere Truppen nach Belarus verlegen.", "2024-10-23/2025-03-31"),
    ("en", "Russia will deploy more troops to Belarus until the end of March.", "2024-10-23/2025-03-31"),
    ("en", "Russian troops arrived in Belarus last Tuesday.", "2024-10-22"),
])
def test_dates_of_events(lang: str, text: str, value: str) -> None:
    [e] = events(text, lang)
    assert e["date"]["value"] == value


def test_reported_speech_and_denial_across_sentences() -> None:
    text = ("Der finnische Geheimdienst hat gemeldet, dass Russland Truppen an die Grenze verlegt habe. "
            "Die Einheiten seien mit Panzern nach Karelien verlegt worden. Moskau bestreitet dies.")
    evs = events(text, "de")
    assert evs and all([a["country"] for a in e["attribution"]] == ["FIN"] for e in evs)
    assert all([d["country"] for d in e["denied_by"]] == ["RUS"] for e in evs)


def test_pronoun_speaker_is_the_last_person_named() -> None:
    text = ("Der ukrainische Präsident Wolodymyr Selenskyj hat sich mit Mark Rutte getroffen. "
            "Ihm zufolge hat Russland Truppen an die Grenze verlegt.")
    moved = [e for e in events(text, "de") if e["event_type"] == "MOBILIZE"]
    assert [a["name"] for a in moved[0]["attribution"]] == ["Mark Rutte"]  # the last person, not the first


def test_several_sources_for_one_claim() -> None:
    [e] = events("Die USA, die Ukraine und Südkorea haben bestätigt, dass nordkoreanische Truppen nach Russland "
                 "entsandt wurden.", "de")
    assert roles([e]) == [("MOBILIZE", "PRK", "RUS")]
    assert [a["country"] for a in e["attribution"]] == ["USA", "UKR", "KOR"]


def test_rules_work_grows_linearly_with_the_article() -> None:
    """Issue 6 needs >= 100 articles/s (benchmarks/throughput.py measures it): a long article must cost
    in proportion to its length. CPU time of 10 times the text is at most 30 times that of the text
    (linear: ~10; one quadratic step over sentence pairs: ~100); CPU, not wall time, so load does not
    fail it, and the best of three runs each."""
    import time

    paragraph = ("Russland hat nach ukrainischen Angaben rund 4.000 Soldaten nach Belarus verlegt. "
                 "Moskau und Minsk bestreiten dies. Polen und Litauen haben vereinbart, die Zusammenarbeit auszubauen. "
                 "Die Ukraine fordert von ihren Partnern mehr Luftabwehrsysteme. "
                 "Laut Reuters hat Südkorea mit Polen ein Abkommen unterzeichnet. ")
    pipeline = Pipeline()

    def cpu(times: int) -> tuple[float, int]:
        article = Article(paragraph * times, lang="de", published=date(2025, 1, 1))
        n = len(pipeline(article).events)
        best = float("inf")
        for _ in range(3):
            began = time.process_time()
            pipeline(article)
            best = min(best, time.process_time() - began)
        return best, n

    short, n_short = cpu(3)
    long, n_long = cpu(30)
    assert n_short > 0 and n_long >= 10 * n_short  # the long text is the short one's events ten times over
    assert long <= 30 * short, (long, short)
