import type { DatabaseHandle } from "../../src/db/database.ts";
import { jobSchema } from "../../src/jobs/engine.ts";

/**
 * How far ahead a job counts as due now: retries of the tests' quick queues wait a few seconds, while
 * a job put off on purpose (until quiet hours end, a later schedule) waits an hour or more.
 */
const dueWithinSeconds = 15;

/** Jobs that are waiting to run, running, or waiting a few seconds to be tried again. */
export async function jobsUnfinished(handle: Pick<DatabaseHandle, "executeSql">): Promise<number> {
  const { rows } = (await handle.executeSql(
    `select count(*)::int as n from ${jobSchema}.job
     where state in ('created', 'retry', 'active')
       and start_after < now() + interval '${dueWithinSeconds} seconds'`,
    [],
  )) as { rows: { n: number }[] };
  return rows[0]?.n ?? 0;
}

/**
 * Waits until every job that is due has finished (completed, or failed for good), including the jobs
 * those jobs queued. A test that then finds an effect once has proof it happened once: a second copy
 * of the job would have been a job still to finish. Jobs put off until later are not waited for.
 */
export async function untilJobsFinished(
  handle: Pick<DatabaseHandle, "executeSql">,
  ms = 60_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const unfinished = await jobsUnfinished(handle);
    if (unfinished === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${ms} ms for the job queue to finish its due work; ${unfinished} job(s) left.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
