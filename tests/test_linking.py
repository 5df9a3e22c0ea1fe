"""Entity linking: the gold mentions in eval/mentions, anaphors, and `lagebild actors`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from lagebild.knowledge import evaluation
from lagebild.knowledge.explain import mentions


@pytest.fixture(scope="module")
def scores() -> dict[str, evaluation.Score]:
    return evaluation.by_language(evaluation.evaluate())


def test_gold_set_is_large_enough(scores: dict[str, evaluation.Score]) -> None:
    assert set(scores) == {"de", "en"}
    assert sum(s.gold for s in scores.values()) >= 150
    assert all(s.gold >= 75 for s in scores.values())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_linking_precision_and_recall(scores: dict[str, evaluation.Score], lang: str) -> None:
    s = scores[lang]
    assert s.precision >= 0.9 and s.recall >= 0.9, "\n".join(s.errors)


def test_scorer_counts_wrong_links_and_misses() -> None:
    """The scorer can fail: a wrong country and an unfindable name lower precision and recall."""
    items = [{"published": "2024-10-23", "text": "Polen liefert Panzer an die Ukraine.",
              "mentions": [{"text": "Polen", "type": "actor", "country": "DEU", "sector": "GOV"},
                           {"text": "Panzer", "type": "equipment", "id": "k2"}]}]
    s = evaluation.score(items, "de")
    assert (s.gold, s.found) == (2, 0)
    assert s.predicted == 2 and s.true_pos_pred == 0  # Polen (POL, not DEU) and Ukraine (not in gold)


def test_bad_gold_file_is_one_clear_error(tmp_path: Path) -> None:
    from lagebild.errors import InputError

    f = tmp_path / "de.yaml"
    f.write_text("- {text: Polen liefert., mentions: [{text: Russland, type: actor}]}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"de.yaml: item 1: bad gold mention"):
        evaluation.load_gold(f)


def _anaphors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor.actor_id) for m in mentions(text, lang, date(2024, 10, 23))  # type: ignore[union-attr]
            if m.via == "anaphor"]


def test_country_anaphor_takes_the_last_country_in_the_paragraph() -> None:
    text = "Polen kauft Panzer. Auch Russland rüstet auf. Das Land erhöht den Wehretat."
    assert _anaphors(text, "de") == [("Das Land", "RUS-GOV")]
    # a country named as a place ("in Russland") is passed over for the one the paragraph is about
    assert _anaphors("Nordkoreanische Truppen sind in Russland. Das Land bestreitet das.", "de") == [("Das Land", "PRK-GOV")]
    assert _anaphors("South Korea is worried. The country may send weapons.", "en") == [("The country", "KOR-GOV")]


def test_country_anaphor_does_not_reach_two_paragraphs_back() -> None:
    assert _anaphors("Polen kauft Panzer.\n\nEin Absatz ohne Staat.\n\nDas Land wartet.", "de") == []


def test_person_anaphor_takes_the_last_person_in_the_paragraph() -> None:
    text = "Präsident Duda traf Olaf Scholz. Die Presse fragte ihn nach Details."
    assert _anaphors(text, "de") == [("ihn", "olaf-scholz")]
    assert _anaphors("Zelensky thanked the allies. Critics praised him.", "en") == [("him", "volodymyr-zelensky")]
    assert _anaphors("Zelensky thanked the allies.\nCritics praised him.", "en") == []  # other paragraph
    # gender: "er" is not Merkel, "she" is
    assert _anaphors("Merkel traf Macron. Er lobte die Einigung.", "de") == [("Er", "emmanuel-macron")]
    assert _anaphors("Kanzlerin Merkel sprach. Er schwieg.", "de") == []
    assert _anaphors("Macron met Meloni. She praised the deal.", "en") == [("She", "giorgia-meloni")]


def test_actors_command_explains_a_name(cli) -> None:
    r = cli("actors", "Präsident Duda", "--lang", "de", "--date", "2024-10-23", "--format", "json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    phrase = out["results"][0]["mentions"][0]
    assert phrase["actor"]["actor_id"] == "andrzej-duda" and phrase["actor"]["country"] == "POL"
    r = cli("actors", "Rutte", "--lang", "en", "--date", "2023-05-01", "--format", "json")
    cand = json.loads(r.out)["results"][0]["candidates"][0]
    assert (cand["id"], cand["country"], cand["sector"]) == ("mark-rutte", "NLD", "GOV")
    assert "prime minister" in cand["role"] and cand["why"].startswith("common/persons.yaml")
    r = cli("actors", "Polens", "--lang", "de")
    assert r.code == 0 and "genitive" in r.out and "POL" in r.out
    parts = json.loads(cli("actors", "the Kremlin", "--lang", "en", "--format", "json").out)["results"][0]["candidates"]
    assert [(c["surface"], c["kind"], c["id"]) for c in parts] == [("Kremlin", "capital", "RUS")]
    assert parts[0]["why"].startswith("en/countries.yaml")


def test_actors_command_bad_input_is_one_line(cli) -> None:
    r = cli("actors", "Duda", "--date", "2024-13-45")
    assert r.code == 2 and r.err.count("\n") == 1 and "--date" in r.err  # a bad option value: usage error (review38)
    r = cli("actors", "Xyzzy Qwerty", "--lang", "en")
    assert r.code == 1 and "no entry" in r.err
    assert cli("actors", "--help").code == 0
    r = cli("actors", "--check")
    assert r.code == 0 and "valid" in r.err + r.out
