import { existsSync } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { registerAccountCommands } from "./cli/accounts.ts";
import { registerCoachCommands } from "./cli/coach.ts";
import { registerOperationsCommands } from "./cli/operations.ts";
import { terminalProgress } from "./cli/progress.ts";
import { readConfig } from "./config.ts";
import type { StartupStep } from "./serve.ts";
import { mendVersion } from "./version.ts";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError("Give a port number between 0 and 65535.");
  }
  return port;
}

function describeStorage(config: ReturnType<typeof readConfig>): string {
  return config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${config.dataDir}`;
}

/** What `mend serve` says at each step of starting, which can take a while on a small machine. */
function startupLines(config: ReturnType<typeof readConfig>): Record<StartupStep, string> {
  const embedded = existsSync(path.join(config.dataDir, "pg"))
    ? `Opening the embedded database in ${config.dataDir}…`
    : `Creating the embedded database in ${config.dataDir} (the first start takes longest)…`;
  return {
    "open-database": config.databaseUrl ? "Connecting to PostgreSQL (DATABASE_URL)…" : embedded,
    build: "Preparing the web app…",
    "backup-before-upgrade": `Backing up the database into ${config.backupDir} before upgrading it…`,
    migrate: "Bringing the database up to date…",
  };
}

const program = new Command("mend")
  .description("Mend: rebuilding trust, together.")
  .version(mendVersion, "-v, --version", "print Mend's version");

program
  .command("serve")
  .description("Start Mend (migrates the database first)")
  .option("-p, --port <port>", "port to listen on (default 8080, or PORT)", parsePort)
  .action(async (options: { port?: number }) => {
    const config = readConfig(process.env, options.port === undefined ? {} : { port: options.port });
    const say = (line: string) => process.stdout.write(`${line}\n`);
    say("Loading Mend…");
    // The server's code is loaded only now (as every command's is), so the line above shows while it is read.
    const { startServer } = await import("./serve.ts");
    const lines = startupLines(config);
    const server = await startServer(config, (step) => say(lines[step]));
    const port = server.app.server.address();
    const shown = typeof port === "object" && port ? `http://localhost:${port.port}` : server.url;
    // Ready to stop cleanly before saying it is running: a supervisor may stop it as soon as it reads that.
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`Mend did not shut down cleanly: ${String(error)}\n`);
            process.exit(1);
          },
        );
      });
    }
    say(`Mend is running at ${shown} using ${describeStorage(config)}.`);
  });

program
  .command("migrate")
  .description("Apply database migrations and exit")
  .action(async () => {
    const config = readConfig();
    const { openDatabase } = await import("./db/open.ts");
    const handle = await openDatabase(config);
    try {
      await handle.migrate();
      process.stdout.write(`The database is up to date (${describeStorage(config)}).\n`);
    } finally {
      await handle.close();
    }
  });

program
  .command("demo")
  .description("Create two demo couples with months of shared history (safe to run again)")
  .action(async () => {
    const config = readConfig();
    const [{ openDatabase }, { createDemo }] = await Promise.all([
      import("./db/open.ts"),
      import("./cli/demo/index.ts"),
    ]);
    const handle = await openDatabase(config);
    try {
      await handle.migrate();
      const progress = terminalProgress("Making the demo");
      process.stdout.write(await createDemo(handle, new Date(), progress.report).finally(progress.finish));
    } finally {
      await handle.close();
    }
  });

registerCoachCommands(program);
registerOperationsCommands(program);
registerAccountCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
