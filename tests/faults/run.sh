#!/usr/bin/env bash
# Fault injection against the real app, on loopback only, bounded in time (docs/operations.md).
#
#   tests/faults/run.sh [crashes|saves|disk|outage ...]     (no argument: all four)
#
# 1. crashes: 20 x kill -9 during a first start (migration, demo seed); each restart must answer /healthz 200
#    within 30 s with the demo complete, and integrity_check ok.
# 2. saves:   30 x kill -9 while an editor saves; no acknowledged save may be missing afterwards.
# 3. disk:    SQLite on a small tmpfs that is filled up, then a read-only database file, under reader load:
#    /healthz 503 within 5 s, editors open articles and a refused save keeps their text, readers get pages,
#    everything back within 5 s of the fault clearing, without a restart; few log lines per second.
# 4. outage:  a PostgreSQL of its own stopped for 60 s under reader load: cached pages 200, the error page
#    whole, /healthz 503, back within 5 s of the server's return; few log lines per second.
#
# Needs root (or sudo): tmpfs is mounted, the app runs as the unprivileged user "nobody" so that a read-only
# file means something (root writes to any file), and PostgreSQL runs as "postgres". Uses the Debug build of
# src/Fandom.Web (built here when missing). Prints one line per check and exits non-zero on the first failure.
set -euo pipefail

FAULTS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# start_postgres / stop_postgres / as_root / as_postgres, on a port of this script's own.
export FANDOM_TEST_PG_PORT="${FANDOM_FAULTS_PG_PORT:-28950}"
# shellcheck source=../run.sh
source "$FAULTS_ROOT/tests/run.sh"

APP_DLL="$FAULTS_ROOT/src/Fandom.Web/bin/Debug/net10.0/Fandom.Web.dll"
APP_USER=nobody
APP_GROUP="$(id -gn nobody)"
CRASHES_AT_START="${FANDOM_FAULTS_START_CRASHES:-20}"
CRASHES_DURING_SAVES="${FANDOM_FAULTS_SAVE_CRASHES:-30}"
MAX_LOG_LINES_PER_SECOND=5
# Every time limit is multiplied by this: 1 on a machine of its own; more on one shared with other builds.
SLOWDOWN="${FANDOM_FAULTS_SLOWDOWN:-1}"
PASSWORD="Fault-Injection-42"

WORK=""
PORT=""
APP_PID=""
APP_LOG=""
LOAD_PIDS=()
MOUNTED=""

