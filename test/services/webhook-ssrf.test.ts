import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { addressProblem, guardedLookup } from "../../api/src/services/webhooks/webhook-address.ts";
import {
  DEVELOPMENT_WEBHOOK_POLICY,
  STRICT_WEBHOOK_POLICY,
  webhookPolicy,
} from "../../api/src/services/webhooks/webhook-policy.ts";
import { resolvedWebhookUrlProblem, webhookUrlProblem } from "../../api/src/services/webhooks/webhook-url.ts";

const DEV = DEVELOPMENT_WEBHOOK_POLICY;

/**
 * Webhook SSRF: a partner's endpoint may not be, or resolve to, an address inside our network or
 * the cloud's (IPv4 and IPv6, IPv4-mapped IPv6 included); plain http only to loopback, and only
 * outside production; in any environment an origin the operator named.
 */
const INTERNAL = [
  "10.1.2.3", // private
  "172.16.0.1",
  "192.168.1.1",
  "127.0.0.1", // loopback
  "127.8.8.8",
  "169.254.169.254", // link-local: the cloud metadata address
  "100.100.100.200", // CGNAT: Alibaba Cloud's metadata address
  "100.64.0.1",
  "0.0.0.0", // unspecified
  "0.1.2.3",
  "255.255.255.255", // broadcast
  "224.0.0.1", // multicast
  "240.0.0.1", // reserved
  "::1",
  "::",
  "fe80::1",
  "fd00:ec2::254", // unique-local: AWS's IPv6 metadata address
  "ff02::1",
  "::ffff:127.0.0.1", // IPv4-mapped
  "::ffff:10.0.0.1",
  "::ffff:169.254.169.254",
  "::7f00:1", // IPv4-compatible (deprecated)
  "64:ff9b::a00:1", // NAT64 of 10.0.0.1
  "2002:a00:1::", // 6to4 of 10.0.0.1
];
const PUBLIC = ["8.8.8.8", "203.119.25.1", "2400:3200::1", "2001:4860:4860::8888", "::ffff:8.8.8.8"];

const resolvingTo =
  (...addresses: string[]) =>
  async (): Promise<LookupAddress[]> =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("addressProblem", () => {
  it.each(INTERNAL)("refuses %s over https", (address) => {
    expect(addressProblem(address, "https:")).toMatch(/is not a public address/);
  });
  it.each(PUBLIC)("accepts %s over https", (address) => {
    expect(addressProblem(address, "https:")).toBeNull();
  });
  it("allows plain http to loopback only", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"])
      expect(addressProblem(address, "http:")).toBeNull();
    for (const address of ["8.8.8.8", "10.0.0.1", "169.254.169.254"])
      expect(addressProblem(address, "http:")).toMatch(/not loopback/);
  });
});

describe("webhookUrlProblem (IP literals, without DNS)", () => {
  it("refuses https URLs whose host is an internal address, however it is written", () => {
    for (const url of [
      "https://10.0.0.1/hooks",
      "https://169.254.169.254/latest/meta-data/",
      "https://127.0.0.1:8443/",
      "https://0x7f.1/", // = 127.0.0.1 once the URL is parsed
      "https://2130706433/", // = 127.0.0.1
      "https://[::1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[fd00:ec2::254]/",
      "https://100.100.100.200/",
    ])
      for (const policy of [STRICT_WEBHOOK_POLICY, DEV])
        expect(webhookUrlProblem(url, policy), url).toMatch(/internal address/);
  });
  it("accepts public literals and names, and outside production plain http to loopback", () => {
    for (const url of [
      "https://8.8.8.8/hooks",
      "https://[2400:3200::1]/hooks",
      "https://partner.example.com/hooks",
      "http://127.0.0.1:8080/hooks",
      "http://localhost/hooks",
      "http://[::1]:9000/x",
    ])
      expect(webhookUrlProblem(url, DEV), url).toBeNull();
  });
  it("in production refuses plain http, loopback included", () => {
    for (const url of ["http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://[::1]:9000/x"])
      expect(webhookUrlProblem(url, STRICT_WEBHOOK_POLICY), url).toBe("must be https");
    expect(webhookUrlProblem("https://partner.example.com/hooks", STRICT_WEBHOOK_POLICY)).toBeNull();
  });
  it("lets through exactly the origins the operator named, whatever their address", () => {
    const policy = webhookPolicy({
      production: true,
      allowedOrigins: ["http://10.8.0.5:8080", "https://sandbox.bank.internal"],
    });
    for (const url of ["http://10.8.0.5:8080/events", "https://sandbox.bank.internal/x"])
      expect(webhookUrlProblem(url, policy), url).toBeNull();
    for (const url of [
      "http://10.8.0.5:8081/events",
      "https://10.8.0.5:8080/",
      "http://sandbox.bank.internal/",
    ])
      expect(webhookUrlProblem(url, policy), url).not.toBeNull();
  });
});

