#!/bin/sh
# Creates your signing key (Ed25519) with OpenSSL 3 and prints the public JWK to send to the
# utility. Keep the .pem file secret, on your servers only.  Usage: sh create-key.sh partner-key.pem
set -eu
KEY_FILE="${1:-partner-key.pem}"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

(umask 077 && openssl genpkey -algorithm ed25519 -out "$KEY_FILE")
# The raw public key is the last 32 bytes of its DER encoding.
X=$(openssl pkey -in "$KEY_FILE" -pubout -outform DER | tail -c 32 | b64url)
printf '{"kty":"OKP","crv":"Ed25519","x":"%s"}\n' "$X"
