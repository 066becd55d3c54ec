import { z } from 'zod';

/**
 * The former site's quizzes: an empty `<form data-quiz-json="/js/quiz/x.json">` that a script
 * filled in from a JSON file, one question at a time. Here no script runs, so the importer writes
 * the quiz out in the page, in the dialect the editors already use: each question, its answers,
 * and an `:::accordion` (a native `<details>`) that reveals the right answer and why.
 */

const QuizSchema = z.object({
  questions: z
    .array(
      z.object({
        question: z.string().trim().min(1),
        answers: z
          .array(z.object({ title: z.string().trim().min(1), isRight: z.boolean().optional() }))
          .min(1),
        answerInformation: z.string().optional(),
      }),
    )
    .min(1),
});

/** A quiz form, and the address of its JSON file on the former site. */
export const QUIZ_FORM = /<form\b[^>]*\bdata-quiz-json="([^"]+)"[^>]*>\s*<\/form>/g;

/** Text shown as written: what Markdown or the dialect would read as syntax is escaped. */
const literal = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>{}#|]/g, '\\$&');

/** The quiz as Markdown, or why its file cannot be one. */
export function quizMarkdown(json: string): { markdown: string } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problem: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = QuizSchema.safeParse(data);
  if (!parsed.success) return { problem: 'not a list of questions with answers' };
  const blocks = parsed.data.questions.map((q, index) => {
    const right = q.answers.filter((a) => a.isRight).map((a) => literal(a.title));
    const answer =
      right.length > 0
        ? `**Réponse : ${right.join(' ; ')}**`
        : '**Aucune réponse n’est indiquée comme juste.**';
    const why = q.answerInformation?.trim() ? `\n\n${literal(q.answerInformation)}` : '';
    return [
      `## ${index + 1}. ${literal(q.question)}`,
      q.answers.map((a) => `- ${literal(a.title)}`).join('\n'),
      `:::accordion[Voir la réponse]\n${answer}${why}\n:::`,
    ].join('\n\n');
  });
  return { markdown: blocks.join('\n\n') };
}

export interface QuizRewrite {
  body: string;
  /** Offsets in the rewritten body, with what was done there. */
  notes: { offset: number; message: string }[];
}

/**
 * Writes out every quiz form of a body whose JSON file `readSiteFile` finds (by its address on
 * the former site); a form whose file is missing or unreadable is left as written, with a note.
 */
export function rewriteQuizzes(
  body: string,
  readSiteFile: (sitePath: string) => string | undefined,
): QuizRewrite {
  const notes: QuizRewrite['notes'] = [];
  let out = '';
  let last = 0;
  for (const match of body.matchAll(QUIZ_FORM)) {
    const [form, address = ''] = match;
    out += body.slice(last, match.index);
    last = match.index + form.length;
    const json = readSiteFile(address);
    const result = json === undefined ? { problem: 'not found in the source' } : quizMarkdown(json);
    if ('markdown' in result) {
      notes.push({
        offset: out.length,
        message: `quiz ${address} written out as questions, each answer in a « Voir la réponse » disclosure (the former site asked one question at a time with a script)`,
      });
      out += result.markdown;
    } else {
      notes.push({
        offset: out.length,
        message: `quiz ${address}: ${result.problem}: the form is left as written and shows nothing: write the questions in the page`,
      });
      out += form;
    }
  }
  return { body: out + body.slice(last), notes };
}
