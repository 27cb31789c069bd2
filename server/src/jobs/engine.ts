/// <reference path="./pg-boss-plans.d.ts" />
import type { FastifyBaseLogger } from "fastify";
import PgBoss from "pg-boss";
import plans from "pg-boss/src/plans.js";
import type { Database, DatabaseHandle } from "../db/database.ts";

/**
 * One kind of background work. Its queue name is a fixed word, never an id: it is a label in the
 * metrics and the logs, which must not tell anything about a person or a space.
 */
export interface JobDefinition {
  queue: string;
  /** When to run it on its own: a cron expression read in `timeZone`. Without one it only runs when sent. */
  schedule?: { cron: string; timeZone: string };
  /** How often a failed run is tried again, the first retry after `delaySeconds`, each later one twice as late. */
  retry: { limit: number; delaySeconds: number };
  /** Longest a run may take; one still active after that counts as failed and is tried again. */
  expireSeconds: number;
  /**
   * `singleton` (the default) runs one job of the queue at a time across every app server; `standard`
   * lets several run at once, for queues of many small independent jobs.
   */
  policy?: "singleton" | "standard";
  run(data: unknown): Promise<void>;
}

/** A job sent on demand: run it once, not before `startAfter`. */
export interface JobRequest {
  queue: string;
  data: object;
  startAfter?: Date;
  /**
   * The transaction the job belongs to: it is queued through that transaction's connection, so it
   * exists if and only if the transaction commits (what the job does and what made it due cannot
   * part, even under kill -9).
   */
  within?: Database;
}

/**
 * pg-boss's connection, as a running transaction: its statement goes to the transaction's own
 * connection with its text and `$n` parameters untouched (Drizzle's prepared query with no result
 * mapping answers with the driver's `{ rows }`, on node-postgres and PGlite alike).
 */
function transactionConnection(tx: Database): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const query = tx._.session.prepareQuery(
        { sql: text, params: values ?? [] },
        undefined,
        undefined,
        false,
      );
      return (await query.execute()) as { rows: unknown[] };
    },
  };
}

/** How often the engine looks for work; production waits longer than tests. */
export interface EngineTiming {
  /** How often each queue is asked for a job that is due. */
  pollSeconds: number;
  /** How often schedules are checked (pg-boss allows 1–45; a due schedule fires within its minute). */
  scheduleCheckSeconds: number;
  /**
   * Tests with real processes only: how often pg-boss looks for jobs whose server died (expired),
   * and the most any job may take or wait before a retry, so that killing a server costs seconds.
   */
  quick?: { maintenanceSeconds: number; expireSeconds: number; retryDelaySeconds: number };
}

export const productionTiming: EngineTiming = { pollSeconds: 10, scheduleCheckSeconds: 30 };

/** Every wait short: for tests that kill `mend serve` processes and watch what another one makes up. */
export const quickTiming: EngineTiming = {
  pollSeconds: 0.5,
  scheduleCheckSeconds: 1,
  quick: { maintenanceSeconds: 1, expireSeconds: 5, retryDelaySeconds: 1 },
};

/** Jobs of one queue by state, for metrics. */
export interface QueueCounts {
  queue: string;
  queued: number;
  active: number;
  failed: number;
}

export interface JobEngine {
  /**
   * Queues one job. pg-boss runs it at least once: a job whose effect must happen exactly once records
   * that effect under a unique key in Mend's own tables, in the same transaction as the effect.
   */
  send(request: JobRequest): Promise<void>;
  counts(): Promise<QueueCounts[]>;
  /** Stops taking work, waits for running jobs and the engine's last queries, then lets go of the database. */
  stop(): Promise<void>;
}

export type JobLog = Pick<FastifyBaseLogger, "error" | "warn">;

/** pg-boss keeps its tables in a schema of its own, which backups leave out (they read `public`). */
export const jobSchema = "pgboss";

/** What a log may say about a failed job: its kind and a code, never a message that could quote data. */
function failureOf(error: unknown): { type: string; code?: string } {
  const type = error instanceof Error ? error.constructor.name : typeof error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && code.length <= 32 ? { type, code } : { type };
}

/**
 * pg-boss 10 marks a finished job completed or failed without awaiting it, so a database error in
 * exactly those two statements would surface as an unhandled rejection and end the process. They
 * alone are answered "nothing changed" when they fail: the job stays active until `expireSeconds`,
 * when pg-boss's maintenance fails it by timeout and retries it.
 */
const unawaitedStatements = new Set([plans.completeJobs(jobSchema), plans.failJobsById(jobSchema)]);

/**
 * pg-boss makes each queue a partition of its job table. Two app servers that start together and
 * create queues at the same moment can deadlock there; PostgreSQL ends one of them, which tries again
 * and then finds the queue made.
 */
async function whileDeadlocked(work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: unknown }).code !== "40P01" || attempt >= 5) throw error;
    }
  }
}

/**
 * Starts pg-boss on Mend's own database connection (the PostgreSQL pool, or the one PGlite
 * connection), creates or updates each definition's queue, sets its schedule, removes schedules no
 * definition has any more, and starts one worker per queue. On PostgreSQL every app server runs an
 * engine: pg-boss lets one of them turn each schedule tick into a job, and one worker takes it.
 */
