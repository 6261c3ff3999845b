// @ts-check
import tseslint from 'typescript-eslint';

/** Architecture rules: imports flow into core/, never out of it. */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'stream', 'util', 'events', 'process', 'worker_threads']
  .flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'scenarios/*.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'core/ is pure TypeScript: no Node, DOM, Electron or React.' })),
        patterns: [{ group: ['**/electron/**', '**/renderer/**', '**/cli/**'], message: 'Imports flow into core/, never out of it.' }],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'services and the CLI run without Electron; only electron/main wiring may import it.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'Node code does not import the renderer.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer talks to Node only through the bridge.' })),
        patterns: [{ group: ['**/electron/services/**', '**/cli/**'], message: 'The renderer talks to services only through the bridge.' }],
      }],
    },
  },
);
