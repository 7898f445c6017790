// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?:[a-z-]+)/(?!index\\.js$).+',
              message: 'Import another module only through its index.js.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/analysis/**', 'src/search/**', 'src/ingest/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'better-sqlite3', 'hono', 'hono/*'],
              message: 'This module is pure: no I/O.',
            },
            {
              regex: '^\\.\\./(?:[a-z-]+)/(?!index\\.js$).+',
              message: 'Import another module only through its index.js.',
            },
          ],
        },
      ],
    },
  },
);
