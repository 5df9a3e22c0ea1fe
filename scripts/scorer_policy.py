"""The learned event scorer's objective and guard for scripts/train_event_scorer.py: what a threshold choice
maximises, the news-gold bound every choice respects, and the small in-place edits of a thresholds dict
(the guard's verdict, one step down). Pure functions of CV figures, so the trainer reads as its decisions."""

from __future__ import annotations

import statistics

# what the choice maximises: news-gold is the measure, GSR and the seed are guards against over-filtering
# and the hand labels on unseen news (eval/scorer-labels.jsonl) stand for what the dev half cannot: German
# dev events are the ones the rules were tuned on (77% right), unseen German ones are 35% right
# eval/dev2/ (round 9: fresh real news annotated in full by GUIDELINES.md) weighs as news-gold dev does
OBJECTIVE = {"news-gold/de": 1.0, "news-gold/en": 1.0, "gsr": 0.5, "gsr type-only": 0.5, "seed": 0.5,
             "hand/de": 1.0, "hand/en": 0.25, "dev2/de": 1.0, "dev2/en": 1.0}
LANG_GROUPS = {"de": ("news-gold/de", "seed", "hand/de", "dev2/de"),
               "en": ("news-gold/en", "gsr", "gsr type-only", "hand/en", "dev2/en")}


# THE GUARD (round 6, learn6), applied per language to the nested-CV figures after the choice, and inside the
# choice to each threshold's CV figures: (1) news-gold/<lang> dev F1 loses at most NEWS_GOLD_TOLERANCE, and (2) the
# weighted F1 sum over the language's GUARDED groups (news-gold; GSR full and type-only for English; the hand
# labels' training part on unseen news) does not fall. Either fails: threshold 0, every event kept. Round 5 left the
# German hand labels out of the sum (their nested gain +0.03 came with news-gold/de -0.013; the lead saw the German
# test half fall 0.302 -> 0.265 with them in); rule (1) now bounds exactly that loss.
GUARDED = ("news-gold/de", "news-gold/en", "gsr", "gsr type-only", "hand/de", "hand/en", "dev2/de", "dev2/en")
NEWS_GOLD_TOLERANCE = 0.02


def lang_score(fig: dict[str, tuple], lang: str, groups: tuple[str, ...] | None = None) -> float:
    """A language's share of the objective (only ``groups``, when given)."""
    return sum(OBJECTIVE[g] * fig[g][2] for g in LANG_GROUPS[lang] if g in fig and (groups is None or g in groups))


def best_threshold(curve: list[float], eligible: list[bool] | None = None) -> int:
    """Index of the eligible threshold whose neighbourhood (itself and one step either side) scores best: a
    plateau, not a spike one article made; ties go to the lower threshold, which keeps more. The first
    threshold (0: every event kept) is always eligible."""
    smooth = [statistics.mean(curve[max(i - 1, 0): i + 2]) for i in range(len(curve))]
    ok = [i for i in range(len(curve)) if i == 0 or eligible is None or eligible[i]]
    return max(ok, key=lambda i: (round(smooth[i], 9), -i))


def news_gold_ok(fig: dict[str, tuple], base: dict[str, tuple], lang: str) -> bool:
    """THE GUARD'S FIRST RULE: news-gold is the measure, so a threshold may cost the language's news-gold dev
    F1 at most NEWS_GOLD_TOLERANCE (the hand labels on unseen news may buy precision there, not recall)."""
    g = f"news-gold/{lang}"
    return g not in base or g not in fig or fig[g][2] >= base[g][2] - NEWS_GOLD_TOLERANCE - 1e-9


def type_policy(thresholds: dict[str, float], by_language: dict[str, tuple], by_type: dict[str, tuple],
                base: dict[str, tuple], force: bool) -> dict[str, tuple]:
    """Per language, in place: keep the per-type thresholds when their nested CV objective beats the language-only
    policy's and news-gold passes the guard's first rule (or ``force``), else drop them; returns the nested figures
    of the policies kept (the guard then judges them against the rules)."""
    honest = dict(by_language)
    for lang in languages(thresholds):
        typed = lang_score(by_type, lang, GUARDED)
        plain = lang_score(by_language, lang, GUARDED)
        use = force or (typed > plain + 1e-9 and news_gold_ok(by_type, base, lang))
        print(f"  {lang}: per-type policy nested CV objective {typed:.3f} vs language threshold {plain:.3f} "
              f"(news-gold/{lang} {by_type.get(f'news-gold/{lang}', (0, 0, 0))[2]:.3f} vs "
              f"{by_language.get(f'news-gold/{lang}', (0, 0, 0))[2]:.3f}): {'per-type' if use else 'language threshold'}")
        if use:
            honest.update({g: by_type[g] for g in LANG_GROUPS[lang] if g in by_type})
        else:
            for key in [k for k in thresholds if k.startswith(f"{lang}:") and ":path=" not in k]:
                del thresholds[key]
    return honest


def languages(thresholds: dict[str, float]) -> list[str]:
    """The languages a thresholds dict names (its keys without a ":TYPE")."""
    return sorted({k.split(":")[0] for k in thresholds})


def keep_every_event(thresholds: dict[str, float], lang: str) -> None:
    """THE GUARD'S VERDICT, in place: the language keeps every event (threshold 0, no per-type threshold)."""
    thresholds[lang] = 0.0
    for key in [k for k in thresholds if k.startswith(f"{lang}:")]:
        del thresholds[key]


def lower(thresholds: dict[str, float], lang: str) -> bool:
    """One step (0.05) down for the language's threshold and its per-type ones; False when all are at 0."""
    keys = [k for k in thresholds if (k == lang or k.startswith(f"{lang}:")) and thresholds[k] > 0]
    for k in keys:
        thresholds[k] = max(round(min(thresholds[k], 1.0) - 0.05, 2), 0.0)
    return bool(keys)


def median_pick(picks: list[int]) -> int:
    """The threshold index chosen by several CV repeats: their low median (round 14, scorer14: one repeat's plateau
    moves with its fold deal, en 0.2-0.4 in round 13; the median of several is steady and stays on the grid)."""
    return statistics.median_low(picks)


def topic_verdict(lang: str, with_candidates: float, without: float, allowed: str) -> str:
    """Whether a language's topic candidates are admitted: they must pay in nested CV and the language be one of
    --topic-languages (comma-separated), since proposing them reads each article a second time."""
    if with_candidates <= without + 1e-9:
        return "dropped"
    return "kept" if lang in {x.strip() for x in allowed.split(",")} else "dropped (not in --topic-languages)"
