"""Gold sets on disk: news-gold-style JSON/JSONL records, YAML files and the PLOVER GSR, read into ``GoldDoc``s.

Split from the scoring (``evaluate/__init__.py``) so that reading and checking gold files is one idea:
every malformed record is one ``InputError`` line naming its file and record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError

RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE"}
MODALITIES = {"factual", "future", "hypothetical", "negated"}


@dataclass
class GoldEvent:
    type: str
    source: str | None
    target: str | None
    attribution: list[str] = field(default_factory=list)
    modality: str = "factual"
    hedged: bool = False
    denied_by: list[str] = field(default_factory=list)
    quantity: float | None = None
    qualifier: str | None = None
    sentence: int | None = None  # sentence index, when the annotation gives offsets (third-party text)


@dataclass
class GoldDoc:
    """One annotated paragraph (or, for third-party text, a pointer to it plus annotations only)."""

    id: str
    lang: str
    published: date | None
    text: str
    split: str
    events: list[GoldEvent]
    origin: str
    external: bool = False  # a third-party benchmark scored on its own, never folded into "all"
    plover: bool = False  # PLOVER gold: predictions are read in the codebook's conventions (evaluate/plover.py)


def _event(d: dict[str, Any], where: str) -> GoldEvent:
    if not isinstance(d, dict) or "type" not in d:
        raise InputError(where, "each event needs at least a 'type'")
    modality = d.get("modality", "factual")
    if modality not in MODALITIES:
        raise InputError(where, f"unknown modality {modality!r} (one of {', '.join(sorted(MODALITIES))})")
    q = d.get("quantity")
    return GoldEvent(type=str(d["type"]).upper(), source=d.get("source"), target=d.get("target"),
                     attribution=list(d.get("attribution") or []), modality=modality, hedged=bool(d.get("hedged")),
                     denied_by=list(d.get("denied_by") or []), quantity=float(q) if q is not None else None,
                     qualifier=d.get("qualifier"), sentence=d.get("sentence_index"))


def _doc(d: dict[str, Any], where: str, base: Path) -> GoldDoc | None:
    """A record with ``text``, or one with ``source`` (a path to a third-party text, relative to the
    gold file) whose text is read from there and checked against ``sha256``; None if that file is absent."""
    from ..ingest.readers import parse_date

    if not isinstance(d, dict):
        raise InputError(where, "expected a JSON object per line")
    text = d.get("text")
    if text is None:
        if "source" not in d:
            raise InputError(where, "a gold record needs 'text' or 'source'")
        path = (base / d["source"]).resolve()
        if not path.is_file():
            return None
        text = path.read_text(encoding="utf-8")
        if d.get("sha256") and hashlib.sha256(text.encode("utf-8")).hexdigest() != d["sha256"]:
            raise InputError(str(path), "text differs from the annotated version (sha256 mismatch)")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "empty 'text'")
    lang = d.get("lang")
    if lang not in ("de", "en"):
        raise InputError(where, f"'lang' must be de or en, got {lang!r}")
    published = d.get("published")
    if published is not None and not isinstance(published, date):
        published = parse_date(str(published), where)
    events = [_event(e, f"{where} event {k}") for k, e in enumerate(d.get("events") or [])]
    return GoldDoc(str(d.get("id") or where), lang, published, text, str(d.get("split", "dev")), events, where)


GOLD_SUFFIXES = (".jsonl", ".json", ".yaml", ".yml")


def _records(f: Path) -> list[tuple[str, dict[str, Any]]]:
    """Records of one gold file: JSONL (one a line), JSON (one), or YAML ``{lang, split, published,
    docs: [...]}`` whose top-level keys are defaults for every record in ``docs``."""
    import yaml

    try:
        text = f.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError.not_utf8(str(f), exc) from None
    except OSError as exc:
        raise InputError(str(f), f"cannot read: {exc.strerror or exc}") from None
    if f.suffix in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise InputError(str(f), f"malformed YAML ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("docs"), list):
            raise InputError(str(f), "a YAML gold file needs a 'docs' list")
        defaults = {k: v for k, v in data.items() if k != "docs"}
        return [(f"{f} doc {n}", {**defaults, **d} if isinstance(d, dict) else d) for n, d in enumerate(data["docs"], 1)]
    lines = text.splitlines() if f.suffix == ".jsonl" else [text]
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{f}:{n}" if f.suffix == ".jsonl" else str(f)
        try:
            out.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(where, f"malformed JSON ({exc.msg})") from None
    return out


def hash_half(record_id: str) -> str:
    """'dev' or 'test' by the first byte of sha256(id), as eval/news_gold.py splits news-gold: a fixed,
    order-independent split for third-party gold that documents none (tune on dev, report test)."""
    return "dev" if hashlib.sha256(record_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _plover_gsr(rec: dict[str, Any], where: str, base: Path) -> list[GoldDoc] | None:
    """The PLOVER gold standard records (a JSON list, read where it lies, CC BY-SA): one sentence and one
    event each; old type names map through ``type_map``, codes through ``code_map``; other types are left out."""
    path = (base / rec["source"]).resolve()
    if not path.is_file():
        return None
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"malformed JSON ({exc.msg})") from None
    types = dict(rec.get("type_map") or {})
    codes = dict(rec.get("code_map") or {})
    known = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

    def nth(actors: Any, k: int = 0) -> str | None:
        if not actors or not isinstance(actors, list) or len(actors) <= k:
            return None
        code = actors[k].get("code")
        return codes.get(code, code)

    def sides(r: dict[str, Any]) -> tuple[str | None, str | None]:
        """Source and target; a compound source without a target acts with itself ("Jordan and Britain have
        agreed", GSR comment "Compound actor"): its second member is the first's counterpart, not nobody; two
        members of one country ("the Sudanese government and SPLM/A") name no other side."""
        first, second = nth(r.get("source")), nth(r.get("source"), 1)
        if not r.get("target") and second is not None and second != first:
            return first, second
        return first, nth(r.get("target"))

    split = str(rec.get("split", "plover-gsr"))
    out = []
    for r in records:
        etype = types.get(r.get("event"), r.get("event"))
        if etype not in known or not r.get("text"):
            continue
        half = f"{split}-{hash_half(r['id'])}" if rec.get("split_by") == "sha256" else split
        out.append(GoldDoc(r["id"], "en", None, r["text"], half,
                           [GoldEvent(etype, *sides(r))], f"{path}:{r['id']}",
                           external=True, plover=True))
    return out


def load_gold(root: Path) -> tuple[list[GoldDoc], list[str]]:
    """All gold records under ``root`` (``*.jsonl``, one record a line; ``*.json``, one record);
    returns the documents and notes on what was skipped."""
    if not root.exists():
        raise InputError(str(root), "no such gold directory")
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in GOLD_SUFFIXES)
    docs: list[GoldDoc] = []
    notes: list[str] = []
    for f in files:
        for where, rec in _records(f):
            if isinstance(rec, dict) and rec.get("format") == "plover-gsr":
                found = _plover_gsr(rec, where, f.parent)
            else:
                doc = _doc(rec, where, f.parent)
                found = [doc] if doc is not None else None
            if found is None:
                notes.append(f"{where}: source text {rec['source']} not found, skipped")
            else:
                docs.extend(found)
    if not docs:
        raise InputError(str(root), "no gold records found (*.jsonl / *.json)")
    return docs, notes
