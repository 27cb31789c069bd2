import readline from "node:readline/promises";
import { Writable } from "node:stream";
import type { Command } from "commander";
import { type Config, readConfig } from "../config.ts";
import { DataDirInUseError } from "../db/data-dir-lock.ts";
import { openDatabase } from "../db/open.ts";
import type { AccountOperation } from "../operations/account-operation.ts";
import { askRunningServer } from "../operations/admin-socket.ts";

/** Runs the operation on the database, or through the running Mend when it holds the embedded one. */
async function run<T>(config: Config, asked: AccountOperation): Promise<T> {
  const { runAccountOperation } = await import("../operations/account-operation.ts");
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  try {
    handle = await openDatabase(config);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    return askRunningServer<T>(config.dataDir, "/account", asked, `mend account ${asked.operation}`);
  }
  try {
    await handle.migrate();
    return (await runAccountOperation(handle.db, asked)) as T;
  } finally {
    await handle.close();
  }
}

const day = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : "—");
const say = (text: string) => process.stdout.write(`${text}\n`);

/** Reads a line from the terminal without showing it, or the next line of piped input. */
async function ask(question: string, options: { hidden: boolean }): Promise<string> {
  const terminal = process.stdin.isTTY === true;
  if (terminal) process.stdout.write(question);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = readline.createInterface({
    input: process.stdin,
    output: options.hidden || !terminal ? muted : process.stdout,
    terminal,
  });
  try {
    return await lines.question("");
  } finally {
    lines.close();
    if (terminal && options.hidden) process.stdout.write("\n");
  }
}

export function registerAccountCommands(program: Command) {
  const account = program.command("account").description("Look after the accounts on this Mend");

  account
    .command("reset-link <email>")
    .description("Print a one-time link (valid one hour) where that person chooses a new password")
    .action(async (email: string) => {
      const config = readConfig();
      const { token, expiresAt } = await run<{ token: string; expiresAt: string }>(config, {
        operation: "reset-link",
        email,
      });
      say(`${config.publicUrl}/reset#${token}`);
      say(
        `Give this link only to the person whose account it is. It works once, until ${new Date(expiresAt).toISOString()}.\n` +
          "Choosing a new password through it logs them out everywhere. Their account history will show that a reset link was made.",
      );
    });

  account
    .command("list")
    .description("List the accounts: email, when made, last active")
    .action(async () => {
      const rows = await run<{ email: string; createdAt: string; lastActiveOn: string | null }[]>(
        readConfig(),
        {
          operation: "list",
        },
      );
      if (rows.length === 0) {
        say("There are no accounts yet.");
        return;
      }
      const width = Math.max(5, ...rows.map((row) => row.email.length));
      say(`${"Email".padEnd(width)}  Created     Last active`);
      for (const row of rows)
        say(`${row.email.padEnd(width)}  ${day(row.createdAt)}  ${day(row.lastActiveOn)}`);
    });

  account
    .command("disable <email>")
    .description("Stop an account from signing in, and end its sessions")
    .action(async (email: string) => {
      const result = await run<{ email: string; sessionsEnded: number }>(readConfig(), {
        operation: "disable",
        email,
      });
      say(
        `${result.email} can no longer log in (${result.sessionsEnded} session${result.sessionsEnded === 1 ? "" : "s"} ended). ` +
          `Undo with \`mend account enable ${result.email}\`.`,
      );
    });

  account
    .command("enable <email>")
    .description("Let a disabled account sign in again")
    .action(async (email: string) => {
      const result = await run<{ email: string; wasDisabled: boolean }>(readConfig(), {
        operation: "enable",
        email,
      });
      say(result.wasDisabled ? `${result.email} can log in again.` : `${result.email} was not disabled.`);
    });

  account
    .command("create <email>")
    .description("Make an account (for a Mend where sign-up is closed); asks for the name and a password")
    .option("-n, --name <name>", "what Mend should call the person")
    .action(async (email: string, options: { name?: string }) => {
      const displayName = options.name ?? (await ask("Name: ", { hidden: false }));
      const password = await ask("Password: ", { hidden: true });
      const result = await run<{ email: string }>(readConfig(), {
        operation: "create",
        email,
        password,
        displayName,
      });
      say(
        `Made the account ${result.email}. Give them the password in person, and ask them to change it and make recovery codes on their account page.`,
      );
    });
}
