import { defineConfig } from "@playwright/test";
import { baseURL, chromiumPath } from "./support/env.ts";

const executablePath = chromiumPath();

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./support/global-setup.ts",
  outputDir: "test-results/artifacts",
  // Two workers for a two-core machine; tests make their own accounts, so they never share state.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Whole journeys of two people, on a two-core machine that also runs the server and the database:
  // a minute per test proved too tight when the machine was busy. A passing test is no slower for it.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    // Every new browser would install the service worker and fetch the whole app shell for its cache;
    // only the tests of the installable app need it (they allow it), the rest load pages as before.
    serviceWorkers: "block",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
