import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatAnnotation,
  withCommandsStopped,
} from '@/lib/github-annotations';

describe('GitHub annotations', () => {
  it('writes file, line and column as properties, and the message after ::', () => {
    expect(
      formatAnnotation({
        level: 'error',
        file: 'content/a.md',
        line: 3,
        col: 7,
        message: 'date: bad',
      }),
    ).toBe('::error file=content/a.md,line=3,col=7::date: bad');
    expect(formatAnnotation({ level: 'warning', file: 'a.md', line: 1, message: 'm' })).toBe(
      '::warning file=a.md,line=1::m',
    );
    expect(formatAnnotation({ level: 'notice', message: 'm' })).toBe('::notice::m');
  });

  it('escapes %, CR, LF, : and , in property values', () => {
    expect(escapeProperty('50%,a:b\r\nc')).toBe('50%25%2Ca%3Ab%0D%0Ac');
    expect(formatAnnotation({ level: 'error', file: 'a,line=99.md', line: 1, message: 'm' })).toBe(
      '::error file=a%2Cline=99.md,line=1::m',
    );
  });

  it('escapes %, CR and LF in the message, and leaves : and , as written', () => {
    expect(escapeData('100% sûr: a, b\r\nc')).toBe('100%25 sûr: a, b%0D%0Ac');
  });

  it('never lets a file name or a message start another command on a new line', () => {
    const line = formatAnnotation({
      level: 'warning',
      file: 'a\n::error file=x.md,line=1::injected.md',
      line: 1,
      message: 'm\n::error::injected',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      '::warning file=a%0A%3A%3Aerror file=x.md%2Cline=1%3A%3Ainjected.md,line=1::m%0A::error::injected',
    );
  });

  it('stops commands around plain output, resuming with the token only', () => {
    expect(withCommandsStopped(['a', '::error::b'], 't0k3n')).toEqual([
      '::stop-commands::t0k3n',
      'a',
      '::error::b',
      '::t0k3n::',
    ]);
  });
});

describe(
  'npm run check on a GitHub runner, with a file name holding a line break',
  { timeout: 60_000 },
  () => {
    it('prints no line that GitHub would read as a command of the content', () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'annotations-'));
      fs.mkdirSync(path.join(root, 'actualites'));
      const name = 'piege\n::error title=injecte::injecte.md';
      fs.writeFileSync(
        path.join(root, 'actualites', name),
        '---\ntitle: "Date"\ndate: 2022-02-30\n---\n\nTexte.\n',
      );
      const result = spawnSync(process.execPath, ['scripts/check.mjs'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: root, GITHUB_ACTIONS: 'true', CI: 'true' },
      });
      fs.rmSync(root, { recursive: true, force: true });
      expect(result.status, result.stderr).toBe(1);

      // What the runner reads: commands, except between ::stop-commands::T and ::T::.
      const commands: string[] = [];
      let stoppedUntil: string | undefined;
      for (const line of result.stdout.split('\n')) {
        if (stoppedUntil) {
          if (line === stoppedUntil) stoppedUntil = undefined;
          continue;
        }
        const stop = /^::stop-commands::(.+)$/.exec(line);
        if (stop) stoppedUntil = `::${stop[1]}::`;
        else if (line.startsWith('::')) commands.push(line);
      }
      expect(stoppedUntil).toBeUndefined();
      expect(commands.length).toBeGreaterThanOrEqual(1);
      for (const command of commands) {
        expect(command).toMatch(
          /^::(error|warning) file=[^,:]*piege%0A%3A%3Aerror title=injecte%3A%3Ainjecte\.md,line=\d+/,
        );
      }
      expect(commands.some((c) => c.startsWith('::error title=injecte'))).toBe(false);
    });
  },
);
