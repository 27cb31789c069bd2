import type { Locator, Page } from "@playwright/test";
import { AccountPage } from "../pages/account-page.ts";
import { ForgotPasswordPage } from "../pages/forgot-password-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUpKeepingCodes } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";
import { resetLinkFor } from "../support/reset-link.ts";

/** The account page, reached through the app: a page load would forget the vault's key, kept in memory only. */
async function vaultSection(page: Page): Promise<{ account: AccountPage; vault: Locator }> {
  const account = new AccountPage(page);
  await account.nav.getByRole("link", { name: "Account" }).click();
  await expect(account.title).toBeVisible();
  const vault = account.main.locator("section", { has: page.getByRole("heading", { name: "Your vault" }) });
  return { account, vault };
}

test.describe("recovery codes that open the vault", () => {
  test("new codes made on the account page open the vault after a recovery with one of them", async ({
    page,
  }) => {
    test.slow();
    const pat = newPerson("Pat");
    await signUpKeepingCodes(page, pat);
    const { account, vault } = await vaultSection(page);
    await expect(vault).toContainText("Your vault is open in this tab");

    const codesSection = account.main.locator("section", {
      has: page.getByRole("heading", { name: "Recovery codes" }),
    });
    await codesSection.getByLabel("Your password").fill(pat.password);
    await codesSection.getByRole("button", { name: "Make new codes" }).click();
    const list = codesSection.getByRole("list", { name: "Your recovery codes" });
    await expect(list.getByRole("listitem")).toHaveCount(10);
    const codes = (await list.getByRole("listitem").allInnerTexts()).map((code) => code.trim());
    expect(codes[0]).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
    await account.logOut();

    const login = await new LoginPage(page).goto();
    await login.main.getByRole("link", { name: "Forgot your password?" }).click();
    const forgot = new ForgotPasswordPage(page);
    await forgot.recover({
      email: pat.email,
      recoveryCode: codes[3] ?? "",
      newPassword: "lanterns by the river",
    });
    await expect(page.getByText("Your recovery code also opened your vault")).toBeVisible();
    await login.logIn({ email: pat.email, password: "lanterns by the river" });
    await expect(new SpacesPage(page).title).toBeVisible();

    const after = await vaultSection(page);
    await expect(after.vault).toContainText("Your vault is open in this tab");
    await expect(after.vault).not.toContainText("Your earlier vault is locked");
    await expect(after.account.main).toContainText("You have 9 unused recovery codes.");
  });

  test("after the operator's reset link the vault is locked, and a recovery code opens it", async ({
    page,
  }) => {
    test.slow();
    const pat = newPerson("Pat");
    const { spaces, recoveryCodes } = await signUpKeepingCodes(page, pat);
    await spaces.logOut();

    await page.goto(await resetLinkFor(pat.email));
    await expect(page.getByRole("main")).toContainText("one of your recovery codes or your old password");
    await page.getByLabel("Your new password").fill("a lighthouse after rain");
    await page.getByRole("button", { name: "Set my new password" }).click();
    await new LoginPage(page).logIn({ email: pat.email, password: "a lighthouse after rain" });
    await expect(new SpacesPage(page).title).toBeVisible();

    const { vault } = await vaultSection(page);
    await expect(vault).toContainText("Your earlier vault is locked");
    await expect(vault).toContainText("Nothing in it has been deleted");
    const byCode = vault.getByRole("form", { name: "Open your vault with a recovery code" });
    await byCode
      .getByRole("textbox", { name: "Recovery code" })
      .fill("0000-0000-0000-0000-0000-0000-0000-0000");
    await byCode.getByRole("button", { name: "Open with this code" }).click();
    await expect(byCode.getByText("That isn't one of your unused recovery codes.").first()).toBeVisible();

    await byCode.getByRole("textbox", { name: "Recovery code" }).fill((recoveryCodes[5] ?? "").toUpperCase());
    await byCode.getByRole("button", { name: "Open with this code" }).click();
    await expect(vault).toContainText("Your vault is open in this tab");
    await expect(vault).not.toContainText("Your earlier vault is locked");
  });
});
