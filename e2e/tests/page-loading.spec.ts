import { LoginPage } from "../pages/login-page.ts";
import { SignupPage } from "../pages/signup-page.ts";
import { expect, test } from "../support/fixtures.ts";

test.describe("loading pages", () => {
  test("each page's code is fetched when the page is first opened", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    const login = await new LoginPage(page).goto();
    await expect(login.title).toBeVisible();
    expect(scripts.some((path) => /\/LoginPage-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.some((path) => /\/SignupPage-[\w-]+\.js$/.test(path))).toBe(false);

    await page.getByRole("link", { name: "Create an account" }).first().click();
    await expect(new SignupPage(page).heading("Create your account")).toBeVisible();
    expect(scripts.some((path) => /\/SignupPage-[\w-]+\.js$/.test(path))).toBe(true);
  });

  test("a page whose code is gone after an update asks for a reload, and reloading brings it back", async ({
    page,
  }) => {
    // After a new version is installed, the files of the version open in the browser no longer exist.
    await page.route(/\/assets\/LoginPage-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, contentType: "application/json", body: "{}" }),
    );
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Please reload the page" })).toBeVisible();
    await expect(page.getByText(/Mend may have been updated since you opened it/)).toBeVisible();
    // The way out stays in place.
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();

    await page.unrouteAll();
    await page.getByRole("button", { name: "Reload the page" }).click();
    await expect(new LoginPage(page).title).toBeVisible();
  });
});
