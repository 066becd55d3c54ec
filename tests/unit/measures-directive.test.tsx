import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteMeasures } from '@/components/mdx/site-measures';
import { parseEntry } from '@/lib/content/parse';
import { MEASURES_PLACEHOLDER } from '@/lib/measures/placeholder.mjs';
import { renderCompiled } from '@/lib/mdx/render';
import { fillPlaceholders } from '@/scripts/post-export/site-measures.mjs';

/** `::mesures`: where the table of the measured pages goes (lib/mdx/dialect/measures.ts). */

async function render(body: string, format: 'md' | 'mdx' = 'md') {
  const file = `content/pages/declaration.${format}`;
  const { entry, problems } = parseEntry({
    kind: 'page',
    file,
    absPath: path.resolve(file),
    slug: 'declaration',
    url: '/declaration/',
    source: `---\ntitle: Déclaration\n---\n${body}`,
  });
  expect(problems).toEqual([]);
  const { content, problems: found } = renderCompiled(entry!, { SiteMeasures }, new Map());
  const html = renderToStaticMarkup(<>{content}</>);
  return {
    html,
    problems: found.map((p) => `${p.line}: ${p.severity}: ${p.field}: ${p.message}`),
  };
}

const PLACEHOLDER = new RegExp(`<div ${MEASURES_PLACEHOLDER}="">`, 'g');

describe('the ::mesures directive', () => {
  it('leaves the placeholder of the table where it stands, between the paragraphs', async () => {
    const { html, problems } = await render('Avant.\n\n::mesures\n\nAprès.\n');
    expect(problems).toEqual([]);
    expect(html.match(PLACEHOLDER)).toHaveLength(1);
    expect(html.indexOf('Avant.')).toBeLessThan(html.indexOf(MEASURES_PLACEHOLDER));
    expect(html.indexOf(MEASURES_PLACEHOLDER)).toBeLessThan(html.indexOf('Après.'));
    expect(html).not.toContain('::mesures');
  });

  it('is the same placeholder in .mdx, as <SiteMeasures />', async () => {
    const { html, problems } = await render('Avant.\n\n<SiteMeasures />\n', 'mdx');
    expect(problems).toEqual([]);
    expect(html.match(PLACEHOLDER)).toHaveLength(1);
  });

  it('refuses a second table in the same page, at its line, naming the first', async () => {
    const { html, problems } = await render('::mesures\n\nTexte.\n\n::mesures\n');
    // The body starts on line 4 of the file (after three lines of front matter).
    expect(problems).toEqual([
      '8: error: mesures: ::mesures is already at line 4: the table of measures is shown once a page, remove this one',
    ]);
    expect(html).not.toContain('::mesures');
  });

  it('refuses a label or options: the table always shows every page type', async () => {
    const { problems } = await render('::mesures{types="accueil"}\n');
    expect(problems).toEqual([
      '4: error: mesures: ::mesures takes no [label] and no {options}: write ::mesures alone on its line (the table shows every page type)',
    ]);
  });

  it('is text in the middle of a sentence, and other leaf directives stay text', async () => {
    const { html, problems } = await render('Écrire ::mesures dans une phrase.\n\n::autre\n');
    expect(problems).toEqual([]);
    expect(html).not.toMatch(PLACEHOLDER);
    expect(html).toContain('Écrire ::mesures dans une phrase.');
    expect(html).toContain('<p>::autre</p>');
  });

  it('is a placeholder the post-export step fills, and nothing else of the page changes', async () => {
    const { html } = await render('Avant.\n\n::mesures\n\nAprès.\n');
    const page = `<!DOCTYPE html><html lang="fr"><head><title>T</title></head><body><main>${html}</main></body></html>`;
    const filled = fillPlaceholders(page, '<table><caption>Mesures</caption></table>');
    expect(filled.count).toBe(1);
    const [before, after] = page.split(/<div data-site-measures="">[\s\S]*?<\/div>/);
    expect(filled.html).toBe(`${before}<table><caption>Mesures</caption></table>${after}`);
  });

  it('fills nothing in a page that only names the placeholder in its text', () => {
    const page = `<p>L’attribut ${MEASURES_PLACEHOLDER} marque la place du tableau.</p>`;
    expect(fillPlaceholders(page, '<table></table>')).toEqual({ html: page, count: 0 });
  });
});
