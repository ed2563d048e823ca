import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Says once what this machine skips (the Redis tests without redis-server).
    globalSetup: ["test/support/global-setup.ts"],
  },
});
