#!/bin/sh
# Powercard partner quickstart with curl and OpenSSL 3: token → preview (whose account?) →
# verify a card → recharge it → survive a timeout. Settings come from the environment:
#   POWERCARD_URL (no trailing slash), CLIENT_ID, PRIVATE_KEY_FILE (from create-key.sh),
#   CARD_NO, PIN, CUSTOMER_NO.
set -eu
RECHARGE_TIMEOUT="${RECHARGE_TIMEOUT:-10}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

# 1. Sign a client assertion (EdDSA). kid is the RFC 7638 thumbprint of your public key.
X=$(openssl pkey -in "$PRIVATE_KEY_FILE" -pubout -outform DER | tail -c 32 | b64url)
KID=$(printf '{"crv":"Ed25519","kty":"OKP","x":"%s"}' "$X" | openssl dgst -sha256 -binary | b64url)
TOKEN_URL="$POWERCARD_URL/v1/oauth/token"
NOW=$(date +%s)
HEADER=$(printf '{"alg":"EdDSA","typ":"JWT","kid":"%s"}' "$KID" | b64url)
CLAIMS=$(printf '{"iss":"%s","sub":"%s","aud":"%s","iat":%s,"exp":%s,"jti":"%s"}' \
  "$CLIENT_ID" "$CLIENT_ID" "$TOKEN_URL" "$NOW" "$((NOW + 120))" "$(openssl rand -hex 16)" | b64url)
printf '%s.%s' "$HEADER" "$CLAIMS" > "$WORK/signing-input"
SIGNATURE=$(openssl pkeyutl -sign -rawin -inkey "$PRIVATE_KEY_FILE" -in "$WORK/signing-input" | b64url)

# 2. Trade it for a 10-minute access token.
ACCESS_TOKEN=$(curl -sS --fail-with-body "$TOKEN_URL" \
  -d grant_type=client_credentials \
  -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \
  -d "client_assertion=$HEADER.$CLAIMS.$SIGNATURE" | field access_token)

# 3. Preview before any money moves: the masked name and address of the customer number and the
#    card's value. Show the name to your customer; go on only when they confirm it.
curl -sS --fail-with-body "$POWERCARD_URL/v1/recharge-previews" \
  -H "Authorization: Bearer $ACCESS_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"customerNo\":\"$CUSTOMER_NO\",\"cardNo\":\"$CARD_NO\"}" > "$WORK/preview.json"
cat "$WORK/preview.json"; echo
grep -q '"canRecharge":true' "$WORK/preview.json"

# 4. Verify the card (the card is not used).
curl -sS --fail-with-body "$POWERCARD_URL/v1/cards/verify" \
  -H "Authorization: Bearer $ACCESS_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"cardNo\":\"$CARD_NO\",\"pin\":\"$PIN\"}"
echo

# 5. Recharge with an Idempotency-Key made once for this recharge (store it with your order).
KEY=$(openssl rand -hex 16)
recharge() {
  curl -sS -o "$WORK/recharge.json" -w '%{http_code}' --max-time "$RECHARGE_TIMEOUT" \
    "$POWERCARD_URL/v1/recharges" \
    -H "Authorization: Bearer $ACCESS_TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $KEY" \
    -d "{\"cardNo\":\"$CARD_NO\",\"pin\":\"$PIN\",\"customerNo\":\"$CUSTOMER_NO\"}"
}
STATUS=$(recharge) || STATUS=timeout

# 6. No answer: the recharge may or may not have happened. Ask by the key; 404 means it did not,
#    so send the same request again with the same key.
if [ "$STATUS" = timeout ]; then
  echo "no answer after $RECHARGE_TIMEOUT s; looking the recharge up by its key"
  LOOKUP=$(curl -sS -o "$WORK/lookup.json" -w '%{http_code}' \
    "$POWERCARD_URL/v1/recharges/by-idempotency-key/$KEY" -H "Authorization: Bearer $ACCESS_TOKEN")
  if [ "$LOOKUP" = 404 ]; then
    STATUS=$(recharge)
  else
    cat "$WORK/lookup.json"; echo
    grep -q '"status":"succeeded"' "$WORK/lookup.json"
    exit
  fi
fi
cat "$WORK/recharge.json"; echo
[ "$STATUS" = 201 ]
