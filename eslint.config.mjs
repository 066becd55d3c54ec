import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'out.prev/**',
      '.test-builds/**',
      '.out-previous/**',
      '.build/**',
      'out.new-*/**',
      'out.old-*/**',
      '.scratch/**',
      'bench/results/**',
      'test-results/**',
      // public/ is served as it is; its one script is linted like the rest (block below).
      'public/**/*',
      '!public/recherche/',
      '!public/recherche/*.js',
      'bench/tmp/**',
      'next-env.d.ts',
    ],
  },
  {
    // The search page's script runs in the browser, as a module: Node's globals do not exist there
    // (eslint-config-next declares them for every file).
    files: ['public/recherche/**/*.js'],
    languageOptions: { sourceType: 'module' },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'require', 'module', 'exports', 'Buffer', 'global', '__dirname'].map(
          (name) => ({ name, message: 'a browser script: Node globals do not exist here' }),
        ),
      ],
    },
  },
];
export default config;
