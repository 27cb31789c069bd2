import { benchApi } from "./api.ts";
import { measureCoach } from "./coach.ts";
import { benchColdStart } from "./cold-start.ts";
import { benchLiveFanOut } from "./live.ts";
import { benchProgress } from "./progress.ts";
import type { BenchResult } from "./result.ts";
import { benchWeb } from "./web.ts";

// Speed and memory targets live here, never in unit tests: a busy machine must not fail a test.
const results: BenchResult[] = [measureCoach()];
results.push(await benchApi(undefined));
if (process.env.TEST_DATABASE_URL) results.push(await benchApi(process.env.TEST_DATABASE_URL));
results.push(await benchLiveFanOut(undefined));
if (process.env.TEST_DATABASE_URL) results.push(await benchLiveFanOut(process.env.TEST_DATABASE_URL));
results.push(await benchProgress());
results.push(await benchColdStart());
results.push(...(await benchWeb()));

let missed = 0;
for (const result of results) {
  process.stdout.write(`\n${result.name}\n`);
  for (const line of result.lines) process.stdout.write(`  ${line}\n`);
  process.stdout.write(`  target: ${result.target} → ${result.passed ? "met" : "MISSED"}\n`);
  if (!result.passed) missed += 1;
}
process.exit(missed === 0 ? 0 : 1);
