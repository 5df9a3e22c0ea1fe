#!/usr/bin/env bash
# The whole 1 M-event benchmark in one command (docs/scale.md): the query benchmark
# (benchmarks/queries.py: every API endpoint cold and warm, the CLI read commands) and the UI
# benchmark (benchmarks/ui.py: Chromium) on the generated SQLite and PostgreSQL stores kept outside
# the repository, with the load average before and after and each part's wall and CPU time.
#
#   bash benchmarks/scale.sh                  # stores in /work/scale-data (m1.db, pg/data, database m1)
#   SCALE_DATA=/data/lagebild RUNS=20 bash benchmarks/scale.sh
#   SCALE_SQLITE=/work/scale-data/m1-v9.db SCALE_PG_DB=m1v9 bash benchmarks/scale.sh   # other stores
#
# Starts the PostgreSQL server of $SCALE_DATA/pg/data on port $SCALE_PG_PORT (default 55432) if it is
# not running, and stops it again at the end if it started it. Figures go to stdout and to
# $SCALE_DATA/results-<time>/ (JSON). About 6-8 minutes on a quiet 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SCALE_DATA:-/work/scale-data}
PORT=${SCALE_PG_PORT:-55432}
RUNS=${RUNS:-10}
PY=${PYTHON:-.venv/bin/python}
SQLITE=${SCALE_SQLITE:-$DATA/m1.db}
PG="postgresql+psycopg://lagebild@127.0.0.1:$PORT/${SCALE_PG_DB:-m1}"
OUT="$DATA/results-$(date -u +%Y%m%dT%H%M%S)"
[ -f "$SQLITE" ] || { echo "scale.sh: $SQLITE: no such store (make one with benchmarks/generate.py)" >&2; exit 1; }
mkdir -p "$OUT"

as=()
[ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
started=""
dbs=(--db "$SQLITE")
if [ -d "$DATA/pg/data" ] && [ -n "$bindir" ]; then
    if ! "${as[@]}" "$bindir/pg_ctl" -D "$DATA/pg/data" status >/dev/null 2>&1; then
        "${as[@]}" "$bindir/pg_ctl" -D "$DATA/pg/data" -l "$DATA/pg/server.log" -w -t 120 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA/pg -c fsync=off -c shared_buffers=1GB -c work_mem=64MB" \
            start >/dev/null
        started=1
        trap '"${as[@]}" "$bindir/pg_ctl" -D "$DATA/pg/data" -m fast stop >/dev/null 2>&1 || true' EXIT
    fi
    dbs+=(--db "$PG")
else
    echo "scale.sh: no PostgreSQL store at $DATA/pg/data: SQLite only" >&2
fi

timed() {  # NAME COMMAND...: run it, then print its wall and CPU time (children included)
    local name=$1
    shift
    /usr/bin/time -f "$name: %e s wall, %U s user + %S s system CPU, max RSS %M KiB" "$@"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(date -u)"
timed queries "$PY" benchmarks/queries.py "${dbs[@]}" --runs "$RUNS" --cli-runs 3 --json "$OUT/queries.json"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
timed "ui sqlite" "$PY" benchmarks/ui.py "$SQLITE"
if [ ${#dbs[@]} -gt 2 ]; then
    timed "ui postgresql" "$PY" benchmarks/ui.py "$PG"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u); JSON in $OUT"
[ -n "$started" ] && echo "(stopping the PostgreSQL server this script started)"
exit 0
