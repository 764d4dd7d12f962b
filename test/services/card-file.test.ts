import { createHash } from "node:crypto";
import {
  CompactEncrypt,
  CompactSign,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from "jose";
import { describe, expect, it } from "vitest";
import {
  CardFileError,
  type CardFileManifest,
  checkPrintFile,
  generateManufacturerKeys,
  keyId,
  openCardFile,
  sealCardFile,
  signAcknowledgement,
  verifyAcknowledgement,
} from "../../api/src/services/cards/card-file/index.ts";
import { generateSigningJwk, loadSigningKeyring } from "../../api/src/shared/auth/signing-keys.ts";
import { DomainError } from "../../api/src/shared/errors.ts";
import { makeCardOrder } from "../helpers/card-file.ts";
import { TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";

/**
 * The card-data file: sealed by the utility (signed, then encrypted to one manufacturer) and
 * opened by the manufacturer, who checks everything before printing; and its acknowledgement.
 */
const manufacturer = await generateManufacturerKeys();
const otherManufacturer = await generateManufacturerKeys();
const jwks = TEST_SIGNING_KEYS.jwks;

async function seal(order = makeCardOrder(), signingKeys = TEST_SIGNING_KEYS) {
  return sealCardFile({
    signingKeys,
    manufacturer: { id: order.manifest.manufacturerId, encryptionJwk: manufacturer.encryption.publicJwk },
    manifest: order.manifest,
    printFile: order.printFile,
  });
}

const open = (jwe: string, privateJwk: JWK = manufacturer.encryption.privateJwk, utilityJwks = jwks) =>
  openCardFile({ jwe, manufacturerPrivateJwk: privateJwk, utilityJwks });

/** Flips one bit of one byte of a base64url segment of a compact token. */
function flip(token: string, segment: number, byte = 0): string {
  const parts = token.split(".");
  const bytes = Buffer.from(parts[segment] as string, "base64url");
  bytes[byte] = (bytes[byte] as number) ^ 0x01;
  parts[segment] = bytes.toString("base64url");
  return parts.join(".");
}

/**
 * Seals arbitrary payload bytes with the real key types and headers but without sealCardFile's
 * own checks: the way to make a file whose manifest lies, or whose headers are not ours.
 */
async function sealRaw(
  payload: Uint8Array,
  jweHeader: Record<string, unknown> = {},
  jwsHeader: Record<string, unknown> = {},
) {
  const jws = await new CompactSign(payload)
    .setProtectedHeader({
      alg: "EdDSA",
      kid: TEST_SIGNING_KEYS.current.kid,
      typ: "powercard-card-file+jws",
      ...jwsHeader,
    })
    .sign(TEST_SIGNING_KEYS.current.privateKey);
  return new CompactEncrypt(new TextEncoder().encode(jws))
    .setProtectedHeader({
      alg: "ECDH-ES+A256KW",
      enc: "A256GCM",
      typ: "powercard-card-file+jwe",
      cty: "powercard-card-file+jws",
      kid: await keyId(manufacturer.encryption.publicJwk),
      ...jweHeader,
    })
    .encrypt(await importJWK(manufacturer.encryption.publicJwk, "ECDH-ES+A256KW"));
}

const payloadOf = (manifest: CardFileManifest, printFile: Buffer) =>
  Buffer.concat([Buffer.from(`${JSON.stringify(manifest)}\n`), printFile]);

describe("sealCardFile → openCardFile", () => {
  it("round-trips the manifest and the exact print-file bytes", async () => {
    const order = makeCardOrder();
    const jwe = await seal(order);
    const opened = await open(jwe);
    expect(opened.manifest).toEqual(order.manifest);
    expect(opened.printFile.equals(order.printFile)).toBe(true);
    expect(opened.printFile.toString("latin1").split("\n")[0]).toBe("card_no,pin,face_value_fen,batch_id");
  });

  it("is a JWE to the manufacturer's key around a JWS by the utility's current key, uncompressed", async () => {
    const order = makeCardOrder();
    const jwe = await seal(order);
    const header = decodeProtectedHeader(jwe);
    expect(header).toMatchObject({
      alg: "ECDH-ES+A256KW",
      enc: "A256GCM",
      typ: "powercard-card-file+jwe",
      cty: "powercard-card-file+jws",
      kid: await keyId(manufacturer.encryption.publicJwk),
    });
    expect(header).not.toHaveProperty("zip");
    expect(jwe.split(".")).toHaveLength(5);
    // Nothing readable outside: no PIN, no card number, no manifest.
    for (const pin of order.pins) expect(jwe).not.toContain(pin);
    expect(jwe).not.toContain(Buffer.from(order.manifest.orderId).toString("base64url"));
  });

  it("refuses to seal a manifest that does not belong to the print file or the manufacturer", async () => {
    const order = makeCardOrder();
    const other = makeCardOrder();
    await expect(
      sealCardFile({
        signingKeys: TEST_SIGNING_KEYS,
        manufacturer: { id: "mfr_test", encryptionJwk: manufacturer.encryption.publicJwk },
        manifest: order.manifest,
        printFile: other.printFile,
      }),
    ).rejects.toThrow(/sha256/);
    await expect(
      sealCardFile({
        signingKeys: TEST_SIGNING_KEYS,
        manufacturer: { id: "mfr_other", encryptionJwk: manufacturer.encryption.publicJwk },
        manifest: order.manifest,
        printFile: order.printFile,
      }),
    ).rejects.toThrow(/manufacturer/);
  });
});

describe("tampering is detected", () => {
  it("one byte of the ciphertext", async () => {
    const jwe = await seal();
    for (const byte of [0, 100, 400]) {
      await expect(open(flip(jwe, 3, byte))).rejects.toThrow(/could not be decrypted/);
    }
  });

  it("one byte of the authentication tag", async () => {
    const jwe = await seal();
    for (const byte of [0, 15])
      await expect(open(flip(jwe, 4, byte))).rejects.toThrow(/could not be decrypted/);
  });

  it("one byte of the protected header", async () => {
    const jwe = await seal();
    const headerJson = Buffer.from(jwe.split(".")[0] as string, "base64url").toString();
    // An upper-case letter in typ still passes the header checks (typ is case-insensitive), so
    // only the authentication of the header (it is the AAD) can catch it.
    const typAt = headerJson.indexOf("powercard-card-file+jwe");
    await expect(open(flip(jwe, 0, typAt))).rejects.toThrow(CardFileError);
    const upper = Buffer.from(headerJson);
    upper[typAt] = 0x50; // p → P
    const tampered = [upper.toString("base64url"), ...jwe.split(".").slice(1)].join(".");
    await expect(open(tampered)).rejects.toThrow(/could not be decrypted/);
    // And any byte at all, whichever check catches it first.
    for (let byte = 0; byte < headerJson.length; byte += 7) {
      await expect(open(flip(jwe, 0, byte))).rejects.toThrow(CardFileError);
    }
  });

  it("one byte of the encrypted key or the IV", async () => {
    const jwe = await seal();
    await expect(open(flip(jwe, 1, 3))).rejects.toThrow(/could not be decrypted/);
    await expect(open(flip(jwe, 2, 3))).rejects.toThrow(/could not be decrypted/);
  });

  it("another key signed it (a kid the utility never published)", async () => {
    const impostor = await loadSigningKeyring([await generateSigningJwk()]);
    const jwe = await seal(makeCardOrder(), impostor);
    await expect(open(jwe)).rejects.toThrow(/signed with key .* not in the utility's JWKS/);
  });

  it("another key signed it under the utility's kid", async () => {
    const impostor = await loadSigningKeyring([await generateSigningJwk()]);
    const forged = {
      current: { kid: TEST_SIGNING_KEYS.current.kid, privateKey: impostor.current.privateKey },
    };
    const jwe = await seal(makeCardOrder(), forged as typeof TEST_SIGNING_KEYS);
    await expect(open(jwe)).rejects.toThrow(/signature is not valid/);
  });

  it("a JWS signed by the manufacturer's own key type or with a foreign algorithm", async () => {
    const order = makeCardOrder();
    const { privateKey } = await generateKeyPair("ES256");
    const jws = await new CompactSign(payloadOf(order.manifest, order.printFile))
      .setProtectedHeader({
        alg: "ES256",
        kid: TEST_SIGNING_KEYS.current.kid,
        typ: "powercard-card-file+jws",
      })
      .sign(privateKey);
    const jwe = await new CompactEncrypt(new TextEncoder().encode(jws))
      .setProtectedHeader({
        alg: "ECDH-ES+A256KW",
        enc: "A256GCM",
        typ: "powercard-card-file+jwe",
        cty: "powercard-card-file+jws",
        kid: await keyId(manufacturer.encryption.publicJwk),
      })
      .encrypt(await importJWK(manufacturer.encryption.publicJwk, "ECDH-ES+A256KW"));
    await expect(open(jwe)).rejects.toThrow(/algorithm ES256; expected EdDSA/);
  });

  it("it was encrypted to another manufacturer", async () => {
    const order = makeCardOrder();
    const jwe = await sealCardFile({
      signingKeys: TEST_SIGNING_KEYS,
      manufacturer: { id: "mfr_test", encryptionJwk: otherManufacturer.encryption.publicJwk },
      manifest: order.manifest,
      printFile: order.printFile,
    });
    await expect(open(jwe)).rejects.toThrow(/encrypted to key .*, not to this key/);
    // The intended manufacturer opens it.
    await expect(open(jwe, otherManufacturer.encryption.privateJwk)).resolves.toBeTruthy();
  });

  it("even when the header claims our kid, another manufacturer's file does not decrypt", async () => {
    const order = makeCardOrder();
    const jws = await new CompactSign(payloadOf(order.manifest, order.printFile))
      .setProtectedHeader({
        alg: "EdDSA",
        kid: TEST_SIGNING_KEYS.current.kid,
        typ: "powercard-card-file+jws",
      })
      .sign(TEST_SIGNING_KEYS.current.privateKey);
    const jwe = await new CompactEncrypt(new TextEncoder().encode(jws))
      .setProtectedHeader({
        alg: "ECDH-ES+A256KW",
        enc: "A256GCM",
        typ: "powercard-card-file+jwe",
        cty: "powercard-card-file+jws",
        kid: await keyId(manufacturer.encryption.publicJwk),
      })
      .encrypt(await importJWK(otherManufacturer.encryption.publicJwk, "ECDH-ES+A256KW"));
    await expect(open(jwe)).rejects.toThrow(/could not be decrypted/);
  });

  it("zip is set", async () => {
    const order = makeCardOrder();
    const jwe = await sealRaw(payloadOf(order.manifest, order.printFile), { zip: "DEF" });
    await expect(open(jwe)).rejects.toThrow(/compressed \("zip" header\)/);
  });

  it("a header points at a key to use (jku, jwk, x5u) or the algorithms differ", async () => {
    const order = makeCardOrder();
    const payload = payloadOf(order.manifest, order.printFile);
    const { publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    await expect(
      open(await sealRaw(payload, {}, { jku: "https://attacker.example/jwks.json" })),
    ).rejects.toThrow(/"jku" header/);
    await expect(open(await sealRaw(payload, {}, { jwk: await exportJWK(publicKey) }))).rejects.toThrow(
      /"jwk" header/,
    );
    await expect(open(await sealRaw(payload, { x5u: "https://attacker.example/cert" }))).rejects.toThrow(
      /"x5u"/,
    );
    await expect(open(await sealRaw(payload, { enc: "A128GCM" }))).rejects.toThrow(
      /content encryption A128GCM/,
    );
    await expect(open(await sealRaw(payload, { typ: "JWT" }))).rejects.toThrow(/typ JWT/);
    await expect(open(await sealRaw(payload, {}, { typ: "powercard-reconciliation+jws" }))).rejects.toThrow(
      /typ powercard-reconciliation\+jws/,
    );
    await expect(open("not a jwe")).rejects.toThrow(CardFileError);
  });
});

describe("the manifest is checked against the print file", () => {
  const mismatch = async (edit: (m: CardFileManifest) => void, expected: RegExp) => {
    const order = makeCardOrder();
    edit(order.manifest);
    await expect(open(await seal(order))).rejects.toThrow(expected);
  };

  it("SHA-256", async () => {
    const order = makeCardOrder();
    const manifest = {
      ...order.manifest,
      printFile: { ...order.manifest.printFile, sha256: "0".repeat(64) },
    };
    await expect(open(await sealRaw(payloadOf(manifest, order.printFile)))).rejects.toThrow(
      /SHA-256 is [0-9a-f]{64}/,
    );
  });

  it("card count, total and counts per face value", async () => {
    await mismatch((m) => {
      m.cardCount += 1;
    }, /it has 5 cards, the manifest says 6/);
    await mismatch((m) => {
      m.totalFen -= 100;
    }, /total is 35000 fen, the manifest says 34900/);
    await mismatch((m) => {
      (m.byFaceValue[0] as { count: number }).count = 4;
    }, /face value 5000 fen: 3 cards/);
    await mismatch((m) => {
      m.byFaceValue.pop();
    }, /face values differ/);
  });

  it("ranges: count, first and last card, face value, unknown batch", async () => {
    await mismatch((m) => {
      (m.ranges[0] as { count: number }).count = 2;
    }, /has 3 cards, the manifest says 2/);
    await mismatch((m) => {
      const r = m.ranges[1] as { lastCardNo: string; firstCardNo: string };
      r.lastCardNo = r.firstCardNo;
    }, /runs .* the manifest says/);
    await mismatch((m) => {
      (m.ranges[1] as { faceValueFen: number }).faceValueFen = 5000;
    }, /face value 10000 fen; batch .* is 5000 fen/);
    await mismatch((m) => {
      (m.ranges[0] as { batchId: string }).batchId = "bat_other";
    }, /names batch bat_test0000000000000000000a, which is not in the manifest/);
  });

  it("a manifest that is not of this format", async () => {
    await mismatch((m) => {
      (m as { format: string }).format = "powercard-card-file/2";
    }, /manifest is not valid: format/);
  });

  it("print-file lines: duplicates, CR LF, extra fields, a missing final LF", () => {
    const { manifest, printFile } = makeCardOrder();
    const withFile = (text: string) => {
      const bytes = Buffer.from(text, "latin1");
      return {
        bytes,
        manifest: { ...manifest, printFile: { ...manifest.printFile, sha256: sha256(bytes) } },
      };
    };
    const text = printFile.toString("latin1");
    const lines = text.split("\n");
    const cases: [string, RegExp][] = [
      [[lines[0], lines[1], lines[1], ...lines.slice(3)].join("\n"), /does not follow/],
      [text.replace(/\n/g, "\r\n"), /first line/],
      [text.replace(/\n$/, ""), /does not end with a line feed/],
      [
        text.replace(/bat_test0000000000000000000b\n/, "bat_test0000000000000000000b,x\n"),
        /more than 4 fields/,
      ],
      [text.replace(/,(\d{16}),/, ",,"), /empty field/],
    ];
    for (const [bad, expected] of cases) {
      const { bytes, manifest: m } = withFile(bad);
      expect(() => checkPrintFile(bytes, m)).toThrow(expected);
    }
  });
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("acknowledgement", () => {
  const expected = { orderId: "por_test", cardCount: 5, printFileSha256: "ab".repeat(32) };
  const sign = (jwk: JWK = manufacturer.signing.privateJwk, values = expected) =>
    signAcknowledgement({ manufacturerSigningJwk: jwk, ...values });
  const rejected = async (jws: Promise<string>, verificationJwk: JWK, detail: RegExp) => {
    const error = await verifyAcknowledgement({ jws: await jws, verificationJwk, expected }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "acknowledgement_invalid", status: 422 });
    expect(error.message).toMatch(detail);
  };

  it("is accepted with the registered ES256 key, and with an Ed25519 key", async () => {
    const ack = await verifyAcknowledgement({
      jws: await sign(),
      verificationJwk: manufacturer.signing.publicJwk,
      expected,
    });
    expect(ack).toMatchObject(expected);
    expect(Math.abs(ack.iat - Date.now() / 1000)).toBeLessThan(60);
    expect(decodeProtectedHeader(await sign())).toMatchObject({
      alg: "ES256",
      typ: "powercard-card-ack+jws",
      kid: manufacturer.signing.publicJwk.kid,
    });

    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const [priv, pub] = [await exportJWK(privateKey), await exportJWK(publicKey)];
    await expect(
      verifyAcknowledgement({ jws: await sign(priv), verificationJwk: pub, expected }),
    ).resolves.toMatchObject(expected);
  });

  it("is rejected when signed by another key", async () => {
    await rejected(
      sign(otherManufacturer.signing.privateJwk),
      manufacturer.signing.publicJwk,
      /signed with key/,
    );
    // Same, without a kid to give it away: the signature itself fails.
    const key = await importJWK(otherManufacturer.signing.privateJwk, "ES256");
    const noKid = new CompactSign(new TextEncoder().encode(JSON.stringify({ ...expected, iat: 1 })))
      .setProtectedHeader({ alg: "ES256", typ: "powercard-card-ack+jws" })
      .sign(key);
    await rejected(noKid, manufacturer.signing.publicJwk, /signature does not verify/);
  });

  it("is rejected for the wrong count, hash or order", async () => {
    const pub = manufacturer.signing.publicJwk;
    await rejected(sign(undefined, { ...expected, cardCount: 4 }), pub, /counts 4 cards; the order has 5/);
    await rejected(sign(undefined, { ...expected, printFileSha256: "cd".repeat(32) }), pub, /SHA-256/);
    await rejected(sign(undefined, { ...expected, orderId: "por_other" }), pub, /names order por_other/);
  });

  it("is rejected with another typ, or another document passed off as one", async () => {
    const key = await importJWK(manufacturer.signing.privateJwk, "ES256");
    const jws = new CompactSign(new TextEncoder().encode(JSON.stringify({ ...expected, iat: 1 })))
      .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: manufacturer.signing.publicJwk.kid })
      .sign(key);
    await rejected(jws, manufacturer.signing.publicJwk, /typ JWT/);
    await rejected(Promise.resolve("garbage"), manufacturer.signing.publicJwk, /not a compact JWS/);
  });
});

describe("generateManufacturerKeys", () => {
  it("makes an ECDH-ES P-256 key and an ES256 key, each with its thumbprint as kid, publics without d", async () => {
    const keys = await generateManufacturerKeys();
    expect(keys.encryption.publicJwk).toMatchObject({
      kty: "EC",
      crv: "P-256",
      alg: "ECDH-ES+A256KW",
      use: "enc",
    });
    expect(keys.signing.publicJwk).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    for (const pair of [keys.encryption, keys.signing]) {
      expect(pair.publicJwk).not.toHaveProperty("d");
      expect(pair.privateJwk.d).toBeTypeOf("string");
      expect(pair.publicJwk.kid).toBe(await keyId(pair.publicJwk));
      expect(pair.privateJwk.kid).toBe(pair.publicJwk.kid);
    }
    expect(keys.encryption.publicJwk.kid).not.toBe(keys.signing.publicJwk.kid);
  });
});

describe("base64 (the standard Uint8Array methods jose uses, on Buffer where Node lacks them)", () => {
  const U8 = Uint8Array as unknown as {
    fromBase64(s: string, o?: { alphabet?: string; lastChunkHandling?: string }): Uint8Array;
  };
  const toB64 = (b: Uint8Array, o?: { alphabet?: string; omitPadding?: boolean }) =>
    (b as unknown as { toBase64(o?: unknown): string }).toBase64(o);

  it("matches Buffer for every length and both alphabets", () => {
    for (let n = 0; n < 40; n++) {
      const bytes = new Uint8Array(Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff)));
      expect(toB64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      expect(toB64(bytes, { alphabet: "base64url", omitPadding: true })).toBe(
        Buffer.from(bytes).toString("base64url"),
      );
      const url = Buffer.from(bytes).toString("base64url");
      expect(Buffer.from(U8.fromBase64(url, { alphabet: "base64url" })).equals(Buffer.from(bytes))).toBe(
        true,
      );
      expect(Buffer.from(U8.fromBase64(toB64(bytes))).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("rejects what is not base64 instead of skipping it", () => {
    for (const bad of ["ab$d", "ab+d", "ab/d", "a", "ab=d", "abc==", "ab==="]) {
      expect(() => U8.fromBase64(bad, { alphabet: "base64url" }), bad).toThrow(SyntaxError);
    }
    expect(() => U8.fromBase64("ab-d")).toThrow(SyntaxError);
    expect(() => U8.fromBase64("ab", { lastChunkHandling: "strict" })).toThrow(SyntaxError);
    expect(() => U8.fromBase64("ab==", { lastChunkHandling: "strict" })).toThrow(SyntaxError); // b has low bits set
    expect(Buffer.from(U8.fromBase64("aQ==", { lastChunkHandling: "strict" })).toString()).toBe("i");
    expect(Buffer.from(U8.fromBase64(" aG k=\n")).toString()).toBe("hi");
    expect(U8.fromBase64("aGk", { lastChunkHandling: "stop-before-partial" })).toHaveLength(0);
  });
});
