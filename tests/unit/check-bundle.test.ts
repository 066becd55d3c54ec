import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey, checkBundle } from '@/scripts/check-bundle.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('the bundle of npm run check', { timeout: 60_000 }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-bundle-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is keyed by the content of its inputs, not their dates', () => {
    fs.writeFileSync(path.join(tmp, 'a.ts'), 'export const a = 1;');
    fs.writeFileSync(path.join(tmp, 'b.ts'), 'export const b = 2;');
    const key = bundleKey(tmp, ['a.ts', 'b.ts']);
    expect(key).toMatch(/^[0-9a-f]{16}$/);

    fs.utimesSync(path.join(tmp, 'a.ts'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(bundleKey(tmp, ['a.ts', 'b.ts'])).toBe(key);

    fs.writeFileSync(path.join(tmp, 'a.ts'), 'export const a = 3;');
    const changed = bundleKey(tmp, ['a.ts', 'b.ts']);
    expect(changed).not.toBe(key);
    // A file that went away (a package removed) changes the key as well.
    expect(bundleKey(tmp, ['a.ts', 'b.ts', 'c.ts'])).not.toBe(changed);
    fs.writeFileSync(path.join(tmp, 'a.ts'), 'export const a = 1;');
    expect(bundleKey(tmp, ['a.ts', 'b.ts'])).toBe(key);
  });

  it('lists as inputs the check’s own code, the packages it runs and esbuild', async () => {
    const dir = await checkBundle(ROOT);
    const inputs: string[] = JSON.parse(
      fs.readFileSync(path.join(path.dirname(dir), 'inputs.json'), 'utf8'),
    );
    for (const own of ['scripts/check.ts', 'lib/content/check-worker.ts', 'lib/mdx/check.ts']) {
      expect(inputs).toContain(own);
    }
    expect(inputs.some((input) => input.startsWith('node_modules/micromark/'))).toBe(true);
    expect(inputs.some((input) => input.startsWith('node_modules/yaml/'))).toBe(true);
    expect(inputs).toContain('node_modules/esbuild/package.json');
    expect(inputs).toContain('package-lock.json');
    // The folder is the one the current inputs name, with the check and its worker.
    expect(path.basename(dir)).toBe(bundleKey(ROOT, inputs));
    expect(fs.existsSync(path.join(dir, 'check.mjs'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'check-worker.mjs'))).toBe(true);
    // Asked again with nothing changed: the same folder, not a new bundle.
    expect(await checkBundle(ROOT)).toBe(dir);
  });
});
