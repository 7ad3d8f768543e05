#!/usr/bin/env bash
# Reader pages served by three instances behind nginx, beside one instance, on a PostgreSQL archive.
#
#   bench/instances.sh --articles 100000
#   bench/instances.sh --articles 1000 --duration 5s --pg "Host=127.0.0.1;Port=5432;Username=postgres"
#
# The topology of docker-compose.yml, as processes on loopback: one PostgreSQL (the archive fandom_bench_N that
# bench/run.sh builds), one Redis, three web instances of the Release build and nginx in front of them.
#
# - builds (or reuses) the archive with `bench/run.sh --provider postgres --articles N --archive-only`;
# - installs wrk, nginx and redis-server from Debian when they are missing;
# - starts Redis, three instances (the first migrates; the others start once it is healthy), and nginx with
#   two sites: one in front of all three instances, one in front of the first alone (the proxy's own cost);
# - runs wrk on the home page and a recent article, cached (anonymous) and uncached (an Authorization header,
#   which the reader cache skips while the page still renders for an anonymous reader), against one instance
#   directly, one instance behind nginx and three behind nginx;
# - writes the table to bench/results/instances-postgres-N.md and the console.
#
# Options: --articles N (1000), --pg CONNECTION (own server under bench/.data/postgres), --duration 10s,
# --threads 2, --connections 32 (each wrk run).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
# PostgreSQL helpers (start_own_postgres, stop_own_postgres, ensure_wrk) and, through it, tests/run.sh's.
# shellcheck source=run.sh
source "$BENCH/run.sh" --provider postgres

articles=1000
pg=""
duration=10s
threads=2
connections=32
while [[ $# -gt 0 ]]; do
    case "$1" in
        --articles) articles="${2:?--articles needs a number}"; shift 2 ;;
        --pg) pg="${2:?--pg needs a connection string}"; shift 2 ;;
        --duration) duration="${2:?}"; shift 2 ;;
        --threads) threads="${2:?}"; shift 2 ;;
        --connections) connections="${2:?}"; shift 2 ;;
        *) die "unknown option $1" ;;
    esac
done

RUN="$BENCH/.data/instances"
APP="$RUN/app"
PIDS=()            # processes this script started (instances, nginx), stopped at the end
REDIS_PID_FILE=""
NGINX_PID_FILE=""

free_port() {
    local port
    for port in $(shuf -i 40000-49999 -n 200); do
        port_in_use "$port" || { echo "$port"; return 0; }
    done
    die "no free port"
}

