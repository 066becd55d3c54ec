import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, htmlPages, readPage, ROOT } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

const hasCorpus = fs.existsSync(CORPUS);
if (!hasCorpus) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n! CORPUS LINK TESTS SKIPPED: ${CORPUS} not found.\n! They run wherever the shared 2022 corpus sits next to the repository.\n${line}\n`,
  );
}

const CONTENT_DIR = path.relative(ROOT, CORPUS);
const FILE = `${CONTENT_DIR}/actualites`;

/**
 * Every broken internal link of the 2022 corpus, as `file:line: link`: pages of the former site
 * that this one does not have (`/posts/`, `/agenda/`, `/formations/`), its PDF files under
 * `/docs/`, and publications the corpus links to without holding them.
 */
const BROKEN_LINKS = [
  `${FILE}/afnor-spec-ecoconception.md:17: /publications/referentiel-general-ecoconception/`,
  `${FILE}/afnor-spec-ecoconception.md:23: /agenda/afnor-spec-ecoconception/`,
  `${FILE}/formation-ecoconception.md:7: /formations/`,
  `${FILE}/formation-ecoconception.md:13: /formations/`,
  `${FILE}/guide-achats-numerique-responsable-version-beta.md:11: /publications/guide-pratique-achats-numeriques-responsables/`,
  `${FILE}/guide-achats-numerique-responsable-version-beta.md:19: /docs/2021/guide-achats-numeriques-responsables-version-beta-avril-2021.pdf`,
  `${FILE}/guide-achats-numerique-responsable-version-beta.md:25: /publications/guide-pratique-achats-numeriques-responsables/`,
  `${FILE}/guide-achats-numerique-responsable-version-beta.md:29: /docs/2021/guide-achats-numeriques-responsables-version-beta-avril-2021.pdf`,
  `${FILE}/hop-mois-numerique-durable.md:28: /publications/referentiel-general-ecoconception/`,
  `${FILE}/hop-mois-numerique-durable.md:29: /publications/guide-pratique-achats-numeriques-responsables/`,
  `${FILE}/hop-mois-numerique-durable.md:30: /publications/bonnes-pratiques/`,
  `${FILE}/hop-mois-numerique-durable.md:31: /publications/videos-vers-un-numerique-ecoresponsable/`,
  `${FILE}/impact-bonnes-pratiques.md:7: /publications/impact-bonnes-pratiques/`,
  `${FILE}/impact-bonnes-pratiques.md:11: /publications/impact-bonnes-pratiques/`,
  `${FILE}/impact-bonnes-pratiques.md:42: /docs/2021/Webinaire-Impact-bonnes-pratiques-organisations-08-12-2021.pdf`,
  `${FILE}/mois-innovation-publique-numerique-ecoresponsable.md:28: /docs/2021/mois-innovation-publique-numerique-ecoresponsable-2021-11-25.pdf`,
  `${FILE}/webinaire-guide-bonnes-pratiques.md:27: /publications/bonnes-pratiques/`,
  `${FILE}/webinaire-lancement-referentiel-ecoconception.md:11: /publications/referentiel-general-ecoconception/`,
  `${FILE}/webinaire-lancement-referentiel-ecoconception.md:13: /posts/rapport-obsolescence-logicielle/`,
  `${FILE}/webinaire-lancement-referentiel-ecoconception.md:34: /publications/referentiel-general-ecoconception/`,
];

/**
 * `path:line:column: severity: link « x » leads to no page` (npm run check) or
 * `path:line: warning: link « x » leads to no page` (the build) -> `path:line: x`.
 */
function brokenLinks(output: string, severity: 'error' | 'warning'): string[] {
  const pattern = new RegExp(
    `^(\\S+):(\\d+)(?::\\d+: ${severity}|${severity === 'warning' ? ': warning' : ''}): link « (.+) » leads to no page$`,
  );
  return output
    .split('\n')
    .map((line) => pattern.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}:${m[2]}: ${m[3]}`);
}

describe.skipIf(!hasCorpus)('the 2022 corpus and its broken links', () => {
  it('builds with LINKS=warn, reporting exactly the corpus’s broken links as warnings', () => {
    const result = siteBuild('corpus');
    expect(result.status, result.output).toBe(0);
    expect(brokenLinks(result.output, 'warning')).toEqual(BROKEN_LINKS);
    // No error line, in either format (`: error:` from the check, `path:line: link` from the build).
    expect(result.output).not.toMatch(/: error: |^\S+:\d+: link « /m);
    const tools = htmlPages(result.outDir).filter((p) =>
      /^\/publications\/boite-outils\/[^/]+\/$/.test(p),
    );
    expect(tools).toHaveLength(10);
    // The corpus has tool sheets but no publications: the hub still leads to the toolbox.
    expect(readPage(result.outDir, '/publications/')).toContain(
      'href="/publications/boite-outils/"',
    );
    expect(readPage(result.outDir, '/publications/boite-outils/ecodiag/')).toContain(
      'href="https://gitlab.inria.fr/guenneba/ecodiag"',
    );
  });

  it('stops on the same links, as errors, without LINKS=warn', () => {
    const check = spawnSync(process.execPath, ['scripts/check.mjs', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR, LINKS: '' },
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    expect(brokenLinks(check.stdout, 'error')).toEqual(BROKEN_LINKS);
  });
});
