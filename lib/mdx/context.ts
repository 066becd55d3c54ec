import { lookupImage, type AssetLookup, type Entry, type Problem } from '@/lib/content';
import type { OutlineHeading } from './plugins/headings';

/**
 * What of an entry the body's compilation may read: its text, its format, where it lives, and its
 * front-matter image (a body repeating it drops it). Nothing else: a compiled body is kept between
 * builds under a hash of exactly this, so a field read here but not hashed would serve stale ones.
 */
export interface BodySource {
  body: string;
  format: Entry['format'];
  file: string;
  absPath: string;
  bodyLine: number;
  image?: { path: string };
}

/** The {@link BodySource} of an entry (a copy: the entry itself may change later, images resolved). */
export function bodySourceOf(entry: BodySource): BodySource {
  const { body, format, file, absPath, bodyLine, image } = entry;
  return {
    body,
    format,
    file,
    absPath,
    bodyLine,
    ...(image ? { image: { path: image.path } } : {}),
  };
}

/** What every plugin of one compilation shares: the body's source, and where to report problems. */
export interface CompileContext {
  entry: BodySource;
  problems: Problem[];
  /** Names of the registered components an `.mdx` file may use. */
  components: ReadonlySet<string>;
  /** The internal links of the body, resolved once every page is known (`brokenLinks`). */
  links: SiteLink[];
  /** The content source the entry belongs to, where its `public/` folder is looked up. */
  root: string;
  /** The body's `h2` sections, as compiled (recorded by rehypeHeadings). */
  headings: OutlineHeading[];
  /** The first paragraph with words, as plain text (recorded by remarkFirstParagraph). */
  firstParagraph: string;
  /**
   * Every image the compilation looked up, with what it found: a compiled body kept across
   * builds is valid only while each lookup still finds the same (lib/mdx/compile.ts).
   */
  images: ImageLookup[];
}

/** An image of a body as the compilation found it. */
export interface ImageLookup {
  ref: string;
  from: string;
  root: string;
  found: AssetLookup;
}

/** Looks an image of the body up in the content source, and records what it found. */
export function lookupBodyImage(ctx: CompileContext, ref: string): AssetLookup {
  const found = lookupImage(ref, ctx.entry.absPath, ctx.root);
  ctx.images.push({ ref, from: ctx.entry.absPath, root: ctx.root, found });
  return found;
}

/** An internal link of a body, at its place in the file, resolved by `brokenLinks`. */
export interface SiteLink {
  href: string;
  file: string;
  /** The Markdown file, which relative links start from. */
  absPath: string;
  line: number;
  column?: number;
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

/** Where a node is in its file: its body line translated into a file line. */
export function placeOf(ctx: CompileContext, node: Positioned | undefined) {
  const start = node?.position?.start;
  return {
    file: ctx.entry.file,
    line: start ? ctx.entry.bodyLine + start.line - 1 : ctx.entry.bodyLine,
    column: start?.column,
  };
}

/** Reports a problem at a node. */
export function report(
  ctx: CompileContext,
  node: Positioned | undefined,
  problem: Omit<Problem, 'file' | 'line' | 'column'>,
): void {
  ctx.problems.push({ ...placeOf(ctx, node), ...problem });
}
