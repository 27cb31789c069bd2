import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The machines have two cores, but the longest integration tests mostly wait: on their databases,
    // on server processes they start and stop, and on jobs given time to run twice. A third worker
    // fills that waiting with another file's work.
    maxWorkers: 3,
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
          // Every file builds its own server on its own database and no test mocks a module, so the
          // files of one worker can share loaded modules: loading the server again for each file
          // took a sixth of the run.
          isolate: false,
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
