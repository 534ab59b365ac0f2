#!/usr/bin/env bash
# The side-by-side benchmark: the published app against nginx serving a saved copy of the same article
# page, on loopback, with wrk. See benchmarks/README.md for what it measures and the latest results.
#
#   benchmarks/run.sh [NAME=VALUE ...]
#
# NAME=VALUE arguments (and the caller's environment) reach the app, e.g. a setting in ASP.NET Core's
# Section__Key form. Knobs of the script itself, as environment variables:
#   WARMUP=10 DURATION=20    seconds of wrk warm-up and of measurement, per case
#   CONNECTIONS=50 THREADS=2 wrk's connections and threads
#   STARTS=7                 start-up measurements (the median is reported)
#   TIMING_REQUESTS=201      sequential requests each to /api/foods?q=banana, /api/intake and the calculator page for the server-side medians
#   ARTICLE_PATH=/           the article page measured (and saved for nginx)
#   ACCEPT_ENCODING=         sent by wrk with every request; empty (the default) measures both servers uncompressed,
#                            "gzip" as browsers ask (nginx then compresses per request; see the precompressed case)
#   SKIP_PUBLISH=1           reuse the last publish in $OUT/app
#   OUT=benchmarks/results   where the publish, the saved page, logs and results.md go (git-ignored)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/benchmarks"
OUT=${OUT:-$BENCH/results}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
STARTS=${STARTS:-7}
TIMING_REQUESTS=${TIMING_REQUESTS:-201}
ARTICLE_PATH=${ARTICLE_PATH:-/}
CALCULATOR_QUERY='age=45&sex=female&items=09040:5:2,11674:3:1,09279:2:3,09298:4:1,09291:2:5'

# The API rate limit would answer 429 to a load test from one address; 0 switches it off for the run.
export RateLimiting__ApiPermitsPerMinute=${RateLimiting__ApiPermitsPerMinute:-0}
for setting in "$@"; do
    [[ $setting == *=* ]] || { echo "run.sh: arguments are NAME=VALUE settings for the app, not '$setting'" >&2; exit 2; }
    export "${setting?}"
done

for tool in dotnet nginx wrk curl; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed (apt-get install -y $tool)" >&2; exit 1; }
done

