#!/usr/bin/env python3
"""Convert the PETRARCH2 CAMEO verb dictionary into lagebild's English trigger lexicon.

Reads ``CAMEO.2.0.txt`` (PETRARCH2 dictionaries, MIT, Open Event Data Alliance) and the CAMEO to
PLOVER table ``CAMEO2PLOVER-2021.txt`` and writes ``src/lagebild/resources/en/triggers_cameo.yaml``:
the verbs that carry a CAMEO code of their own (or their block's), and the simple verb + object
patterns ("- * SANCTIONS [163]"), each mapped to a PLOVER type, mode and context, and the patterns
with one preposition or particle ("- * (INTO CHARGES)", "- * TALKS (ON CONTRACT)", "- * UP PRESSURE":
`object_preps`, `object_also`); a pattern whose block verbs all have codes of their own, for the verb its
comment names where it gives that verb another type (`owned`, round 16). Actor slots, subject words, bare
prepositions ("- * (TO)") and longer phrases are not converted: the rule core cannot check them, or they fired
wrongly on news.

    python3 scripts/convert_cameo_verbs.py                       # reads ../shared/data
    python3 scripts/convert_cameo_verbs.py --data DIR --out FILE
    python3 scripts/convert_cameo_verbs.py --report-dropped      # what is left out, by shape and CAMEO root

Kept in the repository so the lexicon can be regenerated and audited; the dictionary itself is not
copied. Project decisions on top of the PLOVER table (PLOVER drops CAMEO 01 and 02): 02 APPEAL is
REQUEST (as news-gold and gold/ annotate appeals), 01 statements are listed as statement verbs, not
events; 163 sanctions and embargoes are SANCTION (PLOVER-2021 says COERCE; lagebild's gold says
SANCTION); 057 signing a formal agreement is AGREE (PLOVER-2021 says SUPPORT; the gold says AGREE).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cameo_shapes import (  # noqa: E402
    KEPT_SHAPES,
    MILITARY_SUBJECTS,
    PARTICLE_AIMS,
    PARTICLES,
    PREP_SHAPES,
    align_received,
    pattern_shape,
    report_dropped,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "lagebild" / "resources" / "en" / "triggers_cameo.yaml"
ONTOLOGY = ROOT / "src" / "lagebild" / "resources" / "common" / "ontology.yaml"

OVERRIDES = {"02": ("REQUEST", None, []), "163": ("SANCTION", "discontinue", ["economic"]),
             "057": ("AGREE", None, ["diplomatic"])}
HEADER_LINE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")  # a verb block's "--- VERB [code]"
_CODE = re.compile(r"\[([0-9:\-]*)\]")
_WORD = re.compile(r"^[A-Z][A-Z'\-]*$")


def plover_table(path: Path, ontology: dict) -> dict[str, tuple[str, str | None, list[str]]]:
    """CAMEO code -> (PLOVER type, mode or None, contexts), modes and contexts checked against the ontology."""
    table: dict[str, tuple[str, str | None, list[str]]] = {}
    contexts = set(ontology["contexts"])
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        etype = parts[0].upper()
        if etype not in ontology["types"]:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] in ontology["types"][etype]["modes"] else None
        ctx = [c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";") if c.strip() in contexts]
        table.setdefault(code, (etype, mode, ctx))  # the first line of a code wins ("08: CONCEDE" before "08: RETREAT")
    table.update(OVERRIDES)
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None, list[str]]]) -> tuple[str, str | None, list[str]] | None:
    """The most specific entry of the table for a code: 4 digits, then 3, then the root."""
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def _prep_pattern(rest: list[str], synsets: dict[str, set[str]]) -> tuple[list[str], str, list[str]]:
    """A prepositional pattern's words after the verb: the words to find, the preposition and the words that must
    stand under it as well ("TALKS (ON CONTRACT)": talks, on, contract; "(FOR HELP)": help, for, none)."""
    if len(rest) == 2 and rest[0].lower() in PARTICLES:
        return _objects(rest[1], synsets), rest[0].lower(), [rest[0].lower()]
    if rest[0].startswith("("):
        prep = rest[0].strip("()").lower()
        return (_objects(rest[1].rstrip(")"), synsets) if len(rest) == 2 else [prep]), prep, []
    if len(rest) > 3 or not rest[-1].endswith(")"):
        return [], "", []
    prep = rest[1].strip("()").lower()
    also = _objects(rest[2].rstrip(")"), synsets) if len(rest) == 3 else [prep]
    return _objects(rest[0], synsets), prep, also


def verb_lines(path: Path, synonym: Callable[[str, str], None]) -> Iterator[tuple[str, str]]:
    """(line, comment) for each non-blank line of the dictionary's VERB section, right-stripped, the comment cut
    off; each SYNONYM member is handed to ``synonym`` (set name, lower-case words) first. Shared by the converter and
    eval/cameo_breadth.py, so both read the same patterns."""
    section, current = "", ""
    for raw in path.read_text(encoding="latin-1").splitlines():
        if raw.startswith("#######"):
            section = raw.strip("# ").split()[0]
            continue
        line, _, note = raw.partition("#")
        line = line.rstrip()
        if not line.strip():
            continue
        if section == "SYNONYM":
            if line.startswith("&"):
                current = line.strip()
            elif line.startswith("+") and current:
                synonym(current, line[1:].strip().rstrip("_").replace("_", " ").lower())
        elif section == "VERB":
            yield line, note


def pattern_fields(line: str) -> tuple[str, str, str]:
    """A pattern line ("- * LOAN [:071]") as its body, its code and its code read the other way round; shared
    with eval/cameo_breadth.py so both split patterns alike."""
    body, _, rest = line[1:].partition("[")
    code, _, back = rest.split("]")[0].partition(":")
    return body, code, back


def line_code(line: str, block_code: str) -> str:
    """A verb line's own code ("+CALL_OFF [161]"), else its block's."""
    own = _CODE.search(line)
    return own.group(1).split(":")[0] if own else block_code


def read_dictionary(path: Path, dropped: list[tuple[str, str, str]] | None = None,
                    preps: list[tuple[list[str], str, list[str], str, list[str], bool]] | None = None,
                    kept_shapes: tuple[str, ...] = KEPT_SHAPES
                    ) -> tuple[dict[str, set[str]], list[tuple[str, str, list[str]]], dict[str, str],
                                         list[tuple[list[str], str, list[str], bool, bool]],
                                         list[tuple[list[str], str, list[str]]]]:
    """Synonym sets, coded verbs (lemma, code, forms), simple verb + object patterns (block verbs, code, objects,
    whether the object is the last word of a compound, whether the code runs from the object's giver to the subject)
    and military-subject patterns (block verbs, code, objects: none, or one word or set after the verb). Given lists,
    fills ``preps`` with the prepositional patterns of ``kept_shapes`` (block verbs, code, words, preposition,
    words under it besides, received) and ``dropped`` with what is not converted (shape, code, pattern)."""
    synsets: dict[str, set[str]] = defaultdict(set)
    verbs: list[tuple[str, str, list[str]]] = []
    forms: dict[str, str] = {}
    patterns: list[tuple[list[str], str, list[str], bool, bool]] = []
    military: list[tuple[list[str], str, list[str]]] = []
    block_code, block_verbs = "---", []
    for line, note in verb_lines(path, lambda name, member: synsets[name].add(member)):
        head = HEADER_LINE.match(line)
        if head:
            block_code, block_verbs = head.group(2).split(":")[0], []
            continue
        if line.startswith("-"):
            body, code, back = pattern_fields(line)
            toks = body.split()
            shape = pattern_shape(toks)
            if dropped is not None and shape in ("actor slot", "subject words", "other multiword",
                                                 "verb + preposition + longer phrase"):
                dropped.append((shape, code or back, body.strip()))
            # "[:071]": coded only the other way round, the subject is acted on ("RECEIVE * LOAN": the lender lends)
            received = not code and back.isdigit()
            code = back if received else code
            # the comment names the verb the pattern was written for ("- * ACCUSATION [016]  # DENY")
            owner = (note.split() or [""])[0].lower()
            owner = owner if owner in block_verbs else ""
            if toks[:1] and toks[0] in MILITARY_SUBJECTS and toks[1:2] == ["*"] and len(toks) <= 3 and code.isdigit() \
                    and not received:
                objects = _objects(toks[2], synsets) if len(toks) == 3 else []
                if len(toks) == 2 or objects:
                    military.append((list(block_verbs), code, objects))
                continue
            if shape == "verb + object" and code.isdigit():
                patterns.append((list(block_verbs), code, _objects(toks[1], synsets), False, received, owner))
            elif shape in PREP_SHAPES and code.isdigit():
                # "- * (FOR HELP)", "- * (TO)": the word under the verb's preposition (or that preposition);
                # "- * TALKS (ON CONTRACT)": the object word, and the word under its preposition as well
                words, prep, also = _prep_pattern(toks[1:], synsets)
                if words and (also or shape != "verb + object + preposition phrase") and shape in kept_shapes \
                        and preps is not None:
                    preps.append((list(block_verbs), code, words, prep, also, received, owner))
                elif dropped is not None:
                    dropped.append((shape, code, body.strip()))
            elif len(toks) >= 3 and toks[0] == "*" and toks[1].startswith("{") and toks[-1].endswith("}") and code.isdigit():
                # "{JOINT ATTACK}": only its last word can be matched, marked so convert() can weigh it
                patterns.append((list(block_verbs), code, [toks[-1].strip("{}").rstrip("_").lower()], True, received,
                                 owner))
            continue
        word = line.strip().split()[0]
        parts = word.lstrip("+").split("_")
        if word.startswith("+") and len(parts) == 2 and all(_WORD.match(p) for p in parts):
            # a verb with its particle or object ("+LASH_OUT", "+CALL_OFF"): the verb, with the second word
            code = line_code(line, block_code)
            if code.isdigit():
                patterns.append(([parts[0].lower()], code, [parts[1].lower()], False, False, ""))
            for f in re.findall(r"\{([^}]*)\}", line):
                for form in f.split():
                    head = form.lstrip("+").split("_")[0]
                    if _WORD.match(head) and head.lower() != parts[0].lower():
                        forms.setdefault(head.lower(), parts[0].lower())
            continue
        if word.startswith("+") or "_" in word or not _WORD.match(word):
            continue  # longer multiword verbs: the rule core matches one word and one object word
        lemma = word.lower()
        code = line_code(line, block_code)
        block_verbs.append(lemma)
        for f in re.findall(r"\{([^}]*)\}", line):
            for form in f.split():
                if _WORD.match(form.lstrip("+")) and form.lower() != lemma:
                    forms[form.lstrip("+").lower()] = lemma
        if code.isdigit():
            verbs.append((lemma, code, []))
    align_received(patterns, preps)
    return synsets, verbs, forms, patterns, military



# Heads of multiword synonyms that alone name something else: "cease fire" is no "fire" ("set fire to" is an
# attack, not a truce), "prime minister" no "minister", "safe house" no "house", "difference of opinion" no "opinion".
AMBIGUOUS_HEADS = {"fire", "minister", "house", "opinion", "person", "center", "area"}
# Prepositional idioms whose news sense splits, left out: "came under fire" is shelling in war news as often as
# criticism (CAMEO 111 reads only the second).
SPLIT_IDIOMS = {("under", "fire")}
# Members of a synonym set that alone name something ordinary: &WEAPON lists "device", "vehicle", "carrier" and
# animal-named aircraft ("Cougar", "Panther", "Osprey"), so "launched a 3G version of its iPhone device" or "a crew
# launch vehicle" would read as an attack. The set's specific words ("missile", "rocket", "howitzer") stay.
GENERIC_MEMBERS = {"device", "devise", "vehicle", "club", "carrier", "typhoon", "orion", "panther", "arrow", "reaper",
                   "batteries", "cougar", "dragonfly", "poseidon", "osprey", "mangusta", "knuckles", "duel", "switchblade",
                   "nfh"}


def _objects(tok: str, synsets: dict[str, set[str]]) -> list[str]:
    """The object words of a pattern: a word, or a synonym set's words (of a multiword entry its last word,
    unless that word alone names something else)."""
    if tok.startswith("&"):
        words = {w.split()[-1] for w in synsets.get(tok, set()) if " " not in w or w.split()[-1] not in AMBIGUOUS_HEADS}
        return sorted(words - GENERIC_MEMBERS)
    tok = tok.strip("{}").rstrip("_")
    return [tok.lower()] if _WORD.match(tok) else []


def pattern_verbs(block: list[str], owner: str, code: str, own_codes: dict[str, str],
                  table: dict[str, tuple[str, str | None, list[str]]]) -> tuple[tuple[str, ...], bool]:
    """The verbs a pattern is converted for: its block's verbs without a code of their own (or the block's only verb);
    where every verb has one, the verb its comment names, if the pattern gives that verb another PLOVER type ("- *
    AID [061]  # DISCUSS": "discussed aid" cooperates where "discussed" alone consults): the type chosen by the object.
    A pattern of the verb's own type adds nothing the verb does not fire for alone. The flag: converted for the
    comment's verb (`owned`: merge_generated keeps it only where the lexicon leaves that verb out alone)."""
    free = tuple(sorted(v for v in block if v not in own_codes or len(block) == 1))
    if free or not owner or not OWNER_PATTERNS:
        return free, False
    mine, theirs = plover_of(own_codes[owner], table), plover_of(code, table)
    if theirs is None or mine is not None and not own_codes[owner].startswith("01") and mine[0] == theirs[0]:
        return (), False
    return (owner,), True


# Round 16: patterns whose block verbs all have codes of their own are converted for the verb their comment names
OWNER_PATTERNS = True


def convert(data: Path, dropped: list[tuple[str, str, str]] | None = None) -> dict:
    cameo = data / "petrarch2-dictionaries" / "dictionaries" / "CAMEO.2.0.txt"
    mapping = data / "plover" / "CAMEO2PLOVER-2021.txt"
    for p in (cameo, mapping):
        if not p.is_file():
            raise SystemExit(f"{p}: not found (give --data DIR with petrarch2-dictionaries/ and plover/)")
    ontology = yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8"))
    table = plover_table(mapping, ontology)
    preps: list[tuple[list[str], str, list[str], str, list[str], bool]] = []
    _synsets, verbs, forms, patterns, military = read_dictionary(cameo, dropped, preps)
    by_code: dict[str, set[str]] = defaultdict(set)
    seen: set[str] = set()
    own_codes: dict[str, str] = {}
    for lemma, code, _ in verbs:
        own_codes.setdefault(lemma, code)
    statements: set[str] = set()
    for lemma, code, _ in verbs:
        if lemma in seen:
            continue  # a verb listed under several blocks keeps its first code
        seen.add(lemma)
        if code.startswith("01"):
            statements.add(lemma)
        elif plover_of(code, table):
            by_code[code].add(lemma)
    rules = []
    for code in sorted(by_code):
        etype, mode, ctx = plover_of(code, table)  # type: ignore[misc]
        rules.append({"cameo": code, "type": etype, "mode": mode, "context": ctx, "verbs": sorted(by_code[code])})
    phrase_map: dict[tuple[str, tuple[str, ...], bool], set[str]] = defaultdict(set)
    owned_keys: set[tuple[str, tuple[str, ...]]] = set()  # (code, verbs) converted for the comment's verb only
    plain_keys: set[tuple[str, tuple[str, ...]]] = set()
    # a compound's last word alone ("{JOINT ATTACK}" -> "attack") is dropped where the same verbs take that word
    # by itself under a code of another PLOVER type ("- * ATTACK"): "launched an attack" is no cooperation
    plain: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
    for block, code, objects, compound, _received, _owner in patterns:
        if not compound and plover_of(code, table):
            for w in objects:
                plain[(tuple(block), w)].add(plover_of(code, table)[0])  # type: ignore[index]
    for block, code, objects, compound, received, owner in patterns:
        if code.startswith("01") or not objects or not plover_of(code, table) or (compound and received):
            continue  # a received compound by its last word is too loose: "{NO AID}" got -> "got aid" refused
        if compound and plain.get((tuple(block), objects[0]), set()) - {plover_of(code, table)[0]}:  # type: ignore[index]
            continue
        free, owned = pattern_verbs(block, owner, code, own_codes, table)
        if free:
            phrase_map[(code, free, received)].update(objects)
            (owned_keys if owned else plain_keys).add((code, free))
    # a word under the verb's preposition ("looked for help", "looked into charges"), kept apart by preposition
    prep_map: dict[tuple[str, tuple[str, ...], bool, str, tuple[str, ...]], set[str]] = defaultdict(set)
    for block, code, objects, prep, also, received, owner in preps:
        objects = [o for o in objects if (prep, o) not in SPLIT_IDIOMS]
        if not objects:
            continue
        free, owned = pattern_verbs(block, owner, code, own_codes, table)
        if owned and prep == "to":  # "(TO CLOSE)", "(TO LEAVE)": an infinitive, which the rule core reads as "to" +
            continue  # an object ("the court ordered the newspaper to close" is no expulsion)
        if free and objects and not code.startswith("01") and plover_of(code, table):
            prep_map[(code, free, received, prep, tuple(also))].update(objects)
            (owned_keys if owned else plain_keys).add((code, free))
    phrases = []
    keyed: list[tuple[tuple, set[str]]] = [*phrase_map.items(), *prep_map.items()]
    for (code, free, received, *prep), objects in sorted(keyed, key=lambda kv: kv[0]):
        prep, also = (prep[0], list(prep[1])) if prep else ("", [])
        etype, mode, ctx = plover_of(code, table)  # type: ignore[misc]
        # a verb + particle ("+CRACK_DOWN"): PETRARCH codes the particle's prepositional object as the target
        # (a pattern whose words are all particles: "burned down houses" has its object)
        pure = not prep and not received and all(w in PARTICLE_AIMS or w in PARTICLES for w in objects)
        aims = sorted({a for w in objects for a in PARTICLE_AIMS.get(w, ())}) if pure else []
        # `receiving`: the subject is the target, the giver after "from" the source (extract/role_finder_en.py)
        phrases.append({"cameo": code, "type": etype, "mode": mode, "context": ctx, "verbs": list(free),
                        "with_any": sorted(objects), **({"object_preps": [prep]} if prep else {}),
                        **({"object_also": also} if also else {}),
                        **({"target_preps": aims} if aims else {}),
                        **({"receiving": True} if received else {}),
                        **({"owned": True} if (code, free) in owned_keys - plain_keys else {})})
    # a verb coded only with a military subject ("the army advanced", "troops rushed to the border"), without or with
    # its object word ("troops entered the town"): only verbs without a code of their own, as for the phrases
    military_map: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for block, code, objects in military:
        free = tuple(sorted(v for v in block if v not in seen or len(block) == 1))
        if free and not code.startswith("01") and plover_of(code, table):
            military_map[(code, free)].update(objects)
    soldiers = []
    for (code, free), objects in sorted(military_map.items()):
        etype, mode, ctx = plover_of(code, table)  # type: ignore[misc]
        soldiers.append({"cameo": code, "type": etype, "mode": mode, "context": ctx, "verbs": list(free),
                         **({"with_any": sorted(objects)} if objects else {}), "require_military": True})
    return {"rules": rules, "phrases": phrases, "military": soldiers, "statement_verbs": sorted(statements),
            "verb_forms": dict(sorted(forms.items()))}


class _NoAliases(yaml.SafeDumper):
    """Plain YAML without anchors: the file is read by people as well as by the loader."""

    def ignore_aliases(self, data: object) -> bool:
        return True


HEADER = """\
# GENERATED by scripts/convert_cameo_verbs.py -- do not edit; change the script or triggers.yaml.
# English event verbs at CAMEO breadth, mapped to PLOVER type, mode and context.
# Source: PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt (https://github.com/openeventdata/petrarch2,
#   commit 676801c), MIT License, Copyright (c) 2015 Open Event Data Alliance; CAMEO to PLOVER table
#   CAMEO2PLOVER-2021.txt (https://github.com/openeventdata/PLOVER), Open Event Data Alliance.
# The MIT License of the source applies to this derived list (docs/events.md, 'English triggers at CAMEO
#   breadth'). lagebild decisions: 02 APPEAL -> REQUEST, 163 -> SANCTION, 057 -> AGREE, 01 -> statement verbs
#   (speech, not events). triggers.yaml says which codes and verbs are used (`cameo:`).
# rules: verbs coded by themselves; phrases: verbs coded only with one of the object words (with_any), which may
#   stand under the verb's preposition (object_preps), with a second word there (object_also); a particle's
#   target prepositions (target_preps: "cracked down on X"), added to the type's template.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder with petrarch2-dictionaries/ and plover/")
    ap.add_argument("--out", type=Path, default=OUT, help="the YAML file to write")
    ap.add_argument("--report-dropped", action="store_true",
                    help="print the patterns not converted, counted by shape and by CAMEO root, and write nothing")
    args = ap.parse_args()
    dropped: list[tuple[str, str, str]] = []
    out = convert(args.data, dropped)
    if args.report_dropped:
        report_dropped(dropped)
        return 0
    text = HEADER + yaml.dump(out, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=120,
                              default_flow_style=None)
    args.out.write_text(text, encoding="utf-8")
    n = sum(len(r["verbs"]) for r in out["rules"])
    print(f"{args.out}: {len(out['rules'])} codes, {n} verbs, {len(out['phrases'])} verb + object patterns, "
          f"{len(out['military'])} military-subject patterns, {len(out['statement_verbs'])} statement verbs, "
          f"{len(out['verb_forms'])} irregular forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
