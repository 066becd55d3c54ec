import { vi } from 'vitest';

/**
 * Loads modules again under these environment variables. lib/config.mjs reads the environment
 * once, when first loaded: a test that needs another setting (LINKS=warn, CONTENT_DIR) in its own
 * process gets a fresh module graph, which reads it. Undo with `vi.unstubAllEnvs()`.
 */
export async function importWithEnv<T>(
  variables: Record<string, string>,
  load: () => Promise<T>,
): Promise<T> {
  vi.resetModules();
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  return load();
}