describe("resolvedWebhookUrlProblem (at registration)", () => {
  it("refuses a name that resolves to an internal address, if any of its addresses is", async () => {
    const metadata = await resolvedWebhookUrlProblem(
      "https://metadata.partner.test/",
      STRICT_WEBHOOK_POLICY,
      resolvingTo("169.254.169.254"),
    );
    expect(metadata).toMatch(/metadata\.partner\.test resolves to a non-public address/);
    // Our resolver's answer is not told to the partner.
    expect(metadata).not.toContain("169.254");
    expect(
      await resolvedWebhookUrlProblem(
        "https://mixed.partner.test/",
        STRICT_WEBHOOK_POLICY,
        resolvingTo("8.8.8.8", "::ffff:10.0.0.1"),
      ),
    ).toMatch(/internal address/);
  });
  it("accepts a name resolving to public addresses, or not resolving (yet)", async () => {
    expect(
      await resolvedWebhookUrlProblem(
        "https://bank.partner.test/",
        STRICT_WEBHOOK_POLICY,
        resolvingTo("203.119.25.1"),
      ),
    ).toBeNull();
    const unresolvable = async () => {
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    };
    expect(
      await resolvedWebhookUrlProblem("https://new.partner.test/", STRICT_WEBHOOK_POLICY, unresolvable),
    ).toBeNull();
  });
  it("refuses plain http to a loopback name that resolves elsewhere", async () => {
    expect(await resolvedWebhookUrlProblem("http://localhost/", DEV, resolvingTo("10.0.0.1"))).toMatch(
      /does not resolve to loopback only/,
    );
    expect(await resolvedWebhookUrlProblem("http://localhost/", DEV, resolvingTo("127.0.0.1"))).toBeNull();
    expect(
      await resolvedWebhookUrlProblem("http://localhost/", STRICT_WEBHOOK_POLICY, resolvingTo("127.0.0.1")),
    ).toBe("must be https");
  });
});

describe("guardedLookup (at delivery, on the addresses connected to)", () => {
  const lookup = (resolve: ReturnType<typeof resolvingTo>, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((done) =>
      guardedLookup("https:", resolve)("rebind.partner.test", { all }, (error, address) =>
        done({ error, address }),
      ),
    );
  it("refuses the connection when the name now resolves to an internal address (DNS rebinding)", async () => {
    const { error } = await lookup(resolvingTo("10.0.0.7"), false);
    expect(error?.message).toMatch(/^webhook address refused: 10\.0\.0\.7 is not a public address/);
    expect((await lookup(resolvingTo("8.8.8.8", "fe80::1"), true)).error).not.toBeNull();
  });
  it("passes public addresses on, one or all as asked", async () => {
    expect(await lookup(resolvingTo("8.8.8.8"), false)).toEqual({ error: null, address: "8.8.8.8" });
    expect((await lookup(resolvingTo("8.8.8.8", "2400:3200::1"), true)).address).toHaveLength(2);
  });
});
