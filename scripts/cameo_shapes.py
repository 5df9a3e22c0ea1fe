"""The shapes of PETRARCH2 CAMEO verb patterns (the words after "-"): which the converter turns into rules, and the
report of those it leaves out, counted by shape and CAMEO root (scripts/convert_cameo_verbs.py --report-dropped)."""

from __future__ import annotations

from collections import defaultdict

# Subject synonym sets the rule core can check: a pattern "- &MILITARY * [190]" ("the army advanced") codes the verb
# only with a military doer, which a rule's `require_military` asks for (a military actor or troop word in the clause).
MILITARY_SUBJECTS = {"&MILITARY"}


def pattern_shape(toks: list[str]) -> str:
    """The shape of a pattern's words (after "-"): what the converter can turn into a rule, and what it reports dropped."""
    if any(c in t for t in toks for c in "$+^%"):
        return "actor slot"
    if toks[:1] and toks[0] in MILITARY_SUBJECTS and toks[1:2] == ["*"] and len(toks) <= 3:
        return "military"
    if not toks or toks[0] != "*":
        return "subject words"
    rest = toks[1:]
    if not rest:
        return "verb alone"
    if len(rest) == 1 and not rest[0].startswith("("):
        return "verb + object"
    if rest[0].startswith("{") and rest[-1].endswith("}") and not any("(" in t for t in rest):
        return "verb + compound object"
    if len(rest) == 1 and rest[0].startswith("(") and rest[0].endswith(")"):
        return "verb + preposition"
    if len(rest) == 2 and rest[0].startswith("(") and rest[1].endswith(")") and ")" not in rest[0]:
        return "verb + preposition + object"
    if rest[0].startswith("("):
        return "verb + preposition + longer phrase"
    if len(rest) == 2 and rest[0].lower() in PARTICLES and not rest[1].startswith(("(", "{")):
        return "verb + particle + object"
    if not rest[0].startswith("{") and rest[1].startswith("("):
        return "verb + object + preposition phrase"
    return "other multiword"


# Pattern shapes with a preposition converted to rules (`object_preps`): the verb's preposition and its object word
# ("- * (FOR HELP)": "looked for help"), or the preposition alone ("- * (TO)").
PREP_SHAPES = ("verb + preposition + object", "verb + preposition", "verb + object + preposition phrase",
               "verb + particle + object")
KEPT_SHAPES = ("verb + preposition + object", "verb + object + preposition phrase", "verb + particle + object")
# the particles of phrasal verbs with an object ("- * UP PRESSURE": "stepped up pressure", "- * OFF TALKS")
PARTICLES = {"up", "out", "off", "down", "forward", "back", "away", "over", "in", "on", "aside"}
# A phrasal verb's target is the object of the preposition its particle takes ("cracked down on refugees", "lashed
# out at Japan", "fought back against the rebels"); a particle that is a preposition takes the target as its own
# object ("sided with Syria", "bridled at the plan"). Only prepositions that name whom the act is aimed at: "up
# with", "out of", "back from" mostly name a partner, a place or a stance ("teamed up with", "kicked out of the city").
PARTICLE_AIMS = {"down": ("on", "upon"), "out": ("at", "against"), "back": ("against",), "with": ("with",),
                 "at": ("at",), "against": ("against",), "on": ("on",), "to": ("to",)}


def report_dropped(dropped: list[tuple[str, str, str]]) -> None:
    """Counts of the patterns left out, by shape and by CAMEO root, with examples: what to convert next."""
    by_shape: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for shape, code, body in dropped:
        by_shape[shape].append((code, body))
    print(f"{len(dropped)} patterns not converted")
    for shape, rows in sorted(by_shape.items(), key=lambda kv: -len(kv[1])):
        roots: dict[str, int] = defaultdict(int)
        for code, _ in rows:
            roots[code[:2] if code[:2].isdigit() else "--"] += 1
        print(f"{len(rows):5d}  {shape}: " + ", ".join(f"{r} {n}" for r, n in sorted(roots.items())))
        print("       e.g. " + " | ".join(body for _, body in rows[:4]))


def align_received(patterns: list, preps: list | None) -> None:
    """Marks a pattern received where its verb's sibling patterns carry the same code read the other way round:
    the source has "(IN COURT) [173]" beside "(BEFORE COURT) [:173]" (# APPEAR), and the defendant is no doer."""
    groups = [(patterns, 4, 5), (preps or [], 5, 6)]
    back = {(tuple(p[0]), p[owner], p[1]) for rows, flag, owner in groups for p in rows if p[flag] and p[owner]}
    for rows, flag, owner in groups:
        for i, p in enumerate(rows):
            if not p[flag] and (tuple(p[0]), p[owner], p[1]) in back:
                rows[i] = (*p[:flag], True, *p[flag + 1:])
