#!/usr/bin/env bash
# Relay load benchmark: violetvault-server against the reference document's Node server,
# same load, same machine, one run. See bench/README.md.
#
#   bench/run.sh BUILD_DIR [--only vv|node] [--rounds N] [--quick] [--json PATH]
#                [--fanout-seconds S] [--latency-seconds S] [--idle-connections N]
#                [--source-addrs SPEC] [--server-bin PATH] [--load-bin PATH] [--nice N]
#
# Each scenario runs against a freshly started server; with --rounds N the servers alternate
# order each round and the table shows medians. Everything is bounded in time.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ORIG_ARGS=("$@")
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }
[ $# -ge 1 ] || usage
BUILD=$(cd "$1" && pwd) || usage
shift

ONLY=""
ROUNDS=1
JSON=""
FANOUT_S=10
LATENCY_S=15
IDLE_N=10000
SOURCE_ADDRS=""
SERVER_BIN="$BUILD/bin/violetvault-server"
LOAD_BIN="$BUILD/bin/vv-relay-load"
NICE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --json) JSON=$2; shift 2 ;;
    --quick) FANOUT_S=3; LATENCY_S=5; IDLE_N=2000; shift ;;
    --fanout-seconds) FANOUT_S=$2; shift 2 ;;
    --latency-seconds) LATENCY_S=$2; shift 2 ;;
    --idle-connections) IDLE_N=$2; shift 2 ;;
    --source-addrs) SOURCE_ADDRS=$2; shift 2 ;;
    --server-bin) SERVER_BIN=$2; shift 2 ;;
    --load-bin) LOAD_BIN=$2; shift 2 ;;
    --nice) NICE=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown option $1" >&2; usage ;;
  esac
done
case "$ONLY" in ""|vv|node) ;; *) echo "run.sh: --only vv|node" >&2; exit 64 ;; esac
[[ "$ROUNDS" =~ ^[1-9]$ ]] || { echo "run.sh: --rounds 1..9" >&2; exit 64; }
[[ "$NICE" =~ ^-?[0-9]+$ ]] || { echo "run.sh: --nice N (e.g. -5)" >&2; exit 64; }
# Opt-in: a negative nice shields server and generator alike from other load on a shared box
# (it slows everything else down meanwhile). With autogroup scheduling (the Linux default) CPU is
# shared between sessions first and a process's nice counts only inside its session, so the run
# moves into a session of its own and gives that session's group the nice level.
RUN=(nice -n "$NICE")
if [ "$NICE" != 0 ] && [ -z "${VV_BENCH_SESSION:-}" ] && [ -w /proc/self/autogroup ]; then
  # shellcheck disable=SC2016  # expanded by the inner bash
  exec env VV_BENCH_SESSION=1 setsid --wait bash -c 'echo "$1" >/proc/self/autogroup || exit 1; shift; exec "$@"' \
    _ "$NICE" "$0" "${ORIG_ARGS[@]}"
fi

[ -x "$LOAD_BIN" ] || { echo "run.sh: $LOAD_BIN not built (target vv-relay-load)" >&2; exit 1; }
KINDS=()
if [ "$ONLY" != node ]; then
  [ -x "$SERVER_BIN" ] || { echo "run.sh: $SERVER_BIN not built (use --only node to measure the reference alone)" >&2; exit 1; }
  KINDS+=(vv)
fi
if [ "$ONLY" != vv ]; then
  if ! command -v node >/dev/null || [ ! -d "$ROOT/tests/node/node_modules/ws" ]; then
    echo "run.sh: node and tests/node/node_modules (npm ci in tests/node) are needed" >&2; exit 1
  fi
  KINDS+=(node)
fi

# Every client is a descriptor on both sides: raise the limit for the servers and the generator.
ulimit -Hn 1048576 2>/dev/null || true
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# More than ~28k clients from one address run out of ephemeral ports: spread over 127.0.0.x.
if [ -z "$SOURCE_ADDRS" ] && [ "$IDLE_N" -gt 25000 ]; then
  SOURCE_ADDRS=$(( (IDLE_N + 24999) / 25000 ))
fi
SRC_ARGS=()
[ -n "$SOURCE_ADDRS" ] && SRC_ARGS=(--source-addrs "$SOURCE_ADDRS")

WORK=$(mktemp -d /tmp/vv-bench.XXXXXX)
SERVER_PID=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill -KILL "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Our server's flags; any the binary's --help does not mention are left out (and reported).
VV_FLAGS=(--port 0 --host 127.0.0.1 --log-level warning --allow-anonymous
          --max-signals-per-sec 1000000 --signal-burst 1000000 --max-connections-per-ip 1000000 --max-connections 1000000
          --idle-timeout-ms 3600000 --join-timeout-ms 60000)
