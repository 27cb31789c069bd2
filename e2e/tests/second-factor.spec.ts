import { Secret, TOTP } from "otpauth";
import { AccountPage } from "../pages/account-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { baseURL } from "../support/env.ts";
import { answerOutsidePages, expect, test } from "../support/fixtures.ts";
import { signUp, signUpKeepingCodes } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });

/**
 * The code of the 30-second step after the one a code was last taken from: each code is accepted once,
 * and the server also accepts the step next to the current one, so there is no need to wait for it.
 */
function codeAfter(secret: string, lastTakenAt: number): string {
  const period = 30_000;
  return totp(secret).generate({ timestamp: (Math.floor(lastTakenAt / period) + 1) * period });
}

test.describe("keeping an account yours", () => {
  test("an authenticator app is set up from the account page, then asked for after the password", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const pat = newPerson("Pat");
    const { recoveryCodes } = await signUpKeepingCodes(page, pat);
    const account = await new AccountPage(page).goto();
    await account.main.getByRole("button", { name: "Set up an authenticator app" }).click();
    await expect(account.main.getByRole("img", { name: /QR code/ })).toBeVisible();
    const secret = (await account.main.locator("code.totp-secret").textContent()) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const codeField = account.main.getByLabel("Code from your authenticator app");
    await codeField.fill("000000");
    await account.main.getByRole("button", { name: "Turn on" }).click();
    await expect(codeField).toHaveAccessibleDescription(/didn't work/);
    const turnedOnAt = Date.now();
    await codeField.fill(totp(secret).generate({ timestamp: turnedOnAt }));
    await account.main.getByRole("button", { name: "Turn on" }).click();
    await expect(account.main.getByText("Your authenticator app is on.")).toBeVisible();
    await expect(account.main.getByText(/^On\./)).toBeVisible();

    await account.logOut();
    const login = await new LoginPage(page).goto();
    await login.logIn(pat);
    await expect(page.getByRole("heading", { level: 1, name: "One more step" })).toBeVisible();
    await page.getByLabel("Code from your authenticator app").fill(codeAfter(secret, turnedOnAt));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(new SpacesPage(page).title).toBeVisible();

    // With the phone lost, one of the recovery codes kept at sign-up stands in for the app, once.
    await (await new AccountPage(page).goto()).logOut();
    await (await new LoginPage(page).goto()).logIn(pat);
    await page.getByRole("button", { name: "Lost your phone or key? Use a recovery code" }).click();
    await page.getByLabel("One of your recovery codes").fill(recoveryCodes[0] ?? "");
    await page.getByRole("button", { name: "Continue with this code" }).click();
    await expect(new SpacesPage(page).title).toBeVisible();
    const history = (await new AccountPage(page).goto()).main.getByRole("region", {
      name: "Your account's history",
    });
    await expect(history).toContainText("Logged in with a recovery code");
  });

  test("a passkey is added from the account page and logs in, alone or after the password", async ({
    browser,
  }) => {
    // WebAuthn needs a host name: a passkey cannot belong to an IP address.
    const context = await browser.newContext({ baseURL: baseURL.replace("127.0.0.1", "localhost") });
    await answerOutsidePages(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    const sam = newPerson("Sam");
    await signUp(page, sam);
    const account = await new AccountPage(page).goto();
    await account.main.getByLabel("Name for a new passkey").fill("My laptop");
    await account.main.getByRole("button", { name: "Add a passkey" }).click();
    await expect(account.main.getByText("“My laptop” is added.")).toBeVisible();
    const passkeys = account.main.getByRole("list", { name: "Your passkeys" });
    await expect(passkeys.getByRole("listitem")).toHaveCount(1);
    await expect(passkeys).toContainText("not used yet");

    // On its own, with no email or password.
    await account.logOut();
    const login = await new LoginPage(page).goto();
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(new SpacesPage(page).title).toBeVisible();
    await new AccountPage(page).goto();
    await expect(passkeys).toContainText("last used");

    // As the step after the password.
    await account.logOut();
    await login.goto();
    await login.logIn(sam);
    await expect(page.getByRole("heading", { level: 1, name: "One more step" })).toBeVisible();
    await expect(page.getByLabel("Code from your authenticator app")).toHaveCount(0);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(new SpacesPage(page).title).toBeVisible();
    await context.close();
  });
});
