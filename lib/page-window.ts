/**
 * Which page numbers a pager shows: the first, the last, and the current one with `radius`
 * neighbours, with a gap marker where numbers are skipped. A pager listing every page would grow
 * with the site (a 5,000-post news list has 417 pages: 417 links on each of them, quadratic in
 * total), and blow the DOM budget of every list page.
 */
export type PageWindowItem = number | 'gap';

export function pageWindow(page: number, totalPages: number, radius = 2): PageWindowItem[] {
  const shown = new Set<number>([1, totalPages]);
  for (let n = page - radius; n <= page + radius; n += 1) {
    if (n >= 1 && n <= totalPages) shown.add(n);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) items.push(n - 1);
    else if (previous !== undefined && n - previous > 2) items.push('gap');
    items.push(n);
  });
  return items;
}
