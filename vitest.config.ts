import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take near a minute each: they start `mend` processes, kill them, wait on the job
 * queue or build the demo's history. Vitest orders files by earlier runs' durations, which a clean
 * clone has none of, and then by size, which put some of these last, to run alone after the rest
 * had finished. Started first, they run beside the many short files.
 */
const longestFiles = [
  "server/test/accounts-cli.test.ts",
  "server/src/features/notifications/notifications.test.ts",
  "server/test/crash.test.ts",
  "server/test/operations-cli.test.ts",
  "server/src/jobs/jobs.test.ts",
  "server/src/cli/demo/demo.test.ts",
  "server/test/two-servers-reminders.test.ts",
  "server/test/operations.test.ts",
  "server/test/startup.test.ts",
  "server/test/bad-input.property.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = longestFiles.findIndex((longest) => file.moduleId.endsWith(longest));
      return index === -1 ? longestFiles.length : index;
    };
    // Array sort is stable: the rest keep Vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // The machines have two cores, but the longest integration tests mostly wait: on their databases,
    // on server processes they start and stop, and on jobs given time to run twice. A third worker
    // fills that waiting with another file's work.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
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
