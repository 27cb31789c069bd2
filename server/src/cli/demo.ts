import type { AccountView } from "@mend/core/accounts/contract";
import type { Database } from "../db/database.ts";
import { accountsRepo } from "../features/accounts/repo.ts";
import { accountsService, presentAccount } from "../features/accounts/service.ts";
import { invitationsService } from "../features/invitations/service.ts";
import { spacesService } from "../features/spaces/service.ts";
import { historyDays, seedCheckinHistory } from "./demo-checkins.ts";

export const demoPassword = "quiet harbour morning";
export const demoPeople = [
  { email: "alex@demo.mend.local", displayName: "Alex" },
  { email: "sam@demo.mend.local", displayName: "Sam" },
] as const;

async function ensureAccount(db: Database, person: (typeof demoPeople)[number]): Promise<AccountView> {
  const repo = accountsRepo(db);
  const existing = await repo.findByEmail(person.email);
  if (existing) return presentAccount(existing);
  const clock = () => new Date();
  return (await accountsService({ repo, clock }).signup({ ...person, password: demoPassword })).account;
}

/** Two people sharing one space; running it again finds what is there and adds nothing. */
export async function createDemo(db: Database, now = new Date()): Promise<string> {
  // The space dates from before the seeded history, so everything in it reads in order.
  const clock = () => new Date(now.getTime() - (historyDays + 1) * 86_400_000);
  const [alex, sam] = [await ensureAccount(db, demoPeople[0]), await ensureAccount(db, demoPeople[1])];
  const spaces = spacesService({ db, clock });
  const shared = await Promise.all((await spaces.list(alex)).map((s) => spaces.view(alex.id, s.id)));
  let spaceId = shared.find((space) => space.other?.displayName === sam.displayName)?.id;
  if (spaceId === undefined) {
    const space = await spaces.create(alex, {
      relationship: "partner",
      view: "me",
      breachKinds: ["lying", "broken_promises"],
      otherName: "Sam",
    });
    const invitations = invitationsService({ db, clock });
    const { token } = await invitations.create(alex, space.id);
    await invitations.accept(sam, token, { view: "them" });
    spaceId = space.id;
  }
  await seedCheckinHistory(db, spaceId, { brokeTrust: alex.id, hurt: sam.id }, now);
  return [
    "Demo accounts are ready. Log in as either person (a private window for the second):",
    ...demoPeople.map((p) => `  ${p.displayName}: ${p.email}`),
    `  Password for both: ${demoPassword}`,
    "",
  ].join("\n");
}
