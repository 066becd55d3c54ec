import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblemWithSeverity } from '@/lib/content/problems';
import { prepareContainers } from '@/lib/mdx/dialect/source';
import { importWithEnv } from '../helpers/env';

/**
 * The former site's Markdown dialect (lib/mdx/dialect/): what the check says of it, and what a
 * body written in it becomes, through the pipeline the pages, the check and the feeds share.
 */
const BASE = 'tests/fixtures/dialect';

describe('the container syntax of the former site, in directive form', () => {
  it('rewrites each opener line for line, and leaves code alone', () => {
    const source = [
      ':::callout Un titre [important]',
      'Texte',
      ':::',
      ':::warning Attention',
      '???  Une question',
      '??? accordionsgroup',
      ':::quote /img/photo.jpg',
      ':::posts tags="A, B" upcoming',
      '```',
      ':::callout Dans du code',
      '```',
    ].join('\n');
    expect(prepareContainers(source).split('\n')).toEqual([
      ':::callout[Un titre \\[important\\]]',
      'Texte',
      ':::',
      ':::alert[Attention]{type="warning"}',
      ':::accordion[Une question]',
      ':::accordionsgroup',
      ':::quote{image="/img/photo.jpg"}',
      ':::posts{tags="A, B" upcoming}',
      '```',
      ':::callout Dans du code',
      '```',
    ]);
  });
});

describe('npm run check on the dialect', () => {
  it('accepts a post written in it, with warnings for what the site drops', async () => {
    const { problems } = await checkContent(path.join(BASE, 'ok'));
    const file = `${BASE}/ok/actualites/ancien-dialecte.md`;
    expect(problems.map(formatProblemWithSeverity)).toEqual([
      `${file}:8:1: warning: heading: level-1 heading (« # » or <h1>): the page title is the only one; it is shown as level 2 and the headings below it shift by one (write « ## »)`,
      `${file}:12:4: warning: attributes: « .rouge » removed (the site’s styles apply; an #id is kept as an anchor)`,
      `${file}:41:1: warning: html: <iframe> from « grist.numerique.gouv.fr »: the site embeds no frame of an unknown host; it is shown as a link to it`,
      `${file}:43:1: warning: html: <style> removed with its rules (the site’s stylesheet applies)`,
      `${file}:45:1: warning: html: <div>: « class » removed (the site’s styles apply)`,
      `${file}:46:4: warning: html: <button> « Fermer » removed with its text: buttons need JavaScript, which content cannot run`,
    ]);
  });

  it('refuses template logic and unknown constructs at their line, saying what to write', async () => {
    const { problems } = await checkContent(path.join(BASE, 'errors'));
    const file = `${BASE}/errors/actualites/logique.md`;
    expect(problems.map(formatProblemWithSeverity)).toEqual([
      `${file}:6:1: error: template: template logic « {% for item in collections['Semaine NumEco'] %} » is not run by this site: to list posts, write :::posts tags="…" (or series="…"); otherwise write the content itself`,
      `${file}:8:1: error: template: template logic « {% include "postslist-2cols.njk" %} » is not run by this site: to list posts, write :::posts tags="…" (or series="…"); otherwise write the content itself`,
      `${file}:10:1: error: template: « {{ collections.all | length }} » reads the former site's data, which this site does not have: to list posts, write :::posts tags="…"; otherwise write the text itself`,
      `${file}:12:1: error: template: unknown shortcode « {% youtube "abc" %} »: this site renders {% dailymotion "id" %} and {% transcription "Nom" %} … {% endtranscription %}`,
      `${file}:14:1: error: container: unknown container « :::inconnu »: use :::callout, :::alert, :::quote, :::accordion, :::posts (or :::info, :::warning, :::error, :::success)`,
      `${file}:18:1: error: posts: :::posts needs tags="…" or series="…" (e.g. :::posts tags="Semaine NumEco, Événement" upcoming)`,
      `${file}:21:1: error: shortcode: {% dailymotion %} needs the video's id in quotes, e.g. {% dailymotion "x9lx7hi" %}`,
      `${file}:23:1: error: shortcode: {% transcription %} is not closed: add {% endtranscription %} after the transcript`,
    ]);
  });
});

describe('a body in the dialect, as HTML', { timeout: 60_000 }, () => {
  let html = '';
  beforeAll(async () => {
    const [content, { renderBodyToHtml }] = await importWithEnv(
      { CONTENT_DIR: path.resolve(BASE, 'ok') },
      () => Promise.all([import('@/lib/content'), import('@/lib/mdx/to-html')]),
    );
    html = await renderBodyToHtml(content.getNewsBySlug('ancien-dialecte')!);
  }, 120_000);
  afterAll(() => vi.unstubAllEnvs());

  it('keeps no template syntax', () => {
    expect(html).not.toMatch(/\{%|%\}|\{\{|\}\}|:::|\?\?\?/);
  });

  it('gives the page title the only h1: a body # becomes h2, ## becomes h3', () => {
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="titre-de-section">Titre de section</h2>');
    expect(html).toContain('<h3 id="mon-ancre">Sous-titre</h3>');
  });

  it('keeps ids written as attributes, as anchors', () => {
    expect(html).toContain('<a href="https://example.org" id="lien-exemple">lien</a> à 10:30.');
  });

  it('makes the transcript and the accordion native <details>, which work without JavaScript', () => {
    expect(html).toMatch(
      /<details><summary>Transcription — Henri Verdier<\/summary>[\s\S]*Ambassadeur[\s\S]*Bonjour à toutes et à tous\.[\s\S]*<\/details>/,
    );
    expect(html).toMatch(
      /<details><summary>Une question<\/summary>\s*<p>La réponse\.<\/p>\s*<\/details>/,
    );
  });

  it('turns every embed into a link to its host in a feed (the page shows a card)', () => {
    expect(html).toContain('<a href="https://www.dailymotion.com/video/x9lx7hi">');
    expect(html).toContain(
      '<a href="https://shows.acast.com/669e18c83847f8c1a590bc69/episodes/680a071f3e1190c8312ef12a">Un épisode du podcast</a>',
    );
    expect(html).toContain(
      '<a href="https://video.mentor.gouv.fr/w/1a2b3c4d-aaaa-bbbb-cccc-1234567890ab">Une vidéo sur PeerTube</a>',
    );
    expect(html).toContain('<a href="https://grist.numerique.gouv.fr/o/docs/forms/abc">');
    expect(html).not.toContain('<iframe');
  });
});
