#!/usr/bin/env node
/**
 * `node scripts/measure/bench-check.mjs [count] [--content short|corpus|generated] [--runs N]`: writes
 * `count` (default 1,000) news posts into bench/tmp/content/ and times `npm run check` on them
 * (CONTENT_DIR), N times (default 5): prints each time, the median, and the files checked.
 * A figure for the notes, not a test (it measures time).
 *
 * - `short` (default): short posts, each with the former site's HTML (a highlight box, a link
 *   with a class) and a table;
 * - `corpus`: the mission's 19 real news posts of 2022 (../shared/corpus), copied in turn until
 *   there are `count`, with its images; its links to the former site are broken, hence LINKS=warn
 *   and about 2,500 warnings;
 * - `generated`: the posts of `npm run bench` (scripts/measure/generate.mjs), of real-post length.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateContent } from './generate.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const count = Number(
  args.find((arg, i) => /^\d+$/.test(arg) && !args[i - 1]?.startsWith('--')) ?? 1000,
);
const content = option('--content', 'short');
const runs = Number(option('--runs', '5'));
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'minumeco-2022');

const dir = path.join(root, 'bench', 'tmp', 'content');
fs.rmSync(dir, { recursive: true, force: true });
const news = path.join(dir, 'actualites');
fs.mkdirSync(news, { recursive: true });

if (content === 'short') writeShortPosts();
else if (content === 'corpus') copyCorpus();
else if (content === 'generated') {
  fs.rmSync(dir, { recursive: true, force: true });
  await generateContent(dir, count);
} else throw new Error(`--content ${content}: expected short, corpus or generated`);

const times = [];
let summary = '';
for (let run = 0; run < runs; run++) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['scripts/check.mjs', '--quiet'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: dir, ...(content === 'corpus' ? { LINKS: 'warn' } : {}) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
  summary = `${result.stdout.trim().split('\n').at(-1)} (exit ${result.status})`;
}
const sorted = times.toSorted((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
console.log(summary);
console.log(`runs: ${times.map((t) => t.toFixed(2)).join(' ')} s`);
console.log(
  `npm run check on ${count} posts (${content}): median ${median.toFixed(2)} s of ${runs} runs`,
);

function writeShortPosts() {
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
      path.join(news, `note-${String(i).padStart(4, '0')}.md`),
      `---\ntitle: "Note ${i}"\ndescription: "Résumé de la note ${i}."\ndate: 2025-${month}-${day}\ntags: ["${tags[i % tags.length]}"]\n---\n\n${body}\n`,
    );
  }
}

/**
 * The real posts in turn (`0000-afnor-….md`, `0000-cee-….md`, …, `0001-afnor-….md`): files are
 * read in name order, so the check meets them mixed, as on a real site, not 53 copies in a row.
 */
function copyCorpus() {
  if (!fs.existsSync(corpus)) throw new Error(`the 2022 corpus is not at ${corpus}`);
  const posts = fs
    .readdirSync(path.join(corpus, 'actualites'))
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  for (let i = 0; i < count; i++) {
    const post = /** @type {string} */ (posts[i % posts.length]);
    const copy = `${String(Math.floor(i / posts.length)).padStart(4, '0')}-${post}`;
    fs.copyFileSync(path.join(corpus, 'actualites', post), path.join(news, copy));
  }
  fs.cpSync(path.join(corpus, 'public'), path.join(dir, 'public'), { recursive: true });
}
