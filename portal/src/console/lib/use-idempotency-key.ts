import { useRef } from "react";

/**
 * The Idempotency-Key of one money-moving action, kept for as long as its input stays the same:
 * a double click, or a retry after a timeout, sends the same key and the API answers the first
 * result instead of moving money twice. Changing the input (a different range, card or customer)
 * starts a new key; so does `renew()` after the clerk moves on to the next customer.
 */
export function useIdempotencyKey(input: unknown): { key: string; renew(): void } {
  const current = useRef<{ input: string; key: string } | null>(null);
  const fingerprint = JSON.stringify(input);
  if (current.current?.input !== fingerprint) current.current = { input: fingerprint, key: newKey() };
  return {
    key: current.current.key,
    renew() {
      current.current = null;
    },
  };
}

const newKey = () => `console-${crypto.randomUUID()}`;
