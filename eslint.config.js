import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers only import downward: shared knows nothing of main or renderer; only src-main/electron
// may import Electron; the renderer never reaches into the main process.
export default tseslint.config(
  { ignores: ['dist/**', 'dist-main/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Electron is imported only in src-main/electron/.' }] }],
    },
  },
  {
    files: ['src-main/electron/**/*.ts', 'tests/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure: no Electron.' }],
          patterns: [
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'shared/ may not import from src-main or src-renderer.' },
            { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'exceljs'], message: 'shared/ runs in the renderer too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the shell only through window.unionLedger.' }],
          patterns: [
            { group: ['**/src-main/**', 'better-sqlite3', 'node:*'], message: 'The renderer talks to the main process only through the API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Electron is imported only in src-main/electron/.' }],
          patterns: [{ group: ['**/src-renderer/**'], message: 'Main-process code does not import the renderer.' }],
        },
      ],
    },
  },
);
