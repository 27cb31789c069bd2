import type { Locator, Page } from "@playwright/test";
import { AppShell } from "../pages/app-shell.ts";
import { TalkPage, TalksPage } from "../pages/talk-page.ts";
import { baseURL, elsewhereUrl, quickExitUrl } from "../support/env.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp, startSpace } from "../support/journeys.ts";
import { startPair } from "../support/pair.ts";
import { newPerson } from "../support/people.ts";

/** Arrives at Mend from another site, then moves across several Mend pages inside the app. */
async function browseSeveralPages(page: Page) {
  await page.goto(elsewhereUrl);
  await signUp(page, newPerson("Ali"));
  await startSpace(page, {
    relationship: "Partner",
    otherName: "Chris",
    whoBrokeTrust: "Chris did",
    whatHappened: ["Infidelity (physical or emotional)"],
  });
  const shell = new AppShell(page);
  await shell.nav.getByRole("link", { name: "Account" }).click();
  await expect(shell.heading("Your account")).toBeVisible();
  await shell.nav.getByRole("link", { name: "Your spaces" }).click();
  await page.getByRole("link", { name: "With Chris" }).click();
  await expect(shell.heading("Your space with Chris")).toBeVisible();
  return shell;
}

async function expectMendGone(page: Page) {
  await expect(page).toHaveURL(quickExitUrl);
  await expect(page.getByRole("heading", { name: "Weather forecast" })).toBeVisible();

  // Back goes to where the person was before Mend, not to a Mend page.
  await page.goBack();
  await expect(page).toHaveURL(elsewhereUrl);
  expect(page.url().startsWith(baseURL)).toBe(false);
  await expect(page.getByRole("button", { name: "Quick exit" })).toHaveCount(0);
  await expect(page.getByText("Your space with Chris")).toHaveCount(0);
}

test.describe("quick exit", () => {
  test("the Quick exit button swaps Mend for a neutral page that Back cannot undo", async ({ page }) => {
    const shell = await browseSeveralPages(page);
    await shell.quickExit.click();
    await expectMendGone(page);
  });

  test("pressing Shift three times does the same", async ({ page }) => {
    const shell = await browseSeveralPages(page);
    await shell.pressShiftThreeTimes();
    await expectMendGone(page);
  });

  test("it also works across full page loads, and Forward does not bring Mend back", async ({ page }) => {
    const shell = await browseSeveralPages(page);
    await page.goto("/account");
    await expect(shell.heading("Your account")).toBeVisible();
    await shell.nav.getByRole("link", { name: "Your spaces" }).click();
    await expect(shell.heading("Your spaces")).toBeVisible();

    await shell.quickExit.click();
    await expectMendGone(page);

    await page.goForward();
    await expect(page).toHaveURL(quickExitUrl);
    await page.goForward();
    await expect(page).toHaveURL(quickExitUrl);
    await expect(page.getByRole("heading", { name: "Weather forecast" })).toBeVisible();
  });

  test("works for someone who is not signed in, and is reachable by keyboard first", async ({ page }) => {
    await page.goto(elsewhereUrl);
    await page.goto("/");
    const shell = new AppShell(page);
    await expect(shell.quickExit).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(shell.quickExit).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(quickExitUrl);
    await page.goBack();
    await expect(page).toHaveURL(elsewhereUrl);
  });

  test("typing capital letters does not trigger it", async ({ page }) => {
    await page.goto("/signup");
    const shell = new AppShell(page);
    const name = page.getByLabel("What should we call you?");
    await name.click();
    await page.keyboard.type("ABC DEF");
    await expect(name).toHaveValue("ABC DEF");
    await expect(shell.quickExit).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/signup`);
  });

  test("the footer explains honestly what quick exit can and cannot do", async ({ page }) => {
    await page.goto("/");
    await page.getByText("About quick exit").click();
    await expect(page.getByText(/does not remove Mend from your browser history/)).toBeVisible();
    await expect(page.getByText(/can't protect you from software that watches/)).toBeVisible();
  });
});

/**
 * Both ways out, from inside an open dialog: clicking where the Quick exit button is shown, and Shift×3
 * while the focus is inside the dialog. `openDialog` is run again after coming back for the second way.
 */
async function exitBothWaysFrom(page: Page, returnTo: string, openDialog: () => Promise<Locator>) {
  const shell = new AppShell(page);
  const headerButton = await shell.quickExit.first().boundingBox();
  if (!headerButton) throw new Error("The Quick exit button is not on the page.");

  const dialog = await openDialog();
  await expect(dialog).toBeVisible();
  // A person clicks the button they see at the top of the page; a modal dialog must not swallow that.
  await page.mouse.click(headerButton.x + headerButton.width / 2, headerButton.y + headerButton.height / 2);
  await expectMendGone(page);

  await page.goto(returnTo);
  const again = await openDialog();
  await expect(again).toBeVisible();
  await expect(again.locator(":focus")).toHaveCount(1);
  // Screen reader and keyboard users find the button inside the dialog too.
  await expect(again.getByRole("button", { name: "Quick exit" })).toBeVisible();
  await shell.pressShiftThreeTimes();
  await expectMendGone(page);
}

test.describe("quick exit with a dialog open", () => {
  test("works from a confirmation dialog", async ({ page }) => {
    await browseSeveralPages(page);
    const spaceUrl = page.url();
    await exitBothWaysFrom(page, spaceUrl, async () => {
      await page.getByRole("button", { name: "Leave this space" }).click();
      return page.getByRole("dialog", { name: "Leave this space?" });
    });
  });

  test("works from the break dialog of a talk", async ({ page, openDevice }) => {
    const { samPage, spaceUrl } = await startPair(page, openDevice);
    const topic = "What happened on Friday";
    const alexTalks = new TalksPage(page);
    await alexTalks.goto(spaceUrl);
    const alexTalk = await alexTalks.proposeNow(topic, "Sam");
    const talkUrl = page.url();
    const samTalks = new TalksPage(samPage);
    await samTalks.goto(spaceUrl);
    await samTalks.talk(topic).click();
    await samPage.getByRole("button", { name: "Yes, let's talk now" }).click();
    await expect(alexTalk.pauseButton).toBeVisible();

    await page.goto(elsewhereUrl);
    await page.goto(talkUrl);
    await exitBothWaysFrom(page, talkUrl, async () => {
      const talk = new TalkPage(page);
      await talk.pauseButton.click();
      return talk.pauseDialog;
    });
  });
});
