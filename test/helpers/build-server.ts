import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * Builds api/dist (the server bundle) for the test files that spawn it, once per change of the
 * sources: the build empties dist/ first, so two files building at once (vitest runs two in
 * parallel) would pull the bundle from under each other's starting servers. One build at a time
 * (a lock folder), and none when the bundle is newer than every source it is built from.
 */
const root = new URL("../../", import.meta.url).pathname;
const BUNDLE = join(root, "api", "dist", "server.js");
const SOURCES = ["api/src", "api/scripts", "db/src", "db/migrations"].map((dir) => join(root, dir));
// In the temporary folder, one per checkout (worktrees build their own dist/).
const LOCK = join(
  tmpdir(),
  `powercard-api-build-${createHash("sha256").update(root).digest("hex").slice(0, 12)}.lock`,
);
/** A lock older than this was left by a run that died while building. */
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const bundleIsFresh = () => {
  try {
    return statSync(BUNDLE).mtimeMs > Math.max(...SOURCES.map(newestMtime));
  } catch {
    return false;
  }
};

async function takeLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
          rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function buildServerOnce(): Promise<void> {
  await takeLock();
  try {
    if (!bundleIsFresh())
      await promisify(execFile)("npm", ["run", "-s", "build", "-w", "@powercard/api"], { cwd: root });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
