// `npm run manufacturer -- <command>` — the card manufacturer's side of a production order:
// make its keys, then open (decrypt, verify, check) a card file, write the print file and sign
// the acknowledgement the issuer uploads. Needs no database and no Powercard configuration.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { JSONWebKeySet } from "jose";
import {
  type CardFileManifest,
  generateManufacturerKeys,
  openCardFile,
  signAcknowledgement,
} from "../src/services/cards/card-file/index.ts";

const KEY_FILES = {
  encryption: "encryption-private.jwk.json",
  signing: "signing-private.jwk.json",
  registration: "registration.json",
};

const HELP = `Powercard manufacturer tool

Usage: npm run manufacturer -- <command> [options]

Commands:
  keygen --out <dir>
      Makes the manufacturer's two key pairs. Writes the private keys
      (${KEY_FILES.encryption}, ${KEY_FILES.signing}, mode 0600) and
      ${KEY_FILES.registration} ({ encryptionJwk, verificationJwk }: the public keys the
      issuer registers). Refuses to overwrite existing keys.

  open --file <order.jwe> --keys <dir> --jwks <file or https URL> --out <print.csv> --ack <ack.jws>
      Decrypts the card file with the private key in <dir>, verifies the utility's signature
      against its JWKS (a saved copy or the URL of /.well-known/jwks.json), checks the print
      file against the signed manifest, then writes the print file (mode 0600) and the signed
      acknowledgement to upload to the issuer. Prints the manifest summary, never a PIN.
      Nothing is written unless every check passed.

  --help
      Shows this text.

Relative paths are taken from the directory npm was run in.`;

class UsageError extends Error {}

// npm runs workspace scripts inside api/; INIT_CWD is where the user typed the command.
const base = process.env.INIT_CWD ?? process.cwd();
const path = (p: string) => resolve(base, p);

function required(values: Record<string, string | boolean | undefined>, ...names: string[]): string[] {
  const missing = names.filter((n) => typeof values[n] !== "string" || values[n] === "");
  if (missing.length) throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(", ")}`);
  return names.map((n) => values[n] as string);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`cannot read ${what} ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} ${file} is not valid JSON`);
  }
}

/**
 * Writes each file to a temporary name beside it, then renames them all: a reader never sees a
 * half-written file, and if any write fails none of the files appears.
 */
function writeAllOrNothing(files: { file: string; data: string | Uint8Array; mode: number }[]) {
  const temps = files.map((f) => `${f.file}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    files.forEach((f, i) => {
      mkdirSync(dirname(f.file), { recursive: true });
      writeFileSync(temps[i] as string, f.data, { mode: f.mode, flag: "wx" });
    });
    files.forEach((f, i) => {
      renameSync(temps[i] as string, f.file);
    });
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
}

async function keygen(args: string[]) {
  const { values } = parseArgs({ args, options: { out: { type: "string" } }, strict: true });
  const [out] = required(values, "out");
  const dir = path(out as string);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keys = await generateManufacturerKeys();
  const file = (name: string) => join(dir, name);
  try {
    // "wx": an existing private key is never overwritten — files encrypted to it would be lost.
    writeFileSync(file(KEY_FILES.encryption), JSON.stringify(keys.encryption.privateJwk, null, 2), {
      mode: 0o600,
      flag: "wx",
    });
    writeFileSync(file(KEY_FILES.signing), JSON.stringify(keys.signing.privateJwk, null, 2), {
      mode: 0o600,
      flag: "wx",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw new Error(`${dir} already holds manufacturer keys; choose another --out or remove them first`);
    throw error;
  }
  const registration = { encryptionJwk: keys.encryption.publicJwk, verificationJwk: keys.signing.publicJwk };
  writeFileSync(file(KEY_FILES.registration), `${JSON.stringify(registration, null, 2)}\n`, { mode: 0o644 });
  console.log(`keys written to ${dir}
  encryption key  ${keys.encryption.publicJwk.kid}  (ECDH-ES, P-256)
  signing key     ${keys.signing.publicJwk.kid}  (ES256, P-256)
Send ${file(KEY_FILES.registration)} to the issuer; keep the private key files secret.`);
}

async function loadJwks(source: string): Promise<JSONWebKeySet> {
  let jwks: unknown;
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(15_000), redirect: "error" }).catch(
      (error: Error) => {
        throw new Error(`cannot fetch the JWKS from ${source}: ${error.message}`);
      },
    );
    if (!response.ok) throw new Error(`cannot fetch the JWKS from ${source}: HTTP ${response.status}`);
    jwks = await response.json().catch(() => {
      throw new Error(`the JWKS at ${source} is not JSON`);
    });
  } else {
    jwks = readJson(path(source), "the JWKS file");
  }
  if (!jwks || typeof jwks !== "object" || !Array.isArray((jwks as JSONWebKeySet).keys))
    throw new Error(`${source} is not a JWKS ({ "keys": [...] })`);
  return jwks as JSONWebKeySet;
}

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

