import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** IPv6 global unicast (2000::/3): outside it nothing is a public internet address. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * Why a webhook may not be sent to this IP address, or null. Over https only public unicast
 * addresses: ipaddr.js names every special range (private, loopback, link-local — which holds the
 * cloud metadata address 169.254.169.254 —, CGNAT — Alibaba Cloud's metadata 100.100.100.200 —,
 * multicast, broadcast, unspecified, reserved, unique-local, NAT64, 6to4, Teredo …), and an
 * IPv4-mapped IPv6 address is judged as the IPv4 address it is. Over plain http only loopback
 * (development and tests).
 */
export function addressProblem(address: string, protocol: "https:" | "http:"): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (protocol === "http:")
    return range === "loopback" ? null : `${address} is not loopback (plain http is for development only)`;
  const isPublic = range === "unicast" && (ip.kind() === "ipv4" || ip.match(GLOBAL_UNICAST_V6));
  return isPublic ? null : `${address} is not a public address (${range})`;
}

/** The host of a URL as an IP literal (brackets removed), or null if it is a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

/** Every address a name resolves to, as the HTTP client would look it up (getaddrinfo). */
export const resolveAll: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * The lookup the delivery's HTTP connection uses: it resolves the name and refuses the connection
 * if any address is not allowed. The check is on the very addresses connected to, so a name that
 * resolved to a public address at registration and to an internal one now (DNS rebinding) fails.
 */
export function guardedLookup(protocol: "https:" | "http:", resolve: Resolve = resolveAll): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const problem = addresses.length === 0 ? `${hostname} has no address` : null;
        const refused = problem ?? addresses.map((a) => addressProblem(a.address, protocol)).find(Boolean);
        if (refused) {
          const error: NodeJS.ErrnoException = new Error(`webhook address refused: ${refused}`);
          error.code = "EWEBHOOKADDRESS";
          return callback(error, "", 0);
        }
        const family = familyOf(options.family);
        const usable = addresses.filter((a) => family === 0 || a.family === family);
        if (options.all) return callback(null, usable);
        const first = usable[0];
        if (!first) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} has no IPv${family} address`);
          error.code = "ENOTFOUND";
          return callback(error, "", 0);
        }
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

const familyOf = (family: number | string | undefined) =>
  family === 4 || family === "IPv4" ? 4 : family === 6 || family === "IPv6" ? 6 : 0;
