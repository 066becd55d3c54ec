import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pageExists, readPage } from '../helpers/build';
import { buildCorpus2026, CORPUS_2026 } from '../helpers/builds';

/**
 * The mission's themes and menu, imported (`npm run import`) and built: each theme page answers
 * at its former address with its title, each card leads to a page of the build whose title it
 * shows, and the header holds the menu the import wrote to navigation.yaml.
 */
const available = fs.existsSync(path.join(CORPUS_2026, 'URLS.tsv'));
let build: ReturnType<typeof buildCorpus2026>;

beforeAll(() => {
  if (available) build = buildCorpus2026();
});

const SUFFIX = / - Numérique écoresponsable$/;
const decode = (s: string) =>
  s
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('<!-- -->', '');
const h1 = (html: string) => decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const frontMatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '') as {
    title: string;
    items?: string[];
  };

describe.skipIf(!available)('the mission’s themes and menu, imported and built', () => {
  it('answers every /thematiques/ line of URLS.tsv with its page and its title', () => {
    const lines = fs
      .readFileSync(path.join(CORPUS_2026, 'URLS.tsv'), 'utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter(([url]) => url?.startsWith('/thematiques/'));
    expect(lines).toHaveLength(9);
    for (const [url = '', , title = ''] of lines) {
      expect(pageExists(build.outDir, url), url).toBe(true);
      expect(h1(readPage(build.outDir, url)), url).toBe(title.replace(SUFFIX, ''));
    }
  });

  it('shows each item of each theme as a card leading to a page of the build, with its title', () => {
    const dir = path.join(build.content, 'thematiques');
    const themes = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'index.md');
    expect(themes).toHaveLength(8);
    let cards = 0;
    for (const file of themes) {
      const { title, items = [] } = frontMatter(path.join(dir, file));
      const html = main(readPage(build.outDir, `/thematiques/${file.replace(/\.md$/, '')}/`));
      expect(h1(html)).toBe(title);
      const links = [...html.matchAll(/<a href="([^"]+)" class="card-link">([\s\S]*?)<\/a>/g)];
      expect(
        links.map((m) => m[1]),
        file,
      ).toEqual(items);
      for (const [, href = '', label = ''] of links) {
        const target = readPage(build.outDir, href);
        expect(target, href).not.toContain('http-equiv="refresh"');
        expect(decode(label), href).toBe(h1(target));
        cards++;
      }
    }
    // The guides this import publishes: the other keys are reported (import-report.txt).
    expect(cards).toBeGreaterThanOrEqual(14);
    const report = fs.readFileSync(path.join(build.content, 'import-report.txt'), 'utf8');
    expect(report).toMatch(
      /thematiques\/achats\.md:1: item \d « videosVersUnNumeriqueEcoresponsableAchats »: no page/,
    );
  });

  it('lists the themes on the index, « Vos besoins », in the former order', () => {
    const html = main(readPage(build.outDir, '/thematiques/'));
    expect(h1(html)).toBe('Vos besoins');
    const titles = [...html.matchAll(/class="card-link">([\s\S]*?)<\/a>/g)].map((m) =>
      decode(m[1]!),
    );
    expect(titles[0]).toBe('Se sensibiliser et se former aux enjeux environnementaux du numérique');
    expect(titles.at(-1)).toBe('Appliquer les bonnes pratiques dans ma collectivité');
  });

  it('holds the imported menu in the header and the imported footer', () => {
    const navigation = parse(
      fs.readFileSync(path.join(build.content, 'navigation.yaml'), 'utf8'),
    ) as {
      menu: { label: string; href?: string; links?: { label: string; href: string }[] }[];
      footer: { description: string; groups: { links: { href: string }[] }[] };
    };
    const html = readPage(build.outDir, '/thematiques/achats/');
    const header = /<nav aria-label="Navigation principale"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const shown = [...header.matchAll(/<a href="([^"]+)" class="nav-link">([^<]*)<\/a>/g)].map(
      (m) => `${decode(m[2]!)} ${m[1]}`,
    );
    // A section with a page of its own is its link (its page lists its pages); one without
    // shows its sub-links.
    const written = navigation.menu.flatMap((s) =>
      s.href ? [`${s.label} ${s.href}`] : (s.links ?? []).map((l) => `${l.label} ${l.href}`),
    );
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(shown).toEqual(written);
    const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
    expect(footer).toContain(navigation.footer.description);
    expect(footer).toContain('href="https://legifrance.gouv.fr"');
  });
});
