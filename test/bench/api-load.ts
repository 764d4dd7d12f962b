import autocannon from "autocannon";
import type { ApiCard } from "./bench-world.ts";

export interface LoadOptions {
  url: string;
  apiKey: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  succeeded: number;
  /** Successful recharges per second over the run. */
  rate: number;
  p50: number;
  p99: number;
  /** Non-2xx responses, socket errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  /** True when the run needed more cards than were loaded (its last requests reused a card). */
  ranOutOfCards: boolean;
}

/** Hands out each loaded card once, across warm-up and measured runs. */
export class CardDispenser {
  private next = 0;
  private keySerial = 0;
  ranOut = false;

  constructor(private readonly cards: ApiCard[]) {}

  take(): ApiCard {
    const card = this.cards[this.next];
    if (card) {
      this.next++;
      return card;
    }
    this.ranOut = true;
    const last = this.cards.at(-1);
    if (!last) throw new Error("no cards loaded");
    return last;
  }

  idempotencyKey(): string {
    return `bench-${process.pid}-${this.keySerial++}`;
  }
}

/**
 * Fires POST /v1/recharges, each request with the next unused card and a fresh Idempotency-Key.
 * Latencies are recorded from autocannon's per-response event in fractional milliseconds (its
 * own histogram rounds to whole ms, too coarse for p99/p50 at a few ms).
 */
export function driveRecharges(dispenser: CardDispenser, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const ranOutBefore = dispenser.ranOut;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            method: "POST",
            path: "/v1/recharges",
            setupRequest: (request) => {
              const card = dispenser.take();
              return {
                ...request,
                headers: {
                  Authorization: `Bearer ${options.apiKey}`,
                  "Content-Type": "application/json",
                  "Idempotency-Key": dispenser.idempotencyKey(),
                },
                body: card.body,
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
        );
        resolve({
          succeeded: result["2xx"],
          rate: result["2xx"] / result.duration,
          p50: percentile(latencies, 0.5),
          p99: percentile(latencies, 0.99),
          errors: result.non2xx + result.errors + result.timeouts,
          statusCodes,
          ranOutOfCards: dispenser.ranOut && !ranOutBefore,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  });
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
