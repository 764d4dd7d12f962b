#!/bin/sh
# At the manufacturer, once, in a Powercard checkout (npm resolves ./mfr-keys against its root):
# private JWKs (mode 0600) and registration.json to send to the issuer.
set -eu
npm run manufacturer -- keygen --out ./mfr-keys
