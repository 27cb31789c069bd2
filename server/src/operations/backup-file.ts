import { createHash } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

/**
 * A Mend backup is one gzip file of JSON lines, the same whichever database it came from: a header,
 * then one line per row (`{"table":…,"row":…}` in PostgreSQL's own JSON for the row), then a footer
 * with the row count and a SHA-256 of every line before it, so a damaged or cut file is refused whole.
 */
export const backupFormat = "mend-backup";
export const backupFormatVersion = 1;

export interface BackupHeader {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  mendVersion: string;
  /** When the newest migration applied to the source was created (Drizzle's journal `when`). */
  migratedUpTo: number;
  tables: string[];
}

interface BackupFooter {
  end: true;
  rows: number;
  sha256: string;
}

export class BackupFileError extends Error {
  override name = "BackupFileError";
}

/** Writes lines through gzip to `file`; `finish` adds the footer and resolves once it is on disk. */
export function backupWriter(file: string, header: BackupHeader) {
  const gzip = createGzip();
  const hash = createHash("sha256");
  const done = pipeline(gzip, fs.createWriteStream(file, { mode: 0o600 }));
  let rows = 0;
  const write = async (line: string) => {
    const text = `${line}\n`;
    hash.update(text);
    if (!gzip.write(text)) await new Promise((resolve) => gzip.once("drain", resolve));
  };
  const ready = write(JSON.stringify(header));
  return {
    async row(table: string, rowJson: string) {
      await ready;
      rows += 1;
      await write(`{"table":${JSON.stringify(table)},"row":${rowJson}}`);
    },
    async finish(): Promise<{ rows: number; sha256: string }> {
      await ready;
      const sha256 = hash.digest("hex");
      const footer: BackupFooter = { end: true, rows, sha256 };
      gzip.end(`${JSON.stringify(footer)}\n`);
      await done;
      const handle = await fs.promises.open(file, "r");
      await handle.sync();
      await handle.close();
      return { rows, sha256 };
    },
  };
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  try {
    yield* readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  } catch (error) {
    throw new BackupFileError(`${file} is not a readable Mend backup (${(error as Error).message}).`);
  }
}

function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = line ? JSON.parse(line) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.format !== backupFormat) throw new BackupFileError(`${file} is not a Mend backup.`);
  if (header.formatVersion !== backupFormatVersion) {
    throw new BackupFileError(
      `${file} was written in backup format ${header.formatVersion}; this Mend reads format ${backupFormatVersion}.`,
    );
  }
  return header as BackupHeader;
}

/** Reads the whole file once and checks its footer; resolves to the header when everything matches. */
export async function verifyBackup(file: string): Promise<BackupHeader & { rows: number }> {
  const hash = createHash("sha256");
  let header: BackupHeader | undefined;
  let footer: BackupFooter | undefined;
  let rows = 0;
  for await (const line of lines(file)) {
    if (footer) throw new BackupFileError(`${file} has data after its end: it is damaged.`);
    if (!header) header = parseHeader(line, file);
    else if (line.startsWith('{"end":')) {
      footer = JSON.parse(line) as BackupFooter;
      continue;
    } else rows += 1;
    hash.update(`${line}\n`);
  }
  if (!header) throw new BackupFileError(`${file} is empty.`);
  if (!footer) throw new BackupFileError(`${file} is cut short: it has no end. Use another backup.`);
  if (footer.sha256 !== hash.digest("hex") || footer.rows !== rows) {
    throw new BackupFileError(`${file} does not match its checksum: it is damaged. Use another backup.`);
  }
  return { ...header, rows };
}

/** The rows of a verified backup, table by table in the order they were written. */
export async function* backupRows(file: string): AsyncGenerator<{ table: string; row: unknown }> {
  let first = true;
  for await (const line of lines(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (line.startsWith('{"end":')) return;
    yield JSON.parse(line) as { table: string; row: unknown };
  }
}
