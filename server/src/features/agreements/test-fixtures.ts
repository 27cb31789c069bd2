import { buildSpace, invite, signUp, testPassword } from "../../../test/support/factories.ts";
import type { TestServer } from "../../../test/support/test-server.ts";

/** Valid agreement terms for tests, with any field overridden. */
export const agreementTerms = (overrides: Record<string, unknown> = {}) => ({
  what: "We put our phones away during dinner",
  need: "To feel we have time that is ours",
  consequence: "We talk about it the next morning",
  topic: "time",
  appliesTo: "both",
  review: { kind: "every", count: 1, unit: "weeks" },
  timeZone: "Europe/London",
  ...overrides,
});

/**
 * Robin (who broke trust) and Kit (who was hurt) in one space, with a way to move the server's
 * clock: sessions lapse when time jumps, so `later` moves it and signs both back in.
 */
export async function pairWithClock(server: TestServer) {
  const robin = server.client();
  const kit = server.client();
  const robinAccount = await signUp(robin, "Robin");
  const kitAccount = await signUp(kit, "Kit");
  const space = await buildSpace(robin, { view: "me" });
  const { token } = await invite(robin, space.id);
  const joined = await kit.post("/api/invitations/accept", { token, view: "them" });
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status} ${joined.text}`);
  const later = async (ms: number) => {
    server.advance(ms);
    await robin.post("/api/auth/login", { email: robinAccount.email, password: testPassword });
    await kit.post("/api/auth/login", { email: kitAccount.email, password: testPassword });
  };
  return {
    robin,
    kit,
    later,
    spaceId: space.id,
    robinAccountId: robinAccount.account.id,
    kitAccountId: kitAccount.account.id,
  };
}
