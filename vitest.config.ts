import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The machines have two cores; integration tests mostly wait on their databases, so use both.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "core",
          root: "./core",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          // Property tests and the coach's full-fixture sweeps are slow on a busy machine; slow is not wrong.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "server",
          root: "./server",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          globalSetup: ["./test/support/template-databases.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "web",
          root: "./web",
          // What the build and its service worker keep; the pages themselves are tested in a browser (e2e/).
          include: ["build/**/*.test.ts"],
        },
      },
    ],
  },
});
