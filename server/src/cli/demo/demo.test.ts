import { submitCheckinBody } from "@mend/core/checkins/contract";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase } from "../../../test/support/databases.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { checkins } from "../../features/checkins/tables.ts";
import { feelingsView } from "../../features/insights/feelings.ts";
import { spaceEvents, spaces } from "../../features/spaces/tables.ts";
import { demoCheckins, historyDays } from "./checkins.ts";
import { createDemo, demoPassword, keepingUpCouple, repairingCouple } from "./index.ts";
import { keepingUpDays } from "./keeping-up-story.ts";
import { type DemoWorld, openDemoWorld } from "./world.ts";

const dayMs = 86_400_000;

describe("the demo check-in history", () => {
  it("is valid, varied and keeps some days empty", () => {
    const history = demoCheckins(new Date("2026-05-04T09:00:00Z"));
    for (const { body } of history) expect(submitCheckinBody.safeParse(body).success).toBe(true);
    const hurt = history.filter((c) => c.who === "hurt");
    expect(hurt.length).toBeLessThan(historyDays);
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
  const now = new Date("2026-05-04T09:00:00Z");
  let handle: DatabaseHandle;
  let world: DemoWorld;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await createDemo(handle, now);
    world = await openDemoWorld(handle, new Date(now.getTime() + 60_000));
  });
  afterAll(async () => {
    await world?.close();
    await handle?.close();
  });

  const [repairing, keepingUp] = [repairingCouple, keepingUpCouple];
  const signedIn = (email: string) => world.person(email, demoPassword);
  async function spaceOf(email: string): Promise<string> {
    const { spaces: listed } = (await signedIn(email).get("/api/spaces")) as { spaces: { id: string }[] };
    const [only] = listed;
    if (!only) throw new Error(`${email} has no space`);
    return only.id;
  }

  it("adds the history once: running it again changes nothing", async () => {
    const count = async () => {
      const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(spaceEvents);
      return row?.n;
    };
    const first = await count();
    await createDemo(handle, new Date(now.getTime() + dayMs));
    expect(await count()).toBe(first);
  });

  it("gives the first couple sixty days of check-ins, talks, promises and a repair still under way", async () => {
    const spaceId = await spaceOf(repairing.hurt.email);
    const [space] = await handle.db.select().from(spaces).where(eq(spaces.id, spaceId));
    expect(space?.createdAt.getTime()).toBeLessThan(now.getTime() - historyDays * dayMs);
    const stored = await handle.db.select().from(checkins).where(eq(checkins.spaceId, spaceId));
    expect(stored).toHaveLength(demoCheckins(now).length);

    const insights = await signedIn(repairing.hurt.email).get(`/api/spaces/${spaceId}/insights`);
    expect(insights.conversation).toMatchObject({ available: true });
    const weeks = (insights.conversation as { weeks: { helpful: number; harmful: number }[] }).weeks;
    expect(weeks.some((week) => week.harmful > 0)).toBe(true);
    expect(weeks.reduce((total, week) => total + week.helpful, 0)).toBeGreaterThan(5);
    expect(insights.talks).toMatchObject({ total: { held: 5, completed: 4, endedEarly: 1, pauses: 1 } });
    const maintenance = await signedIn(repairing.hurt.email).get(`/api/spaces/${spaceId}/maintenance`);
    expect(maintenance).toMatchObject({ stage: "repairing", remaining: ["consistency", "closeness"] });
  });

  it("brings the second couple to maintenance, with no early warnings, the same for both", async () => {
    const spaceId = await spaceOf(keepingUp.hurt.email);
    const url = `/api/spaces/${spaceId}/maintenance`;
    const seen = await signedIn(keepingUp.hurt.email).get(url);
    expect(seen).toMatchObject({ stage: "maintaining", warnings: [], review: { due: false } });
    const since = Date.parse(String(seen.since));
    expect(since).toBeLessThan(now.getTime() - 30 * dayMs);
    expect(since).toBeGreaterThan(now.getTime() - keepingUpDays * dayMs);
    expect(await signedIn(keepingUp.brokeTrust.email).get(url)).toEqual(seen);
  });
});
