import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, addMonths, entriesByDay, monthOf, monthWeeks, todayIn } from "./calendar.ts";
import {
  journalEntryContent,
  journalMoods,
  linesOf,
  newestFirst,
  normalizeTag,
  type OpenedJournalEntry,
  parseTags,
} from "./entry.ts";
import { journalExport, journalJson, journalMarkdown } from "./export.ts";
import { foldForSearch, searchJournal, tagsInUse } from "./search.ts";

const dayArb = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const tagArb = fc.constantFrom("work", "sleep", "my mother", "walks", "été", "day-off");
const entryArb: fc.Arbitrary<OpenedJournalEntry> = fc.record({
  id: fc.uuid(),
  text: fc.string({ minLength: 1, maxLength: 80 }).filter((text) => text.trim().length > 0),
  mood: fc.constantFrom(...journalMoods),
  tags: fc.uniqueArray(tagArb, { maxLength: 3 }),
  day: dayArb,
  createdAt: fc
    .date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  updatedAt: fc.constant("2030-01-01T00:00:00.000Z"),
});

const entry = (overrides: Partial<OpenedJournalEntry>): OpenedJournalEntry => ({
  id: "3f1c0c7e-4a51-4d1b-9a57-0c7f8a0e3b11",
  text: "A quiet evening.",
  mood: "steady",
  tags: [],
  day: "2026-12-07",
  createdAt: "2026-12-07T20:00:00.000Z",
  updatedAt: "2026-12-07T20:00:00.000Z",
  ...overrides,
});

describe("what an entry may hold", () => {
  test("takes text, a mood from the list, tags and a day", () => {
    const parsed = journalEntryContent.safeParse({
      text: "Walked.",
      mood: "tender",
      tags: ["walks"],
      day: "2026-12-07",
    });
    expect(parsed.success).toBe(true);
  });

  test.each([
    ["empty text", { text: "  \n " }],
    ["a mood not on the list", { mood: "furious" }],
    ["a tag in capitals", { tags: ["Work"] }],
    ["a tag with a comma", { tags: ["a,b"] }],
    ["a repeated tag", { tags: ["work", "work"] }],
    ["too many tags", { tags: ["a", "b", "c", "d", "e", "f", "g", "h", "i"] }],
    ["an overlong tag", { tags: ["x".repeat(33)] }],
    ["an overlong text", { text: "x".repeat(20_001) }],
    ["a NUL in the text", { text: "a\u0000b" }],
    ["a day that is no date", { day: "yesterday" }],
    ["a day in year 0", { day: "0000-01-01" }],
    ["a field of its own", { extra: "x" }],
  ])("refuses %s", (_what, change) => {
    const base = { text: "Walked.", mood: "tender", tags: [], day: "2026-12-07" };
    expect(journalEntryContent.safeParse({ ...base, ...change }).success).toBe(false);
  });

  test("tags typed in one field become kept tags: trimmed, lower case, once each", () => {
    expect(parseTags(" Work,  Sleep , work,, my   Mother ")).toEqual(["work", "sleep", "my mother"]);
    fc.assert(
      fc.property(fc.string(), (typed) => {
        for (const tag of parseTags(typed)) expect(normalizeTag(tag)).toBe(tag);
      }),
    );
  });

  test("a line to copy is any non-empty line, trimmed", () => {
    expect(linesOf("  First thought \n\n\r\nSecond\n")).toEqual(["First thought", "Second"]);
  });
});

