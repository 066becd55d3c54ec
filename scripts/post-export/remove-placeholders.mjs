import fs from 'node:fs';
import path from 'node:path';

/** Kept in step with lib/static-params.ts. */
export const EMPTY_PARAM = '__vide__';

/**
 * Deletes what Next wrote for placeholder params (routes with nothing to list).
 * @param {string} outDir
 */
export function removePlaceholders(outDir) {
  const walk = (/** @type {string} */ dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (!entry.name.includes(EMPTY_PARAM)) {
        if (entry.isDirectory()) walk(full);
        continue;
      }
      fs.rmSync(full, { recursive: true, force: true });
    }
  };
  walk(outDir);
}