say() { printf '[faults] %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; [[ -n "$APP_LOG" && -f "$APP_LOG" ]] && tail -n 30 "$APP_LOG" >&2; exit 1; }

# The app and everything that touches its files run as nobody: a file root created would lock the app out.
as_app() { as_root setpriv --reuid="$APP_USER" --regid="$APP_GROUP" --clear-groups env HOME="$WORK/home" "$@"; }
sql() { as_app sqlite3 -cmd ".timeout 5000" "$1" "$2"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A free port picked at random in 28100..28899: below the ephemeral range, where a client connection cannot hold it, and at random so that runs on one machine rarely meet.
free_port() {
    local port tries
    for tries in $(seq 1 50); do
        port=$((28100 + RANDOM % 800))
        port_in_use "$port" || { echo "$port"; return; }
    done
    fail "no free port in 28100..28899"
}

# start_app DB_CONNECTION PROVIDER DEMO [extra env...]: the app on 127.0.0.1:$PORT, its log in $APP_LOG.
start_app() {
    local connection=$1 provider=$2 demo=$3
    shift 3
    # setpriv execs: $! is the app's own process, so kill -9 hits the app and nothing else.
    (cd "$FAULTS_ROOT" && exec setpriv --reuid="$APP_USER" --regid="$APP_GROUP" --clear-groups env -i \
        PATH="$PATH" HOME="$WORK/home" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
        ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        ConnectionStrings__Fandom="$connection" Fandom__Database__Provider="$provider" Fandom__DemoContent="$demo" \
        Fandom__Media__StoragePath="$WORK/media" Fandom__Security__SignInAttemptsPerMinute=100000 "$@" \
        dotnet "$APP_DLL") >>"$APP_LOG" 2>&1 &
    APP_PID=$!
}

kill_app() {
    [[ -n "$APP_PID" ]] || return 0
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

status_of() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@" || true; }

# wait_for_health SECONDS CODE: seconds until /healthz answered CODE, or fails.
wait_for_health() {
    local limit code=$2 started
    limit=$(awk -v l="$1" -v s="$SLOWDOWN" 'BEGIN { print l * s }')
    started=$(now)
    while true; do
        [[ "$(status_of "http://127.0.0.1:$PORT/healthz")" == "$code" ]] && { since "$started"; return 0; }
        awk -v a="$started" -v b="$(now)" -v l="$limit" 'BEGIN { exit !(b - a > l) }' && return 1
        [[ -z "$APP_PID" ]] || kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.2
    done
}

# Staff session: the first Admin through /setup, with curl's cookie jar.
JAR=""
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
create_admin() {
    JAR="$WORK/cookies"
    rm -f "$JAR"
    local token
    token=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/setup" | token_of)
    [[ -n "$token" ]] || fail "no setup form"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/setup" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Email=faults@example.com" \
        --data-urlencode "DisplayName=Fault Editor" --data-urlencode "Password=$PASSWORD" --data-urlencode "ConfirmPassword=$PASSWORD")
    [[ "$code" == "302" ]] || fail "setup answered $code"
}

# new_article TITLE BODY: prints the Location of the saved article, or nothing when the save was not acknowledged.
new_article() {
    local form token headers
    form=$(curl -s -m 20 -b "$JAR" "http://127.0.0.1:$PORT/editorial/articles/new" || true)
    token=$(printf '%s' "$form" | token_of)
    [[ -n "$token" ]] || return 0
    headers=$(curl -s -m 20 -o /dev/null -D - -b "$JAR" "http://127.0.0.1:$PORT/editorial/articles/new" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Title=$1" --data-urlencode "Body=$2" || true)
    printf '%s' "$headers" | grep -q '^HTTP/[0-9.]* 302' || return 0
    printf '%s' "$headers" | grep -i '^location:' | tr -d '\r' | awk '{print $2}'
}

# save_body URL BODY_FILE OUT: posts the editor's form for URL with the body from BODY_FILE; prints the status,
# the answer's page in OUT.
save_body() {
    local url=$1 body=$2 out=$3 page token stamp title
    page=$(curl -s -m 20 -b "$JAR" "http://127.0.0.1:$PORT$url" || true)
    token=$(printf '%s' "$page" | token_of)
    stamp=$(printf '%s' "$page" | grep -o 'name="ConcurrencyStamp" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
    title=$(printf '%s' "$page" | grep -o 'id="Title" [^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
    curl -s -m 30 -o "$out" -w '%{http_code}' -b "$JAR" "http://127.0.0.1:$PORT$url" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "ConcurrencyStamp=$stamp" \
        --data-urlencode "Title=${title:-Fault article}" --data-urlencode "Body@$body" || true
}

# reader_links PREFIX: the distinct links under PREFIX on the home page.
reader_links() { curl -s -m 10 "http://127.0.0.1:$PORT/" | grep -o "href=\"$1[^\"]*\"" | sed 's/^href="//; s/"$//' | awk '!seen[$0]++'; }

# reader_load FILE URL...: GETs the URLs in a loop, one "epoch status url" line per answer.
reader_load() {
    local file=$1
    shift
    (
        while true; do
            for url in "$@"; do
                printf '%s %s %s\n' "$(date +%s)" "$(status_of "http://127.0.0.1:$PORT$url")" "$url"
            done
            sleep 0.05
        done
    ) >>"$file" 2>/dev/null &
    LOAD_PIDS+=($!)
}

stop_load() {
    local pid
    for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    LOAD_PIDS=()
}

# server_errors FILE FROM TO: how many loaded answers were 5xx (or none at all) between two epochs.
server_errors() { awk -v a="$2" -v b="$3" '$1 >= a && $1 <= b && ($2 >= 500 || $2 == "000")' "$1" | wc -l; }

# log_rate FROM_LINE SECONDS: the app log's lines per second since line FROM_LINE.
log_rate() {
    local lines
    lines=$(( $(wc -l <"$APP_LOG") - $1 ))
    awk -v n="$lines" -v s="$2" 'BEGIN { printf "%.1f", n / s }'
}

check_log_rate() {
    local rate=$1 what=$2
    awk -v r="$rate" -v m="$MAX_LOG_LINES_PER_SECOND" 'BEGIN { exit !(r <= m) }' \
        || fail "$what: $rate log lines per second (at most $MAX_LOG_LINES_PER_SECOND)"
    say "ok: $what: $rate log lines per second"
}

integrity_ok() { [[ "$(sql "$1" 'PRAGMA integrity_check;')" == "ok" ]] || fail "integrity_check of $1: not ok"; }

# ---------------------------------------------------------------------------------------------------------------
crashes_at_start() {
    say "1. $CRASHES_AT_START x kill -9 during a first start (migration, demo seed)"
    local dir="$WORK/start" expected_articles expected_categories full i delay restart
    as_app mkdir -p "$dir"
    # One undisturbed first start, for the demo's size and how long a start takes here.
    APP_LOG="$WORK/start.log"
    start_app "Data Source=$dir/reference.db" Sqlite true
    full=$(wait_for_health 180 200) || fail "the reference start did not answer /healthz"
    stop_app
    expected_articles=$(sql "$dir/reference.db" 'SELECT COUNT(*) FROM Articles;')
    expected_categories=$(sql "$dir/reference.db" 'SELECT COUNT(*) FROM Categories;')
    say "a full first start takes ${full}s here; the demo has $expected_articles articles in $expected_categories categories"

    for i in $(seq 1 "$CRASHES_AT_START"); do
        # Anywhere from the first migration to the end of the seed.
        delay=$(awk -v f="$full" -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.3 + (f * 0.95 - 0.3) * r / 32767 }')
        start_app "Data Source=$dir/db-$i.db" Sqlite true
        sleep "$delay"
        kill_app
        start_app "Data Source=$dir/db-$i.db" Sqlite true
        restart=$(wait_for_health 30 200) || fail "crash $i (kill -9 after ${delay}s): no /healthz 200 within 30 s of the restart"
        stop_app
        local articles categories
        articles=$(sql "$dir/db-$i.db" 'SELECT COUNT(*) FROM Articles;')
        categories=$(sql "$dir/db-$i.db" 'SELECT COUNT(*) FROM Categories;')
        [[ "$articles" == "$expected_articles" && "$categories" == "$expected_categories" ]] \
            || fail "crash $i: the demo is incomplete after the restart ($articles articles, $categories categories)"
        integrity_ok "$dir/db-$i.db"
        say "ok: crash $i after ${delay}s: restart healthy in ${restart}s, demo complete, integrity ok"
    done
    if grep -q "Cleared a stale migration lock" "$APP_LOG"; then say "(a stale migration lock was cleared at least once)"; fi
}

# ---------------------------------------------------------------------------------------------------------------
crashes_during_saves() {
    say "2. $CRASHES_DURING_SAVES x kill -9 while an editor saves"
    local dir="$WORK/saves" db acked="$WORK/acked" i saver
    as_app mkdir -p "$dir"
    db="$dir/fandom.db"
    APP_LOG="$WORK/saves.log"
    : >"$acked"
    start_app "Data Source=$db" Sqlite false
    wait_for_health 120 200 >/dev/null || fail "the app did not start"
    create_admin
    [[ -n "$(new_article "Warm-up" "The first save.")" ]] && echo "Warm-up" >>"$acked"
    for i in $(seq 1 "$CRASHES_DURING_SAVES"); do
        (
            n=0
            while true; do
                n=$((n + 1))
                title="Crash $i save $n"
                [[ -n "$(new_article "$title" "Written before crash $i, save $n.")" ]] && echo "$title" >>"$acked"
            done
        ) &
        saver=$!
        sleep "$(awk -v r="$RANDOM" -v s="$SLOWDOWN" 'BEGIN { printf "%.2f", (1 + 2 * r / 32767) * s }')"
        kill_app
        kill "$saver" 2>/dev/null || true
        wait "$saver" 2>/dev/null || true
        start_app "Data Source=$db" Sqlite false
        wait_for_health 30 200 >/dev/null || fail "restart after crash $i: no /healthz 200 within 30 s"
        # The first save after a start is slow (nothing is compiled yet); it is acknowledged like any other.
        [[ -n "$(new_article "Warm-up after crash $i" "Saved once the app is back.")" ]] && echo "Warm-up after crash $i" >>"$acked"
    done
    stop_app
    integrity_ok "$db"
    local lost=0 total title
    total=$(wc -l <"$acked")
    while IFS= read -r title; do
        [[ "$(sql "$db" "SELECT COUNT(*) FROM Articles WHERE Title = '$title';")" == "1" ]] || { lost=$((lost + 1)); say "lost: $title"; }
    done <"$acked"
    (( total > 0 )) || fail "no save was acknowledged"
    (( lost == 0 )) || fail "$lost of $total acknowledged saves lost"
    say "ok: 0 of $total acknowledged saves lost across $CRASHES_DURING_SAVES crashes, integrity ok"
}

# ---------------------------------------------------------------------------------------------------------------
# write_fault NAME START_CMD CLEAR_CMD: the fault under reader load, and its recovery, with every check.
write_fault() {
    local name=$1 start_fault=$2 clear_fault=$3 load="$WORK/$1.load" began log_from took out code
    : >"$load"
    reader_load "$load" / "$ARTICLE_URL" "$CATEGORY_URL" "/no-such-page-$name"
    sleep 1
    log_from=$(wc -l <"$APP_LOG")
    began=$(date +%s)
    local fault_started
    fault_started=$(now)
    "$start_fault"
    took=$(wait_for_health 5 503) || fail "$name: /healthz did not answer 503 within 5 s"
    say "ok: $name: /healthz 503 after ${took}s: $(curl -s "http://127.0.0.1:$PORT/healthz" | tail -n 1)"

    # The editor opens the article and saves a long text (it cannot fit in what the disk has left).
    out="$WORK/$name.answer.html"
    [[ "$(status_of -b "$JAR" "http://127.0.0.1:$PORT$EDIT_URL")" == "200" ]] || fail "$name: the editor does not open"
    local marker="Typed during $name $RANDOM"
    { echo "$marker"; head -c 400000 /dev/urandom | base64 -w 120; } >"$WORK/$name.body"
    code=$(save_body "$EDIT_URL" "$WORK/$name.body" "$out")
    if [[ "$code" == "503" ]]; then
        grep -q "Nothing was saved" "$out" || fail "$name: the refused save has no message"
        grep -q "$marker" "$out" || fail "$name: the refused save lost the text"
        say "ok: $name: the editor opens; the save is refused with a message and the text kept"
    elif [[ "$code" == "302" ]]; then
        say "ok: $name: the editor opens; the save went through a connection from before the fault (kept)"
    else
        fail "$name: the save answered $code"
    fi
    sleep 3
    [[ "$(server_errors "$load" "$began" "$(date +%s)")" == "0" ]] || fail "$name: readers got server errors during the fault"
    say "ok: $name: readers got pages (and 404s) throughout: $(awk -v a="$began" '$1 >= a' "$load" | wc -l) answers"
    check_log_rate "$(log_rate "$log_from" "$(since "$fault_started")")" "$name"

    "$clear_fault"
    local cleared
    cleared=$(now)
    took=$(wait_for_health 5 200) || fail "$name: /healthz not 200 within 5 s of the fault clearing"
    code=$(save_body "$EDIT_URL" "$WORK/$name.body" "$out")
    [[ "$code" == "302" ]] || fail "$name: a save after the fault answered $code"
    say "ok: $name: back after ${took}s (health), a save $(since "$cleared")s after the fault cleared"
    # No stale connection left behind: every save from now on succeeds.
    for _ in 1 2 3 4 5 6 7 8; do
        [[ "$(save_body "$EDIT_URL" "$WORK/$name.body" "$out")" == "302" ]] || fail "$name: a later save failed after recovery"
    done
    stop_load
    say "ok: $name: 8 more saves in a row succeed, no restart"
}

fill_disk() {
    as_root dd if=/dev/zero of="$WORK/disk/filler" bs=1M >/dev/null 2>&1 || true
    as_root dd if=/dev/zero of="$WORK/disk/filler-tail" bs=4k >/dev/null 2>&1 || true
}
free_disk() { as_root rm -f "$WORK/disk/filler" "$WORK/disk/filler-tail"; }
read_only_file() { as_root chmod 0444 "$WORK/disk/fandom.db"; }
writable_file() { as_root chmod 0644 "$WORK/disk/fandom.db"; }

disk_faults() {
    say "3. disk full (tmpfs) and a read-only database file, under reader load"
    as_app mkdir -p "$WORK/disk"
    as_root mount -t tmpfs -o size=48m,uid="$(id -u "$APP_USER")",gid="$(id -g "$APP_USER")",mode=0755 tmpfs "$WORK/disk"
    MOUNTED="$WORK/disk"
    APP_LOG="$WORK/disk.log"
    start_app "Data Source=$WORK/disk/fandom.db" Sqlite true
    wait_for_health 180 200 >/dev/null || fail "the app did not start on the tmpfs"
    create_admin
    EDIT_URL=$(new_article "Written on a small disk" "First version.")
    [[ -n "$EDIT_URL" ]] || fail "could not create the article to edit"
    [[ "$EDIT_URL" == http* ]] && EDIT_URL="/${EDIT_URL#*://*/}"
    ARTICLE_URL=$(reader_links /articles/ | head -n 1)
    CATEGORY_URL=$(reader_links /category/ | head -n 1)
    [[ "$(status_of "http://127.0.0.1:$PORT$ARTICLE_URL")" == "200" ]] || fail "no reader article at $ARTICLE_URL"
    write_fault disk-full fill_disk free_disk
    write_fault read-only read_only_file writable_file
    stop_app
    integrity_ok "$WORK/disk/fandom.db"
    as_root umount "$WORK/disk"
    MOUNTED=""
}

# ---------------------------------------------------------------------------------------------------------------
postgres_outage() {
    say "4. PostgreSQL stopped for 60 s under reader load"
    start_postgres
    APP_LOG="$WORK/outage.log"
    start_app "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=fandom_faults;Timeout=3" Postgres true
    wait_for_health 180 200 >/dev/null || fail "the app did not start on PostgreSQL"
    local cached=() load="$WORK/outage.load" began log_from took outage_started url
    cached=(/)
    for url in $(reader_links /articles/ | head -n 3); do cached+=("$url"); done
    for url in "${cached[@]}"; do
        [[ "$(status_of "http://127.0.0.1:$PORT$url")" == "200" ]] || fail "$url does not answer 200 before the outage"
    done
    : >"$load"
    reader_load "$load" "${cached[@]}"
    sleep 1
    log_from=$(wc -l <"$APP_LOG")
    began=$(date +%s)
    outage_started=$(now)
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    took=$(wait_for_health 5 503) || fail "outage: /healthz did not answer 503 within 5 s"
    say "ok: outage: /healthz 503 after ${took}s"
    local page="$WORK/outage-404.html" code
    code=$(curl -s -m 10 -o "$page" -w '%{http_code}' "http://127.0.0.1:$PORT/no-such-page-in-the-outage")
    [[ "$code" == "404" ]] && grep -q 'class="brand"' "$page" && grep -q 'Page not found' "$page" && grep -q '</html>' "$page" \
        || fail "outage: the 404 page is not whole (status $code, $(wc -c <"$page") bytes)"
    code=$(curl -s -m 10 -o "$page" -w '%{http_code}' "http://127.0.0.1:$PORT/search?q=outage")
    [[ "$code" == "503" ]] && grep -q 'class="brand"' "$page" && grep -q 'Temporarily unavailable' "$page" \
        || fail "outage: the error page for a page not cached is not whole (status $code)"
    say "ok: outage: the 404 page and the 503 page render whole"
    sleep 55
    [[ "$(server_errors "$load" "$began" "$(date +%s)")" == "0" ]] || fail "outage: cached reader pages failed during the outage"
    say "ok: outage: cached reader pages 200 throughout 60 s: $(awk -v a="$began" '$1 >= a' "$load" | wc -l) answers"
    check_log_rate "$(log_rate "$log_from" "$(since "$outage_started")")" "outage"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP/socket -c fsync=off" >/dev/null
    local back
    back=$(now)
    took=$(wait_for_health 5 200) || fail "outage: /healthz not 200 within 5 s of PostgreSQL's return"
    [[ "$(status_of "http://127.0.0.1:$PORT/search?q=harbour")" == "200" ]] || fail "outage: an uncached page fails after the return"
    say "ok: outage: back after ${took}s (health), an uncached page $(since "$back")s after PostgreSQL's return"
    stop_load
    stop_app
    stop_postgres
}

faults_cleanup() {
    local rc=$?
    set +e
    stop_load
    stop_app
    [[ -n "$MOUNTED" ]] && as_root umount "$MOUNTED"
    stop_postgres
    [[ -n "$WORK" && -d "$WORK" ]] && as_root rm -rf -- "$WORK"
    exit "$rc"
}

faults_main() {
    [[ "$(id -u)" -eq 0 || ${#SUDO[@]} -gt 0 ]] || die "the fault tests need root or sudo (tmpfs, chmod as another user, PostgreSQL)"
    command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 is missing (tests/run.sh installs it)"
    trap faults_cleanup EXIT
    [[ -f "$APP_DLL" ]] || (cd "$FAULTS_ROOT" && dotnet build src/Fandom.Web -nologo -v q >/dev/null)
    WORK="$(mktemp -d /tmp/fandom-faults.XXXXXX)"
    chmod 0755 "$WORK"
    as_root mkdir -p "$WORK/home" "$WORK/media"
    as_root chown "$APP_USER:$APP_GROUP" "$WORK" "$WORK/home" "$WORK/media"
    PORT=$(free_port)
    local parts=("$@") started
    [[ ${#parts[@]} -gt 0 ]] || parts=(crashes saves disk outage)
    started=$(now)
    for part in "${parts[@]}"; do
        case "$part" in
            crashes) crashes_at_start ;;
            saves) crashes_during_saves ;;
            disk) disk_faults ;;
            outage) postgres_outage ;;
            *) die "unknown part: $part" ;;
        esac
    done
    say "all fault checks passed in $(since "$started")s (time limits x$SLOWDOWN)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    faults_main "$@"
fi
