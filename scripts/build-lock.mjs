/**
 * One build at a time, project-wide: builds share .next/ (Next's cache and server output), so two
 * at once would write the same files, whatever their output folder.
 *
 * The lock is a file created atomically (`wx` fails if it exists) that holds the pid and start
 * time of its build. A build killed without a chance to clean up (SIGKILL, power loss) leaves it
 * behind: a lock whose process is gone is stale and the next build takes it over.
 */
import fs from 'node:fs';

/** How long an unreadable lock (created, not yet written) is respected. */
const UNREADABLE_GRACE_MS = 10_000;

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
/** @param {number} pid */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} text @returns {{ pid: number, startedAt: string } | undefined} */
function parseLock(text) {
  try {
    const data = JSON.parse(text);
    return Number.isInteger(data?.pid) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock, or says who holds it.
 * @param {string} file
 * @param {{ pid?: number, now?: Date }} [self]
 * @returns {{ ok: true, release: () => void } | { ok: false, holder: { pid: number, startedAt: string } }}
 */
export function acquireLock(file, { pid = process.pid, now = new Date() } = {}) {
  const content = JSON.stringify({ pid, startedAt: now.toISOString() });
  // Two rounds at most: the second follows the removal of a stale lock.
  for (let round = 0; round < 2; round++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, content);
      fs.closeSync(fd);
      const release = () => {
        // Only our own lock: never one another build took over meanwhile.
        if (readText(file) === content) fs.rmSync(file, { force: true });
      };
      return { ok: true, release };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const text = readText(file);
    if (text === undefined) continue; // released between our two calls: try again
    const holder = parseLock(text);
    if (holder && isAlive(holder.pid)) return { ok: false, holder };
    // Unreadable: a lock being written, for an instant, unless it is old (its build died there).
    if (!holder && !isOld(file)) return { ok: false, holder: { pid: 0, startedAt: '' } };
    takeOverStale(file, text);
  }
  const holder = parseLock(readText(file) ?? '') ?? { pid: 0, startedAt: '' };
  return { ok: false, holder };
}

/**
 * Removes a stale lock, and only that one: the file is first renamed to a name of our own (one
 * process wins the rename), then checked. If another build replaced the stale lock with its live
 * one in the meantime, that lock is put back (`link` never overwrites) and left alone.
 * @param {string} file @param {string | undefined} staleText
 */
function takeOverStale(file, staleText) {
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // someone else took it first: the next round decides
  }
  if (readText(aside) !== staleText) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A third build holds the lock by now: it wins, ours fails in the next round.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** @param {string} file */
function isOld(file) {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > UNREADABLE_GRACE_MS;
  } catch {
    return false;
  }
}

/** @param {string} file */
function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
