import { expect, type Page } from "@playwright/test";
import { JoinPage } from "../pages/join-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { signUp, startSpace } from "./journeys.ts";
import { newPerson, type Person } from "./people.ts";

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
 * agreeing that Alex did: Alex rebuilds, Sam was hurt.
 */
export async function startPair(alexPage: Page, openDevice: () => Promise<Page>): Promise<Pair> {
  const alex = newPerson("Alex");
  const sam = newPerson("Sam");
  await signUp(alexPage, alex);
  const alexHome = await startSpace(alexPage, {
    relationship: "Partner",
    otherName: "Sam",
    whoBrokeTrust: "I did",
    whatHappened: ["Lying or deceit"],
  });
  const link = await alexHome.makeInviteLink();

  const samPage = await openDevice();
  await signUp(samPage, sam);
  await samPage.goto(link);
  await new JoinPage(samPage).join("Alex did");
  await expect(new SpaceHomePage(samPage).title("Alex")).toBeVisible();
  return { alex, sam, alexPage, samPage, spaceUrl: samPage.url() };
}
