import type { JournalMood, OpenedJournalEntry } from "./entry.ts";

/** What a person looks for in their journal; every part given must match. */
export interface JournalSearch {
  /** Words, each of which must appear in the entry's text or tags (any case, with or without accents). */
  words?: string;
  tag?: string;
  mood?: JournalMood;
  /** First and last day, both included (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/** Lower case without accents, so "cafe" finds "Café". */
export const foldForSearch = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");

export const searchWords = (words: string | undefined): string[] =>
  foldForSearch(words ?? "")
    .split(/\s+/)
    .filter((word) => word.length > 0);

/** The entries that match, in the order given. Runs in the browser over opened entries only. */
export function searchJournal<T extends OpenedJournalEntry>(
  entries: readonly T[],
  search: JournalSearch,
): T[] {
  const words = searchWords(search.words);
  return entries.filter((entry) => {
    if (search.mood && entry.mood !== search.mood) return false;
    if (search.tag && !entry.tags.includes(search.tag)) return false;
    if (search.from && entry.day < search.from) return false;
    if (search.to && entry.day > search.to) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(`${entry.text}\n${entry.tags.join("\n")}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Every tag used, most used first, then in alphabetical order: the choices of the tag filter. */
export function tagsInUse(entries: readonly Pick<OpenedJournalEntry, "tags">[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([tag]) => tag);
}