mkdir -p "$OUT"
TMP=$(mktemp -d /tmp/crampinfo-bench.XXXXXX)
chmod 755 "$TMP"    # nginx's workers may run as another user and must read the saved page
APP_PID="" NGINX_PID=""
cleanup() {
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

now_ns() { date +%s%N; }

# --- Publish -------------------------------------------------------------------------------------------
APP_DIR="$OUT/app"
if [[ ${SKIP_PUBLISH:-} != 1 || ! -x $APP_DIR/CrampInfo.Web ]]; then
    say "Publishing (Release) to $APP_DIR ..."
    rm -rf "$APP_DIR"
    dotnet publish "$ROOT/src/CrampInfo.Web" -c Release -r linux-x64 --self-contained false -o "$APP_DIR" --nologo -v quiet >"$OUT/publish.log" 2>&1 \
        || { cat "$OUT/publish.log" >&2; exit 1; }
fi

export ConnectionStrings__CrampInfo="Data Source=$TMP/crampinfo.db"
export ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1

start_app() {  # start_app PORT LOGFILE: starts the published app from its own folder (its content root)
    (cd "$APP_DIR" && exec ./CrampInfo.Web --urls "http://127.0.0.1:$1") >"$2" 2>&1 &
    APP_PID=$!
}

# start_and_wait PATH LOGFILE: starts the app on a free port and waits for a 200 on PATH; sets PORT. Tries
# another port when the first is taken in the meantime (other programs share the machine).
start_and_wait() {
    local try
    for try in 1 2 3; do
        PORT=$(free_port)
        start_app "$PORT" "$2"
        wait_for "http://127.0.0.1:$PORT$1" 120 && return 0
        stop_app
        grep -q "address already in use" "$2" || { cat "$2" >&2; return 1; }
    done
    return 1
}

stop_app() {
    [[ -n $APP_PID ]] || return 0
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

wait_for() {  # wait_for URL SECONDS: until the URL answers 200
    local deadline=$(( $(date +%s) + $2 ))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$1") == 200 ]]; do
        [[ $(date +%s) -lt $deadline ]] || { say "no 200 from $1 within $2 s"; return 1; }
        [[ -z $APP_PID ]] || kill -0 "$APP_PID" 2>/dev/null || { say "the app exited"; return 1; }
        sleep 0.005
    done
}

# --- Build the database ahead ---------------------------------------------------------------------------
say "Building the database ..."
start_and_wait /healthz "$OUT/app-first-start.log" || exit 1
stop_app

# --- Start-up: process start to the first 200 on / (database already built) ----------------------------
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
say "Measuring start-up ($STARTS starts) ..."
starts=()
while (( ${#starts[@]} < STARTS )); do
    PORT=$(free_port)
    t0=$(now_ns)
    start_app "$PORT" "$OUT/app-start.log"
    if ! wait_for "http://127.0.0.1:$PORT/" 30; then
        stop_app
        grep -q "address already in use" "$OUT/app-start.log" && continue
        cat "$OUT/app-start.log" >&2; exit 1
    fi
    t1=$(now_ns)
    starts+=("$(( (t1 - t0) / 1000000 ))")
    stop_app
    sleep 0.5
done
START_MEDIAN=$(printf '%s\n' "${starts[@]}" | median)

# --- The app under load ----------------------------------------------------------------------------------
start_and_wait /healthz "$OUT/app.log" || exit 1
APP="http://127.0.0.1:$PORT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# The saved copy for nginx: the article page and the stylesheet it links, exactly as the app renders them.
STATIC="$TMP/static"
mkdir -p "$STATIC/css"
curl -sf "$APP$ARTICLE_PATH" -o "$STATIC/index.html"
css=$(grep -o 'href="/css/site.css?v=[^"]*"' "$STATIC/index.html" | head -1 | sed 's/^href="//; s/"$//')
[[ -n $css ]] || { say "no stylesheet link in $ARTICLE_PATH"; exit 1; }
curl -sf "$APP$css" -o "$STATIC/css/site.css"
cp "$STATIC/index.html" "$STATIC/precompressed.html"
gzip -9 -k "$STATIC/precompressed.html"
chmod -R a+rX "$STATIC"

NGINX_PORT=$(free_port)
sed -e "s|@TMP@|$TMP|g" -e "s|@ROOT@|$STATIC|g" -e "s|@PORT@|$NGINX_PORT|g" "$BENCH/nginx.conf" >"$TMP/nginx.conf"
nginx -p "$TMP" -c "$TMP/nginx.conf" -e "$TMP/nginx-error.log" &
NGINX_PID=$!
NGINX="http://127.0.0.1:$NGINX_PORT"
wait_for "$NGINX/" 10 || { cat "$TMP/nginx-error.log" >&2; exit 1; }
cmp -s "$STATIC/index.html" <(curl -s "$NGINX/") || { say "nginx does not serve the saved page"; exit 1; }

# Uncompressed by default, so the ratio compares the servers' work rather than two gzip implementations; with
# ACCEPT_ENCODING=gzip every request says it takes gzip, as browsers do (nginx has no brotli).
ACCEPT_ENCODING=${ACCEPT_ENCODING:-}
WRK_HEADER="Accept-Encoding: ${ACCEPT_ENCODING:-identity}"

to_ms() {  # wrk's "1.23ms" / "456.00us" / "1.02s" -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A RPS P50 P99 ERRORS
run_case() {  # run_case NAME URL
    local name=$1 url=$2 log="$OUT/wrk-$1.txt"
    local check
    check=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "$WRK_HEADER" "$url")
    say "  $name: $url ($check) warm-up ${WARMUP}s, measure ${DURATION}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "$WRK_HEADER" "$url" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$WRK_HEADER" "$url" >"$log"
    RPS[$name]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$log")
    P50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$log")")
    P99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$log")")
    ERRORS[$name]=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$log")
}

say "Load: wrk -t$THREADS -c$CONNECTIONS, each case ${WARMUP}s warm-up + ${DURATION}s measured ..."
run_case nginx "$NGINX/"
run_case nginx-precompressed "$NGINX/precompressed.html"
run_case article "$APP$ARTICLE_PATH"
run_case calculator "$APP/calculator?$CALCULATOR_QUERY"
run_case foods "$APP/api/foods?q=banana"
run_case intake "$APP/api/intake?$CALCULATOR_QUERY"

# --- Server-side time of the food search and the intake API (Server-Timing: app;dur=...) --------------------
server_timing() {  # server_timing URL FILE: the app;dur of $TIMING_REQUESTS sequential requests, one a line
    for _ in $(seq "$TIMING_REQUESTS"); do
        curl -s -o /dev/null -w '%header{server-timing}\n' "$1"
    done | sed -n 's/.*app;dur=\([0-9.]*\).*/\1/p' >"$2"
}
say "Server-side time of /api/foods?q=banana, /api/intake and /calculator (five items), $TIMING_REQUESTS sequential requests each ..."
server_timing "$APP/api/foods?q=banana" "$OUT/server-timing-foods.txt"
server_timing "$APP/api/intake?$CALCULATOR_QUERY" "$OUT/server-timing-intake.txt"
server_timing "$APP/calculator?$CALCULATOR_QUERY" "$OUT/server-timing-calculator.txt"
SEARCH_MEDIAN=$(median <"$OUT/server-timing-foods.txt")
# Every query of the English relevance benchmark once (after one warm-up pass), as a person would type it.
say "Server-side time of /api/foods over the relevance benchmark's queries ..."
BENCH_QUERIES=$(tail -n +2 "$BENCH/search/queries-en.tsv" | cut -f1 | python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(l.rstrip("\n"))) for l in sys.stdin]')
for pass in warm measure; do
    while read -r q; do curl -s -o /dev/null -w '%header{server-timing}\n' "$APP/api/foods?q=$q"; done <<<"$BENCH_QUERIES"
done | tail -n "$(wc -l <<<"$BENCH_QUERIES")" | sed -n 's/.*app;dur=\([0-9.]*\).*/\1/p' >"$OUT/server-timing-search-queries.txt"
SEARCH_QUERIES_MEDIAN=$(median <"$OUT/server-timing-search-queries.txt")
SEARCH_QUERIES_P90=$(sort -n "$OUT/server-timing-search-queries.txt" | awk '{v[NR]=$1} END {print v[int(NR*0.9)]}')
INTAKE_MEDIAN=$(median <"$OUT/server-timing-intake.txt")
CALCULATOR_MEDIAN=$(median <"$OUT/server-timing-calculator.txt")

# --- Memory after the run ---------------------------------------------------------------------------------
RSS_MB=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
HWM_MB=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
# What the RSS is made of: the process's own memory, mapped files (framework and app DLLs, shared and
# clean), and shared memory (the runtime maps its executable memory twice, W^X).
RSS_PARTS=$(awk '/^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } /^RssShmem:/ { s = $2 } END { printf "%.0f MB own, %.0f MB mapped files, %.0f MB shared", a / 1024, f / 1024, s / 1024 }' "/proc/$APP_PID/status")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

# --- Report ------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
{
    echo "## Results $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM;" \
         "$(dotnet --version | sed 's/^/.NET SDK /'), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')."
    echo "Command: \`benchmarks/run.sh $*\` (wrk -t$THREADS -c$CONNECTIONS --latency, ${WARMUP} s warm-up + ${DURATION} s measured per case, \`$WRK_HEADER\`: $([[ -n $ACCEPT_ENCODING ]] && echo "compressed" || echo "both servers uncompressed"))."
    echo "Load average (1, 5, 15 min) before the load runs: $LOAD_BEFORE; after: $LOAD_AFTER (wrk, the app and nginx alone add about 2)."
    echo
    echo "| case | URL | requests/s | p50 ms | p99 ms | errors | requests/s vs nginx | p99 vs nginx |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for name in nginx nginx-precompressed article calculator foods intake; do
        case $name in
            nginx) url="nginx: saved copy of $ARTICLE_PATH, gzip level 1 per request" ;;
            nginx-precompressed) url="nginx: the same, gzipped ahead (gzip_static)" ;;
            article) url="$ARTICLE_PATH" ;;
            calculator) url="/calculator?$CALCULATOR_QUERY" ;;
            foods) url="/api/foods?q=banana" ;;
            intake) url="/api/intake?$CALCULATOR_QUERY" ;;
        esac
        echo "| $name | \`$url\` | ${RPS[$name]} | ${P50[$name]} | ${P99[$name]} | ${ERRORS[$name]} | $(ratio "${RPS[$name]}" "${RPS[nginx]}") | $(ratio "${P99[$name]}" "${P99[nginx]}") |"
    done
    echo
    echo "| measure | value | target |"
    echo "| --- | ---: | --- |"
    echo "| article page requests/s vs nginx | $(ratio "${RPS[article]}" "${RPS[nginx]}") | >= 0.8 |"
    echo "| calculator (5 items) requests/s vs nginx | $(ratio "${RPS[calculator]}" "${RPS[nginx]}") | >= 0.5 |"
    echo "| worst p99 of the app's cases | $(printf '%s\n' "${P99[article]}" "${P99[calculator]}" "${P99[foods]}" "${P99[intake]}" | sort -n | tail -1) ms | < 25 ms |"
    echo "| /api/foods?q=banana requests/s vs nginx | $(ratio "${RPS[foods]}" "${RPS[nginx]}") | >= 0.15 |"
    echo "| server-side median of /api/foods?q=banana (Server-Timing, $(wc -l <"$OUT/server-timing-foods.txt") requests) | $SEARCH_MEDIAN ms | < 1 ms |"
    echo "| server-side median (90th percentile) of /api/foods over the relevance benchmark's $(wc -l <"$OUT/server-timing-search-queries.txt") queries | $SEARCH_QUERIES_MEDIAN ms ($SEARCH_QUERIES_P90 ms) | < 1 ms |"
    echo "| server-side median of /api/intake, five items (Server-Timing, $(wc -l <"$OUT/server-timing-intake.txt") requests) | $INTAKE_MEDIAN ms | |"
    echo "| server-side median of the calculator page, five items (Server-Timing: handler to first byte, $(wc -l <"$OUT/server-timing-calculator.txt") requests) | $CALCULATOR_MEDIAN ms | |"
    echo "| app RSS after the run (peak during it) | $RSS_MB MB ($HWM_MB MB): $RSS_PARTS | < 150 MB |"
    echo "| start to first 200 on / (median of $STARTS; each: ${starts[*]} ms) | $START_MEDIAN ms | <= 1000 ms |"
} | tee "$OUT/results.md"
