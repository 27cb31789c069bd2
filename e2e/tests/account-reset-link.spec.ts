import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { AccountPage } from "../pages/account-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { baseURL, repoRoot } from "../support/env.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

const run = promisify(execFile);

/** Runs `mend account …` as whoever runs this Mend would, beside the server the tests use. */
async function mendAccount(...args: string[]): Promise<string> {
  const dataDir = process.env.MEND_E2E_DATA_DIR;
  if (!dataDir) throw new Error("The end-to-end setup did not say where the server keeps its data.");
  const { stdout } = await run(
    process.execPath,
    [path.join(repoRoot, "server/bin/mend.js"), "account", ...args],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        MEND_DATA_DIR: dataDir,
        MEND_PUBLIC_URL: baseURL,
        DATABASE_URL: "",
        LOG_LEVEL: "warn",
      },
    },
  );
  return stdout;
}

test.describe("a reset link from whoever runs Mend", () => {
  test("lets the person choose a new password once, logging them out everywhere", async ({
    page,
    openDevice,
  }) => {
    // Several browsers (and the command line) on a shared two-core machine: more than the usual two minutes.
    test.slow();
    const pat = newPerson("Pat");
    await signUp(page, pat);

    const printed = await mendAccount("reset-link", pat.email);
    const link = printed.split("\n")[0] ?? "";
    expect(link).toMatch(new RegExp(`^${baseURL}/reset#[A-Za-z0-9_-]{43}$`));

    const other = await openDevice();
    await other.goto(link);
    await expect(other.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expect(other.getByRole("main")).toContainText("doesn't touch anything you wrote");
    // The token leaves the address bar as soon as the page has read it.
    await expect(other).toHaveURL(`${baseURL}/reset`);
    await other.getByLabel("Your new password").fill("a lighthouse after rain");
    await other.getByRole("button", { name: "Set my new password" }).click();
    const login = new LoginPage(other);
    await expect(login.title).toBeVisible();
    await expect(other.getByText("Your new password is set")).toBeVisible();

    await page.goto("/account");
    await expect(new LoginPage(page).title).toBeVisible();

    await login.logIn({ email: pat.email, password: "a lighthouse after rain" });
    await expect(new SpacesPage(other).title).toBeVisible();
    const account = await new AccountPage(other).goto();
    await expect(account.history).toContainText("Reset link made by whoever runs this Mend");
    await expect(account.history).toContainText("New password chosen through a reset link");

    // A used link says so as soon as it is opened, before anyone types a new password into it.
    const third = await openDevice();
    await third.goto(link);
    await expect(
      third.getByRole("heading", { level: 1, name: "This reset link can't be used" }),
    ).toBeVisible();
    await expect(third.getByLabel("Your new password")).toHaveCount(0);
    await expect(third.getByRole("link", { name: "Other ways back into your account" })).toBeVisible();
  });

  test("a disabled account is told so, neutrally, only once its password is right", async ({ page }) => {
    const pat = newPerson("Pat");
    const spaces = await signUp(page, pat);
    await spaces.logOut();
    expect(await mendAccount("disable", pat.email)).toContain("can no longer log in");
    const login = await new LoginPage(page).goto();
    await login.logIn(pat);
    await expect(page.getByRole("alert").first()).toContainText("switched off on this Mend");
    await mendAccount("enable", pat.email);
    await login.logIn(pat);
    await expect(new SpacesPage(page).title).toBeVisible();
  });
});
