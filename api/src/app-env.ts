import type { Db, PinKeyring } from "@powercard/db";
import type { Logger } from "pino";
import type { Caller, Principal } from "./lib/auth/principal.ts";
import type { SigningKeyring } from "./lib/auth/signing-keys.ts";

/** What createApp needs from the outside world; tests build their own. */
export interface AppDeps {
  db: Db;
  pinKeys: PinKeyring;
  /** The keys that sign and verify staff access tokens. */
  signingKeys: SigningKeyring;
  logger: Logger;
  /** The clock, so tests can pin business days and token expiry. */
  now?: () => Date;
}

/** Everything a service needs to act for one request. */
export interface ServiceContext {
  db: Db;
  pinKeys: PinKeyring;
  signingKeys: SigningKeyring;
  now: Date;
  requestId: string;
  /** The authenticated principal (absent on public routes). */
  actor: Principal;
  /** The actor seen as a recharge channel. */
  caller: Caller;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    principal?: Principal;
    errorCode?: string;
  };
}
