import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core runner, one file at a
    // time while most of them wait on child processes (the action's bundle, git, polyglot).
    maxWorkers: 2,
  },
});
