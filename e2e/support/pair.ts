import type { Page } from "@playwright/test";
import { joinedPair } from "./joined-pair.ts";
import type { Person } from "./people.ts";

export interface Pair {
  alex: Person;
  sam: Person;
  /** Alex, who broke trust. */
  alexPage: Page;
  /** Sam, who was hurt. */
  samPage: Page;
  /** The space's home page address. */
  spaceUrl: string;
}

/**
 * Alex starts a space saying they broke trust and invites Sam, who joins on another device
 * agreeing that Alex did: Alex rebuilds, Sam was hurt. Both end on the space's home page.
 */
export async function startPair(alexPage: Page, openDevice: () => Promise<Page>): Promise<Pair> {
  const { first, second, spaceUrl } = await joinedPair(alexPage, openDevice, {
    names: ["Alex", "Sam"],
    space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] },
    secondView: "Alex did",
  });
  return { alex: first.person, sam: second.person, alexPage, samPage: second.page, spaceUrl };
}
