/**
 * Browser tests' shared set-up: build the site once per test run (tests/helpers/build.ts), serve it
 * with the server of `npm start` (scripts/serve.mjs) on a free 127.0.0.1 port, drive Debian's
 * Chromium with playwright-core, and run axe-core in the page.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startSiteServer } from '../../scripts/serve.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };
import type { BuildResult } from './build';
import { siteBuild } from './builds';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface ServedSite {
  outDir: string;
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ */
  origin: string;
  /** Site path -> absolute URL on the test server. */
  url: (sitePath: string) => string;
  close: () => Promise<void>;
}

/** Builds the site (once per test run, shared with other test files) and serves it. */
export async function serveBuiltSite(build: BuildResult = siteBuild('site')): Promise<ServedSite> {
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.output.slice(-4000)}`);
  // headers: undefined keeps the server's own default headers, exactly as `npm start` sends them.
  const server = (await startSiteServer({ dir: build.outDir, port: 0, headers: undefined })) as {
    url: string;
    close: () => Promise<void>;
  };
  const origin = server.url;
  return {
    outDir: build.outDir,
    origin,
    url: (sitePath) => new URL(sitePath.replace(/^\//, ''), origin).href,
    close: server.close,
  };
}

/** A browser and a served site, started in beforeAll and stopped in afterAll. */
export interface BrowserSession {
  browser: Browser;
  site: ServedSite;
  close: () => Promise<void>;
}

/**
 * The browser session of a test file: the built site served and Chromium launched before its
 * tests, both stopped after them. The object is filled in by `beforeAll`.
 */
export function browserSessionForFile(build?: () => BuildResult): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    Object.assign(session, await startSession(build?.()));
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

export async function startSession(build?: BuildResult): Promise<BrowserSession> {
  const site = await serveBuiltSite(build);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    browser,
    site,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Opens a page in a fresh context (JS on unless told otherwise) and returns it with its context. */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  return context.newPage();
}

/** Everything that went wrong while a page loaded: console errors, page errors, failed requests. */
export function watchPage(page: Page, { expectedStatus = 200 } = {}): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The 404 page's own document answers 404 by design; Chromium logs that as a console error.
    const isOwnDocument = message.location().url === page.url();
    if (expectedStatus === 404 && isOwnDocument && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    const status = response.status();
    const isDocument = response.request().isNavigationRequest();
    if (status >= 400 && !(isDocument && status === expectedStatus)) {
      problems.push(`HTTP ${status}: ${response.url()}`);
    }
  });
  return { problems };
}

// ─── axe-core ──────────────────────────────────────────────────────────────────────────────────

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Context options for pages axe runs in: axe is injected as an inline script, which a strict
 * Content-Security-Policy from the server would block. Only axe's injection needs this; the other
 * tests see the site's real headers.
 */
export const AXE_CONTEXT: BrowserContextOptions = { bypassCSP: true };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for this site;
 * a real violation is fixed in the component, never silenced here.
 */
export const AXE_DISABLED_RULES: Record<string, string> = {};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** Runs axe-core in the page (the page's context must allow JavaScript) and returns violations. */
export async function runAxe(page: Page, only?: string[]): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const rules = Object.fromEntries(
    Object.keys(AXE_DISABLED_RULES).map((id) => [id, { enabled: false }]),
  );
  return page.evaluate(
    async ({ tags, rules, only }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: tags };
      const results = (await axe.run(document, {
        runOnly,
        rules,
        resultTypes: ['violations'],
      })) as {
        violations: AxeViolation[];
      };
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String),
          html: n.html,
          failureSummary: n.failureSummary,
        })),
      }));
    },
    { tags: AXE_TAGS, rules, only },
  );
}

/** A readable list: one block per rule, one line per element. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `• ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
        ...v.nodes.map(
          (n) =>
            `    ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 200)}${
              n.failureSummary
                ? `\n      ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 300)}`
                : ''
            }`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

export const SCREENSHOT_DIR = 'test-results/screenshots';
