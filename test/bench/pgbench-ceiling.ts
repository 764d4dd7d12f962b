import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Channel } from "@powercard/db";
import type postgres from "postgres";
import { MAX_PIN_ATTEMPTS } from "../../api/src/services/cards/wrong-pin.sql.ts";
import { IDEMPOTENCY_RETENTION_MS } from "../../api/src/services/idempotency/request-fingerprint.ts";
import { FAILURE_LIMITS, FAILURE_OUTCOMES, failureClassOf } from "../../api/src/services/limits/limits.ts";
import { REDEEM_CARD_PARAMS, REDEEM_CARD_SQL } from "../../api/src/services/recharge/redeem-card.sql.ts";
import { RECHARGE_OPERATION } from "../../api/src/services/recharge/redeem-card.ts";
import { BENCH_PIN_KEYS } from "./bench-world.ts";

const PGBENCH = "/usr/bin/pgbench";

export interface PgbenchOptions {
  url: string;
  clientId: string;
  channel: Channel;
  clients: number;
  threads: number;
  seconds: number;
}

export interface PgbenchResult {
  tps: number;
  processed: number;
  failed: number;
  exitCode: number;
  /** Cards that became 'used' during the run: the proof the statement really recharged. */
  usedDelta: number;
  ok: boolean;
  output: string;
}

/**
 * The ceiling: the recharge statement itself, driven by pgbench with no HTTP, no JSON and no
 * Node in the way. Each pgbench transaction is ONE statement — the app's REDEEM_CARD_SQL with its
 * parameters taken from the next row of a preloaded queue — so it does the same database work.
 */
export async function runPgbench(sql: postgres.Sql, options: PgbenchOptions): Promise<PgbenchResult> {
  const dir = await mkdtemp(join(tmpdir(), "pc-bench-"));
  try {
    const script = join(dir, "recharge.sql");
    await writeFile(script, `${pgbenchStatement(options)};\n`);
    const usedBefore = await countUsedCards(sql);
    const { exitCode, output } = await spawnPgbench(options, script);
    const usedDelta = (await countUsedCards(sql)) - usedBefore;
    const processed = matchNumber(output, /number of transactions actually processed: (\d+)/);
    const failed = matchNumber(output, /number of failed transactions: (\d+)/) ?? 0;
    const tps = matchNumber(output, /tps = ([\d.]+) \(without initial connection time\)/);
    const ok = exitCode === 0 && failed === 0 && processed !== undefined && processed === usedDelta;
    return { tps: tps ?? 0, processed: processed ?? 0, failed, exitCode, usedDelta, ok, output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** REDEEM_CARD_SQL with every named parameter replaced by a value from the queue row `q` or computed in SQL. */
export function pgbenchStatement({
  clientId,
  channel,
}: Pick<PgbenchOptions, "clientId" | "channel">): string {
  const fromQueue = (column: string) => `(SELECT ${column} FROM q)`;
  const hashInput = ["card_no", "pin_hmac_hex", "customer_no"].map(fromQueue).join(" || ");
  const params: Record<(typeof REDEEM_CARD_PARAMS.names)[number], string> = {
    cardNo: fromQueue("card_no"),
    customerNo: fromQueue("customer_no"),
    pinKeyIds: `ARRAY[${literal(BENCH_PIN_KEYS.currentKeyId)}]`,
    pinHmacsHex: `ARRAY[${fromQueue("pin_hmac_hex")}]`,
    rechargeId: `('rch_b' || ${fromQueue("n")})`,
    transactionId: `('txn_b' || ${fromQueue("n")})`,
    now: "now()",
    // pgbench would read ":MI" in a to_char() format as a variable, so the ISO text comes from JSON.
    nowIso: "(to_json(now()) #>> '{}')",
    businessDate: "((now() AT TIME ZONE 'Asia/Shanghai')::date)",
    channel: literal(channel),
    clientId: literal(clientId),
    idempotencyKey: `('pgb-' || ${fromQueue("n")})`,
    requestHash: `encode(sha256(convert_to(${literal(RECHARGE_OPERATION)} || ${hashInput}, 'UTF8')), 'hex')`,
    requestId: `('req_b' || ${fromQueue("n")})`,
    maxPinAttempts: String(MAX_PIN_ATTEMPTS),
    keyExpiresAt: `(now() + interval '${IDEMPOTENCY_RETENTION_MS} milliseconds')`,
    // No clerk or outlet for a channel client, one audit event id per attempt, the actor kind.
    clerkId: "NULL::text",
    outletUnitId: "NULL::text",
    auditEventId: `('aud_b' || ${fromQueue("n")})`,
    actorKind: "'client'",
    // The webhook event id (no event is written: the bench client has no webhook URL).
    webhookEventId: `('evt_b' || ${fromQueue("n")})`,
    // The customer's failure limit: its class for this channel, the limit, the window, the failures.
    failureClass: literal(failureClassOf(channel) ?? ""),
    customerFailureLimit: String(FAILURE_LIMITS.customer.max),
    failureWindowStart: `to_timestamp(floor(extract(epoch FROM now()) / ${FAILURE_LIMITS.customer.windowSeconds}) * ${FAILURE_LIMITS.customer.windowSeconds})`,
    failureOutcomes: `ARRAY[${[...FAILURE_OUTCOMES].map(literal).join(", ")}]::text[]`,
  };
  // Each $n of the statement is the n-th named parameter (statement-params.ts).
  const body = REDEEM_CARD_SQL.replace(/\$(\d+)/g, (_, n: string) => {
    const name = REDEEM_CARD_PARAMS.names[Number(n) - 1];
    if (name === undefined)
      throw new Error(`REDEEM_CARD_SQL has a parameter $${n} the benchmark does not know`);
    return `(${params[name]})`;
  });
  // `(SELECT nextval(...))` is an InitPlan: evaluated once, then an index lookup on n.
  const queue =
    "q AS (SELECT n, card_no, pin_hmac_hex, customer_no FROM bench_queue WHERE n = (SELECT nextval('bench_seq')))";
  return body.replace(/^\s*WITH\s/, `WITH\n${queue},\n`).trim();
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function countUsedCards(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM cards WHERE state = 'used'`;
  return row?.n ?? 0;
}

function spawnPgbench(
  options: PgbenchOptions,
  script: string,
): Promise<{ exitCode: number; output: string }> {
  const url = new URL(options.url);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username) || "postgres",
    PGDATABASE: url.pathname.slice(1),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
  };
  const args = ["-n", "-M", "prepared", "-c", String(options.clients), "-j", String(options.threads)];
  args.push("-T", String(options.seconds), "-f", script);
  return new Promise((resolve, reject) => {
    const child = spawn(PGBENCH, args, { env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? -1, output }));
  });
}

function matchNumber(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
