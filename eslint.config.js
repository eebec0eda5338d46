import fs from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = fs.existsSync('src/features')
  ? fs
      .readdirSync('src/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      '.data',
      '.data-*',
      'test-results',
      'playwright-report',
      '.generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      // The architecture of DESIGN.md, enforced: features never import each other, shared
      // code never imports a feature, and nothing below the shell imports the shell.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'A feature may not import another feature; move shared code to src/components, src/lib or src/api.',
            })),
            {
              target: ['./src/api', './src/components', './src/lib'],
              from: ['./src/features', './src/app'],
              message: 'Shared code may not depend on features or the app shell.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features may not import the app shell.',
            },
          ],
        },
      ],
      // One way to call the API: through src/api.
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'Call the API through src/api (queries and mutations), not fetch.',
        },
      ],
    },
  },
  {
    files: ['src/api/client.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The remembered (or the system's) theme, set before the first paint. A file, so the CSP
    // can forbid inline scripts; sent as it is written (public/ is not minified), so it
    // carries no comments: every first page loads it. Without storage it stays light.
    files: ['public/theme-init.js'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The vendor shapes the app and the sandbox share: types only, importing nothing, so the
    // server never reaches the app's code through them.
    files: ['src/api/vendor-shapes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportDeclaration', message: 'src/api/vendor-shapes.ts imports nothing.' },
      ],
    },
  },
  {
    // The server takes nothing from the app but the shared vendor shapes (its tests may, to
    // check the app's types and test stubs against the vendor document).
    files: ['server/**/*.ts'],
    ignores: ['**/*.test.ts', 'server/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/(^|\\/)src\\/(?!api\\/vendor-shapes$)/]',
          message: 'The server may import only src/api/vendor-shapes from the app.',
        },
      ],
    },
  },
  {
    // No import cycles, type-only ones included: a module and what it imports read in
    // one direction (a cycle is a module that wants splitting, or a dependency passed in).
    files: ['server/**/*.ts', 'src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The gateway stands alone (it reaches the sandbox only over its HTTP interface, in
    // process or over the network), and what both servers share depends on neither.
    files: ['server/gateway/**/*.ts', 'server/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sandbox', '**/sandbox/**'],
              message:
                'The gateway and server/lib may not import the sandbox; move what both need to server/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gateway', '**/gateway/**', '**/sandbox', '**/sandbox/**'],
              message: 'server/lib is shared by both servers: it may not import either.',
            },
          ],
        },
      ],
    },
  },
);
