"""Export stored events as JSONL (the full contract), CSV or Parquet (flat rows)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import OptionError
from ..serve.render import FLAT_FIELDS, flatten


def export_events(events: list[dict[str, Any]], fmt: str, output: Path | None) -> None:
    if fmt == "parquet":
        if output is None:
            raise OptionError("--output", "parquet is binary: name an output file with --output")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flatten(e) for e in events]
        table = pa.Table.from_pylist(rows, schema=_schema()) if rows else _schema().empty_table()
        pq.write_table(table, output)
        return
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for e in events:
                out.write(json.dumps(e, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            w = csv.DictWriter(out, fieldnames=FLAT_FIELDS)
            w.writeheader()
            for e in events:
                w.writerow(flatten(e))
        else:
            raise OptionError("--format", f"unknown export format {fmt!r}")
    finally:
        if output:
            out.close()


def _schema():  # noqa: ANN202 - pyarrow type
    import pyarrow as pa

    types = {"lat": pa.float64(), "lon": pa.float64(), "hedged": pa.bool_(), "target_inferred": pa.bool_(),
             "evidence_start": pa.int64(), "evidence_end": pa.int64()}
    return pa.schema([(f, types.get(f, pa.string())) for f in FLAT_FIELDS])
