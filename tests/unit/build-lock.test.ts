import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, isAlive } from '@/scripts/build-lock.mjs';

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

let dir: string;
let lock: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-lock-'));
  lock = path.join(dir, '.build.lock');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the build lock', () => {
  it('is taken when free, holds the pid and start time, and is released', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    const taken = acquireLock(lock, { now });
    expect(taken.ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toEqual({
      pid: process.pid,
      startedAt: now.toISOString(),
    });
    if (taken.ok) taken.release();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('refuses a second build while the first one’s process is alive, and says which', () => {
    const first = acquireLock(lock);
    const second = acquireLock(lock, { pid: process.pid + 1 });
    expect(second).toEqual({ ok: false, holder: expect.objectContaining({ pid: process.pid }) });
    if (first.ok) first.release();
  });

  it('takes over the lock of a build that was killed', () => {
    const dead = deadPid();
    expect(isAlive(dead)).toBe(false);
    fs.writeFileSync(lock, JSON.stringify({ pid: dead, startedAt: '2026-01-01T00:00:00.000Z' }));
    const taken = acquireLock(lock);
    expect(taken.ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    expect(fs.readdirSync(dir)).toEqual(['.build.lock']);
  });

  it('respects a lock being written, but not one left unreadable long ago', () => {
    fs.writeFileSync(lock, '');
    expect(acquireLock(lock).ok).toBe(false);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    expect(acquireLock(lock).ok).toBe(true);
  });

  it('releases only its own lock, never one another build took over', () => {
    const taken = acquireLock(lock);
    const other = JSON.stringify({ pid: process.pid, startedAt: 'other' });
    fs.writeFileSync(lock, other);
    if (taken.ok) taken.release();
    expect(fs.readFileSync(lock, 'utf8')).toBe(other);
  });
});
