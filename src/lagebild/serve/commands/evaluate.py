"""`lagebild evaluate`: score the extraction on a gold set (format in docs/gold.md)."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Extract")
    def evaluate(
        gold_dir: Path = typer.Argument(..., help="Gold directory (or one .jsonl file); see docs/gold.md.",
                                        show_default=False),
        split: list[str] = typer.Option(None, "--split", help="Only these splits (dev, heldout, seed, ...); "
                                        "repeatable. Default: each split separately, then all together."),
        errors: int = typer.Option(0, "--errors", min=0, help="List up to N individual errors (missed, spurious, wrong field)."),
        as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
        analyser: str = typer.Option(None, "--analyser", help="'default' (each language's parser, the lexicon's "
                                     "`parser:`), 'rules' (no parse) or 'spacy:PIPELINE[,PIPELINE]': installed spaCy "
                                     "pipelines whose parse improves roles. [env: LAGEBILD_ANALYSER]"),
    ) -> None:
        """Score events (precision, recall, F1 per type and per language; matched by type, source and
        target) and claims (attribution, modality, hedging, denial and quantity accuracy) on a gold set.
        Records that point at third-party text (the seed article, the PLOVER gold records in ../shared)
        are scored when present."""
        from ...evaluate import evaluate as run
        from ...evaluate import format_report, load_gold

        docs, notes = load_gold(gold_dir)
        for n in notes:
            typer.echo(f"note: {n}", err=True)
        splits = sorted({d.split for d in docs})
        # "--split plover-gsr" also selects its halves plover-gsr-dev / plover-gsr-test
        chosen = [s for s in splits if not split or s in split or any(s.startswith(f"{x}-") for x in split)]
        if split and not chosen:
            from ...errors import OptionError

            raise OptionError("--split", f"no records in split(s) {', '.join(split)} (present: {', '.join(splits)})")
        from ...pipeline import Pipeline

        pipeline = Pipeline(analyser=analyser)

        def extract(article):  # noqa: ANN001, ANN202
            return pipeline(article).events

        results = {s: run([d for d in docs if d.split == s], extract) for s in chosen}
        own = [d for d in docs if d.split in chosen and not d.external]
        if len({d.split for d in own}) > 1:
            results["all"] = run(own, extract)  # the project's own splits; external benchmarks stand alone
        for family, halves in _halves(docs, chosen).items():  # an external benchmark split in halves: also whole
            results[family] = run([d for d in docs if d.split in halves], extract)
        if as_json:
            typer.echo(json.dumps({k: r.to_json() for k, r in results.items()}, ensure_ascii=False, indent=1))
            return
        for name, r in results.items():
            typer.echo(format_report(r, name, errors))


def _halves(docs: list, chosen: list[str]) -> dict[str, set[str]]:
    """External splits chosen as '<name>-dev' and '<name>-test' together, by name: scored whole as well, so
    the figure stays comparable with the one taken before the benchmark was split."""
    ext = {d.split for d in docs if d.external and d.split in chosen}
    out: dict[str, set[str]] = {}
    for s in ext:
        for h in ("-dev", "-test"):
            if s.endswith(h):
                out.setdefault(s[: -len(h)], set()).add(s)
    return {k: v for k, v in out.items() if len(v) == 2}
