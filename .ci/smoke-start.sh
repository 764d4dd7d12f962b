#!/usr/bin/env bash
# Starts `npm start` on PGlite in a temp folder: it builds the portal and the API bundle (turbo,
# cached) and runs the built server, node api/dist/server.js, as production does. Recharges the
# first demo card from the banner over HTTP, fetches the portal's pages, stops the server, then
# runs the built operator tools on the same data. Fails loudly on anything unexpected.
set -euo pipefail
DATA_DIR="$(mktemp -d)"
LOG="$DATA_DIR/start.log"
PORT="${SMOKE_PORT:-38080}"
cleanup() {
  # The server runs in its own process group (setsid): stop npm and everything it started.
  if [[ -n "${PID:-}" ]]; then kill -TERM -- "-$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

setsid env -u DATABASE_URL DATA_DIR="$DATA_DIR" PORT="$PORT" npm start >"$LOG" 2>&1 &
PID=$!
# The first start on a fresh clone builds the portal first (minutes on a slow machine); stop
# waiting if the server died.
for _ in $(seq 1 600); do
  if grep -q "Try it:" "$LOG" || ! kill -0 "$PID" 2>/dev/null; then break; fi
  sleep 1
done
grep -q "Try it:" "$LOG" || { echo "server did not start:"; cat "$LOG"; exit 1; }
pgrep -f -g "$PID" "dist/server\.js" >/dev/null || { echo "npm start is not running the built server"; exit 1; }

CARD=$(grep -m1 -oE 'card +[0-9 ]{19}' "$LOG" | sed -E 's/card +//; s/ //g')
PIN=$(grep -m1 -oE 'PIN [0-9]{16}' "$LOG" | cut -d' ' -f2)
CUSTOMER=$(grep -m1 -oE 'customers +[0-9]{10}' "$LOG" | awk '{print $2}')
KEY=$(grep -m1 -oE 'api key +counter +[^ ]+' "$LOG" | awk '{print $4}')
STATUS=$(curl -s -o "$DATA_DIR/out.json" -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/v1/recharges" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-$$" \
  -d "{\"cardNo\":\"$CARD\",\"pin\":\"$PIN\",\"customerNo\":\"$CUSTOMER\"}")
cat "$DATA_DIR/out.json"; echo
[[ "$STATUS" == "201" ]] || { echo "recharge answered $STATUS"; cat "$LOG"; exit 1; }
echo "smoke recharge OK"

# The portal is served on the same origin: the recharge page and the docs.
for path in /recharge /en/recharge / /quickstart/; do
  CODE=$(curl -s -o "$DATA_DIR/page.html" -w '%{http_code}' "http://127.0.0.1:$PORT$path")
  [[ "$CODE" == "200" ]] && grep -q '<html' "$DATA_DIR/page.html" || { echo "GET $path answered $CODE"; exit 1; }
done
grep -q "Recharge page" "$LOG" || { echo "the banner does not show the recharge page"; exit 1; }
echo "smoke portal OK"

# The built tools, on the data the server left (PGlite is single-process: the server stops first).
kill -TERM -- "-$PID"; wait "$PID" 2>/dev/null || true; PID=
DATA_DIR="$DATA_DIR" node api/dist/migrate.js
DATA_DIR="$DATA_DIR" node api/dist/audit-verify.js
echo "smoke built tools OK"