export async function startJobEngine(
  handle: Pick<DatabaseHandle, "executeSql">,
  definitions: JobDefinition[],
  options: { log: JobLog; timing?: EngineTiming },
): Promise<JobEngine> {
  const timing = options.timing ?? productionTiming;
  for (const { queue } of definitions) {
    if (!/^[a-z][a-z-]*$/.test(queue))
      throw new Error(`A job queue's name is a fixed word: "${queue}" is not.`);
  }
  const inFlight = new Set<Promise<unknown>>();
  const running = new Set<Promise<unknown>>();
  const track = <T>(set: Set<Promise<unknown>>, promise: Promise<T>): Promise<T> => {
    set.add(promise);
    const forget = () => set.delete(promise);
    promise.then(forget, forget);
    return promise;
  };
  const db: PgBoss.Db = {
    executeSql(text, values) {
      const answer = handle.executeSql(text, values);
      return track(
        inFlight,
        unawaitedStatements.has(text)
          ? answer.catch((error: unknown) => {
              options.log.error(
                { job: failureOf(error) },
                "A job's result could not be recorded; it will be retried.",
              );
              return { rows: [{ count: "0" }] };
            })
          : answer,
      );
    },
  };
  const boss = new PgBoss({
    db,
    schema: jobSchema,
    cronMonitorIntervalSeconds: timing.scheduleCheckSeconds,
    cronWorkerIntervalSeconds: Math.min(45, Math.max(1, Math.round(timing.pollSeconds))),
    // Failed jobs stay countable (metrics) for a week before pg-boss archives them.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    ...(timing.quick ? { maintenanceIntervalSeconds: timing.quick.maintenanceSeconds } : {}),
  });
  // pg-boss reports its own trouble (a query that failed while polling) as events; it keeps going.
  boss.on("error", (error: unknown) => {
    const { queue } = error as { queue?: unknown };
    options.log.warn(
      { job: { ...failureOf(error), ...(typeof queue === "string" ? { queue } : {}) } },
      "The job queue met a problem and keeps going.",
    );
  });
  await boss.start();
  let stopping = false;
  const wanted = new Set(definitions.map((definition) => definition.queue));
  try {
    for (const schedule of await boss.getSchedules()) {
      if (!wanted.has(schedule.name)) await boss.unschedule(schedule.name);
    }
    for (const definition of definitions) {
      const queueOptions = {
        name: definition.queue,
        policy: definition.policy ?? ("singleton" as const),
        retryLimit: definition.retry.limit,
        retryDelay: Math.min(definition.retry.delaySeconds, timing.quick?.retryDelaySeconds ?? Infinity),
        retryBackoff: true,
        expireInSeconds: Math.min(definition.expireSeconds, timing.quick?.expireSeconds ?? Infinity),
      };
      await whileDeadlocked(() => boss.createQueue(definition.queue, queueOptions));
      // A queue made by an earlier Mend keeps its old settings unless told the new ones.
      await boss.updateQueue(definition.queue, queueOptions);
      if (definition.schedule) {
        await boss.schedule(definition.queue, definition.schedule.cron, undefined, {
          tz: definition.schedule.timeZone,
        });
      } else {
        await boss.unschedule(definition.queue);
      }
      await boss.work(
        definition.queue,
        { pollingIntervalSeconds: timing.pollSeconds, batchSize: 1 },
        async ([job]) => {
          // A job fetched while the engine stops goes back to the queue as failed and is retried.
          if (stopping || !job) throw new Error("The job engine is stopping.");
          try {
            await track(running, definition.run(job.data));
          } catch (error) {
            const failure = failureOf(error);
            options.log.error(
              { job: { queue: definition.queue, ...failure } },
              "A background job failed; it will be tried again later.",
            );
            // pg-boss keeps what a job threw in its row: only the kind and code, as in the log.
            throw Object.assign(new Error(`${failure.type}${failure.code ? ` ${failure.code}` : ""}`), {
              stack: undefined,
            });
          }
        },
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false, close: false });
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    async send({ queue, data, startAfter, within }) {
      if (!wanted.has(queue)) throw new Error(`No job queue "${queue}" is defined.`);
      await boss.send(queue, data, {
        ...(startAfter ? { startAfter } : {}),
        ...(within ? { db: transactionConnection(within) } : {}),
      });
    },
    async counts() {
      // Every queue, with zeros for states it has no jobs in; completed and cancelled jobs are not counted.
      const { rows } = (await handle.executeSql(
        `select q.name as queue,
           count(*) filter (where j.state in ('created', 'retry'))::int as queued,
           count(*) filter (where j.state = 'active')::int as active,
           count(*) filter (where j.state = 'failed')::int as failed
         from ${jobSchema}.queue q left join ${jobSchema}.job j on j.name = q.name
         group by q.name order by q.name`,
        [],
      )) as { rows: QueueCounts[] };
      return rows;
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        await boss.stop({ graceful: true, wait: true, close: false, timeout: 60_000 });
        // pg-boss resolves before its last bookkeeping settles (a job marked done without being
        // awaited): wait for that, and for a job that outlived the grace period, before the caller
        // closes the database under them.
        while (running.size > 0 || inFlight.size > 0) {
          await Promise.allSettled([...running, ...inFlight]);
        }
      })();
      return stopped;
    },
  };
}
