import { AccountPage } from "../pages/account-page.ts";
import { ForgotPasswordPage } from "../pages/forgot-password-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUpKeepingCodes } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("getting back into an account with a recovery code", () => {
  test("a code from sign-up sets a new password from the login page, and works only once", async ({
    page,
  }) => {
    // Several browsers (and the command line) on a shared two-core machine: more than the usual two minutes.
    test.slow();
    const pat = newPerson("Pat");
    const { spaces, recoveryCodes } = await signUpKeepingCodes(page, pat);
    expect(recoveryCodes).toHaveLength(10);
    const code = recoveryCodes[0] ?? "";
    await spaces.logOut();

    const login = await new LoginPage(page).goto();
    await login.main.getByRole("link", { name: "Forgot your password?" }).click();
    const forgot = new ForgotPasswordPage(page);
    await expect(forgot.title).toBeVisible();
    // This Mend sends email, so the page offers a reset link by email (see email.spec.ts).
    await expect(forgot.main).toContainText("Mend can email you a link to choose a new password");

    await forgot.recover({ email: pat.email, recoveryCode: code, newPassword: "lanterns by the river" });
    await expect(login.title).toBeVisible();
    await expect(page.getByText("Your new password is set")).toBeVisible();
    await login.logIn({ email: pat.email, password: "lanterns by the river" });
    await expect(new SpacesPage(page).title).toBeVisible();
    const account = await new AccountPage(page).goto();
    await expect(account.title).toBeVisible();
    await expect(account.history).toContainText("New password chosen with a recovery code");
    await expect(account.main).toContainText("You have 9 unused recovery codes.");

    await account.logOut();
    await page.goto("/forgot-password");
    await forgot.recover({ email: pat.email, recoveryCode: code, newPassword: "another quiet morning" });
    await expect(page.getByRole("alert").first()).toContainText("has been used already");
  });
});