ensure_tools() {
    local packages=()
    command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || packages+=(nginx)
    command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
    if [[ ${#packages[@]} -gt 0 ]]; then
        log "installing: ${packages[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
    fi
    ensure_wrk
}

stop_all() {
    set +e
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    [[ -n "$NGINX_PID_FILE" && -f "$NGINX_PID_FILE" ]] && kill "$(cat "$NGINX_PID_FILE")" 2>/dev/null
    [[ -n "$REDIS_PID_FILE" && -f "$REDIS_PID_FILE" ]] && kill "$(cat "$REDIS_PID_FILE")" 2>/dev/null
    stop_own_postgres
}

wait_healthy() {
    local url=$1 tries=0
    until curl -fsS "$url" >/dev/null 2>&1; do
        tries=$((tries + 1))
        (( tries < 240 )) || die "$url did not answer within 2 minutes"
        sleep 0.5
    done
}

# One instance of the Release build; $1 its port, $2 whether it applies migrations.
start_instance() {
    local port=$1 migrate=$2
    (
        cd "$APP"
        ASPNETCORE_URLS="http://127.0.0.1:$port" \
        ASPNETCORE_ENVIRONMENT=Production \
        Fandom__Database__Provider=Postgres \
        ConnectionStrings__Fandom="$database" \
        ConnectionStrings__Redis="$redis" \
        Fandom__Redis__Prefix="fandom-bench-$articles" \
        Fandom__Database__MigrateAtStartup="$migrate" \
        Fandom__DemoContent=false \
        Fandom__Proxy__KnownProxies__0=127.0.0.1 \
        Logging__LogLevel__Default=Warning \
        exec dotnet Fandom.Web.dll >"$RUN/instance-$port.log" 2>&1
    ) &
    PIDS+=($!)
}

write_nginx_config() {
    local all_port=$1 one_port=$2
    mkdir -p "$RUN/nginx"
    NGINX_PID_FILE="$RUN/nginx/nginx.pid"
    # The proxy settings of the repository's nginx.conf, with loopback upstreams.
    cat >"$RUN/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $NGINX_PID_FILE;
error_log $RUN/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $RUN/nginx/body;
    proxy_temp_path $RUN/nginx/proxy;
    fastcgi_temp_path $RUN/nginx/fastcgi;
    uwsgi_temp_path $RUN/nginx/uwsgi;
    scgi_temp_path $RUN/nginx/scgi;
    upstream three { least_conn; server 127.0.0.1:${ports[0]}; server 127.0.0.1:${ports[1]}; server 127.0.0.1:${ports[2]}; keepalive 64; }
    upstream one { server 127.0.0.1:${ports[0]}; keepalive 64; }
    server {
        listen 127.0.0.1:$all_port;
        location / {
            proxy_pass http://three; proxy_http_version 1.1; proxy_set_header Connection "";
            proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$remote_addr; proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
    server {
        listen 127.0.0.1:$one_port;
        location / {
            proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection "";
            proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$remote_addr; proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
EOF
}

# wrk on $1 ("cached" or "uncached"), printing "requests/s p99".
measure() {
    local url=$1 mode=$2 out
    local header=()
    [[ "$mode" == uncached ]] && header=(-H "Authorization: Bearer bench")
    # Brotli as a browser asks for it, so cached pages are served as they are stored.
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Accept-Encoding: br, gzip" "${header[@]}" "$url")"
    local rps p99 non2xx
    [[ "$(awk '/requests in/ {print $1}' <<<"$out")" -gt 0 ]] || die "$url ($mode): no request completed within $duration"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
    [[ -z "$non2xx" ]] || die "$url ($mode) answered $non2xx requests with an error: see $RUN/instance-*.log"
    echo "$rps $p99"
}

main() {
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    ensure_tools
    trap stop_all EXIT

    log "building (or reusing) the archive of $articles articles"
    if [[ -n "$pg" ]]; then
        "$BENCH/run.sh" --provider postgres --articles "$articles" --archive-only --pg "$pg"
    else
        "$BENCH/run.sh" --provider postgres --articles "$articles" --archive-only
        start_own_postgres
    fi
    database="$pg;Database=fandom_bench_$articles;Maximum Pool Size=50"

    log "publishing the app (Release)"
    mkdir -p "$RUN"
    dotnet publish "$ROOT/src/Fandom.Web/Fandom.Web.csproj" -c Release -o "$APP" -nologo -v quiet

    local redis_port
    redis_port="$(free_port)"
    REDIS_PID_FILE="$RUN/redis.pid"
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --pidfile "$REDIS_PID_FILE" --logfile "$RUN/redis.log" --dir "$RUN" >/dev/null
    redis="127.0.0.1:$redis_port"

    ports=("$(free_port)" "$(free_port)" "$(free_port)")
    start_instance "${ports[0]}" true
    wait_healthy "http://127.0.0.1:${ports[0]}/healthz"
    start_instance "${ports[1]}" false
    start_instance "${ports[2]}" false
    wait_healthy "http://127.0.0.1:${ports[1]}/healthz"
    wait_healthy "http://127.0.0.1:${ports[2]}/healthz"
    local port
    for port in "${ports[@]}"; do
        curl -fsS "http://127.0.0.1:$port/healthz" | grep -qx Healthy || die "instance on $port is not Healthy (Redis?)"
    done

    local all_port one_port
    all_port="$(free_port)"
    one_port="$(free_port)"
    write_nginx_config "$all_port" "$one_port"
    nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" || die "nginx did not start: see $RUN/nginx/error.log"
    wait_healthy "http://127.0.0.1:$all_port/healthz"

    local article
    article="$(curl -fsS "http://127.0.0.1:$all_port/" | grep -o 'href="/articles/[^"]*"' | head -n 1 | cut -d'"' -f2)"
    [[ -n "$article" ]] || die "no article link on the home page"

    local load
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    local report="$BENCH/results/instances-postgres-$articles.md"
    mkdir -p "$BENCH/results"
    {
        echo "# Three instances behind nginx, PostgreSQL, $articles articles"
        echo
        echo "commit $(git -C "$ROOT" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start $load;"
        echo "wrk -t$threads -c$connections -d$duration, load generator, nginx, Redis and PostgreSQL on the same machine."
        echo
        echo "| page | served by | cached req/s | cached p99 | uncached req/s | uncached p99 |"
        echo "|---|---|---:|---:|---:|---:|"
    } >"$report"

    local page path target name cached uncached
    for page in "home:/" "article:$article"; do
        name="${page%%:*}"
        path="${page#*:}"
        for target in "one instance:${ports[0]}" "one behind nginx:$one_port" "three behind nginx:$all_port"; do
            log "measuring $name, ${target%%:*}"
            # Warm-up, not reported: JIT, connection pools, and the page into every instance's cache.
            wrk -t1 -c"$threads" -d2s -H "Accept-Encoding: br, gzip" "http://127.0.0.1:${target#*:}$path" >/dev/null
            cached="$(measure "http://127.0.0.1:${target#*:}$path" cached)"
            uncached="$(measure "http://127.0.0.1:${target#*:}$path" uncached)"
            echo "| $name | ${target%%:*} | ${cached% *} | ${cached#* } | ${uncached% *} | ${uncached#* } |" >>"$report"
        done
    done
    cat "$report"
}

main
