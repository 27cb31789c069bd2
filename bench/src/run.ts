import { benchApi } from "./api.ts";
import { measureCoach } from "./coach.ts";
import { benchColdStart } from "./cold-start.ts";
import { benchHistory } from "./history.ts";
import { benchLiveFanOut } from "./live.ts";
import { benchProgress } from "./progress.ts";
import type { BenchResult } from "./result.ts";
import { benchVault } from "./vault.ts";
import { benchWeb } from "./web.ts";

const postgresUrl = process.env.TEST_DATABASE_URL;
const onBothDatabases = async (bench: (url: string | undefined) => Promise<BenchResult | BenchResult[]>) =>
  [await bench(undefined), ...(postgresUrl ? [await bench(postgresUrl)] : [])].flat();

/** Each bench by name: `npm run bench -- history progress` runs only those. */
const benches: Record<string, () => Promise<BenchResult[]>> = {
  coach: async () => [measureCoach()],
  api: () => onBothDatabases(benchApi),
  live: () => onBothDatabases(benchLiveFanOut),
  progress: async () => [await benchProgress()],
  history: () => onBothDatabases(benchHistory),
  "cold-start": async () => [await benchColdStart()],
  web: () => benchWeb(),
  vault: async () => [await benchVault()],
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0) {
  process.stderr.write(
    `No bench called ${unknown.join(", ")}; the benches: ${Object.keys(benches).join(", ")}\n`,
  );
  process.exit(2);
}

// Speed and memory targets live here, never in unit tests: a busy machine must not fail a test.
const results: BenchResult[] = [];
for (const [name, bench] of Object.entries(benches)) {
  if (asked.length === 0 || asked.includes(name)) results.push(...(await bench()));
}

let missed = 0;
for (const result of results) {
  process.stdout.write(`\n${result.name}\n`);
  for (const line of result.lines) process.stdout.write(`  ${line}\n`);
  process.stdout.write(`  target: ${result.target} → ${result.passed ? "met" : "MISSED"}\n`);
  if (!result.passed) missed += 1;
}
process.exit(missed === 0 ? 0 : 1);
