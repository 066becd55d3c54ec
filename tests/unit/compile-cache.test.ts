import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/content';
import { parseEntry } from '@/lib/content/parse';
import { compileBody, compileStats, pipelineKey, setCompileCache } from '@/lib/mdx/compile';

let tmp: string;
let contentDir: string;
let cacheDir: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-'));
  contentDir = path.join(tmp, 'content');
  cacheDir = path.join(tmp, 'cache');
  fs.mkdirSync(path.join(contentDir, 'actualites'), { recursive: true });
});
afterAll(() => {
  setCompileCache(undefined);
  fs.rmSync(tmp, { recursive: true, force: true });
});

function post(slug: string, body: string): Entry {
  const file = path.join(contentDir, 'actualites', `${slug}.md`);
  const source = `---\ntitle: ${slug}\ndate: 2024-01-01\n---\n${body}`;
  fs.writeFileSync(file, source);
  const { entry } = parseEntry({
    kind: 'news',
    file: `content/actualites/${slug}.md`,
    absPath: file,
    slug,
    url: `/actualites/${slug}/`,
    source,
  });
  return entry!;
}

const counts = () => ({ ...compileStats });
const since = (before: typeof compileStats) => ({
  compiled: compileStats.compiled - before.compiled,
  fromDisk: compileStats.fromDisk - before.fromDisk,
  fromMemory: compileStats.fromMemory - before.fromMemory,
});

/** A new process: nothing in memory, the same disk cache. */
const newBuild = (pipeline = 'pipeline-a') => setCompileCache({ dir: cacheDir, pipeline });

