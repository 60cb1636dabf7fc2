# Shared by the bench scripts (source it): a fresh copy of the built distribution on its own ports under
# bench/target/<name>, started and stopped by the scripts, and wrk's figures. Expects ROOT (the repository).

die() { echo "bench: $*" >&2; exit 1; }

# require_wrk: wrk comes from Debian; installed when running as root
require_wrk() {
  command -v wrk >/dev/null && return 0
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null || die "cannot install wrk"
  else die "install wrk (apt-get install wrk)"; fi
}

# unpack_platform DIR PORT: the built distribution in DIR with HTTP on PORT and ssh/RMI on the next three ports,
# and the plugin SDK's test realm (token $TESTKIT_TOKEN) in deploy/ as the no-cost authentication baseline
TESTKIT_TOKEN=bench-token
unpack_platform() {
  local dir=$1 port=$2 tarball testkit
  tarball=$(ls "$ROOT"/assembly/target/aiplatform-assembly-*.tar.gz 2>/dev/null | head -n 1) \
    || die "no distribution: run 'mvn -B install -DskipTests' first"
  testkit=$(ls "$ROOT"/plugin-sdk/testkit/target/org.aiplatform.sdk.testkit-*.jar 2>/dev/null | grep -v sources | head -n 1) \
    || die "no testkit bundle: run 'mvn -B install -DskipTests' first"
  DIST=$dir
  BASE=http://127.0.0.1:$port
  stop_platform                     # a previous run's instance, if it is still up
  if curl -s -o /dev/null "$BASE/"; then die "port $port is in use: stop what listens there or set PORT"; fi
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$tarball" -C "$dir" --strip-components=1
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$dir/etc/org.ops4j.pax.web.cfg"
  grep -q '^org.osgi.service.http.port' "$dir/etc/org.ops4j.pax.web.cfg" \
    || echo "org.osgi.service.http.port = $port" >> "$dir/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((port + 1))/" "$dir/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" \
    "$dir/etc/org.apache.karaf.management.cfg"
  cp "$testkit" "$dir/deploy/"
  echo "token.$TESTKIT_TOKEN = bench *" > "$dir/etc/org.aiplatform.sdk.testkit.auth.cfg"
}

stop_platform() { [ -n "${DIST:-}" ] && [ -f "$DIST/karaf.pid" ] && "$DIST/bin/stop" >/dev/null 2>&1 || true; wait_gone; }
wait_gone() { local pid; pid=$(cat "${DIST:-/nonexistent}/karaf.pid" 2>/dev/null || true); [ -z "$pid" ] && return 0
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$pid" 2>/dev/null || true; }

# wait_for STATUS URL [curl options]: polls every 50 ms for up to 60 s until the URL answers STATUS (the first
# answer counts: readiness may flap once while the second boot stage refreshes bundles)
wait_for() {
  local want=$1 url=$2; shift 2
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")" = "$want" ] && return 0
    sleep 0.05
  done
  return 1
}

# boot: starts the platform; prints the seconds from bin/start to /api/v1/health/ready == 200
boot() {
  local t0 t1
  t0=$(date +%s%N)
  "$DIST/bin/start"
  wait_for 200 "$BASE/api/v1/health/ready" || die "not ready after 60 s"
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$(cat "$DIST/karaf.pid")/status"; }

# wrk_figure OUTPUT FIELD: p50 | p90 | p99 | rps | errors, from the output of wrk --latency
wrk_figure() {
  case $2 in
    p50|p90|p99) echo "$1" | awk -v p="${2#p}%" '$1 == p { print $2 }' ;;
    rps) echo "$1" | awk '/Requests\/sec/ { printf "%d", $2 }' ;;
    errors) echo "$1" | awk '/Non-2xx|Socket errors/ { print }' ;;
  esac
}
