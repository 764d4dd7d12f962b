import type { Db, PinKeyring } from "@powercard/db";
import type { Caller, Principal } from "../shared/auth/principal.ts";
import type { SigningKeyring } from "../shared/auth/signing-keys.ts";

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
