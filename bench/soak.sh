#!/usr/bin/env bash
# Soak: minutes of connection churn plus steady fan-out against one violetvault-server, its RSS
# sampled every few seconds; passes if RSS is flat at the end. See bench/README.md.
#
#   bench/soak.sh BUILD_DIR [--minutes M] [--sample S] [--out DIR] [-- vv-relay-load options]
#   bench/soak.sh BUILD_DIR --churn [--out DIR] [-- vv-relay-load options]   churn alone: RSS after
#                 the cycles vs after the warm-up, /metrics connection gauges back to 0
#   --node: the same load against the reference's Node server (tests/node) instead of ours
# Writes DIR/soak-<UTC time>.csv (the samples) and .txt (the full output), or churn-<UTC>.txt;
# DIR defaults to bench/results. Exit code 0 when the target holds, 1 if not, 2 on an error.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }
[ $# -ge 1 ] || usage
BUILD=$(cd "$1" && pwd) || usage
shift
MINUTES=2
SAMPLE=2
OUT="$ROOT/bench/results"
EXTRA=()
SCENARIO=soak
SERVER=vv
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    --sample) SAMPLE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --churn) SCENARIO=churn; shift ;;
    --node) SERVER=node; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) usage ;;
    *) echo "soak.sh: unknown option $1" >&2; usage ;;
  esac
done
SERVER_BIN="$BUILD/bin/violetvault-server"
LOAD_BIN="$BUILD/bin/vv-relay-load"
for b in "$SERVER_BIN" "$LOAD_BIN"; do
  [ -x "$b" ] || { echo "soak.sh: $b is not built (targets violetvault-server vv-relay-load)" >&2; exit 2; }
done
if [ "$SERVER" = node ] && { ! command -v node >/dev/null || [ ! -d "$ROOT/tests/node/node_modules/ws" ]; }; then
  echo "soak.sh: --node needs node and tests/node/node_modules (npm ci in tests/node)" >&2; exit 2
fi
mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SUFFIX=""
[ "$SERVER" = node ] && SUFFIX=-node
CSV="$OUT/soak-$STAMP$SUFFIX.csv"
TXT="$OUT/$SCENARIO-$STAMP$SUFFIX.txt"

WORK=$(mktemp -d /tmp/vv-soak.XXXXXX)
SERVER_PID=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill -KILL "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# Limits raised so that churn and fan-out, not a limit, are what the server sees (one source
# address, a new connection every few ms); the server is otherwise as shipped.
if [ "$SERVER" = vv ]; then
  "$SERVER_BIN" --port 0 --host 127.0.0.1 --log-level warning --allow-anonymous --data-dir "$WORK/data" \
    --max-signals-per-sec 1000 --signal-burst 1000 --max-connections-per-ip 100000 \
    >"$WORK/server.log" 2>&1 &
else
  PORT=0 HOST=127.0.0.1 node "$ROOT/tests/node/run-reference.js" >"$WORK/server.log" 2>&1 &
fi
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
  line=$(grep -m1 -o 'listening on ws://[0-9.]*:[0-9]*' "$WORK/server.log" 2>/dev/null || true)
  if [ -n "$line" ]; then PORT=${line##*:}; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.1
done
[ -n "$PORT" ] || { echo "soak.sh: the server did not start:" >&2; cat "$WORK/server.log" >&2; exit 2; }

{
  if [ "$SERVER" = vv ]; then NAME=$("$SERVER_BIN" --version 2>/dev/null || true); else NAME="Node reference ($(node --version))"; fi
  echo "# $SCENARIO $STAMP: $NAME$([ $SCENARIO = soak ] && echo ", $MINUTES min")"
  echo "# machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$TXT"
ARGS=(--url "ws://127.0.0.1:$PORT/" --server-pid "$SERVER_PID")
[ "$SCENARIO" = soak ] && ARGS+=(--minutes "$MINUTES" --sample "$SAMPLE" --csv "$CSV")
set +e
"$LOAD_BIN" "$SCENARIO" "${ARGS[@]}" "${EXTRA[@]}" 2>&1 | tee -a "$TXT"
rc=${PIPESTATUS[0]}
set -e
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$TXT"
kill -TERM "$SERVER_PID" 2>/dev/null || true
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
if [ "$SCENARIO" = soak ]; then echo "soak.sh: samples in $CSV, output in $TXT"; else echo "soak.sh: output in $TXT"; fi
exit "$rc"
