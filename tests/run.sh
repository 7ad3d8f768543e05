#!/usr/bin/env bash
# Runs every test of the solution on a Debian machine.
#
#   tests/run.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Pages]
#
# - installs Debian's chromium, a PostgreSQL server, a Redis server, npm and a Java runtime when they are missing;
# - installs the browser tests' npm packages (axe-core, vnu-jar) with npm ci;
# - starts a throwaway PostgreSQL server on 127.0.0.1 (trust auth, user postgres) and a
#   throwaway Redis server on 127.0.0.1 (no persistence), and exports FANDOM_TEST_POSTGRES /
#   FANDOM_TEST_REDIS / FANDOM_REDIS_SERVER / FANDOM_CHROMIUM for the tests;
# - runs `dotnet test Fandom.sln` with a trx logger and prints one summary line:
#       tests: N passed, M failed
# - then, when no arguments narrow the run, the fault-injection script tests/faults/run.sh (kill -9 during
#   start-up and saves, a full disk, a read-only database, a PostgreSQL outage; a few minutes, loopback only),
#   which prints one line per check and adds "faults: passed" or "faults: failed" to the summary;
# - exits non-zero when dotnet test fails, any test failed or a fault check failed.
#
# Set FANDOM_TEST_RESULTS_DIR to keep the .trx files in that folder; otherwise they go
# to a temporary folder that is removed at the end. tests/artifacts is never touched.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROMIUM=/usr/bin/chromium
PG_FIRST_PORT="${FANDOM_TEST_PG_PORT:-54329}"
REDIS_FIRST_PORT="${FANDOM_TEST_REDIS_PORT:-56379}"
REDIS_SERVER=/usr/bin/redis-server

PG_TMP=""        # temp folder holding the data dir, socket dir and log (owned by postgres)
PG_DATA=""
PG_BIN=""
PG_PORT=""
REDIS_TMP=""     # temp folder holding the Redis server's pid file and log
REDIS_PORT=""
RESULTS_DIR=""
RESULTS_IS_TEMP=0

