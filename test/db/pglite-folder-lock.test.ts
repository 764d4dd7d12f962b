import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, DataDirInUseError } from "@powercard/db";
import { afterAll, afterEach, describe, expect, it } from "vitest";

/**
 * The embedded database's folder lock, with real processes: a holder that is alive keeps the
 * folder; one that died (kill -9, no cleanup) gives it up at once, not after the lock's 30 s age.
 * Figures are printed; the bounds asserted only catch a hang.
 */
const testDir = new URL("../", import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), "powercard-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** Starts a process that opens `dataDir` and holds it; resolves once it holds the lock. */
function holdFolder(dataDir: string): Promise<ChildProcess> {
  // DATABASE_URL is irrelevant here: the child opens the folder as the embedded server would.
  const child = spawn(process.execPath, ["--import", "tsx", "helpers/hold-pglite-folder.ts", dataDir], {
    cwd: testDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`holder did not start:\n${out}`)), 60_000);
    child.stderr?.on("data", (d) => {
      out += d;
    });
    child.stdout?.on("data", (d) => {
      out += d;
      if (out.includes("holding")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => reject(new Error(`holder exited (${code}):\n${out}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

async function openAndQuery(dataDir: string) {
  const db = await createDb({ dataDir });
  try {
    const [row] = await db.query<{ n: number }>("SELECT 41 + 1 AS n");
    return row?.n;
  } finally {
    await db.close();
  }
}

describe("the embedded database folder lock", () => {
  it("keeps the lock past its refreshes: recording the owner does not look like a compromised lock", async () => {
    const dataDir = join(root, "kept");
    const holder = await holdFolder(dataDir);
    let exited: number | null | undefined;
    holder.once("exit", (code) => {
      exited = code;
    });
    // The lock library refreshes the lock every 10 s and stops the process if the lock changed.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(exited).toBeUndefined();
    await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    await killed(holder);
  }, 120_000);

  it("refuses a folder whose holder is alive, and takes it at once when the holder was killed", async () => {
    const dataDir = join(root, "killed");
    const holder = await holdFolder(dataDir);

    await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(createDb({ dataDir })).rejects.toThrow(/in use by another Powercard process/);

    await killed(holder); // as a crash: no release, the lock folder stays behind
    const started = performance.now();
    expect(await openAndQuery(dataDir)).toBe(42);
    const ms = performance.now() - started;
    console.log(
      `[pglite-lock] open after the holder was killed: ${Math.round(ms)} ms (was refused for 30 s)`,
    );
    expect(ms).toBeLessThan(25_000); // below the 30 s age rule: the holder was judged dead, not old
  }, 120_000);

  it("takes a lock whose pid now belongs to another process (the holder's start time differs)", async () => {
    const dataDir = join(root, "reused-pid");
    const holder = await holdFolder(dataDir);
    await killed(holder);
    // The dead holder's pid, as if reused by a live process: this one, started at another time.
    const ownerFile = `${dataDir}.lock/owner.json`;
    const owner = JSON.parse(readFileSync(ownerFile, "utf8"));
    expect(owner).toMatchObject({ pid: holder.pid, startTime: expect.any(String) });
    writeFileSync(ownerFile, JSON.stringify({ ...owner, pid: process.pid, startTime: "1" }));
    expect(await openAndQuery(dataDir)).toBe(42);
  }, 120_000);

  it("takes a lock written before the machine's last boot, and keeps one of this process's own", async () => {
    const dataDir = join(root, "rebooted");
    const holder = await holdFolder(dataDir);
    await killed(holder);
    const ownerFile = `${dataDir}.lock/owner.json`;
    const owner = JSON.parse(readFileSync(ownerFile, "utf8"));
    // The same pid and start time as this live process, but another boot: they mean nothing now.
    const ours = readFileSync(`/proc/${process.pid}/stat`, "utf8");
    const startTime = ours.slice(ours.lastIndexOf(")") + 2).split(" ")[19];
    writeFileSync(
      ownerFile,
      JSON.stringify({
        ...owner,
        pid: process.pid,
        startTime,
        bootId: "00000000-0000-0000-0000-000000000000",
      }),
    );
    const db = await createDb({ dataDir });
    try {
      // Now held by this (live) process: a second open is refused.
      await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await db.close();
    }
  }, 120_000);
});
