#!/usr/bin/env bash
# The demo newsroom's memory at idle: a first run on an empty database (which seeds the demo), then later starts of
# the same site. Each start is the Release build in Production with Fandom__DemoContent=true on a local port; the
# script waits for /healthz to answer 200, waits --idle-seconds more, and reads the server's VmRSS (MiB, as
# bench/run.sh reports it). Prints one line per start: the time until /healthz answered, and the memory.
#
#   bench/demo-memory.sh [--starts N] [--idle-seconds S]      (defaults: 3 starts, 30 s)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STARTS=3
IDLE=30
while [[ $# -gt 0 ]]; do
    case "$1" in
        --starts) STARTS="$2"; shift 2 ;;
        --idle-seconds) IDLE="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

cd "$ROOT"
dotnet build -c Release src/Fandom.Web -nologo -v q >/dev/null
DLL="$ROOT/src/Fandom.Web/bin/Release/net10.0/Fandom.Web.dll"
WORK="$(mktemp -d)"
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# A free port from the kernel: bind port 0, read what it gave, release it.
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), load $(cut -d' ' -f1 /proc/loadavg)"
for start in $(seq 1 "$STARTS"); do
    env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        Fandom__DemoContent=true Fandom__Database__Provider=Sqlite \
        ConnectionStrings__Fandom="Data Source=$WORK/fandom.db" Fandom__Media__StoragePath="$WORK/media" \
        dotnet "$DLL" >"$WORK/app-$start.log" 2>&1 &
    PID=$!
    began=$(date +%s.%N)
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
        kill -0 "$PID" 2>/dev/null || { echo "start $start: the app exited; its log:" >&2; tail -n 30 "$WORK/app-$start.log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    sleep "$IDLE"
    rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$PID/status")
    label=$([[ $start -eq 1 ]] && echo "first run (seeds the demo)" || echo "later start")
    echo "start $start, $label: /healthz after $ready s; ${rss} MiB resident ${IDLE} s later"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    PID=""
done
