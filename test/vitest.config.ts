import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{api,services,db,e2e,browser,portal}/**/*.test.ts"],
    globalSetup: ["./helpers/global-setup.ts"],
    // Timeouts catch hangs, never slowness: on a slow machine shared with other work, creating and
    // migrating a database (hooks) or a test that starts servers takes minutes, not seconds. Speed
    // is measured by test/bench/, which prints figures.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll waits for a background job or a browser page: its default (1 s) is a speed test.
    expect: { poll: { timeout: 60_000 } },
    // Two cores: two files at a time, each with its own database.
    maxWorkers: 2,
  },
});
