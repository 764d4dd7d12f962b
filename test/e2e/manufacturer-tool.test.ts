import { execFile } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { JWK } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { sealCardFile, verifyAcknowledgement } from "../../api/src/services/cards/card-file/index.ts";
import { makeCardOrder } from "../helpers/card-file.ts";
import { TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";

/**
 * The manufacturer's tool as the manufacturer runs it, a separate process: keygen → the issuer
 * seals an order to the registered key → open writes the print file and the acknowledgement,
 * which the issuer's side accepts. A tampered file exits 1 and writes nothing.
 */
const root = new URL("../../", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "powercard-manufacturer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function tool(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      join(root, "node_modules/.bin/tsx"),
      [join(root, "api/scripts/manufacturer.ts"), ...args],
      { cwd: work, env: { ...process.env, INIT_CWD: work } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const keysDir = join(work, "keys");
const jwksFile = join(work, "jwks.json");
writeFileSync(jwksFile, JSON.stringify(TEST_SIGNING_KEYS.jwks));

/** An order sealed to the keys in `keys`, written to `<dir>/<name>.jwe`. */
async function sealedOrder(name: string, keys = keysDir, dir = work) {
  const registration = JSON.parse(readFileSync(join(keys, "registration.json"), "utf8")) as {
    encryptionJwk: JWK;
    verificationJwk: JWK;
  };
  const order = makeCardOrder();
  const jwe = await sealCardFile({
    signingKeys: TEST_SIGNING_KEYS,
    manufacturer: { id: order.manifest.manufacturerId, encryptionJwk: registration.encryptionJwk },
    manifest: order.manifest,
    printFile: order.printFile,
  });
  const file = join(dir, `${name}.jwe`);
  writeFileSync(file, jwe);
  return { ...order, file, jwe, registration };
}

const openArgs = (file: string, out: string, ack: string, jwks = jwksFile) => [
  "open",
  "--file",
  file,
  "--keys",
  keysDir,
  "--jwks",
  jwks,
  "--out",
  out,
  "--ack",
  ack,
];

/** The utility's JWKS over HTTP, as `/.well-known/jwks.json` is served. */
async function servedJwks() {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(TEST_SIGNING_KEYS.jwks));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, port: (server.address() as AddressInfo).port };
}

describe("npm run manufacturer", () => {
  it("keygen writes private keys (0600) and the public registration, and never overwrites keys", async () => {
    const run = await tool("keygen", "--out", keysDir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const name of ["encryption-private.jwk.json", "signing-private.jwk.json"]) {
      expect(statSync(join(keysDir, name)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(join(keysDir, name), "utf8")).d).toBeTypeOf("string");
    }
    const registration = JSON.parse(readFileSync(join(keysDir, "registration.json"), "utf8"));
    expect(registration.encryptionJwk).toMatchObject({ kty: "EC", crv: "P-256", use: "enc" });
    expect(registration.verificationJwk).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(JSON.stringify(registration)).not.toContain('"d"');

    const again = await tool("keygen", "--out", keysDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds manufacturer keys/);
  });

  it("open verifies, decrypts, checks and writes the print file and an acknowledgement the issuer accepts", async () => {
    const order = await sealedOrder("order");
    const out = join(work, "print.csv");
    const ack = join(work, "ack.jws");
    const run = await tool(...openArgs(order.file, out, ack));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("5 cards, total 350.00 CNY");
    expect(run.stdout).toContain(order.manifest.ranges[0]?.firstCardNo);
    for (const pin of order.pins) expect(run.stdout).not.toContain(pin);

    expect(readFileSync(out).equals(order.printFile)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    await expect(
      verifyAcknowledgement({
        jws: readFileSync(ack, "utf8").trim(),
        verificationJwk: order.registration.verificationJwk,
        expected: { orderId: "por_test", cardCount: 5, printFileSha256: order.manifest.printFile.sha256 },
      }),
    ).resolves.toMatchObject({ orderId: "por_test", cardCount: 5 });
  });

  it("takes the JWKS from the utility's URL", async () => {
    const { server, port } = await servedJwks();
    try {
      const order = await sealedOrder("order-url");
      const out = join(work, "print-url.csv");
      const run = await tool(
        ...openArgs(
          order.file,
          out,
          join(work, "ack-url.jws"),
          `http://127.0.0.1:${port}/.well-known/jwks.json`,
        ),
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(readFileSync(out).equals(order.printFile)).toBe(true);
    } finally {
      server.close();
    }
  });

  it("a tampered file exits 1 and writes neither the print file nor the acknowledgement", async () => {
    const order = await sealedOrder("tampered");
    const parts = order.jwe.split(".");
    const ciphertext = Buffer.from(parts[3] as string, "base64url");
    ciphertext[10] = (ciphertext[10] as number) ^ 0x01;
    parts[3] = ciphertext.toString("base64url");
    writeFileSync(order.file, parts.join("."));
    const before = readdirSync(work).sort();

    const run = await tool(
      ...openArgs(order.file, join(work, "tampered.csv"), join(work, "tampered-ack.jws")),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/could not be decrypted/);
    expect(run.stdout).toBe("");
    expect(readdirSync(work).sort()).toEqual(before); // no print file, no ack, no temp file
  });

  it("a file signed by a key missing from the JWKS exits 1", async () => {
    const order = await sealedOrder("unsigned");
    writeFileSync(join(work, "empty-jwks.json"), JSON.stringify({ keys: [] }));
    const run = await tool(
      ...openArgs(order.file, join(work, "x.csv"), join(work, "x.jws"), join(work, "empty-jwks.json")),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not in the utility's JWKS/);
  });

  it("usage errors and --help (through npm, as documented)", async () => {
    const missing = await tool("open", "--file", "x.jwe");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing --keys, --jwks, --out, --ack/);
    expect((await tool("frobnicate")).stderr).toMatch(/unknown command "frobnicate"/);

    const help = await new Promise<Run>((resolve) =>
      execFile("npm", ["run", "-s", "manufacturer", "--", "--help"], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr }),
      ),
    );
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("keygen --out <dir>");
  });

  it("the card-files page's commands (portal/examples/shell/manufacturer-*.sh) run as written", async () => {
    // The page's commands run in the checkout, whose root they write ./mfr-keys, order.jwe …
    // into: here a checkout of links to this one, so the test writes nothing into the real one.
    const dir = mkdtempSync(join(work, "checkout-"));
    for (const entry of ["package.json", "node_modules", "api", "db", "portal", "test"])
      symlinkSync(join(root, entry), join(dir, entry));
    const { server, port } = await servedJwks();
    // Without the INIT_CWD this test runs under, npm sets it to the folder, as for the reader.
    const { INIT_CWD: _, ...readerEnv } = process.env;
    const shell = (script: string, env: Record<string, string> = {}) =>
      promisify(execFile)("sh", [join(root, "portal/examples/shell", script)], {
        cwd: dir,
        env: { ...readerEnv, ...env },
      });
    try {
      await shell("manufacturer-keygen.sh");
      const order = await sealedOrder("order", join(dir, "mfr-keys"), dir);
      const opened = await shell("manufacturer-open.sh", { POWERCARD_URL: `http://127.0.0.1:${port}` });
      expect(opened.stdout).toContain("5 cards, total 350.00 CNY");
      expect(readFileSync(join(dir, "print.csv")).equals(order.printFile)).toBe(true);
      await expect(
        verifyAcknowledgement({
          jws: readFileSync(join(dir, "ack.jws"), "utf8").trim(),
          verificationJwk: order.registration.verificationJwk,
          expected: { orderId: "por_test", cardCount: 5, printFileSha256: order.manifest.printFile.sha256 },
        }),
      ).resolves.toMatchObject({ orderId: "por_test", cardCount: 5 });
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
