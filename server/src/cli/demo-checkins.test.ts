import { submitCheckinBody } from "@mend/core/checkins/contract";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase } from "../../test/support/databases.ts";
import { checkins } from "../features/checkins/tables.ts";
import { feelingsView } from "../features/insights/feelings.ts";
import { spaces } from "../features/spaces/tables.ts";
import { createDemo } from "./demo.ts";
import { demoCheckins, historyDays } from "./demo-checkins.ts";

const dayMs = 86_400_000;

describe("the demo check-in history", () => {
  it("is valid, varied and keeps some days empty", () => {
    const history = demoCheckins(new Date("2026-05-04T09:00:00Z"));
    for (const { body } of history) expect(submitCheckinBody.safeParse(body).success).toBe(true);
    const hurt = history.filter((c) => c.who === "hurt");
    expect(hurt.length).toBeLessThan(historyDays);
    expect(hurt.some((c) => c.body.privateNote !== undefined)).toBe(true);
    expect(hurt.some((c) => c.body.sharing?.trustNow === true)).toBe(true);
    expect(hurt.some((c) => c.body.sharing?.trustNow === false)).toBe(true);
    expect(hurt.filter((c) => c.body.kind === "weekly")).toHaveLength(8);
  });

  it("shows an improving trend with a visible dip whatever day of the week the demo is made", () => {
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const now = new Date(Date.parse("2026-05-04T09:00:00Z") + weekday * dayMs);
      const ratings = demoCheckins(now)
        .filter((c) => c.who === "hurt")
        .map((c) => ({ submittedAt: c.at, trustNow: c.body.trustNow }));
      const { weeks } = feelingsView(ratings, "you", 60, "Alex");
      expect(weeks.some((week) => week.dip === true)).toBe(true);
      expect(weeks.at(-1)?.average).toBeGreaterThan((weeks[0]?.average ?? 10) + 2);
      expect(Math.max(...ratings.map((r) => r.submittedAt.getTime()))).toBeLessThan(now.getTime());
    }
  });
});

describe.each(databaseKinds)("mend demo on %s", (kind) => {
  it("adds the history once: running it again changes nothing", async () => {
    const handle = await openTestDatabase(kind);
    try {
      const now = new Date("2026-05-04T09:00:00Z");
      const count = async () => {
        const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(checkins);
        return row?.n;
      };
      await createDemo(handle.db, now);
      const first = await count();
      expect(first).toBe(demoCheckins(now).length);
      await createDemo(handle.db, new Date(now.getTime() + dayMs));
      expect(await count()).toBe(first);
      const [space] = await handle.db.select().from(spaces);
      expect(space?.createdAt.getTime()).toBeLessThan(now.getTime() - historyDays * dayMs);
    } finally {
      await handle.close();
    }
  });
});
