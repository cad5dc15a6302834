// Jest runs the TypeScript sources as native ESM (the @actions/* packages are ESM-only),
// transpiled file by file by ts-jest (isolatedModules: no type checking here; `npm test`
// runs `tsc --noEmit` first).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 30000,
  // With --coverage (npm test): the project's own coverage, in the Cobertura format its own
  // coverage-gate reads (.ci/run gates it). V8's counters, mapped back to the TypeScript.
  coverageProvider: 'v8',
  collectCoverageFrom: ['actions/**/*.ts', 'packages/**/*.ts'],
  coverageReporters: ['cobertura', 'text-summary'],
  coverageDirectory: 'coverage',
};
