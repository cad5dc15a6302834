// ESLint flat config of the admin_console sample component. scripts/fixtures/quality.sh runs
// ESLint with it to make reports/quality/eslint.json; @eslint/js and typescript-eslint come from
// that script's scratch install, never from this repository.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: 'error',
      'prefer-const': 'error',
      'no-console': 'warn',
      '@typescript-eslint/no-unused-vars': 'error',
    },
  },
);
