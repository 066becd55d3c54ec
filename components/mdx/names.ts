/**
 * Names of the components an `.mdx` file may use, without importing them: `npm run check` needs
 * the list, not React. components/mdx/index.tsx must register exactly these.
 */
export const REGISTERED_COMPONENTS: readonly string[] = [
  'Callout',
  'ExternalEmbed',
  'Highlight',
  'PostList',
  'ResourceList',
  'SiteMeasures',
  'VideoEmbed',
];
