#!/bin/sh
# Registers a key of your own for the demo bank cli_demo_bank, as the demo's system administrator
# would. Run in portal/examples/node: create-key.mjs writes the private key to PRIVATE_KEY_FILE.
set -eu
POWERCARD_URL="${POWERCARD_URL:-http://127.0.0.1:3000}"
PRIVATE_KEY_FILE="${PRIVATE_KEY_FILE:-partner-key.json}"
ADMIN_TOKEN=$(curl -s "$POWERCARD_URL/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"powercard-demo-only"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
curl -s "$POWERCARD_URL/v1/channel-clients/cli_demo_bank/keys" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d "{\"jwk\":$(node create-key.mjs "$PRIVATE_KEY_FILE")}"
echo
