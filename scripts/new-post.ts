/**
 * `npm run new -- "Titre de l'actualité"`: creates content/actualites/<slug>.md (CONTENT_DIR
 * honoured) with valid front matter to fill in. Never overwrites: a post with the same slug, in
 * any folder, stops it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentRoot, displayPath } from '@/lib/content/config';
import { slugify } from '@/lib/content/slug';

/** Today in Europe/Paris, the site's time zone, as YYYY-MM-DD. */
function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function newPostSource(title: string, date: string): string {
  // JSON strings are valid YAML double-quoted strings: quotes and accents are safe.
  return `---
title: ${JSON.stringify(title)}
description: ""
date: ${date}
tags: []
---

Écrire ici le texte de l’actualité, en Markdown.
`;
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const title = process.argv.slice(2).join(' ').trim();
if (!title) fail('give the title: npm run new -- "Titre de l’actualité"');
const slug = slugify(title);
if (!slug) fail(`« ${title} » has no letter or digit to make a file name from`);

const dir = path.join(contentRoot(), 'actualites');
const existing = fs.existsSync(dir)
  ? fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
      .map((d) => path.join(d.parentPath, d.name))
      .find((file) => slugify(path.basename(file).replace(/\.mdx?$/, '')) === slug)
  : undefined;
if (existing)
  fail(
    `${displayPath(existing)} already has the address /actualites/${slug}/: nothing written (choose another title, or edit that file)`,
  );

const file = path.join(dir, `${slug}.md`);
fs.mkdirSync(dir, { recursive: true });
// `wx`: fails rather than overwrite, even if the file appeared meanwhile.
fs.writeFileSync(file, newPostSource(title, parisToday()), { flag: 'wx' });
console.log(
  `✓ ${displayPath(file)} created: fill in description and tags, write the text, then run npm run check`,
);
