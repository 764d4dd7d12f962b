import { readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import lockfile from "proper-lockfile";

/**
 * PGlite is single-process: a second process on the same data folder would corrupt it, so the
 * folder is locked (proper-lockfile: an atomic mkdir of `<folder>.lock`, its mtime refreshed every
 * 10 s). Age alone cannot tell a crashed holder from a live one before 30 s have passed, so the
 * lock also names its holder — pid, the process's start time and the machine's boot id — and a
 * holder that is gone (or whose pid now belongs to another process) gives its lock up at once.
 */
const STALE_MS = 30_000;
const OWNER_FILE = "owner.json";

interface Owner {
  pid: number;
  host: string;
  /** /proc/sys/kernel/random/boot_id: pids and start times mean nothing across a reboot. */
  bootId: string | null;
  /** Field 22 of /proc/<pid>/stat (clock ticks after boot): tells a reused pid from the holder. */
  startTime: string | null;
}

const readText = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
};

const bootId = () => readText("/proc/sys/kernel/random/boot_id")?.trim() ?? null;

function processStartTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ")".
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, but not ours to signal
  }
}

const me = (): Owner => ({
  pid: process.pid,
  host: hostname(),
  bootId: bootId(),
  startTime: processStartTime(process.pid),
});

/** Whether the lock's holder can still be running; when in doubt, it is. */
export function holderIsGone(ownerText: string | null, lockAgeMs: number): boolean {
  let owner: Owner | null = null;
  try {
    owner = ownerText ? (JSON.parse(ownerText) as Owner) : null;
  } catch {
    owner = null;
  }
  const here = me();
  // No owner yet (taken a moment ago, or by an older version), or another machine's: age decides.
  if (!owner || owner.host !== here.host) return lockAgeMs > STALE_MS;
  if (owner.bootId && here.bootId && owner.bootId !== here.bootId) return true;
  if (!isRunning(owner.pid)) return true;
  const startTime = processStartTime(owner.pid);
  return Boolean(owner.startTime && startTime && owner.startTime !== startTime);
}

export class DataDirInUseError extends Error {}

/** Locks the folder for this process; the returned function releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${resolve(dataDir)}.lock`;
  const options = { lockfilePath: lockPath, realpath: false, stale: STALE_MS, update: 10_000 };
  for (let attempt = 1; ; attempt++) {
    try {
      const release = await lockfile.lock(dataDir, options);
      writeOwner(lockPath);
      return async () => {
        rmSync(join(lockPath, OWNER_FILE), { force: true });
        await release();
      };
    } catch (error) {
      // ENOTEMPTY: proper-lockfile judged the lock stale by age but cannot rmdir it (it holds owner.json).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ELOCKED" && code !== "ENOTEMPTY") throw error;
      const ownerText = readText(join(lockPath, OWNER_FILE));
      const age = lockAgeMs(lockPath);
      if (attempt > 3 || age === null || !holderIsGone(ownerText, age))
        throw new DataDirInUseError(
          `The database folder ${dataDir} is in use by another Powercard process` +
            `${ownerText ? ` (${ownerText})` : ""}; stop it first.`,
        );
      takeOver(lockPath, ownerText);
    }
  }
}

/**
 * Records who holds the lock inside its directory, keeping the directory's mtime as the lock
 * library set it: it refreshes that mtime every `update` ms and treats any other change as a
 * compromised lock (and the server would stop 10 s after starting).
 */
function writeOwner(lockPath: string) {
  const { atime, mtime } = statSync(lockPath);
  writeFileSync(join(lockPath, OWNER_FILE), JSON.stringify(me()));
  utimesSync(lockPath, atime, mtime);
}

function lockAgeMs(lockPath: string): number | null {
  try {
    return Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    return 0; // gone meanwhile: the next attempt takes it
  }
}

/**
 * Removes a dead holder's lock. It is first renamed aside (atomic), then checked to be the very
 * lock that was judged: if another process took the folder in between, its lock is put back.
 */
function takeOver(lockPath: string, judgedOwner: string | null) {
  const aside = `${lockPath}.dead-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // someone removed it first
    throw error;
  }
  if (readText(join(aside, OWNER_FILE)) !== judgedOwner) {
    renameSync(aside, lockPath);
    return; // not the lock we judged: the next attempt judges the new one
  }
  rmSync(aside, { recursive: true, force: true });
}
