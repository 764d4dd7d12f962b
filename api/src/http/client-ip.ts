import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The peer of the TCP connection, or undefined when there is none (requests built in-process). */
export function socketAddress(c: Context): string | undefined {
  try {
    return normalizeAddress(getConnInfo(c).remote.address);
  } catch {
    return undefined;
  }
}

/**
 * The caller's IP address. With no proxy trusted (TRUST_PROXY unset, the default) it is the
 * socket's peer and X-Forwarded-For is ignored, since anyone can write it. With `trustedHops` = n
 * proxies of ours in front, it is the n-th address from the right of X-Forwarded-For: each of our
 * proxies appends the peer it saw, so that entry was written by our outermost proxy, and whatever
 * stands left of it came from the client.
 */
export function clientAddress(c: Context, trustedHops: number): string | undefined {
  const socket = socketAddress(c);
  if (trustedHops <= 0) return socket;
  const chain = (c.req.header("X-Forwarded-For") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = chain[Math.max(0, chain.length - trustedHops)];
  const forwarded = entry === undefined ? undefined : normalizeAddress(entry);
  return forwarded ?? socket;
}

/** "::ffff:203.0.113.9" → "203.0.113.9"; "203.0.113.9:443" and "[2001:db8::1]:443" lose the port; junk → undefined. */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : undefined;
}

/**
 * What one "address" is for a limit: an IPv4 address, or an IPv6 /64 — the smallest network a
 * subscriber is given, so counting per IPv6 address would let one household have 2^64 of them.
 */
export function limitKeyForAddress(address: string | undefined): string {
  if (!address) return "unknown";
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

export const isLoopback = (address: string | undefined) =>
  address !== undefined && (address === "::1" || /^127\./.test(address));

function expandIpv6(address: string): string[] | null {
  if (address.includes(".")) return null; // embedded IPv4: rare enough to count as a whole address
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined && missing !== 0) return null;
  const groups = [...left, ...Array<string>(Math.max(0, missing)).fill("0"), ...right];
  return groups.map((g) => (Number.parseInt(g || "0", 16) || 0).toString(16));
}
