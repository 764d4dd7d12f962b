#!/bin/sh
# The server tools, run in the built checkout with the server's configuration (DATABASE_URL or
# DATA_DIR, NODE_ENV …): the first system administrator, a channel client, the audit chain.
set -eu
node api/dist/create-admin.js --username admin --unit ZJ   # = npm run admin:create -- …
node api/dist/create-client.js --name "95598 语音" --channel ivr
node api/dist/audit-verify.js
