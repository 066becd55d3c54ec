import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';

const newPost = (contentDir: string, ...args: string[]) =>
  spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/new-post.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });

// Spawns tsx: slow to start on a busy machine, hence the generous timeout (not a speed test).
describe('npm run new', { timeout: 60_000 }, () => {
  it('creates content/actualites/<slug>.md with front matter that passes the check', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    const result = newPost(dir, "Titre de l'actualité été");
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(dir, 'actualites', 'titre-de-l-actualite-ete.md');
    const source = fs.readFileSync(file, 'utf8');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    expect(source).toBe(
      `---\ntitle: "Titre de l'actualité été"\ndescription: ""\ndate: ${today}\ntags: []\n---\n\nÉcrire ici le texte de l’actualité, en Markdown.\n`,
    );
    const { problems } = await checkContent(dir);
    expect(problems).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to overwrite a post with the same address, in any folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    const existing = path.join(dir, 'actualites', 'archives', 'Mon Titre.md');
    fs.mkdirSync(path.dirname(existing), { recursive: true });
    fs.writeFileSync(existing, 'mine');
    const result = newPost(dir, 'mon titre');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'already has the address /actualites/mon-titre/: nothing written',
    );
    expect(fs.readFileSync(existing, 'utf8')).toBe('mine');
    expect(fs.readdirSync(path.join(dir, 'actualites'))).toEqual(['archives']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asks for a title when none is given', () => {
    const result = newPost(fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('give the title');
  });
});
