import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import {
  type AdmissionLimits,
  createApp,
  DEVELOPMENT_WEBHOOK_POLICY,
  type WebhookPolicy,
} from "@powercard/api";
import type { Db } from "@powercard/db";
import pino from "pino";
import { TEST_PIN_KEYS, TEST_SIGNING_KEYS } from "./fixtures.ts";

export function buildApp(
  db: Db,
  options: {
    now?: () => Date;
    trustProxy?: number;
    metricsToken?: string;
    logger?: pino.Logger;
    cardsPerFile?: number;
    /** The token endpoint's audience origin: `app.request`'s default origin unless given. */
    publicBaseUrl?: string | (() => string);
    /** Default: development's (loopback receivers allowed), as the tests' receivers are. */
    webhookPolicy?: WebhookPolicy;
    /** Admission limits (http/admission-control.ts); absent, every request is admitted. */
    admission?: AdmissionLimits;
    /** REVERSAL_WINDOW_DAYS (default 30). */
    reversalWindowDays?: number;
    /** CLIENT_CACHE_MS (default 2 s). */
    clientCacheMs?: number;
    /** A streaming replica for the routes declared `staleReads` (DATABASE_REPLICA_URL). */
    replica?: { db: Db; maxLagMs?: number; lagCacheMs?: number };
  } = {},
) {
  return createApp({
    db,
    pinKeys: TEST_PIN_KEYS,
    signingKeys: TEST_SIGNING_KEYS,
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    now: options.now,
    trustProxy: options.trustProxy,
    metricsToken: options.metricsToken,
    cardsPerFile: options.cardsPerFile,
    publicBaseUrl: options.publicBaseUrl ?? "http://localhost",
    webhookPolicy: options.webhookPolicy ?? DEVELOPMENT_WEBHOOK_POLICY,
    admission: options.admission,
    reversalWindowDays: options.reversalWindowDays,
    clientCacheMs: options.clientCacheMs,
    replica: options.replica,
  });
}

export interface CallOptions {
  /** An API key of one of our own channels (counter, IVR, SMS, web), sent as the bearer. */
  apiKey?: string;
  /** An access token (a partner's or staff's), sent as the bearer. */
  token?: string;
  body?: unknown;
  /** A raw body string, sent as is (for malformed JSON and size tests). */
  rawBody?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** Builds a Request-like init for the API's conventions (bearer key, JSON, Idempotency-Key). */
export function requestInit(method: string, options: CallOptions = {}): RequestInit {
  const headers: Record<string, string> = { ...options.headers };
  const bearer = options.token ?? options.apiKey;
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (options.idempotencyKey !== undefined) headers["Idempotency-Key"] = options.idempotencyKey;
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    body = options.rawBody ?? JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  return { method, headers, body };
}

/** A real HTTP server on a free loopback port. */
export async function startServer(
  app: ReturnType<typeof buildApp>,
): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
