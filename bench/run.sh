#!/usr/bin/env bash
# Page-load benchmark of the reader site on an archive of N articles.
#
#   bench/run.sh --provider sqlite --articles 1000
#   bench/run.sh --provider postgres --articles 100000 --pg "Host=127.0.0.1;Port=5432;Username=postgres"
#   bench/run.sh --provider sqlite --articles 100000 --archive-only      # build (or reuse) the archive, measure nothing
#
# Other options go to Fandom.Bench as they are: --duration 10s (each wrk run), --requests 200 (one-at-a-time
# requests per page), --threads 2, --connections 32, --deep-page 50, --rebuild (build the archive again).
#
# - installs wrk from Debian when it is missing;
# - builds Fandom.Bench (and with it the app) and Fandom.Bench.Ceiling in Release;
# - for --provider postgres without --pg, runs its own PostgreSQL server on 127.0.0.1 whose data lives in
#   bench/.data/postgres, so archives survive between runs (stopped again at the end);
# - then Fandom.Bench builds or reuses the archive (bench/.data/sqlite-N.db, or database fandom_bench_N),
#   measures every reader page type and writes bench/results/<provider>-<N>.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
# The helpers of the test script (as_root, as_postgres, find_pg_bin, port_in_use, log, die); sourcing runs nothing.
# shellcheck source=../tests/run.sh
source "$ROOT/tests/run.sh"

PG_CLUSTER="$BENCH/.data/postgres"
PG_SOCKET=""
OWN_PG_BIN=""

provider=sqlite
pg=""
args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --provider) provider="${2:?--provider needs a value}"; args+=("$1" "$2"); shift 2 ;;
        --pg) pg="${2:?--pg needs a connection string}"; shift 2 ;;
        *) args+=("$1"); shift ;;
    esac
done

ensure_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    log "installing wrk"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk
}

# A PostgreSQL server of our own with its data under bench/.data, for runs without --pg.
start_own_postgres() {
    local bin port
    bin="$(find_pg_bin)"
    if [[ -z "$bin" ]]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
        bin="$(find_pg_bin)"
    fi
    [[ -n "$bin" ]] || die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin"
    mkdir -p "$BENCH/.data"
    if [[ ! -f "$PG_CLUSTER/PG_VERSION" ]]; then
        as_root mkdir -p "$PG_CLUSTER"
        as_root chown postgres: "$PG_CLUSTER"
        as_root chmod 700 "$PG_CLUSTER"
        as_postgres "$bin/initdb" -D "$PG_CLUSTER" --auth=trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null \
            || die "initdb failed in $PG_CLUSTER"
    fi
    PG_SOCKET="$(mktemp -d /tmp/fandom-bench-pg.XXXXXX)"
    as_root chown postgres: "$PG_SOCKET"
    port=54400
    while port_in_use "$port"; do port=$((port + 1)); done
    # Durability off, as for the test server: the archive can always be built again.
    as_postgres "$bin/pg_ctl" -D "$PG_CLUSTER" -l "$PG_CLUSTER/postgres.log" -w -t 120 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_SOCKET -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" \
        >/dev/null || die "PostgreSQL did not start; see bench/.data/postgres/postgres.log"
    OWN_PG_BIN="$bin"
    pg="Host=127.0.0.1;Port=$port;Username=postgres"
    log "PostgreSQL listening on 127.0.0.1:$port (data in bench/.data/postgres)"
}

stop_own_postgres() {
    if [[ -n "$OWN_PG_BIN" ]]; then
        as_postgres "$OWN_PG_BIN/pg_ctl" -D "$PG_CLUSTER" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || log "warning: could not stop the PostgreSQL server in $PG_CLUSTER"
    fi
    [[ -n "$PG_SOCKET" && -d "$PG_SOCKET" ]] && as_root rm -rf -- "$PG_SOCKET"
    return 0
}

bench_main() {
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    ensure_wrk

    log "building Release (the app, Fandom.Bench, Fandom.Bench.Ceiling)"
    dotnet build "$ROOT/bench/Fandom.Bench/Fandom.Bench.csproj" -c Release -nologo -v quiet
    dotnet build "$ROOT/bench/Fandom.Bench.Ceiling/Fandom.Bench.Ceiling.csproj" -c Release -nologo -v quiet

    if [[ "$provider" == postgres* && -z "$pg" ]]; then
        trap stop_own_postgres EXIT
        start_own_postgres
    fi
    if [[ -n "$pg" ]]; then
        args+=(--pg "$pg")
    fi

    cd "$ROOT"
    dotnet "$ROOT/bench/Fandom.Bench/bin/Release/net10.0/Fandom.Bench.dll" --root "$ROOT" "${args[@]}"
}

# Only run when executed, so bench/instances.sh can use the PostgreSQL helpers.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    bench_main
fi
