import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, browserSessionForFile } from '../helpers/browser';
import { DESKTOP, PAGE_TYPES, VIEWPORTS } from './pages';

const session = browserSessionForFile();

interface FocusReport {
  tag: string;
  text: string;
  visible: boolean;
  /** How the focus shows: an outline on the element, or a ring on the card holding it. */
  indicator: string;
  /** Contrast of the indicator against what surrounds it (WCAG 2.4.11/1.4.11 ask for 3:1). */
  contrast: number;
  /** Thickness of the indicator in CSS pixels. */
  thickness: number;
}

/** Describes the focused element's focus indicator, computed by the browser. */
function focusReport(page: Page): Promise<FocusReport | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const parse = (value: string): [number, number, number, number] | null => {
      const m = value.match(/rgba?\(([^)]+)\)/);
      if (!m?.[1]) return null;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = (c ?? 0) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    /** The first opaque background behind an element (the page's if none). */
    const backgroundOf = (node: Element | null): number[] => {
      for (let n = node; n; n = n.parentElement) {
        const bg = parse(getComputedStyle(n).backgroundColor);
        if (bg && bg[3] > 0.5) return bg;
      }
      return parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255];
    };
    const rect = el.getBoundingClientRect();
    const visible =
      rect.width > 1 &&
      rect.height > 1 &&
      getComputedStyle(el).visibility !== 'hidden' &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.left < window.innerWidth;
    const base = {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 60),
      visible,
    };
    const style = getComputedStyle(el);
    const outlineWidth = parseFloat(style.outlineWidth);
    const outlineColor = parse(style.outlineColor);
    if (style.outlineStyle !== 'none' && outlineWidth > 0 && outlineColor) {
      // The outline sits outside the element (offset >= 0): compare with the background behind it.
      const behind =
        parseFloat(style.outlineOffset) >= 0 ? backgroundOf(el.parentElement) : backgroundOf(el);
      return {
        ...base,
        indicator: 'outline',
        contrast: contrast(outlineColor, behind),
        thickness: outlineWidth,
      };
    }
    // A focus ring drawn by an ancestor (`focus-within:ring-*`, a box-shadow), e.g. a news card.
    for (let n = el.parentElement; n; n = n.parentElement) {
      // Tailwind stacks several shadow layers, most of them transparent: keep the opaque ones.
      const layers = (getComputedStyle(n).boxShadow.match(/rgba?\([^)]*\)[^,]*/g) ?? [])
        .map((layer) => ({
          color: parse(layer),
          size: Math.max(
            0,
            ...[...layer.matchAll(/(-?[\d.]+)px/g)].map((m) => Math.abs(Number(m[1]))),
          ),
        }))
        .filter((layer) => layer.color && layer.color[3] > 0.5 && layer.size > 0);
      const ring = layers[0];
      if (ring?.color) {
        return {
          ...base,
          indicator: `ring on <${n.tagName.toLowerCase()}>`,
          contrast: contrast(ring.color, backgroundOf(n.parentElement)),
          thickness: ring.size,
        };
      }
    }
    return { ...base, indicator: 'none', contrast: 0, thickness: 0 };
  });
}

describe('keyboard', () => {
  for (const javaScriptEnabled of [false, true]) {
    it.each(PAGE_TYPES)(
      `the first Tab reaches « Aller au contenu », Enter moves focus to the main content: $name (JS ${javaScriptEnabled ? 'on' : 'off'})`,
      async ({ path, status }) => {
        const page = await newPage(session.browser, { viewport: DESKTOP, javaScriptEnabled });
        try {
          expect((await page.goto(session.site.url(path)))?.status()).toBe(status);
          await page.keyboard.press('Tab');
          const skip = await focusReport(page);
          expect(skip?.text).toBe('Aller au contenu');
          expect(skip?.visible, 'the skip link shows when focused').toBe(true);
          await page.keyboard.press('Enter');
          await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
          expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
          // The next Tab goes on from the main content, not from the top of the page.
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => !!document.activeElement?.closest('main#contenu'))).toBe(
            true,
          );
        } finally {
          await page.context().close();
        }
      },
    );
  }

  for (const { label, viewport } of VIEWPORTS) {
    it.each(PAGE_TYPES)(
      `focus is always visible (3:1, at least 2px) on every element Tab reaches: $name on ${label}`,
      async ({ path, status }) => {
        const page = await newPage(session.browser, { viewport, javaScriptEnabled: false });
        try {
          expect((await page.goto(session.site.url(path)))?.status()).toBe(status);
          const seen: FocusReport[] = [];
          for (let i = 0; i < 80; i++) {
            await page.keyboard.press('Tab');
            const report = await focusReport(page);
            if (!report) break; // back to the browser's chrome: the whole page was visited
            seen.push(report);
          }
          expect(seen.length).toBeGreaterThan(3);
          const bad = seen.filter(
            (r) => !r.visible || r.indicator === 'none' || r.contrast < 3 || r.thickness < 2,
          );
          expect(
            bad.map(
              (r) =>
                `<${r.tag}> « ${r.text} »: ${r.indicator}, ${r.contrast.toFixed(2)}:1, ${r.thickness}px, visible=${r.visible}`,
            ),
          ).toEqual([]);
        } finally {
          await page.context().close();
        }
      },
    );
  }
});
