import type { Page } from "@playwright/test";
import { AppShell } from "../pages/app-shell.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { demoPeople } from "../support/people.ts";

const darkBackground = "rgb(18, 24, 21)";
const lightBackground = "rgb(248, 245, 239)";

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function logIn(page: Page): Promise<string> {
  await new LoginPage(page).goto();
  await new LoginPage(page).logIn(demoPeople.sam);
  await new SpacesPage(page).space("Alex").click();
  await expect(page).toHaveURL(/\/spaces\/[^/]+$/);
  return new URL(page.url()).pathname;
}

test.describe("dark mode", () => {
  test("follows the device's dark setting from the very first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    // Notes the theme at the moment the page's body is created, before anything in it can be drawn.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.documentElement.setAttribute(
          "data-theme-at-body",
          document.documentElement.dataset.theme ?? "",
        );
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("data-theme-at-body", "dark");
    expect(await background(page)).toBe(darkBackground);

    // Turning the device to light turns Mend light at once.
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(() => theme(page)).toBe("light");
    expect(await background(page)).toBe(lightBackground);
  });

  test("the choice on the account page works by keyboard, wins over the device, and is kept in this browser", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await logIn(page);
    await new AppShell(page).nav.getByRole("link", { name: "Account" }).click();
    const device = page.getByRole("radio", { name: "Same as this device" });
    const dark = page.getByRole("radio", { name: "Dark" });
    await expect(device).toBeChecked();

    // The group is reached like any field (the page's own focus handling moves the starting point of
    // Tab while its sections load), then moved through with the arrow keys as radio buttons are.
    await device.focus();
    await expect(device).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(dark).toBeChecked();
    await expect.poll(() => theme(page)).toBe("dark");
    expect(await background(page)).toBe(darkBackground);

    await page.reload();
    await expect(dark).toBeChecked();
    expect(await theme(page)).toBe("dark");

    // Back to the device's own setting, which is light.
    await dark.focus();
    await page.keyboard.press("ArrowDown");
    await expect(device).toBeChecked();
    await expect.poll(() => theme(page)).toBe("light");
    await page.reload();
    expect(await theme(page)).toBe("light");
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 375, height: 740 }, colorScheme: "dark" });

    test("pages, charts and the offline page are drawn dark", async ({ page }, testInfo) => {
      const space = await logIn(page);
      for (const [name, path] of [
        ["space", space],
        ["insights", `${space}/insights`],
        ["consistency", `${space}/consistency`],
        ["account", "/account"],
        ["offline", "/offline.html"],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await expect(page.locator(".state--loading")).toHaveCount(0);
        expect(await theme(page), path).toBe("dark");
        expect(await background(page), path).toBe(darkBackground);
        await page.screenshot({ path: testInfo.outputPath(`dark-${name}.png`), fullPage: true });
      }
    });
  });
});
