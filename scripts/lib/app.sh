# Sourced by the scripts that run the published app on loopback (scripts/load-test.sh,
# scripts/security-scan.sh): publish it, start it in Production on a port the OS picks, stop it.

# publish_app DIR LOG: a Release publish of the web project into DIR; its output goes to LOG.
publish_app() {
  dotnet publish src/CrampInfo.Web/CrampInfo.Web.csproj -c Release -o "$1" --nologo -v quiet >"$2" 2>&1 \
    || { cat "$2"; return 1; }
}

# start_app DIR DATABASE LOG [NAME=VALUE ...]: starts the app published in DIR from its own folder (its
# content root), on 127.0.0.1 port 0, with its database at DATABASE and the given settings; waits until it
# says where it listens. Sets APP_PID and APP_URL.
start_app() {
  local dir=$1 database=$2 log=$3
  shift 3
  (
    cd "$dir"
    export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CrampInfo="Data Source=$database"
    for setting in "$@"; do export "$setting"; done
    exec dotnet CrampInfo.Web.dll --urls http://127.0.0.1:0
  ) >"$log" 2>&1 &
  APP_PID=$!
  APP_URL=""
  for _ in $(seq 1 600); do
    APP_URL=$(grep -oP 'Now listening on: \Khttp://\S+' "$log" || true)
    [ -n "$APP_URL" ] && return 0
    kill -0 "$APP_PID" 2>/dev/null || { cat "$log"; echo "the app exited"; return 1; }
    sleep 0.1
  done
  cat "$log"; echo "the app did not start within 60 s"; return 1
}

# stop_app: SIGTERM to the app started by start_app, and wait for it to exit.
stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=""
}
