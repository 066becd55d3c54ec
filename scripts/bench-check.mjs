#!/usr/bin/env node
/**
 * `node scripts/bench-check.mjs [count]`: writes `count` (default 1,000) news posts of a realistic
 * size into bench/tmp/content/ and times `npm run check` on them (CONTENT_DIR). A figure for
 * the notes, not a test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 1000);
const dir = path.join(root, 'bench', 'tmp', 'content', 'actualites');
fs.rmSync(path.dirname(dir), { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const tags = ['Événement', 'Achats', 'Écoconception', 'Document de référence', 'Outils'];
for (let i = 0; i < count; i++) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const body = [
    `La mission publie aujourd’hui la note n° ${i}. [Lire la note](https://example.org/notes/${i}).`,
    '## Contexte',
    'Le numérique représente une part croissante de l’empreinte environnementale. '.repeat(8),
    '- premier point\n- deuxième point avec **gras**\n- troisième point',
    '<div class="fr-highlight">\n\n**À retenir** : un passage mis en avant.\n\n</div>',
    `<a href="/actualites/" class="fr-link">Toutes les actualités</a>`,
    '## Pour aller plus loin',
    'Un tableau :\n\n| a | b |\n|---|---|\n| 1 | 2 |',
  ].join('\n\n');
  fs.writeFileSync(
    path.join(dir, `note-${String(i).padStart(4, '0')}.md`),
    `---\ntitle: "Note ${i}"\ndescription: "Résumé de la note ${i}."\ndate: 2025-${month}-${day}\ntags: ["${tags[i % tags.length]}"]\n---\n\n${body}\n`,
  );
}

const started = process.hrtime.bigint();
const result = spawnSync(process.execPath, ['scripts/check.mjs', '--quiet'], {
  cwd: root,
  env: { ...process.env, CONTENT_DIR: path.dirname(dir) },
  encoding: 'utf8',
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(result.stdout.trim().split('\n').at(-1));
console.log(`npm run check on ${count} posts: ${seconds.toFixed(2)} s (exit ${result.status})`);
