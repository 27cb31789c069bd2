import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class MaintenancePage extends AppShell {
  readonly title: Locator;
  readonly notYet: Locator;
  /** "Keeping it up since …": shown only once the space is in maintenance. */
  readonly since: Locator;
  readonly weeklyCheckin: Locator;
  readonly monthlyConversation: Locator;
  readonly warnings: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Keeping it up");
    this.notYet = page.getByRole("region", { name: "Not yet, and that's fine" });
    this.since = this.main.getByText(/^Keeping it up since /);
    this.weeklyCheckin = page.getByRole("region", { name: "This week's check-in" });
    this.monthlyConversation = page.getByRole("region", { name: "The monthly conversation" });
    this.warnings = page.getByRole("region", { name: "Worth talking about" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/keeping-it-up`);
    return this;
  }

  async markMonthlyConversationHeld(): Promise<void> {
    await this.monthlyConversation.getByRole("button", { name: "We had our monthly conversation" }).click();
  }
}
