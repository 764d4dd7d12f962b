/**
 * Card-file sealing and opening at production size: a million cards (~71 MB print file) signed
 * and encrypted, then decrypted, verified and recounted, each in its own process so each peak
 * RSS is its own. Run: `npm run bench:card-file` (CARDS=… to change the size).
 */
import { execFileSync } from "node:child_process";
import { randomFillSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  generateManufacturerKeys,
  openCardFile,
  PRINT_FILE_HEADER,
  sealCardFile,
} from "../../api/src/services/cards/card-file/index.ts";
import { generateSigningJwk, loadSigningKeyring } from "../../api/src/shared/auth/signing-keys.ts";
import { makeCardNo } from "../../db/src/card-number.ts";
import { manifestFor } from "../helpers/card-file.ts";

const CARDS = Number(process.env.CARDS || 1_000_000);
const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** Two batches (50 and 100 yuan) and their manifest. */
function printFileOf(cards: number) {
  const batches = [
    {
      batchId: "bat_01jbench0000000000000000a",
      faceValueFen: 5000,
      firstSerial: 1_000_000,
      count: cards >> 1,
    },
    {
      batchId: "bat_01jbench0000000000000000b",
      faceValueFen: 10000,
      firstSerial: 5_000_000,
      count: cards - (cards >> 1),
    },
  ];
  // Written line by line into one buffer: the input should not add garbage to the figures.
  const lineLength = (b: (typeof batches)[0]) =>
    16 + 1 + 16 + 1 + String(b.faceValueFen).length + 1 + b.batchId.length + 1;
  const printFile = Buffer.allocUnsafe(
    PRINT_FILE_HEADER.length + batches.reduce((n, b) => n + b.count * lineLength(b), 0),
  );
  let at = printFile.write(PRINT_FILE_HEADER, 0, "latin1");
  const digits = Buffer.alloc(16);
  for (const b of batches) {
    for (let i = 0; i < b.count; i++) {
      randomFillSync(digits);
      for (let d = 0; d < 16; d++) digits[d] = 0x30 + ((digits[d] as number) % 10);
      at += printFile.write(makeCardNo("33", b.firstSerial + i), at, "latin1");
      printFile[at++] = 0x2c;
      at += digits.copy(printFile, at);
      at += printFile.write(`,${b.faceValueFen},${b.batchId}\n`, at, "latin1");
    }
  }
  const manifest = manifestFor(batches, printFile, {
    orderId: "por_bench",
    manufacturerId: "mfr_bench",
    createdAt: new Date().toISOString(),
  });
  return { printFile, manifest };
}

async function seal(dir: string) {
  const signingKeys = await loadSigningKeyring([await generateSigningJwk()]);
  const keys = await generateManufacturerKeys();
  const { printFile, manifest } = printFileOf(CARDS);
  const before = { rss: process.memoryUsage().rss, peak: peakRss() };
  const started = performance.now();
  const jwe = await sealCardFile({
    signingKeys,
    manufacturer: { id: manifest.manufacturerId, encryptionJwk: keys.encryption.publicJwk },
    manifest,
    printFile,
  });
  const ms = performance.now() - started;
  console.log(
    `seal: ${CARDS.toLocaleString("en")} cards, print file ${MB(printFile.length)}, JWE ${MB(jwe.length)}: ` +
      `${(ms / 1000).toFixed(2)} s; RSS before ${MB(before.rss)} (peak so far ${MB(before.peak)}), ` +
      `peak RSS ${MB(peakRss())}`,
  );
  writeFileSync(join(dir, "order.jwe"), jwe);
  writeFileSync(
    join(dir, "keys.json"),
    JSON.stringify({ jwks: signingKeys.jwks, key: keys.encryption.privateJwk }),
  );
}

async function open(dir: string) {
  const { jwks, key } = JSON.parse(readFileSync(join(dir, "keys.json"), "utf8"));
  const jwe = readFileSync(join(dir, "order.jwe"), "latin1");
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const { manifest, printFile } = await openCardFile({ jwe, manufacturerPrivateJwk: key, utilityJwks: jwks });
  const ms = performance.now() - started;
  console.log(
    `open (decrypt, verify, recount): ${manifest.cardCount.toLocaleString("en")} cards, ` +
      `${MB(printFile.length)}: ${(ms / 1000).toFixed(2)} s; RSS before ${MB(before)} ` +
      `(JWE read as a string), peak RSS ${MB(peakRss())}`,
  );
}

const [phase, dir] = process.argv.slice(2);
if (phase === "open" && dir) await open(dir);
else {
  const work = mkdtempSync(join(tmpdir(), "powercard-card-file-bench-"));
  try {
    await seal(work);
    // A fresh process, so the opening peak is not hidden under the sealing one.
    execFileSync(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname, "open", work], {
      stdio: "inherit",
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
