import { readdirSync, readFileSync } from "node:fs";
import { ERROR_CATALOG, type ErrorCode } from "@powercard/api";
import { describe, expect, it } from "vitest";

/**
 * The balancer's own answers (deploy/haproxy/errors/, used by powercard.cfg) are the API's
 * problem+json: each file is a code of the catalogue with its status and title, and the
 * configuration answers each status with its file. HAProxy fills in %ID (its request id).
 */
const DIR = new URL("../../deploy/haproxy/errors/", import.meta.url);
const CONFIG = readFileSync(new URL("../../deploy/haproxy/powercard.cfg", import.meta.url), "utf8");

describe("deploy/haproxy/errors", () => {
  const files = readdirSync(DIR).filter((name) => name.endsWith(".json"));

  it("holds the balancer's 502, 503 and 504", () => {
    expect(files.map((name) => name.slice(0, 3)).sort()).toEqual(["502", "503", "504"]);
  });

  it.each(files)("%s: a catalogue code with its status and title, answered for that status", (name) => {
    const body = JSON.parse(readFileSync(new URL(name, DIR), "utf8")) as Record<string, unknown>;
    const code = body.code as ErrorCode;
    expect(ERROR_CATALOG[code], `code ${code}`).toBeDefined();
    expect(body).toMatchObject({
      type: `urn:powercard:problem:${code}`,
      title: ERROR_CATALOG[code].title,
      status: ERROR_CATALOG[code].status,
      requestId: "%ID",
    });
    expect(String(body.detail)).toMatch(/\p{Script=Han}/u);
    expect(String(name.slice(0, 3))).toBe(String(ERROR_CATALOG[code].status));
    expect(CONFIG).toMatch(
      new RegExp(
        `http-error status ${body.status} content-type application/problem\\+json lf-file errors/${name}`,
      ),
    );
  });
});
