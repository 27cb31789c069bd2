import { AccountPage } from "../pages/account-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";
import { resetLinkFor } from "../support/reset-link.ts";

test.describe("the vault on the account page", () => {
  test("says who can read it, opens at sign-in, locks at once, and opens again only with the password", async ({
    page,
  }) => {
    const pat = newPerson("Pat");
    await signUp(page, pat);
    // Through the app, not a new page load: the vault's key lives only in this page's memory.
    const account = new AccountPage(page);
    await account.nav.getByRole("link", { name: "Account" }).click();
    const vault = account.main.locator("section", { has: page.getByRole("heading", { name: "Your vault" }) });
    await expect(vault).toContainText("nor the other person can read it");
    await expect(vault).toContainText("changes the app your browser loads");
    await expect(vault).toContainText("Your vault is open in this tab");

    await vault.getByRole("button", { name: "Lock the vault now" }).click();
    await expect(vault).toContainText("Your vault is locked in this tab");
    await vault.getByLabel("Password").fill("not the right words at all");
    await vault.getByRole("button", { name: "Open the vault" }).click();
    await expect(vault.getByText("That password doesn't open this vault.").first()).toBeVisible();
    await vault.getByLabel("Password").fill(pat.password);
    await vault.getByRole("button", { name: "Open the vault" }).click();
    await expect(vault).toContainText("Your vault is open in this tab");

    // A reload forgets the key: it was only ever in this tab's memory.
    await page.reload();
    await expect(vault).toContainText("Your vault is locked in this tab");
  });

  test("after the operator's reset link the vault is locked until the old password opens it", async ({
    page: firstDevice,
    openDevice,
  }) => {
    test.slow();
    const pat = newPerson("Pat");
    await signUp(firstDevice, pat);
    const link = await resetLinkFor(pat.email);
    const page = await openDevice();
    await page.goto(link);
    await expect(page.getByRole("main")).toContainText(
      "After the reset it stays locked, with nothing deleted",
    );
    await page.getByLabel("Your new password").fill("a lighthouse after rain");
    await page.getByRole("button", { name: "Set my new password" }).click();
    const login = new LoginPage(page);
    await login.logIn({ email: pat.email, password: "a lighthouse after rain" });
    await expect(new SpacesPage(page).title).toBeVisible();

    const account = new AccountPage(page);
    await account.nav.getByRole("link", { name: "Account" }).click();
    const vault = account.main.locator("section", { has: page.getByRole("heading", { name: "Your vault" }) });
    await expect(vault).toContainText("Your earlier vault is locked");
    await expect(vault).toContainText("Nothing in it has been deleted");
    await vault.getByLabel("Your old password").fill("a lighthouse after rain");
    await vault.getByRole("button", { name: "Open my earlier vault" }).click();
    await expect(vault.getByText("That password doesn't open this vault.").first()).toBeVisible();
    await vault.getByLabel("Your old password").fill(pat.password);
    await vault.getByRole("button", { name: "Open my earlier vault" }).click();
    await expect(vault).toContainText("Your vault is open in this tab");
    await expect(vault).not.toContainText("Your earlier vault is locked");
  });
});
