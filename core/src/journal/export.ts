import { type JournalEntryContent, moodWords, newestFirst, type OpenedJournalEntry } from "./entry.ts";

/**
 * A person's journal as they download it, made in their browser from opened entries: a JSON file
 * that holds every field as it is (and reads back the same), and a Markdown file to read.
 */
export const journalExportFormat = "mend-journal/1";

export interface JournalExport {
  format: typeof journalExportFormat;
  exportedAt: string;
  entries: (JournalEntryContent & { id: string; createdAt: string; updatedAt: string })[];
}

/** Only the fields of an entry, whatever else the page kept beside them. */
const fieldsOf = (entry: OpenedJournalEntry) => ({
  id: entry.id,
  day: entry.day,
  mood: entry.mood,
  tags: [...entry.tags],
  text: entry.text,
  createdAt: entry.createdAt,
  updatedAt: entry.updatedAt,
});

export function journalExport(entries: readonly OpenedJournalEntry[], now: Date): JournalExport {
  return {
    format: journalExportFormat,
    exportedAt: now.toISOString(),
    entries: newestFirst(entries).map(fieldsOf),
  };
}

export const journalJson = (entries: readonly OpenedJournalEntry[], now: Date): string =>
  `${JSON.stringify(journalExport(entries, now), null, 2)}\n`;

/** Markdown would read "#", "*", "<" and the like at a line's start as its own; a backslash keeps them as written. */
const literalLine = (line: string) => line.replace(/^(\s*)([#>*+\-=|`~<]|\d+[.)])/, "$1\\$2");

export function journalMarkdown(entries: readonly OpenedJournalEntry[], now: Date): string {
  const parts = [
    `# My journal`,
    ``,
    `Downloaded ${now.toISOString().slice(0, 10)}. Kept in my vault on Mend.`,
  ];
  if (entries.length === 0) parts.push(``, `No entries yet.`);
  for (const entry of newestFirst(entries)) {
    parts.push(``, `## ${entry.day} · ${moodWords[entry.mood]}`);
    if (entry.tags.length > 0) parts.push(``, `Tags: ${entry.tags.join(", ")}`);
    parts.push(``, ...entry.text.split(/\r?\n/).map((line) => `${literalLine(line)}  `.trimEnd()));
  }
  return `${parts.join("\n")}\n`;
}
