// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The pure core, lowest first: functions of their input, with no I/O. */
const CORE = [
  'errors',
  'accounts',
  'domain',
  'ingest',
  'analysis',
  'references',
  'mechanisms',
  'messages',
  'thesaurus',
  'search',
  'history',
  'knowledge',
  'editing',
  'suggest',
];
/** Renderers of files (exports, briefing packs): pure too, above the core. */
const RENDERERS = ['export', 'brief'];

/**
 * Which module of src/ may import which: the table of ARCHITECTURE.md, enforced here. A module may
 * always import its own files, and another module only through its index.ts; everything not listed
 * is refused. src/main.ts, the only wiring, may import every module. Keep the two in step.
 */
const MAY_IMPORT = {
  errors: [],
  accounts: ['errors'],
  domain: ['errors'],
  ingest: ['errors', 'domain'],
  analysis: ['errors', 'domain', 'ingest'],
  references: ['errors', 'domain', 'ingest', 'analysis'],
  mechanisms: ['errors', 'domain', 'ingest', 'analysis'],
  messages: ['errors', 'domain', 'mechanisms'],
  thesaurus: ['errors', 'domain', 'ingest', 'analysis'],
  search: ['errors', 'domain', 'ingest', 'analysis'],
  history: ['errors', 'domain', 'ingest', 'analysis'],
  knowledge: CORE.filter((name) => name !== 'knowledge' && name !== 'editing' && name !== 'suggest'),
  editing: CORE.filter((name) => name !== 'editing' && name !== 'suggest'),
  suggest: ['errors', 'domain', 'ingest', 'analysis', 'mechanisms', 'thesaurus', 'knowledge'],
  export: CORE,
  brief: [...CORE, 'export'],
  store: ['errors', 'accounts', 'domain', 'editing'],
  sources: ['errors', 'domain', 'ingest'],
  services: [...CORE, ...RENDERERS, 'store'],
  web: [...CORE, ...RENDERERS, 'services'],
  http: [...CORE, ...RENDERERS, 'services', 'web'],
  cli: [...CORE, ...RENDERERS, 'services'],
};

/** The modules under src/, one folder each. */
const MODULES = Object.keys(MAY_IMPORT);

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
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/elements': [
        ...MODULES.map((name) => ({ type: name, pattern: `src/${name}` })),
        { type: 'test-support', pattern: 'test/support' },
      ],
      'boundaries/files': [
        { category: 'test', pattern: ['src/**/*.test.ts', 'src/**/*.contract.ts', 'src/**/testing/**'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(MAY_IMPORT).flatMap(([from, to]) => [
              // A module's own files import each other freely ...
              { from: { element: { type: from } }, allow: { to: { element: { type: from } } } },
              // ... and another module only as the table allows, and only through its index.ts.
              {
                from: { element: { type: from } },
                allow: { to: { element: { types: { anyOf: to }, fileInternalPath: 'index.ts' } } },
              },
            ]),
            // Tests and test fixtures may reach any module through its index, and the shared test support.
            {
              from: { file: { categories: 'test' } },
              allow: { to: { element: { types: { anyOf: [...MODULES] }, fileInternalPath: 'index.ts' } } },
            },
            { from: { file: { categories: 'test' } }, allow: { to: { element: { type: 'test-support' } } } },
          ],
        },
      ],
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  {
    files: [...CORE, ...RENDERERS].map((name) => `src/${name}/**`),
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'better-sqlite3', 'hono', 'hono/*', 'pino'],
              message: 'This module is pure: no I/O.',
            },
          ],
        },
      ],
    },
  },
);
