// `npm run client:create -- --name "某银行" --channel partner [--unit unt_…] [--operations a,b]`
// Registers a channel client and prints its API key once (our own channels only; partners use
// OAuth with a registered key); only the key's hash is stored. The client may do only the
// operations listed (none if omitted; grant more later with PATCH /v1/channel-clients/{id}).
import { parseArgs } from "node:util";
import {
  CHANNELS,
  type Channel,
  CLIENT_OPERATIONS,
  type ClientOperation,
  channelClients,
} from "@powercard/db";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "../src/services/channels/api-keys.ts";
import { newId } from "../src/shared/ids.ts";
import { openConfiguredDb } from "./open-configured-db.ts";

const { values } = parseArgs({
  options: {
    name: { type: "string" },
    channel: { type: "string" },
    unit: { type: "string" },
    operations: { type: "string" },
  },
});
const operations = (values.operations ?? "").split(",").filter(Boolean);
const unknown = operations.filter((op) => !CLIENT_OPERATIONS.includes(op as ClientOperation));
if (!values.name || !CHANNELS.includes(values.channel as Channel) || unknown.length > 0) {
  console.error(
    `usage: npm run client:create -- --name NAME --channel ${CHANNELS.join("|")} [--unit UNIT_ID] ` +
      `[--operations ${CLIENT_OPERATIONS.join(",")}]` +
      (unknown.length > 0 ? `\nunknown operations: ${unknown.join(", ")}` : ""),
  );
  process.exit(2);
}

const db = await openConfiguredDb();
try {
  const apiKey = generateApiKey();
  const id = newId.channelClient();
  const allowedOperations = [...new Set(operations as ClientOperation[])];
  await db.orm.insert(channelClients).values({
    id,
    name: values.name,
    channel: values.channel as Channel,
    unitId: values.unit ?? null,
    allowedOperations,
    apiKeyHash: hashApiKey(apiKey),
    apiKeyPrefix: apiKeyPrefix(apiKey),
    createdAt: new Date(),
  });
  const granted = `operations: ${allowedOperations.join(", ") || "none (grant them with PATCH /v1/channel-clients/{id})"}`;
  // A partner's API key would be refused: it authenticates with a registered public key instead.
  console.log(
    values.channel === "partner"
      ? `client ${id} (partner) created; ${granted}.\nRegister its public key (POST /v1/channel-clients/${id}/keys); ` +
          "it then gets access tokens from POST /v1/oauth/token with private_key_jwt."
      : `client ${id} (${values.channel}) created; ${granted}.\nAPI key (shown once, store it safely): ${apiKey}`,
  );
} finally {
  await db.close();
}
