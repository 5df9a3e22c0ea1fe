"""Round 39 (fuen39): a CAMEO pattern written the forward way beside siblings of the same verb and code written the
other way round ("(IN COURT) [173]" next to "(BEFORE COURT) [:173]") is converted as received: the defendant who
appears in court is acted on, not the doer. Sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ("####### VERB DICTIONARY #######\n---  APPEAR   [---]  ---\nAPPEAR\n"
              "- * (IN COURT)            [173]   # APPEAR\n- * (IN FAVOR)           [050]   # APPEAR\n"
              "- * (BEFORE COURT)        [:173]  # APPEAR\n")


def _converter():
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", ROOT / "scripts" / "convert_cameo_verbs.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_forward_sibling_of_a_received_code_is_received(tmp_path: Path) -> None:
    dictionary = tmp_path / "CAMEO.txt"
    dictionary.write_text(DICTIONARY, encoding="latin-1")
    preps: list = []
    _converter().read_dictionary(dictionary, [], preps)
    assert [(words, prep, received) for _, _, words, prep, _, received, _ in preps] == [
        (["court"], "in", True), (["favor"], "in", False), (["court"], "before", True)]


def test_generated_court_patterns_all_receive() -> None:
    import yaml
    data = yaml.safe_load((ROOT / "src/lagebild/resources/en/triggers_cameo.yaml").read_text(encoding="utf-8"))
    court = [p for p in data["phrases"] if "appear" in p["verbs"] and "court" in p["with_any"]]
    assert court and all(p.get("receiving") for p in court)


@pytest.mark.usefixtures("rules_only")
def test_defendant_in_court_is_no_doer() -> None:
    rows = event_rows("The German opposition leader appeared in court on Monday.", "en")
    assert not [r for r in rows if r[0] == "COERCE" and r[1] == "DEU"]
    assert event_rows("Iraq received fighter jets from Russia.", "en") == [("AID", "RUS", "IRQ")]
