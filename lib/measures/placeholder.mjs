/**
 * The attribute that marks where the table of measures goes in a built page (`::mesures`): the
 * page renders an element with it (components/mdx/site-measures.tsx), the post-export step
 * scripts/post-export/site-measures.mjs replaces that element with the table.
 */
export const MEASURES_PLACEHOLDER = 'data-site-measures';
