import type { Db, PinKeyring } from "@powercard/db";
import type { Logger } from "pino";
import type { AuthenticatedClient } from "./services/channels/authenticate-client.ts";

/** What createApp needs from the outside world; tests build their own. */
export interface AppDeps {
  db: Db;
  pinKeys: PinKeyring;
  logger: Logger;
  /** The clock, so tests can pin business days. */
  now?: () => Date;
}

/** Everything a service needs to act for one request. */
export interface ServiceContext {
  db: Db;
  pinKeys: PinKeyring;
  now: Date;
  requestId: string;
  client: AuthenticatedClient;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    client?: AuthenticatedClient;
    errorCode?: string;
  };
}
