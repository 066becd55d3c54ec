/**
 * The first module scripts/import.ts loads, before anything loads lib/config.mjs (which reads the
 * environment once): the check run on an import reports broken links as warnings, since links of
 * the former site to pages that did not move over are for an editor to review, unless LINKS was
 * given. Set here, it also reaches the check's worker threads, which read their own config.
 */
process.env.LINKS ??= 'warn';