describe("searching the journal", () => {
  const entries = [
    entry({
      id: "a",
      text: "Coffee at the Café by the river",
      tags: ["walks"],
      mood: "light",
      day: "2026-11-02",
    }),
    entry({
      id: "b",
      text: "A hard talk about money",
      tags: ["money", "work"],
      mood: "heavy",
      day: "2026-11-20",
    }),
    entry({ id: "c", text: "Slept well", tags: [], mood: "steady", day: "2026-12-01" }),
  ];
  const ids = (found: OpenedJournalEntry[]) => found.map((item) => item.id);

  test("finds words in any case and without their accents, in the text or the tags", () => {
    expect(ids(searchJournal(entries, { words: "cafe RIVER" }))).toEqual(["a"]);
    expect(ids(searchJournal(entries, { words: "work" }))).toEqual(["b"]);
    expect(ids(searchJournal(entries, { words: "river money" }))).toEqual([]);
  });

  test("filters by tag, mood and days, both ends included", () => {
    expect(ids(searchJournal(entries, { tag: "money" }))).toEqual(["b"]);
    expect(ids(searchJournal(entries, { mood: "steady" }))).toEqual(["c"]);
    expect(ids(searchJournal(entries, { from: "2026-11-20", to: "2026-12-01" }))).toEqual(["b", "c"]);
  });

  test("every entry found matches every part of the search, and nothing matching is left out", () => {
    const searchArb = fc.record(
      {
        words: fc.constantFrom("a", "e é", "the", "zz", ""),
        tag: tagArb,
        mood: fc.constantFrom(...journalMoods),
        from: dayArb,
        to: dayArb,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 20 }), searchArb, (all, search) => {
        const found = searchJournal(all, search);
        const words = foldForSearch(search.words ?? "")
          .split(/\s+/)
          .filter(Boolean);
        const matches = (item: OpenedJournalEntry) =>
          (!search.tag || item.tags.includes(search.tag)) &&
          (!search.mood || item.mood === search.mood) &&
          (!search.from || item.day >= search.from) &&
          (!search.to || item.day <= search.to) &&
          words.every((word) => foldForSearch(`${item.text}\n${item.tags.join("\n")}`).includes(word));
        expect(found).toEqual(all.filter(matches));
        expect(searchJournal(all, {})).toEqual(all);
      }),
    );
  });

  test("offers the tags in use, most used first", () => {
    expect(tagsInUse([{ tags: ["b", "a"] }, { tags: ["a"] }, { tags: [] }])).toEqual(["a", "b"]);
  });
});

describe("the calendar", () => {
  test("today is the person's own day in their time zone", () => {
    const lateInLondon = new Date("2026-12-07T23:30:00Z");
    expect(todayIn("Europe/London", lateInLondon)).toBe("2026-12-07");
    expect(todayIn("Asia/Tokyo", lateInLondon)).toBe("2026-12-08");
    expect(todayIn("America/Los_Angeles", new Date("2026-12-08T03:00:00Z"))).toBe("2026-12-07");
  });

  test("groups every entry under its own day, once", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (all) => {
        const byDay = entriesByDay(all);
        const grouped = [...byDay.values()].flat();
        expect(grouped).toHaveLength(all.length);
        for (const [day, list] of byDay) for (const item of list) expect(item.day).toBe(day);
      }),
    );
  });

  test("a month is whole weeks from Monday to Sunday holding each of its days once", () => {
    expect(monthWeeks("2026-12")[0]?.[0]).toBe("2026-11-30");
    expect(monthWeeks("2026-02").flat()).toHaveLength(35);
    fc.assert(
      fc.property(dayArb, (day) => {
        const month = monthOf(day);
        const weeks = monthWeeks(month);
        const days = weeks.flat();
        for (const week of weeks) expect(week).toHaveLength(7);
        expect(days.filter((each) => monthOf(each) === month)).toHaveLength(
          Number(addDays(`${addMonths(month, 1)}-01`, -1).slice(8)),
        );
        for (let index = 1; index < days.length; index += 1) {
          expect(addDays(days[index - 1] as string, 1)).toBe(days[index]);
        }
        expect(new Date(`${days[0]}T12:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });

  test("months and days step across years", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("the download", () => {
  const now = new Date("2026-12-07T21:00:00Z");

  test("the JSON file reads back as the same entries, newest day first", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 10 }), (all) => {
        const document = JSON.parse(journalJson(all, now));
        expect(document).toEqual(journalExport(all, now));
        expect(document.entries).toEqual(newestFirst(all));
      }),
    );
  });

  test("the Markdown file holds each entry under its day and mood, its words as written", () => {
    const text = journalMarkdown(
      [entry({ text: "# not a heading\nSecond line", tags: ["work", "sleep"], mood: "tender" })],
      now,
    );
    expect(text).toContain("## 2026-12-07 · Tender");
    expect(text).toContain("Tags: work, sleep");
    expect(text).toContain("\\# not a heading\nSecond line\n");
    expect(journalMarkdown([], now)).toContain("No entries yet.");
  });
});
