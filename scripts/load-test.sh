#!/usr/bin/env bash
# Sustained load (issue 7): publishes the app in Release, starts it on loopback with a fresh database, warms
# it up, then runs wrk for 60 s at 100 connections over a mix of article pages, calculator results, the food
# search and the intake API. The API rate limit is switched off for the run (one address: wrk's).
# Fails if wrk saw any socket error or any answer outside 200-299, or if the app's resident memory at the end
# is more than 10% above its memory after the warm-up.
#
#   scripts/load-test.sh        # every path in the mix must answer 200 first
#
# The warm-up runs the same mix for 90 s, so the snapshot after it is taken once the JIT, the GC's heap
# sizing and the SQLite connection pool have settled: each pooled connection keeps its own page cache, and
# the pool grows with the number of requests reading at once (on a busy 2-core machine the thread pool adds
# threads for a minute or two, and the pool follows, then both level off). RSS is also sampled every 5 s
# during the run and reported.
#
# Tunable: DURATION (60s), CONNECTIONS (100), THREADS (2), WARMUP (90s), MAX_GROWTH_PERCENT (10),
# WRK_TIMEOUT (10s: an answer slower than this counts as a socket error; wrk's default of 2 s would count
# the odd slow answer on a busy shared 2-core machine, which the latency figures report anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app.sh

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-90s}
MAX_GROWTH_PERCENT=${MAX_GROWTH_PERCENT:-10}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}

command -v wrk >/dev/null || { echo "load-test: wrk is not installed (apt-get install -y wrk)"; exit 2; }

work=$(mktemp -d /tmp/crampinfo-load-XXXXXX)
cleanup() {
  stop_app
  rm -rf "$work"
}
trap cleanup EXIT

echo "load-test: publishing (Release)"
publish_app "$work/app" "$work/publish.log"

echo "load-test: starting the app on loopback"
start_app "$work/app" "$work/crampinfo.db" "$work/app.log" RateLimiting__ApiPermitsPerMinute=0
base=$APP_URL
echo "load-test: app pid $APP_PID at $base"

paths=(
  /
  /muscle-function
  /hypokalemia
  /treatment
  /food-sources
  /references
  /about
  /for-clinics
  /calculator
  "/calculator?age=45&sex=female&items=09040:5:2,11674:3:1"
  "/calculator?age=70&sex=male&items=09040:5:1,09298:4:2,11674:3:1,09279:2:3&supplement-mg=99&supplement-count=2"
  "/calculator?age=60&items=09040:g:150&limit-mg=2000&q=lentils"
  "/calculator?age=33&sex=female&stage=pregnant&items=09298:4:3,09040:5:1&supplement-meq=8&supplement-count=2"
  "/calculator?q=orange%20juice"
  "/api/foods?q=banana"
  "/api/foods?q=potato&limit=50"
  "/api/foods?q=sal"
  /api/foods/09040
  "/api/intake?age=45&sex=female&items=09040:5:2,11674:3:1"
  "/api/intake?age=30&sex=female&stage=pregnant&items=09298:4:3,09040:5:1&supplement-meq=8&supplement-count=2"
  "/api/intake?age=60&items=09040:g:150,11674:3:2&limit-mg=2000"
  /api/reference-intakes
  /css/site.css
  /healthz
)
: >"$work/urls"
missing=()
for path in "${paths[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  if [ "$status" = 200 ]; then echo "$path" >>"$work/urls"; else missing+=("$path ($status)"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  printf 'load-test: not answering 200: %s\n' "${missing[@]}"
  exit 1
fi
echo "load-test: $(wc -l <"$work/urls") paths in the mix"

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status"; }
export LOAD_URLS="$work/urls"

echo "load-test: warm-up, $WARMUP at $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" -s scripts/load-test.lua "$base" >"$work/warmup.txt"
sleep 2
rss_warm=$(rss_kb)
echo "load-test: RSS after warm-up: $((rss_warm / 1024)) MB"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load-test: measuring, $DURATION at $CONNECTIONS connections"
( while kill -0 "$APP_PID" 2>/dev/null; do rss_kb >>"$work/rss-samples"; sleep 5; done ) &
sampler=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -s scripts/load-test.lua "$base" | tee "$work/run.txt"
kill "$sampler" 2>/dev/null || true
sleep 2
rss_end=$(rss_kb)
rss_peak=$(sort -n "$work/rss-samples" | tail -1)
rss_low=$(sort -n "$work/rss-samples" | head -1)

non2xx=$(grep -oP '^non-2xx: \K\d+' "$work/run.txt")
read -r connect read_errors write timeout < <(grep -oP '^socket errors: connect \K.*' "$work/run.txt" | tr -d ',' | awk '{print $1, $3, $5, $7}')
socket_errors=$((connect + read_errors + write + timeout))
rps=$(grep -oP '^Requests/sec:\s+\K[\d.]+' "$work/run.txt")
growth=$(awk -v a="$rss_warm" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
server_errors=$(grep -c 'responded 5[0-9][0-9] ' "$work/app.log" || true)

echo
echo "load-test: summary"
echo "  command:        wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency -s scripts/load-test.lua $base"
echo "  requests/s:     $rps ($(grep -oP '^requests: \K\d+' "$work/run.txt") requests; machine load average before the run: $load_before)"
echo "  latency:        $(grep -oP '^latency p50/p99/max \(ms\): \K.*' "$work/run.txt") ms (p50 / p99 / max)"
echo "  socket errors:  $socket_errors (connect $connect, read $read_errors, write $write, timeout $timeout)"
echo "  non-2xx:        $non2xx"
echo "  5xx in app log: $server_errors"
echo "  RSS warm-up:    $((rss_warm / 1024)) MB; end: $((rss_end / 1024)) MB; growth $growth%"
echo "  RSS during run: $((rss_low / 1024)) to $((rss_peak / 1024)) MB (every 5 s: $(awk '{printf "%d ", $1/1024}' "$work/rss-samples")MB)"

fail=0
[ "$socket_errors" = 0 ] || { echo "load-test: FAIL: socket errors"; fail=1; }
[ "$non2xx" = 0 ] || { echo "load-test: FAIL: answers outside 200-299"; fail=1; }
awk -v g="$growth" -v m="$MAX_GROWTH_PERCENT" 'BEGIN { exit !(g > m) }' && { echo "load-test: FAIL: memory grew more than $MAX_GROWTH_PERCENT%"; fail=1; }
[ "$fail" = 0 ] && echo "load-test: PASS"
exit "$fail"
