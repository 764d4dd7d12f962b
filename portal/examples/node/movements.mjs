// Powercard for the marketing system (营销系统): read the movement feed with a cursor, then check
// a day's signed movement file. Node 20+ and `npm install jose`. Settings from the environment:
//   POWERCARD_URL   e.g. https://api.example.com (no trailing slash)
//   API_KEY         the marketing system's API key (granted movements:read)
//   STATE_DIR       where the cursor and the stored movements are kept between runs
//   DATE            the Asia/Shanghai business day whose file to check, e.g. 2026-11-26
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compactVerify, createRemoteJWKSet } from "jose";

const { POWERCARD_URL, API_KEY, STATE_DIR, DATE } = process.env;
const headers = { Authorization: `Bearer ${API_KEY}` };
const cursorFile = join(STATE_DIR, "cursor");
const storeFile = join(STATE_DIR, "movements.jsonl");
await mkdir(STATE_DIR, { recursive: true });

// 1. The cursor loop. Store a page first, then its `next`: a crash in between replays that page,
//    and the movement id + leg tells a replayed movement from a new one.
let after = Number(await readFile(cursorFile, "utf8").catch(() => "0"));
let read = 0;
for (;;) {
  const res = await fetch(`${POWERCARD_URL}/v1/movements?after=${after}&limit=500`, { headers });
  if (!res.ok) throw new Error(`feed: ${res.status} ${await res.text()}`);
  const page = await res.json();
  if (page.data.length === 0) break; // Nothing new: a real reader sleeps a few seconds and asks again.
  await appendFile(storeFile, page.data.map((m) => `${JSON.stringify(m)}\n`).join(""));
  await writeFile(cursorFile, String(page.next));
  after = page.next;
  read += page.data.length;
}
console.log(`read ${read} new movements, next after ${after}`);

// 2. The day's file: verify Powercard's signature against its published keys, check its type,
//    then recompute its totals from its lines.
const fileRes = await fetch(`${POWERCARD_URL}/v1/movements/files/${DATE}`, { headers });
if (!fileRes.ok) throw new Error(`file: ${fileRes.status} ${await fileRes.text()}`);
const keys = createRemoteJWKSet(new URL(`${POWERCARD_URL}/.well-known/jwks.json`));
const { payload, protectedHeader } = await compactVerify(await fileRes.text(), keys, {
  algorithms: ["EdDSA"],
});
if (protectedHeader.typ !== "powercard-movements+jws")
  throw new Error(`not a movement file: ${protectedHeader.typ}`);
const file = JSON.parse(new TextDecoder().decode(payload));
const net = file.movements.reduce((sum, m) => sum + m.amountFen, 0);
if (net !== file.totals.netFen || file.movements.length !== file.totals.count)
  throw new Error("the file's totals do not match its movements");

// 3. Every movement of the file up to our cursor is one we stored from the feed (the file may
//    be newer than our last read: what lies beyond the cursor comes with the next read).
const stored = new Map(
  (await readFile(storeFile, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((m) => [`${m.movementId}/${m.leg}`, m]),
);
const missing = file.movements.filter(
  (m) => m.position <= after && stored.get(`${m.movementId}/${m.leg}`)?.amountFen !== m.amountFen,
);
if (missing.length > 0)
  throw new Error(`${missing.length} movements of the file were not read from the feed yet`);
console.log(
  `file ${file.businessDate}: ${file.totals.count} movements, net ${file.totals.netFen} fen, ` +
    `final ${file.final}, signature and totals verified`,
);
