#!/bin/sh
# At the manufacturer, for each card file: verify, decrypt and check order.jwe, then write the
# print file and ack.jws, the acknowledgement the issuer uploads. POWERCARD_URL: the utility's.
set -eu
POWERCARD_URL="${POWERCARD_URL:-https://powercard.example}"
npm run manufacturer -- open --file order.jwe --keys ./mfr-keys \
  --jwks "$POWERCARD_URL/.well-known/jwks.json" --out print.csv --ack ack.jws
