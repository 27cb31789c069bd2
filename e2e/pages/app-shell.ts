import type { Locator, Page } from "@playwright/test";

/** What every page has: the header with quick exit and the main navigation. */
export class AppShell {
  readonly quickExit: Locator;
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.quickExit = page.getByRole("button", { name: "Quick exit" });
    this.nav = page.getByRole("navigation", { name: "Main" });
    this.main = page.getByRole("main");
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole("heading", { level: 1, name });
  }

  async logOut(): Promise<void> {
    await this.nav.getByRole("button", { name: "Log out" }).click();
  }

  async pressShiftThreeTimes(): Promise<void> {
    for (let press = 0; press < 3; press += 1) await this.page.keyboard.press("Shift");
  }

  /** True when the page is wider than the screen (sideways scrolling on a phone). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }
}