function summary(m: CardFileManifest): string {
  return [
    `order ${m.orderId} for manufacturer ${m.manufacturerId}, made ${m.createdAt}`,
    `${m.cardCount} cards, total ${yuan(m.totalFen)} CNY (${m.totalFen} fen)`,
    ...m.byFaceValue.map(
      (f) => `  face value ${yuan(f.faceValueFen)} CNY: ${f.count} cards, ${yuan(f.totalFen)} CNY`,
    ),
    ...m.ranges.map(
      (r) =>
        `  batch ${r.batchId} (${yuan(r.faceValueFen)} CNY): ${r.firstCardNo} – ${r.lastCardNo}, ${r.count} cards`,
    ),
    `print file SHA-256 ${m.printFile.sha256}`,
  ].join("\n");
}

async function open(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: "string" },
      keys: { type: "string" },
      jwks: { type: "string" },
      out: { type: "string" },
      ack: { type: "string" },
    },
    strict: true,
  });
  const [file, keys, jwksSource, out, ack] = required(values, "file", "keys", "jwks", "out", "ack") as [
    string,
    string,
    string,
    string,
    string,
  ];
  const keyDir = path(keys);
  const encryptionKey = readJson(join(keyDir, KEY_FILES.encryption), "the encryption key") as Record<
    string,
    unknown
  >;
  const signingKey = readJson(join(keyDir, KEY_FILES.signing), "the signing key") as Record<string, unknown>;
  const utilityJwks = await loadJwks(jwksSource);
  let jwe: string;
  try {
    jwe = readFileSync(path(file), "latin1");
  } catch {
    throw new Error(`cannot read the card file ${path(file)}`);
  }
  const { manifest, printFile } = await openCardFile({
    jwe,
    manufacturerPrivateJwk: encryptionKey,
    utilityJwks,
  });
  const acknowledgement = await signAcknowledgement({
    manufacturerSigningJwk: signingKey,
    orderId: manifest.orderId,
    cardCount: manifest.cardCount,
    printFileSha256: manifest.printFile.sha256,
  });
  writeAllOrNothing([
    { file: path(out), data: printFile, mode: 0o600 },
    { file: path(ack), data: `${acknowledgement}\n`, mode: 0o644 },
  ]);
  console.log(`card file verified: signed by the utility, encrypted to this manufacturer, manifest checked
${summary(manifest)}
print file written to ${path(out)} (keep it secret: it holds the PINs)
acknowledgement written to ${path(ack)}: upload it to the issuer (file ${manifest.part.index} of ${manifest.part.count} of order ${manifest.orderId}; the order closes when every file is acknowledged)`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(HELP);
    return command ? 0 : 1;
  }
  try {
    if (command === "keygen") await keygen(args);
    else if (command === "open") await open(args);
    else throw new UsageError(`unknown command "${command}"`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`manufacturer ${command}: ${message}`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
      console.error("Run `npm run manufacturer -- --help` for usage.");
    return 1;
  }
}

process.exit(await main(process.argv.slice(2)));
