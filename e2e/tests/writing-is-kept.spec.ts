import { AccountPage } from "../pages/account-page.ts";
import { LettersPage } from "../pages/letters-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import type { SpaceAnswers } from "../pages/new-space-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { openVault, signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

const space: SpaceAnswers = {
  relationship: "Family member",
  otherName: "Jo",
  whoBrokeTrust: "Jo did",
  whatHappened: ["Broken promises"],
};

/** Everything the browser keeps for the site, so a test can prove private words are not among it. */
const browserStorage = (page: import("@playwright/test").Page) =>
  page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));

test.describe("writing is never lost", () => {
  test("a letter being written is kept as a private draft and comes back after a reload", async ({
    page,
  }) => {
    const robin = newPerson("Robin");
    await signUp(page, robin);
    await startSpace(page, space);
    const spaceUrl = page.url();
    const letters = await new LettersPage(page).goto(spaceUrl);
    await openVault(page, robin);
    await letters.main.getByRole("link", { name: "Write a new letter" }).click();
    const words = "The kitchen light was still on when I came home, and nobody said a word.";
    await letters.letterTitle.fill("That night");
    await letters.body.fill(words);
    await expect(letters.main.getByText(/Draft kept at .+\. Only you can see it\./)).toBeVisible();
    expect(await browserStorage(page)).not.toContain("kitchen light");

    // The draft is sealed: after a reload it comes back once the vault is open again.
    await page.reload();
    await openVault(page, robin);
    await expect(letters.body).toHaveValue(words);
    await expect(letters.letterTitle).toHaveValue("That night");
    await expect(letters.main.getByText(/We brought back what you were writing/)).toBeVisible();

    // Once kept for real, the draft goes: a new letter starts empty.
    await letters.main.getByRole("button", { name: "Keep this letter" }).click();
    await expect(page.getByText("Kept safe, for your eyes only.")).toBeVisible();
    await page.goto(`${spaceUrl}/letters/new`);
    await openVault(page, robin);
    await expect(letters.body).toHaveValue("");
    await expect(letters.main.getByText(/We brought back/)).toHaveCount(0);
  });

  test("when the session ends while writing, saving asks for the password in place and keeps every word", async ({
    page,
    openDevice,
  }) => {
    const robin = newPerson("Robin");
    await signUp(page, robin);
    await startSpace(page, space);
    const spaceUrl = page.url();
    const letters = await new LettersPage(page).goto(spaceUrl);
    await openVault(page, robin);
    await letters.main.getByRole("link", { name: "Write a new letter" }).click();
    const words = "I kept the letters you sent that year, every one of them, in the blue box.";
    await letters.body.fill(words);
    await expect(letters.main.getByText(/Draft kept at/)).toBeVisible();
    const writingUrl = page.url();

    // On another device, Robin logs out of every device: this page's session is over.
    const laptop = await openDevice();
    await new LoginPage(laptop).goto().then((login) => login.logIn(robin));
    await expect(new SpacesPage(laptop).title).toBeVisible();
    await new AccountPage(laptop).goto().then((account) => account.logOutEverywhere());
    await expect(
      laptop.getByText("You've been logged out on every device, including this one."),
    ).toBeVisible();

    await letters.main.getByRole("button", { name: "Keep this letter" }).click();
    const renew = page.getByRole("dialog", { name: "Log in again to save" });
    await expect(renew).toBeVisible();
    await expect(renew).toContainText(robin.email);
    expect(page.url()).toBe(writingUrl);
    await expect(letters.body).toHaveValue(words);
    expect(await browserStorage(page)).not.toContain("blue box");

    await renew.getByLabel("Password", { exact: true }).fill(robin.password);
    await renew.getByRole("button", { name: "Log in and save" }).click();
    await expect(renew).toBeHidden();
    await expect(page.getByText("Kept safe, for your eyes only.")).toBeVisible();
    await expect(page).toHaveURL(/\/letters\/[0-9a-f-]+$/);
    await expect(letters.body).toHaveValue(words);

    await page.reload();
    await openVault(page, robin);
    await expect(letters.body).toHaveValue(words);
    expect(await browserStorage(page)).not.toContain("blue box");
  });
});
