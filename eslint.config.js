import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layers of src/lib, top to bottom: imports may only point down this list (docs in README).
const tfjs = { group: ['@tensorflow/*'], message: 'Only src/lib/tf may import tfjs.' };
const svelteImports = {
  group: ['svelte', 'svelte/*', '*.svelte', '**/*.svelte.js', '**/*.svelte.ts'],
  message: 'core and geometry are plain TypeScript: no Svelte.'
};
const layer = (names, from) => ({
  regex: `(^|/)(${names.join('|')})(/|$)`,
  message: `${from} must not import from ${names.join(', ')} (imports flow one way: core → tf/geometry → state → components → elements).`
});
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'HTMLElement',
  'HTMLCanvasElement',
  'Element',
  'Node',
  'requestAnimationFrame',
  'getComputedStyle'
].map((name) => ({ name, message: 'core and geometry touch no DOM.' }));

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default ts.config(
  {
    ignores: [
      'node_modules/',
      '.svelte-kit/',
      'build/',
      'dist/',
      'storybook-static/',
      'test-results/',
      'playwright-report/',
      'static/',
      // Apps that use the packed tarball (scripts/consumer-test.js): not part of this project's TypeScript program.
      'tests/consumer/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  // --- one rule per layer ---
  {
    files: ['src/**'],
    ignores: ['src/lib/tf/**'],
    rules: {
      ...restrict(tfjs),
      // import('@tensorflow/...') too: no-restricted-imports only sees static imports.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^@tensorflow\\//]',
          message: 'Only src/lib/tf may import tfjs.'
        }
      ]
    }
  },
  {
    files: ['src/lib/core/**'],
    rules: {
      ...restrict(
        tfjs,
        svelteImports,
        layer(['tf', 'geometry', 'state', 'components', 'elements'], 'core')
      ),
      'no-restricted-globals': ['error', ...domGlobals]
    }
  },
  {
    files: ['src/lib/geometry/**'],
    rules: {
      ...restrict(
        tfjs,
        svelteImports,
        layer(['tf', 'state', 'components', 'elements'], 'geometry')
      ),
      'no-restricted-globals': ['error', ...domGlobals]
    }
  },
  {
    files: ['src/lib/tf/**'],
    rules: restrict(svelteImports, layer(['geometry', 'state', 'components', 'elements'], 'tf'))
  },
  {
    files: ['src/lib/state/**'],
    rules: restrict(tfjs, layer(['components', 'elements'], 'state'))
  },
  {
    files: ['src/lib/components/**'],
    rules: restrict(tfjs, layer(['elements'], 'components'))
  },
  {
    files: ['stories/**'],
    rules: restrict(tfjs)
  }
);
