import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const D3_BEHAVIOUR = [
  { name: 'd3-zoom', message: 'Use the zoom controller in src/zoom/.' },
  { name: 'd3-selection', message: 'React owns the DOM; D3 only computes.' },
  { name: 'd3-timer', message: 'Animate through the zoom controller in src/zoom/.' },
];
const ZUSTAND = [
  { name: 'zustand', message: 'Use the store in src/store/.' },
  { name: 'zustand/middleware', message: 'Use the store in src/store/.' },
];
const restrict = (files, ignores, paths) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { paths }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'tests/e2e/artifacts',
      'tests/bench/out',
      'shots',
      '*.tmp.mjs',
      '*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Keep the layers apart: D3 behaviour stays in the zoom controller, zustand in the store.
  restrict(['src/**/*.{ts,tsx}'], ['src/zoom/**', 'src/store/**'], [...D3_BEHAVIOUR, ...ZUSTAND]),
  restrict(['src/store/**/*.{ts,tsx}'], [], D3_BEHAVIOUR),
  restrict(['src/zoom/**/*.{ts,tsx}'], [], ZUSTAND),
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
