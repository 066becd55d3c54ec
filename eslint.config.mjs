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
      'public/**',
      'bench/tmp/**',
      'next-env.d.ts',
    ],
  },
];
export default config;