log() { printf '[run.sh] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Privilege escalation: nothing when root, sudo otherwise.
SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    fi
fi

as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif [[ ${#SUDO[@]} -gt 0 ]]; then
        "${SUDO[@]}" "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

# Runs a command as the postgres system user, from / so that an unreadable cwd does not matter.
as_postgres() {
    if [[ "$(id -un)" == "postgres" ]]; then
        (cd / && "$@")
    elif [[ "$(id -u)" -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    elif [[ ${#SUDO[@]} -gt 0 ]]; then
        (cd / && "${SUDO[@]}" -u postgres -- "$@")
    else
        die "need root (or sudo) to run commands as the postgres user"
    fi
}

# Newest /usr/lib/postgresql/<version>/bin that holds a server (client-only versions have no initdb).
find_pg_bin() {
    local initdb
    initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$initdb" && -x "$initdb" ]]; then
        dirname "$initdb"
    fi
}

install_prerequisites() {
    local packages=()
    # fonts-liberation: without recommends chromium has no fonts, and screenshots lose their text.
    [[ -x "$CHROMIUM" ]] || packages+=(chromium fonts-liberation)
    [[ -n "$(find_pg_bin)" ]] || packages+=(postgresql)
    # Two app instances share a Redis server in the several-instances tests; some tests stop and restart their own.
    [[ -x "$REDIS_SERVER" ]] || packages+=(redis-server)
    # npm installs axe-core, which the browser tests inject into pages, and vnu-jar, the W3C HTML checker.
    command -v npm >/dev/null 2>&1 || packages+=(npm)
    # vnu.jar runs on Java 11 or later; Debian's default runtime is newer.
    command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
    # sqlite3 reads the databases the fault-injection checks leave behind (integrity_check, acknowledged saves).
    command -v sqlite3 >/dev/null 2>&1 || packages+=(sqlite3)
    if [[ ${#packages[@]} -eq 0 ]]; then
        return 0
    fi
    log "installing: ${packages[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
    [[ -x "$CHROMIUM" ]] || die "$CHROMIUM is still missing after installing chromium"
    [[ -n "$(find_pg_bin)" ]] || die "no initdb under /usr/lib/postgresql/*/bin after installing postgresql"
    command -v java >/dev/null 2>&1 || die "java is still missing after installing default-jre-headless"
    [[ -x "$REDIS_SERVER" ]] || die "$REDIS_SERVER is still missing after installing redis-server"
}

port_in_use() {
    # Something accepts connections on 127.0.0.1:$1.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    PG_BIN="$(find_pg_bin)"
    [[ -n "$PG_BIN" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
    id postgres >/dev/null 2>&1 || die "the postgres system user does not exist"

    # Under /tmp, not $TMPDIR: the postgres user must reach it, and socket paths must stay short.
    PG_TMP="$(mktemp -d /tmp/fandom-pg.XXXXXX)"
    PG_DATA="$PG_TMP/data"
    as_root chown postgres: "$PG_TMP"
    as_root chmod 700 "$PG_TMP"
    as_postgres mkdir "$PG_TMP/socket"

    # C.UTF-8 gives Unicode-aware lower()/upper(); fall back to the plain C locale if absent.
    if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" --auth=trust -U postgres \
            --encoding=UTF8 --locale=C.UTF-8 >/dev/null 2>&1; then
        as_postgres rm -rf "$PG_DATA"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" --auth=trust -U postgres \
            --encoding=UTF8 --no-locale >/dev/null \
            || die "initdb failed"
    fi

    local port=$PG_FIRST_PORT last=$((PG_FIRST_PORT + 100))
    while (( port <= last )); do
        if ! port_in_use "$port"; then
            # Durability is irrelevant for a throwaway server: trade it for speed.
            if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 start \
                    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TMP/socket -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
                    >/dev/null; then
                PG_PORT=$port
                break
            fi
            log "PostgreSQL did not start on port $port; trying the next one"
            as_postgres tail -n 20 "$PG_TMP/postgres.log" >&2 || true
        fi
        port=$((port + 1))
    done
    [[ -n "$PG_PORT" ]] || die "could not start PostgreSQL on any port in $PG_FIRST_PORT..$last"

    local tries=0
    until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres; do
        tries=$((tries + 1))
        (( tries < 60 )) || die "PostgreSQL on 127.0.0.1:$PG_PORT is not answering"
        sleep 0.5
    done
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
    if [[ -n "$PG_DATA" && -n "$PG_BIN" ]] && as_root test -f "$PG_DATA/postmaster.pid"; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 \
            || log "warning: could not stop PostgreSQL in $PG_DATA"
    fi
    if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
        as_root rm -rf -- "$PG_TMP"
    fi
    PG_TMP=""
    PG_DATA=""
}

start_redis() {
    REDIS_TMP="$(mktemp -d /tmp/fandom-redis.XXXXXX)"
    local port=$REDIS_FIRST_PORT last=$((REDIS_FIRST_PORT + 100))
    while (( port <= last )); do
        if ! port_in_use "$port"; then
            # A throwaway server: loopback only, nothing written to disk.
            if "$REDIS_SERVER" --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
                    --pidfile "$REDIS_TMP/redis.pid" --logfile "$REDIS_TMP/redis.log" --dir "$REDIS_TMP" >/dev/null; then
                local tries=0
                until redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; do
                    tries=$((tries + 1))
                    (( tries < 40 )) || break
                    sleep 0.25
                done
                if (( tries < 40 )); then
                    REDIS_PORT=$port
                    break
                fi
            fi
            log "Redis did not start on port $port; trying the next one"
            tail -n 20 "$REDIS_TMP/redis.log" >&2 || true
        fi
        port=$((port + 1))
    done
    [[ -n "$REDIS_PORT" ]] || die "could not start Redis on any port in $REDIS_FIRST_PORT..$last"
    log "Redis $("$REDIS_SERVER" --version | awk '{print $3}' | sed 's/^v=//') listening on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
    if [[ -n "$REDIS_TMP" && -f "$REDIS_TMP/redis.pid" ]]; then
        kill "$(cat "$REDIS_TMP/redis.pid")" 2>/dev/null || true
        local tries=0
        while [[ -f "$REDIS_TMP/redis.pid" ]] && (( tries < 40 )); do
            sleep 0.25
            tries=$((tries + 1))
        done
    fi
    if [[ -n "$REDIS_TMP" && -d "$REDIS_TMP" ]]; then
        rm -rf -- "$REDIS_TMP"
    fi
    REDIS_TMP=""
}

cleanup() {
    local rc=$?
    set +e
    stop_postgres
    stop_redis
    if [[ $RESULTS_IS_TEMP -eq 1 && -n "$RESULTS_DIR" && -d "$RESULTS_DIR" ]]; then
        rm -rf -- "$RESULTS_DIR"
    fi
    exit "$rc"
}

# Prints "tests: N passed, M failed" summed over the <Counters .../> of every .trx under $1.
# Returns 1 (and counts one failure) when there is no .trx file at all.
summarize_trx() {
    local dir=$1 passed=0 failed=0 found=0 file counters p f
    while IFS= read -r -d '' file; do
        found=1
        counters="$(tr '\r\n' '  ' <"$file" | grep -o '<Counters[^>]*>' | head -n 1 || true)"
        p="$(printf '%s' "$counters" | grep -o '[[:space:]]passed="[0-9]*"' | grep -o '[0-9][0-9]*' | head -n 1 || true)"
        f="$(printf '%s' "$counters" | grep -o '[[:space:]]failed="[0-9]*"' | grep -o '[0-9][0-9]*' | head -n 1 || true)"
        passed=$((passed + ${p:-0}))
        failed=$((failed + ${f:-0}))
    done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)
    if [[ $found -eq 0 ]]; then
        echo "tests: 0 passed, 1 failed"
        return 1
    fi
    echo "tests: $passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}

main() {
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    install_prerequisites
    log "installing the browser tests' npm packages (axe-core, vnu-jar)"
    # --ignore-scripts: vnu-jar's install script would download a Java runtime when none is found; the one
    # installed above is used instead, and nothing here needs a script.
    (cd "$ROOT/tests/Fandom.BrowserTests" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2 \
        || die "npm ci failed in tests/Fandom.BrowserTests"
    start_postgres
    start_redis

    export FANDOM_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    export FANDOM_TEST_REDIS="127.0.0.1:$REDIS_PORT"
    export FANDOM_REDIS_SERVER="$REDIS_SERVER"
    export FANDOM_CHROMIUM="$CHROMIUM"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    # Each test host would watch appsettings.json for changes, one inotify instance apiece; hundreds of hosts reach
    # the per-user limit (128 by default) and then fail to start. Tests never edit the file while running.
    export DOTNET_hostBuilder__reloadConfigOnChange=false

    if [[ -n "${FANDOM_TEST_RESULTS_DIR:-}" ]]; then
        RESULTS_DIR="$FANDOM_TEST_RESULTS_DIR"
        mkdir -p "$RESULTS_DIR"
    else
        RESULTS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/fandom-test-results.XXXXXX")"
        RESULTS_IS_TEMP=1
    fi

    local test_rc=0
    (
        cd "$ROOT"
        dotnet test Fandom.sln \
            --logger "trx" \
            --logger "console;verbosity=normal" \
            --results-directory "$RESULTS_DIR" \
            "$@"
    ) || test_rc=$?

    # The fault script builds on the Debug build dotnet test just made, and starts a PostgreSQL of its own.
    local faults_rc=0 faults_summary=""
    if [[ $# -eq 0 ]]; then
        log "running the fault-injection checks (tests/faults/run.sh)"
        bash "$ROOT/tests/faults/run.sh" || faults_rc=$?
        if [[ $faults_rc -eq 0 ]]; then faults_summary="faults: passed"; else faults_summary="faults: failed"; fi
    fi

    local summary_rc=0 summary
    summary="$(summarize_trx "$RESULTS_DIR")" || summary_rc=$?
    if [[ $test_rc -ne 0 ]]; then
        log "dotnet test exited with code $test_rc"
    fi
    echo "$summary"
    [[ -z "$faults_summary" ]] || echo "$faults_summary"

    if [[ $test_rc -ne 0 ]]; then
        exit "$test_rc"
    fi
    if [[ $summary_rc -ne 0 || $faults_rc -ne 0 ]]; then
        exit 1
    fi
    exit 0
}

# Only run when executed, so the functions can be sourced on their own.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
