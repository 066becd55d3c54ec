import { dirname } from './address';
import type { NewsLayout } from './layout';

/** `a/b/../c` as `a/c`; `undefined` if it climbs out of the source. */
export function posixNormalize(p: string): string | undefined {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** `%20` as a space, as lib/content/load.ts looks files up; a malformed escape as written. */
function decodeOrKeep(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

export interface ImageLookup {
  /** The post, in the source. */
  sourcePath: string;
  /** Whether a source file exists. */
  exists: (sourcePath: string) => boolean;
  /** Whether a source file is copied where the post's relative paths will find it. */
  copied: (sourcePath: string) => boolean;
  layout: NewsLayout;
}

/**
 * What is wrong with a front matter `image`, or `undefined` if this project will find it: a
 * relative path from the post's folder, `/x.png` from the public folder, as lib/content/load.ts.
 */
export function imageProblem(image: unknown, lookup: ImageLookup): string | undefined {
  const ref =
    typeof image === 'object' && image !== null ? (image as { path?: unknown }).path : image;
  if (ref === undefined || ref === null || (typeof ref === 'string' && ref.trim() === '')) {
    return 'image: empty: add the path of an image beside the post, or remove the line';
  }
  if (typeof ref !== 'string') return 'image: not a path: write « path: ./x.webp » and « alt: … »';
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref))
    return `image: « ${ref} » is a web address: images must be files of the site`;
  const clean = decodeOrKeep(ref.split(/[?#]/)[0] ?? '');
  const { layout } = lookup;
  if (clean.startsWith('/')) {
    const file = posixNormalize(`${layout.public}/${clean}`);
    return file && lookup.exists(file)
      ? undefined
      : `image: « ${ref} » not found in the source's ${layout.public}/ folder`;
  }
  const file = posixNormalize(`${dirname(lookup.sourcePath)}/${clean}`);
  if (!file || !lookup.exists(file))
    return `image: « ${ref} » not found beside the post in the source`;
  if (!lookup.copied(file)) {
    return `image: « ${ref} » is outside the news folder, so it is not copied: move it beside the post`;
  }
  return undefined;
}
