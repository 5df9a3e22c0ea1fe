#!/usr/bin/env bash
# Sourced by scripts/test.sh: a private PostgreSQL server for the storage tests (tests/test_store*.py).
# Installs the Debian package if it is missing (CI runs as root on a clean machine), starts a server
# in a temporary directory on a free port of 127.0.0.1, exports LAGEBILD_TEST_PG_URL and stops the
# server when the test run ends. If PostgreSQL cannot be set up, the PostgreSQL variants skip.

_lagebild_pg_bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

_lagebild_pg_setup() {
    local bindir dir port
    bindir=$(_lagebild_pg_bindir)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "20-postgres: installing PostgreSQL (apt-get install postgresql)" >&2
            export DEBIAN_FRONTEND=noninteractive
            apt-get install -y -q postgresql >/dev/null 2>&1 \
                || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; } \
                || return 1
        else
            return 1
        fi
        bindir=$(_lagebild_pg_bindir)
    fi
    [ -x "$bindir/initdb" ] || return 1
    # initdb and postgres refuse to run as root: run them as the postgres user the package creates
    local as=()
    if [ "$(id -u)" = 0 ]; then
        as=(runuser -u postgres --)
    fi
    dir=$(mktemp -d /tmp/lagebild-pg.XXXXXX) || return 1
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') \
        || return 1
    "${as[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U lagebild -E UTF8 >"$dir/initdb.log" 2>&1 || return 1
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null 2>&1 || return 1
    _LAGEBILD_PG_STOP="${as[*]} $bindir/pg_ctl -D $dir/data -m fast stop >/dev/null 2>&1; rm -rf $dir"
    "${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U lagebild lagebild_test || return 1
    export LAGEBILD_TEST_PG_URL="postgresql+psycopg://lagebild@127.0.0.1:$port/lagebild_test"
    echo "20-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

if ! _lagebild_pg_setup; then
    echo "20-postgres: PostgreSQL could not be set up; the PostgreSQL storage tests will skip" >&2
fi
if [ -n "${_LAGEBILD_PG_STOP:-}" ]; then
    # keep any EXIT trap another setup script installed
    _lagebild_prev_trap=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
    # shellcheck disable=SC2064
    trap "$_LAGEBILD_PG_STOP; ${_lagebild_prev_trap:-:}" EXIT
fi
