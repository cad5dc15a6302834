// ESLint: the TypeScript sources, tests, benchmarks and scripts. Formatting is Prettier's
// (.prettierrc.json); these rules are about correctness and the project's conventions.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.tmp/',
      'bench/.data/',
      'examples/',
      'tests/fixtures/',
      'tests/journey-fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Non-null assertions are how the code states what a check above guaranteed (noUncheckedIndexedAccess).
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  // Scripts, benchmarks and tests print; the actions speak through @actions/core.
  { files: ['scripts/**', 'bench/**', 'tests/**', 'bin/**'], rules: { 'no-console': 'off' } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
