import type { Page } from "@playwright/test";
import { LoginPage } from "../pages/login-page.ts";
import { MaintenancePage } from "../pages/maintenance-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { demoPeople, type Person } from "../support/people.ts";

/** Logs in and follows the space home's link to "Keeping it up", as a person would. */
async function openKeepingItUp(page: Page, person: Person, other: string): Promise<MaintenancePage> {
  await new LoginPage(page).goto();
  await new LoginPage(page).logIn(person);
  await new SpacesPage(page).space(other).click();
  const home = new SpaceHomePage(page);
  await expect(home.title(other)).toBeVisible();
  await home.main.getByRole("link", { name: "Keeping it up", exact: true }).click();
  const maintenance = new MaintenancePage(page);
  await expect(maintenance.title).toBeVisible();
  return maintenance;
}

test.describe("keeping it up after a seeded repair", () => {
  test("a couple who completed the earlier phases is in maintenance, with its weekly and monthly rhythm", async ({
    page,
    openDevice,
  }) => {
    const maintenance = await openKeepingItUp(page, demoPeople.casey, "Jordan");
    await expect(maintenance.since).toBeVisible();
    await expect(maintenance.notYet).toHaveCount(0);
    await expect(maintenance.warnings).toHaveCount(0);
    await expect(maintenance.weeklyCheckin.getByRole("link", { name: "Check in" })).toBeVisible();
    await expect(maintenance.monthlyConversation).toContainText("Last held");

    await maintenance.markMonthlyConversationHeld();
    await expect(maintenance.monthlyConversation.getByText(/^Noted\./)).toBeVisible();

    // The other person sees the same stage on a phone, and the page fits the screen.
    const phone = await openDevice({ viewport: { width: 375, height: 740 } });
    const theirs = await openKeepingItUp(phone, demoPeople.jordan, "Casey");
    await expect(theirs.since).toBeVisible();
    await expect(theirs.monthlyConversation).toContainText("Last held");
    expect(await theirs.scrollsSideways()).toBe(false);
  });

  test("a couple still repairing is told, without pressure, that it isn't time yet", async ({ page }) => {
    const maintenance = await openKeepingItUp(page, demoPeople.sam, "Alex");
    await expect(maintenance.notYet).toBeVisible();
    await expect(maintenance.since).toHaveCount(0);
  });
});
