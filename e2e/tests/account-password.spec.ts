import { AccountPage } from "../pages/account-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("changing the password", () => {
  test("ends the session on the other device, says so, and shows up in the account's history", async ({
    page,
    openDevice,
  }) => {
    // Several browsers (and the command line) on a shared two-core machine: more than the usual two minutes.
    test.slow();
    const pat = newPerson("Pat");
    await signUp(page, pat);
    const laptop = await openDevice();
    await new LoginPage(laptop).goto().then((login) => login.logIn(pat));
    await expect(new SpacesPage(laptop).title).toBeVisible();

    const account = await new AccountPage(page).goto();
    await expect(account.sessions.getByRole("listitem")).toHaveCount(2);
    await expect(account.sessions.getByText("This device")).toHaveCount(1);

    await account.changePassword("not my password", "a brand new evening walk");
    await expect(page.getByRole("alert").first()).toContainText("That isn't your current password");

    await account.changePassword(pat.password, "a brand new evening walk");
    await expect(account.main.getByText("Your password is changed.")).toContainText(
      "We logged you out of the one other place you were logged in.",
    );
    await expect(account.sessions.getByRole("listitem")).toHaveCount(1);
    await expect(account.history).toContainText("Password changed");

    await laptop.goto("/account");
    await expect(new LoginPage(laptop).title).toBeVisible();
    await new LoginPage(laptop).logIn({ email: pat.email, password: "a brand new evening walk" });
    await expect(new AccountPage(laptop).title).toBeVisible();
  });
});
