// `npm run client:create -- --name "某银行" --channel partner [--unit unt_…]`
// Registers a channel client and prints its API key once (our own channels only; partners use
// OAuth with a registered key); only the key's hash is stored.
import { parseArgs } from "node:util";
import { CHANNELS, type Channel, channelClients } from "@powercard/db";
import { newId } from "../src/lib/ids.ts";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "../src/services/channels/api-keys.ts";
import { openConfiguredDb } from "./open-configured-db.ts";

const { values } = parseArgs({
  options: { name: { type: "string" }, channel: { type: "string" }, unit: { type: "string" } },
});
if (!values.name || !CHANNELS.includes(values.channel as Channel)) {
  console.error(
    `usage: npm run client:create -- --name NAME --channel ${CHANNELS.join("|")} [--unit UNIT_ID]`,
  );
  process.exit(2);
}

const db = await openConfiguredDb();
try {
  const apiKey = generateApiKey();
  const id = newId.channelClient();
  await db.orm.insert(channelClients).values({
    id,
    name: values.name,
    channel: values.channel as Channel,
    unitId: values.unit ?? null,
    apiKeyHash: hashApiKey(apiKey),
    apiKeyPrefix: apiKeyPrefix(apiKey),
    createdAt: new Date(),
  });
  // A partner's API key would be refused: it authenticates with a registered public key instead.
  console.log(
    values.channel === "partner"
      ? `client ${id} (partner) created.\nRegister its public key (POST /v1/channel-clients/${id}/keys); ` +
          "it then gets access tokens from POST /v1/oauth/token with private_key_jwt."
      : `client ${id} (${values.channel}) created.\nAPI key (shown once, store it safely): ${apiKey}`,
  );
} finally {
  await db.close();
}
