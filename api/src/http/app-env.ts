import type { Db, PinKeyring } from "@powercard/db";
import type { Logger } from "pino";
import type { DecisionPolicy } from "../services/approvals/decision-policy.ts";
import { DEFAULT_REVERSAL_WINDOW_DAYS } from "../services/corrections/reversal-window.ts";
import type { Limiter } from "../services/limits/limiter.ts";
import type { WebhookPolicy } from "../services/webhooks/webhook-policy.ts";
import type { Principal } from "../shared/auth/principal.ts";
import type { SigningKeyring } from "../shared/auth/signing-keys.ts";
import type { AdmissionLimits } from "./admission-control.ts";
import type { DatabaseWatch } from "./database-watch.ts";
import type { ReplicaReads } from "./replica-reads.ts";

/** What createApp needs from the outside world; tests build their own. */
export interface AppDeps {
  db: Db;
  pinKeys: PinKeyring;
  /** The keys that sign and verify staff access tokens. */
  signingKeys: SigningKeyring;
  logger: Logger;
  /** The clock, so tests can pin business days and token expiry. */
  now?: () => Date;
  /**
   * The API's public origin (https://api.example.cn): the token endpoint's `aud` is this +
   * /v1/oauth/token. From configuration (PUBLIC_BASE_URL, or in development where the server
   * listens: a function, as the port is known once listening), never from the request's Host.
   */
  publicBaseUrl: string | (() => string);
  /** Proxies of ours in front (TRUST_PROXY): how many X-Forwarded-For entries to trust; 0 = none. */
  trustProxy?: number;
  /** METRICS_TOKEN: when set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Cards per encrypted card file (default 200,000); tests set it small to see several files. */
  cardsPerFile?: number;
  /** Where partners' webhooks may go; absent, the production rule (https to public addresses only). */
  webhookPolicy?: WebhookPolicy;
  /** REQUEST_TIMEOUT_MS: a /v1 request still running then is answered 503 (default 30 s). */
  requestTimeoutMs?: number;
  /**
   * How many /v1 requests this instance takes on at once; beyond them 503 `overloaded`
   * (http/admission-control.ts). The server sets it from DB_POOL_SIZE and ADMISSION_*; absent
   * (tests that do not test it), every request is admitted.
   */
  admission?: AdmissionLimits;
  /** CLIENT_CACHE_MS: how long a looked-up channel client is kept (services/channels/authenticate-client.ts). */
  clientCacheMs?: number;
  /** REVERSAL_WINDOW_DAYS: how long after a credit a reversal case may be opened (default 30). */
  reversalWindowDays?: number;
  /**
   * A streaming replica (DATABASE_REPLICA_URL, a read-only pool) for the routes declared
   * `staleReads`, read while at most `maxLagMs` behind (http/replica-reads.ts). Absent, those
   * routes read the primary too.
   */
  replica?: { db: Db; maxLagMs?: number /** Tests only (replica-reads.ts). */; lagCacheMs?: number };
  /** Whether the database is reachable; createApp makes one when absent. */
  database?: DatabaseWatch;
}

/** The settings a decision on an approval may need (the reversal window), from the deps. */
export const decisionPolicyOf = (deps: AppDeps): DecisionPolicy => ({
  reversalWindowDays: deps.reversalWindowDays ?? DEFAULT_REVERSAL_WINDOW_DAYS,
});

export interface AppEnv {
  Variables: {
    requestId: string;
    principal?: Principal;
    errorCode?: string;
    /** The app's limits (services/limits), put there by createApp. */
    limits: Limiter;
    /** Where stale-allowed reads go (http/replica-reads.ts), put there by createApp. */
    replicaReads: ReplicaReads;
    /** Set on the routes declared `staleReads` (http/stale-reads.ts). */
    staleReadsAllowed?: boolean;
  };
}
