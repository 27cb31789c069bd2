import { expect, type Page } from "@playwright/test";
import { NewSpacePage, type SpaceAnswers } from "../pages/new-space-page.ts";
import { SignupPage } from "../pages/signup-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import type { Person } from "./people.ts";

/** Signs a new person up from the front page and waits for their (empty) list of spaces. */
export async function signUp(page: Page, person: Person): Promise<SpacesPage> {
  return (await signUpKeepingCodes(page, person)).spaces;
}

/** Signs up as `signUp` does, and keeps the recovery codes shown once on the way. */
export async function signUpKeepingCodes(
  page: Page,
  person: Person,
): Promise<{ spaces: SpacesPage; recoveryCodes: string[] }> {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  const recoveryCodes = await new SignupPage(page).signUp(person);
  const spaces = new SpacesPage(page);
  await expect(spaces.title).toBeVisible();
  return { spaces, recoveryCodes };
}

/** From the list of spaces, starts one and waits for its home page. */
export async function startSpace(page: Page, answers: SpaceAnswers): Promise<SpaceHomePage> {
  const spaces = new SpacesPage(page);
  await spaces.startFirst.or(spaces.startAnother).click();
  await new NewSpacePage(page).create(answers);
  const home = new SpaceHomePage(page);
  await expect(home.title(answers.otherName)).toBeVisible();
  return home;
}

/**
 * A page load forgets the vault's key (it lives only in the tab's memory), so a page that shows what is
 * in the vault asks for the password first. This gives it, and waits until the page has opened it.
 */
export async function openVault(page: Page, person: Person): Promise<void> {
  const main = page.getByRole("main");
  const openButton = main.getByRole("button", { name: "Open the vault" });
  await main.getByLabel("Password", { exact: true }).fill(person.password);
  // The form's own button comes first; a draft's note below it may offer another.
  await openButton.first().click();
  await expect(openButton).toHaveCount(0);
}
