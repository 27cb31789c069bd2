import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class MaintenancePage extends AppShell {
  readonly title: Locator;
  readonly notYet: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Keeping it up");
    this.notYet = page.getByRole("region", { name: "Not yet, and that's fine" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/keeping-it-up`);
    return this;
  }
}
