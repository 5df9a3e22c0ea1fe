"""Round 28 (enrecall28b): a CAMEO phrasal verb's target is its particle's prepositional object.

The converted "+CRACK_DOWN" pattern carried no target preposition and COERCE's template has none, so "Kenya cracked
down on Somali refugees" read the domestic default KEN -> KEN; the converter now gives a pure verb + particle
pattern the prepositions its particle takes (`PARTICLE_AIMS`) and the loader adds them to the type's template."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lagebild.extract.triggers import merge_generated
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ("####### VERB DICTIONARY #######\n---  SUPPRESS   [170]  ---\n+CRACK_DOWN {+CRACKED_DOWN}\n"
              "QUELL\n---  BURN   [1712]  ---\nBURN\n- * DOWN                   [1712]\n- * HOUSES                 [1712]\n")


def _converter():
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", ROOT / "scripts" / "convert_cameo_verbs.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_converter_gives_a_particle_its_target_prepositions(tmp_path: Path) -> None:
    (tmp_path / "petrarch2-dictionaries" / "dictionaries").mkdir(parents=True)
    (tmp_path / "plover").mkdir()
    (tmp_path / "petrarch2-dictionaries" / "dictionaries" / "CAMEO.2.0.txt").write_text(DICTIONARY, encoding="latin-1")
    (tmp_path / "plover" / "CAMEO2PLOVER-2021.txt").write_text("170: COERCE\n1712: ASSAULT\n", encoding="utf-8")
    phrases = {tuple(p["verbs"]): p for p in _converter().convert(tmp_path)["phrases"]}
    assert phrases[("crack",)]["target_preps"] == ["on", "upon"]
    assert "target_preps" not in phrases[("burn",)]  # "burned down houses": the pattern has an object of its own


def test_loader_adds_the_particles_prepositions_to_the_template() -> None:
    generated = {"phrases": [{"cameo": "170", "type": "COERCE", "verbs": ["crack"], "with_any": ["down"],
                              "target_preps": ["on", "upon"]}]}
    rules = merge_generated({"rules": []}, generated, {"templates": {"COERCE": {"target_preps": ["against"]}}})["rules"]
    assert rules[0]["target_preps"] == ["against", "on", "upon"]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, row", [
    ("Kenya cracked down on Somali refugees.", ("COERCE", "KEN", "SOM")),   # was KEN -> KEN
    ("The United States cracked down on Chinese hackers.", ("COERCE", "USA", "CHN")),   # was USA -> USA
    ("Turkey clamped down on Syrian refugees.", ("COERCE", "TUR", "SYR")),   # was TUR -> TUR
])
def test_phrasal_verb_takes_its_particles_object(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
def test_place_after_the_particle_is_no_target() -> None:  # guard: "in" is not the particle's aim
    assert event_rows("Kenya cracked down in Nairobi.", "en") == [("COERCE", "KEN", "KEN")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, row", [  # light-verb nouns and a phrasal verb without a rule of their own (were none)
    ("The United States put restrictions on Chinese companies.", ("SANCTION", "USA", "CHN")),
    ("China voiced opposition to the American plan.", ("REJECT", "CHN", "USA")),
    ("Japan teamed up with India.", ("COOPERATE", "JPN", "IND")),
])
def test_light_verb_nouns_read_as_their_verb(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [  # guards: no named target, no act between actors
    "The government put restrictions on travel.",
    "The opposition voiced concern.",
])
def test_light_verb_nouns_need_a_target(text: str) -> None:
    assert event_rows(text, "en") == []
