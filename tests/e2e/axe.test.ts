import { describe, expect, it } from 'vitest';
import {
  AXE_CONTEXT,
  AXE_DISABLED_RULES,
  formatViolations,
  newPage,
  runAxe,
  browserSessionForFile,
} from '../helpers/browser';
import { DESKTOP, PAGE_TYPES, PHONE } from './pages';

const session = browserSessionForFile();

describe('axe-core (WCAG 2.1 A/AA + best practices) finds no violation', () => {
  it('switches off no rule without a written reason', () => {
    for (const [rule, reason] of Object.entries(AXE_DISABLED_RULES)) {
      expect(reason.trim().length, `reason for disabling ${rule}`).toBeGreaterThan(20);
    }
  });

  for (const viewport of [
    { label: 'desktop', size: DESKTOP },
    { label: 'phone', size: PHONE },
  ]) {
    it.each(PAGE_TYPES)(`$name ($path) on ${viewport.label}`, async ({ path, status }) => {
      const page = await newPage(session.browser, { viewport: viewport.size, ...AXE_CONTEXT });
      try {
        const response = await page.goto(session.site.url(path));
        expect(response?.status(), `status of ${path}`).toBe(status);
        // On a phone, check the open navigation menu too (it overlays the page).
        if (viewport.label === 'phone')
          await page.locator('header details summary').first().click();
        const violations = await runAxe(page);
        // Compared as text, so a failure prints a readable list: rule, element, HTML, why.
        expect(formatViolations(violations), `axe violations on ${path}`).toBe('');
      } finally {
        await page.context().close();
      }
    });
  }
});
