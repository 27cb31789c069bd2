import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { latestMigration } from "./db/migrations-journal.ts";
import { openDatabase } from "./db/open.ts";
import { notificationJobs } from "./features/notifications/jobs.ts";
import { type HandOver, handOverToNotify } from "./features/reminders/hand-over.ts";
import { reminderScanJob } from "./features/reminders/scan.ts";
import { addJobMetrics, serveMetrics } from "./http/metrics.ts";
import { type JobDefinition, type JobEngine, quickTiming, startJobEngine } from "./jobs/engine.ts";
import { type JobSender, lateJobSender } from "./jobs/sender.ts";
import { serveAdminSocket } from "./operations/admin-socket.ts";
import {
  automaticBackupJob,
  type BackupSchedule,
  catchUpMissedBackup,
  serverTimeZone,
} from "./operations/automatic-backups.ts";
import { takeBackup } from "./operations/backup.ts";
import { appliedMigrationsUpTo } from "./operations/catalog.ts";
import { mendVersion } from "./version.ts";

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** What `startServer` is doing, in order, so the command line can tell the operator while they wait. */
export type StartupStep = "open-database" | "build" | "backup-before-upgrade" | "migrate";

/** A reason Mend cannot start that the operator can fix, worded for them: shown as it is, without a stack. */
export class StartupError extends Error {}

const portSettings = "choose another with --port <number> or the PORT environment variable";

/** Turns the operating system's refusal to listen into what it means and what to do about it. */
function listenRefusal(error: unknown, config: Pick<Config, "port" | "host">): StartupError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") {
    return new StartupError(
      `Port ${config.port} is already in use by another program (perhaps another Mend). Stop that program, or ${portSettings}.`,
    );
  }
  if (code === "EACCES") {
    return new StartupError(
      `This user may not listen on port ${config.port} (ports below 1024 usually need administrator rights). Run Mend behind a proxy on that port, or ${portSettings}.`,
    );
  }
  if (code === "EADDRNOTAVAIL") {
    return new StartupError(
      `This machine has no address ${config.host} to listen on. Set HOST to one of its addresses, or to 0.0.0.0 for all of them.`,
    );
  }
  return undefined;
}

/**
 * Makes sure the port can be listened on before the slow part of starting (opening and migrating the
 * database), so a taken port is reported at once. Listening for real can still fail if another
 * program takes the port in between; that failure is explained the same way.
 */
async function checkPort(config: Pick<Config, "port" | "host">): Promise<void> {
  if (config.port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(listenRefusal(error, config) ?? error));
    probe.listen({ port: config.port, host: config.host }, () => probe.close(() => resolve()));
  });
}

/**
 * Checks the port, opens the database, listens, and brings the database up to date (until then
 * `/readyz` says "starting" and other requests get 503, so a load balancer can wait for it); `stop`
 * drains requests, then flushes and closes. `onStep` hears each step as it begins.
 */
export async function startServer(
  config: Config,
  onStep: (step: StartupStep) => void = () => {},
): Promise<RunningServer> {
  await checkPort(config);
  onStep("open-database");
  const handle = await openDatabase(config);
  let app: FastifyInstance | undefined;
  let jobs: JobEngine | undefined;
  try {
    onStep("build");
    let migrated = false;
    const backupSchedule = automaticBackupSchedule(config);
    // Routes queue work (an email, a reminder) through this; it reaches the engine once that starts.
    const jobSender = lateJobSender();
    const handOver = handOverToNotify(jobSender);
    app = await buildApp({
      jobs: jobSender,
      db: handle.db,
      notifications: handle,
      config,
      hasMigrated: () => migrated,
      handOver,
      ...(config.metrics ? { metricsOf: handle } : {}),
    });
    let url: string;
    try {
      url = await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      throw listenRefusal(error, config) ?? error;
    }
    if (await isOlderMendsDatabase(handle)) {
      onStep("backup-before-upgrade");
      await backUpBeforeUpgrade(handle, config);
    }
    onStep("migrate");
    await handle.migrate();
    migrated = true;
    jobs = await startJobEngine(
      handle,
      scheduledJobs(config, handle, { backupSchedule, jobSender, handOver }),
      { log: app.log, ...(config.quickJobs ? { timing: quickTiming } : {}) },
    );
    jobSender.attach(jobs);
    if (backupSchedule) await catchUpMissedBackup(jobs, handle.db, config.backupDir, backupSchedule);
    const runningJobs = jobs;
    // Only the embedded database needs it: a PostgreSQL server can be backed up directly.
    const closeAdminSocket = config.databaseUrl
      ? async () => {}
      : await serveAdminSocket(config.dataDir, handle.db);
    if (app.metrics) addJobMetrics(app.metrics, jobs);
    const metrics =
      config.metrics && app.metrics ? await serveMetrics(app.metrics, config.metrics) : undefined;
    const running = app;
    let stopping: Promise<void> | undefined;
    return {
      app: running,
      handle,
      url,
      stop() {
        stopping ??= (async () => {
          try {
            await closeAdminSocket();
            await metrics?.close();
            await running.close();
          } finally {
            try {
              // A running job (a backup) finishes before the database closes under it.
              await runningJobs.stop();
            } finally {
              await handle.close();
            }
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await app?.close();
    await jobs?.stop();
    await handle.close();
    throw error;
  }
}

/** When the daily backup runs, in the server's time zone; undefined when backups are switched off. */
function automaticBackupSchedule(config: Config): BackupSchedule | undefined {
  const when = config.automaticBackups;
  return when && { cron: `${when.minute} ${when.hour} * * *`, timeZone: serverTimeZone() };
}

/**
 * The background work this server takes part in: finding the reminders that fall due, reminders and
 * emails on their way to people, and the daily backup unless switched off.
 */
function scheduledJobs(
  config: Config,
  handle: DatabaseHandle,
  wiring: { backupSchedule: BackupSchedule | undefined; jobSender: JobSender; handOver: HandOver },
): JobDefinition[] {
  const clock = () => new Date();
  return [
    ...(wiring.backupSchedule
      ? [automaticBackupJob(handle.db, config.backupDir, wiring.backupSchedule)]
      : []),
    ...notificationJobs({ db: handle.db, config, clock, jobs: wiring.jobSender }),
    reminderScanJob({ db: handle.db, clock, handOver: wiring.handOver }),
  ];
}

/** A database that an older Mend set up and migrated part of the way (a new, empty one is not). */
async function isOlderMendsDatabase(handle: DatabaseHandle): Promise<boolean> {
  const applied = await appliedMigrationsUpTo(handle.db);
  return applied > 0 && applied < latestMigration();
}

/**
 * Backs up a database an older Mend set up before this one migrates it, so an upgrade that goes
 * wrong can be undone with `mend restore`.
 */
async function backUpBeforeUpgrade(handle: DatabaseHandle, config: Config): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(config.backupDir, `mend-before-${mendVersion}-${stamp}.jsonl.gz`);
  await fs.promises.mkdir(config.backupDir, { recursive: true });
  await takeBackup(handle.db, file);
}
