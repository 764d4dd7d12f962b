import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { ApiCard } from "./bench-world.ts";

export interface LoadOptions {
  url: string;
  apiKey: string;
  connections: number;
  seconds: number;
  /** The cards this run may use, each once; no other run gets them. */
  cards: ApiCard[];
  /** Makes this run's Idempotency-Keys unique across runs. */
  name: string;
}

export interface LoadResult {
  /** Which load generator drove the run. */
  generator: LoadGenerator;
  succeeded: number;
  /** Successful recharges per second over the run. */
  rate: number;
  p50: number;
  p99: number;
  /** Non-2xx responses, socket errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  /** True when the run sent more requests than it had cards (the excess reused a card). */
  ranOutOfCards: boolean;
  /** CPU the generator used, in ms, when it runs outside this process (wrk); else undefined. */
  generatorCpuMs?: number;
}

export type LoadGenerator = "wrk" | "autocannon";

const SETUP_REQUEST = fileURLToPath(new URL("./next-recharge.cjs", import.meta.url));

/**
 * Fires POST /v1/recharges, each request with the next unused card and a fresh Idempotency-Key.
 * autocannon runs in one worker thread so the load generator does not share the API's event
 * loop; the request builder is therefore a file (next-recharge.cjs) and gets the cards through
 * autocannon's options.
 */
export function driveRechargesWithAutocannon(options: LoadOptions): Promise<LoadResult> {
  const bench = {
    apiKey: options.apiKey,
    keyPrefix: `bench-${options.name}-${process.pid}`,
    bodies: options.cards.map((c) => c.body),
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        workers: 1,
        requests: [{ method: "POST", path: "/v1/recharges", setupRequest: SETUP_REQUEST }],
        // Read by next-recharge.cjs in the worker; autocannon passes its options through.
        ...({ bench } as object),
      },
      (error, result) => {
        if (error) return reject(error);
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
        );
        resolve({
          generator: "autocannon",
          succeeded: result["2xx"],
          rate: result["2xx"] / result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.non2xx + result.errors + result.timeouts,
          statusCodes,
          ranOutOfCards: result.requests.sent > options.cards.length,
        });
      },
    );
  });
}
