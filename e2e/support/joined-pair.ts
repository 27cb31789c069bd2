import type { Page } from "@playwright/test";
import { JoinPage } from "../pages/join-page.ts";
import type { SpaceAnswers } from "../pages/new-space-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { expect } from "./fixtures.ts";
import { signUp, startSpace } from "./journeys.ts";
import { newPerson, type Person } from "./people.ts";

export interface JoinedPair {
  /** The person who started the space. */
  first: { page: Page; person: Person };
  /** The person who joined through the invitation. */
  second: { page: Page; person: Person };
  /** The space's address, e.g. http://…/spaces/<id>. */
  spaceUrl: string;
}

/**
 * Two people in one space, with the roles a test needs: the first starts it and invites, the second
 * signs up on another device and joins, giving their own view of who broke trust.
 */
export async function joinedPair(
  page: Page,
  openDevice: () => Promise<Page>,
  options: {
    names: [string, string];
    space: Omit<SpaceAnswers, "otherName">;
    /** The second person's answer, as labelled on the join page ("Alex did", "I did", "Both of us"…). */
    secondView: string;
  },
): Promise<JoinedPair> {
  const [firstName, secondName] = options.names;
  const first = newPerson(firstName);
  const second = newPerson(secondName);
  await signUp(page, first);
  const firstHome = await startSpace(page, { ...options.space, otherName: secondName });
  const link = await firstHome.makeInviteLink();

  const secondPage = await openDevice();
  await signUp(secondPage, second);
  await secondPage.goto(link);
  await new JoinPage(secondPage).join(options.secondView);
  await expect(new SpaceHomePage(secondPage).title(firstName)).toBeVisible();
  const spaceUrl = secondPage.url();
  await page.goto(spaceUrl);
  await expect(firstHome.title(secondName)).toBeVisible();
  return { first: { page, person: first }, second: { page: secondPage, person: second }, spaceUrl };
}