describe('compiled bodies kept between builds', () => {
  beforeEach(() => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('compiles each body once per build, and not at all in the next build', () => {
    const posts = ['un', 'deux', 'trois'].map((s) =>
      post(s, `Texte de ${s}, [lien](/actualites/).\n`),
    );
    newBuild();
    let before = counts();
    for (const p of posts) compileBody(p, [], contentDir);
    // The check compiled them; the page and the feed of the same build read them again.
    for (const p of posts) compileBody(p, [], contentDir);
    expect(since(before)).toEqual({ compiled: 3, fromDisk: 0, fromMemory: 3 });

    newBuild();
    before = counts();
    const again = posts.map((p) => compileBody(p, [], contentDir));
    expect(since(before)).toEqual({ compiled: 0, fromDisk: 3, fromMemory: 0 });
    expect(again[0]!.firstParagraph).toBe('Texte de un, lien.');
    expect(again[0]!.links.map((l) => l.href)).toEqual(['/actualites/']);
  });

  it('recompiles only the body that was edited', () => {
    const posts = ['un', 'deux', 'trois'].map((s) => post(s, `Texte de ${s}.\n`));
    newBuild();
    for (const p of posts) compileBody(p, [], contentDir);

    newBuild();
    const edited = post('deux', 'Texte de deux, corrigé.\n');
    const before = counts();
    const results = [posts[0]!, edited, posts[2]!].map((p) => compileBody(p, [], contentDir));
    expect(since(before)).toEqual({ compiled: 1, fromDisk: 2, fromMemory: 0 });
    expect(results[1]!.firstParagraph).toBe('Texte de deux, corrigé.');
  });

  it('finds the body the check compiled once the entry has its image resolved (the pages’ entry)', () => {
    // The check compiles each file as it parses it; the pages get the entries after the site is
    // put together, their front-matter image resolved to a file. Same body, same key.
    const checked = post('illustre', `Texte illustré.\n`);
    checked.image = { path: '/img/a.png', alt: 'Une image' };
    newBuild();
    compileBody(checked, [], contentDir);

    newBuild();
    const forPage = structuredClone(checked);
    forPage.image = { path: '/img/a.png', alt: 'Une image', file: '/somewhere/public/img/a.png' };
    forPage.description = 'Un autre champ du front matter, que le corps ne lit pas.';
    const before = counts();
    compileBody(forPage, [], contentDir);
    expect(since(before)).toEqual({ compiled: 0, fromDisk: 1, fromMemory: 0 });

    // What the body reads does count: another hero image may be dropped from the body or not.
    newBuild();
    const otherHero = { ...forPage, image: { path: '/img/b.png', alt: 'Une image' } };
    const after = counts();
    compileBody(otherHero, [], contentDir);
    expect(since(after).compiled).toBe(1);
  });

  it('never serves a body compiled by another pipeline', () => {
    const posts = ['un', 'deux'].map((s) => post(s, `Texte de ${s}.\n`));
    newBuild('pipeline-a');
    for (const p of posts) compileBody(p, [], contentDir);

    newBuild('pipeline-b');
    const before = counts();
    for (const p of posts) compileBody(p, [], contentDir);
    expect(since(before)).toEqual({ compiled: 2, fromDisk: 0, fromMemory: 0 });
  });

  it('recompiles a body whose image appeared since, instead of serving the old warning', () => {
    const withImage = post('image', '![Un schéma](./schema.png)\n');
    newBuild();
    const first = compileBody(withImage, [], contentDir);
    expect(first.problems.map((p) => p.rule)).toContain('image-missing');

    // A real PNG signature: the lookup checks the bytes.
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    fs.writeFileSync(path.join(contentDir, 'actualites', 'schema.png'), png);
    newBuild();
    const before = counts();
    const second = compileBody(withImage, [], contentDir);
    expect(since(before).compiled).toBe(1);
    expect(second.problems.map((p) => p.rule)).not.toContain('image-missing');
  });

  it('keeps no code: the kept body is JSON holding elements and component names', () => {
    const mdx = path.join(contentDir, 'actualites', 'composants.mdx');
    const source = `---\ntitle: Composants\ndate: 2024-01-01\n---\n<Callout title={danger()}>Texte {alert(1)}</Callout>\n`;
    fs.writeFileSync(mdx, source);
    const { entry } = parseEntry({
      kind: 'news',
      file: 'content/actualites/composants.mdx',
      absPath: mdx,
      slug: 'composants',
      url: '/actualites/composants/',
      source,
    });
    newBuild();
    const compiled = compileBody(entry!, ['Callout'], contentDir);
    const kept = JSON.stringify(compiled.tree);
    expect(kept).toContain('"name":"Callout"');
    expect(kept).not.toMatch(/danger|alert|estree|mdxTextExpression|mdxFlowExpression/);
    expect(compiled.problems.map((p) => p.rule)).toEqual(['mdx-expression', 'mdx-expression']);
  });
});

describe('pipelineKey', () => {
  it('changes when any plugin of lib/ or any dependency version changes, not otherwise', () => {
    const project = path.join(tmp, 'project');
    const plugin = path.join(project, 'lib', 'mdx', 'plugins', 'tables.ts');
    fs.mkdirSync(path.dirname(plugin), { recursive: true });
    fs.mkdirSync(path.join(project, 'components', 'mdx'), { recursive: true });
    fs.writeFileSync(plugin, 'export const a = 1;\n');
    fs.writeFileSync(path.join(project, 'components', 'mdx', 'names.ts'), 'export const n = [];\n');
    fs.writeFileSync(path.join(project, 'package-lock.json'), '{"packages":{"a":"1.0.0"}}');
    const first = pipelineKey(project);
    expect(pipelineKey(project)).toBe(first);

    fs.writeFileSync(plugin, 'export const a = 2;\n');
    const second = pipelineKey(project);
    expect(second).not.toBe(first);

    fs.writeFileSync(path.join(project, 'package-lock.json'), '{"packages":{"a":"1.0.1"}}');
    expect(pipelineKey(project)).not.toBe(second);
  });

  it('is the key of the disk cache this project uses', () => {
    setCompileCache(undefined);
    const body = post('cle', 'Texte.\n');
    compileBody(body, [], contentDir);
    const base = path.join(process.cwd(), 'node_modules', '.cache', 'compiled-bodies');
    expect(fs.readdirSync(base)).toEqual([pipelineKey()]);
  });
});
