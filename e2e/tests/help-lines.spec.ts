import type { Page } from "@playwright/test";
import { AppShell } from "../pages/app-shell.ts";
import { NewSpacePage } from "../pages/new-space-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

const linkName = "Help lines and ways to stay safe";

async function expectHelpLines(page: Page) {
  await expect(new AppShell(page).heading("Your safety comes first")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Places to get help" })).toBeVisible();
  await expect(page.getByText(/In immediate danger, call/)).toBeVisible();
}

test.describe("help lines", () => {
  test("the front page, log in and sign up link to them, and they open without an account", async ({
    page,
  }) => {
    const shell = new AppShell(page);
    await page.goto("/");
    await shell.main.getByRole("link", { name: linkName }).click();
    await expect(page).toHaveURL(/\/safety$/);
    await expectHelpLines(page);

    for (const path of ["/", "/login", "/signup"]) {
      await page.goto(path);
      await page.getByRole("contentinfo").getByRole("link", { name: linkName }).click();
      await expect(page).toHaveURL(/\/safety$/);
      await expectHelpLines(page);
    }
  });

  test("the 'If you don't feel safe' box on the new space form links to them", async ({ page }) => {
    await signUp(page, newPerson("Noor"));
    const form = await new NewSpacePage(page).goto();
    await expect(form.title).toBeVisible();
    await page
      .getByRole("complementary", { name: "If you don't feel safe" })
      .getByRole("link", { name: linkName })
      .click();
    await expectHelpLines(page);
  });

  test.describe("in a browser set to British English", () => {
    test.use({ locale: "en-GB" });
    test("they start with the United Kingdom", async ({ page }) => {
      await page.goto("/safety");
      await expect(page.getByLabel("Where are you?")).toHaveValue("GB");
      await expect(page.getByText(/In immediate danger, call 999/)).toBeVisible();
      await expect(page.getByText("0808 2000 247")).toBeVisible();
    });
  });

  for (const locale of ["fr-FR", "fr"]) {
    test.describe(`in a browser set to ${locale}, a country the list doesn't name`, () => {
      test.use({ locale });
      test("they ask where the person is instead of guessing", async ({ page }) => {
        await page.goto("/safety");
        const where = page.getByLabel("Where are you?");
        await expect(where).toHaveValue("");
        await expect(
          page.getByText("Choose the country you are in to see the help lines there."),
        ).toBeVisible();
        await expect(page.getByText(/In immediate danger, call your local emergency number/)).toBeVisible();
        await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);

        await where.selectOption("AU");
        await expect(page.getByText(/In immediate danger, call 000/)).toBeVisible();
        await expect(page.getByRole("heading", { name: "1800RESPECT" })).toBeVisible();
      });
    });
  }
});
