import type { CreateSpaceInput } from "@mend/core/spaces/contract";
import type { Database, DatabaseHandle } from "../../db/database.ts";
import { accountsRepo } from "../../features/accounts/repo.ts";
import type { ProgressReport } from "../progress.ts";
import { historyDays, seedCheckinHistory } from "./checkins.ts";
import { keepingUpDays, tellKeepingUpStory } from "./keeping-up-story.ts";
import { tellRepairStory } from "./repair-story.ts";
import { type DemoPair, evening, takeReadinessChecks } from "./scenes.ts";
import { openDemoWorld } from "./world.ts";

export const demoPassword = "quiet harbour morning";

interface DemoCouple {
  story: string;
  brokeTrust: { email: string; displayName: string };
  hurt: { email: string; displayName: string };
  space: CreateSpaceInput;
  /** How many days before today the space was made. */
  startedDaysAgo: number;
  tell(pair: DemoPair, now: Date): Promise<void>;
  /** History written straight through a service rather than told evening by evening. */
  seed?(
    db: Database,
    spaceId: string,
    people: { brokeTrust: string; hurt: string },
    now: Date,
  ): Promise<unknown>;
}

export const repairingCouple: DemoCouple = {
  story: "two months into repairing trust, with a setback along the way",
  brokeTrust: { email: "alex@demo.mend.local", displayName: "Alex" },
  hurt: { email: "sam@demo.mend.local", displayName: "Sam" },
  space: {
    relationship: "partner",
    view: "me",
    breachKinds: ["lying", "broken_promises"],
    otherName: "Sam",
  },
  startedDaysAgo: historyDays + 1,
  tell: tellRepairStory,
  seed: seedCheckinHistory,
};

export const keepingUpCouple: DemoCouple = {
  story: "seven months on, keeping it up after the repair",
  brokeTrust: { email: "jordan@demo.mend.local", displayName: "Jordan" },
  hurt: { email: "casey@demo.mend.local", displayName: "Casey" },
  space: { relationship: "partner", view: "me", breachKinds: ["lying"], otherName: "Casey" },
  startedDaysAgo: keepingUpDays,
  tell: tellKeepingUpStory,
};

export const demoCouples: readonly DemoCouple[] = [repairingCouple, keepingUpCouple];

/** Two people and their shared space, made on the first evening of the story. */
async function pairUp(handle: DatabaseHandle, couple: DemoCouple, now: Date) {
  const world = await openDemoWorld(handle, evening(now, couple.startedDaysAgo));
  const brokeTrust = world.person(couple.brokeTrust.email, demoPassword);
  const hurt = world.person(couple.hurt.email, demoPassword);
  const accounts = {
    brokeTrust: (await brokeTrust.signUp(couple.brokeTrust.displayName)).account as { id: string },
    hurt: (await hurt.signUp(couple.hurt.displayName)).account as { id: string },
  };
  const space = await brokeTrust.post("/api/spaces", { ...couple.space });
  const invitation = await brokeTrust.post(`/api/spaces/${space.id}/invitations`);
  world.later(30);
  await hurt.post("/api/invitations/accept", { token: invitation.token, view: "them" });
  const pair: DemoPair = { world, spaceId: space.id as string, brokeTrust, hurt };
  world.later(60);
  await takeReadinessChecks(pair, handle.db);
  return { pair, accounts };
}

/**
 * Two couples with months of history, made through the real routes with the clock set to each
 * evening. A couple whose accounts already exist is left as it is, so running it again adds nothing.
 */
export async function createDemo(
  handle: DatabaseHandle,
  now = new Date(),
  progress?: ProgressReport,
): Promise<string> {
  const made: string[] = [];
  for (const [index, couple] of demoCouples.entries()) {
    progress?.(index, demoCouples.length, `couples (${couple.story})`);
    if (await accountsRepo(handle.db).findByEmail(couple.brokeTrust.email)) continue;
    const { pair, accounts } = await pairUp(handle, couple, now);
    try {
      const people = { brokeTrust: accounts.brokeTrust.id, hurt: accounts.hurt.id };
      await couple.seed?.(handle.db, pair.spaceId, people, now);
      await couple.tell(pair, now);
    } finally {
      await pair.world.close();
    }
    made.push(couple.story);
  }
  return [
    made.length === 0
      ? "The demo accounts are already there."
      : "Demo accounts are ready. Log in as either person of a couple (a private window for the second):",
    ...demoCouples.flatMap((couple) => [
      `  ${couple.brokeTrust.displayName} and ${couple.hurt.displayName}, ${couple.story}:`,
      `    ${couple.brokeTrust.email}`,
      `    ${couple.hurt.email}`,
    ]),
    `  Password for everyone: ${demoPassword}`,
    "",
  ].join("\n");
}
