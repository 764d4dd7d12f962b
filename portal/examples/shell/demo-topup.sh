#!/bin/sh
# A top-up as the demo bank, with TOKEN=$(npm run -s demo:token) and a demo customer number.
set -eu
POWERCARD_URL="${POWERCARD_URL:-http://127.0.0.1:3000}"
CUSTOMER_NO="${CUSTOMER_NO:-3301000001}"
curl -s -X POST "$POWERCARD_URL/v1/topups" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuidgen 2>/dev/null || date +%s%N)" \
  -d "{\"customerNo\":\"$CUSTOMER_NO\",\"amountFen\":5000,\"partnerReference\":\"DEMO-0001\"}"
echo
