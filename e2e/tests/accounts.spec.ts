import { AccountPage } from "../pages/account-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SignupPage } from "../pages/signup-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("accounts", () => {
  test("sign-up problems are shown next to each field and in a summary", async ({ page }) => {
    const signup = await new SignupPage(page).goto();
    await expect(signup.password).toHaveAccessibleDescription(/at least 8 characters; 15 or more is better/);

    await signup.submit.click();
    await expect(signup.errorSummary).toBeVisible();
    await expect(signup.errorSummary).toBeFocused();
    await expect(signup.name).toHaveAccessibleDescription(/Tell us what to call you/);
    await expect(signup.email).toHaveAccessibleDescription(/Enter (a valid|your) email address/);
    await expect(signup.password).toHaveAttribute("aria-invalid", "true");

    await signup.fill({ name: "Pat", email: "pat@example", password: "short" });
    await signup.submit.click();
    await expect(signup.email).toHaveAccessibleDescription(/Enter a valid email address/);
    await expect(signup.password).toHaveAccessibleDescription(/Use at least 8 characters/);
    await expect(signup.name).not.toHaveAttribute("aria-invalid", "true");

    // A summary item moves focus to its field, and typing there keeps focus where it is.
    await signup.errorSummary.getByRole("button", { name: /Use at least 8 characters/ }).click();
    await expect(signup.password).toBeFocused();
    await page.keyboard.type("more words");
    await expect(signup.password).toBeFocused();
    await expect(signup.password).toHaveValue("shortmore words");
  });

  test("an email that already has an account is pointed to logging in", async ({ page, openDevice }) => {
    const pat = newPerson("Pat");
    await signUp(await openDevice(), pat);
    const signup = await new SignupPage(page).goto();
    await signup.signUp({ ...pat, name: "Someone" });
    await expect(signup.email).toHaveAccessibleDescription(/An account with this email already exists/);
  });

  test("logging out returns to the welcome page, and private pages then ask to log in", async ({ page }) => {
    const pat = newPerson("Pat");
    const spaces = await signUp(page, pat);
    await spaces.logOut();
    await expect(page.getByText("You've logged out.")).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "A calm, private place to work through broken trust" }),
    ).toBeVisible();

    await page.goto("/account");
    const login = new LoginPage(page);
    await expect(login.title).toBeVisible();
    await login.logIn(pat);
    await expect(new AccountPage(page).title).toBeVisible();
  });

  test("a wrong password is explained without saying which part was wrong", async ({ page }) => {
    const pat = newPerson("Pat");
    await signUp(page, pat);
    await new SpacesPage(page).logOut();
    const login = await new LoginPage(page).goto();
    await login.logIn({ email: pat.email, password: "not the right one" });
    await expect(page.getByRole("alert")).toContainText("That email and password don't match an account.");
  });

  test("logging out of every device ends the session on another device too", async ({ page, openDevice }) => {
    const pat = newPerson("Pat");
    await signUp(page, pat);

    const phone = await openDevice();
    await new LoginPage(phone).goto().then((login) => login.logIn(pat));
    const phoneSpaces = new SpacesPage(phone);
    await expect(phoneSpaces.title).toBeVisible();

    const account = await new AccountPage(page).goto();
    await account.main.getByRole("button", { name: "Log out of every device" }).click();
    await expect(account.confirmDialog).toBeVisible();
    await expect(account.confirmDialog).toContainText("this one included");
    await account.confirmDialog.getByRole("button", { name: "Cancel" }).click();
    await expect(account.confirmDialog).toBeHidden();
    await expect(account.title).toBeVisible();

    await account.logOutEverywhere();
    await expect(page.getByText("You've been logged out on every device, including this one.")).toBeVisible();

    // The other device's next move, inside the app or by reloading, lands on the login page.
    await phoneSpaces.nav.getByRole("link", { name: "Account" }).click();
    const phoneLogin = new LoginPage(phone);
    await expect(phoneLogin.title).toBeVisible();
    await expect(phone.getByText("You've been logged out. Please log in again to carry on.")).toBeVisible();
    await phone.goto("/");
    await expect(phone.getByRole("main").getByRole("link", { name: "Log in" })).toBeVisible();
  });
});
