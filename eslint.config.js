import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The pure cores (signing rules, parsers, diagnosis) must stay free of React, the DOM and the
// clock, so that every stage can be tested in isolation and reused by any front end.
const pureCore = [
  'src/signing/**/*.ts',
  'src/export/**/*.ts',
  'src/compare/**/*.ts',
  'src/share/**/*.ts',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: pureCore,
    languageOptions: {
      globals: {
        crypto: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        URL: 'readonly',
        console: 'off',
      },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'react/*', 'react-dom/*', '**/ui/**'] },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch'],
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core takes the time as an input.' },
        { object: 'Math', property: 'random', message: 'The core is deterministic.' },
        { object: 'performance', property: 'now', message: 'The core takes no clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core takes the time as an input.',
        },
      ],
      'no-console': 'error',
    },
  },
  {
    // Quoting for shells is about control characters: the exporter must name them to escape them.
    files: ['src/export/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{ts,js}', 'scripts/**/*', 'build/**/*'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
