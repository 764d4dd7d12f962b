import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{api,services,db,e2e,browser,portal}/**/*.test.ts"],
    globalSetup: ["./helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: two files at a time, each with its own database.
    maxWorkers: 2,
  },
});
