import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer } from '../../scripts/serve.mjs';
import { ROOT } from '../helpers/build';
import { buildCorpus2026, CORPUS_2026 } from '../helpers/builds';
import { comparableTitle, follow, htmlTitle, readUrlsTsv, type Answer } from '../helpers/urls-tsv';

/**
 * Addresses are forever: every address the mission's current site publishes (its URLS.tsv) is
 * requested from the imported site served as `npm start` serves it (scripts/serve.mjs, with the
 * export's _redirects). Each answers with its page, or redirects to a page with the same title;
 * the old feeds' addresses answer with a feed (a feed reader follows no redirect page).
 */
const available = fs.existsSync(CORPUS_2026);

/**
 * Pages whose title here differs from the former one on purpose: the title the visitor lands on,
 * and why.
 */
const RENAMED: Record<string, { title: string; why: string }> = {
  '/': { title: 'Numérique écoresponsable', why: 'the home page is titled with the site’s name' },
  '/404.html': { title: 'Page introuvable', why: 'the site’s own wording of its error page' },
  '/publications/': {
    title: 'Publications',
    why: 'the section is « Publications » here (the former hub was titled « Ressources »)',
  },
  '/actualites/tags/': {
    title: 'Thèmes des actualités',
    why: 'the former « Tags » page lists the news by theme',
  },
  '/search-results/': {
    title: 'Rechercher',
    why: 'the former results page is the search page here (one page, the form and its results)',
  },
};

describe.skipIf(!available)('every address of the former site answers', () => {
  const rows = available ? readUrlsTsv(path.join(CORPUS_2026, 'URLS.tsv')) : [];
  const answers = new Map<string, Answer>();
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const build = buildCorpus2026();
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const server = await startSiteServer({ dir: build.outDir });
    close = server.close;
    const base = server.url.replace(/\/$/, '');
    for (const row of rows) answers.set(row.url, await follow(`${base}${row.url}`));
    // The figures for the closing note: how many answer directly, how many by a redirect.
    const direct = [...answers.values()].filter((a) => a.hops.length === 1).length;
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, 'test-results', 'former-addresses.json'),
      JSON.stringify({ lines: rows.length, direct, redirected: rows.length - direct }, null, 2),
    );
  }, 900_000);

  afterAll(async () => {
    await close?.();
  });

  it('reads every line of URLS.tsv', () => {
    expect(rows.length).toBe(400);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['html', 'feed', 'ics', 'other']));
  });

  it('answers every HTML address with a page of the same title, directly or by redirect', () => {
    const wrong: string[] = [];
    for (const row of rows.filter((r) => r.kind === 'html')) {
      const answer = answers.get(row.url)!;
      const where = `URLS.tsv:${row.line} ${row.url}${answer.hops.length > 1 ? ` → ${answer.hops.at(-1)}` : ''}`;
      if (answer.finalStatus !== 200) {
        wrong.push(`${where}: ${answer.finalStatus}`);
        continue;
      }
      const expected = RENAMED[row.url]?.title ?? comparableTitle(row.title);
      const title = comparableTitle(htmlTitle(answer.body) ?? '');
      // A page may add where it stands: « Glossaire – <its guide> », « Actualités – <tag> ».
      if (title !== expected && !title.startsWith(`${expected} – `))
        wrong.push(`${where}: title « ${title} », expected « ${expected} »`);
    }
    expect(wrong.join('\n')).toBe('');
  });

  it('keeps serving a valid feed at the former feeds’ addresses, with no redirect', () => {
    const feeds = rows.filter((r) => r.kind === 'feed');
    expect(feeds.map((r) => r.url).sort()).toEqual(['/feed/feed.json', '/feed/feed.xml']);
    for (const row of feeds) {
      const answer = answers.get(row.url)!;
      expect(answer.hops, row.url).toHaveLength(1);
      expect(answer.finalStatus, row.url).toBe(200);
      if (row.url.endsWith('.json')) {
        const feed = JSON.parse(answer.body) as { version: string; items: unknown[] };
        expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
        expect(feed.items.length).toBeGreaterThan(0);
      } else {
        expect(XMLValidator.validate(answer.body), row.url).toBe(true);
        expect(answer.body).toMatch(/<(feed|rss)\b/);
        expect(answer.body).toMatch(/<(entry|item)>/);
      }
    }
  });

  it('serves the calendar and the sitemap at their former addresses', () => {
    for (const row of rows.filter((r) => r.kind === 'ics' || r.kind === 'other')) {
      const answer = answers.get(row.url)!;
      expect(answer.hops, row.url).toHaveLength(1);
      expect(answer.finalStatus, row.url).toBe(200);
      if (row.kind === 'ics')
        expect(answer.body.startsWith('BEGIN:VCALENDAR\r\n'), row.url).toBe(true);
      else expect(XMLValidator.validate(answer.body), row.url).toBe(true);
    }
  });
});
