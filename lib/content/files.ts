import path from 'node:path';
import { classifyPublicFolder, findLinks } from '@/lib/media/public-files.mjs';
import { displayPath } from './config';
import type { Problem } from './problems';

/**
 * The files of a content source as files, whatever the Markdown says: no symbolic link anywhere
 * (it would let content name a file outside its source), and in `public/` only what the site may
 * publish as it is (lib/media/public-files.mjs). One walk of the source; each problem names the
 * file, at line 1 since it is not a text an editor fixes at a line.
 */
export function auditContentFiles(root: string): Problem[] {
  root = path.resolve(root);
  const problems: Problem[] = findLinks(root).map((file) => ({
    file: displayPath(file),
    line: 1,
    severity: 'error',
    field: 'file',
    rule: 'file-link',
    message:
      'is a symbolic link (or another special file): content must be real files inside its source (put the file itself here)',
  }));
  // The project's own public/ (CONTENT_DIR=.) is the site's code, not content.
  const contentPublic = path.join(root, 'public');
  if (contentPublic === path.resolve('public')) return problems;
  for (const { file, problem, warning } of classifyPublicFolder(contentPublic)) {
    if (!problem && !warning) continue;
    problems.push({
      file: displayPath(file),
      line: 1,
      severity: problem ? 'error' : 'warning',
      field: 'public',
      rule: problem ? 'public-file' : 'public-document',
      message: problem ?? warning ?? '',
    });
  }
  return problems;
}
