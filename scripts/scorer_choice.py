"""The learned event scorer's threshold choices for scripts/train_event_scorer.py: a language's threshold read off
repeated CV (the plateau of the mean curve, each repeat's median, or a pinned value), a per-type policy and a topic
path's own floor. The run-wide options are module settings the trainer sets from its command line."""

from __future__ import annotations

import statistics

from scorer_data import Record
from scorer_fit import Probs, figures
from scorer_policy import best_threshold, lang_score, median_pick, news_gold_ok

THRESHOLDS = [round(0.05 * k, 2) for k in range(0, 17)]  # 0.0 keeps everything
# a threshold per language (--shared-threshold: one for all); until round 5 one was shared because the German
# dev events alone taught "keep every German event"; the hand labels on unseen German news now say otherwise
SHARED_THRESHOLD = False
# a per-type policy (round 7, --per-type auto|on|off): after the language's threshold, each event type of the language
# may get a threshold of its own ("de:SUPPORT") from TYPE_THRESHOLDS (1.01 drops the type), one type at a time, kept only
# when it raises the language's mean CV objective by TYPE_MIN_GAIN with news-gold passing the guard's first rule. "auto":
# a nested CV of each policy (the choice repeated inside each training fold) decides per language, and the guard judges
# the winner as before
TYPE_THRESHOLDS = (0.0, 0.2, 0.35, 0.5, 0.65, 1.01)
TYPE_MIN_GAIN = 0.005
# round 14 (scorer14): how a language's threshold is read off the repeated CV (--threshold-rule): "plateau", the best
# plateau of the repeats' mean curve (rounds 6-13), or "median", each repeat's own plateau and their low median; a
# language named in PINNED (--pin-threshold en=0.3) takes that threshold whatever the curve says (the guard still
# judges it); the nested CV judges the rule as the final choice uses it (the trainer's --nested-repeats)
THRESHOLD_RULE = "plateau"
PINNED: dict[str, float] = {}
# round 14: a topic path's own floor ("de:path=may_lack", extract/scorer.floor_of), chosen by the mean CV objective
# after the language's threshold (--path-floors; TOPIC_FLOOR 0.5 is the lowest)
PATH_FLOORS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
FLOORED_PATHS: tuple[str, ...] = ()


def lang_groups(langs: list[str]) -> list[list[str]]:
    """The languages that share a threshold: all of them (--shared-threshold) or each alone."""
    return [langs] if SHARED_THRESHOLD else [[lang] for lang in langs]


def pick_threshold(sub: list[Record], runs: list[Probs], group: list[str], rules: dict[str, tuple]) -> tuple[float, float]:
    """The threshold (and its mean objective) for a group of languages over CV runs: the best plateau of the mean
    curve among thresholds whose mean news-gold figures pass the guard's first rule."""
    figs = [[figures(sub, p, dict.fromkeys(group, t)) for p in runs] for t in THRESHOLDS]
    curve = [statistics.mean(sum(lang_score(f, lang) for lang in group) for f in fs) for fs in figs]
    mean_fig = [{g: tuple(statistics.mean(f[g][j] for f in fs) for j in range(3)) for g in fs[0]} for fs in figs]
    eligible = [all(news_gold_ok(m, rules, lang) for lang in group) for m in mean_fig]
    if all(lang in PINNED for lang in group):
        i = THRESHOLDS.index(PINNED[group[0]])
    elif THRESHOLD_RULE == "median" and len(runs) > 1:
        i = median_pick([best_threshold([sum(lang_score(fs[r], lang) for lang in group) for fs in figs],
                                        [all(news_gold_ok(fs[r], rules, lang) for lang in group) for fs in figs])
                         for r in range(len(runs))])
    else:
        i = best_threshold(curve, eligible)
    return THRESHOLDS[i], curve[i]


def path_floor(sub: list[Record], runs: list[Probs], thresholds: dict[str, float], lang: str, path: str) -> None:
    """A topic path's own floor for ``lang``, in place: the one of PATH_FLOORS with the best mean CV objective of the
    language (ties: the lowest, which keeps more), set only where the language has candidates of that path."""
    mine = [n for n, a in enumerate(sub) if a.lang == lang]
    if not any(p == path for n in mine for p in sub[n].paths):
        return
    recs = [sub[n] for n in mine]
    probs = [[run[n] for n in mine] for run in runs]
    key = f"{lang}:path={path}"
    value = {f: statistics.mean(lang_score(figures(recs, p, {**thresholds, key: f}), lang) for p in probs)
             for f in PATH_FLOORS}
    thresholds[key] = max(PATH_FLOORS, key=lambda f: (round(value[f], 9), -f))


def per_type(sub: list[Record], runs: list[Probs], thresholds: dict[str, float], lang: str,
             rules: dict[str, tuple]) -> None:
    """The per-type policy, in place: for each event type of ``lang`` (most frequent first) the threshold from
    TYPE_THRESHOLDS whose mean CV objective of the language beats the current one by TYPE_MIN_GAIN while news-gold
    passes the guard's first rule; a type that gains nothing keeps the language's threshold."""
    mine = [n for n, a in enumerate(sub) if a.lang == lang]
    recs = [sub[n] for n in mine]
    probs = [[run[n] for n in mine] for run in runs]
    counts: dict[str, int] = {}
    for a in recs:
        for e in a.events:
            counts[e["event_type"]] = counts.get(e["event_type"], 0) + 1

    def score(th: dict[str, float]) -> tuple[float, bool]:
        figs = [figures(recs, p, th) for p in probs]
        mean = {g: tuple(statistics.mean(f[g][j] for f in figs) for j in range(3)) for g in figs[0]}
        return statistics.mean(lang_score(f, lang) for f in figs), news_gold_ok(mean, rules, lang)

    current, _ = score(thresholds)
    for etype in sorted(counts, key=lambda t: (-counts[t], t)):
        key, best_t = f"{lang}:{etype}", None
        for t in TYPE_THRESHOLDS:
            if t == thresholds.get(lang, 0.0):
                continue
            value, ok = score({**thresholds, key: t})
            if ok and value > current + TYPE_MIN_GAIN:
                current, best_t = value, t
        if best_t is not None:
            thresholds[key] = best_t


def pins(spec: str) -> dict[str, float]:
    """--pin-threshold's 'lang=value' pairs; a value off THRESHOLDS' grid is refused (ValueError)."""
    out = {}
    for item in (x.strip() for x in spec.split(",") if x.strip()):
        lang, _, value = item.partition("=")
        if not lang.strip() or float(value or "nan") not in THRESHOLDS:
            raise ValueError(f"{item!r} is not lang=value with a value among {THRESHOLDS}")
        out[lang.strip()] = float(value)
    return out
