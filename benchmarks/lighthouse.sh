#!/usr/bin/env bash
# Lighthouse (pinned in benchmarks/lighthouse/, mobile settings, the default) on every page of the site,
# driven by Debian's Chromium. Prints the four scores per page and what each page lost points for.
#
#   benchmarks/lighthouse.sh                       publishes and starts the app on loopback itself
#   benchmarks/lighthouse.sh http://127.0.0.1:5080 uses an app that is already running
#
# Needs Node.js/npm (for `npm ci` of the pinned Lighthouse) and /usr/bin/chromium (apt-get install chromium);
# CHROME_PATH overrides the browser; SKIP_PUBLISH=1 reuses the last publish in benchmarks/results/app.
# Reports go to benchmarks/results/lighthouse/ (git-ignored).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/benchmarks"
OUT=${OUT:-$BENCH/results}
REPORTS="$OUT/lighthouse"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
FIVE_ITEMS='/calculator?age=45&sex=female&items=09040:5:2,11674:3:1,09279:2:3,09298:4:1,09291:2:5'
# The paths of the public interface (src/CrampInfo.Web/Site/Navigation.cs), and a calculator result.
PAGES=(/ /muscle-function /hypokalemia /treatment /food-sources /calculator /references /about /for-clinics "$FIVE_ITEMS")

[[ -x $CHROME_PATH ]] || { echo "lighthouse.sh: no browser at $CHROME_PATH (apt-get install -y chromium)" >&2; exit 1; }
if [[ ! -x $BENCH/lighthouse/node_modules/.bin/lighthouse ]]; then
    echo "Installing the pinned Lighthouse (npm ci) ..." >&2
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$BENCH/lighthouse" --no-audit --no-fund --loglevel=error >&2
fi
LIGHTHOUSE="$BENCH/lighthouse/node_modules/.bin/lighthouse"

TMP=$(mktemp -d /tmp/crampinfo-lighthouse.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

BASE=${1:-}
if [[ -z $BASE ]]; then
    APP_DIR="$OUT/app"
    if [[ ${SKIP_PUBLISH:-} != 1 || ! -x $APP_DIR/CrampInfo.Web ]]; then
        echo "Publishing (Release) to $APP_DIR ..." >&2
        mkdir -p "$OUT"
        rm -rf "$APP_DIR"
        dotnet publish "$ROOT/src/CrampInfo.Web" -c Release -r linux-x64 --self-contained false -o "$APP_DIR" --nologo -v quiet >&2
    fi
    while :; do
        PORT=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
    done
    (cd "$APP_DIR" && ConnectionStrings__CrampInfo="Data Source=$TMP/crampinfo.db" ASPNETCORE_ENVIRONMENT=Production \
        exec ./CrampInfo.Web --urls "http://127.0.0.1:$PORT") >"$TMP/app.log" 2>&1 &
    APP_PID=$!
    BASE="http://127.0.0.1:$PORT"
    for _ in $(seq 1200); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz") == 200 ]] && break
        kill -0 "$APP_PID" 2>/dev/null || { cat "$TMP/app.log" >&2; exit 1; }
        sleep 0.1
    done
fi
BASE=${BASE%/}

mkdir -p "$REPORTS"
rm -f "$REPORTS"/*.json
printf '%-22s %5s %5s %5s %5s  %s\n' page perf a11y bp seo "not passed"
worst=100
for page in "${PAGES[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$page")
    label=${page%%\?*}; [[ $page == *\?* ]] && label="$label (5 items)"
    if [[ $status != 200 ]]; then
        printf '%-22s %s\n' "$label" "skipped: answered $status (not built on this branch?)"
        continue
    fi
    name=$(echo "$label" | tr -c 'a-z0-9\n' '-' | sed 's/^-*$/home/; s/^-//; s/-$//')
    report="$REPORTS/${name:-home}.json"
    "$LIGHTHOUSE" "$BASE$page" --quiet --chrome-flags="$CHROME_FLAGS" \
        --only-categories=performance,accessibility,best-practices,seo \
        --output=json --output-path="$report" >/dev/null 2>"$TMP/lighthouse.log" \
        || { cat "$TMP/lighthouse.log" >&2; exit 1; }
    node -e '
        const r = require(process.argv[1]);
        const s = k => r.categories[k].score === null ? "n/a" : Math.round(r.categories[k].score * 100);
        const lost = Object.values(r.categories).flatMap(c => c.auditRefs.filter(a => a.weight > 0).map(a => r.audits[a.id]))
            .filter(a => a.score !== null && a.score < 1 && !["notApplicable", "informative", "manual"].includes(a.scoreDisplayMode))
            .map(a => a.id + (a.displayValue ? " (" + a.displayValue + ")" : ""));
        console.log([process.argv[2].padEnd(22), ...["performance", "accessibility", "best-practices", "seo"].map(k => String(s(k)).padStart(5))].join(" ") + "  " + [...new Set(lost)].join(", "));
    ' "$report" "$label"
    page_worst=$(node -e 'const r = require(process.argv[1]); console.log(Math.min(...Object.values(r.categories).map(c => Math.round((c.score ?? 0) * 100))))' "$report")
    (( page_worst < worst )) && worst=$page_worst
done
echo "Lowest score: $worst (reports: $REPORTS)"
echo "A calculator result carries <meta name=\"robots\" content=\"noindex\"> on purpose (it can hold health details;"
echo "see the public interface), so its SEO score loses is-crawlable by design."
