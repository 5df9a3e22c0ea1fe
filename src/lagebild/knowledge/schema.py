"""Checks every knowledge file against its schema and the files against each other.

The structure lives in ``resources/schemas/knowledge.yaml`` (JSON Schema written as YAML); the
cross-file rules (ISO codes exist, sectors are in sectors.yaml, ids are unique, a person's ``org``
is a known organisation) are here, because a schema cannot see other files.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import ResourceError
from .codes import country_codes
from .resources import COMMON, find, languages, load

SCHEMA_FILE = ("knowledge", "schemas")


def _plain(data: Any) -> Any:
    """YAML dates become ISO strings, so JSON Schema sees what a JSON reader would."""
    return json.loads(json.dumps(data, default=str))


def _validator(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    try:
        import jsonschema
    except ImportError as exc:  # a test dependency; the pipeline itself never needs it
        raise ResourceError("checking resources needs the 'jsonschema' package (pip install 'lagebild[test]')") from exc
    return jsonschema.Draft202012Validator({**schema, "$defs": defs})


def files() -> list[tuple[str, str]]:
    """(lang, name) of every knowledge file the schema covers, in every language folder."""
    spec = load(*SCHEMA_FILE)["schemas"]
    out: list[tuple[str, str]] = []
    for key in spec:
        folder, name = key.split("/", 1)
        for lang in languages() if folder == "<lang>" else [folder]:
            if find(name, lang) is not None:
                out.append((lang, name))
    return out


def check() -> list[str]:
    """Every problem found, one line each ("<file>: <where>: <what>"); empty when all is well."""
    raw = load(*SCHEMA_FILE)
    defs, spec = raw.get("$defs", {}), raw["schemas"]
    problems: list[str] = []
    for lang, name in files():
        key = f"<lang>/{name}" if f"<lang>/{name}" in spec else f"{lang}/{name}"
        data = _plain(load(name, lang))
        for err in sorted(_validator(spec[key], defs).iter_errors(data), key=lambda e: list(e.absolute_path)):
            where = "/".join(map(str, err.absolute_path)) or "(top)"
            problems.append(f"{lang}/{find(name, lang).name}: {where}: {err.message}")  # type: ignore[union-attr]
    problems.extend(_cross_checks())
    return problems


def _cross_checks() -> list[str]:
    sectors = set(load("sectors", COMMON, default={}))
    iso3 = country_codes()
    orgs = load("organizations", COMMON, default=[])
    org_ids = {o["id"] for o in orgs}
    problems: list[str] = []
    for name in ("persons", "organizations", "equipment", "places", "phoenix_persons", "phoenix_organizations"):
        items = load(name, COMMON, default=[])
        seen: set[str] = set()
        for item in items:
            where = f"common/{name}.yaml: {item.get('id')}"
            if item.get("id") in seen:
                problems.append(f"{where}: duplicate id")
            seen.add(item.get("id"))
            posts = item.get("roles") or [item]
            for post in posts:
                if post.get("country") is not None and post["country"] not in iso3:
                    problems.append(f"{where}: unknown ISO 3166 code {post['country']!r}")
                if post.get("sector") is not None and post["sector"] not in sectors:
                    problems.append(f"{where}: sector {post['sector']!r} is not in common/sectors.yaml")
                if name == "persons" and post.get("org") is not None and post["org"] not in org_ids:
                    problems.append(f"{where}: org {post['org']!r} is not in common/organizations.yaml")
                if name == "persons" and post.get("to") is not None and str(post["to"]) < str(post["from"]):
                    problems.append(f"{where}: post {post.get('title')!r} ends before it starts")
    for lang in languages():
        for code in load("countries", lang, default={}):
            if code not in iso3:
                problems.append(f"{lang}/countries.yaml: {code}: not an ISO 3166 alpha-3 code")
        for sector in (load("lexicon", lang).get("sector_nouns") or {}):
            if sector not in sectors:
                problems.append(f"{lang}/lexicon.yaml: sector_nouns: {sector!r} is not in common/sectors.yaml")
    return problems
