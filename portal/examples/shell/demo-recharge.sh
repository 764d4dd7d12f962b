#!/bin/sh
# The local demo (`npm start`): the demo bank's token, a preview, a recharge. Run in the checkout,
# with a card, its PIN and a customer number from the start banner in CARD_NO, PIN, CUSTOMER_NO.
set -eu
POWERCARD_URL="${POWERCARD_URL:-http://127.0.0.1:3000}"
TOKEN=$(npm run -s demo:token -- --url "$POWERCARD_URL")
curl -s "$POWERCARD_URL/v1/recharge-previews" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d "{\"customerNo\":\"$CUSTOMER_NO\",\"cardNo\":\"$CARD_NO\"}"
echo
curl -s "$POWERCARD_URL/v1/recharges" -H "Authorization: Bearer $TOKEN" \
  -H "Idempotency-Key: $(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)" \
  -H 'Content-Type: application/json' -d "{\"cardNo\":\"$CARD_NO\",\"pin\":\"$PIN\",\"customerNo\":\"$CUSTOMER_NO\"}"
echo
