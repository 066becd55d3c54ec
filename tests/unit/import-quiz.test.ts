import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '@/lib/content/parse';
import { guidesMapper } from '@/lib/import/guides';
import { quizMarkdown, rewriteQuizzes } from '@/lib/import/quiz';
import { renderBodyToHtml } from '@/lib/mdx/to-html';

const QUIZ = JSON.stringify({
  questions: [
    {
      question: 'Le réemploi est synonyme de *réutilisation*',
      answers: [{ title: 'Vrai' }, { title: 'Faux', isRight: true }],
      answerInformation: 'On parle de réutilisation une fois l’équipement devenu un déchet.',
    },
    { question: 'Deuxième ?', answers: [{ title: 'A', isRight: true }, { title: '<b>B</b>' }] },
  ],
});

/** A body as the site shows it, through the one pipeline of pages and feeds. */
async function html(body: string) {
  const { entry, problems } = parseEntry({
    kind: 'publication',
    absPath: path.resolve('content/publications/quiz.md'),
    file: 'content/publications/quiz.md',
    slug: 'quiz',
    url: '/publications/quiz/',
    source: `---\ntitle: Quiz\ndate: 2022-04-20\n---\n${body}\n`,
  });
  expect(problems).toEqual([]);
  return renderBodyToHtml(entry!);
}

describe('a quiz of the former site, written out without JavaScript', () => {
  it('shows each question and its answers, the right one and why in a closed <details>', async () => {
    const written = quizMarkdown(QUIZ);
    if (!('markdown' in written)) throw new Error(written.problem);
    const page = await html(written.markdown);
    expect(page).toContain(
      '<h2 id="1-le-réemploi-est-synonyme-de-réutilisation">1. Le réemploi est synonyme de *réutilisation*</h2>',
    );
    expect(page).toContain('<li>Vrai</li>');
    expect(page).toContain('<li>&#x3C;b>B&#x3C;/b></li>');
    expect(page).toMatch(
      /<details><summary>Voir la réponse<\/summary>\s*<p><strong>Réponse : Faux<\/strong><\/p>\s*<p>On parle de réutilisation/,
    );
    expect(page.match(/<details>/g)).toHaveLength(2);
    expect(page).not.toMatch(/<details open|<script|<form/);
  });

  it('replaces the form that loaded the quiz, and keeps one whose file is missing, with a note', () => {
    const body =
      'Avant.\n\n<form class="fr-form-group" data-quiz-json="/js/quiz/q.json"></form>\n\nAprès.';
    const found = rewriteQuizzes(body, (address) =>
      address === '/js/quiz/q.json' ? QUIZ : undefined,
    );
    expect(found.body).toMatch(/^Avant\.\n\n## 1\. Le réemploi/);
    expect(found.body).toMatch(/:::\n\nAprès\.$/);
    expect(found.notes).toHaveLength(1);
    const missing = rewriteQuizzes(body, () => undefined);
    expect(missing.body).toBe(body);
    expect(missing.notes[0]?.message).toMatch(
      /not found in the source: the form is left as written/,
    );
  });

  it('refuses a file that is not a list of questions', () => {
    expect(quizMarkdown('{"questions": []}')).toEqual({
      problem: 'not a list of questions with answers',
    });
    expect(quizMarkdown('{')).toMatchObject({ problem: expect.stringMatching(/^not valid JSON/) });
  });
});

const CORPUS = path.resolve('..', 'shared', 'corpus', 'minumeco-2026');
describe.runIf(fs.existsSync(CORPUS))('the quizzes of the 2026 corpus', () => {
  it('are written out in their guide pages, ten questions each', () => {
    const files = ['ecoconception-securite/quiz.md', 'fin-usage/quiz-fin-usage-deee.md'];
    const all = fs
      .readdirSync(path.join(CORPUS, 'content/ressources/documents-reference'), { recursive: true })
      .map((f) => `content/ressources/documents-reference/${String(f).split(path.sep).join('/')}`);
    const tree = {
      files: [
        ...all,
        'public/js/quiz/quiz-fin-usage.json',
        'public/js/quiz/quiz-ecoconception-securite.json',
      ]
        .filter((f) => fs.statSync(path.join(CORPUS, f)).isFile())
        .sort(),
      links: [],
      read: (p: string) => fs.readFileSync(path.join(CORPUS, p), 'utf8'),
    };
    const result = guidesMapper().map(tree);
    for (const file of files) {
      const page = result.outputs.find((o) => o.to === `publications/${file}`);
      const text = page && 'text' in page ? page.text : '';
      expect(text, file).not.toContain('<form');
      expect(text.match(/^:::accordion\[Voir la réponse\]$/gm), file).toHaveLength(10);
      expect(result.notes.some((n) => n.kind === 'quiz' && n.file === `publications/${file}`)).toBe(
        true,
      );
    }
  });
});
