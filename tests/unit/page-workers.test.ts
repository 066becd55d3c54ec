import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWorkersFor } from '@/next.config.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'page-workers-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function source(name: string, posts: number): string {
  const dir = path.join(tmp, name, 'actualites');
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < posts; i++) fs.writeFileSync(path.join(dir, `p${i}.md`), '---\n---\n');
  fs.writeFileSync(path.join(dir, 'image.png'), '');
  return path.join(tmp, name);
}

describe('workers of Next’s page generation (next.config.mjs)', () => {
  it('uses every core for a source of ordinary size', () => {
    expect(pageWorkersFor({}, source('small', 3), 2, 5)).toBe(2);
  });

  it('uses one worker above the limit of content files (each worker holds the whole content)', () => {
    const large = source('large', 6);
    expect(pageWorkersFor({}, large, 2, 5)).toBe(1);
    // Only Markdown files count: five posts and an image stay under a limit of five.
    expect(pageWorkersFor({}, source('limit', 5), 2, 5)).toBe(2);
  });

  it('does what PAGE_WORKERS says, whatever the size', () => {
    expect(pageWorkersFor({ pageWorkers: 3 }, path.join(tmp, 'large'), 2, 5)).toBe(3);
  });

  it('leaves a missing content folder to the content check', () => {
    expect(pageWorkersFor({}, path.join(tmp, 'absent'), 2)).toBe(2);
  });
});
