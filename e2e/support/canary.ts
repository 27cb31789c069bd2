import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./env.ts";

/**
 * Where a piece of text can be found on the server's side: every file of its data folder (the embedded
 * database's tables and write-ahead log, which hold short text as it was written) and the server's log.
 * A vault test writes a unique canary through the browser and expects no place at all; it also looks
 * for a text it shared in the clear and expects to find it, which proves the search can see a write.
 */
export function placesHolding(text: string): string[] {
  const needle = Buffer.from(text, "utf8");
  const dataDir = process.env.MEND_E2E_DATA_DIR;
  if (!dataDir) throw new Error("The end-to-end setup did not say where the server keeps its data.");
  const files = [...filesUnder(dataDir), path.join(repoRoot, "e2e/test-results/server.log")];
  return files.filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(needle));
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** A text found nowhere else: a word no person writes, and a random tail. */
export function newCanary(label: string): string {
  return `canary-${label}-${crypto.randomUUID().slice(0, 8)}`;
}
