import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrationsFolder } from "./migrations-folder.ts";

interface JournalEntry {
  tag: string;
  when: number;
}

interface Journal {
  entries: JournalEntry[];
}

function readJournal(): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
}

/** When the newest migration this Mend ships was created (Drizzle's journal `when`). */
export function latestMigration(): number {
  return Math.max(0, ...readJournal().entries.map((entry) => entry.when));
}

/**
 * A temporary copy of the migrations folder holding only the migrations up to `upTo`, for bringing
 * a database to the level a backup was taken at; `remove` deletes it.
 */
export function migrationsUpTo(upTo: number): { folder: string; remove(): void } {
  const journal = readJournal();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-migrations-"));
  const entries = journal.entries.filter((entry) => entry.when <= upTo);
  fs.mkdirSync(path.join(folder, "meta"));
  fs.writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const entry of entries) {
    fs.copyFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  }
  return { folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}