vv_args() {
  local help; help=$("$SERVER_BIN" --help 2>&1 || true)
  local out=() i=0 flag
  while [ $i -lt ${#VV_FLAGS[@]} ]; do
    flag=${VV_FLAGS[$i]}
    local takes=1
    [ "$flag" = --allow-anonymous ] && takes=0
    if ! grep -q -- "--port" <<<"$help" || grep -q -- "$flag" <<<"$help"; then
      out+=("$flag"); [ $takes = 1 ] && out+=("${VV_FLAGS[$((i + 1))]}")
    else
      echo "run.sh: violetvault-server does not list $flag; not passed" >&2
    fi
    i=$((i + 1 + takes))
  done
  printf '%s\n' "${out[@]}"
}
if [ "$ONLY" != node ]; then mapfile -t VV_ARGS < <(vv_args); fi

# start_server KIND TAG: sets SERVER_PID and SERVER_PORT, or returns 1.
start_server() {
  local kind=$1 tag=$2 log="$WORK/$2.server.log"
  if [ "$kind" = vv ]; then
    mkdir -p "$WORK/$tag.data"
    "${RUN[@]}" "$SERVER_BIN" "${VV_ARGS[@]}" --data-dir "$WORK/$tag.data" >"$log" 2>&1 &
  else
    PORT=0 HOST=127.0.0.1 "${RUN[@]}" node "$ROOT/tests/node/run-reference.js" >"$log" 2>&1 &
  fi
  SERVER_PID=$!
  local i line
  for i in $(seq 1 150); do
    line=$(grep -m1 -o 'listening on ws://[0-9.]*:[0-9]*' "$log" 2>/dev/null || true)
    if [ -n "$line" ]; then SERVER_PORT=${line##*:}; return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "run.sh: $kind server did not start; its output:" >&2
  head -20 "$log" >&2
  stop_server
  return 1
}

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  local i
  for i in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# run_scenario KIND SCENARIO ROUND: RESULT lines go to $WORK/KIND.ROUND.SCENARIO.out.
FAILED=0
run_scenario() {
  local kind=$1 scn=$2 round=$3 tag="$1.$3.$2" args=() max
  case "$scn" in
    fanout) args=(--rooms 100 --members 10 --window 16 --warmup 1 --duration "$FANOUT_S"); max=$((FANOUT_S + 60)) ;;
    latency) args=(--rooms 1000 --members 5 --rate 1 --warmup 2 --duration "$LATENCY_S"); max=$((LATENCY_S + 60)) ;;
    idle) args=(--connections "$IDLE_N" --members 5 --settle 5); max=$((IDLE_N / 100 + 60)) ;;
  esac
  echo "== $kind $scn (round $round)" >&2
  start_server "$kind" "$tag" || { FAILED=1; echo "ERROR $scn server did not start" >"$WORK/$tag.out"; return; }
  local rc=0
  timeout -k 5 $((max + 10)) "${RUN[@]}" "$LOAD_BIN" "$scn" --url "ws://127.0.0.1:$SERVER_PORT" --server-pid "$SERVER_PID" \
    --max-seconds "$max" "${SRC_ARGS[@]}" "${args[@]}" >"$WORK/$tag.out" || rc=$?
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "ERROR $scn the $kind server exited during the run" >>"$WORK/$tag.out"
    tail -5 "$WORK/$tag.server.log" >&2 || true
  fi
  stop_server
  if [ $rc -ne 0 ]; then
    FAILED=1
    echo "ERROR $scn vv-relay-load exited with $rc" >>"$WORK/$tag.out"
  fi
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
START_UTC=$(date -u +%Y-%m-%dT%H:%M:%SZ)
T0=$(date +%s)
echo "relay benchmark: ${KINDS[*]}; $ROUNDS round(s); fanout ${FANOUT_S}s, latency ${LATENCY_S}s, idle $IDLE_N conns;" \
     "$(nproc) cores shared by servers and generator; nice $NICE ($(cat /proc/self/autogroup 2>/dev/null || echo no autogroup));" \
     "load average $LOAD_START" >&2
for round in $(seq 1 "$ROUNDS"); do
  order=("${KINDS[@]}")
  # Alternate which server goes first, so slow drift on the machine does not favour one.
  if [ $((round % 2)) -eq 0 ] && [ ${#KINDS[@]} -eq 2 ]; then order=("${KINDS[1]}" "${KINDS[0]}"); fi
  for kind in "${order[@]}"; do
    for scn in fanout latency idle; do run_scenario "$kind" "$scn" "$round"; done
  done
done
ELAPSED=$(( $(date +%s) - T0 ))

# ---- report: medians over rounds, the table, anomalies, JSON ----
mkdir -p "$ROOT/bench/results"
[ -n "$JSON" ] || JSON="$ROOT/bench/results/relay-$(date -u +%Y%m%dT%H%M%SZ).json"
for f in "$WORK"/*.out; do
  [ -e "$f" ] || continue
  b=$(basename "$f" .out); kind=${b%%.*}
  sed -n "s/^RESULT /$kind /p; s/^ERROR /ERR $kind /p" "$f"
done >"$WORK/all.txt"

VV_VERSION=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
SERVER_INFO="none"
if [ "$ONLY" != node ]; then
  SERVER_INFO="$("$SERVER_BIN" --version 2>/dev/null | head -1), built $(date -u -r "$SERVER_BIN" +%Y-%m-%dT%H:%M:%SZ)"
fi
NODE_VERSION=$(node --version 2>/dev/null || echo none)
WS_VERSION=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$ROOT/tests/node/node_modules/ws/package.json" 2>/dev/null | head -1)
awk -v json="$JSON" -v date="$START_UTC" -v load="$LOAD_START" -v cores="$(nproc)" -v rounds="$ROUNDS" \
    -v elapsed="$ELAPSED" -v commit="$VV_VERSION" -v kinds="${KINDS[*]}" -v kernel="$(uname -r)" \
    -v nice="$NICE" -v serverinfo="$SERVER_INFO" -v nodever="$NODE_VERSION" -v wsver="${WS_VERSION:-unknown}" '
function fmt(v,    m) {
  if (v == "") return "n/a"
  if (v == "nan") return "nan"
  m = v < 0 ? -v : v
  if (m >= 1000) return sprintf("%.0f", v)
  if (m >= 10) return sprintf("%.1f", v)
  return sprintf("%.3f", v)
}
function median(kind, key,    n, i, j, t, arr) {
  n = cnt[kind, key]
  if (n == 0) return ""
  for (i = 1; i <= n; i++) arr[i] = val[kind, key, i]
  for (i = 2; i <= n; i++) { t = arr[i]; j = i - 1; while (j > 0 && arr[j] > t) { arr[j + 1] = arr[j]; j-- } arr[j + 1] = t }
  return (n % 2) ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
}
function jnum(v) { return (v == "" || v == "nan") ? "null" : v }
function jstr(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
$1 == "ERR" { errs[++nerr] = $2 ": " substr($0, length($1 $2) + 3); next }
{ k = $2; cnt[$1, k]++; val[$1, k, cnt[$1, k]] = $3; if (!(k in seen)) { seen[k] = 1; order[++nkeys] = k } }
END {
  # key | label | direction: "+" higher is better, "-" lower is better, "" informational
  n = split("fanout.deliveries_per_sec|Fan-out deliveries per second|+;" \
            "fanout.server_cpu_s_per_100k|Fan-out server CPU s per 100k deliveries|-;" \
            "latency.p50_ms|Latency p50 ms (1000 rooms x 5, 1/s each)|-;" \
            "latency.p99_ms|Latency p99 ms|-;" \
            "idle.bytes_per_conn|Server memory per idle joined connection, bytes|-;" \
            "fanout.deliveries_per_server_cpu_sec|  fan-out: deliveries per server CPU-second|;" \
            "fanout.server_cpu_pct|  fan-out: server CPU % of one core|;" \
            "fanout.gen_cpu_pct|  fan-out: generator CPU %|;" \
            "fanout.other_cpu_pct|  fan-out: other load on the machine, CPU %|;" \
            "fanout.softirq_cpu_pct|  fan-out: softirq (loopback TCP), CPU %|;" \
            "fanout.lat_p50_ms|  fan-out: p50 latency ms at saturation|;" \
            "fanout.lat_p99_ms|  fan-out: p99 latency ms at saturation|;" \
            "latency.p999_ms|  latency: p99.9 ms|;" \
            "latency.max_ms|  latency: max ms|;" \
            "latency.server_cpu_pct|  latency: server CPU %|;" \
            "latency.gen_cpu_pct|  latency: generator CPU %|;" \
            "latency.other_cpu_pct|  latency: other load on the machine, CPU %|;" \
            "latency.softirq_cpu_pct|  latency: softirq (loopback TCP), CPU %|;" \
            "latency.send_max_late_ms|  latency: generator send lateness max ms|;" \
            "idle.rss_before_kb|  idle: server RSS before, kB|;" \
            "idle.rss_after_kb|  idle: server RSS with all joined, kB|;" \
            "idle.setup_seconds|  idle: time to connect and join all, s|", rows, ";")
  printf "\n%-50s %14s %14s %8s  %s\n", "figure", "violetvault", "node", "ratio", "better?"
  printf "%-50s %14s %14s %8s  %s\n", "------", "-----------", "----", "-----", "-------"
  figs = ""
  for (i = 1; i <= n; i++) {
    split(rows[i], r, "|"); key = r[1]; label = r[2]; dir = r[3]
    a = median("vv", key); b = median("node", key)
    ratio = (a != "" && b != "" && a != "nan" && b != "nan" && b + 0 != 0) ? a / b : ""
    better = "-"
    if (dir != "" && ratio != "") better = (dir == "+" ? (a + 0 > b + 0) : (a + 0 < b + 0)) ? "yes" : "NO"
    printf "%-50s %14s %14s %8s  %s\n", label, fmt(a), fmt(b), (ratio == "" ? "n/a" : sprintf("%.3f", ratio)), better
    figs = figs (figs == "" ? "" : ",\n") sprintf("    {\"key\": %s, \"label\": %s, \"direction\": %s, \"violetvault\": %s, \"node\": %s, \"ratio\": %s, \"better\": %s}",
      jstr(key), jstr(label), jstr(dir == "+" ? "higher" : dir == "-" ? "lower" : "info"), jnum(a), jnum(b), jnum(ratio),
      (better == "-" ? "null" : better == "yes" ? "true" : "false"))
  }
  # Anomalies: failures, losses, misrouting, and conditions that skew the figures.
  na = 0
  for (e = 1; e <= nerr; e++) anom[++na] = "error: " errs[e]
  split("vv node", ks, " ")
  for (q = 1; q <= 2; q++) {
    kd = ks[q]; name = kd == "vv" ? "violetvault" : "node"
    for (t = 1; t <= nkeys; t++) {
      key = order[t]
      if (key ~ /\.(lost|misrouted|echoed|unexpected|closed)$/ && median(kd, key) + 0 > 0)
        anom[++na] = name ": " key " = " median(kd, key)
      if (key ~ /gen_cpu_pct$/ && median(kd, key) + 0 > 85)
        anom[++na] = name ": the generator used " fmt(median(kd, key)) "% of a core in " key "; the figure may be generator-bound"
      if (key ~ /other_cpu_pct$/ && median(kd, key) + 0 > 20)
        anom[++na] = name ": other processes used " fmt(median(kd, key)) "% CPU during " key "; the machine was not quiet"
    }
  }
  if (load + 0 > 0.5) anom[++na] = "load average at start was " load " (other work on the machine)"
  printf "\n%d cores shared by the server under test and the generator (no pinning); loopback only.\n", cores
  printf "rounds %d (medians), nice %d, total %d s, load average at start %s; node %s, ws %s\n", rounds, nice, elapsed, load, nodever, wsver
  for (e = 1; e <= na; e++) printf "ANOMALY: %s\n", anom[e]
  # The median of every figure, for the record.
  raw = ""
  for (q = 1; q <= 2; q++) {
    kd = ks[q]; body = ""
    for (t = 1; t <= nkeys; t++) { key = order[t]; m = median(kd, key); if (m != "") body = body (body == "" ? "" : ", ") jstr(key) ": " jnum(m) }
    raw = raw (raw == "" ? "" : ",\n") "    " jstr(kd == "vv" ? "violetvault" : "node") ": {" body "}"
  }
  # The value of every round, in round order, for the record.
  per = ""
  for (q = 1; q <= 2; q++) {
    kd = ks[q]; body = ""
    for (t = 1; t <= nkeys; t++) {
      key = order[t]; m = cnt[kd, key]; if (m == 0) continue
      lst = ""
      for (i = 1; i <= m; i++) lst = lst (i > 1 ? ", " : "") jnum(val[kd, key, i])
      body = body (body == "" ? "" : ", ") jstr(key) ": [" lst "]"
    }
    per = per (per == "" ? "" : ",\n") "    " jstr(kd == "vv" ? "violetvault" : "node") ": {" body "}"
  }
  an = ""
  for (e = 1; e <= na; e++) an = an (an == "" ? "" : ", ") jstr(anom[e])
  printf "{\n  \"benchmark\": \"relay\",\n  \"date\": %s,\n  \"commit\": %s,\n  \"servers\": %s,\n  \"violetvault_server\": %s,\n  \"node\": %s,\n  \"ws\": %s,\n  \"machine\": {\"cores\": %d, \"kernel\": %s, \"load_average_at_start\": %s, \"note\": \"server and generator share the cores, no pinning; loopback\"},\n  \"nice\": %d,\n  \"rounds\": %d,\n  \"elapsed_seconds\": %d,\n  \"figures\": [\n%s\n  ],\n  \"results\": {\n%s\n  },\n  \"per_round\": {\n%s\n  },\n  \"anomalies\": [%s]\n}\n", \
    jstr(date), jstr(commit), jstr(kinds), jstr(serverinfo), jstr(nodever), jstr(wsver), cores, jstr(kernel), jstr(load), nice, rounds, elapsed, figs, raw, per, an > json
  printf "results written to %s\n", json
}' "$WORK/all.txt"

exit $FAILED
