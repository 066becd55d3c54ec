import { describe, expect, it } from 'vitest';
import { newsMapper, publicMapper } from '@/lib/import/news';
import { planImport, type SourceTree } from '@/lib/import/plan';
import { siteRoutesMapper } from '@/lib/import/site-routes';
import { formatReport } from '@/lib/import/report';

function tree(files: Record<string, string>, links: string[] = []): SourceTree {
  return {
    files: Object.keys(files).sort(),
    links,
    read: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`not in the tree: ${p}`);
      return text;
    },
  };
}

const POSTS_DATA =
  'module.exports = { tags: ["posts"], layout: "layouts/post.njk", permalink: function (data) { return `/actualites/${data.page.fileSlug}/`; } };';
const post = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndate: 2025-01-01\n${extra}---\nCorps\n`;

const SITE = tree({
  'README.md': '# site',
  '_includes/postslist.njk': '…',
  'content/actualites/index.njk': '…',
  'content/actualites/posts/posts.11tydata.js': POSTS_DATA,
  'content/actualites/posts/podcasts/podcasts.json': '{ "tags": ["Podcast"] }',
  'content/actualites/posts/podcasts/S2E1/S2E1.md': post('S2E1'),
  'content/actualites/posts/podcasts/S2E1/vignette.webp': 'webp',
  'content/actualites/posts/actus/annonce.md': post('Annonce'),
  'content/actualites/posts/actus/notes.txt.bak': 'x',
  'content/actualites/posts/vieux/annonce.md': post('Annonce bis'),
  'content/actualites/posts/img/a.png': 'png',
  'content/ressources/guide.md': post('Guide'),
  'content/ressources/guide.11tydata.js': 'module.exports = {}',
  'public/img/banner.webp': 'webp',
});

describe('planImport with the news, public and site routes mappers', () => {
  const plan = planImport(SITE, [newsMapper(), publicMapper(), siteRoutesMapper()]);

  it('writes posts and copies assets in the same sub-folders, and public/ as public/', () => {
    expect(
      plan.outputs.map((o) => ('text' in o ? `write ${o.to}` : `copy ${o.copy} -> ${o.to}`)),
    ).toEqual([
      'write actualites/actus/annonce.md',
      'copy content/actualites/posts/img/a.png -> actualites/img/a.png',
      'write actualites/podcasts/S2E1/S2E1.md',
      'copy content/actualites/posts/podcasts/S2E1/vignette.webp -> actualites/podcasts/S2E1/vignette.webp',
      'write actualites/vieux/annonce.md',
      // The former list's page 2, which posts removed since may have filled.
      'write redirects.yaml',
      'copy public/img/banner.webp -> public/img/banner.webp',
    ]);
    expect(plan.counts).toEqual({
      'posts written': 3,
      'assets copied': 2,
      'public files copied': 1,
      'files not imported': 5,
    });
  });

  it('applies the folder defaults of every level: tags of podcasts.json, the permalink of posts.11tydata.js', () => {
    const written = plan.outputs.find((o) => o.to === 'actualites/podcasts/S2E1/S2E1.md');
    expect(written && 'text' in written && written.text).toBe(
      '---\ntitle: S2E1\ndate: 2025-01-01\ntags:\n  - Podcast\naliases:\n  - /actualites/S2E1/\n---\nCorps\n',
    );
  });

  it('reports what it skipped, what clashes, and each data file it read', () => {
    const lines = plan.notes.map((n) => `${n.kind} ${n.file}:${n.line}: ${n.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'replaced content/actualites/index.njk:1: replaced by the lists of news of this site (/actualites/, /actualites/tags/…/, with their pages)',
        'skipped content/actualites/posts/actus/notes.txt.bak:1: neither a post nor an image or document: not imported',
        'address actualites/vieux/annonce.md:1: same address /actualites/annonce/ as actualites/actus/annonce.md: rename one of the two files',
        'skipped content/ressources/:1: 2 files not imported (no mapper for this folder yet)',
        'skipped _includes/:1: 1 file not imported (no mapper for this folder yet)',
        'skipped .:1: 1 file not imported at the root of the source (site code and documents)',
        'folder-data content/actualites/posts/podcasts/podcasts.json:1: read without running it: tags « Podcast » (merged)',
        'folder-data content/actualites/posts/posts.11tydata.js:1: read without running it: tags posts (Eleventy’s own collection, dropped); layout (ignored); permalink /actualites/${fileSlug}/ (the old addresses)',
      ]),
    );
  });

  it('writes one file where two would go (x/index.md beside x/x.md), and says which', () => {
    const clash = planImport(
      tree({
        'content/actualites/posts/x/index.md': post('Index'),
        'content/actualites/posts/x/x.md': post('X'),
      }),
      [newsMapper()],
    );
    expect(clash.outputs.map((o) => o.to)).toEqual(['actualites/x/x.md', 'redirects.yaml']);
    expect(clash.notes).toContainEqual({
      file: 'actualites/x/x.md',
      line: 1,
      kind: 'address',
      message:
        'written from content/actualites/posts/x/index.md; content/actualites/posts/x/x.md would go here too and is not written: rename one of the two',
    });
  });

  it('reports symbolic links without following them', () => {
    const withLink = planImport(tree({}, ['content/actualites/posts/evil.md']), [newsMapper()]);
    expect(withLink.notes).toEqual([
      {
        file: 'content/actualites/posts/evil.md',
        line: 1,
        kind: 'skipped',
        message: 'symbolic link: not followed, not imported',
      },
    ]);
  });
});

describe('formatReport', () => {
  it('groups lines by kind, counts them, and ends with a summary', () => {
    const report = formatReport(
      'Import of /src',
      [
        { file: 'actualites/b.md', line: 3, kind: 'alias', message: 'alias /actualites/B/' },
        { file: 'actualites/a.md', line: 9, kind: 'alias', message: 'alias /actualites/A/' },
        {
          file: 'actualites/a.md',
          line: 12,
          kind: 'template',
          message: '{% include "x" %}: no equivalent',
        },
        {
          file: 'actualites/a.md',
          line: 12,
          kind: 'template',
          message: '{% include "x" %}: no equivalent',
        },
      ],
      { 'posts written': 2 },
    );
    expect(report).toBe(`Import of /src

Old addresses kept as aliases (2)
actualites/a.md:9: alias /actualites/A/
actualites/b.md:3: alias /actualites/B/

Template logic left as written (no equivalent here) (1)
actualites/a.md:12: {% include "x" %}: no equivalent

Summary: 2 posts written; 3 lines to review: 2 aliases, 1 template construct.
`);
  });
});
